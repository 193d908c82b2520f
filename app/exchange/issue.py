"""Files the secretariat issues to an institution (ARCHITECTURE §5.3, §5.7).

The first file is a whole copy built fresh for the institution from its scope — never the
master with rows deleted. Once a device of the institution has said how far it got, later
files carry only what changed since (rows touched by the secretariat's changes, and the whole
of any recommendation newly assigned), the outcome of each change the institution sent, and
its conflicts with how they were resolved. Every file is signed with the secretariat's key,
then encrypted to the institution's active devices and to the secretariat itself; while none
of them is known — the first file, or one for a new computer — to a one-time passphrase of
twelve words instead (sealing.py), which the secretariat gives the focal point by phone.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import __version__
from app.db.change_codec import table_of
from app.db.database import Database, read_only_message
from app.db.lifecycle import schema_generation
from app.errors import ReadOnlyDatabaseError, UserError, ValidationError
from app.exchange.container import write_exchange_file
from app.exchange.identity import device_key
from app.exchange.ledger import acknowledged_master_seq, outcomes_to_report
from app.exchange.rows import read_rows
from app.exchange.scope import institution_scope
from app.exchange.sealing import one_time_identity, one_time_passphrase
from app.i18n import _
from app.models import (
    Base,
    ChangeRecord,
    Conflict,
    DatabaseInfo,
    Device,
    EvidenceBlob,
    ExchangeLedger,
    Institution,
    utcnow,
)
from app.models.codes import (
    ChangeOutcome,
    DatabaseRole,
    DeviceKind,
    DeviceStatus,
    LedgerDirection,
)

SNAPSHOT, DELTA = "snapshot", "delta"


@dataclass(frozen=True)
class IssueSummary:
    path: Path
    kind: str
    institution: str
    rows: int
    evidence: int
    master_seq: int
    since: int
    fingerprint: str
    # Shown once: the file opens with it alone (None: encrypted to the institution's devices)
    passphrase: str | None = None


def institution_by_code(session: Session, code: str) -> Institution:
    institution = session.scalar(select(Institution).where(
        func.upper(Institution.code) == code.strip().upper(), Institution.deleted.is_(False)))
    if institution is None:
        known = ", ".join(session.scalars(select(Institution.code).where(
            Institution.deleted.is_(False)).order_by(Institution.code)))
        raise ValidationError(_("institution '{0}': not in this database (known: {1})").format(
                                  code, known))
    return institution


def master_seq(session: Session, device_id: str) -> int:
    return session.scalar(select(func.coalesce(func.max(ChangeRecord.seq), 0)).where(
        ChangeRecord.device_id == device_id)) or 0


def _touched_since(session: Session, device_id: str, since: int) -> dict[str, set[str]]:
    touched: dict[str, set[str]] = defaultdict(set)
    for name, row_id in session.execute(select(ChangeRecord.table_name, ChangeRecord.row_id)
                                        .where(ChangeRecord.device_id == device_id,
                                               ChangeRecord.seq > since)):
        touched[name].add(row_id)
    return touched


def _refused_rows(report: dict[str, Any]) -> dict[str, set[str]]:
    """Rows where the institution's change did not land (rejected, or waiting in conflict):
    they travel back as the master has them, so the copy shows what counts."""
    rows: dict[str, set[str]] = defaultdict(set)
    for device in report.values():
        for outcome in device["outcomes"]:
            if outcome.get("outcome") in (ChangeOutcome.REJECTED, ChangeOutcome.CONFLICT):
                rows[outcome["table"]].add(outcome["row_id"])
    return rows


def _rows_to_send(session: Session, institution_id: str, device_id: str,
                  since: int | None, refused: dict[str, set[str]]
                  ) -> dict[str, list[dict[str, Any]]]:
    scope = institution_scope(session, institution_id)
    if since is None:
        wanted = {name: set(ids) for name, ids in scope.items()}
    else:
        touched = _touched_since(session, device_id, since)
        for name, ids in refused.items():
            touched[name] |= ids
        wanted = {name: scope[name] & touched.get(name, set()) for name in scope}
        assignment = table_of("assignment")
        newly = {rec for rec, institution in session.execute(select(
            assignment.c.recommendation_id, assignment.c.institution_id).where(
            assignment.c.id.in_(sorted(wanted.get("assignment", set())))))
            if institution == institution_id and rec in scope["recommendation"]}
        if newly:
            for name, ids in institution_scope(session, institution_id, newly).items():
                wanted.setdefault(name, set()).update(ids)
    rows: dict[str, list[dict[str, Any]]] = {}
    pending = wanted
    while pending:
        referenced: dict[str, set[str]] = defaultdict(set)
        for name, ids in pending.items():
            found = list(read_rows(session, name, ids)) if ids else []
            rows.setdefault(name, []).extend(found)
            for foreign_key in table_of(name).foreign_keys:
                target = foreign_key.column.table.name
                column = foreign_key.parent.name
                for row in found:
                    value = row[column]
                    if value in scope.get(target, ()) and value not in wanted.get(target, ()):
                        referenced[target].add(value)
        for name, ids in referenced.items():
            wanted.setdefault(name, set()).update(ids)
        pending = dict(referenced)
    return rows


def device_recipients(session: Session, institution_id: str) -> list[str]:
    """The age recipients of the institution's active devices, as their files gave them."""
    return sorted({recipient for recipient in session.scalars(select(Device.age_recipient).where(
        Device.institution_id == institution_id, Device.kind == DeviceKind.MINISTRY,
        Device.status == DeviceStatus.ACTIVE, Device.age_recipient.is_not(None))) if recipient})


