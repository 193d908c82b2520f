"""Consolidation (secretariat): ministry files checked whole, then merged change by change.

Order of work for each file: structure (signature, format, schema, sizes, hashes — any failure
rejects the whole file, the master untouched), the device (registered, active, same key, same
institution; a new one only once the operator confirmed its fingerprint), sequence numbers
(already applied: nothing to do; a gap: refused and said), then one transaction: each change
by the merge rules, the device's progress and the stored summary, all or nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.engine import APPLICATION_ID
from app.db.protection import looks_protected
from app.db.transfer import back_up
from app.errors import Cancelled, UserError, ValidationError
from app.exchange.apply import APPLIED, CONFLICT, REJECTED, UNCHANGED, Outcome, apply_change
from app.exchange.change_records import ExchangedChange, MalformedChange
from app.exchange.container import ExchangeRejected, read_exchange_file, rejecting
from app.exchange.identity import device_key
from app.exchange.keys import device_token, fingerprint
from app.exchange.ledger import record_received
from app.exchange.raw_database import inspect_raw_database, raw_changes
from app.exchange.rules import InstitutionRights, lead_assignments_in
from app.exchange.sealing import is_sealed_file, valid_recipient
from app.i18n import _
from app.models import DatabaseInfo, Device, ExchangeLedger, Institution
from app.models.codes import (
    DatabaseRole,
    DeviceKind,
    DeviceStatus,
    ExchangeFileStatus,
    LedgerDirection,
)
from app.progress import Progress
from app.services.permissions import require_secretariat

SUBMISSION = "submission"


@dataclass
class Incoming:
    """A ministry file once its structure passed: what it says and what it carries."""

    path: Path
    sha256: str
    device_id: str
    institution_id: str
    institution_code: str
    public_key: bytes | None  # None: a raw database, unsigned
    records: list[ExchangedChange]
    evidence: dict[str, bytes]
    acknowledged_master_seq: int | None = None
    acknowledged_own_seq: int | None = None
    recipient: str | None = None  # whom files for this device are encrypted to

    @property
    def unsigned(self) -> bool:
        return self.public_key is None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key) if self.public_key else ""


@dataclass
class FileResult:
    file: str
    status: str  # applied, rejected, already-imported (or would-apply on a dry run)
    reason: str = ""
    institution: str = ""
    device_id: str = ""
    fingerprint: str = ""
    unsigned: bool = False
    new_device: bool = False
    # Refused only because its device is unknown or revoked: the operator may accept it by
    # its fingerprint.
    device_to_accept: bool = False
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for item in self.outcomes if item.outcome == outcome)

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file, "status": self.status, "reason": self.reason,
            "institution": self.institution, "device": self.device_id,
            "fingerprint": self.fingerprint, "unsigned": self.unsigned,
            "new_device": self.new_device,
            "applied": self.count(APPLIED), "unchanged": self.count(UNCHANGED),
            "rejected": [{"change": o.change_id, "seq": o.seq, "table": o.table,
                          "row": o.row_id, "reason": o.reason}
                         for o in self.outcomes if o.outcome == REJECTED],
            "conflicts": self.count(CONFLICT),
        }


def _is_database_file(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            header = handle.read(72)
    except OSError:
        return False
    return len(header) == 72 and int.from_bytes(header[68:72], "big") == APPLICATION_ID


def load_incoming(path: Path, master_device_id: str) -> Incoming:
    """The file read and checked as structure; ExchangeRejected names what is wrong."""
    path = Path(path)
    reject = rejecting(path)
    if looks_protected(path) and not is_sealed_file(path):
        raise reject(_("a database protected by a password, not an exchange file: prepare "
                       "an exchange file in that copy (Exchange > Prepare a file for the "
                       "secretariat)"))
    if _is_database_file(path):
        raw = inspect_raw_database(path)
        if raw.role != "institution" or not raw.institution_id:
            raise reject(_("a secretariat database, not a ministry's"))
        records, evidence = raw_changes(raw)
        incoming = Incoming(path, raw.sha256, raw.device_id, raw.institution_id, "", None,
                            records, evidence)
    else:
        exchange = read_exchange_file(path, [device_key(master_device_id).age])
        manifest = exchange.manifest
        if manifest.get("kind") != SUBMISSION:
            raise reject(_("a file issued by the secretariat, not one a ministry prepared; "
                           "open it in the ministry's copy instead"))
        if manifest.get("secretariat_device_id") != master_device_id:
            raise reject(_("prepared for another secretariat's database"))
        try:
            incoming = Incoming(
                path, exchange.sha256, str(manifest["device_id"]),
                str(manifest["institution_id"]), str(manifest.get("institution_code", "")),
                exchange.signer, _parsed(exchange.changes, reject), exchange.evidence,
                _optional_int(manifest.get("acknowledged_master_seq")),
                _optional_int(manifest.get("acknowledged_own_seq")),
                valid_recipient(manifest.get("device_recipient")))
        except KeyError as missing:
            raise reject(_("its manifest has no {0}").format(missing.args[0])) from None
    _check_records(incoming, reject)
    return incoming


def _optional_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _parsed(records: list[Any], reject) -> list[ExchangedChange]:
    """Fail closed on structure: every record well formed, on a known table and columns."""
    try:
        return [ExchangedChange.parse(record, f"change {position}")
                for position, record in enumerate(records, start=1)]
    except MalformedChange as error:
        raise reject(str(error)) from None


def _check_records(incoming: Incoming, reject) -> None:
    """Every record of this device and in sequence, its evidence matching its hash."""
    previous = None
    for position, record in enumerate(incoming.records, start=1):
        where = f"change {position}"
        if record.device_id != incoming.device_id:
            raise reject(_("{0} was made on another device than the file's").format(where))
        if previous is not None and record.seq != previous + 1:
            raise reject(_("{0}: sequence {1} after {2}").format(where, record.seq, previous))
        previous = record.seq
    for sha, content in incoming.evidence.items():
        if hashlib.sha256(content).hexdigest() != sha:
            raise reject(_("evidence {0}… does not match its hash").format(sha[:12]))


def _device_refusal(session: Session, incoming: Incoming, accepted: bool,
                    accept_unsigned: bool) -> tuple[str, Device | None, Institution | None]:
    """`accepted`: the operator named this file's key fingerprint (or, for an unsigned
    database, its device id) after comparing it with the focal point."""
    institution = session.get(Institution, incoming.institution_id)
    if institution is None or institution.deleted:
        return ("from an institution this database does not know", None, None)
    if incoming.institution_code and incoming.institution_code != institution.code:
        return (f"says it is from {incoming.institution_code}, but that institution is "
                f"{institution.code} here", None, institution)
    if incoming.unsigned and not accept_unsigned:
        return ("a whole database, not a signed exchange file: its changes are unsigned; "
                "consolidate it only after confirming with the focal point who sent it "
                "(accept unsigned changes)", None, institution)
    device = session.get(Device, incoming.device_id)
    shown = (f"key fingerprint {incoming.fingerprint}" if incoming.fingerprint
             else f"device id {incoming.device_id}")
    if device is None:
        if not accepted:
            return (f"from a device of {institution.code} not registered yet ({shown}); "
                    "confirm the fingerprint with the focal point, then accept that device "
                    f"(--accept-device \"{incoming.fingerprint or incoming.device_id}\")",
                    None, institution)
        return ("", None, institution)
    if device.status == DeviceStatus.REVOKED and not (
            accepted and device.institution_id == institution.id):
        return (f"from a device of {institution.code} that was revoked ({shown}); it comes "
                "back only once accepted again by its fingerprint", device, institution)
    if device.institution_id != institution.id:
        return ("from a device registered for another institution", device, institution)
    if incoming.public_key is not None and device.public_key is not None \
            and device.public_key != incoming.public_key and device.status != DeviceStatus.REVOKED:
        return (f"signed with another key (fingerprint {incoming.fingerprint}) than the one "
                f"registered for this device of {institution.code} "
                f"({fingerprint(device.public_key)})", device, institution)
    return ("", device, institution)


def consolidate_file(db: Database, path: Path, *, dry_run: bool = False,
                     accept_devices: Collection[str] = (), accept_unsigned: bool = False,
                     progress: Progress | None = None,
                     cancelled: Callable[[], bool] = lambda: False,
                     before_writing: Callable[[], None] = lambda: None) -> FileResult:
    """One file, whole or not at all. Rejections are returned (and stored), not raised.
    `before_writing` runs once the file passed every check and its changes are about to be
    written (the backup is taken there: a refused file costs no backup)."""
    path = Path(path)
    result = FileResult(path.name, ExchangeFileStatus.REJECTED)
    try:
        incoming = load_incoming(path, db.identity.device_id)
    except ExchangeRejected as error:
        result.reason = str(error)
        return _stored(db, result, None, dry_run)
    result.device_id, result.unsigned = incoming.device_id, incoming.unsigned
    result.fingerprint = incoming.fingerprint
    with db.read() as session:
        if DatabaseInfo.of(session).role != DatabaseRole.SECRETARIAT:
            raise UserError(_("Only the secretariat's database consolidates ministry files; "
                              "this is a ministry's copy."))
        tokens = {device_token(value) for value in accept_devices}
        accepted = bool(tokens & {device_token(incoming.fingerprint or incoming.device_id)})
        refusal, device, institution = _device_refusal(session, incoming, accepted,
                                                       accept_unsigned)
        result.institution = institution.code if institution else ""
        result.new_device = device is None and not refusal
        result.device_to_accept = bool(refusal) and institution is not None and (
            device is None or device.status == DeviceStatus.REVOKED) and not (
            incoming.unsigned and not accept_unsigned)
        revived = device is not None and device.status == DeviceStatus.REVOKED and not refusal
        applied_seq = device.last_seq_applied if device else 0
        seen_before = session.scalar(select(ExchangeLedger.id).where(
            ExchangeLedger.file_sha256 == incoming.sha256,
            ExchangeLedger.direction == LedgerDirection.RECEIVED,
            ExchangeLedger.status == ExchangeFileStatus.APPLIED))
    if refusal:
        result.reason = f"{path.name}: {refusal}; nothing changed"
        return _stored(db, result, incoming, dry_run)
    new_records = [r for r in incoming.records if r.seq > applied_seq]
    if new_records and new_records[0].seq > applied_seq + 1:
        result.reason = (f"{path.name}: changes {applied_seq + 1}–{new_records[0].seq - 1} "
                         f"of this device of {result.institution} never arrived; ask "
                         "for a file with everything not yet acknowledged; nothing changed")
        return _stored(db, result, incoming, dry_run)
    if not new_records and incoming.records:
        result.status = ExchangeFileStatus.ALREADY_IMPORTED
        result.reason = (f"{path.name}: every change in it was applied from "
                         f"{'this file' if seen_before else 'an earlier or later file'} "
                         "already; nothing changed")
        return _stored(db, result, incoming, dry_run)
    if not dry_run:
        before_writing()
    with db.write(rollback=dry_run) as session:
        if device is None:
            session.add(Device(id=incoming.device_id, institution_id=incoming.institution_id,
                               name=f"{result.institution} device", status=DeviceStatus.ACTIVE,
                               public_key=incoming.public_key, last_seq_applied=0))
            session.flush()
        rights = InstitutionRights(session, incoming.institution_id, result.institution)
        rights.actions |= lead_assignments_in(new_records, incoming.institution_id)
        for done, record in enumerate(new_records, start=1):
            if cancelled():
                raise Cancelled(_("consolidation cancelled; nothing was changed"))
            result.outcomes.append(apply_change(session, record, rights, incoming.evidence,
                                                incoming.device_id))
            if progress is not None and (done % 50 == 0 or done == len(new_records)):
                progress(done, len(new_records), path.name)
        stored = session.get(Device, incoming.device_id)
        assert stored is not None, "registered above when it was new"
        if revived:
            stored.status, stored.public_key = DeviceStatus.ACTIVE, incoming.public_key
        if new_records:
            stored.last_seq_applied = new_records[-1].seq
        if stored.public_key is None and incoming.public_key is not None:
            stored.public_key = incoming.public_key
        if incoming.recipient is not None:
            stored.age_recipient = incoming.recipient
        if dry_run:
            result.status = ExchangeFileStatus.WOULD_APPLY
        else:
            result.status = ExchangeFileStatus.APPLIED
            record_received(session, result, incoming, new_records)
    return result


def _stored(db: Database, result: FileResult, incoming: Incoming | None,
            dry_run: bool) -> FileResult:
    """A refused or replayed file is kept in the ledger too: the summary says it came."""
    if not dry_run:
        with db.write() as session:
            known = incoming is not None and session.get(
                Device, incoming.device_id) is not None
            record_received(session, result, incoming, [], device_known=known)
    return result


def summary_json(results: list[FileResult]) -> str:
    return json.dumps([result.as_json() for result in results], ensure_ascii=False, indent=2)


def consolidate_files(db: Database, paths: list[Path], *, dry_run: bool = False,
                      accept_devices: Collection[str] = (),
                      accept_unsigned: bool | Collection[Path] = False,
                      progress: Progress | None = None,
                      cancelled: Callable[[], bool] = lambda: False) -> list[FileResult]:
    """Several files in turn, each whole or not at all, after one backup of the master.
    A device seen for the first time (or revoked) is accepted only when its key fingerprint
    is among `accept_devices` (for an unsigned database: its device id); unsigned changes
    for every file (the command line) or for the files the operator confirmed (the
    window)."""
    def accepted(flag: bool | Collection[Path], path: Path) -> bool:
        return flag if isinstance(flag, bool) else Path(path) in {Path(p) for p in flag}

    backups: list[Path] = []

    def back_up_once() -> None:
        if not backups:
            # The master grows by about what the files carry: room for that and the backup.
            backups.append(back_up(db, "before-consolidation",
                                   growth=sum(_size(path) for path in paths),
                                   what=f"consolidating into {db.path.name}"))

    results = []
    for path in paths:
        if cancelled():
            raise Cancelled(_("consolidation cancelled; nothing was changed"))
        results.append(consolidate_file(
            db, Path(path), dry_run=dry_run,
            accept_devices=accept_devices,
            accept_unsigned=accepted(accept_unsigned, path), cancelled=cancelled,
            before_writing=back_up_once,
            progress=progress))
    return results


def _size(path: Path) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def revoke_device(session: Session, device_id: str) -> None:
    require_secretariat(session, "revoke a device")
    device = session.get(Device, device_id)
    if device is None or device.kind != DeviceKind.MINISTRY:
        raise ValidationError(_("device {0}: not a registered ministry device here").format(
                                  device_id))
    device.status = DeviceStatus.REVOKED
