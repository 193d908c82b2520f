"""What the database knows about itself: identity, change log, devices, exchange, conflicts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.models.base import UUID_LENGTH, Base, new_id, utcnow
from app.models.codes import ConflictStatus, DatabaseRole, DeviceKind, DeviceStatus, values

DATABASE_ROLES = values(DatabaseRole)


class DatabaseInfo(Base):
    """The single row that says what this file is."""

    __tablename__ = "database_info"
    __table_args__ = (
        CheckConstraint("singleton = 1", name="singleton"),
        CheckConstraint("role IN ('secretariat', 'institution')", name="role"),
    )

    singleton: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    database_id: Mapped[str] = mapped_column(String(UUID_LENGTH), default=new_id)
    role: Mapped[str] = mapped_column(String(20), default=DatabaseRole.SECRETARIAT)
    title: Mapped[str] = mapped_column(String(300), default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    state_id: Mapped[str | None] = mapped_column(ForeignKey("state.id"))
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institution.id"))
    local_device_id: Mapped[str] = mapped_column(String(UUID_LENGTH), default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    created_with_version: Mapped[str] = mapped_column(String(40))

    @classmethod
    def of(cls, session: Session) -> DatabaseInfo:
        """The row, which every database of ours has from its creation on (the integrity
        check refuses a file without it)."""
        info = session.get(cls, 1)
        if info is None:
            raise LookupError("database_info has no row: not a database NMRF Tracker made")
        return info


class ChangeRecord(Base):
    """One immutable change to one row: the audit trail and the unit of exchange."""

    __tablename__ = "change_record"
    __table_args__ = (
        UniqueConstraint("device_id", "seq"),
        CheckConstraint(
            "operation IN ('insert', 'update', 'delete', 'restore')", name="operation"
        ),
    )

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(String(UUID_LENGTH))
    seq: Mapped[int] = mapped_column(Integer)
    table_name: Mapped[str] = mapped_column(String(60), index=True)
    row_id: Mapped[str] = mapped_column(String(UUID_LENGTH), index=True)
    operation: Mapped[str] = mapped_column(String(10))
    base_row_version: Mapped[int] = mapped_column(Integer)
    # JSON object: field name -> [old value, new value]
    changes: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class Device(Base):
    """An installation known to this database: its own, or a ministry's registered device."""

    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institution.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Whom files for this device are encrypted to ("age1…"), as its signed files said.
    age_recipient: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20), default=DeviceKind.MINISTRY,
                                      server_default=DeviceKind.MINISTRY.value)
    status: Mapped[str] = mapped_column(String(20), default=DeviceStatus.ACTIVE)
    last_seq_applied: Mapped[int] = mapped_column(Integer, default=0)
    registered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class ExchangeLedger(Base):
    """Every exchange file issued or received, with its outcome."""

    __tablename__ = "exchange_ledger"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    direction: Mapped[str] = mapped_column(String(10))  # issued, received
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institution.id"), index=True)
    device_id: Mapped[str | None] = mapped_column(ForeignKey("device.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    first_seq: Mapped[int | None] = mapped_column(Integer)
    last_seq: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str | None] = mapped_column(Text)  # JSON
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    recorded_by: Mapped[str | None] = mapped_column(String(200))


class Conflict(Base):
    """A field changed on both sides since the common base; waits for a person."""

    __tablename__ = "conflict"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    change_id: Mapped[str] = mapped_column(String(UUID_LENGTH), index=True)
    table_name: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(UUID_LENGTH), index=True)
    field: Mapped[str] = mapped_column(String(60))
    base_value: Mapped[str | None] = mapped_column(Text)  # JSON
    master_value: Mapped[str | None] = mapped_column(Text)  # JSON
    incoming_value: Mapped[str | None] = mapped_column(Text)  # JSON
    incoming_device_id: Mapped[str | None] = mapped_column(ForeignKey("device.id"))
    incoming_author: Mapped[str | None] = mapped_column(String(200))
    incoming_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(20), default=ConflictStatus.OPEN, index=True)
    resolution_value: Mapped[str | None] = mapped_column(Text)  # JSON
    justification: Mapped[str | None] = mapped_column(Text)
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ImportRecord(Base):
    """One import of a file: what it was, what it did, who ran it."""

    __tablename__ = "import_record"

    id: Mapped[str] = mapped_column(String(UUID_LENGTH), primary_key=True, default=new_id)
    file_name: Mapped[str] = mapped_column(String(300))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    format: Mapped[str] = mapped_column(String(30))
    created: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    to_confirm: Mapped[int] = mapped_column(Integer, default=0)
    details: Mapped[str | None] = mapped_column(Text)  # JSON: rejections and near misses
    imported_by: Mapped[str] = mapped_column(String(200))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
