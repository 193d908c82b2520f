"""Create, recognise, lock, check, migrate, back up and restore database files.

Order matters when opening: the 100-byte SQLite header is read first (foreign or newer files
are refused without being opened), then the lock, then a read-only integrity check, and only
then, if the schema is older, a backup through the SQLite backup API and an upgrade in one
transaction. A failed upgrade restores the backup.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from filelock import FileLock, Timeout
from sqlalchemy import Connection
from sqlalchemy.orm import Session, sessionmaker

from app import __version__
from app.db import changelog
from app.db.address import is_server_address
from app.db.backups import backup_path_for, prune_backups
from app.db.database import Database, read_only_message
from app.db.engine import APPLICATION_ID, connect, make_engine, sqlite_uri
from app.db.protection import (
    DATABASE_ERRORS,
    OPERATIONAL_ERRORS,
    header_of_protected,
    looks_protected,
    password_for,
    remember_password,
)
from app.db.server import (
    ServerDatabase,
    current_revision,
    require_known_revision,
    server_engine,
    shown_address,
)
from app.disk_space import database_size, is_disk_full, not_enough_space, require_space
from app.errors import (
    DatabaseFileError,
    DatabaseLockedError,
    MigrationError,
    ReadOnlyDatabaseError,
)
from app.i18n import _
from app.models import DatabaseInfo
from app.paths import migrations_dir

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
SYSTEM_AUTHOR = "system"


def alembic_config(extra_version_locations: Sequence[Path] = ()) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("path_separator", "os")
    locations = [migrations_dir() / "versions", *extra_version_locations]
    config.set_main_option("version_locations", os.pathsep.join(str(p) for p in locations))
    return config


@cache
def _script(extra_version_locations: tuple[Path, ...] = ()) -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config(extra_version_locations))


def schema_generation(extra_version_locations: tuple[Path, ...] = ()) -> int:
    """How many migrations lead to the head: stored as PRAGMA user_version in every file."""
    return sum(1 for _ in _script(extra_version_locations).walk_revisions())


def read_header(path: Path, extra_version_locations: tuple[Path, ...] = ()) -> int:
    """Refuse files that are not ours or are newer than us; return their schema generation."""
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except FileNotFoundError:
        raise DatabaseFileError(_("{0}: no such database file").format(path)) from None
    except OSError as error:
        raise DatabaseFileError(_("{0}: cannot be read ({1})").format(
                                    path, error.strerror)) from None
    if not header.startswith(SQLITE_MAGIC) and looks_protected(path):
        application_id, generation = header_of_protected(path, sqlite_uri(path,
                                                                          read_only=True))
    elif len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise DatabaseFileError(
            _("{0} is not an NMRF Tracker database (it is not an SQLite database file)").format(
                path.name)
        )
    else:
        application_id = int.from_bytes(header[68:72], "big")
        generation = int.from_bytes(header[60:64], "big")
    if application_id != APPLICATION_ID:
        raise DatabaseFileError(
            _("{0} is an SQLite database of another program, not an NMRF Tracker database").format(
                path.name)
        )
    known = schema_generation(extra_version_locations)
    if generation > known:
        raise DatabaseFileError(
            _("{0} was written by a newer version of NMRF Tracker (schema {1}, this version "
              "knows up to {2}); install the newer version to open it").format(
                path.name, generation, known)
        )
    return generation


def on_read_only_media(path: Path) -> bool:
    """The file or its folder cannot be written: a write-protected stick, a CD, a read-only
    share or folder. (access() knows read-only mounts, even for an administrator.)"""
    path = Path(path).absolute()
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _immutable(path: Path) -> bool:
    """Read a file on read-only media as immutable, unless it was left with a WAL file that
    holds its latest changes (then SQLite must read that WAL, through its -shm file)."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    if on_read_only_media(path):
        return True
    # Media that access() calls writable (Windows knows no ACLs there) show it here: a WAL
    # reader that cannot make its -shm file.
    try:
        probe = connect(path, read_only=True)
        try:
            probe.execute("PRAGMA schema_version").fetchone()
        finally:
            probe.close()
    except OPERATIONAL_ERRORS as error:
        return "unable to open" in str(error)
    return False


def _read_only(path: Path) -> sqlite3.Connection:
    connection = connect(path, read_only=True, immutable=_immutable(path))
    connection.execute("PRAGMA trusted_schema = OFF")
    return connection


def integrity_problems(path: Path, *, full: bool = False) -> list[str]:
    """SQLite's own verdict on the file: empty when the file is sound."""
    try:
        connection = _read_only(path)
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}")]
            problems = [] if rows == ["ok"] else [
                line.strip()
                for row in rows
                for line in row.splitlines()
                if line.strip() and not line.startswith("***")
            ]
            problems += [
                f"row {rowid} of {table} refers to a missing row of {parent}"
                for table, rowid, parent, _key in connection.execute("PRAGMA foreign_key_check")
            ]
            return problems
        finally:
            connection.close()
    except OPERATIONAL_ERRORS as error:
        if "unable to open" not in str(error):
            return [str(error)]
        raise DatabaseFileError(
            _("{0} cannot be opened here ({1}); it is not damaged for all that: if it is on "
              "read-only media, copy it with its -wal file to a writable folder").format(
                path.name, error)
        ) from None
    except DATABASE_ERRORS as error:
        return [str(error)]


