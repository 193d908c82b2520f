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


_RANDOM_BATCH = 10 * 4096
_random_pool = bytearray()
_random_pool_pid = 0
_UUID7_VERSION_AND_VARIANT = (0x7 << 76) | (0b10 << 62)
_RAND_A_AND_B_MASK = (0xFFF << 64) | 0x3FFF_FFFF_FFFF_FFFF


def new_id() -> str:
    """A UUID version 7: 48 bits of Unix milliseconds, then random bits (RFC 9562).

    Rows created together get neighbouring keys, so SQLite appends to its indexes instead of
    scattering writes across them; the ids stay unique across devices like any UUID.
    """
    global _random_pool, _random_pool_pid
    if not _random_pool or _random_pool_pid != os.getpid():
        # One system call per four thousand ids (an import asks for half a million); a forked
        # child draws its own bytes rather than repeat its parent's ids.
        _random_pool = bytearray(os.urandom(_RANDOM_BATCH))
        _random_pool_pid = os.getpid()
    random_bits = int.from_bytes(_random_pool[-10:], "big")
    del _random_pool[-10:]
    milliseconds = (time.time_ns() // 1_000_000) & 0xFFFF_FFFF_FFFF
    value = (milliseconds << 80) | _UUID7_VERSION_AND_VARIANT | (random_bits & _RAND_A_AND_B_MASK)
    text = f"{value:032x}"
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
