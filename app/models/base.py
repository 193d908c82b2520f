"""Declarative base, naming convention and the columns every replicated row carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Boolean, DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID_LENGTH = 36


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def uuid_column(*, primary_key: bool = False):
    return mapped_column(String(UUID_LENGTH), primary_key=primary_key, default=new_id)


class Replicated:
    """Mixin for every row that travels between databases and is written to the change log.

    `row_version` is SQLAlchemy's version counter: each UPDATE checks and increments it, so a
    lost update raises instead of silently overwriting, and the change log records the version
    each change was based on (the "base" of the three-way merge).
    """

    __tracked__ = True

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(200))
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    deleted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

    @declared_attr.directive
    def __mapper_args__(cls):
        return {"version_id_col": cls.row_version}


# Columns managed by the change log machinery itself; they are never reported as field changes.
AUDIT_COLUMNS = frozenset(
    {"id", "created_at", "created_by", "updated_at", "updated_by", "row_version"}
)
