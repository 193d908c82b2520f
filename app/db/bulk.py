"""Many tracked rows at once, with their change records, through Core statements.

The ORM path (one object, one flush) costs milliseconds a row; an import of 60,000
recommendations needs executemany. This writer is the one sanctioned way around the bulk
refusal of app.db.changelog: it writes the same change records the ORM hook would.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import count
from typing import Any, cast

from sqlalchemy import CursorResult, Table, update
from sqlalchemy.orm import Session

from app.db import search
from app.db.change_codec import encoded_changes, json_value
from app.db.changelog import CONTEXT_KEY, ChangeContext, next_seq
from app.errors import ChangeLogError
from app.models import AUDIT_COLUMNS, ChangeRecord, Recommendation, new_ids, utcnow
from app.models.codes import ChangeOperation
from app.progress import Progress, no_progress

BULK_OPTION = "nmrf_change_log_written"
# Rows per executemany: small enough for the progress to move several times a second, large
# enough that the statement is prepared a handful of times per table.
CHUNK_ROWS = 10_000


def _bind_processor(column, dialect):
    """The dialect's own type (SQLite's DATETIME, not the generic DateTime) converts exactly as
    the ORM does, so bulk-written and ORM-written rows store the same text."""
    return column.type.dialect_impl(dialect).bind_processor(dialect)


def _insert_sql(connection, table, names) -> str:
    quote = connection.dialect.identifier_preparer.quote
    return (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
            f"VALUES ({', '.join('?' for _ in names)})")


class BulkWriter:
    def __init__(self, session: Session):
        context: ChangeContext | None = session.info.get(CONTEXT_KEY)
        if context is None:
            raise ChangeLogError("bulk writes may only happen inside Database.write()")
        self.session = session
        self.context = context
        self.now = utcnow()
        self._inserts: dict[Any, list[dict]] = defaultdict(list)
        self._updates: list[tuple[Any, str, int, dict[str, Any]]] = []
        self._records: list[tuple[str, str, str, int, dict]] = []
        self._pending: dict[str, tuple[dict, dict]] = {}
        self._templates: dict[Any, tuple[dict[str, Any], dict[str, tuple]]] = {}
        self._fresh_ids: list[str] = []
        self._progress: Progress = no_progress
        self._written = self._to_write = 0

    def _template(self, table) -> tuple[dict[str, Any], dict[str, tuple]]:
        """Every column of the table with its scalar default (None when it has none) and this
        batch's audit values, and the fields those defaults give an insert record."""
        if table not in self._templates:
            author = self.context.author
            row = {column.name: column.default.arg
                   if column.default is not None and column.default.is_scalar else None
                   for column in table.columns}
            row.update(created_at=self.now, created_by=author, updated_at=self.now,
                       updated_by=author, row_version=1)
            fields = {name: (None, json_value(value)) for name, value in row.items()
                      if name not in AUDIT_COLUMNS and value is not None}
            self._templates[table] = (row, fields)
        return self._templates[table]

    def insert(self, model, **values) -> str:
        table = model.__table__
        template, default_fields = self._template(table)
        row = template | values
        row_id = row["id"] or self._new_id()
        row.update(id=row_id, created_at=self.now, created_by=self.context.author,
                   updated_at=self.now, updated_by=self.context.author, row_version=1)
        self._inserts[model].append(row)
        # The defaults' fields are worked out once per table; only the given values are
        # converted here (a large import inserts 280,000 rows).
        fields = default_fields | {name: (None, json_value(value))
                                   for name, value in values.items()
                                   if value is not None and name not in AUDIT_COLUMNS}
        if None in values.values():
            for name, value in values.items():
                if value is None:
                    fields.pop(name, None)
        self._records.append((ChangeOperation.INSERT, table.name, row_id, 0, fields))
        self._pending[row_id] = (row, fields)
        return row_id

    def _new_id(self) -> str:
        if not self._fresh_ids:
            self._fresh_ids = new_ids(1024)[::-1]  # popped from the end: ascending
        return self._fresh_ids.pop()

    def amend(self, row_id: str, values: dict[str, Any]) -> None:
        """Change a row inserted in this batch before it is written (and its insert record)."""
        row, fields = self._pending[row_id]
        row.update(values)
        for name, value in values.items():
            if value is None:
                fields.pop(name, None)
            else:
                fields[name] = [None, json_value(value)]

    def update(self, model, row_id: str, base_version: int, changes: dict[str, tuple]) -> None:
        """`changes` maps a column to (old, new); the row must still be at `base_version`."""
        if changes:
            self._updates.append((model, row_id, base_version, changes))
            fields = {name: [json_value(old), json_value(new)] for name, (old, new) in
                      changes.items()}
            self._records.append((ChangeOperation.UPDATE, model.__table__.name, row_id,
                                  base_version, fields))

    def _insert_many(self, table, rows: list[dict]) -> None:
        if not rows:
            return
        connection = self.session.connection()
        dialect = connection.dialect
        if dialect.name != "sqlite":
            names = [column.name for column in table.columns]
            self._copy_rows(connection, table, names,
                            [tuple([row[name] for name in names]) for row in rows])
            return
        # SQLAlchemy's per-row parameter handling costs more than SQLite's insert itself at
        # this volume: convert each value with its column's own bind processor, then hand
        # plain tuples to the driver.
        names = [column.name for column in table.columns]
        converted = [(index, process) for index, column in enumerate(table.columns)
                     if (process := _bind_processor(column, dialect)) is not None]
        if converted:
            # A batch repeats few distinct timestamps and flags: convert each distinct value once.
            cache: dict[tuple[int, Any], Any] = {}
            values = []
            for row in rows:
                cells = [row[name] for name in names]
                for index, process in converted:
                    value = cells[index]
                    if value is not None:
                        key = (index, value)
                        try:
                            cells[index] = cache[key]
                        except KeyError:
                            cells[index] = cache[key] = process(value)
                        except TypeError:  # an unhashable value: convert it every time
                            cells[index] = process(value)
                values.append(tuple(cells))
        else:
            values = [tuple([row[name] for name in names]) for row in rows]
        self._execute_insert(connection, table, names, values)

    def _execute_insert(self, connection, table, names, values: list[tuple]) -> None:
        sql = _insert_sql(connection, table, names)
        for start in range(0, len(values), CHUNK_ROWS):
            chunk = values[start:start + CHUNK_ROWS]
            connection.exec_driver_sql(sql, chunk)
            self._advance(len(chunk))

    def _copy_rows(self, connection, table, names, values: list[tuple]) -> None:
        """On PostgreSQL, through COPY in the session's own transaction: psycopg adapts each
        value as it would a parameter, and the server takes the rows several times faster
        than from INSERT statements (foreign keys still checked at commit)."""
        quote = connection.dialect.identifier_preparer.quote
        driver = connection.connection.driver_connection
        statement = (f"COPY {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
                     "FROM STDIN")
        for start in range(0, len(values), CHUNK_ROWS):
            chunk = values[start:start + CHUNK_ROWS]
            with driver.cursor() as cursor, cursor.copy(statement) as copy:
                for row in chunk:
                    copy.write_row(row)
            self._advance(len(chunk))

    def _advance(self, rows: int) -> None:
        self._written += rows
        self._progress(self._written, self._to_write, "")

    def _write_change_records(self) -> None:
        """One record per insert and update of the batch, numbered after the device's last.

        Built as tuples in column order, a chunk at a time: at 280,000 records (a large
        import) building dicts for `_insert_many` to take apart again cost two seconds."""
        table = cast(Table, ChangeRecord.__table__)
        connection = self.session.connection()
        first_seq = next_seq(self.session, self.context)
        self.context.last_seq = first_seq + len(self._records) - 1
        device_id, author = self.context.device_id, self.context.author
        created_at = self.now
        if (process := _bind_processor(table.c.created_at, connection.dialect)) is not None:
            created_at = process(created_at)
        names = ("id", "device_id", "seq", "table_name", "row_id", "operation",
                 "base_row_version", "changes", "author", "created_at")
        sqlite = connection.dialect.name == "sqlite"
        # Table.name is SQLAlchemy's quoted_name, a str subclass the driver would try to adapt
        # through its __getattr__ row by row (a second per 280,000 records): pass plain str.
        plain = {name: str(name) for name in {record[1] for record in self._records}}
        change_ids = new_ids(len(self._records))
        for start in range(0, len(self._records), CHUNK_ROWS):
            values = [(change_id, device_id, seq, plain[table_name], row_id, operation, base,
                       encoded_changes(fields), author, created_at)
                      for change_id, seq, (operation, table_name, row_id, base, fields)
                      in zip(change_ids[start:start + CHUNK_ROWS], count(first_seq + start),
                             self._records[start:start + CHUNK_ROWS])]
            if sqlite:
                connection.exec_driver_sql(_insert_sql(connection, table, names), values)
                self._advance(len(values))
            else:
                self._copy_rows(connection, table, names, values)

    def flush(self, progress: Progress | None = None) -> None:
        """Write the batch. `progress(rows written, rows to write)` is called every few thousand
        rows (data rows, updates, the search index, change records); it may raise to stop,
        leaving the transaction for the caller to roll back."""
        options = {BULK_OPTION: True}
        connection = self.session.connection()
        if progress is not None:
            self._progress = progress
        new_recommendations = len(self._inserts.get(Recommendation, ()))
        self._written = 0
        self._to_write = (sum(map(len, self._inserts.values())) + len(self._updates)
                          + new_recommendations + len(self._records))
        before_new_recommendations = None
        for model, rows in self._inserts.items():
            if model is Recommendation:
                before_new_recommendations = search.last_rowid(connection)
            self._insert_many(model.__table__, rows)
        for model, row_id, base_version, changes in self._updates:
            table = cast(Table, model.__table__)
            result = cast(CursorResult, self.session.execute(
                update(table)
                .where(table.c.id == row_id, table.c.row_version == base_version)
                .values({name: new for name, (_, new) in changes.items()}
                        | {"row_version": base_version + 1, "updated_at": self.now,
                           "updated_by": self.context.author})
                .execution_options(**options)
            ))
            if result.rowcount != 1:
                raise ChangeLogError(f"{table.name} {row_id} changed while it was being updated")
        if self._updates:
            self._advance(len(self._updates))
        if before_new_recommendations is not None:
            search.index_added(connection, before_new_recommendations)
        self._advance(new_recommendations)
        search.reindex(connection, [
            row_id for operation, table, row_id, _, _ in self._records
            if table == "recommendation" and operation == ChangeOperation.UPDATE])
        if self._records:
            self._write_change_records()
        self._inserts.clear()
        self._updates.clear()
        self._records.clear()
        self._pending.clear()
