"""Full-text search index of recommendations, kept by the application: SQLite's FTS5 in a
file, PostgreSQL's tsvector with a GIN index (and unaccent) on a server. This module is the
one place with backend-specific search SQL; both behave alike: every word typed must appear as
the start of a word of the reference, text or notes, whatever the accents and case.

SQLite connections run with trusted_schema=OFF, which forbids virtual tables inside triggers,
so the index is maintained where every write already passes: after each ORM flush and by the
bulk writer. It holds its own copy of the searched columns, keyed by a number of its own (the
recommendation's rowid in a file, `number` on a server), which the register reader uses to
place matches; `rebuild()` recreates it (after a VACUUM, which may renumber rowids, or from
`check`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import chain

from sqlalchemy import Connection, text

from app.db.fast_read import Driver, Reading, dialect_of, driver_of

TABLE = "recommendation_search"
CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(reference, text, notes, "
    "tokenize = 'unicode61 remove_diacritics 2')"
)
_TOKEN = re.compile(r"\w+", re.UNICODE)
# PostgreSQL's parser splits words at underscores, as FTS5's unicode61 does.
_SERVER_WORD = re.compile(r"[^\W_]+", re.UNICODE)

# On a server (migration 0007): one row a live recommendation, its words accent-free and
# lower-cased by the 'simple' configuration, which neither stems nor drops stop words (FTS5
# does neither). Punctuation becomes a space first, so that "1.2", "OP-CAT" and
# "A/HRC/43/15" are words as FTS5 splits them, not one token of PostgreSQL's parser.
_DOCUMENT = ("to_tsvector('simple', unaccent(regexp_replace(concat_ws(' ', r.reference, r.text, "
             "r.notes), '[[:punct:]]+', ' ', 'g')))")
_SERVER_INDEX = (f"INSERT INTO {TABLE} (recommendation_id, document) "
                 f"SELECT r.id, {_DOCUMENT} FROM recommendation r WHERE NOT r.deleted ")
_SERVER_KEEP_NUMBER = (" ON CONFLICT (recommendation_id) DO UPDATE "
                       "SET document = EXCLUDED.document")
_SERVER_QUERY = "to_tsquery('simple', unaccent(%(query)s))"


def _on_server(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def rebuild(connection: Connection) -> None:
    if _on_server(connection):
        connection.exec_driver_sql(f"DELETE FROM {TABLE}")
        connection.exec_driver_sql(_SERVER_INDEX)
        return
    connection.exec_driver_sql(CREATE)
    connection.exec_driver_sql(f"DELETE FROM {TABLE}")
    connection.exec_driver_sql(
        f"INSERT INTO {TABLE}(rowid, reference, text, notes) "
        "SELECT rowid, reference, text, notes FROM recommendation WHERE deleted = 0")


def reindex(connection: Connection, recommendation_ids: Iterable[str]) -> None:
    """Bring the index up to date for these recommendations (new, changed or deleted)."""
    ids = list(dict.fromkeys(recommendation_ids))
    if not ids:
        return
    if _on_server(connection):
        # A changed recommendation keeps its number: a reader's places stay valid.
        connection.exec_driver_sql(
            f"DELETE FROM {TABLE} s USING recommendation r WHERE s.recommendation_id = r.id "
            "AND r.deleted AND r.id = ANY(%(ids)s)", {"ids": ids})
        connection.exec_driver_sql(
            _SERVER_INDEX + "AND r.id = ANY(%(ids)s)" + _SERVER_KEEP_NUMBER, {"ids": ids})
        return
    rows = [(rec_id,) for rec_id in ids]
    connection.exec_driver_sql(
        f"DELETE FROM {TABLE} WHERE rowid = (SELECT rowid FROM recommendation WHERE id = ?)",
        rows)
    connection.exec_driver_sql(
        f"INSERT INTO {TABLE}(rowid, reference, text, notes) "
        "SELECT rowid, reference, text, notes FROM recommendation WHERE id = ? AND deleted = 0",
        rows)


def last_rowid(connection: Connection) -> int:
    """A mark for `index_added`: in a file the highest rowid of the recommendations, rows
    inserted after this call getting higher ones (SQLite numbers a new row max + 1, and the
    change log never hard-deletes)."""
    if _on_server(connection):
        return 0  # a server's index finds the recommendations it lacks
    return connection.exec_driver_sql(
        "SELECT coalesce(max(rowid), 0) FROM recommendation").scalar() or 0


def index_added(connection: Connection, after_rowid: int) -> None:
    """Index the recommendations inserted since `last_rowid()` returned `after_rowid`, in one
    statement: an import of 60,000 new recommendations took 2.2 s through `reindex()` (a
    delete and an insert per id), 0.4 s so."""
    if _on_server(connection):
        connection.exec_driver_sql(
            _SERVER_INDEX + f"AND NOT EXISTS (SELECT 1 FROM {TABLE} s "
            "WHERE s.recommendation_id = r.id)")
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


def server_expression(query: str) -> str | None:
    """The same for PostgreSQL's to_tsquery: 'word':* & …, the words accent-free there."""
    words = _SERVER_WORD.findall(query)
    return " & ".join(f"'{word}':*" for word in words) if words else None


