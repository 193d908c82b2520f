"""The exchange ledger: every file issued or received, with what came of it.

A received file's summary keeps the outcome of each of its changes (sent back to the
institution in the next file issued to it) and what the file acknowledged: how far the
ministry had got in the secretariat's changes, and in the outcomes of its own.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.changelog import CONTEXT_KEY
from app.models import Device, ExchangeLedger, Institution
from app.models.codes import DeviceKind, DeviceStatus, ExchangeFileStatus, LedgerDirection

if TYPE_CHECKING:
    from app.exchange.change_records import ExchangedChange
    from app.exchange.consolidate import FileResult, Incoming
    from app.exchange.container import ExchangeFile


def ledger_entry(direction: str, exchange: ExchangeFile, manifest: dict[str, Any],
                 status: str, summary: dict[str, Any], author: str) -> ExchangeLedger:
    """A file this ministry copy opened or prepared."""
    own = manifest.get("kind") == "submission"
    return ExchangeLedger(
        direction=direction, institution_id=manifest.get("institution_id"),
        file_name=exchange.path.name[:300], file_sha256=exchange.sha256,
        first_seq=manifest.get("first_seq") if own else manifest.get("since"),
        last_seq=manifest.get("last_seq") if own else manifest.get("master_seq"),
        status=status, summary=json.dumps(summary, ensure_ascii=False), recorded_by=author)


def record_received(session: Session, result: FileResult, incoming: Incoming | None,
                    new_records: list[ExchangedChange], *, device_known: bool = True) -> None:
    summary = result.as_json() | {"outcomes": [o.as_json() for o in result.outcomes]}
    if incoming is not None:
        summary["acknowledged_master_seq"] = incoming.acknowledged_master_seq
        summary["acknowledged_own_seq"] = incoming.acknowledged_own_seq
    institution = session.get(Institution, incoming.institution_id) if incoming else None
    context = session.info.get(CONTEXT_KEY)
    session.add(ExchangeLedger(
        direction=LedgerDirection.RECEIVED, institution_id=institution.id if institution else None,
        device_id=incoming.device_id if incoming is not None and device_known else None,
        file_name=result.file[:300],
        file_sha256=incoming.sha256 if incoming is not None else "",
        first_seq=new_records[0].seq if new_records else None,
        last_seq=new_records[-1].seq if new_records else None,
        status=result.status, summary=json.dumps(summary, ensure_ascii=False),
        recorded_by=context.author if context else None))


def summaries(session: Session, device_id: str) -> list[dict[str, Any]]:
    return [json.loads(text) for text in session.scalars(select(ExchangeLedger.summary).where(
        ExchangeLedger.device_id == device_id, ExchangeLedger.direction == LedgerDirection.RECEIVED,
        ExchangeLedger.status.in_(
            (ExchangeFileStatus.APPLIED, ExchangeFileStatus.ALREADY_IMPORTED))))
        if text]


def acknowledged_master_seq(session: Session, institution_id: str) -> int | None:
    """How far every active device of the institution has got in the secretariat's changes:
    the smallest, so that the next file carries what the furthest-behind one lacks. None when
    one of them never said (it gets a whole copy)."""
    devices = session.scalars(select(Device.id).where(
        Device.institution_id == institution_id, Device.kind == DeviceKind.MINISTRY,
        Device.status == DeviceStatus.ACTIVE)).all()
    if not devices:
        return None
    marks = []
    for device_id in devices:
        known = [s["acknowledged_master_seq"] for s in summaries(session, device_id)
                 if isinstance(s.get("acknowledged_master_seq"), int)]
        if not known:
            return None
        marks.append(max(known))
    return min(marks)


def outcomes_to_report(session: Session, institution_id: str) -> dict[str, Any]:
    """Per device of the institution: the last change applied, and the outcome of every
    change whose outcome the device has not heard yet."""
    report: dict[str, Any] = {}
    for device in session.scalars(select(Device).where(
            Device.institution_id == institution_id)):
        found = summaries(session, device.id)
        heard = max((s["acknowledged_own_seq"] for s in found
                     if isinstance(s.get("acknowledged_own_seq"), int)), default=0)
        outcomes = sorted((o for s in found for o in s.get("outcomes", [])
                           if o.get("seq", 0) > heard), key=lambda o: o["seq"])
        report[device.id] = {"applied_through": device.last_seq_applied,
                             "status": device.status, "outcomes": outcomes}
    return report
