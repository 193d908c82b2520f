"""Matching parsed recommendations to the register and writing what is new or corrected.

Order of matching: the source's own identifier (same file imported again), then the review
plus paragraph number, then the review plus the text's key (the same recommendation from
another source). The key ignores spaces too, because Word matrices split words ("program
me", "P lan"): the letters are the same, so the text is the same. A text that is only
similar is a near miss for a person to confirm; it is never merged silently.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.bulk import BulkWriter
from app.i18n import _
from app.importers.model import ParsedRecommendation, Rejection, ReviewInfo
from app.importers.text import POSITION_CHOICES, position_code, text_key
from app.importers.vocabulary import KnownNames
from app.models import (
    ExternalReference,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationSdg,
    RecommendationTheme,
    RecommendingState,
    Review,
)
from app.models.codes import PositionCode

SIMILARITY_THRESHOLD = 0.88
# Fields a corrected file of the same source may change; the secretariat's own work
# (assignments, assessments, clusters, priority, notes) is never touched by an import.
IMPORTED_FIELDS = ("reference", "text", "position_code", "position_source", "action_category")


@dataclass
class NearMiss:
    file: str
    row: int
    text: str
    existing_id: str
    existing_reference: str | None
    existing_text: str
    similarity: float

    def as_json(self) -> dict:
        return asdict(self)


@dataclass
class FileTally:
    """What one file of an import did to the register: the recommendations it created, those
    it changed (new links, sources or filled-in fields) and those it found as they were."""

    created: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    unchanged: set[str] = field(default_factory=set)


@dataclass
class _Existing:
    id: str
    version: int
    fields: dict
    states: set[str] = field(default_factory=set)
    themes: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    sdgs: set[tuple[str, str | None]] = field(default_factory=set)
    sources: set[tuple[str, str]] = field(default_factory=set)
    touched: bool = False


class Merger:
    def __init__(self, session: Session, vocabulary: KnownNames, *, hold_near_misses: bool,
                 confirmed_same: frozenset[str] = frozenset()):
        self.session = session
        self.vocabulary = vocabulary
        self.writer = BulkWriter(session)
        self.hold_near_misses = hold_near_misses
        self.confirmed_same = confirmed_same  # "file:row" a person confirmed as a near miss
        self.attributions = set(vocabulary.state_by_key)
        self.created: set[str] = set()
        self.updated: set[str] = set()
        self.unchanged: set[str] = set()
        self.reviews_created = 0
        self.rejections: list[Rejection] = []
        self.near_misses: list[NearMiss] = []
        self.tallies: dict[str, FileTally] = defaultdict(FileTally)  # by file name
        self._reviews: list[tuple[str, dict]] = []
        self._review_cache: dict[tuple, str] = {}
        self._by_source: dict[tuple[str, str], str] = {
            (source, identifier): rec_id
            for source, identifier, rec_id in session.execute(
                select(ExternalReference.source, ExternalReference.identifier,
                       ExternalReference.recommendation_id)
                .where(ExternalReference.deleted.is_(False)))
        }
        self._loaded_reviews: set[str] = set()
        self._records: dict[str, _Existing] = {}
        self._by_reference: dict[tuple[str, str], str] = {}
        self._by_text: dict[tuple[str, str], str] = {}
        self._in_review: dict[str, list[str]] = defaultdict(list)
        self._review_sources: dict[str, set[str]] = defaultdict(set)
        self._keys: dict[str, str] = {}
        self._review_of: dict[str, str] = {}

    # reviews ---------------------------------------------------------------------------
    def review_id(self, record: ParsedRecommendation) -> str | None:
        info = record.review
        mechanism_id = self.vocabulary.mechanism_by_code.get(self._mechanism(info) or "")
        if mechanism_id is None:
            return self._reject(record, "mechanism", _("'{0}' is not a known mechanism (UPR, "
                                                       "a treaty body such as CRC, a special "
                                                       "procedure's mandate)").format(
                                                         info.mechanism or ''))
        if not info.state:
            return self._reject(record, "State under review",
                                _("not found in the file; give it (CLI: --state)"))
        state_id = self.vocabulary.state_id(info.state)
        if state_id is None:
            return self._reject(record, "State under review",
                                self.vocabulary.unknown_state(info.state))
        if not self._reviews:
            self._reviews = [
                (r.id, {"mechanism_id": r.mechanism_id, "state_id": r.state_id, "symbol": r.symbol,
                        "session": r.session, "cycle": r.cycle, "year": r.year,
                        "version": r.row_version})
                for r in self.session.scalars(select(Review).where(Review.deleted.is_(False)))
            ]
        cache_key = (mechanism_id, state_id, info.symbol, info.session, info.cycle)
        if cache_key in self._review_cache:
            return self._review_cache[cache_key]
        for review_id, known in self._reviews:
            if self._same_review(known, mechanism_id, state_id, info):
                self._complete_review(review_id, known, info)
                self._review_cache[cache_key] = review_id
                return review_id
        values = {"mechanism_id": mechanism_id, "state_id": state_id, "symbol": info.symbol,
                  "session": info.session, "cycle": info.cycle, "year": info.year}
        title = f"{info.mechanism} review of {info.state}"
        review_id = self.writer.insert(Review, title=title, **values)
        self._reviews.append((review_id, {**values, "version": 1, "new": True}))
        self._review_cache[cache_key] = review_id
        self.reviews_created += 1
        return review_id

    def _mechanism(self, info: ReviewInfo) -> str | None:
        return self.vocabulary.mechanism_code(*(info.mechanism or "").split(" | "))

    @staticmethod
    def _same_review(known: dict, mechanism_id: str, state_id: str, info: ReviewInfo) -> bool:
        if known["mechanism_id"] != mechanism_id or known["state_id"] != state_id:
            return False
        if info.symbol and known["symbol"]:
            return info.symbol == known["symbol"]
        if info.session and known["session"]:
            return info.session == known["session"]
        if info.cycle and known["cycle"]:
            return info.cycle == known["cycle"]
        if info.year and known["year"]:
            return info.year == known["year"]
        # Neither says which review: the one review of that mechanism and State that says
        # nothing either (a home-made list imported twice).
        names = ("symbol", "session", "cycle", "year")
        return not any(getattr(info, n) for n in names) and not any(known[n] for n in names)

    def _complete_review(self, review_id: str, known: dict, info: ReviewInfo) -> None:
        """Fill what the review lacked (a symbol from the matrix, a session from UPR Info)."""
        changes = {name: (known[name], getattr(info, name))
                   for name in ("symbol", "session", "cycle", "year")
                   if known[name] is None and getattr(info, name) is not None}
        if changes and not known.get("new"):
            self.writer.update(Review, review_id, known["version"], changes)
            known["version"] += 1
        for name, (_old, new) in changes.items():
            known[name] = new

    # recommendations -------------------------------------------------------------------
    def add(self, record: ParsedRecommendation) -> None:
        review_id = self.review_id(record)
        if review_id is None:
            return
        if record.position:
            position = position_code(record.position)
        else:  # only the UPR asks the State for a position
            upr = self._mechanism(record.review) == "UPR"
            position = PositionCode.PENDING if upr else PositionCode.NOT_APPLICABLE
        if position is None:
            self._reject(record, "position",
                         _("'{0}' is not one of {1}").format(record.position, POSITION_CHOICES))
            return
        unknown_targets = [c for c in record.sdg_targets if c not in self.vocabulary.target_by_code]
        if unknown_targets:
            self._reject(record, "SDG target", _("'{0}' is not one of the 169 SDG targets "
                                                 "(1.1 to 17.19)").format(unknown_targets[0]))
            return
        states = []
        for name in record.recommending_states:
            state_id = self.vocabulary.state_id(name)
            if state_id is None:
                self._reject(record, "recommending State", self.vocabulary.unknown_state(name))
                return
            states.append(state_id)
        self._load_review(review_id)
        key = text_key(record.text, self.attributions)
        existing_id = (self._by_source.get((record.source, record.identifier))
                       or (record.reference and self._by_reference.get((review_id,
                                                                        record.reference)))
                       or self._text_match(review_id, key, record))
        values = {"reference": record.reference, "text": record.text,
                  "position_code": position, "position_source": record.position_source,
                  "action_category": record.action_category}
        if existing_id is not None and existing_id not in self._records:
            # Found by its source id in another review than the row's: load that review.
            self._load_review(self.session.scalar(
                select(Recommendation.review_id).where(Recommendation.id == existing_id)))
        if existing_id is None:
            near = self._near_miss(review_id, key, record)
            if near is not None and f"{record.file}:{record.row}" in self.confirmed_same:
                existing_id = near.existing_id  # a person said: the same recommendation
            elif near is not None and self.hold_near_misses:
                self.near_misses.append(near)
                return
            else:
                existing_id = self._create(review_id, values, key)
                self.tallies[record.file].created.add(existing_id)
        existing = self._records[existing_id]
        # A corrected file may overwrite what its source alone brought; once another source
        # shares the recommendation, each only fills gaps, or re-imports would flip its text.
        sole_source = (record.source, record.identifier) in self._by_source and all(
            source == record.source for source, _ in existing.sources)
        self._merge(existing, values, states, record, sole_source)

    def _text_match(self, review_id: str, key: str, record) -> str | None:
        """Same words in the same review, from another source.

        Two records of one source are two recommendations when that source says so (UPR Info
        keeps one text with two responses apart), and two paragraph numbers mean two
        paragraphs: "Ratify … (Estonia)" and "Ratify … (Portugal)" in one matrix.
        """
        rec_id = self._by_text.get((review_id, key.replace(" ", "")))
        if rec_id is None:
            return None
        candidate = self._records[rec_id]
        other = candidate.fields["reference"]
        if record.reference and other and other != record.reference:
            return None
        if any(source == record.source for source, _ in candidate.sources):
            return None
        return rec_id

    def _create(self, review_id: str, values: dict, key: str) -> str:
        rec_id = self.writer.insert(Recommendation, review_id=review_id, **values)
        self._records[rec_id] = _Existing(rec_id, 1, dict(values))
        self._review_of[rec_id] = review_id
        self._in_review[review_id].append(rec_id)
        self._keys[rec_id] = key
        self.created.add(rec_id)
        if values["reference"]:
            self._by_reference[(review_id, values["reference"])] = rec_id
        self._by_text.setdefault((review_id, key.replace(" ", "")), rec_id)
        return rec_id

    def _merge(self, existing: _Existing, values: dict, states: list[str],
               record: ParsedRecommendation, same_source: bool) -> None:
        writer, rec_id = self.writer, existing.id
        new = rec_id in self.created
        if same_source and not new:
            changes = {name: (existing.fields[name], value) for name, value in values.items()
                       if value is not None and value != existing.fields[name]}
        else:  # another source fills gaps; it does not overrule what is there
            changes = {name: (existing.fields[name], value) for name, value in values.items()
                       if value is not None
                       and existing.fields[name] in (None, PositionCode.PENDING)}
        if changes and new:
            writer.amend(rec_id, {name: value for name, (_, value) in changes.items()})
        elif changes:
            writer.update(Recommendation, rec_id, existing.version, changes)
            existing.version += 1
            existing.touched = True
        existing.fields.update({name: value for name, (_, value) in changes.items()})
        vocabulary = self.vocabulary
        added = 0  # links and source references this record brought

        def link(known: set, key, model, **columns) -> None:
            """Add the link unless the recommendation has it already (links only accrue)."""
            nonlocal added
            if key not in known:
                known.add(key)
                writer.insert(model, recommendation_id=rec_id, **columns)
                existing.touched = True
                added += 1

        for state_id in states:
            link(existing.states, state_id, RecommendingState, state_id=state_id)
        for ref in record.themes:
            theme_id = vocabulary.theme_id(ref, writer)
            link(existing.themes, theme_id, RecommendationTheme, theme_id=theme_id)
        for name in record.affected_groups:
            group_id = vocabulary.group_id(name, writer)
            link(existing.groups, group_id, RecommendationAffectedGroup,
                 affected_group_id=group_id)
        for goal in filter(None, map(vocabulary.goal_by_number.get, record.sdg_goals)):
            link(existing.sdgs, (goal, None), RecommendationSdg, goal_id=goal)
        for target_id, goal in filter(None, map(vocabulary.target_by_code.get,
                                                record.sdg_targets)):
            link(existing.sdgs, (goal, target_id), RecommendationSdg, goal_id=goal,
                 target_id=target_id)
        source = (record.source, record.identifier)
        if record.source and source not in existing.sources and source not in self._by_source:
            existing.sources.add(source)
            self._review_sources[self._review_of[rec_id]].add(record.source)
            self._by_source[source] = rec_id
            writer.insert(ExternalReference, recommendation_id=rec_id, source=record.source,
                          identifier=record.identifier)
            existing.touched = True
            added += 1
        if not new:
            (self.updated if existing.touched else self.unchanged).add(rec_id)
            if existing.touched:
                self.unchanged.discard(rec_id)
        tally = self.tallies[record.file]
        if rec_id in tally.created:
            return  # this file's own new recommendation, seen again
        if changes or added:
            tally.updated.add(rec_id)
            tally.unchanged.discard(rec_id)
        elif rec_id not in tally.updated:
            tally.unchanged.add(rec_id)

    def _near_miss(self, review_id: str, key: str, record) -> NearMiss | None:
        """The most similar recommendation of the review from another source, if any is
        similar enough; records of the same source never count (they were kept apart)."""
        best, best_ratio = None, SIMILARITY_THRESHOLD
        if not self._review_sources[review_id] - {record.source}:
            return None  # nothing from another source to be similar to
        for rec_id in self._in_review[review_id]:
            existing = self._records[rec_id]
            if any(source == record.source for source, _ in existing.sources):
                continue
            candidate = self._keys[rec_id]
            matcher = difflib.SequenceMatcher(None, key, candidate, autojunk=False)
            if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
                continue
            ratio = matcher.ratio()
            if ratio >= best_ratio:
                best, best_ratio = existing, ratio
        if best is None:
            return None
        return NearMiss(record.file, record.row, record.text, best.id,
                        best.fields["reference"], best.fields["text"], round(best_ratio, 3))

    def _load_review(self, review_id: str) -> None:
        if review_id in self._loaded_reviews:
            return
        self._loaded_reviews.add(review_id)
        # Columns, not ORM objects: re-importing the full UPR Info export loads 58,684 of them.
        rows = self.session.execute(
            select(Recommendation.id, Recommendation.row_version,
                   *(getattr(Recommendation, name) for name in IMPORTED_FIELDS))
            .where(Recommendation.review_id == review_id, Recommendation.deleted.is_(False))
        ).all()
        if not rows:
            return
        # The review's live recommendations as a subquery: an IN list of thousands of ids cost
        # more to compile and bind than the queries themselves.
        ids = select(Recommendation.id).where(Recommendation.review_id == review_id,
                                              Recommendation.deleted.is_(False))
        for rec_id, version, *values in rows:
            fields = dict(zip(IMPORTED_FIELDS, values, strict=True))
            self._records[rec_id] = _Existing(rec_id, version, fields)
            if fields["reference"]:
                self._by_reference[(review_id, fields["reference"])] = rec_id
            self._keys[rec_id] = key = text_key(fields["text"], self.attributions)
            self._review_of[rec_id] = review_id
            self._by_text.setdefault((review_id, key.replace(" ", "")), rec_id)
            self._in_review[review_id].append(rec_id)
        links = ((RecommendingState, "state_id", "states"), (RecommendationTheme, "theme_id",
                 "themes"), (RecommendationAffectedGroup, "affected_group_id", "groups"))
        for model, column, attribute in links:
            for rec_id, value in self.session.execute(
                select(model.recommendation_id, getattr(model, column))
                .where(model.recommendation_id.in_(ids), model.deleted.is_(False))
            ):
                getattr(self._records[rec_id], attribute).add(value)
        for rec_id, goal, target in self.session.execute(
            select(RecommendationSdg.recommendation_id, RecommendationSdg.goal_id,
                   RecommendationSdg.target_id).where(RecommendationSdg.recommendation_id.in_(ids))
        ):
            self._records[rec_id].sdgs.add((goal, target))
        for rec_id, source, identifier in self.session.execute(
            select(ExternalReference.recommendation_id, ExternalReference.source,
                   ExternalReference.identifier).where(ExternalReference.recommendation_id.in_(ids))
        ):
            self._records[rec_id].sources.add((source, identifier))
            self._review_sources[review_id].add(source)

    def _reject(self, record: ParsedRecommendation, field_name: str, reason: str) -> None:
        self.rejections.append(Rejection(record.file, record.row, field_name, reason))
        return None
