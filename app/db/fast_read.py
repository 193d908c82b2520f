"""Large reads straight through the driver, for the few places that read whole tables.

A register of 100,000 recommendations means hundreds of thousands of rows for an export or
for ordering the register: SQLAlchemy's per-row result objects then cost more than SQLite
reading them. The statement is still built with SQLAlchemy; only the rows skip its result
processing, so this is for columns whose stored value is already the Python value (text,
integers), not dates, booleans or JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import ColumnElement, Select, bindparam, func, select
from sqlalchemy.orm import Session


def plain_rows(session: Session, query: Select) -> list[tuple]:
    compiled = query.compile(dialect=session.get_bind().dialect,
                             compile_kwargs={"render_postcompile": True})
    values = compiled.construct_params()
    parameters = [values[name] for name in compiled.positiontup or ()]
    driver = session.connection().connection.driver_connection
    return driver.execute(str(compiled), parameters).fetchall()


def among(column: ColumnElement, ids: Iterable[str]) -> ColumnElement[bool]:
    """`column IN ids`, the ids given as one JSON parameter: the statement is then the same
    whatever their number, so SQLAlchemy reuses its compiled form and no id is bound one by
    one — for a screen of the register, that was most of the time of reading its rows."""
    values = func.json_each(bindparam("ids", json.dumps(list(ids)), unique=True))
    return column.in_(select(values.table_valued("value").c.value))
