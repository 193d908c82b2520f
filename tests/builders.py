"""Small, synthetic input files in the real formats, so tests need no shared data."""

from __future__ import annotations

from pathlib import Path

import docx

UPR_INFO_HEADER = "SuR;Rgrp;Org;Recommendation;RS;Rgrp;Org;Response;Action;Issue;Session"


def ohchr_matrix(path: Path, rows: list[tuple[str, str, str]], *,
                 header: str = "UPR of Slovenia (3rd Cycle - 34th Session) Thematic list",
                 theme: str = "Theme: A12 Acceptance of international norms") -> Path:
    """rows: (recommendation cell, position, themes cell), laid out like the 2019 matrices."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    table = document.add_table(rows=1, cols=4)
    for cell, title in zip(table.rows[0].cells, ["Recommendation", "Position",
                                                  "Full list of themes",
                                                  "Assessment/comments on level of "
                                                  "implementation"], strict=True):
        cell.text = title
    theme_row = table.add_row().cells
    merged = theme_row[0].merge(theme_row[3])
    merged.text = theme
    for recommendation, position, themes in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = recommendation, position, themes
    document.save(str(path))
    return path


def upr_info_csv(path: Path, rows: list[tuple], *, encoding: str = "utf-8-sig") -> Path:
    """rows: (SuR, Recommendation, RS, Response, Action, Issue, Session)."""
    lines = [UPR_INFO_HEADER]
    for sur, text, rs, response, action, issue, session in rows:
        lines.append(";".join([sur, "EEG", "EU", text, rs, "WEOG", "", response, str(action),
                               issue, str(session)]))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path
