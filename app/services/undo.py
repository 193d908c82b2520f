"""Undo a whole step (one bulk action) by writing its inverse through the change log.

A step is the run of change records one write transaction produced on this device. Undoing
it is itself a change, logged like any other, so the history shows both and the ministries
receive the net effect. Undo is refused, naming the row and who touched it, when anything in
the step was changed again since: reverting would overwrite their work.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.change_codec import decoded, model_of, table_of
from app.db.database import Database
from app.errors import UserError
from app.i18n import _
from app.models import ChangeRecord
from app.models.codes import ChangeOperation
from app.services.what_changed import NOTHING, WhatChanged, changes_in

T = TypeVar("T")


@dataclass(frozen=True)
class UndoStep:
    label: str
    device_id: str
    first_seq: int
    last_seq: int


class CannotUndo(UserError):
    pass


def _last_seq(session: Session, device_id: str) -> int:
    session.flush()
    return session.scalar(select(func.coalesce(func.max(ChangeRecord.seq), 0))
                          .where(ChangeRecord.device_id == device_id)) or 0


def run_undoable(db: Database, label: str,
                 work: Callable[[Session], T]) -> tuple[T, UndoStep | None]:
    """Runs `work` in one write transaction; the step is None when it changed nothing."""
    device_id = db.identity.device_id
    with db.write() as session:
        before = _last_seq(session, device_id)
        result = work(session)
        after = _last_seq(session, device_id)
    step = UndoStep(label, device_id, before + 1, after) if after > before else None
    return result, step


def step_changes(db: Database, step: UndoStep | None) -> WhatChanged:
    """What a step touched (the same after undoing it: its inverse touches the same rows)."""
    if step is None:
        return NOTHING
    with db.read() as session:
        return changes_in(session, step.device_id, step.first_seq, step.last_seq)


def undo(db: Database, step: UndoStep) -> None:
    with db.write() as session:
        records = list(session.scalars(
            select(ChangeRecord)
            .where(ChangeRecord.device_id == step.device_id,
                   ChangeRecord.seq.between(step.first_seq, step.last_seq))
            .order_by(ChangeRecord.seq.desc())))
        if not records:
            raise CannotUndo(_("Cannot undo “{0}”: its changes are no longer "
                               "recorded.").format(step.label))
        rows = {}
        for record in records:  # latest first: the version the step left each row at
            key = (record.table_name, record.row_id)
            if key in rows:
                continue
            row = session.get(model_of(record.table_name), record.row_id)
            if row is None or row.row_version != record.base_row_version + 1:
                who = f" by {row.updated_by}" if row is not None else ""
                raise CannotUndo(
                    f"Cannot undo “{step.label}”: a {record.table_name.replace('_', ' ')} it "
                    f"changed was edited again since{who}. Make the change by hand instead.")
            rows[key] = row
        for record in records:
            row = rows[(record.table_name, record.row_id)]
            if record.operation in (ChangeOperation.INSERT, ChangeOperation.RESTORE):
                row.deleted = True
            elif record.operation == ChangeOperation.DELETE:
                row.deleted = False
            else:
                for field, (old, _new) in json.loads(record.changes).items():
                    setattr(row, field, decoded(table_of(record.table_name), field, old))
