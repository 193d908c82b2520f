"""A master kept on a PostgreSQL server (`--db postgresql://user@host/dbname`).

The same models, migrations, change log and services as a file; what differs stays here and
in the engine: the connection comes from the address (the password, when the login needs
one, from PGPASSWORD or the user's pgpass file, never from a file of ours), writers take
turns through one advisory lock as SQLite's BEGIN IMMEDIATE makes them, and a database that
has no schema yet is given one, with its reference data, on first opening.
"""

from __future__ import annotations

from pathlib import Path

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

from app.db.database import Database
from app.db.engine import READ_ONLY_OPTION
from app.errors import DatabaseFileError, UserError
from app.i18n import _

DRIVER = "postgresql+psycopg"
# The key of the advisory lock every write transaction holds until it ends: one writer at a
# time, as on a file, so that the change log's sequence numbers never collide.
WRITER_LOCK = 0x4E4D5246  # "NMRF"


def server_url(address: str) -> URL:
    return make_url(address).set(drivername=DRIVER)


def shown_address(address: str) -> str:
    """The address without its password, as messages and the title bar show it."""
    return server_url(address).render_as_string(hide_password=True).replace(
        f"{DRIVER}://", "postgresql://", 1)


def server_engine(address: str, *, read_only: bool = False) -> Engine:
    engine = create_engine(server_url(address), pool_size=2, max_overflow=16,
                           pool_pre_ping=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        if read_only or connection.get_execution_options().get(READ_ONLY_OPTION):
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
            return
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK})")

    return engine


class ServerDatabase(Database):
    """A database on a server: no file, so no file lock and no path. What works on a file
    only (a backup by file copy, a password on the file) says so instead."""

    def __init__(self, address: str, engine: Engine, *, author: str, read_only: bool = False,
                 rehearsal: bool = False):
        self.address = shown_address(address)
        super().__init__(Path(self.address), engine, author=author, lock=None,
                         read_only=read_only, rehearsal=rehearsal)

    @property
    def location(self) -> str:
        return self.address

    def _begin_snapshot(self, driver) -> None:
        # psycopg opens the transaction itself with the first statement
        driver.execute("SET TRANSACTION READ ONLY")

    def _end_snapshot(self, driver) -> None:
        driver.rollback()


def unaccent_refused(login: str, database: str) -> UserError:
    return UserError(_(
        "the login {0} may not add the unaccent extension to the database {1}, which the "
        "register's search needs; ask the server's administrator to run "
        "`CREATE EXTENSION unaccent;` in that database once, then try again").format(
            login, database))


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except OperationalError as error:
        raise UserError(_("cannot reach the database server {0}: {1}").format(
            shown_address(str(engine.url)), str(error.orig).strip())) from None


def require_known_revision(engine: Engine, current: str, known: set[str]) -> None:
    if current not in known:
        raise DatabaseFileError(_(
            "the database {0} has a schema this version of NMRF Tracker does not know ({1}); "
            "it was probably written by a newer version").format(
                shown_address(str(engine.url)), current))
