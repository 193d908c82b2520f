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
from app.models.codes import ImportFormat, ThemeScheme
from app.names import match_key

# Our fields and the header spellings that mean them (UHRI's own names first).
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("Text", "Recommendation", "Recommendation text", "Observation", "Full text"),
    "state": ("State", "State under review", "Country", "SuR"),
    "mechanism": ("Mechanism", "Body", "Source"),
    "treaty_body": ("Treaty Body", "Committee"),
    "special_procedure": ("Special Procedure", "Mandate", "Special procedure mandate"),
    "symbol": ("Document Code", "Document symbol", "Symbol", "Document"),
    "reference": ("Paragraph", "Para", "Paragraph number", "Reference",
                  "Recommendation number"),
    "year": ("Year", "Year of adoption"),
    "cycle": ("Cycle", "UPR cycle"),
    "session": ("Session", "UPR session"),
    "position": ("Response (UPR)", "Response", "Position"),
    "position_source": ("Source of position",),
    "recommending_states": ("Recommending State (UPR)", "Recommending State",
                            "Recommending States", "RS"),
    "sdg_goals": ("SDG Goals", "SDG Goal", "SDGs"),
    "sdg_targets": ("SDG Targets", "SDG Target"),
    "groups": ("Groups", "Affected persons", "Groups of persons", "Affected groups"),
    "themes": ("Themes", "Theme", "Issues", "Human rights themes"),
    "action_category": ("Action category", "Action"),
}
REQUIRED = ("text",)
UHRI_MARKERS = {"text", "state", "mechanism", "symbol"}
MAX_ROWS = 500_000
_LIST_SEPARATORS = re.compile(r"\s*(?:;|\||\n)\s*")
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
            head.append((number, [clean(str(c)) for c in cells]))
        if len(head) == HEADER_SEARCH_ROWS:
            break
    if not head:
        raise ImportFileError(_("{0}: the file is empty").format(path.name))
    wanted = {match_key(column) for column in mapping.values()} if mapping else None

    def score(cells: list[str]) -> int:
        if wanted is not None:
            return len(wanted & {match_key(c) for c in cells})
        return len(auto_mapping(cells))

    best = max(range(len(head)), key=lambda i: (score(head[i][1]), -i))
    if score(head[best][1]) < 2:
        best = 0
    header = head[best][1]

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


def load_mapping(path: Path) -> dict[str, str]:
    try:
        mapping = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ImportFileError(_("{0}: not a readable mapping file ({1})").format(
                                  path.name, error)) from None
    if not isinstance(mapping, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()):
        raise ImportFileError(_("{0}: a mapping is a JSON object of field -> column name").format(
                                  path.name))
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise ImportFileError(
            _("{0}: unknown field(s) {1}; the fields are {2}").format(
                path.name, ', '.join(unknown), ', '.join(FIELDS)))
    return mapping


def save_mapping(path: Path, mapping: dict[str, str]) -> None:
    path.write_text(json.dumps(mapping, indent=2, ensure_ascii=False), encoding="utf-8")


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
    return [item for item in _LIST_SEPARATORS.split(value.strip()) if item]


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
    def get(field_name: str) -> str:
        index = columns.get(field_name)
        return clean(cells[index]) if index is not None and index < len(cells) else ""

    text = get("text")
    if not text:
        parsed.rejections.append(Rejection(path.name, number, "text", _("empty")))
        return None
    numbers = {}
    for field_name in ("year", "cycle", "session", "action_category"):
        raw = get(field_name)
        lenient = field_name in ("cycle", "session")
        numbers[field_name] = (cycle_or_session_number(raw) if lenient else _int(raw)) \
            if raw else None
        if raw and numbers[field_name] is None:
            parsed.rejections.append(Rejection(path.name, number, field_name, (
                _("'{0}' is not a number of {1} (for example 3, Cycle 3, 3rd cycle, UPR 34, "
                  "34th session)").format(raw, field_name) if lenient
                else _("'{0}' is not a whole number").format(raw))))
            return None
    mechanism = " | ".join(filter(None, (get("treaty_body"), get("special_procedure"),
                                         get("mechanism"))))
    review = ReviewInfo(
        mechanism=overrides.mechanism or mechanism or None,
        state=overrides.state or get("state") or None,
        cycle=overrides.cycle or numbers["cycle"], session=overrides.session or numbers["session"],
        year=overrides.year or numbers["year"], symbol=overrides.symbol or get("symbol") or None)
    reference = get("reference") or None
    if review.symbol and reference:
        identifier = f"{review.symbol}#{reference}"
    else:
        identifier = hashlib.sha256(
            f"{review.state}|{review.mechanism}|{text}".encode()).hexdigest()
    goals = [int(g) for g in re.findall(r"\d+", get("sdg_goals")) if 1 <= int(g) <= 17]
    targets = [t for t in _NUMBERS.findall(get("sdg_targets")) if "." in t]
    return ParsedRecommendation(
        file=path.name, row=number, review=review, text=text, reference=reference,
        recommending_states=_list(get("recommending_states")),
        position=get("position") or None, position_source=get("position_source") or None,
        action_category=numbers["action_category"],
        themes=[ThemeRef(name=t, scheme=ThemeScheme.UHRI if format_name == ImportFormat.UHRI
                         else ThemeScheme.CUSTOM)
                for t in _list(get("themes"))],
        affected_groups=_list(get("groups")), sdg_goals=goals, sdg_targets=targets,
        source=format_name, identifier=identifier,
    )