def _current_revision(path: Path) -> str | None:
    engine = make_engine(path, read_only=True, immutable=_immutable(path))
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def copy_database(source: Path, target: Path) -> None:
    """Consistent copy of a live database through the SQLite backup API (never a file copy)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # The copy of a protected database is protected, with the same password; a file in the
    # way protected otherwise (a restore across protecting) cannot receive its pages.
    if target.exists() and looks_protected(target) != (password_for(source) is not None):
        target.unlink()
    remember_password(target, password_for(source))
    what = f"the copy {target.name}"
    require_space(target, database_size(source), what)
    source_connection = _read_only(source)
    try:
        target_connection = connect(target)
        try:
            source_connection.backup(target_connection)
        finally:
            target_connection.close()
    except BaseException as error:
        # Never a truncated file named like a backup.
        for part in (target, Path(f"{target}-journal")):
            part.unlink(missing_ok=True)
        if is_disk_full(error):
            raise not_enough_space(target, database_size(source), what) from error
        raise
    finally:
        source_connection.close()


def take_backup(path: Path, reason: str) -> Path:
    """An automatic backup in the backups folder, then the folder pruned by the retention
    policy (the new backup is always among those kept)."""
    target = backup_path_for(path, reason)
    copy_database(path, target)
    prune_backups(path)
    return target


def acquire_lock(path: Path) -> FileLock:
    lock = FileLock(f"{path}.lock", timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout:  # (a TimeoutError, so an OSError too: caught first)
        raise DatabaseLockedError(
            f"{path.name} is already open in another copy of NMRF Tracker; close it there first"
        ) from None
    except OSError as error:
        if error.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise
        # A folder access() called writable but that is not (ACLs, some sticks on Windows).
        raise ReadOnlyDatabaseError(read_only_message(path).replace(
            "is open read-only", "can only be read")) from None
    return lock


def _verify(path: Path) -> None:
    problems = integrity_problems(path, full=True)
    if problems:
        raise MigrationError(f"the upgraded file failed its integrity check: {problems[0]}")


def migrate(path: Path, extra_version_locations: tuple[Path, ...] = ()) -> Path:
    """Upgrade to the head schema in one transaction; restore the backup if anything fails."""
    backup = take_backup(path, "before-upgrade")
    log.info("backed up %s to %s before upgrading", path, backup)
    engine = make_engine(path)
    try:
        _upgrade(engine, extra_version_locations)
        engine.dispose()
        _verify(path)
    except Exception as error:
        engine.dispose()
        copy_database(backup, path)
        log.exception("upgrade of %s failed; restored %s", path, backup)
        raise MigrationError(
            f"upgrading {path.name} failed ({error}); it was restored from the backup {backup}"
        ) from error
    return backup


def _upgrade(engine, extra_version_locations: tuple[Path, ...]) -> None:
    with engine.begin() as connection:
        upgrade_on(connection, extra_version_locations)


def upgrade_on(connection: Connection, extra_version_locations: tuple[Path, ...] = ()) -> None:
    """The schema brought to the head revision within the connection's transaction."""
    config = alembic_config(extra_version_locations)
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    config.attributes["connection"] = connection
    command.upgrade(config, "heads")
    if sqlite:  # a file says its schema in its header, read before it is opened
        generation = schema_generation(extra_version_locations)
        connection.exec_driver_sql(f"PRAGMA user_version = {generation}")


