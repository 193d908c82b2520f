"""Evidence files, stored once inside the database file and named by their SHA-256."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Replicated, utcnow


class EvidenceBlob(Base):
    """The bytes of a file. Content-addressed: the hash is its identity, so it never changes."""

    __tablename__ = "evidence_blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    stored_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Evidence(Replicated, Base):
    """A file attached to an assessment, an indicator value or an action."""

    __tablename__ = "evidence"

    sha256: Mapped[str] = mapped_column(ForeignKey("evidence_blob.sha256"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    original_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    evidence_date: Mapped[date | None] = mapped_column(Date)
    is_public: Mapped[bool] = mapped_column(Boolean, default=False)
    assessment_id: Mapped[str | None] = mapped_column(ForeignKey("assessment.id"), index=True)
    indicator_value_id: Mapped[str | None] = mapped_column(
        ForeignKey("indicator_value.id"), index=True
    )
    action_id: Mapped[str | None] = mapped_column(ForeignKey("action.id"), index=True)
