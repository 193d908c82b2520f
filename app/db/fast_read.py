"""Reads straight through the driver, for the places where SQLAlchemy's own work per
statement or per row costs more than SQLite reading the rows.

A register of 100,000 recommendations means hundreds of thousands of rows for an export or
for ordering the register, and a screen of the register means eight small statements each
time the user types: SQLAlchemy's result objects in the first case, and building, caching and
executing each statement in the second, cost more than SQLite answering. Statements are still
built with SQLAlchemy from the models; only running them skips it. So this is for columns
whose stored value is already the Python value (text, integers), not dates, booleans or JSON,
which the caller converts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, bindparam, select
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.functions import GenericFunction

# The DB-API connection: sqlite3's or psycopg's; the fast reads use only execute() and the
# cursor it returns, which both have.
Driver = Any


class Snapshot:
    """A read transaction held straight on a pooled driver connection (`Database.snapshot`):
    for the reads the register makes on each keystroke, where opening and closing a Session
    costs as much as the query."""

    __slots__ = ("dialect", "driver")

    def __init__(self, driver: Driver, dialect: Dialect):
        self.driver = driver
        self.dialect = dialect


# What the fast reads run in: a read session, a write session (its pending rows flushed
# first), or a snapshot.
Reading = Session | Snapshot


def stored_date(value: str | date) -> date:
    """A date column's value as the driver hands it: ISO text from SQLite, a date from
    psycopg."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def plain_rows(reading: Reading, query: Select) -> list[tuple]:
    sql, names, values = _compiled(reading, query, render_postcompile=True)
    return driver_of(reading).execute(sql, _parameters(names, values, {})).fetchall()


class _json_array_values(GenericFunction):
    """The values of a JSON array as rows of one column, `value`: SQLite's json_each, and
    PostgreSQL's json_array_elements_text (compiled below)."""

    name = "json_each"
    inherit_cache = True


@compiles(_json_array_values, "postgresql")
def _json_array_values_on_postgresql(element, compiler, **kw):
    return f"json_array_elements_text(CAST({compiler.process(element.clauses, **kw)} AS json))"


def among(column: ColumnElement[Any] | InstrumentedAttribute[Any],
          parameter: str = "ids") -> ColumnElement[bool]:
    """`column IN :parameter`, the ids bound as one JSON array (see `id_list`): the statement
    is then the same whatever their number, and no id is bound one by one."""
    values = _json_array_values(bindparam(parameter))
    return column.in_(select(values.table_valued("value").c.value))


def id_list(ids: Iterable[str]) -> str:
    return json.dumps(list(ids))


class PreparedRead:
    """A SELECT built once from the models and compiled once, then run with new values."""

    def __init__(self, query: Select[Any] | CompoundSelect):
        self._query = query
        # by dialect: one process may read a file and a server
        self._compiled: dict[str, tuple[str, tuple[str, ...], Mapping[str, Any]]] = {}

    def rows(self, reading: Reading, **values: Any) -> list[tuple]:
        dialect = dialect_of(reading).name
        if dialect not in self._compiled:
            self._compiled[dialect] = _compiled(reading, self._query)
        sql, names, defaults = self._compiled[dialect]
        return driver_of(reading).execute(sql, _parameters(names, defaults, values)).fetchall()


def _compiled(reading: Reading, query: Select[Any] | CompoundSelect,
              render_postcompile: bool = False
              ) -> tuple[str, tuple[str, ...], Mapping[str, Any]]:
    """The SQL text, its parameter names in order, and the values the statement carries."""
    compiled = query.compile(dialect=dialect_of(reading),
                             compile_kwargs={"render_postcompile": render_postcompile})
    # SQLite's driver takes the values in order (qmark); psycopg by name (pyformat)
    names = compiled.positiontup if compiled.positiontup is not None else None
    return (str(compiled), tuple(names) if names is not None else (),
            compiled.construct_params(_check=False))


def _parameters(names: tuple[str, ...], defaults: Mapping[str, Any],
                values: Mapping[str, Any]) -> list[Any] | dict[str, Any]:
    if names:
        return [values[name] if name in values else defaults[name] for name in names]
    return {**defaults, **values}


def dialect_of(reading: Reading) -> Dialect:
    return reading.dialect if isinstance(reading, Snapshot) else reading.get_bind().dialect


def driver_of(reading: Reading) -> Driver:
    """The DB-API connection under a session or a snapshot."""
    if isinstance(reading, Snapshot):
        return reading.driver
    if reading.autoflush:
        reading.flush()  # what session.execute would have done: pending rows count
    driver = reading.connection().connection.driver_connection
    assert driver is not None, "a session's connection always has its driver's"
    return driver
