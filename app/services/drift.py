"""Rows changed outside the application: tracked rows whose values disagree with their change
log (a plain SQL UPDATE, a row deleted or edited in another SQLite tool).

Every write made through the application leaves a change record in the same transaction, so
replaying a row's records, oldest first, gives its values. A row changed behind the
application's back is never sent to the secretariat and would be silently lost; `check` says
so, and preparing a file for the secretariat warns.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.change_codec import table_of
from app.exchange.rows import CHUNK, canonical
from app.models import ChangeRecord, tracked_tables

SHOWN = 60  # characters of a value quoted in a message


@dataclass(frozen=True)
class OutsideChange:
    table: str
    row_id: str
    field: str  # "" when the whole row is gone
    in_table: Any
    in_log: Any

    def describe(self) -> str:
        what = f"{self.table.replace('_', ' ')} {self.row_id[:8]}…"
        if not self.field:
            return (f"{what} is in the change log but no longer in the database: it was "
                    "deleted outside NMRF Tracker")
        return (f"{what}: {self.field} is {_shown(self.in_table)} in the database but "
                f"{_shown(self.in_log)} in its change log: changed outside NMRF Tracker "
                "(such a change is never sent, and the next update may overwrite it)")


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= SHOWN else f"{text[:SHOWN]}…"


def _logged_values(session: Session, table: str) -> dict[str, dict[str, Any]]:
    """row id -> field -> the value its change records leave it with."""
    values: dict[str, dict[str, Any]] = {}
    for row_id, changes in session.execute(
            select(ChangeRecord.row_id, ChangeRecord.changes)
            .where(ChangeRecord.table_name == table)
            .order_by(ChangeRecord.created_at, ChangeRecord.device_id, ChangeRecord.seq)):
        fields = values.setdefault(row_id, {})
        for name, (_old, new) in json.loads(changes).items():
            fields[name] = new
    return values


def outside_changes(session: Session) -> Iterator[OutsideChange]:
    """Every disagreement between a tracked row and its change log, table by table (one
    table's replay in memory at a time)."""
    for name in sorted(tracked_tables()):
        logged = _logged_values(session, name)
        if not logged:
            continue
        table = table_of(name)
        wanted = sorted(logged)
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            rows = {row["id"]: row for row in session.execute(
                select(table).where(table.c.id.in_(chunk))).mappings()}
            for row_id in chunk:
                row = rows.get(row_id)
                if row is None:
                    yield OutsideChange(name, row_id, "", None, None)
                    continue
                for field, expected in logged[row_id].items():
                    if field not in table.c:
                        continue
                    actual = canonical(table, field, row[field])
                    if actual != canonical(table, field, expected):
                        yield OutsideChange(name, row_id, field, actual, expected)
