"""Full-text search index of recommendations (SQLite FTS5), kept by the application.

Connections run with trusted_schema=OFF, which forbids virtual tables inside triggers, so the
index is maintained where every write already passes: after each ORM flush and by the bulk
writer. It holds its own copy of the searched columns, keyed by the recommendation's rowid;
`rebuild()` recreates it (after a VACUUM, which may renumber rowids, or from `check`).
This module is the one place with backend-specific search SQL.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from itertools import chain

from sqlalchemy import Connection, text

TABLE = "recommendation_search"
CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(reference, text, notes, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
_TOKEN = re.compile(r"\w+", re.UNICODE)


def available(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def rebuild(connection: Connection) -> None:
    if not available(connection):
        return
    connection.exec_driver_sql(CREATE)
    connection.exec_driver_sql(f"DELETE FROM {TABLE}")
    connection.exec_driver_sql(
        f"INSERT INTO {TABLE}(rowid, reference, text, notes) "
        "SELECT rowid, reference, text, notes FROM recommendation WHERE deleted = 0")


def reindex(connection: Connection, recommendation_ids: Iterable[str]) -> None:
    """Bring the index up to date for these recommendations (new, changed or deleted)."""
    ids = [(rec_id,) for rec_id in dict.fromkeys(recommendation_ids)]
    if not ids or not available(connection):
        return
    connection.exec_driver_sql(
        f"DELETE FROM {TABLE} WHERE rowid = (SELECT rowid FROM recommendation WHERE id = ?)", ids)
    connection.exec_driver_sql(
        f"INSERT INTO {TABLE}(rowid, reference, text, notes) "
        "SELECT rowid, reference, text, notes FROM recommendation WHERE id = ? AND deleted = 0",
        ids)


def last_rowid(connection: Connection) -> int | None:
    """The highest rowid of the recommendations; rows inserted after this call get higher ones
    (SQLite numbers a new row max + 1, and the change log never hard-deletes). None where there
    is no index to keep."""
    if not available(connection):
        return None
    return connection.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM recommendation").scalar()


def index_added(connection: Connection, after_rowid: int | None) -> None:
    """Index the recommendations inserted since `last_rowid()` returned `after_rowid`, in one
    statement over a rowid range: an import of 60,000 new recommendations took 2.2 s through
    `reindex()` (a delete and an insert per id), 0.4 s so."""
    if after_rowid is None:
        return
    connection.exec_driver_sql(
        f"INSERT INTO {TABLE}(rowid, reference, text, notes) "
        "SELECT rowid, reference, text, notes FROM recommendation WHERE rowid > ? AND deleted = 0",
        (after_rowid,))


def match_expression(query: str) -> str | None:
    """What a person types -> an FTS5 query: every word must appear, as a prefix ("cote"
    finds "Côte", "ratif" finds "ratify"); accents and case do not matter."""
    words = _TOKEN.findall(query)
    return " AND ".join(f'"{word}"*' for word in words) if words else None


def matching_ids(connection: Connection, query: str) -> set[str] | None:
    """Ids of live recommendations matching the query; None when the query has no words."""
    expression = match_expression(query)
    if expression is None:
        return None
    rows = connection.execute(
        text(f"SELECT r.id FROM {TABLE} JOIN recommendation r ON r.rowid = {TABLE}.rowid "
             f"WHERE {TABLE} MATCH :expression"), {"expression": expression})
    return {row[0] for row in rows}


def matching_rowids(driver: sqlite3.Connection, query: str) -> list[int] | None:
    """Rowids of the recommendations matching the query (deleted ones may be among them);
    None when the query has no words. Straight through the driver: typing a common word
    matches tens of thousands of rows, and SQLAlchemy's per-row result handling would cost
    ten times SQLite's own search."""
    expression = match_expression(query)
    if expression is None:
        return None
    rows = driver.execute(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?", (expression,))
    return list(chain.from_iterable(rows))


def live_rowids(driver: sqlite3.Connection) -> dict[str, int]:
    """Recommendation id -> the rowid the index knows it by (the first search of a session
    maps every recommendation once: through the driver, 100,000 rows take milliseconds)."""
    return dict(driver.execute("SELECT id, rowid FROM recommendation WHERE deleted = 0"))


def rowids_by_reference(driver: sqlite3.Connection) -> dict[str, list[int]]:
    """Reference (case folded) -> rowids of the live recommendations that have it."""
    found: dict[str, list[int]] = {}
    for reference, rowid in driver.execute(
            "SELECT reference, rowid FROM recommendation WHERE deleted = 0 "
            "AND reference IS NOT NULL"):
        found.setdefault(reference.strip().casefold(), []).append(rowid)
    return found
