"""Spreadsheets and CSV files: UHRI exports (columns recognised by name, in any order) and
any other table through a column mapping the user saves and reuses.

A mapping is a JSON object from a field of ours to a column header of the file, e.g.
{"text": "Recommendation", "state": "Country", "position": "Answer"}.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import unicodedata
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

from app.i18n import _
from app.importers.encodings import decoded_text, described
from app.importers.model import (
    ImportFileError,
    ParsedFile,
    ParsedRecommendation,
    Rejection,
    ReviewInfo,
    ThemeRef,
)
from app.importers.safety import check_office_zip, read_bytes
from app.importers.text import clean
from app.importers.value_words import UnknownValueMapping, ValueWords
from app.models.codes import ImportFormat, ThemeScheme
from app.names import match_key

# Our fields and the header spellings that mean them (UHRI's own names first).
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("Text", "Recommendation", "Recommendation text", "Observation", "Full text"),
    "state": ("State", "State under review", "Country", "SuR", "Countries Concerned",
              "Country concerned"),
    # UHRI's export spells it "Reccomending"; a corrected export would not
    "mechanism": ("Mechanism", "Body", "Source", "Recommending Body", "Reccomending Body"),
    "treaty_body": ("Treaty Body", "Committee"),
    "special_procedure": ("Special Procedure", "Mandate", "Special procedure mandate"),
    "symbol": ("Document Code", "Document symbol", "Symbol", "Document"),
    "reference": ("Paragraph", "Para", "Paragraph number", "Reference",
                  "Recommendation number"),
    "year": ("Year", "Year of adoption", "Document Publication Date", "Publication date"),
    "cycle": ("Cycle", "UPR cycle"),
    "session": ("Session", "UPR session"),
    "position": ("Response (UPR)", "Response", "Position", "UPR Position"),
    "position_source": ("Source of position",),
    "recommending_states": ("Recommending State (UPR)", "Recommending State",
                            "Recommending States", "RS", "UPR Recommending States",
                            "UPR Reccomending States"),
    "sdg_goals": ("SDG Goals", "SDG Goal", "SDGs"),
    "sdg_targets": ("SDG Targets", "SDG Target"),
    "groups": ("Groups", "Affected persons", "Groups of persons", "Affected groups"),
    "themes": ("Themes", "Theme", "Issues", "Human rights themes"),
    "action_category": ("Action category", "Action"),
    "type": ("Type", "Annotation type"),
    "source_id": ("OHCHR Annotation Id", "Annotation Id"),
}
REQUIRED = ("text",)
UHRI_MARKERS = {"text", "state", "mechanism", "symbol"}
MAX_ROWS = 500_000
_LIST_SEPARATORS = re.compile(r"\s*(?:;|\||\r?\n|\r)\s*")
_BULLET = re.compile(r"^\s*[-•–]\s+")
_YEAR_IN_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# Excel counts days from 30 December 1899; serials of 1950 to 2100 are taken for dates
_EXCEL_EPOCH = date(1899, 12, 30)
_FIRST_SERIAL, _LAST_SERIAL = 18264, 73051
_NUMBERS = re.compile(r"\d+(?:\.[0-9a-z]+)?")


HEADER_SEARCH_ROWS = 20


class TableRows(NamedTuple):
    header: list[str]
    rows: Generator[tuple[int, list[str]], None, None]
    digest: str
    encoding: str  # of a text file, as a person names it; "" for a workbook


def read_table_rows(path: Path, mapping: dict[str, str] | None = None,
                    encoding: str | None = None) -> TableRows:
    """Header, then (row number, cells) of the rows under it (CSV or first sheet); digest;
    the encoding read (`encoding`, or the one detected).

    Exports often start with a title line, so the header is the row, among the first
    twenty, that names the most fields we know (or every column of the mapping).
    """
    data, digest = read_bytes(path)
    said = ""
    if path.suffix.lower() == ".xlsx":
        rows = _xlsx_rows(path)
    else:
        decoded = decoded_text(path, data, encoding)
        said = described(decoded)
        rows = _csv_rows(path, decoded.text)
    head: list[tuple[int, list[str]]] = []
    for number, cells in rows:
        if any(str(c).strip() for c in cells):
            head.append((number, [str(c) for c in cells]))  # as they are: lines matter
        if len(head) == HEADER_SEARCH_ROWS:
            break
    if not head:
        raise ImportFileError(_("{0}: the file is empty").format(path.name))
    wanted = {match_key(column) for column in mapping.values()} if mapping else None

    def score(cells: list[str]) -> int:
        if wanted is not None:
            return len(wanted & {match_key(c) for c in cells})
        return len(auto_mapping(cells))

    cleaned = [[clean(cell) for cell in cells] for _number, cells in head]
    best = max(range(len(head)), key=lambda i: (score(cleaned[i]), -i))
    if score(cleaned[best]) < 2:
        best = 0
    header = cleaned[best]

    def remaining() -> Generator[tuple[int, list[str]], None, None]:
        yield from head[best + 1:]
        yield from rows

    return TableRows(header, remaining(), digest, said)


def _csv_rows(path: Path, text: str) -> Iterator[tuple[int, list[str]]]:
    try:
        dialect = csv.Sniffer().sniff(text[:20_000], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as error:
        raise ImportFileError(_("{0}, line {1}: {2}").format(
                                  path.name, reader.line_num, error)) from None


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    import openpyxl  # uses defusedxml for the sheet XML when it is installed, as it is here

    check_office_zip(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for damaged workbooks
        raise ImportFileError(_("{0}: not a readable Excel workbook ({1})").format(
                                  path.name, error)) from None
    try:
        for number, row in enumerate(workbook.worksheets[0].iter_rows(values_only=True), 1):
            yield number, ["" if cell is None else str(cell) for cell in row]
    finally:
        workbook.close()


def auto_mapping(header: list[str]) -> dict[str, int]:
    """Our field -> column index, by tolerant header matching (case, spacing, punctuation)."""
    keys = [match_key(h) for h in header]
    found: dict[str, int] = {}
    for field_name, spellings in FIELDS.items():
        for spelling in spellings:
            key = match_key(spelling)
            if key in keys and keys.index(key) not in found.values():
                found[field_name] = keys.index(key)
                break
    return found


def looks_like_uhri(header: list[str]) -> bool:
    return set(auto_mapping(header)) >= UHRI_MARKERS


@dataclass
class SavedMapping:
    """A mapping file: our fields' columns, and the file's own words for coded values
    ({"values": {"position": {"consider": "pending"}}})."""

    columns: dict[str, str]
    values: dict[str, dict[str, str]] = field(default_factory=dict)


def load_mapping(path: Path) -> SavedMapping:
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ImportFileError(_("{0}: not a readable mapping file ({1})").format(
                                  path.name, error)) from None
    values = saved.pop("values", {}) if isinstance(saved, dict) else None
    if not isinstance(saved, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in saved.items()):
        raise ImportFileError(_("{0}: a mapping is a JSON object of field -> column name").format(
                                  path.name))
    unknown = sorted(set(saved) - set(FIELDS))
    if unknown:
        raise ImportFileError(
            _("{0}: unknown field(s) {1}; the fields are {2}").format(
                path.name, ', '.join(unknown), ', '.join(FIELDS)))
    if not isinstance(values, dict) or not all(
            isinstance(words, dict) and all(isinstance(w, str) and isinstance(m, str)
                                            for w, m in words.items())
            for words in values.values()):
        raise ImportFileError(_('{0}: "values" maps a field to the file\'s words and their '
                                'meaning, e.g. {{"position": {{"consider": "pending"}}}}').format(
                                  path.name))
    try:
        ValueWords.with_mapping(values)
    except UnknownValueMapping as error:
        raise ImportFileError(f"{path.name}: {error}") from None
    return SavedMapping(saved, values)


def save_mapping(path: Path, columns: dict[str, str],
                 values: dict[str, dict[str, str]] | None = None) -> None:
    saved: dict[str, object] = dict(columns)
    if values:
        saved["values"] = values
    path.write_text(json.dumps(saved, indent=2, ensure_ascii=False), encoding="utf-8")


def resolve_mapping(path: Path, header: list[str], mapping: dict[str, str]) -> dict[str, int]:
    by_key = {match_key(h): index for index, h in enumerate(header)}
    columns = {}
    for field_name, column in mapping.items():
        if match_key(column) not in by_key:
            raise ImportFileError(
                _("mapping: column '{0}' (for {1}) is not in {2}; its columns are {3}").format(
                    column, field_name, path.name, ', '.join(h for h in header if h)))
        columns[field_name] = by_key[match_key(column)]
    return columns


def _list(value: str) -> list[str]:
    """The values of a multi-valued cell: separated by ";" or "|", or one a line, each
    line perhaps bulleted "- " (as UHRI exports write them)."""
    items = (clean(_BULLET.sub("", item)) for item in _LIST_SEPARATORS.split(value.strip()))
    return [item for item in items if item]


def _single(value: str) -> str:
    """A single-valued cell, without the bullet UHRI puts before it ("- Slovenia")."""
    return "; ".join(_list(value)) if _BULLET.match(value) else clean(value)


def _year(value: str) -> int | None:
    """The year of a date as tables write it: 2019, an Excel date serial (43466), a date
    ("2019-01-15 00:00:00", "15/01/2019", "January 2019")."""
    number = _int(value)
    if number is not None and 1900 <= number <= 2100:
        return number
    if number is not None and _FIRST_SERIAL <= number <= _LAST_SERIAL:
        return (_EXCEL_EPOCH + timedelta(days=number)).year
    found = _YEAR_IN_DATE.search(value)
    return int(found.group()) if found else None


def _is_recommendation(annotation_type: str) -> bool:
    """UHRI annotates concluding observations paragraph by paragraph; only those typed a
    recommendation ("Recommendations", "Recommandation", "Recomendación") are ones."""
    return annotation_type == "" or match_key(annotation_type).startswith("recom")


def _int(value: str) -> int | None:
    value = value.strip()
    if value.endswith(".0"):
        value = value[:-2]
    return int(value) if value.isdigit() else None


# "Cycle 3", "3rd cycle", "third cycle", "UPR 34", "34th session", "3e cycle", "ciclo 3"…
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
                  "premier": 1, "deuxieme": 2, "troisieme": 3, "quatrieme": 4,
                  "primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3,
                  "cuarto": 4}
_CYCLE_OR_SESSION = re.compile(
    r"^(?:(?:upr|epu|cycle|session|ciclo|sesion|review)\s*)*"
    r"(?:(?P<number>\d+)(?:\s*(?:st|nd|rd|th|e|er|eme|o|a|º|°))?|(?P<word>[a-z]+))"
    r"(?:\s*(?:cycle|session|ciclo|sesion|of the upr|de l'?epu|del epu))*$")


def cycle_or_session_number(value: str) -> int | None:
    """3 from "3", "3.0", "Cycle 3", "3rd cycle", "third cycle", "UPR 34", "34th session",
    "3e cycle", "tercer ciclo"; None when it says no number."""
    folded = "".join(char for char in unicodedata.normalize("NFKD", value.strip().casefold())
                     if not unicodedata.combining(char))
    if (plain := _int(folded)) is not None:
        return plain
    found = _CYCLE_OR_SESSION.match(" ".join(folded.replace("-", " ").split()))
    if found is None:
        return None
    if found["number"]:
        return int(found["number"])
    return _ORDINAL_WORDS.get(found["word"])


def read_table(path: Path, overrides: ReviewInfo, mapping: dict[str, str] | None,
               format_name: str, encoding: str | None = None) -> ParsedFile:
    header, rows, digest, said = read_table_rows(path, mapping, encoding)
    columns = resolve_mapping(path, header, mapping) if mapping else auto_mapping(header)
    missing = [f for f in REQUIRED if f not in columns]
    if missing:
        raise ImportFileError(
            _("{0}: no column for {1}; map the columns (CLI: --mapping FILE); its columns are "
              "{2}").format(path.name, ', '.join(missing), ', '.join(h for h in header if h)))
    parsed = ParsedFile(path=str(path), format=format_name, sha256=digest, encoding=said)
    for count, (number, cells) in enumerate(rows):
        if count >= MAX_ROWS:
            raise ImportFileError(_("{0}: more than {1} rows; split the file").format(
                                      path.name, MAX_ROWS))
        if not any(c.strip() for c in cells):
            continue
        record = _record(path, number, cells, columns, overrides, format_name, parsed)
        if record is not None:
            parsed.records.append(record)
    return parsed


def _record(path, number, cells, columns, overrides, format_name, parsed):
    def raw(field_name: str) -> str:
        index = columns.get(field_name)
        return str(cells[index]) if index is not None and index < len(cells) else ""

    def get(field_name: str) -> str:
        return _single(raw(field_name))

    if not _is_recommendation(kind := get("type")):
        parsed.left_out[kind] = parsed.left_out.get(kind, 0) + 1
        return None
    text = clean(raw("text"))
    if not text:
        parsed.rejections.append(Rejection(path.name, number, "text", _("empty")))
        return None
    numbers = {}
    for field_name, reader in (("year", _year), ("cycle", cycle_or_session_number),
                               ("session", cycle_or_session_number), ("action_category", _int)):
        value = get(field_name)
        numbers[field_name] = reader(value) if value else None
        if value and numbers[field_name] is None:
            parsed.rejections.append(Rejection(path.name, number, field_name,
                                               _not_a_number(field_name, value)))
            return None
    mechanism = " | ".join(filter(None, (get("treaty_body"), get("special_procedure"),
                                         get("mechanism"))))
    review = ReviewInfo(
        mechanism=overrides.mechanism or mechanism or None,
        state=overrides.state or get("state") or None,
        cycle=overrides.cycle or numbers["cycle"], session=overrides.session or numbers["session"],
        year=overrides.year or numbers["year"], symbol=overrides.symbol or get("symbol") or None)
    reference = get("reference") or None
    if source_id := get("source_id"):
        identifier = source_id  # UHRI's annotation id: the same row whatever else changes
    elif review.symbol and reference:
        identifier = f"{review.symbol}#{reference}"
    else:
        identifier = hashlib.sha256(
            f"{review.state}|{review.mechanism}|{text}".encode()).hexdigest()
    goals, targets = _sdgs(raw("sdg_goals"), raw("sdg_targets"))
    return ParsedRecommendation(
        file=path.name, row=number, review=review, text=text, reference=reference,
        recommending_states=_list(raw("recommending_states")),
        position=get("position") or None, position_source=get("position_source") or None,
        action_category=numbers["action_category"],
        themes=[ThemeRef(name=t, scheme=ThemeScheme.UHRI if format_name == ImportFormat.UHRI
                         else ThemeScheme.CUSTOM)
                for t in _list(raw("themes"))],
        affected_groups=_list(raw("groups")), sdg_goals=goals, sdg_targets=targets,
        source=format_name, identifier=identifier,
    )


def _not_a_number(field_name: str, value: str) -> str:
    if field_name in ("cycle", "session"):
        return _("'{0}' is not a number of {1} (for example 3, Cycle 3, 3rd cycle, UPR 34, "
                 "34th session)").format(value, field_name)
    if field_name == "year":
        return _("'{0}' is not a year or a date (for example 2019, 15/01/2019)").format(value)
    return _("'{0}' is not a whole number").format(value)


_TARGET_FIRST = re.compile(r"^(?:target\s*|sdg\s*)?(\d{1,2}\.[0-9a-z]{1,2})\b")
_GOAL_FIRST = re.compile(r"^(?:goal|sdg|odd|ods|цур)?\s*(\d{1,2})\b")
_ONLY_NUMBERS = re.compile(r"^[\d\s,]+$")


def _sdgs(goals_cell: str, targets_cell: str) -> tuple[list[int], list[str]]:
    """Goals and targets of a row: "4; 5", "Goal 4 - Quality education", and UHRI's
    one-a-line "- 16 - Peace, justice…" / "- 16.3 - Promote the rule of law…" (a target
    in the goals column is a target: its goal comes with it)."""
    goals, targets = [], []
    for item in _list(goals_cell):
        folded = item.casefold()
        if target := _TARGET_FIRST.match(folded):
            targets.append(target[1])
        elif not _ONLY_NUMBERS.match(folded) and (goal := _GOAL_FIRST.match(folded)):
            goals.append(int(goal[1]))
        else:
            goals += [int(g) for g in re.findall(r"\d+", folded)]
    targets += [t for t in _NUMBERS.findall(targets_cell) if "." in t]
    return [g for g in goals if 1 <= g <= 17], targets
