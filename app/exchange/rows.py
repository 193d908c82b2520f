"""Rows as they travel: every column as a JSON value, and back to the column's Python type.

Values are compared in one canonical form, so that a time written with its UTC offset and the
same time read back from SQLite (which keeps no offset) are equal — otherwise every date-time
field would look changed on both sides and turn into a false conflict.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, Table, select
from sqlalchemy.orm import Session

from app.code_words import field_words, record_words
from app.db.change_codec import json_value, moment, table_of
from app.i18n import N_, _
from app.models import AUDIT_COLUMNS, tracked_tables

CHUNK = 500  # under SQLite's limit of bound parameters per statement


class BadValue(ValueError):
    """A value that is not of its column's type; the message names the field."""


# What a value of each column type must be, as a rejection says it.
_EXPECTED = {DateTime: N_("a date and time"), Date: N_("a date (YYYY-MM-DD)"),
             Boolean: N_("yes or no"), Integer: N_("a whole number"), Float: N_("a number")}

@cache
def writable_fields(name: str) -> frozenset[str]:
    """Columns a change record may carry: everything but the audit columns."""
    return frozenset(c.name for c in table_of(name).columns) - AUDIT_COLUMNS


def is_tracked(name: str) -> bool:
    return name in tracked_tables()


def to_python(table: Table, field: str, value: Any) -> Any:
    """A JSON value back into what the column holds; BadValue when it cannot be."""
    if value is None:
        return None
    kind = table.c[field].type
    try:
        if isinstance(kind, DateTime):
            if not isinstance(value, str):
                raise TypeError
            return moment(value)
        if isinstance(kind, Date):
            if not isinstance(value, str):
                raise TypeError
            return date.fromisoformat(value)
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                raise TypeError
            return value
        if isinstance(kind, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError
            return value
        if isinstance(kind, Float):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise TypeError
            return float(value)
        if not isinstance(value, str):
            raise TypeError
        length = getattr(kind, "length", None)
        if length is not None and len(value) > length:
            raise BadValue(_("{0}, {1}: {2} characters, at most {3}").format(
                record_words(table.name), field_words(field), len(value), length))
        return value
    except (TypeError, ValueError) as error:
        if isinstance(error, BadValue):
            raise
        raise BadValue(_("{0}, {1}: '{2}' is not {3}").format(
            record_words(table.name), field_words(field), value,
            _(_EXPECTED.get(type(kind), N_("a valid value"))))) from None


def canonical(table: Table, field: str, value: Any) -> Any:
    """The JSON value in the one form used for comparing."""
    if value is None:
        return None
    if isinstance(table.c[field].type, DateTime):
        return moment(value).replace(tzinfo=None).isoformat()
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def row_json(row: Any, table: Table) -> dict[str, Any]:
    return {column.name: json_value(row[column.name]) for column in table.columns}


def read_rows(session: Session, name: str, ids: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Whole rows of a replicated table (every column as JSON), by id."""
    table = table_of(name)
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), CHUNK):
        for row in session.execute(select(table).where(
                table.c.id.in_(wanted[start:start + CHUNK]))).mappings():
            yield row_json(row, table)
