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


UHRI_COLUMNS = ["Mechanism", "Treaty Body", "Special Procedure", "Document Code", "Paragraph",
                "Year", "Cycle", "Session", "State", "Text", "Response (UPR)",
                "Recommending State (UPR)", "SDG Goals", "SDG Targets", "Groups", "Type"]
UHRI_ROWS = [
    ["Treaty Bodies", "CRC", "", "CRC/C/SVN/CO/5-6", "24(a)", "2024", "", "", "Slovenia",
     "Ensure that all children with disabilities have access to inclusive education.", "", "",
     "Goal 4 - Quality education", "4.5; 4.a", "Children; Persons with disabilities",
     "Recommendation"],
    ["Treaty Bodies", "Committee on the Elimination of Discrimination against Women", "",
     "CEDAW/C/SVN/CO/7", "18", "2023", "", "", "Slovenia",
     "Adopt a comprehensive strategy to eliminate gender stereotypes.", "", "",
     "Goal 5 - Gender equality", "5.1", "Women", "Recommendations"],
    ["Special Procedures", "", "Special Rapporteur on the right to education", "A/HRC/59/40/Add.2",
     "85", "2025", "", "", "Slovenia", "Increase funding for Roma education assistants.", "", "",
     "Goal 4", "", "Roma, Gypsies, Sinti & Travellers", ""],
    ["UPR", "", "", "A/HRC/43/15", "121.52", "2019", "3", "34", "Slovenia",
     "Continue efforts to combat hate speech.", "Supported", "Portugal; Spain", "Goal 16", "16.b",
     "", "Recommendation"],
]


def uhri_export(path: Path, columns=None, rows=None) -> Path:
    columns = columns or UHRI_COLUMNS
    rows = rows or UHRI_ROWS
    if path.suffix == ".xlsx":
        import openpyxl

        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append(["UHRI export, generated for tests"])
        sheet.append([])
        sheet.append(columns)
        for row in rows:
            sheet.append(row)
        workbook.save(path)
    else:
        import csv

        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            writer.writerows(rows)
    return path
