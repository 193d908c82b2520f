"""SQLite engines with the pragmas and the real-transaction recipe the application relies on."""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePath

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.db.protection import cipher_connection, password_for

# "NMRF" in ASCII, written to the SQLite header so a foreign file is recognised before opening.
APPLICATION_ID = 0x4E4D5246
BUSY_TIMEOUT_MS = 10_000
# Execution option of the connection of a read session: see _on_begin.
READ_ONLY_OPTION = "nmrf_read_only"


def _configure_connection(dbapi_connection: sqlite3.Connection, read_only: bool) -> None:
    # pysqlite's own transaction handling issues BEGIN lazily and never around DDL; turning it
    # off and emitting BEGIN ourselves (SQLAlchemy's documented recipe) makes migrations and
    # imports really atomic.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA trusted_schema = OFF")
    # Random UUID keys scatter index inserts; a 64 MB page cache keeps imports off the disk.
    cursor.execute("PRAGMA cache_size = -65536")
    if not read_only:
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def sqlite_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """The file as an SQLite URI. `Path.as_uri` percent-encodes every character that means
    something in a URI ("?", "#", "%", spaces, non-Latin scripts): a folder named "a?b" must
    not cut the file name short, nor "%41" be read as "A"."""
    options = [*(["mode=ro"] if read_only else []), *(["immutable=1"] if immutable else [])]
    return file_uri(Path(path).absolute()) + (f"?{'&'.join(options)}" if options else "")


def file_uri(path: PurePath) -> str:
    """`path.as_uri()`, but a Windows network (UNC) path, which as_uri writes
    file://server/share/…, keeps its server in the path: SQLite refuses any URI authority but
    localhost, and reads file:////server/share/… as the UNC path."""
    uri = path.as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://"):]
    return uri


def connect(path: Path, *, read_only: bool = False, immutable: bool = False
            ) -> sqlite3.Connection:
    """A DB-API connection to the file, whatever characters its path holds: sqlite3, or
    SQLCipher with the key when the file's password is known (protection.py)."""
    uri = sqlite_uri(path, read_only=read_only, immutable=immutable)
    password = password_for(path)
    if password is not None:
        return cipher_connection(uri, password)
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def make_engine(path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    """`immutable`: the file sits on read-only media (a write-protected stick, a read-only
    folder), where SQLite cannot make the -shm file a WAL reader needs; nobody can change
    it there, which is what SQLite's immutable flag asks."""
    read_only = read_only or immutable
    password = password_for(path)
    uri = sqlite_uri(path, read_only=read_only, immutable=immutable)
    engine = create_engine(
        # The connections come from `connect`, never from a URL built from the path, which
        # SQLAlchemy would parse ("?" starts its query, "#" and "%" are taken as URL syntax).
        # A protected file: SQLAlchemy's SQLCipher dialect, which sets the key on each
        # connection and knows sqlcipher3's exceptions.
        "sqlite://" if password is None else URL.create("sqlite+pysqlcipher",
                                                        password=password),
        creator=(lambda: connect(path, read_only=read_only, immutable=immutable))
        if password is None else (lambda: cipher_connection(uri, None)),
        # Sessions are short and may run on worker threads; keeping two connections open
        # spares each of them opening the file and setting the pragmas again (about a
        # millisecond, most of a keystroke's search). Database.close() disposes of them.
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=16,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        _configure_connection(dbapi_connection, read_only)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # Readers take a deferred transaction: under WAL they see a consistent snapshot and
        # never wait for the writer, so the window keeps painting during a long import.
        if read_only or connection.get_execution_options().get(READ_ONLY_OPTION):
            connection.exec_driver_sql("BEGIN")
            return
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        # Checked at COMMIT instead of at each statement, so a unit of work may insert rows in
        # any order; SQLite resets this at the end of every transaction.
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    return engine
