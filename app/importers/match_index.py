"""What the import knows of the register's recommendations, review by review, to find the one
a parsed row is: by the source's own identifier (the same file imported again), then by the
review and paragraph number, then by the review and the text's key (the same recommendation
from another source). A text that is only similar is a near miss for a person to confirm.

A review's recommendations are loaded the first time a row of that review is matched, as
plain columns: re-importing the full UPR Info export loads 58,684 of them.
"""

from __future__ import annotations

import difflib
import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.importers.model import ParsedRecommendation
from app.models import (
    ExternalReference,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationSdg,
    RecommendationTheme,
    RecommendingState,
)

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
class KnownRecommendation:
    """A recommendation as the import sees it: its imported fields and what links it has."""

    id: str
    review_id: str
    version: int
    fields: dict[str, Any]
    key: str  # the text's key (app.importers.text.text_key)
    states: set[str] = field(default_factory=set)
    themes: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    sdgs: set[tuple[str, str | None]] = field(default_factory=set)
    sources: set[tuple[str, str]] = field(default_factory=set)
    touched: bool = False  # changed by this import

    def has_source(self, source: str) -> bool:
        return any(known == source for known, _ in self.sources)


def _compact(key: str) -> str:
    # Word matrices split words ("program me", "P lan"): the letters are the same, so the
    # text is the same.
    return key.replace(" ", "")


# A paragraph's segments: each one's text key and the ids of the States it is attributed to
Segmenter = Callable[[str], list[tuple[str, frozenset[str]]]]


