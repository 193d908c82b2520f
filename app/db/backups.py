"""The backups folder: automatic backups named after their database, kept by a retention
policy so that the folder does not grow without end, listed for the window to restore one."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.paths import app_paths
from app.settings import Settings

log = logging.getLogger(__name__)

STAMP = "%Y%m%d-%H%M%S"
REASONS = ("before-upgrade", "before-consolidation", "before-restore", "before-protecting",
           "before-removing-password", "backup")
_NAME = re.compile(rf"^(?P<stem>.+)-(?P<reason>{'|'.join(REASONS)})-"
                   r"(?P<stamp>\d{8}-\d{6})(?:-(?P<extra>\d+))?\.db$")


@dataclass(frozen=True)
class Backup:
    path: Path
    database: str  # the stem of the database file it was taken of
    reason: str
    taken: datetime
    size: int


def backup_path_for(path: Path, reason: str) -> Path:
    """A new name in the backups folder; never one already taken (two in one second)."""
    folder = app_paths().backups
    stem = f"{Path(path).stem}-{reason}-{datetime.now().strftime(STAMP)}"
    candidate, number = folder / f"{stem}.db", 1
    while candidate.exists():
        candidate, number = folder / f"{stem}-{number}.db", number + 1
    return candidate


def list_backups(folder: Path | None = None, database: Path | None = None) -> list[Backup]:
    """Newest first; only those of `database` (by its file's stem) when given."""
    folder = folder or app_paths().backups
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or (database is not None and match["stem"] != Path(database).stem):
            continue
        try:
            size = entry.stat().st_size
        except OSError:
            continue
        found.append(Backup(entry, match["stem"], match["reason"],
                            datetime.strptime(match["stamp"], STAMP), size))
    return sorted(found, key=lambda backup: (backup.taken, backup.path.name), reverse=True)


def folder_size(folder: Path | None = None) -> int:
    folder = folder or app_paths().backups
    try:
        return sum(entry.stat().st_size for entry in folder.iterdir() if entry.is_file())
    except OSError:
        return 0


def to_keep(backups: list[Backup], keep_last: int, keep_months: int) -> set[Path]:
    """Of one database's backups (newest first): the newest `keep_last`, then the newest of
    each earlier month, for `keep_months` months."""
    kept = {backup.path for backup in backups[:keep_last]}
    covered = {(backup.taken.year, backup.taken.month) for backup in backups[:keep_last]}
    monthly = 0
    for backup in backups[keep_last:]:
        month = (backup.taken.year, backup.taken.month)
        if month in covered or monthly >= keep_months:
            continue
        covered.add(month)
        kept.add(backup.path)
        monthly += 1
    return kept


def prune_backups(database: Path, folder: Path | None = None) -> list[Path]:
    """Apply the retention policy (settings: backups_keep_last, backups_keep_months) to the
    backups of one database; returns what was removed."""
    settings = Settings.load(app_paths().settings_file)
    backups = list_backups(folder, database)
    kept = to_keep(backups, settings.backups_keep_last, settings.backups_keep_months)
    removed = []
    for backup in backups:
        if backup.path not in kept:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError as error:
                log.warning("could not remove the old backup %s: %s", backup.path, error)
    return removed
