"""The ministry's side: open the secretariat's files, prepare files for the secretariat.

The first file opened becomes the working database and pins the secretariat's key. Later
files are applied in one transaction: the secretariat's values win, except on fields this
device changed and the secretariat has not acknowledged yet — those stay as they are here,
travel in the next file and are decided at the secretariat, whose answer comes back. Files
prepared for the secretariat are cumulative: every change not yet acknowledged, with the
evidence files its new evidence rows refer to, signed by this device and encrypted to the
secretariat's key (and this device's own). The secretariat's encryption key comes in its
signed files; the first file opens with the passphrase the secretariat gave by phone.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__
from app.db.change_codec import model_of, table_of
from app.db.changelog import CONTEXT_KEY, ChangeContext
from app.db.database import Database, read_only_message
from app.db.lifecycle import create_database, schema_generation
from app.errors import ReadOnlyDatabaseError, UserError
from app.exchange.change_records import ExchangedChange
from app.exchange.container import (
    ExchangeFile,
    ExchangeRejected,
    read_exchange_file,
    rejecting,
    write_exchange_file,
)
from app.exchange.identity import device_key, local_identities
from app.exchange.issue import DELTA, SNAPSHOT
from app.exchange.keys import device_token, fingerprint
from app.exchange.ledger import ledger_entry
from app.exchange.rows import canonical, is_tracked, to_python
from app.exchange.sealing import valid_recipient
from app.i18n import _
from app.models import AUDIT_COLUMNS, ChangeRecord, DatabaseInfo, Device, EvidenceBlob, utcnow
from app.models.codes import (
    ChangeOperation,
    ConflictStatus,
    DeviceKind,
    ExchangeFileStatus,
    LedgerDirection,
)
from app.services.drift import outside_changes

# What a copy receives from the secretariat is logged too, under a device id of its own
# (never sent back, never this device's): every tracked row then agrees with its change log,
# so a row changed outside the application shows (services.drift).
_RECEIPTS = uuid.UUID("6f1c2a4e-9b7d-4e52-8a31-0d5e7c9b2f10")
RECEIVED_FROM = "Secretariat"


def receipt_device_id(secretariat_device_id: str) -> str:
    return str(uuid.uuid5(_RECEIPTS, secretariat_device_id))


@dataclass(frozen=True)
class OpenSummary:
    path: Path
    kind: str
    status: str  # opened, already-opened
    institution: str
    added: int
    updated: int
    kept_local: int
    fingerprint: str
    outcomes: dict[str, int]
    open_conflicts: int


@dataclass(frozen=True)
class SubmitSummary:
    path: Path
    changes: int
    evidence: int
    first_seq: int
    last_seq: int
    # Rows changed outside the application: not in the file (there is no change to send).
    changed_outside: tuple[str, ...] = ()
    fingerprint: str = ""  # of this computer's key, which signed the file


def _check_issued(exchange: ExchangeFile) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    reject = rejecting(exchange.path)
    manifest = exchange.manifest
    if manifest.get("kind") not in (SNAPSHOT, DELTA):
        raise reject(_("not a file issued by the secretariat (a ministry's file goes to the "
                       "secretariat, which consolidates it)"))
    generation = manifest.get("schema_generation")
    if not isinstance(generation, int) or generation > schema_generation():
        raise reject(_("made by a newer version of NMRF Tracker; update the application"))
    rows = []
    for position, item in enumerate(exchange.changes, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("row"), dict) \
                or not is_tracked(str(item.get("table"))):
            raise reject(_("row {0} is not a row of a known table").format(position))
        unknown = set(item["row"]) - {column.name for column in table_of(item["table"]).columns}
        if unknown or not isinstance(item["row"].get("id"), str):
            raise reject(_("row {0} of {1} has unknown columns").format(position, item['table']))
        rows.append(item)
    for key in ("secretariat_device_id", "institution_id", "master_seq", "since"):
        if key not in manifest:
            raise reject(_("its manifest has no {0}").format(key))
    if valid_recipient(manifest.get("secretariat_recipient")) is None:
        raise reject(_("its manifest has no valid {0}").format("secretariat_recipient"))
    return manifest, rows


def _pending(session: Session, device_id: str, acknowledged: int) -> tuple[set, set]:
    """Fields and new rows of this device the secretariat has not acknowledged yet."""
    fields: set[tuple[str, str, str]] = set()
    inserted: set[tuple[str, str]] = set()
    for name, row_id, operation, changes in session.execute(select(
            ChangeRecord.table_name, ChangeRecord.row_id, ChangeRecord.operation,
            ChangeRecord.changes).where(ChangeRecord.device_id == device_id,
                                        ChangeRecord.seq > acknowledged)):
        if operation == ChangeOperation.INSERT:
            inserted.add((name, row_id))
        fields.update((name, row_id, field) for field in json.loads(changes))
    return fields, inserted


def _apply_rows(session: Session, rows: list[dict[str, Any]], evidence: dict[str, bytes],
                pending_fields: set, pending_rows: set,
                progress: Callable[[int, int], None] | None = None) -> tuple[int, int, int]:
    added = updated = kept = 0
    for done, item in enumerate(rows, start=1):
        name, row = item["table"], item["row"]
        table, model = table_of(name), model_of(name)
        try:
            values = {key: to_python(table, key, value) for key, value in row.items()}
        except ValueError as error:
            raise UserError(_("a row of the secretariat's file cannot be read ({0}); nothing "
                              "changed").format(error)) from error
        obj = session.get(model, row["id"])
        if obj is None:
            if name == "evidence" and session.get(EvidenceBlob, row["sha256"]) is None:
                content = evidence.get(row["sha256"], b"")
                session.add(EvidenceBlob(sha256=row["sha256"], size=len(content),
                                         content=content))
            session.add(model(**values))
            added += 1
        elif (name, row["id"]) not in pending_rows:
            changed = False
            for key, value in values.items():
                if key in AUDIT_COLUMNS:
                    continue
                if canonical(table, key, getattr(obj, key)) == canonical(table, key, row[key]):
                    continue
                if (name, row["id"], key) in pending_fields:
                    kept += 1
                    continue
                setattr(obj, key, value)
                changed = True
            if changed:
                obj.updated_by = values.get("updated_by")
                updated += 1
        else:
            kept += 1
        if done % 200 == 0:
            session.flush()
            if progress is not None:
                progress(done, len(rows))
    session.flush()
    return added, updated, kept


def open_first_file(db_path: Path, file_path: Path, *, author: str,
                    passphrase: str | None = None) -> tuple[Database, OpenSummary]:
    """A new working database from the secretariat's first file; its key is pinned."""
    exchange = read_exchange_file(Path(file_path), local_identities(), passphrase=passphrase,
                                  asks_passphrase=True)
    manifest, rows = _check_issued(exchange)
    if manifest["kind"] != SNAPSHOT:
        raise ExchangeRejected(
            f"{exchange.path.name}: an update for a copy that already exists; open it in that "
            "copy, or ask the secretariat for a whole copy to start from")
    counts: dict[str, int] = {}

    def populate(session: Session, info: DatabaseInfo) -> None:
        own_context = session.info[CONTEXT_KEY]
        session.info[CONTEXT_KEY] = ChangeContext(
            device_id=receipt_device_id(manifest["secretariat_device_id"]),
            author=RECEIVED_FROM)
        counts["added"], _, _ = _apply_rows(session, rows, exchange.evidence, set(), set())
        session.flush()
        session.info[CONTEXT_KEY] = own_context
        info.role = "institution"
        info.institution_id = manifest["institution_id"]
        info.state_id = manifest.get("state_id")
        info.title = f"{manifest.get('title') or 'NMRF Tracker'} — " \
                     f"{manifest.get('institution_code', '')}"
        session.add(Device(id=info.local_device_id, institution_id=manifest["institution_id"],
                           name="This device", kind=DeviceKind.OWN, last_seq_applied=0,
                           public_key=device_key(info.local_device_id).public_bytes))
        session.add(Device(id=manifest["secretariat_device_id"], institution_id=None,
                           name="Secretariat", kind=DeviceKind.PINNED_SECRETARIAT,
                           public_key=exchange.signer,
                           age_recipient=valid_recipient(manifest["secretariat_recipient"]),
                           last_seq_applied=manifest["master_seq"]))
        session.flush()
        session.add(ledger_entry(LedgerDirection.RECEIVED, exchange, manifest,
                                 ExchangeFileStatus.OPENED, {}, author))

    db = create_database(Path(db_path), author=author, populate=populate)
    return db, OpenSummary(Path(db_path), SNAPSHOT, ExchangeFileStatus.OPENED,
                           manifest.get("institution_code", ""), counts["added"], 0, 0,
                           exchange.signer_fingerprint, {}, 0)


