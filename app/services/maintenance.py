"""Checking a database file thoroughly, and backing it up."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from app.db.address import is_server_address
from app.db.database import Database
from app.db.lifecycle import (
    copy_database,
    integrity_problems,
    open_database,
    read_header,
    take_backup,
)
from app.db.protection import looks_protected, password_for, remember_password
from app.db.transfer import back_up, copy_of
from app.errors import DatabaseFileError
from app.i18n import _
from app.models import ChangeRecord
from app.services.drift import outside_changes
from app.services.evidence import evidence_hash_problems

MAX_LISTED = 50  # rows changed outside the application listed one by one


@dataclass
class CheckReport:
    path: Path | str  # a file, or a server's address
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(path: Path | str, *, author: str) -> CheckReport:
    """Integrity, foreign keys, evidence hashes and change-log continuity: of a file, or of
    a database on a server (whose integrity and foreign keys the server itself keeps, every
    key being checked at each commit).

    Raises DatabaseFileError for a file that is not ours or is newer than this version.
    """
    report = CheckReport(path)
    if not is_server_address(path):
        path = Path(path)
        read_header(path)
        report.checks.append(_("SQLite integrity and foreign keys"))
        report.problems += integrity_problems(path, full=True)
        if report.problems:
            return report
    with open_database(path, author=author, read_only=True) as db, db.read() as session:
        report.checks.append(_("evidence files against their SHA-256"))
        report.problems += evidence_hash_problems(session)
        report.checks.append(_("change log sequence numbers"))
        for device_id, count, highest in session.execute(
            select(ChangeRecord.device_id, func.count(), func.max(ChangeRecord.seq)).group_by(
                ChangeRecord.device_id
            )
        ):
            if count != highest:
                report.problems.append(
                    f"change log of device {device_id[:8]}: {highest - count} change records "
                    f"missing (sequence numbers 1..{highest}, {count} present)"
                )
        report.checks.append(_("rows against their change log"))
        outside = [change.describe() for change in outside_changes(session)]
        report.problems += outside[:MAX_LISTED]
        if len(outside) > MAX_LISTED:
            report.problems.append(f"… and {len(outside) - MAX_LISTED} more rows changed "
                                   "outside NMRF Tracker")
    return report


def backup_database(db: Database, target: Path | None = None) -> Path:
    """A consistent copy at `target`, or in the backups folder (kept by its policy)."""
    if target is None:
        return back_up(db, "backup")
    if db.path.exists():
        copy_database(db.path, Path(target))
    else:  # a database on a server
        copy_of(db, Path(target))
    return Path(target)


def restore_backup(database: Path, backup: Path, *, author: str) -> Path:
    """Put a backup back in place of `database` (closed by the caller). The backup must be a
    sound copy of this same database; the current state is backed up first ("before-restore")
    so that a restore can itself be undone. Returns that safety backup."""
    database, backup = Path(database), Path(backup)
    if password_for(backup) is None and looks_protected(backup):
        # Backups of a protected database are protected with its password.
        remember_password(backup, password_for(database))
    read_header(backup)
    problems = integrity_problems(backup, full=True)
    if problems:
        raise DatabaseFileError(_("{0} is damaged ({1}); choose another backup").format(
                                    backup.name, problems[0]))
    if _database_id(backup) != _database_id(database):
        raise DatabaseFileError(_("{0} is a backup of another database, not of {1}").format(
                                    backup.name, database.name))
    safety = take_backup(database, "before-restore")
    copy_database(backup, database)
    with open_database(database, author=author):  # upgrades an older backup, checks it
        pass
    return safety


def _database_id(path: Path) -> str | None:
    with open_database(path, author="", read_only=True) as db:
        return db.identity.database_id
