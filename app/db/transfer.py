"""A register copied whole between a file and a server (`nmrf-tracker copy --from … --to …`,
File > Save a copy…): every row with its own id (the change log, evidence, the device
registry, the database's own record), read in one consistent snapshot and written in one
transaction into a new file or an empty server database, whose search index is then
rebuilt. The copy is the same register, not a new one: after moving a master, keep working
in one of the two only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, DateTime, Table, func, insert, select

from app.db import search
from app.db.address import is_server_address
from app.db.backups import backup_path_for, prune_backups
from app.db.database import Database
from app.db.engine import READ_ONLY_OPTION
from app.db.lifecycle import build_file, build_on_server, open_database, take_backup
from app.db.server import ServerDatabase
from app.disk_space import require_space
from app.errors import DatabaseFileError
from app.i18n import _
from app.models import Base
from app.progress import Progress, no_progress

CHUNK_ROWS = 5_000


@dataclass
class CopyReport:
    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)  # by table

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _utc(value: datetime) -> datetime:
    """A moment as UTC: a file keeps UTC without an offset, a server hands moments back in
    its own time zone; written unchanged, either would shift by the difference."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _copy_table(source: Connection, target: Connection, table: Table,
                advance: Callable[[int], None]) -> int:
    moments = [column.name for column in table.columns if isinstance(column.type, DateTime)]
    copied = 0
    result = source.execution_options(yield_per=CHUNK_ROWS).execute(
        select(table).order_by(*table.primary_key.columns))
    for chunk in result.partitions():
        rows = [dict(row._mapping) for row in chunk]
        for row in rows:
            for name in moments:
                if row[name] is not None:
                    row[name] = _utc(row[name])
        target.execute(insert(table), rows)
        copied += len(rows)
        advance(len(rows))
    return copied


def copy_register(source: Path | str, target: Path | str, *, author: str,
                  progress: Progress | None = None) -> CopyReport:
    """Copy the register at `source` (a file or a server's address) to `target`: a file that
    does not exist yet, or an empty database on a server. Nothing is left at `target` if the
    copy fails; the source is only read."""
    if str(source) == str(target):
        raise DatabaseFileError(_("the copy must go somewhere else than {0}").format(source))
    with open_database(source, author=author, read_only=True) as db:
        report = copy_of(db, target, progress=progress)
    with open_database(target, author=author, read_only=True) as copy:
        report.target = copy.location
    return report


def copy_of(db: Database, target: Path | str, *, progress: Progress | None = None
            ) -> CopyReport:
    """The open register `db`, copied to `target` (see `copy_register`)."""
    progress = progress or no_progress
    report = CopyReport(db.location, str(target))
    tables = list(Base.metadata.sorted_tables)
    with db.engine.connect() as counting:
        total = sum(counting.scalar(select(func.count()).select_from(table)) or 0
                    for table in tables)
    done = 0

    def advance(rows: int) -> None:
        nonlocal done
        done += rows
        progress(done, total, "")

    def fill(connection: Connection) -> None:
        reading = db.engine.connect().execution_options(
            **{READ_ONLY_OPTION: True},
            **({"isolation_level": "REPEATABLE READ"}
               if db.engine.dialect.name == "postgresql" else {}))
        try:
            with reading.begin():  # one snapshot: the tables agree with each other
                for table in tables:
                    report.rows[table.name] = _copy_table(reading, connection, table, advance)
        finally:
            reading.close()
        search.rebuild(connection)

    if is_server_address(target):
        build_on_server(str(target), fill)
    else:
        build_file(Path(target), fill)
    return report


def back_up(db: Database, reason: str, *, growth: int = 0, what: str = "") -> Path:
    """A backup in the backups folder, kept by its policy: of a file, by SQLite's backup API,
    with room for the file to grow by `growth` bytes for `what` comes next; of a database on
    a server, a consistent copy to a file (besides the server's own pg_dump)."""
    if not isinstance(db, ServerDatabase):
        require_space(db.path, growth, what or _("backing up {0}").format(db.path.name))
        return take_backup(db.path, reason)
    target = backup_path_for(db.path, reason)
    copy_of(db, target)
    prune_backups(db.path)
    return target
