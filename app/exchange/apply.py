"""One incoming change applied to the master by the rules of ARCHITECTURE §5.4.

Field by field: base = the value the change started from, master = the value now, incoming =
the new value. Master equals incoming: nothing to do. Master equals base: apply. Otherwise a
conflict keeps both values for a person to decide. Never decided by clock. A new row is a union
by id: already there with the same values, nothing to do.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.change_codec import model_of, moment, table_of
from app.db.changelog import CONTEXT_KEY
from app.exchange.change_records import ExchangedChange
from app.exchange.rows import BadValue, canonical, to_python
from app.exchange.rules import InstitutionRights
from app.i18n import _
from app.models import Conflict, EvidenceBlob, utcnow
from app.models.codes import ChangeOperation

APPLIED, UNCHANGED, REJECTED, CONFLICT = "applied", "unchanged", "rejected", "conflict"


@dataclass
class Outcome:
    change_id: str
    seq: int
    table: str
    row_id: str
    operation: str
    outcome: str
    reason: str = ""
    applied_fields: list[str] = field(default_factory=list)
    conflict_fields: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        data = {"change_id": self.change_id, "seq": self.seq, "table": self.table,
                "row_id": self.row_id, "operation": self.operation, "outcome": self.outcome}
        if self.reason:
            data["reason"] = self.reason
        if self.conflict_fields:
            data["conflict_fields"] = self.conflict_fields
        return data


def _current(obj: Any, table, name: str) -> Any:
    return canonical(table, name, getattr(obj, name))


def _as_row(obj: Any, table) -> dict[str, Any]:
    return {column.name: getattr(obj, column.name) for column in table.columns}


def apply_change(session: Session, record: ExchangedChange, rights: InstitutionRights,
                 evidence: dict[str, bytes], device_id: str) -> Outcome:
    """Applies one change in its own savepoint: a change that breaks a rule of the database
    is rejected alone, and the rest of the file goes on."""
    name, row_id, operation = record.table_name, record.row_id, record.operation
    outcome = Outcome(record.id, record.seq, name, row_id, operation, UNCHANGED)
    fields = record.changes
    table = table_of(name)
    model = model_of(name)
    session.info[CONTEXT_KEY].author = record.author
    try:
        with session.begin_nested():
            obj = session.get(model, row_id)
            if obj is None:
                if operation != ChangeOperation.INSERT:
                    outcome.outcome, outcome.reason = REJECTED, \
                        f"this {name.replace('_', ' ')} is not in the secretariat's database"
                    return outcome
                values = record.new_values() | {"id": row_id}
                refusal = rights.refusal(name, operation, values, fields)
                if refusal:
                    outcome.outcome, outcome.reason = REJECTED, refusal
                    return outcome
                converted = {key: to_python(table, key, value) for key, value in values.items()}
                if name == "evidence":
                    _store_blob(session, converted.get("sha256"), evidence)
                session.add(model(**converted))
                session.flush()
                rights.note_new_row(name, values)
                outcome.outcome, outcome.applied_fields = APPLIED, sorted(fields)
                return outcome
            refusal = rights.refusal(name, operation, _as_row(obj, table), fields)
            if refusal:
                outcome.outcome, outcome.reason = REJECTED, refusal
                return outcome
            for key, (old, new) in sorted(fields.items()):
                current = _current(obj, table, key)
                incoming = canonical(table, key, new)
                if current == incoming:
                    continue
                base = None if operation == ChangeOperation.INSERT else canonical(table, key, old)
                if operation != ChangeOperation.INSERT and current == base:
                    setattr(obj, key, to_python(table, key, new))
                    outcome.applied_fields.append(key)
                else:
                    outcome.conflict_fields.append(key)
                    session.add(Conflict(
                        change_id=record.id, table_name=name, row_id=row_id, field=key,
                        base_value=json.dumps(old if operation != ChangeOperation.INSERT else None),
                        master_value=json.dumps(current), incoming_value=json.dumps(new),
                        incoming_device_id=device_id, incoming_author=record.author,
                        incoming_at=_moment(record.created_at)))
            session.flush()
    except BadValue as error:
        outcome.outcome, outcome.reason = REJECTED, str(error)
        outcome.applied_fields, outcome.conflict_fields = [], []
        return outcome
    except IntegrityError as error:
        outcome.outcome = REJECTED
        outcome.reason = _("breaks a rule of the database ({0})").format(_first_line(error))
        outcome.applied_fields, outcome.conflict_fields = [], []
        return outcome
    if outcome.conflict_fields:
        outcome.outcome = CONFLICT
    elif outcome.applied_fields:
        outcome.outcome = APPLIED
    return outcome


def _store_blob(session: Session, sha256: str | None, evidence: dict[str, bytes]) -> None:
    if sha256 is None or session.get(EvidenceBlob, sha256) is not None:
        return
    content = evidence.get(sha256)
    if content is None:
        raise BadValue(_("evidence {0}…: the file itself did not travel with it").format(
            sha256[:12]))
    session.add(EvidenceBlob(sha256=sha256, size=len(content), content=content))


def _moment(value: Any) -> datetime:
    """When the ministry made the change; now, when its record does not say."""
    try:
        return moment(value)
    except (TypeError, ValueError):
        return utcnow()


def _first_line(error: IntegrityError) -> str:
    return str(error.orig).splitlines()[0] if error.orig else "constraint"
