"""Which review of the register a parsed recommendation belongs to, created when none is.

A review is found by its mechanism and State, then by the most precise thing both sides say:
the document symbol, the session, the cycle, the year. What the register's review lacked and
the file gives (a symbol from the matrix, a session from UPR Info) is filled in.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.bulk import BulkWriter
from app.i18n import _
from app.importers.model import ParsedRecommendation, ReviewInfo, RowRejected
from app.importers.vocabulary import KnownNames
from app.models import Review

_PRECISION = ("symbol", "session", "cycle", "year")  # most precise first


@dataclass
class KnownReview:
    id: str
    mechanism_id: str
    state_id: str
    symbol: str | None
    session: int | None
    cycle: int | None
    year: int | None
    version: int
    new: bool = False  # created by this import: completed in place, no update written

    def matches(self, mechanism_id: str, state_id: str, info: ReviewInfo) -> bool:
        if self.mechanism_id != mechanism_id or self.state_id != state_id:
            return False
        for name in _PRECISION:
            ours, theirs = getattr(self, name), getattr(info, name)
            if ours and theirs:
                return ours == theirs
        # Neither says which review: the one review of that mechanism and State that says
        # nothing either (a home-made list imported twice).
        return not any(getattr(info, n) for n in _PRECISION) and not any(
            getattr(self, n) for n in _PRECISION)


class ReviewFinder:
    def __init__(self, session: Session, vocabulary: KnownNames, writer: BulkWriter):
        self.session = session
        self.vocabulary = vocabulary
        self.writer = writer
        self.created = 0
        self._known: list[KnownReview] | None = None
        self._found: dict[tuple, str] = {}

    def mechanism(self, info: ReviewInfo) -> str | None:
        """The mechanism's code ("UPR", "CRC"…) as the vocabulary knows it."""
        return self.vocabulary.mechanism_code(*(info.mechanism or "").split(" | "))

    def review_id(self, record: ParsedRecommendation) -> str:
        """The review's id; RowRejected when the row names no mechanism or State we know."""
        info = record.review
        mechanism_id = self.vocabulary.mechanism_by_code.get(self.mechanism(info) or "")
        if mechanism_id is None:
            raise RowRejected("mechanism", _(
                "'{0}' is not a known mechanism (UPR, a treaty body such as CRC, a special "
                "procedure's mandate)").format(info.mechanism or ''), info.mechanism or "")
        if not info.state:
            raise RowRejected("State under review",
                              _("not found in the file; give it (CLI: --state)"), "")
        state_id = self.vocabulary.state_id(info.state)
        if state_id is None:
            raise RowRejected("State under review", self.vocabulary.unknown_state(info.state),
                              info.state)
        found_as = (mechanism_id, state_id, info.symbol, info.session, info.cycle)
        if found_as in self._found:
            return self._found[found_as]
        for known in self._reviews():
            if known.matches(mechanism_id, state_id, info):
                self._complete(known, info)
                self._found[found_as] = known.id
                return known.id
        known = self._create(mechanism_id, state_id, info)
        self._found[found_as] = known.id
        return known.id

    def _reviews(self) -> list[KnownReview]:
        if self._known is None:
            self._known = [
                KnownReview(r.id, r.mechanism_id, r.state_id, r.symbol, r.session, r.cycle,
                            r.year, r.row_version)
                for r in self.session.scalars(select(Review).where(Review.deleted.is_(False)))]
        return self._known

    def _create(self, mechanism_id: str, state_id: str, info: ReviewInfo) -> KnownReview:
        facts = {name: getattr(info, name) for name in _PRECISION}
        review_id = self.writer.insert(Review, title=f"{info.mechanism} review of {info.state}",
                                       mechanism_id=mechanism_id, state_id=state_id, **facts)
        known = KnownReview(review_id, mechanism_id, state_id, **facts, version=1, new=True)
        self._reviews().append(known)
        self.created += 1
        return known

    def _complete(self, known: KnownReview, info: ReviewInfo) -> None:
        """Fill what the review lacked (a symbol from the matrix, a session from UPR Info)."""
        changes = {name: (getattr(known, name), getattr(info, name)) for name in _PRECISION
                   if getattr(known, name) is None and getattr(info, name) is not None}
        if changes and not known.new:
            self.writer.update(Review, known.id, known.version, changes)
            known.version += 1
        for name, (_old, new) in changes.items():
            setattr(known, name, new)
