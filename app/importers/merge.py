"""Matching parsed recommendations to the register and writing what is new or corrected.

One row at a time: its review found or created (app.importers.reviews), its coded values
checked (row_checks), the recommendation it is found in the match index (match_index), then
written here: created when none is, otherwise its gaps filled and its links added. A text that
is only similar is a near miss for a person to confirm; it is never merged silently.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from app.db.bulk import BulkWriter
from app.importers.match_index import KnownRecommendation, MatchIndex, NearMiss
from app.importers.model import ParsedRecommendation, Rejection, RowRejected
from app.importers.reviews import ReviewFinder
from app.importers.row_checks import CheckedRow, checked_row
from app.importers.text import attributed_segments, text_key
from app.importers.vocabulary import KnownNames
from app.models import (
    Base,
    ExternalReference,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationSdg,
    RecommendationTheme,
    RecommendingState,
)
from app.models.codes import PositionCode


@dataclass
class FileTally:
    """What one file of an import did to the register: the recommendations it created, those
    it changed (new links, sources or filled-in fields) and those it found as they were."""

    created: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    unchanged: set[str] = field(default_factory=set)


class Merger:
    def __init__(self, session: Session, vocabulary: KnownNames, *, hold_near_misses: bool,
                 confirmed_same: frozenset[str] = frozenset()):
        self.vocabulary = vocabulary
        self.writer = BulkWriter(session)
        self.hold_near_misses = hold_near_misses
        self.confirmed_same = confirmed_same  # "file:row" a person confirmed as a near miss
        attributions = set(vocabulary.state_by_key)
        self.reviews = ReviewFinder(session, vocabulary, self.writer)
        self.index = MatchIndex(session, lambda text: text_key(text, attributions),
                                self._segments)
        self.created: set[str] = set()
        self.updated: set[str] = set()
        self.unchanged: set[str] = set()
        self.rejections: list[Rejection] = []
        self._unknown_values: dict[tuple[str, str, str], int] = {}  # -> its rejection
        self.near_misses: list[NearMiss] = []
        self.tallies: dict[str, FileTally] = defaultdict(FileTally)  # by file name

    def _segments(self, text: str) -> list[tuple[str, frozenset[str]]]:
        vocabulary = self.vocabulary
        return [(self.index.key(segment), frozenset(filter(None, map(vocabulary.state_id,
                                                                    names))))
                for segment, names in attributed_segments(text, vocabulary.is_state)]

    @property
    def reviews_created(self) -> int:
        return self.reviews.created

    def add(self, record: ParsedRecommendation) -> None:
        try:
            review_id = self.reviews.review_id(record)
            checked = checked_row(record, self.vocabulary, self.reviews.mechanism(record.review))
        except RowRejected as rejected:
            self._reject(record, rejected)
            return
        index = self.index
        key = index.key(record.text)
        values = {"reference": record.reference, "text": record.text,
                  "position_code": checked.position, "position_source": record.position_source,
                  "action_category": record.action_category}
        existing_id = index.find(record, review_id, key, checked.recommending_state_ids)
        if existing_id is None:
            near = index.near_miss(review_id, key, record)
            if near is not None and f"{record.file}:{record.row}" in self.confirmed_same:
                existing_id = near.existing_id  # a person said: the same recommendation
            elif near is not None and self.hold_near_misses:
                self.near_misses.append(near)
                return
            else:
                existing_id = self._create(review_id, values, key)
                self.tallies[record.file].created.add(existing_id)
        existing = index.records[existing_id]
        # A corrected file may overwrite what its source alone brought; once another source
        # shares the recommendation, each only fills gaps, or re-imports would flip its text.
        sole_source = (record.source, record.identifier) in index.by_source and all(
            source == record.source for source, _ in existing.sources)
        self._merge(existing, values, checked, record, sole_source)

    def _reject(self, record: ParsedRecommendation, rejected: RowRejected) -> None:
        """A value not known is one rejection however many rows of the file have it: the
        first row, the count and the reason; the rows it would repeat are counted."""
        if rejected.value is None:
            self.rejections.append(Rejection(record.file, record.row, rejected.field,
                                             rejected.reason))
            return
        same = (record.file, rejected.field, rejected.value)
        if same in self._unknown_values:
            index = self._unknown_values[same]
            self.rejections[index] = replace(self.rejections[index],
                                             rows=self.rejections[index].rows + 1)
            return
        self._unknown_values[same] = len(self.rejections)
        self.rejections.append(Rejection(record.file, record.row, rejected.field,
                                         rejected.reason, value=rejected.value))

    def _create(self, review_id: str, values: dict, key: str) -> str:
        rec_id = self.writer.insert(Recommendation, review_id=review_id, **values)
        self.index.add(KnownRecommendation(rec_id, review_id, 1, dict(values), key))
        self.created.add(rec_id)
        return rec_id

    def _merge(self, existing: KnownRecommendation, values: dict, checked: CheckedRow,
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

        def link(known: set[Any], key: Any, model: type[Base], **columns: Any) -> None:
            """Add the link unless the recommendation has it already (links only accrue)."""
            nonlocal added
            if key not in known:
                known.add(key)
                writer.insert(model, recommendation_id=rec_id, **columns)
                existing.touched = True
                added += 1

        for state_id in checked.recommending_state_ids:
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
        if record.source and self.index.add_source(existing, source):
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