def pinned_secretariat(session: Session) -> Device | None:
    """The secretariat's key as this copy pinned it when it opened its first file."""
    return session.scalar(select(Device).where(Device.kind == DeviceKind.PINNED_SECRETARIAT))


def _devices(session: Session) -> tuple[DatabaseInfo, Device, Device]:
    info = DatabaseInfo.of(session)
    if info.role != "institution":
        raise UserError(_("This is the secretariat's database: files from ministries are "
                          "consolidated, not opened (Exchange > Consolidate)."))
    own = session.get(Device, info.local_device_id)
    pinned = pinned_secretariat(session)
    if own is None or pinned is None:
        raise UserError(_("This copy was not made from a secretariat's file; it cannot "
                          "exchange files."))
    return info, own, pinned


class SecretariatKeyChanged(ExchangeRejected):
    """Signed by another key than the one pinned: the secretariat may have replaced a lost
    key, which the focal point accepts by its fingerprint once compared by phone."""

    def __init__(self, message: str, fingerprint: str):
        super().__init__(message)
        self.fingerprint = fingerprint


def apply_secretariat_file(db: Database, file_path: Path,
                           progress: Callable[[int, int], None] | None = None, *,
                           passphrase: str | None = None,
                           accept_key: str = "") -> OpenSummary:
    """`accept_key`: the fingerprint of a new secretariat key, compared by phone."""
    exchange = read_exchange_file(Path(file_path), [device_key(db.identity.device_id).age],
                                  passphrase=passphrase, asks_passphrase=True)
    reject = rejecting(exchange.path)
    with db.read() as session:
        info, own, pinned = _devices(session)
        new_key = exchange.signer != pinned.public_key
        if new_key and not (accept_key and device_token(accept_key)
                            == device_token(exchange.signer_fingerprint)):
            raise SecretariatKeyChanged(_(
                "{0}: signed by another key (fingerprint {1}) than the secretariat's pinned "
                "one ({2}). If the secretariat replaced its key, compare {1} with them by "
                "phone, then accept it; otherwise do not open this file").format(
                    exchange.path.name, exchange.signer_fingerprint,
                    fingerprint(pinned.public_key or b"")), exchange.signer_fingerprint)
        manifest, rows = _check_issued(exchange)
        if manifest["secretariat_device_id"] != pinned.id:
            raise reject(_("issued by another secretariat's database"))
        if manifest["institution_id"] != info.institution_id:
            raise reject(_("issued for {0}, not this institution").format(
                             manifest.get('institution_code')))
        applied = pinned.last_seq_applied
        code = manifest.get("institution_code", "")
        own_id, pinned_id = own.id, pinned.id
    mine = manifest.get("devices", {}).get(own_id, {})
    outcomes = [o.get("outcome") for o in mine.get("outcomes", [])]
    counts = {kind: outcomes.count(kind) for kind in set(outcomes)}
    open_conflicts = sum(1 for c in manifest.get("conflicts", [])
                         if c.get("status") == ConflictStatus.OPEN)
    if manifest["master_seq"] < applied:
        raise reject(_("older than a file already opened here (it holds the secretariat's "
                       "changes up to {0}, this copy has up to {1})").format(
                         manifest['master_seq'], applied))
    if manifest["master_seq"] == applied and manifest["kind"] == DELTA \
            and not mine.get("outcomes"):
        return OpenSummary(exchange.path, manifest["kind"], "already-opened", code, 0, 0, 0,
                           exchange.signer_fingerprint, counts, open_conflicts)
    if manifest["kind"] == DELTA and manifest["since"] > applied:
        raise reject(_("it carries the secretariat's changes from {0} on, but this copy has "
                       "them only up to {1}: a file in between was never opened; ask the "
                       "secretariat for a new file").format(manifest['since'], applied))
    with db.write(device_id=receipt_device_id(pinned_id), author=RECEIVED_FROM) as session:
        own, pinned = session.get_one(Device, own_id), session.get_one(Device, pinned_id)
        if "applied_through" in mine:
            own.last_seq_applied = int(mine["applied_through"])
        fields, inserted = _pending(session, own.id, own.last_seq_applied)
        added, updated, kept = _apply_rows(session, rows, exchange.evidence, fields, inserted,
                                           progress)
        pinned.last_seq_applied = max(pinned.last_seq_applied, manifest["master_seq"])
        pinned.age_recipient = valid_recipient(manifest["secretariat_recipient"])
        if new_key:
            pinned.public_key = exchange.signer
        session.add(ledger_entry(LedgerDirection.RECEIVED, exchange, manifest,
                                 ExchangeFileStatus.OPENED,
                                 {"outcomes": mine.get("outcomes", []),
                                  "conflicts": manifest.get("conflicts", []),
                                  "added": added, "updated": updated, "kept_local": kept},
                                 db.author))
    return OpenSummary(exchange.path, manifest["kind"], ExchangeFileStatus.OPENED, code, added,
                       updated, kept,
                       exchange.signer_fingerprint, counts, open_conflicts)


