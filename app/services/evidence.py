"""Evidence files: checked by content, stored once by SHA-256 inside the database file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import Evidence, EvidenceBlob, new_id

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024

# Allow-list: what a file's first bytes must look like for each accepted type.
_SIGNATURES: list[tuple[bytes, str]] = [
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"PK\x03\x04", "application/zip"),
]
_OFFICE_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
}
_TEXT_TYPES = {".txt": "text/plain", ".csv": "text/csv"}


def sniff_media_type(content: bytes, original_name: str) -> str:
    suffix = "." + original_name.rsplit(".", 1)[-1].lower() if "." in original_name else ""
    for signature, media_type in _SIGNATURES:
        if content.startswith(signature):
            if media_type == "application/zip":
                if suffix in _OFFICE_TYPES:
                    return _OFFICE_TYPES[suffix]
                break
            return media_type
    else:
        if suffix in _TEXT_TYPES:
            try:
                content.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                return _TEXT_TYPES[suffix]
    accepted = "PDF, PNG, JPEG, Word/Excel/PowerPoint/OpenDocument, UTF-8 text or CSV"
    raise ValidationError(f"{original_name}: this type of file is not accepted as evidence "
                          f"(accepted: {accepted})")


@dataclass(frozen=True)
class EvidenceSpec:
    content: bytes
    original_name: str
    title: str
    evidence_date: date | None = None
    is_public: bool = False
    assessment_id: str | None = None
    indicator_value_id: str | None = None
    action_id: str | None = None


def store_evidence(session: Session, spec: EvidenceSpec) -> str:
    size = len(spec.content)
    if size == 0:
        raise ValidationError(f"{spec.original_name}: the file is empty")
    if size > MAX_EVIDENCE_BYTES:
        raise ValidationError(
            f"{spec.original_name}: {size / 1_048_576:.1f} MB is over the "
            f"{MAX_EVIDENCE_BYTES // 1_048_576} MB limit for one evidence file"
        )
    media_type = sniff_media_type(spec.content, spec.original_name)
    digest = hashlib.sha256(spec.content).hexdigest()
    if session.get(EvidenceBlob, digest) is None:
        session.add(EvidenceBlob(sha256=digest, size=size, content=spec.content))
    evidence = Evidence(
        id=new_id(),
        sha256=digest,
        title=spec.title,
        original_name=spec.original_name,
        media_type=media_type,
        size=size,
        evidence_date=spec.evidence_date,
        is_public=spec.is_public,
        assessment_id=spec.assessment_id,
        indicator_value_id=spec.indicator_value_id,
        action_id=spec.action_id,
    )
    session.add(evidence)
    return evidence.id


def evidence_hash_problems(session: Session) -> list[str]:
    """Blobs whose bytes no longer match their name (SHA-256) or recorded size."""
    problems = []
    for blob in session.scalars(select(EvidenceBlob).order_by(EvidenceBlob.sha256)):
        actual = hashlib.sha256(blob.content).hexdigest()
        if actual != blob.sha256:
            problems.append(f"evidence file {blob.sha256[:12]}…: its content no longer matches "
                            f"its SHA-256 (now {actual[:12]}…)")
        elif len(blob.content) != blob.size:
            problems.append(f"evidence file {blob.sha256[:12]}…: size {len(blob.content)} "
                            f"bytes, recorded {blob.size}")
    for title, size, blob_size in session.execute(
        select(Evidence.title, Evidence.size, EvidenceBlob.size)
        .join(EvidenceBlob, EvidenceBlob.sha256 == Evidence.sha256)
        .where(Evidence.size != EvidenceBlob.size)
    ):
        problems.append(f"evidence '{title}': recorded size {size} differs from stored {blob_size}")
    return problems
