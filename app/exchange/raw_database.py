"""A whole database file received instead of an exchange file (a focal point mailed theirs).

Before anything is read from it, it passes the checks for untrusted files (ARCHITECTURE §5.8):
one of ours and not newer (header), read-only and immutable with trusted_schema off, SQLite's
integrity check, and exactly the schema this version creates — no other table, view, trigger
or index, nothing altered. Only then may its change records be read (as unsigned changes that
need the operator's confirmation).
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.db.lifecycle import create_database, read_header, schema_generation
from app.errors import DatabaseFileError
from app.exchange.change_records import ExchangedChange, MalformedChange
from app.exchange.container import ExchangeRejected, open_untrusted, rejecting
from app.hashing import file_sha256
from app.i18n import _

MAX_BYTES = 4 * 1024**3


@dataclass(frozen=True)
class RawDatabase:
    path: Path
    sha256: str
    database_id: str
    role: str  # secretariat | institution
    institution_id: str | None
    device_id: str


@cache
def expected_schema() -> frozenset[tuple[str, str, str, str | None]]:
    """sqlite_master of a database this version creates: (type, name, table, sql)."""
    with tempfile.TemporaryDirectory(prefix="nmrf-schema-") as folder:
        path = Path(folder) / "reference.db"
        create_database(path, author="schema reference").close()
        connection = sqlite3.connect(path)
        try:
            return frozenset(connection.execute(
                "SELECT type, name, tbl_name, sql FROM sqlite_master"))
        finally:
            connection.close()


def inspect_raw_database(path: Path, max_bytes: int = MAX_BYTES) -> RawDatabase:
    """What the file is, once every check has passed; ExchangeRejected otherwise."""
    reject = rejecting(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise reject(_("cannot be read ({0})").format(error.strerror or error)) from error
    if size > max_bytes:
        raise reject(_("{0:,} bytes, more than a database may be here ({1:,})").format(
                         size, max_bytes))
    try:
        generation = read_header(path)
    except DatabaseFileError as error:
        raise ExchangeRejected(_("{0}; not opened, nothing changed").format(error)) from error
    if generation != schema_generation():
        raise reject(_("schema {0}, not this version's ({1}); ask for the file to be opened "
                       "once in the current version, then sent again").format(
                         generation, schema_generation()))
    sha256 = file_sha256(path)
    connection = open_untrusted(path, reject)
    try:
        schema = frozenset(connection.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"))
        expected = expected_schema()
        if schema != expected:
            unexpected = sorted(f"{kind} {item}" for kind, item, _, _ in schema - expected)
            missing = sorted(f"{kind} {item}" for kind, item, _, _ in expected - schema)
            raise reject("not the schema of this version ("
                         + "; ".join(part for part in (
                             f"unexpected: {', '.join(unexpected[:5])}" if unexpected else "",
                             f"missing or altered: {', '.join(missing[:5])}" if missing
                             else "") if part) + ")")
        row = connection.execute("SELECT database_id, role, institution_id, local_device_id "
                                 "FROM database_info").fetchone()
    except sqlite3.DatabaseError as error:
        raise reject(_("damaged ({0})").format(error)) from error
    finally:
        connection.close()
    if row is None:
        raise reject(_("says nothing about itself (no database_info row)"))
    return RawDatabase(path, sha256, row[0], row[1], row[2], row[3])


def raw_changes(raw: RawDatabase) -> tuple[list[ExchangedChange], dict[str, bytes]]:
    """The change records the file's own device made, oldest first, and the evidence files
    its new evidence rows refer to — read only after `inspect_raw_database` passed."""
    connection = open_untrusted(raw.path, rejecting(raw.path))
    try:
        connection.row_factory = sqlite3.Row
        records = [
            ExchangedChange.parse({**dict(row), "changes": json.loads(row["changes"])},
                                  f"change {position}")
            for position, row in enumerate(connection.execute(
                "SELECT * FROM change_record WHERE device_id = ? ORDER BY seq",
                (raw.device_id,)), start=1)]
        wanted = {record.evidence_sha256() for record in records} - {None}
        evidence = {sha: content for sha, content in connection.execute(
            "SELECT sha256, content FROM evidence_blob") if sha in wanted}
    except MalformedChange as error:
        raise rejecting(raw.path)(str(error)) from None
    except (sqlite3.DatabaseError, json.JSONDecodeError, TypeError) as error:
        raise rejecting(raw.path)(_("its change log cannot be read ({0})").format(
            error)) from error
    finally:
        connection.close()
    return records, evidence
