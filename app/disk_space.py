"""Free space: checked before work whose size can be estimated, and a full disk met during
work said in one sentence ("not enough space on …: about N MB needed, M MB free") instead of
a raw SQL or system error."""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from pathlib import Path

from app.errors import DiskFullError

# Room kept free beyond the estimate: SQLite's journal, the file system's own bookkeeping.
MARGIN = 2 * 1_048_576
_SQLITE_FULL = "database or disk is full"


def _megabytes(size: int) -> str:
    return f"{max(size, 0) / 1_048_576:.0f} MB" if size >= 1_048_576 else \
        f"{max(size, 0) / 1_048_576:.1f} MB"


def _existing_folder(path: Path) -> Path:
    folder = Path(path).absolute()
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder if folder.is_dir() else folder.parent


def free_bytes(path: Path) -> int:
    return shutil.disk_usage(_existing_folder(path)).free


def not_enough_space(path: Path, needed: int | None, what: str) -> DiskFullError:
    folder = _existing_folder(path)
    try:
        free = free_bytes(folder)
    except OSError:
        free = 0
    about = f"about {_megabytes(needed)} needed, " if needed else ""
    return DiskFullError(f"not enough space on {folder} for {what}: {about}"
                         f"{_megabytes(free)} free; nothing was left half-written — free some "
                         "space or choose another disk")


def require_space(path: Path, needed: int, what: str) -> None:
    """Refuse up front when the disk holding `path` (a file to write, or its folder) has less
    than `needed` bytes free, plus a margin."""
    try:
        free = free_bytes(path)
    except OSError:
        return  # cannot tell (a vanished folder): the work itself will say what is wrong
    if free < needed + MARGIN:
        raise not_enough_space(path, needed + MARGIN, what)


def is_disk_full(error: BaseException) -> bool:
    """An error that means the disk filled up, raised by the system or by SQLite (directly,
    or wrapped by SQLAlchemy)."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, OSError) and cause.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(cause, sqlite3.Error) and _SQLITE_FULL in str(cause):
            return True
        cause = getattr(cause, "orig", None) or cause.__cause__ or cause.__context__
    return False


def database_size(path: Path) -> int:
    """What a copy of the database takes: the file and its write-ahead log."""
    total = 0
    for part in (Path(path), Path(f"{path}-wal")):
        with contextlib.suppress(OSError):
            total += part.stat().st_size
    return total
