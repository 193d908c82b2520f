"""OHCHR UPR matrices / thematic lists of recommendations (.docx), every layout seen so far.

One table; a header row; full-width "Theme:" / "Right or area:" rows; then one row per
recommendation: number and text (with "Source of position" on its last line), position,
themes (coded "A12 …", numbered "2.1. …" or plain "- …") with "Affected persons:" /
"Groups of Persons:" and "SDGs:" blocks, sometimes recommending States and SDGs in their own
columns. The review is read from the page header ("UPR of China (2nd Cycle – 17th session)").
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import defusedxml.ElementTree
import docx

from app.i18n import _
from app.importers.model import (
    ImportFileError,
    ParsedFile,
    ParsedRecommendation,
    Rejection,
    ReviewInfo,
    ThemeRef,
)
from app.importers.safety import check_office_zip, read_bytes
from app.importers.text import clean, parenthesised, split_reference, state_names_in
from app.importers.upr_calendar import UPR
from app.models.codes import ImportFormat

FORMAT = SOURCE = ImportFormat.OHCHR_MATRIX
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_CODED_THEME = re.compile(r"^([A-H]\d{1,3})\s+(.+)$")
_SDG_THEME = re.compile(r"^S(\d{1,2})\s+SDG\s*\d+", re.IGNORECASE)
_NUMBERED_THEME = re.compile(r"^\d+(?:\.\d+)*\.?\s+(.+)$")
_SDG_LINE = re.compile(r"^(\d{1,2})\s*-\s*\S")
_SYMBOL = re.compile(r"(A/HRC/\d+/\d+)")
_GROUP_HEADINGS = ("affected persons", "groups of persons")


def _header_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        parts = sorted(n for n in archive.namelist() if re.match(r"word/header\d*\.xml$", n))
        texts = []
        for name in parts:
            root = defusedxml.ElementTree.fromstring(archive.read(name))
            texts.append("".join(node.text or "" for node in root.iter(f"{_W}t")))
    return " ".join(texts)


def review_from_header(text: str) -> ReviewInfo:
    review = ReviewInfo(mechanism=UPR)
    state = re.search(r"UPR of (.+?)\s*(?:\(|-|–|Thematic|$)", text)
    if state:
        review.state = clean(state.group(1))
    cycle = re.search(r"(\d+)\s*(?:st|nd|rd|th)\s*cycle", text, re.IGNORECASE)
    if cycle:
        review.cycle = int(cycle.group(1))
    else:
        word = re.search(r"\b(first|second|third|fourth|fifth)\s+cycle", text, re.IGNORECASE)
        review.cycle = _ORDINALS[word.group(1).lower()] if word else None
    session = re.search(r"(\d+)\s*(?:st|nd|rd|th)\s*session", text, re.IGNORECASE)
    review.session = int(session.group(1)) if session else None
    return review


def _columns(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, title in enumerate(h.casefold() for h in header):
        if "recommendation" in title and "recommendation" not in found:
            found["recommendation"] = index
        elif "recommending state" in title:
            found["states"] = index
        elif "position" in title:
            found["position"] = index
        elif "sdg" in title:
            found["sdgs"] = index
        elif "theme" in title or "rights" in title:
            found["themes"] = index
    return found


def _lines(text: str) -> list[str]:
    return [clean(line) for line in text.splitlines() if clean(line)]


def _themes_cell(text: str, record: ParsedRecommendation) -> None:
    section = "themes"
    for line in _lines(text):
        heading = line.rstrip(":").strip().casefold()
        if heading in _GROUP_HEADINGS:
            section = "groups"
            continue
        if heading in ("sdgs", "sdg"):
            section = "sdgs"
            continue
        item = line.lstrip("-–• ").strip()
        if not item:
            continue
        if section == "groups":
            record.affected_groups.append(item)
        elif section == "sdgs":
            _sdg_line(item, record)
        elif sdg := _SDG_THEME.match(item):
            record.sdg_goals.append(int(sdg.group(1)))
        elif coded := _CODED_THEME.match(item):
            record.themes.append(ThemeRef(code=coded.group(1), name=coded.group(2)))
        elif numbered := _NUMBERED_THEME.match(item):
            record.themes.append(ThemeRef(name=numbered.group(1).strip()))
        else:
            record.themes.append(ThemeRef(name=item))


def _sdg_line(item: str, record: ParsedRecommendation) -> None:
    match = _SDG_LINE.match(item.lstrip("-– ").strip())
    if match and 1 <= int(match.group(1)) <= 17:
        record.sdg_goals.append(int(match.group(1)))


def _states_from_text(text: str, is_state: Callable[[str], bool]) -> list[str]:
    """Recommending States in the trailing parentheses of each ';'-separated clause."""
    states: list[str] = []
    for clause in text.split(";"):
        for group in parenthesised(clause):
            names = state_names_in(group, is_state) or []
            states += [n for n in names if n not in states]
    return states


def read_ohchr_matrix(
    path: Path, overrides: ReviewInfo, is_state: Callable[[str], bool]
) -> ParsedFile:
    _content, digest = read_bytes(path)
    check_office_zip(path)
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx raises many kinds for damaged parts
        raise ImportFileError(_("{0}: not a readable Word document ({1})").format(
                                  path.name, error)) from None
    if not document.tables:
        raise ImportFileError(_("{0}: no table found; this is not an OHCHR matrix").format(
                                  path.name))
    parsed = ParsedFile(path=str(path), format=FORMAT, sha256=digest)
    table = document.tables[0]
    rows = table.rows
    columns = _columns([cell.text for cell in rows[0].cells])
    missing = {"recommendation", "position"} - set(columns)
    if missing:
        raise ImportFileError(
            _("{0}: the first row of the table should name the columns (Recommendation, "
              "Position, themes…); missing: {1}").format(path.name, ', '.join(sorted(missing)))
        )
    review = review_from_header(_header_text(path))
    for name in ("state", "cycle", "session", "year", "symbol"):
        if getattr(overrides, name) is not None:
            setattr(review, name, getattr(overrides, name))
    group = None
    for row_number, row in enumerate(rows[1:], start=1):
        cells = [cell.text for cell in row.cells]
        first = clean(cells[0])
        if len({clean(c) for c in cells}) == 1 and re.match(r"(theme|right or area)\s*:",
                                                            first, re.IGNORECASE):
            group = first.split(":", 1)[1].strip()
            continue
        if not first:
            continue
        parsed.records.append(_record(path, row_number, cells, columns, review, is_state, group,
                                      parsed.rejections))
    symbols = Counter(r.review.symbol for r in parsed.records if r.review.symbol)
    file_symbol = symbols.most_common(1)[0][0] if symbols else None
    for record in parsed.records:
        record.review = ReviewInfo(**{**review.__dict__, "symbol": review.symbol or file_symbol})
        record.identifier = f"{record.review.symbol or record.review.state}#{record.reference}"
    return parsed


def _record(path, row_number, cells, columns, review, is_state, group, rejections):
    lines = [line for line in cells[columns["recommendation"]].splitlines() if line.strip()]
    source_lines = [i for i, line in enumerate(lines) if line.strip().casefold().startswith(
        "source of position")]
    body = lines[: source_lines[0]] if source_lines else lines
    source = clean(lines[source_lines[0]].split(":", 1)[1]) if source_lines else None
    reference, text = split_reference(clean(" ".join(body)))
    record = ParsedRecommendation(file=path.name, row=row_number, review=ReviewInfo(),
                                  text=text, reference=reference, position_source=source,
                                  source=SOURCE)
    if source and (symbol := _SYMBOL.search(source)):
        record.review = ReviewInfo(symbol=symbol.group(1))
    if reference is None:
        rejections.append(Rejection(path.name, row_number, "recommendation",
                                    _("no paragraph number (such as 186.28) at the start")))
    record.position = clean(cells[columns["position"]])
    if "states" in columns:
        record.recommending_states = _lines(cells[columns["states"]])
    else:
        record.recommending_states = _states_from_text(text, is_state)
    if "themes" in columns:
        _themes_cell(cells[columns["themes"]], record)
    if "sdgs" in columns:
        for line in _lines(cells[columns["sdgs"]]):
            _sdg_line(line, record)
    if group and not record.themes:
        record.themes.append(ThemeRef(name=group))
    return record
