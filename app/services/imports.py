"""What has been imported into a database (the import history)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.db.database import Database
from app.models import ImportRecord


@dataclass(frozen=True)
class ImportHistoryRow:
    file_name: str
    format: str
    imported_at: datetime
    imported_by: str
    created: int
    updated: int
    unchanged: int
    rejected: int
    to_confirm: int
    sha256: str


def import_history(db: Database) -> list[ImportHistoryRow]:
    with db.read() as session:
        return [
            ImportHistoryRow(r.file_name, r.format, r.imported_at, r.imported_by, r.created,
                             r.updated, r.unchanged, r.rejected, r.to_confirm, r.file_sha256)
            for r in session.scalars(
                select(ImportRecord).order_by(ImportRecord.imported_at.desc()))
        ]