def pending_changes(session: Session) -> tuple[int, int]:
    """How many changes of this device wait to be sent, and the last one acknowledged."""
    _, own, _ = _devices(session)
    count = session.scalar(select(ChangeRecord.seq).where(
        ChangeRecord.device_id == own.id).order_by(ChangeRecord.seq.desc()).limit(1)) or 0
    return max(0, count - own.last_seq_applied), own.last_seq_applied


def submit_file(db: Database, out: Path) -> SubmitSummary:
    """Every change not yet acknowledged, signed with this device's key."""
    out = Path(out)
    with db.read() as session:
        info, own, pinned = _devices(session)
        records = []
        hashes = set()
        for record in session.scalars(select(ChangeRecord).where(
                ChangeRecord.device_id == own.id, ChangeRecord.seq > own.last_seq_applied)
                .order_by(ChangeRecord.seq)):
            change = ExchangedChange.of(record, json.loads(record.changes))
            records.append(change.as_json())
            if (sha256 := change.evidence_sha256()) is not None:
                hashes.add(sha256)
        evidence = {blob.sha256: blob.content for blob in session.scalars(
            select(EvidenceBlob).where(EvidenceBlob.sha256.in_(sorted(hashes))))}
        code = session.scalar(select(table_of("institution").c.code).where(
            table_of("institution").c.id == info.institution_id)) or ""
        manifest: dict[str, Any] = {
            "kind": "submission", "device_id": own.id, "institution_id": info.institution_id,
            "institution_code": code, "secretariat_device_id": pinned.id,
            "acknowledged_master_seq": pinned.last_seq_applied,
            "acknowledged_own_seq": own.last_seq_applied,
            "device_recipient": device_key(own.id).recipient,
            "first_seq": records[0]["seq"] if records else None,
            "last_seq": records[-1]["seq"] if records else None,
            "schema_generation": schema_generation(), "application_version": __version__,
            "prepared_at": utcnow().isoformat(),
        }
        own_id, secretariat_recipient = own.id, pinned.age_recipient
        outside = tuple(change.describe() for change in outside_changes(session))
    if db.read_only:
        raise ReadOnlyDatabaseError(read_only_message(db.path))
    if not secretariat_recipient:
        raise UserError(_("This copy does not know the secretariat's encryption key yet (it "
                          "was made by an earlier version of NMRF Tracker). Open the "
                          "secretariat's next file first, then prepare this file again."))
    key = device_key(own_id)
    written = write_exchange_file(out, manifest, records, evidence, key,
                                  recipients=[secretariat_recipient, key.recipient])
    try:
        with db.write(record_changes=False) as session:
            session.add(ledger_entry(LedgerDirection.ISSUED, written, manifest,
                                     ExchangeFileStatus.PREPARED,
                                     {"changes": len(records)}, db.author))
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return SubmitSummary(out, len(records), len(evidence),
                         manifest["first_seq"] or 0, manifest["last_seq"] or 0, outside,
                         key.fingerprint)
