"""The change log: every write to a tracked row becomes an immutable ChangeRecord.

The records are written by a `before_flush` hook, so they land in the same transaction as the
data change and no service can forget them. Hard deletes and bulk statements on tracked tables
are refused, because they would change data without leaving a record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from app.db import search
from app.db.change_codec import encoded_changes, json_value
from app.errors import ChangeLogError
from app.models import AUDIT_COLUMNS, ChangeRecord, new_id, tracked_tables, utcnow
from app.models.codes import ChangeOperation

CONTEXT_KEY = "nmrf_change_context"
READ_ONLY_KEY = "nmrf_read_only"


@dataclass
class ChangeContext:
    device_id: str
    author: str
    # False only while loading shipped reference data into a new file: that is not a change
    # anybody made, and every database gets the same rows with the same ids.
    record_changes: bool = True
    last_seq: int | None = None


def install(factory: sessionmaker) -> None:
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _reindex_search)
    event.listen(factory, "do_orm_execute", _refuse_bulk_writes)


def _reindex_search(session: Session, _flush_context) -> None:
    touched = [obj.id for obj in (*session.new, *session.dirty)
               if getattr(obj, "__tablename__", None) == "recommendation"]
    if touched:
        search.reindex(session.connection(), touched)


def _is_tracked(obj: Any) -> bool:
    return getattr(type(obj), "__tracked__", False)


def _apply_scalar_defaults(obj: Any) -> None:
    """Fill Python-side scalar defaults now, so the insert record shows the values stored."""
    mapper = inspect(obj).mapper
    for column_attr in mapper.column_attrs:
        column = column_attr.columns[0]
        default = column.default
        if default is not None and default.is_scalar and getattr(obj, column_attr.key) is None:
            setattr(obj, column_attr.key, default.arg)


def _insert_fields(obj: Any) -> dict[str, list[Any]]:
    fields = {}
    for column_attr in inspect(obj).mapper.column_attrs:
        key = column_attr.key
        value = getattr(obj, key)
        if key not in AUDIT_COLUMNS and value is not None:
            fields[key] = [None, json_value(value)]
    return fields


def _update_fields(session: Session, obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    changed: dict[str, tuple[Any, Any, bool]] = {}
    for column_attr in state.mapper.column_attrs:
        key = column_attr.key
        if key in AUDIT_COLUMNS:
            continue
        history = state.attrs[key].history
        if not history.has_changes():
            continue
        old_known = bool(history.deleted)
        old = history.deleted[0] if old_known else None
        new = history.added[0] if history.added else None
        changed[key] = (old, new, old_known)
    if any(not old_known for _, _, old_known in changed.values()):
        # The attribute was expired when it was set, so the session never saw the old value:
        # read it from the database rather than record a wrong "old".
        table = state.mapper.local_table
        stored = session.connection().execute(
            select(table).where(table.c.id == state.identity[0])
        ).mappings().one()
        changed = {
            key: (old if known else stored[state.mapper.get_property(key).columns[0].name], new,
                  True)
            for key, (old, new, known) in changed.items()
        }
    return {
        key: [json_value(old), json_value(new)]
        for key, (old, new, _) in changed.items()
        if json_value(old) != json_value(new)
    }


def next_seq(session: Session, context: ChangeContext) -> int:
    if context.last_seq is None:
        context.last_seq = session.connection().execute(
            select(func.coalesce(func.max(ChangeRecord.seq), 0)).where(
                ChangeRecord.device_id == context.device_id
            )
        ).scalar_one()
    context.last_seq += 1
    return context.last_seq


def _before_flush(session: Session, _flush_context, _instances) -> None:
    for obj in session.deleted:
        if _is_tracked(obj):
            raise ChangeLogError(
                f"rows of {obj.__table__.name} are never deleted: set deleted=True instead"
            )
    new_rows = [obj for obj in session.new if _is_tracked(obj)]
    dirty_rows = [
        obj
        for obj in session.dirty
        if _is_tracked(obj) and session.is_modified(obj, include_collections=False)
    ]
    if not new_rows and not dirty_rows and not session.new and not session.dirty:
        return
    if session.info.get(READ_ONLY_KEY):
        raise ChangeLogError("this session is read-only: use Database.write() to change data")
    if not new_rows and not dirty_rows:
        return
    context: ChangeContext | None = session.info.get(CONTEXT_KEY)
    if context is None:
        raise ChangeLogError("tracked rows may only be written inside Database.write()")

    now = utcnow()
    pending: list[tuple[str, Any, int, dict[str, list[Any]]]] = []
    with session.no_autoflush:
        for obj in new_rows:
            obj.id = obj.id or new_id()
            obj.row_version = obj.row_version or 1
            obj.created_at = obj.created_at or now
            obj.created_by = obj.created_by or context.author
            obj.updated_at, obj.updated_by = now, context.author
            _apply_scalar_defaults(obj)
            pending.append((ChangeOperation.INSERT, obj, 0, _insert_fields(obj)))
        for obj in dirty_rows:
            fields = _update_fields(session, obj)
            if not fields:
                continue
            operation: str = ChangeOperation.UPDATE
            if "deleted" in fields:
                operation = (ChangeOperation.DELETE if fields["deleted"][1]
                             else ChangeOperation.RESTORE)
            base_version = obj.row_version
            obj.updated_at, obj.updated_by = now, context.author
            pending.append((operation, obj, base_version, fields))
        if not context.record_changes:
            return
        for operation, obj, base_version, fields in pending:
            session.add(
                ChangeRecord(
                    id=new_id(),
                    device_id=context.device_id,
                    seq=next_seq(session, context),
                    table_name=obj.__table__.name,
                    row_id=obj.id,
                    operation=operation,
                    base_row_version=base_version,
                    changes=encoded_changes(fields),
                    author=context.author,
                    created_at=now,
                )
            )


def _refuse_bulk_writes(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete or state.is_insert):
        return
    if state.execution_options.get("nmrf_change_log_written"):  # app.db.bulk.BulkWriter
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name in tracked_tables():
        raise ChangeLogError(
            f"bulk {('update' if state.is_update else 'delete' if state.is_delete else 'insert')}"
            f" on {name} would bypass the change log; change the rows through the ORM"
        )
