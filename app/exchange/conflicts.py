"""The conflict queue: one field changed on both sides since their common base.

A reviewer of the secretariat keeps the master's value, takes the incoming one or writes a
merged value, always with a justification. The resolution is a change like any other (in the
change log, and in the next file issued to the institution, with the conflict's status).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.code_words import record_words
from app.db.change_codec import model_of, table_of
from app.db.changelog import CONTEXT_KEY
from app.errors import ValidationError
from app.exchange.rows import BadValue, to_python
from app.i18n import _
from app.models import Conflict, Device, Institution, Recommendation, utcnow
from app.models.codes import ConflictStatus
from app.services.permissions import actor_of, require_secretariat

KEEP_MASTER, TAKE_INCOMING, MERGED = "master", "incoming", "merged"
CHOICES = (KEEP_MASTER, TAKE_INCOMING, MERGED)


@dataclass(frozen=True)
class ConflictView:
    id: str
    status: str
    table: str
    row_id: str
    field: str
    about: str  # "recommendation 186.28", "progress report on 186.28 (MOJ)"
    institution: str
    base: Any
    master: Any
    incoming: Any
    incoming_author: str
    incoming_at: datetime | None
    resolution: Any = None
    justification: str = ""
    resolved_by: str = ""
    resolved_at: datetime | None = None

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "table": self.table, "row": self.row_id,
                "field": self.field, "about": self.about, "institution": self.institution,
                "base": self.base, "master": self.master, "incoming": self.incoming,
                "incoming_author": self.incoming_author,
                "incoming_at": self.incoming_at.isoformat() if self.incoming_at else None,
                "resolution": self.resolution, "justification": self.justification,
                "resolved_by": self.resolved_by,
                "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None}


def _about(session: Session, table: str, row_id: str) -> str:
    label = record_words(table)
    obj = session.get(model_of(table), row_id)
    recommendation_id = row_id if table == "recommendation" else getattr(
        obj, "recommendation_id", None)
    if recommendation_id:
        recommendation = session.get(Recommendation, recommendation_id)
        if recommendation is not None and recommendation.reference:
            return _("{0} · recommendation {1}").format(label, recommendation.reference)
    title = getattr(obj, "title", None) or getattr(obj, "name", None)
    return f"{label} · {title}" if title else label


def _loads(text: str | None) -> Any:
    return json.loads(text) if text else None


def list_conflicts(session: Session, *,
                   status: str | None = ConflictStatus.OPEN) -> list[ConflictView]:
    query = select(Conflict, Institution.code).outerjoin(
        Device, Device.id == Conflict.incoming_device_id).outerjoin(
        Institution, Institution.id == Device.institution_id).order_by(Conflict.incoming_at)
    if status:
        query = query.where(Conflict.status == status)
    return [ConflictView(
        conflict.id, conflict.status, conflict.table_name, conflict.row_id, conflict.field,
        _about(session, conflict.table_name, conflict.row_id), code or "",
        _loads(conflict.base_value), _loads(conflict.master_value),
        _loads(conflict.incoming_value), conflict.incoming_author or "", conflict.incoming_at,
        _loads(conflict.resolution_value), conflict.justification or "",
        conflict.resolved_by or "", conflict.resolved_at)
        for conflict, code in session.execute(query)]


def resolve_conflict(session: Session, conflict_id: str, choice: str, justification: str,
                     merged_value: Any = None) -> None:
    require_secretariat(session, "resolve conflicts")
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise ValidationError(_("conflict {0}: not in this database").format(conflict_id))
    if conflict.status != ConflictStatus.OPEN:
        raise ValidationError(_("conflict {0}: already resolved by {1}").format(
                                  conflict_id, conflict.resolved_by or 'someone'))
    if choice not in CHOICES:
        raise ValidationError(_("resolution: '{0}', expected one of {1}").format(
                                  choice, ', '.join(CHOICES)))
    if not justification.strip():
        raise ValidationError(_("justification: say why this value was chosen (it goes back "
                                "to the institution)"))
    value = {KEEP_MASTER: _loads(conflict.master_value),
             TAKE_INCOMING: _loads(conflict.incoming_value), MERGED: merged_value}[choice]
    table = table_of(conflict.table_name)
    try:
        python_value = to_python(table, conflict.field, value)
    except BadValue as error:
        raise ValidationError(_("merged value: {0}").format(error)) from None
    obj = session.get(model_of(conflict.table_name), conflict.row_id)
    if obj is None:
        raise ValidationError(_("conflict {0}: the row is gone").format(conflict_id))
    if getattr(obj, conflict.field) != python_value:
        setattr(obj, conflict.field, python_value)
    conflict.status = ConflictStatus.RESOLVED
    conflict.resolution_value = json.dumps(value, ensure_ascii=False)
    conflict.justification = justification.strip()
    conflict.resolved_by = actor_of(session).name or session.info[CONTEXT_KEY].author
    conflict.resolved_at = utcnow()
    session.flush()
