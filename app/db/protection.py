"""Databases protected by a password: SQLCipher (through sqlcipher3), every page encrypted —
the recommendations, the people, the change log and the evidence files stored inside.

The password of each file opened is kept in this process's memory only, by path: every
connection to that file (engine.connect, make_engine) turns into an SQLCipher connection
with the key, and nothing above the database layer knows the difference. A protected file
has no readable header: it is recognised as "perhaps ours, protected" (not an SQLite file,
and shaped like SQLCipher's pages), then as ours once the password opens it and its
application id matches. A wrong password is refused before anything is written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlcipher3

from app.errors import DatabaseFileError
from app.i18n import _

PASSWORD_VARIABLE = "NMRF_TRACKER_DB_PASSWORD"
MINIMUM_PASSWORD = 10
SQLITE_MAGIC = b"SQLite format 3\x00"
_PAGE = 512  # the smallest page SQLCipher writes; protected files are whole pages
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError,
                                                sqlcipher3.dbapi2.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,
                                                   sqlcipher3.dbapi2.OperationalError)

_passwords: dict[str, str] = {}


class PasswordNeeded(DatabaseFileError):
    """The file is (perhaps) a protected database: its password is needed, or was wrong."""

    def __init__(self, message: str, path: Path, *, wrong: bool):
        super().__init__(message)
        self.path, self.wrong = path, wrong


def _key(path: Path) -> str:
    return str(Path(path).absolute())


def remember_password(path: Path, password: str | None) -> None:
    """The password of `path` for the rest of this session (None forgets it)."""
    if password is None:
        _passwords.pop(_key(path), None)
    else:
        _passwords[_key(path)] = password


def password_for(path: Path) -> str | None:
    return _passwords.get(_key(path))


def chosen_password_problem(password: str) -> str | None:
    if len(password) < MINIMUM_PASSWORD:
        return _("a database password has at least {0} characters").format(MINIMUM_PASSWORD)
    return None


def looks_protected(path: Path) -> bool:
    """Not an SQLite file, and made of whole pages as SQLCipher writes them."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            start = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return start != SQLITE_MAGIC and size >= 2 * _PAGE and size % _PAGE == 0


def quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def cipher_connection(uri: str, password: str | None) -> sqlcipher3.dbapi2.Connection:
    """An SQLCipher connection (its complaints kept off stderr); keyed when `password`."""
    connection = sqlcipher3.connect(uri, uri=True, check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    if password is not None:
        connection.execute(f"PRAGMA key = {quoted(password)}")
    return connection


def header_of_protected(path: Path, uri: str) -> tuple[int, int]:
    """(application id, schema generation) of a protected file, read with its password;
    PasswordNeeded when none is known or it does not open the file."""
    password = password_for(path)
    if password is None:
        raise PasswordNeeded(_("{0} is protected by a password (or is not an NMRF Tracker "
                               "database); type its password to open it").format(path.name),
                             path, wrong=False)
    try:
        connection = cipher_connection(uri, password)
        try:
            application_id = connection.execute("PRAGMA application_id").fetchone()[0]
            generation = connection.execute("PRAGMA user_version").fetchone()[0]
        finally:
            connection.close()
    except DATABASE_ERRORS as error:
        remember_password(path, None)
        raise PasswordNeeded(_("{0}: this password does not open it (or it is not an NMRF "
                               "Tracker database); nothing was changed").format(path.name),
                             path, wrong=True) from error
    return int(application_id), int(generation)
