"""Evidence files: checked by content, stored once by SHA-256 inside the database file."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import _
from app.models import (
    Assessment,
    Assignment,
    Evidence,
    EvidenceBlob,
    Indicator,
    IndicatorValue,
    new_id,
)
from app.models.codes import AssignmentRole
from app.services.permissions import require_own_institution, require_responsible

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
    raise ValidationError(_("{0}: this type of file is not accepted as evidence (accepted: "
                            "{1})").format(original_name, accepted))


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
    if spec.assessment_id:
        assessment = session.get(Assessment, spec.assessment_id)
        if assessment is None or assessment.deleted:
            raise ValidationError(_("evidence: the progress report no longer exists"))
        require_own_institution(session, assessment.institution_id, "attach evidence")
    elif spec.action_id:
        lead = session.scalar(select(Assignment.institution_id).where(
            Assignment.action_id == spec.action_id, Assignment.role == AssignmentRole.LEAD,
            Assignment.deleted.is_(False)))
        require_responsible(session, lead, "attach evidence")
    elif spec.indicator_value_id:
        value = session.get(IndicatorValue, spec.indicator_value_id)
        indicator = session.get(Indicator, value.indicator_id) if value else None
        require_responsible(session, indicator.institution_id if indicator else None,
                            "attach evidence")
    if not spec.title.strip():
        raise ValidationError(_("{0}: give the evidence a title").format(spec.original_name))
    size = len(spec.content)
    if size == 0:
        raise ValidationError(_("{0}: the file is empty").format(spec.original_name))
    if size > MAX_EVIDENCE_BYTES:
        raise ValidationError(
            _("{0}: {1:.1f} MB is over the {2} MB limit for one evidence file").format(
                spec.original_name, size / 1_048_576, MAX_EVIDENCE_BYTES // 1_048_576)
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


EXTENSIONS = {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg",
              "text/plain": ".txt", "text/csv": ".csv",
              **{media: suffix for suffix, media in _OFFICE_TYPES.items()}}
# Names that would run something if opened as they are; the file is only ever written out
# under the extension of the type its content was checked to be, but the person is warned.
EXECUTABLE_LOOKING = (".exe", ".bat", ".cmd", ".com", ".scr", ".msi", ".js", ".vbs", ".ps1",
                      ".sh", ".jar", ".lnk", ".docm", ".xlsm", ".pptm", ".hta", ".app")


def read_evidence_file(path: Path) -> bytes:
    """The file's bytes, refusing before reading what is too big or not a regular file."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ValidationError(_("{0}: cannot be read ({1})").format(
                                  path.name, error.strerror)) from error
    if not path.is_file():
        raise ValidationError(_("{0}: not a file").format(path.name))
    if size > MAX_EVIDENCE_BYTES:
        raise ValidationError(_("{0}: {1:.1f} MB is over the {2} MB limit for one evidence "
                                "file").format(
                                  path.name, size / 1_048_576, MAX_EVIDENCE_BYTES // 1_048_576))
    return path.read_bytes()


@dataclass(frozen=True)
class EvidenceRow:
    id: str
    title: str
    original_name: str
    media_type: str
    size: int
    is_public: bool

    @property
    def looks_executable(self) -> bool:
        return self.original_name.lower().endswith(EXECUTABLE_LOOKING)


def evidence_of(session: Session, ids: list[str], attached_to: str = "assessment_id"
                ) -> dict[str, list[EvidenceRow]]:
    """Evidence per record id; `attached_to`: assessment_id, action_id or indicator_value_id."""
    column = getattr(Evidence, attached_to)
    found: dict[str, list[EvidenceRow]] = {}
    for row in session.scalars(select(Evidence).where(column.in_(ids),
                                                      Evidence.deleted.is_(False))
                               .order_by(Evidence.created_at)):
        found.setdefault(getattr(row, attached_to), []).append(EvidenceRow(
            row.id, row.title, row.original_name, row.media_type, row.size, row.is_public))
    return found


def write_evidence_copy(session: Session, evidence_id: str, folder: Path) -> Path:
    """A copy of the file to open with the system's viewer, named with the extension of the
    type its content was checked to be (never the name it arrived with)."""
    evidence = session.get(Evidence, evidence_id)
    if evidence is None or evidence.deleted:
        raise ValidationError(_("evidence: it no longer exists"))
    blob = session.get(EvidenceBlob, evidence.sha256)
    if blob is None or hashlib.sha256(blob.content).hexdigest() != evidence.sha256:
        raise ValidationError(_("{0}: the stored file is damaged (its SHA-256 no longer "
                                "matches); run nmrf-tracker check").format(evidence.original_name))
    stem = re.sub(r"[^\w\- ]+", "_", Path(evidence.original_name).stem)[:80] or "evidence"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{stem}-{evidence.sha256[:8]}{EXTENSIONS.get(evidence.media_type, '.bin')}"
    target.write_bytes(blob.content)
    return target