class MatchIndex:
    def __init__(self, session: Session, text_key: Callable[[str], str],
                 segments: Segmenter = lambda _text: []):
        self.session = session
        self._text_key = text_key  # text -> key, with the vocabulary's attributions removed
        self._segments = segments
        self.records: dict[str, KnownRecommendation] = {}
        self.by_source: dict[tuple[str, str], str] = {
            (source, identifier): rec_id
            for source, identifier, rec_id in session.execute(
                select(ExternalReference.source, ExternalReference.identifier,
                       ExternalReference.recommendation_id)
                .where(ExternalReference.deleted.is_(False)))
        }
        self._loaded: set[str] = set()
        self._by_reference: dict[tuple[str, str], str] = {}
        self._by_text: dict[tuple[str, str], str] = {}
        self._in_review: dict[str, list[str]] = defaultdict(list)
        self._review_sources: dict[str, set[str]] = defaultdict(set)
        # The segments of compound paragraphs, by review and key: (recommendation, segment,
        # its States); a segment joins one row of each other source
        self._by_segment: dict[tuple[str, str], list[tuple[str, int, frozenset[str]]]] = \
            defaultdict(list)
        self._segments_joined: set[tuple[str, int, str]] = set()
        self._review_segments: dict[str, list[tuple[str, int, str]]] = defaultdict(list)

    def key(self, text: str) -> str:
        return self._text_key(text)

    def find(self, record: ParsedRecommendation, review_id: str, key: str,
             state_ids: Sequence[str] = ()) -> str | None:
        """The recommendation this row is, if the register (or this import) has it;
        `state_ids`: the States the row says recommended it."""
        self.load_review(review_id)
        found = (self.by_source.get((record.source, record.identifier))
                 or (record.reference and self._by_reference.get((review_id, record.reference)))
                 or self._text_match(review_id, key, record)
                 or self._segment_match(review_id, key, record, state_ids))
        if found is not None and found not in self.records:
            # Found by its source id in another review than the row's: load that review.
            review = self.session.scalar(
                select(Recommendation.review_id).where(Recommendation.id == found))
            if review is not None:
                self.load_review(review)
        return found or None

    def _text_match(self, review_id: str, key: str, record: ParsedRecommendation) -> str | None:
        """Same words in the same review, from another source.

        Two records of one source are two recommendations when that source says so (UPR Info
        keeps one text with two responses apart), and two paragraph numbers mean two
        paragraphs: "Ratify … (Estonia)" and "Ratify … (Portugal)" in one matrix.
        """
        rec_id = self._by_text.get((review_id, _compact(key)))
        if rec_id is None:
            return None
        candidate = self.records[rec_id]
        other = candidate.fields["reference"]
        if record.reference and other and other != record.reference:
            return None
        if candidate.has_source(record.source):
            return None
        return rec_id

    def _segment_match(self, review_id: str, key: str, record: ParsedRecommendation,
                       state_ids: Sequence[str]) -> str | None:
        """The compound paragraph one of whose segments this row is: the same words,
        attributed to one of the row's States (when both name theirs), not yet joined by
        another row of the row's source."""
        for rec_id, index, states in self._by_segment.get((review_id, _compact(key)), ()):
            if states and state_ids and states.isdisjoint(state_ids):
                continue
            reference = self.records[rec_id].fields["reference"]
            if (rec_id, index, record.source) in self._segments_joined \
                    or (record.reference and reference and reference != record.reference):
                continue
            self._segments_joined.add((rec_id, index, record.source))
            return rec_id
        return None

    def near_miss(self, review_id: str, key: str, record: ParsedRecommendation) -> NearMiss | None:
        """The most similar recommendation of the review from another source, or segment of
        a compound paragraph, if any is similar enough; records of the same source never
        count (they were kept apart)."""
        best, best_ratio = None, SIMILARITY_THRESHOLD
        if not self._review_sources[review_id] - {record.source}:
            return None  # nothing from another source to be similar to
        records = self.records
        wholes = ((rec_id, records[rec_id].key) for rec_id in self._in_review[review_id]
                  if not records[rec_id].has_source(record.source))
        # a compound paragraph's segments not yet joined by a row of this source
        segments = ((rec_id, segment_key)
                    for rec_id, index, segment_key in self._review_segments[review_id]
                    if (rec_id, index, record.source) not in self._segments_joined)
        for rec_id, known_key in itertools.chain(wholes, segments):
            known = records[rec_id]
            matcher = difflib.SequenceMatcher(None, key, known_key, autojunk=False)
            if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
                continue
            ratio = matcher.ratio()
            if ratio >= best_ratio:
                best, best_ratio = known, ratio
        if best is None:
            return None
        return NearMiss(record.file, record.row, record.text, best.id,
                        best.fields["reference"], best.fields["text"], round(best_ratio, 3))

    def add(self, known: KnownRecommendation) -> None:
        """A recommendation of the register, or one this import creates."""
        self.records[known.id] = known
        if known.fields["reference"]:
            self._by_reference[(known.review_id, known.fields["reference"])] = known.id
        self._by_text.setdefault((known.review_id, _compact(known.key)), known.id)
        self._in_review[known.review_id].append(known.id)
        text = known.fields["text"] or ""
        if ");" in text:  # a cheap test first: 58,684 texts when the full export is re-read
            segments = self._segments(text)
            if len(segments) > 1:
                for index, (key, states) in enumerate(segments):
                    self._by_segment[(known.review_id, _compact(key))].append(
                        (known.id, index, states))
                    self._review_segments[known.review_id].append((known.id, index, key))

    def add_source(self, known: KnownRecommendation, source: tuple[str, str]) -> bool:
        """Records that `source` (name, identifier) gives `known`; False when it is known."""
        if source in known.sources or source in self.by_source:
            return False
        known.sources.add(source)
        self._review_sources[known.review_id].add(source[0])
        self.by_source[source] = known.id
        return True

    def load_review(self, review_id: str) -> None:
        if review_id in self._loaded:
            return
        self._loaded.add(review_id)
        rows = self.session.execute(
            select(Recommendation.id, Recommendation.row_version,
                   *(getattr(Recommendation, name) for name in IMPORTED_FIELDS))
            .where(Recommendation.review_id == review_id, Recommendation.deleted.is_(False))
        ).all()
        if not rows:
            return
        for rec_id, version, *values in rows:
            fields = dict(zip(IMPORTED_FIELDS, values, strict=True))
            self.add(KnownRecommendation(rec_id, review_id, version, fields,
                                         self._text_key(fields["text"])))
        self._load_links(review_id)

    def _load_links(self, review_id: str) -> None:
        # The review's live recommendations as a subquery: an IN list of thousands of ids cost
        # more to compile and bind than the queries themselves.
        ids = select(Recommendation.id).where(Recommendation.review_id == review_id,
                                              Recommendation.deleted.is_(False))
        records = self.records
        links = ((RecommendingState, "state_id", "states"), (RecommendationTheme, "theme_id",
                 "themes"), (RecommendationAffectedGroup, "affected_group_id", "groups"))
        for model, column, attribute in links:
            for rec_id, value in self.session.execute(
                select(model.recommendation_id, getattr(model, column))
                .where(model.recommendation_id.in_(ids), model.deleted.is_(False))
            ):
                getattr(records[rec_id], attribute).add(value)
        for rec_id, goal, target in self.session.execute(
            select(RecommendationSdg.recommendation_id, RecommendationSdg.goal_id,
                   RecommendationSdg.target_id).where(RecommendationSdg.recommendation_id.in_(ids))
        ):
            records[rec_id].sdgs.add((goal, target))
        for rec_id, source, identifier in self.session.execute(
            select(ExternalReference.recommendation_id, ExternalReference.source,
                   ExternalReference.identifier).where(ExternalReference.recommendation_id.in_(ids))
        ):
            records[rec_id].sources.add((source, identifier))
            self._review_sources[review_id].add(source)
