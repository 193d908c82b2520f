"""UPR Info database exports (.csv): one row per recommending State.

UTF-8 with BOM, ';'-separated, header names repeated (Rgrp, Org), HTML entities, quoted line
breaks. Rows with the same State under review, session, text and response are one
recommendation made by several States.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
from pathlib import Path

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
from app.importers.safety import read_bytes
from app.importers.text import clean
from app.importers.upr_calendar import UPR, UprCalendar
from app.models.codes import ThemeScheme

FORMAT = "upr-info"
SOURCE = "upr-info"
EXPECTED_HEADER = ["SuR", "Rgrp", "Org", "Recommendation", "RS", "Rgrp", "Org", "Response",
                   "Action", "Issue", "Session"]
UNKNOWN_STATE = "(Unknown)"
MAX_FIELD = 100_000


def looks_like_upr_info(first_line: str) -> bool:
    header = [h.strip() for h in first_line.lstrip("\ufeff").split(";")]
    return header[:5] == EXPECTED_HEADER[:5]


def read_upr_info(path: Path, encoding: str | None = None) -> ParsedFile:
    data, digest = read_bytes(path)
    decoded = decoded_text(path, data, encoding)
    text = decoded.text
    parsed = ParsedFile(path=str(path), format=FORMAT, sha256=digest,
                        encoding=described(decoded))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    csv.field_size_limit(MAX_FIELD)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise ImportFileError(_("{0}: the file is empty").format(path.name)) from None
    if header != EXPECTED_HEADER:
        raise ImportFileError(
            _("{0}: the header is not that of a UPR Info export; expected {1}").format(
                path.name, ';'.join(EXPECTED_HEADER))
        )
    grouped: dict[tuple, ParsedRecommendation] = {}
    try:
        for row in reader:
            line = reader.line_num
            if not "".join(row).strip():
                continue
            if len(row) != len(EXPECTED_HEADER):
                parsed.rejections.append(Rejection(
                    path.name, line, "row", _("{0} fields, expected {1}").format(
                                                len(row), len(EXPECTED_HEADER))))
                continue
            _row(path, line, [html.unescape(c) if "&" in c else c for c in row], grouped,
                 parsed)
    except csv.Error as error:
        raise ImportFileError(_("{0}, line {1}: {2}").format(
                                  path.name, reader.line_num, error)) from None
    parsed.records = list(grouped.values())
    return parsed


def _row(path, line, row, grouped, parsed) -> None:
    sur, recommendation, rs, response, action, issues, session = (
        clean(row[i]) for i in (0, 3, 4, 7, 8, 9, 10))
    if not recommendation:
        parsed.rejections.append(Rejection(path.name, line, "Recommendation", _("empty")))
        return
    if not session.isdigit():
        parsed.rejections.append(Rejection(
            path.name, line, "Session",
            _("'{0}' is not a UPR session number").format(session) if session else
            _("empty; expected the UPR Working Group session number")))
        return
    category = None
    if action:
        if not (action.isdigit() and 1 <= int(action) <= 5):
            parsed.rejections.append(Rejection(path.name, line, "Action",
                                               _("'{0}' is not an action category 1 to 5").format(
                                                   action)))
            return
        category = int(action)
    number = int(session)
    # Rows of one export repeat the text verbatim; case and spacing are all that varies.
    key = (sur.casefold(), number, " ".join(recommendation.casefold().split()).rstrip(" .;"),
           response.casefold())
    record = grouped.get(key)
    if record is None:
        digest = hashlib.sha256("|".join(map(str, key)).encode()).hexdigest()[:20]
        record = ParsedRecommendation(
            file=path.name, row=line,
            review=ReviewInfo(mechanism=UPR, state=sur, session=number,
                              cycle=UprCalendar.shipped().cycle_of_session(number)),
            text=recommendation, position=response, action_category=category,
            themes=[ThemeRef(name=i.strip(), scheme=ThemeScheme.UPR_INFO)
                    for i in issues.split(",") if i.strip()],
            source=SOURCE, identifier=f"{sur}|{number}|{digest}",
        )
        grouped[key] = record
    if rs and rs != UNKNOWN_STATE and rs not in record.recommending_states:
        record.recommending_states.append(rs)