def matching_ids(connection: Connection, query: str) -> set[str] | None:
    """Ids of live recommendations matching the query; None when the query has no words."""
    if _on_server(connection):
        expression = server_expression(query)
        if expression is None:
            return None
        rows = connection.exec_driver_sql(
            f"SELECT recommendation_id FROM {TABLE} WHERE document @@ {_SERVER_QUERY}",
            {"query": expression})
        return {row[0] for row in rows}
    expression = match_expression(query)
    if expression is None:
        return None
    rows = connection.execute(
        text(f"SELECT r.id FROM {TABLE} JOIN recommendation r ON r.rowid = {TABLE}.rowid "
             f"WHERE {TABLE} MATCH :expression"), {"expression": expression})
    return {row[0] for row in rows}


def _driver(reading: Reading) -> tuple[Driver, bool]:
    """The DB-API connection (sqlite3's or psycopg's) and whether it is a server's."""
    return driver_of(reading), dialect_of(reading).name == "postgresql"


def matching_rowids(reading: Reading, query: str) -> list[int] | None:
    """Index numbers of the recommendations matching the query (deleted ones may be among
    them in a file); None when the query has no words. Straight through the driver: typing a
    common word matches tens of thousands of rows, and SQLAlchemy's per-row result handling
    would cost ten times the search itself."""
    driver, on_server = _driver(reading)
    if on_server:
        expression = server_expression(query)
        if expression is None:
            return None
        rows = driver.execute(f"SELECT number FROM {TABLE} WHERE document @@ {_SERVER_QUERY}",
                              {"query": expression})
        return list(chain.from_iterable(rows))
    expression = match_expression(query)
    if expression is None:
        return None
    rows = driver.execute(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ?", (expression,))
    return list(chain.from_iterable(rows))


def live_rowids(reading: Reading) -> dict[str, int]:
    """Recommendation id -> the number the index knows it by (the first search of a session
    maps every recommendation once: through the driver, 100,000 rows take milliseconds)."""
    driver, on_server = _driver(reading)
    if on_server:
        return dict(driver.execute(f"SELECT recommendation_id, number FROM {TABLE}"))
    return dict(driver.execute("SELECT id, rowid FROM recommendation WHERE deleted = 0"))


def rowids_by_reference(reading: Reading) -> dict[str, list[int]]:
    """Reference (case folded) -> index numbers of the live recommendations that have it."""
    driver, on_server = _driver(reading)
    found: dict[str, list[int]] = {}
    rows = driver.execute(
        f"SELECT r.reference, s.number FROM recommendation r JOIN {TABLE} s "
        "ON s.recommendation_id = r.id WHERE NOT r.deleted AND r.reference IS NOT NULL"
        if on_server else
        "SELECT reference, rowid FROM recommendation WHERE deleted = 0 "
        "AND reference IS NOT NULL")
    for reference, rowid in rows:
        found.setdefault(reference.strip().casefold(), []).append(rowid)
    return found
