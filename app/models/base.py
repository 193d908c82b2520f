"""Declarative base, naming convention and the columns every replicated row carries."""

from __future__ import annotations

import os
import time
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
    """A UUID version 7: 48 bits of Unix milliseconds, then random bits (RFC 9562).

    Rows created together get neighbouring keys, so SQLite appends to its indexes instead of
    scattering writes across them; the ids stay unique across devices like any UUID.
    """
    milliseconds = (time.time_ns() // 1_000_000) & 0xFFFF_FFFF_FFFF
    random_bits = int.from_bytes(os.urandom(10), "big")
    rand_a, rand_b = random_bits >> 68, random_bits & 0x3FFF_FFFF_FFFF_FFFF
    text = f"{milliseconds:012x}7{rand_a:03x}{0x8 | rand_b >> 60:x}{rand_b & (1 << 60) - 1:015x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


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
