"""What the Exchange page shows: plain rows, read in one short session."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.code_words import words
from app.exchange.keys import fingerprint
from app.exchange.ministry import pending_changes, pinned_secretariat
from app.i18n import ngettext
from app.models import Conflict, DatabaseInfo, Device, ExchangeLedger, Institution
from app.models.codes import (
    ChangeOutcome,
    ConflictStatus,
    DatabaseRole,
    DeviceKind,
    DeviceStatus,
    InstitutionKind,
    LedgerDirection,
)


@dataclass(frozen=True)
class InstitutionExchange:
    code: str
    name: str
    devices: int
    last_issued: datetime | None
    last_received: datetime | None
    last_received_status: str
    open_conflicts: int


@dataclass(frozen=True)
class LedgerRow:
    recorded_at: datetime
    direction: str  # issued, received
    institution: str
    file_name: str
    status: str
    counts: str  # "3 applied, 1 rejected, 1 conflict"


@dataclass(frozen=True)
class OutcomeRow:
    table: str
    outcome: str
    reason: str
    fields: tuple[str, ...] = ()


@dataclass
class ExchangeOverview:
    role: str
    institutions: list[InstitutionExchange] = field(default_factory=list)
    files: list[LedgerRow] = field(default_factory=list)
    open_conflicts: int = 0
    # an institution's copy
    institution: str = ""
    pending: int = 0
    acknowledged: int = 0
    secretariat_fingerprint: str = ""
    own_fingerprint: str = ""
    last_outcomes: list[OutcomeRow] = field(default_factory=list)


def _counts(summary: dict) -> str:
    if "outcomes" in summary and ChangeOutcome.APPLIED not in summary:
        outcomes = [o.get("outcome") for o in summary["outcomes"]]
        numbers = {kind: outcomes.count(kind) for kind in set(outcomes)}
    else:
        numbers = {"applied": summary.get("applied", 0),
                   "unchanged": summary.get("unchanged", 0),
                   "rejected": len(summary.get("rejected", []))
                   if isinstance(summary.get("rejected"), list) else 0,
                   "conflict": summary.get("conflicts", 0)}
    if "changes" in summary:
        changes = summary["changes"]
        return ngettext("{0} change", "{0} changes", changes).format(changes) if changes else ""
    # Within a cell: "3 applied, 1 in conflict" (the six languages write these in lower case).
    return ", ".join(f"{count} {words(ChangeOutcome, kind).lower()}"
                     for kind, count in sorted(numbers.items()) if count)


def _ledger(session: Session, limit: int = 200) -> list[LedgerRow]:
    rows = []
    for entry, code in session.execute(select(ExchangeLedger, Institution.code).outerjoin(
            Institution, Institution.id == ExchangeLedger.institution_id)
            .order_by(ExchangeLedger.recorded_at.desc()).limit(limit)):
        summary = json.loads(entry.summary) if entry.summary else {}
        rows.append(LedgerRow(entry.recorded_at, entry.direction, code or "",
                              entry.file_name, entry.status, _counts(summary)))
    return rows


def exchange_overview(session: Session) -> ExchangeOverview:
    info = DatabaseInfo.of(session)
    overview = ExchangeOverview(info.role, files=_ledger(session))
    if info.role == DatabaseRole.SECRETARIAT:
        conflicts = dict(session.execute(
            select(Device.institution_id, func.count(Conflict.id)).join(
                Device, Device.id == Conflict.incoming_device_id)
            .where(Conflict.status == ConflictStatus.OPEN).group_by(Device.institution_id))
            .tuples().all())
        devices = dict(session.execute(select(Device.institution_id, func.count(Device.id))
                                       .where(Device.kind == DeviceKind.MINISTRY,
                                              Device.status == DeviceStatus.ACTIVE)
                                       .group_by(Device.institution_id)).tuples().all())
        last: dict[tuple[str | None, str], ExchangeLedger] = {}
        for entry in session.scalars(select(ExchangeLedger).order_by(
                ExchangeLedger.recorded_at)):
            last[(entry.institution_id, entry.direction)] = entry
        for institution in session.scalars(select(Institution).where(
                Institution.deleted.is_(False), Institution.kind != InstitutionKind.SECRETARIAT)
                .order_by(Institution.code)):
            issued = last.get((institution.id, LedgerDirection.ISSUED))
            received = last.get((institution.id, LedgerDirection.RECEIVED))
            overview.institutions.append(InstitutionExchange(
                institution.code, institution.name, devices.get(institution.id, 0),
                issued.recorded_at if issued else None,
                received.recorded_at if received else None,
                received.status if received else "", conflicts.get(institution.id, 0)))
        overview.open_conflicts = sum(conflicts.values())
        return overview
    own_institution = session.get(Institution, info.institution_id)
    overview.institution = own_institution.code if own_institution else ""
    pinned = pinned_secretariat(session)
    if pinned is not None:
        overview.secretariat_fingerprint = fingerprint(pinned.public_key or b"")
        overview.pending, overview.acknowledged = pending_changes(session)
        own = session.get(Device, info.local_device_id)
        overview.own_fingerprint = fingerprint(own.public_key or b"") if own else ""
    received = session.scalar(select(ExchangeLedger).where(
        ExchangeLedger.direction == LedgerDirection.RECEIVED)
        .order_by(ExchangeLedger.recorded_at.desc())
        .limit(1))
    if received is not None and received.summary:
        summary = json.loads(received.summary)
        overview.last_outcomes = [
            OutcomeRow(o.get("table", ""), o.get("outcome", ""), o.get("reason", ""),
                       tuple(o.get("conflict_fields", ())))
            for o in summary.get("outcomes", []) if o.get("outcome") != ChangeOutcome.APPLIED]
        overview.open_conflicts = sum(1 for c in summary.get("conflicts", [])
                                      if c.get("status") == ConflictStatus.OPEN)
    return overview