def open_database(
    path: Path | str,
    *,
    author: str,
    read_only: bool = False,
    rehearsal: bool = False,
    extra_version_locations: Sequence[Path] = (),
) -> Database:
    """`rehearsal`: for a dry run that takes the writing path and rolls it back (see
    Database.rehearsal): no lock, so it works while the window has the file open. A server's
    address (postgresql://…) opens the database there."""
    if is_server_address(path):
        return open_server_database(str(path), author=author, read_only=read_only,
                                    rehearsal=rehearsal)
    path = Path(path).absolute()
    extra = tuple(extra_version_locations)
    read_header(path, extra)
    if not read_only and on_read_only_media(path):
        raise ReadOnlyDatabaseError(read_only_message(path).replace(
            "is open read-only", "can only be read"))
    lock = None if read_only or rehearsal else acquire_lock(path)
    try:
        problems = integrity_problems(path)
        if problems:
            more = f" and {len(problems) - 1} more problems" if len(problems) > 1 else ""
            raise DatabaseFileError(
                _("{0} is damaged ({1}{2}); restore it from a backup").format(
                    path.name, problems[0], more)
            )
        try:
            current = _current_revision(path)
        except Exception as error:
            raise DatabaseFileError(_("{0} cannot be read: {1}").format(
                                        path.name, error)) from None
        script = _script(extra)
        heads = set(script.get_heads())
        if current not in heads:
            known = {revision.revision for revision in script.walk_revisions()}
            if current not in known:
                raise DatabaseFileError(
                    _("{0} has a schema this version of NMRF Tracker does not know ({1}); it "
                      "was probably written by a newer version").format(path.name, current)
                )
            if read_only or rehearsal:
                raise DatabaseFileError(
                    _("{0} uses an older schema; open it once in the application to upgrade "
                      "it").format(path.name)
                )
            migrate(path, extra)
        engine = make_engine(path, read_only=read_only, immutable=_immutable(path))
        return Database(path, engine, author=author, lock=lock, read_only=read_only,
                        rehearsal=rehearsal)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def create_database(
    path: Path | str,
    *,
    author: str,
    populate: Callable[[Session, DatabaseInfo], None] | None = None,
    title: str = "",
    is_demo: bool = False,
) -> Database:
    """Build a new file under a temporary name and rename it only once it is complete; or
    set up the register in an empty database on a server (postgresql://…)."""
    if is_server_address(path):
        return create_server_database(str(path), author=author, populate=populate, title=title,
                                      is_demo=is_demo)
    build_file(Path(path), lambda connection: _initialise(
        connection, author=author, populate=populate, title=title, is_demo=is_demo))
    return open_database(path, author=author)


def build_file(path: Path, fill: Callable[[Connection], None]) -> None:
    """A new database file, written under a temporary name by `fill` (in one transaction,
    the schema brought to the head first) and renamed only once it is complete."""
    path = path.absolute()
    if path.exists():
        raise DatabaseFileError(_("{0} already exists; choose another name").format(path.name))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".creating")
    for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
        leftover.unlink(missing_ok=True)
    engine = make_engine(temporary)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        with engine.begin() as connection:
            upgrade_on(connection)
            fill(connection)
    except BaseException:
        engine.dispose()
        temporary.unlink(missing_ok=True)
        raise
    engine.dispose()
    os.replace(temporary, path)


def _initialise(connection: Connection, *, author: str,
                populate: Callable[[Session, DatabaseInfo], None] | None,
                title: str, is_demo: bool) -> None:
    """The reference data and the database's own record, in the transaction of the
    connection that has just been given the schema."""
    from app.db.reference_data import load_reference_data

    info = DatabaseInfo(
        singleton=1, title=title, is_demo=is_demo, created_with_version=__version__
    )
    # The session joins the connection's transaction: its commit keeps nothing until the
    # connection's own, so the schema and the register land together or not at all.
    factory = sessionmaker(connection, expire_on_commit=False,
                           join_transaction_mode="create_savepoint")
    changelog.install(factory)
    with factory() as session:
        session.info[changelog.CONTEXT_KEY] = changelog.ChangeContext(
            device_id=info.local_device_id or "", author=SYSTEM_AUTHOR, record_changes=False
        )
        load_reference_data(session)
        session.add(info)
        session.flush()
        session.info[changelog.CONTEXT_KEY] = changelog.ChangeContext(
            device_id=info.local_device_id, author=author
        )
        if populate is not None:
            populate(session, info)
        session.commit()


def open_server_database(address: str, *, author: str, read_only: bool = False,
                         rehearsal: bool = False) -> Database:
    """The register on the server, upgraded in one transaction when its schema is older."""
    engine = server_engine(address)
    try:
        current = current_revision(engine)
        if current is None:
            raise DatabaseFileError(_(
                "the database {0} holds no register yet; set one up with `nmrf-tracker new "
                "--db {0} --state STATE`").format(shown_address(address)))
        if current not in set(_script(()).get_heads()):
            require_known_revision(engine, current,
                                   {revision.revision for revision in _script(()).walk_revisions()})
            _upgrade(engine, ())  # PostgreSQL's DDL is transactional: all or nothing
    finally:
        engine.dispose()
    return ServerDatabase(address, server_engine(address, read_only=read_only), author=author,
                          read_only=read_only, rehearsal=rehearsal)


def create_server_database(address: str, *, author: str,
                           populate: Callable[[Session, DatabaseInfo], None] | None = None,
                           title: str = "", is_demo: bool = False) -> Database:
    """A register in an empty database on the server, in one transaction: the schema
    (PostgreSQL's DDL is transactional), the reference data and `populate`."""
    build_on_server(address, lambda connection: _initialise(
        connection, author=author, populate=populate, title=title, is_demo=is_demo))
    return open_server_database(address, author=author)


def build_on_server(address: str, fill: Callable[[Connection], None]) -> None:
    """The schema and what `fill` writes, in one transaction, in an empty database."""
    engine = server_engine(address)
    try:
        if current_revision(engine) is not None:
            raise DatabaseFileError(_("the database {0} already holds a register; choose "
                                      "another database").format(shown_address(address)))
        with engine.begin() as connection:
            upgrade_on(connection)
            fill(connection)
    finally:
        engine.dispose()