def issue_file(db: Database, institution_code: str, out: Path, *,
               for_new_device: bool = False) -> IssueSummary:
    """`for_new_device`: protected by a one-time passphrase even when devices of the
    institution are known (a computer of its own that they cannot share keys with)."""
    out = Path(out)
    key = device_key(db.identity.device_id)
    master_device = db.identity.device_id
    with db.read() as session:
        info = DatabaseInfo.of(session)
        if info.role != DatabaseRole.SECRETARIAT:
            raise UserError(_("Only the secretariat's database issues files to institutions; "
                              "this is a ministry's copy."))
        institution = institution_by_code(session, institution_code)
        institution_id, code = institution.id, institution.code
        since = acknowledged_master_seq(session, institution.id)
        high_water = master_seq(session, master_device)
        report = outcomes_to_report(session, institution.id)
        rows = _rows_to_send(session, institution.id, master_device, since,
                             _refused_rows(report))
        ordered = [{"table": table.name, "row": row} for table in Base.metadata.sorted_tables
                   for row in rows.get(table.name, [])]
        hashes = {row["sha256"] for row in rows.get("evidence", [])}
        evidence = {blob.sha256: blob.content for blob in session.scalars(
            select(EvidenceBlob).where(EvidenceBlob.sha256.in_(sorted(hashes))))}
        device_ids = set(session.scalars(select(Device.id).where(
            Device.institution_id == institution.id)))
        recipients = [] if for_new_device else device_recipients(session, institution.id)
        conflicts = [{"id": c.id, "change_id": c.change_id, "table": c.table_name,
                      "row_id": c.row_id, "field": c.field, "status": c.status,
                      "justification": c.justification}
                     for c in session.scalars(select(Conflict).where(
                         Conflict.incoming_device_id.in_(sorted(device_ids))))]
        manifest: dict[str, Any] = {
            "kind": SNAPSHOT if since is None else DELTA,
            "secretariat_device_id": master_device,
            "secretariat_database_id": db.identity.database_id,
            "secretariat_recipient": key.recipient,
            "title": info.title, "state_id": info.state_id,
            "institution_id": institution.id, "institution_code": institution.code,
            "since": since or 0, "master_seq": high_water,
            "devices": report,
            "conflicts": conflicts,
            "schema_generation": schema_generation(),
            "application_version": __version__, "issued_at": utcnow().isoformat(),
        }
    if db.read_only:  # the ledger entry could not be written: no file either
        raise ReadOnlyDatabaseError(read_only_message(db.path))
    passphrase = None if recipients else one_time_passphrase()
    if passphrase is not None:
        recipients = [str(one_time_identity(passphrase).to_public())]
    written = write_exchange_file(out, manifest, ordered, evidence, key,
                                  recipients=[*recipients, key.recipient])
    try:
        with db.write() as session:
            session.add(ExchangeLedger(
                direction=LedgerDirection.ISSUED, institution_id=institution_id,
                file_name=out.name[:300],
                file_sha256=written.sha256, first_seq=since or 0, last_seq=high_water,
                status=manifest["kind"], recorded_by=db.author))
    except BaseException:
        # A signed file the master has no record of would never be acknowledged properly.
        out.unlink(missing_ok=True)
        raise
    return IssueSummary(out, manifest["kind"], code, len(ordered), len(evidence),
                        high_water, since or 0, key.fingerprint, passphrase)
