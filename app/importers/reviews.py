"""Which review of the register a parsed recommendation belongs to, created when none is.

A review is found by its mechanism and State, then by the most precise thing both sides say:
the document symbol, the session, the cycle, the year. What the register's review lacked and
the file gives (a symbol from the matrix, a session from UPR Info) is filled in. A UPR row
that gives a session or a year but no cycle is given its cycle by the UPR calendar, so that
it joins the review of that State and cycle (app.importers.upr_calendar).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.bulk import BulkWriter
from app.i18n import _
from app.importers.model import ParsedRecommendation, ReviewCount, ReviewInfo, RowRejected
from app.importers.upr_calendar import UPR, UprCalendar
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
        self.calendar = UprCalendar.shipped()
        self._mechanisms: dict[str, str | None] = {}  # as a file writes it -> code
        self._known: list[KnownReview] | None = None
        self._found: dict[tuple, str] = {}
        self.placed: Counter[str] = Counter()  # review id -> rows of the files placed in it
        self.named: dict[str, tuple[str, str]] = {}  # review id -> (mechanism, State) as written

    def mechanism(self, info: ReviewInfo) -> str | None:
        """The mechanism's code ("UPR", "CRC"…) as the vocabulary knows it."""
        written = info.mechanism or ""
        if written not in self._mechanisms:  # asked three times for each of 60,000 rows
            self._mechanisms[written] = self.vocabulary.mechanism_code(*written.split(" | "))
        return self._mechanisms[written]

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
        found_as = (mechanism_id, state_id, info.symbol, info.session, info.cycle, info.year)
        if found_as not in self._found:
            if self.mechanism(info) == UPR:
                info = self._in_cycle(mechanism_id, state_id, info)
            self._found[found_as] = self._review(mechanism_id, state_id, info).id
        review_id = self._found[found_as]
        self.placed[review_id] += 1
        self.named.setdefault(review_id, (self.mechanism(record.review) or "", info.state or ""))
        return review_id

    def _review(self, mechanism_id: str, state_id: str, info: ReviewInfo) -> KnownReview:
        for known in self._reviews():
            if known.matches(mechanism_id, state_id, info):
                self._complete(known, info)
                return known
        return self._create(mechanism_id, state_id, info)

    def _in_cycle(self, mechanism_id: str, state_id: str, info: ReviewInfo) -> ReviewInfo:
        """The UPR cycle of a row that gives a session or a year and no cycle."""
        calendar = self.calendar
        if info.cycle:
            return info
        if info.session:
            return replace(info, cycle=calendar.cycle_of_session(info.session))
        if info.symbol or not info.year:  # a document symbol says which review by itself
            return info
        if not calendar.first_year <= info.year <= calendar.last_year:
            raise RowRejected("year", _(
                "{0} is outside the UPR calendar ({1} to {2}); give the cycle or the session "
                "(a Cycle or Session column, or CLI --cycle)").format(
                    info.year, calendar.first_year, calendar.last_year), str(info.year))
        possible = calendar.cycles_of_year(info.year)
        in_register = {known.cycle for known in self._reviews()
                       if (known.mechanism_id, known.state_id) == (mechanism_id, state_id)
                       and known.cycle in possible}
        held = calendar.cycles_held(info.year)
        if len(in_register) == 1:
            return replace(info, cycle=in_register.pop())
        if len(held) == 1:
            return replace(info, cycle=held[0])
        raise RowRejected("year", _(
            "UPR sessions of cycles {1} were held in {0}; give the cycle or the session (a "
            "Cycle or Session column, or CLI --cycle)").format(
                info.year, ", ".join(map(str, held))), str(info.year))

    def found(self) -> list[ReviewCount]:
        """The reviews the rows were placed in, the most rows first: whether each is already
        in the register, and the facts it has once the import has completed it."""
        by_id = {known.id: known for known in self._reviews()}
        counts = []
        for review_id, rows in self.placed.most_common():
            known = by_id[review_id]
            mechanism, state = self.named[review_id]
            counts.append(ReviewCount(mechanism, state, known.cycle, known.session, known.year,
                                      rows, new=known.new))
        return counts

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
