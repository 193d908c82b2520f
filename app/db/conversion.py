"""Protecting a database with a password, and taking the password away.

Either way: a backup first (of a protected database, protected), then a whole new file
written beside it by SQLCipher's own export, checked (integrity, and every table holding the
same rows as the original), and only then put in the original's place. The database must be
closed (the window closes and reopens it). Backups of a database that becomes protected are
protected with it: a plain copy left in the backups folder would defeat the password.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

import sqlcipher3

from app.db.backups import list_backups
from app.db.engine import connect, sqlite_uri
from app.db.lifecycle import acquire_lock, integrity_problems, read_header, take_backup
from app.db.protection import (
    DATABASE_ERRORS,
    chosen_password_problem,
    cipher_connection,
    looks_protected,
    password_for,
    quoted,
    remember_password,
)
from app.errors import UserError, ValidationError
from app.i18n import _

log = logging.getLogger(__name__)


def protect_database(path: Path, password: str) -> Path:
    """`path` protected by `password`; returns the backup taken first."""
    if (problem := chosen_password_problem(password)) is not None:
        raise ValidationError(problem)
    path = Path(path).absolute()
    read_header(path)
    if password_for(path) is not None:
        raise UserError(_("{0} is protected by a password already").format(path.name))
    backup = _rewritten(path, password, reason="before-protecting")
    for copy in list_backups(database=path):  # plain copies of what is now protected
        if not looks_protected(copy.path):
            _rewrite_in_place(copy.path, None, password)
    return backup


def unprotect_database(path: Path) -> Path:
    """`path` (opened once with its password, which is known) without it; returns the
    protected backup taken first."""
    path = Path(path).absolute()
    read_header(path)
    if password_for(path) is None:
        raise UserError(_("{0} is not protected by a password").format(path.name))
    return _rewritten(path, None, reason="before-removing-password")


def _rewritten(path: Path, password: str | None, *, reason: str) -> Path:
    lock = acquire_lock(path)
    try:
        _checkpoint(path)
        backup = take_backup(path, reason)
        _rewrite_in_place(path, password_for(path), password)
    finally:
        lock.release()
    log.info("%s rewritten %s a password (backup %s)", path,
             "with" if password else "without", backup)
    return backup


def _checkpoint(path: Path) -> None:
    """Everything in the WAL moved into the file, which alone is rewritten."""
    connection = connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def _rewrite_in_place(path: Path, old: str | None, new: str | None) -> None:
    """The file exported whole from `old` to `new` password (None: none), checked, then
    renamed over the original."""
    temporary = path.with_name(path.name + ".converting")
    temporary.unlink(missing_ok=True)
    source = cipher_connection(sqlite_uri(path), old)
    try:
        counts = _row_counts(source)
        source.execute(f"ATTACH DATABASE {quoted(str(temporary))} AS converted "
                       f"KEY {quoted(new or '')}")
        source.execute("SELECT sqlcipher_export('converted')")
        for pragma in ("user_version", "application_id"):  # not part of the export
            value = int(source.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            source.execute(f"PRAGMA converted.{pragma} = {value}")
        source.execute("DETACH DATABASE converted")
    except DATABASE_ERRORS:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    remember_password(temporary, new)
    problems = integrity_problems(temporary, full=True)
    check = cipher_connection(sqlite_uri(temporary, read_only=True), new)
    try:
        converted_counts = _row_counts(check)
    finally:
        check.close()
    if problems or converted_counts != counts:
        temporary.unlink(missing_ok=True)
        remember_password(temporary, None)
        raise UserError(_("{0}: the converted copy did not check out ({1}); the original is "
                          "unchanged").format(path.name, problems[:1] or "row counts differ"))
    os.replace(temporary, path)
    remember_password(temporary, None)
    remember_password(path, new)
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def _row_counts(connection: sqlcipher3.dbapi2.Connection) -> dict[str, int]:
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in tables}
