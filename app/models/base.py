"""Declarative base, naming convention and the columns every replicated row carries."""

from __future__ import annotations

import os
import threading
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


_RANDOM_BYTES_PER_ID = 10  # rand_a and rand_b of RFC 9562 (74 bits) fit in 80
_RANDOM_BATCH = _RANDOM_BYTES_PER_ID * 4096
_random_pool = bytearray()
_random_pool_lock = threading.Lock()
# The variant is the two high bits of the fourth group: '10', so its first hex digit is 8 to b.
_VARIANT_DIGIT = {digit: "89ab"[int(digit, 16) & 0b11] for digit in "0123456789abcdef"}


def _forget_random_pool() -> None:
    """In a forked child: draw fresh bytes rather than repeat the parent's ids, with a lock of
    its own (another thread of the parent may have held it at the fork)."""
    global _random_pool_lock
    _random_pool_lock = threading.Lock()
    _random_pool.clear()


if hasattr(os, "register_at_fork"):  # POSIX only; Windows has no fork to guard against
    os.register_at_fork(after_in_child=_forget_random_pool)


def _random_hex(count: int) -> str:
    """20 hex digits of fresh randomness per id; one system call per four thousand ids (an
    import asks for half a million)."""
    wanted = count * _RANDOM_BYTES_PER_ID
    with _random_pool_lock:  # two threads must never take the same bytes
        if len(_random_pool) < wanted:
            _random_pool.extend(os.urandom(max(_RANDOM_BATCH, wanted)))
        chunk = _random_pool[-wanted:]
        del _random_pool[-wanted:]
    return chunk.hex()


def _milliseconds_hex() -> str:
    return f"{(time.time_ns() // 1_000_000) & 0xFFFF_FFFF_FFFF:012x}"


def new_id() -> str:
    """A UUID version 7: 48 bits of Unix milliseconds, then random bits (RFC 9562).

    Rows created together get neighbouring keys, so SQLite appends to its indexes instead of
    scattering writes across them; the ids stay unique across devices like any UUID.
    """
    r = _random_hex(1)
    t = _milliseconds_hex()
    return f"{t[:8]}-{t[8:]}-7{r[:3]}-{_VARIANT_DIGIT[r[3]]}{r[4:7]}-{r[7:19]}"


def new_ids(count: int) -> list[str]:
    """`count` ids as new_id() makes them, in ascending order, at a third of the cost each
    (the bulk writer's change records: 280,000 of them in a large import).

    Sorted because they share one millisecond: in random order, inserting 280,000 of them
    scattered writes over an index larger than the page cache (5 s instead of 3)."""
    r = _random_hex(count)
    t = _milliseconds_hex()
    prefix = f"{t[:8]}-{t[8:]}-7"
    variant = _VARIANT_DIGIT
    ids = [f"{prefix}{r[i:i + 3]}-{variant[r[i + 3]]}{r[i + 4:i + 7]}-{r[i + 7:i + 19]}"
           for i in range(0, count * 2 * _RANDOM_BYTES_PER_ID, 2 * _RANDOM_BYTES_PER_ID)]
    ids.sort()
    return ids


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
