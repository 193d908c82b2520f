"""What a write changed, read back from the change records it left: the tables and the
recommendations concerned. The window refreshes from it only what shows those (a bulk "Set
lead" re-reads the lead and supporting facets and the rows on screen, not the register's order
or every page)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.change_codec import model_of
from app.db.fast_read import among, id_list
from app.models import ChangeRecord, Recommendation


@dataclass(frozen=True)
class WhatChanged:
    tables: frozenset[str] = frozenset()
    recommendation_ids: frozenset[str] = frozenset()
    # A database opened, imported into, consolidated or restored: anything may differ.
    everything: bool = False

    @classmethod
    def anything(cls) -> WhatChanged:
        return cls(everything=True)

    def touches(self, tables: Iterable[str]) -> bool:
        return self.everything or not self.tables.isdisjoint(tables)

    def __bool__(self) -> bool:
        return self.everything or bool(self.tables)


NOTHING = WhatChanged()


def changes_in(session: Session, device_id: str, first_seq: int, last_seq: int
               ) -> WhatChanged:
    """What the change records `first_seq`..`last_seq` of a device touched."""
    rows_by_table: dict[str, list[str]] = defaultdict(list)
    for table, row_id in session.execute(
            select(ChangeRecord.table_name, ChangeRecord.row_id)
            .where(ChangeRecord.device_id == device_id,
                   ChangeRecord.seq.between(first_seq, last_seq))):
        rows_by_table[table].append(row_id)
    tables = frozenset(rows_by_table)
    recommendation_ids: set[str] = set(rows_by_table.pop(Recommendation.__tablename__, ()))
    for table, row_ids in rows_by_table.items():
        model = model_of(table)
        column = getattr(model, "recommendation_id", None)
        if column is not None:
            recommendation_ids.update(session.scalars(
                select(column).where(among(model.id), column.is_not(None)),
                {"ids": id_list(row_ids)}))
    return WhatChanged(tables, frozenset(recommendation_ids))
