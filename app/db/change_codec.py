"""A change record's values, in and out of the JSON the change log keeps, and which model a
table is: the one codec that the change log, undo, the history, the exchange rows and the
bulk writer share.

Moments are kept as ISO text in UTC; read back they are aware datetimes in UTC (a naive one,
as SQLite hands it back or an older file wrote it, is taken to be UTC): one time-zone rule.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

import orjson
from sqlalchemy import Date, DateTime, Table

from app.models import Base

_PLAIN = frozenset({type(None), bool, int, float, str})


def encoded_changes(fields: dict[str, Any]) -> str:
    """A record's fields as the change log keeps them: compact JSON, keys sorted, non-Latin
    text as it is. orjson, because a large import encodes 280,000 of them (0.7 s less than
    the json module)."""
    return orjson.dumps(fields, option=orjson.OPT_SORT_KEYS).decode()


def json_value(value: Any) -> Any:
    """A column's value as the change log writes it."""
    if type(value) in _PLAIN:
        return value
    if isinstance(value, StrEnum):  # a code (app.models.codes): the log keeps the string
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot record a value of type {type(value).__name__} in the change log")


def moment(value: str | datetime) -> datetime:
    """A recorded moment as an aware datetime in UTC."""
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def decoded(table: Table, field: str, value: Any) -> Any:
    """A recorded value back into what the column holds (no checking: see
    app.exchange.rows.to_python for values that come from outside)."""
    if value is None:
        return None
    kind = table.c[field].type
    if isinstance(kind, DateTime):
        return moment(value)
    if isinstance(kind, Date):
        return value if isinstance(value, date) else date.fromisoformat(value)
    return value


def table_of(name: str) -> Table:
    return Base.metadata.tables[name]


@cache  # asked for every change of a file
def model_of(name: str) -> Any:
    """The mapped class of a table, by the table's name as change records give it (Any:
    which class depends on the record's data)."""
    for mapper in Base.registry.mappers:
        if mapper.class_.__tablename__ == name:
            return mapper.class_
    raise KeyError(name)
