"""An open database file: short read sessions, one writer at a time, change log installed."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.db import changelog
from app.db.engine import READ_ONLY_OPTION
from app.db.fast_read import Snapshot
from app.disk_space import is_disk_full, not_enough_space
from app.errors import ReadOnlyDatabaseError
from app.models import DatabaseInfo
from app.models.actor import Actor

# Where a write session carries the person working (app.services.permissions reads it).
ACTOR_KEY = "nmrf_actor"


def read_only_message(path: Path) -> str:
    return (f"{path.name} is open read-only (it is on read-only media, or in a folder this "
            f"account cannot write: {path.parent}); nothing was changed. To change it, copy "
            "it to a writable folder (File > Back up now…, or `nmrf-tracker backup --db "
            "PATH --out COPY`) and open the copy")


@dataclass(frozen=True)
class Identity:
    database_id: str
    role: str
    is_demo: bool
    title: str
    device_id: str


ROLL_BACK_KEY = "nmrf_roll_back"


def roll_back(session: Session) -> None:
    """The write transaction this session belongs to ends in a rollback, not a commit."""
    session.info[ROLL_BACK_KEY] = True


class Database:
    """The one object the services and the window share for a database file.

    `read()` gives a session that refuses to flush; `write()` gives a session whose changes
    are logged and committed together, one writer at a time in this process.
    """

    def __init__(self, path: Path, engine: Engine, *, author: str, lock: FileLock | None,
                 read_only: bool = False, rehearsal: bool = False):
        self.path = path
        self.engine = engine
        self.read_only = read_only
        # A dry run that needs the writer's path (a consolidation's): every write session is
        # rolled back, never committed, so the file needs no lock and may be open elsewhere.
        self.rehearsal = rehearsal
        self.author = author
        self._lock = lock
        self._factory = sessionmaker(engine, expire_on_commit=False)
        changelog.install(self._factory)
        self._writer = threading.RLock()
        # Who works through this object (the window sets it from the user's profile); the
        # services check what this actor may do. None: the holder of the file (CLI, demo).
        self.actor: Actor | None = None
        with self.read() as session:
            info = DatabaseInfo.of(session)
            self.identity = Identity(
                info.database_id, info.role, info.is_demo, info.title, info.local_device_id
            )

    @property
    def location(self) -> str:
        """Where the register is, as people are shown it: the file's path (a server's
        address, for a database on a server)."""
        return str(self.path)

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._factory()
        session.info[changelog.READ_ONLY_KEY] = True
        session.connection(execution_options={READ_ONLY_OPTION: True})
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def snapshot(self) -> Iterator[Snapshot]:
        """A read transaction (a consistent view under WAL, as `read()` gives) for
        `fast_read`'s statements only, without a Session: about 12 µs to open and close
        where a read session takes 140 µs, which counts in a search run on each keystroke."""
        pooled = self.engine.raw_connection()
        try:
            driver = pooled.driver_connection
            assert driver is not None, "a pooled connection holds its driver's"
            self._begin_snapshot(driver)
            try:
                yield Snapshot(driver, self.engine.dialect)
            finally:
                self._end_snapshot(driver)
        finally:
            pooled.close()  # back to the pool

    def _begin_snapshot(self, driver) -> None:
        driver.execute("BEGIN")

    def _end_snapshot(self, driver) -> None:
        driver.execute("ROLLBACK")

    @contextmanager
    def write(self, *, author: str | None = None, record_changes: bool = True,
              device_id: str | None = None, rollback: bool = False) -> Iterator[Session]:
        """`device_id`: whose change log the changes go to (this device's, unless the rows
        come from elsewhere: see app.exchange.ministry.receipt_device_id). `rollback`: a dry
        run, which does everything and keeps nothing; `roll_back(session)` decides so from
        inside (an import that found rejected rows)."""
        if self.read_only:
            raise ReadOnlyDatabaseError(read_only_message(self.path))
        with self._writer:
            session = self._factory()
            if self.actor is not None:
                session.info[ACTOR_KEY] = self.actor
            session.info[changelog.CONTEXT_KEY] = changelog.ChangeContext(
                device_id=device_id or self.identity.device_id,
                author=author or (self.actor.name if self.actor and self.actor.name
                                  else self.author),
                record_changes=record_changes,
            )
            try:
                yield session
                if rollback or self.rehearsal or session.info.get(ROLL_BACK_KEY):
                    session.rollback()
                else:
                    session.commit()
            except BaseException as error:
                session.rollback()
                if is_disk_full(error):
                    raise not_enough_space(self.path, None, "saving the change") from error
                if "readonly database" in str(error):  # media that access() called writable
                    raise ReadOnlyDatabaseError(read_only_message(self.path)) from error
                raise
            finally:
                session.close()

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()
