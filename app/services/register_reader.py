"""Reading the register for lists: ids in display order, then rows for the ids on screen."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import search
from app.db.fast_read import plain_rows
from app.models import (
    Mechanism,
    Recommendation,
    Review,
)
from app.models.codes import AssignmentRole, DatabaseRole
from app.services.detail import RecommendationDetail, recommendation_detail
from app.services.facets import (
    FACET_TABLES,
    NO_LEAD,
    Facet,
    FacetCount,
    FacetIndex,
    Selection,
    build_index,
    next_deadlines,
)
from app.services.history import Change, recommendation_history
from app.services.permissions import HOLDER_OF_THE_FILE, Actor, can
from app.services.plan import ActionRow, IndicatorRow, action_rows, indicator_rows
from app.services.register_rows import RecommendationRow, recommendation_rows
from app.services.search_listing import SearchListing
from app.services.similar import similarity_index
from app.services.what_changed import WhatChanged


class SortKey(StrEnum):
    REFERENCE = "reference"
    TEXT = "text"
    MECHANISM = "mechanism"
    REVIEW = "review"
    POSITION = "position"
    LEAD = AssignmentRole.LEAD
    SUPPORTING = AssignmentRole.SUPPORTING
    STATUS = "status"
    DEADLINE = "deadline"
    THEMES = "themes"
    SDGS = "sdgs"


# A query that could be a reference as people type them: "142.8", "5(b)", "24(a)", "121.52".
REFERENCE_LIKE = re.compile(r"^\s*\d[\w.()/-]*\s*$")
# Orders read from the recommendations and their reviews alone (the others from facets).
_RECOMMENDATION_ORDERS = frozenset({SortKey.REFERENCE, SortKey.TEXT, SortKey.MECHANISM,
                                    SortKey.REVIEW, SortKey.POSITION})
# What those orders, the search index and the rowids are read from.
RECOMMENDATION_TABLES = frozenset({"recommendation", "review", "mechanism", "state",
                                   "database_info", "position"})
_SORTED_BY_FACET = {SortKey.LEAD: Facet.LEAD, SortKey.SUPPORTING: Facet.SUPPORTING,
                    SortKey.STATUS: Facet.STATUS, SortKey.THEMES: Facet.THEME,
                    SortKey.SDGS: Facet.SDG}


def _natural(value: str | None) -> tuple:
    """"7.10" after "7.9"; missing references last."""
    if not value:
        return ((1, ""),)
    return tuple((0, int(part)) if part.isdigit() else (0, part) for part in
                 re.split(r"(\d+)", value) if part)


def count_recommendations(session: Session) -> int:
    return session.scalar(
        select(func.count(Recommendation.id)).where(Recommendation.deleted.is_(False))
    ) or 0


def recommendation_ids(
    session: Session, sort: SortKey = SortKey.REFERENCE, descending: bool = False,
    query: str = "",
) -> list[str]:
    """Ids in display order; with a query, only those whose reference, text or notes match
    every word typed (as a prefix, whatever the accents and case)."""
    matches = search.matching_ids(session.connection(), query) if query else None
    ordered = _ordered_ids(session, sort, descending)
    return ordered if matches is None else [i for i in ordered if i in matches]


def _ordered_ids(session: Session, sort: SortKey, descending: bool) -> list[str]:
    base = (
        select(Recommendation.id)
        .join(Review, Review.id == Recommendation.review_id)
        .join(Mechanism, Mechanism.id == Review.mechanism_id)
        .where(Recommendation.deleted.is_(False))
    )
    if sort == SortKey.REFERENCE:
        rows = plain_rows(session, base.add_columns(
            Review.year, Review.cycle, Review.session, Review.state_id, Review.symbol,
            Recommendation.reference))
        # Most recent review first, then paragraph order ("7.10" after "7.9").
        rows.sort(key=lambda r: (-(r[1] or 0), -(r[2] or 0), -(r[3] or 0), r[4], r[5] or "",
                                 _natural(r[6])), reverse=descending)
        return [row[0] for row in rows]
    column = {
        SortKey.TEXT: Recommendation.text,
        SortKey.MECHANISM: Mechanism.code,
        SortKey.REVIEW: Review.year,
        SortKey.POSITION: Recommendation.position_code,
    }[sort]
    ordered = column.desc() if descending else column.asc()
    # the id last: ties come back in one order on every backend
    return list(session.scalars(base.order_by(ordered, Recommendation.reference,
                                              Recommendation.id)))


class RegisterReader:
    """What the register list needs, each call in its own short read session."""

    def __init__(self, db):
        self._db = db
        # The register order per sort and the facet index are computed once: a search or a
        # filter only narrows them. The window makes a new reader whenever the data change
        # (`updated`, which keeps what the change cannot have altered), so neither goes stale.
        self._ordered: dict[tuple[SortKey, bool], list[str]] = {}
        self._places: dict[tuple[SortKey, bool], list[int]] = {}
        self._facet_bits: dict[tuple[SortKey, bool], list[int]] = {}
        self._rowids: dict[str, int] | None = None
        self._references: dict[str, list[int]] | None = None
        self._facets: FacetIndex | None = None
        self._last_search: tuple[str, list[int] | None] = ("", None)
        self._last_listing: tuple[tuple[str, SortKey, bool] | None, SearchListing | None] = (
            None, None)

    def updated(self, changed: WhatChanged) -> RegisterReader:
        """A reader of the data after `changed`, prepared, reusing what those changes cannot
        have altered: after a bulk "Set lead" the register's order, the search index's rowids
        and every facet but lead and supporting stay as they were read."""
        fresh = RegisterReader(self._db)
        if changed.everything or self._facets is None:
            fresh.prepare()
            return fresh
        same_recommendations = not changed.touches(RECOMMENDATION_TABLES)
        same_facets = not changed.touches(FACET_TABLES)
        if same_recommendations:
            fresh._rowids, fresh._references = self._rowids, self._references
            fresh._last_search = self._last_search
            for key, ordered in self._ordered.items():
                if key[0] in _RECOMMENDATION_ORDERS or same_facets:
                    fresh._ordered[key] = ordered
                    if key in self._places:
                        fresh._places[key] = self._places[key]
        if same_facets:
            fresh._facets = self._facets
        else:
            with self._db.read() as session:
                fresh._facets = build_index(session, previous=self._facets,
                                            changed_tables=changed.tables)
        if fresh._facets.shares_bits_with(self._facets):
            fresh._facet_bits = {key: bits for key, bits in self._facet_bits.items()
                                 if key in fresh._ordered}
        fresh.prepare()
        return fresh

    def prepare(self) -> None:
        """Does the slow part (register order, facet index, compiling the statements that
        read a screen of rows) now, e.g. off the UI thread."""
        ordered = self._ordered_for(SortKey.REFERENCE, False)
        _ = self.facets
        self.rows(ordered[:1])

    @property
    def facets(self) -> FacetIndex:
        if self._facets is None:
            with self._db.read() as session:
                self._facets = build_index(session)
        return self._facets

    def _ordered_for(self, sort: SortKey, descending: bool) -> list[str]:
        key = (sort, descending)
        if key not in self._ordered:
            self._ordered[key] = self._order(sort, descending)
        return self._ordered[key]

    def _places_for(self, sort: SortKey, descending: bool) -> list[int]:
        """Place in the register order, indexed by rowid (past the end: no live row): a search
        result is put in order by sorting its own matches, never by walking the register."""
        key = (sort, descending)
        if key not in self._places:
            if self._rowids is None:
                with self._db.snapshot() as snapshot:
                    self._rowids = search.live_rowids(snapshot)
            rowids = self._rowids
            ordered = self._ordered_for(sort, descending)
            places = [len(ordered)] * (max(rowids.values(), default=0) + 1)
            for place, rec_id in enumerate(ordered):
                if (rowid := rowids.get(rec_id)) is not None:  # None: not in the index
                    places[rowid] = place
            self._places[key] = places
        return self._places[key]

    def _facet_bits_for(self, sort: SortKey, descending: bool) -> list[int]:
        """The facet index's bit of each place in the register order."""
        key = (sort, descending)
        if key not in self._facet_bits:
            self._facet_bits[key] = self.facets.bits_of(self._ordered_for(sort, descending))
        return self._facet_bits[key]

    def _facet_mask(self, found: SearchListing, sort: SortKey, descending: bool) -> int:
        bits = self._facet_bits_for(sort, descending)
        return self.facets.mask_of_bits(map(bits.__getitem__, found.places()))

    def _search(self, query: str) -> list[int] | None:
        """Matching rowids; the last query's answer is kept (the facet counts ask again)."""
        if self._last_search[0] != query:
            with self._db.snapshot() as snapshot:
                self._last_search = (query, search.matching_rowids(snapshot, query))
        return self._last_search[1]

    def ids(self, sort: SortKey = SortKey.REFERENCE, descending: bool = False,
            query: str = "", selection: Selection | None = None) -> list[str]:
        found = self.listing(sort, descending, query, selection)
        return found if isinstance(found, list) else list(found)

    def listing(self, sort: SortKey = SortKey.REFERENCE, descending: bool = False,
                query: str = "", selection: Selection | None = None) -> Sequence[str]:
        """The ids shown, in order; a search's as a `SearchListing`."""
        ordered = self._ordered_for(sort, descending)
        found = self._search_listing(query, sort, descending) if query else None
        if found is None:
            if not selection:
                return list(ordered)
            keep = self.facets.matching(selection)
            return [rec_id for rec_id in ordered if rec_id in keep]
        if selection:
            keep = self.facets.matching(
                selection, within_mask=self._facet_mask(found, sort, descending))
            return [rec_id for rec_id in found if rec_id in keep]
        return found

    def _search_listing(self, query: str, sort: SortKey, descending: bool
                        ) -> SearchListing | None:
        """The matches in that order; the last one is kept (the facet counts ask again)."""
        key = (query, sort, descending)
        if self._last_listing[0] == key:
            return self._last_listing[1]
        rowids = self._search(query)
        found = None
        if rowids is not None:
            ordered = self._ordered_for(sort, descending)
            place_of = self._places_for(sort, descending)
            # map() keeps this loop in C: a common word matches tens of thousands of rows.
            try:
                places = list(map(place_of.__getitem__, rowids))
            except IndexError:  # rows added since this reader read the register
                gone = len(ordered)
                places = [place_of[rowid] if rowid < len(place_of) else gone
                          for rowid in rowids]
            found = SearchListing(places, ordered, self._exact_reference(query, place_of))
        self._last_listing = (key, found)
        return found

    def _exact_reference(self, query: str, place_of: list[int]) -> list[int]:
        """Places of the recommendations whose reference is the query ("142.8" before
        142.80–142.89, which its words match too)."""
        if not REFERENCE_LIKE.match(query):
            return []
        if self._references is None:
            with self._db.snapshot() as snapshot:
                self._references = search.rowids_by_reference(snapshot)
        return [place_of[rowid] for rowid in self._references.get(query.strip().casefold(), ())
                if rowid < len(place_of)]

    def institution_scope(self, institution_id: str, query: str = "",
                          selection: Selection | None = None) -> list[str]:
        """What an institution leads or supports (within a search and filters), in register
        order."""
        selection = selection or Selection()
        scope: set[str] = set()
        for facet in (Facet.LEAD, Facet.SUPPORTING):
            scope |= set(self.ids(query=query, selection=selection.with_values(
                facet, {institution_id} | set(selection.values.get(facet, ())))))
        return [rec_id for rec_id in self.ids() if rec_id in scope]

    def facet_counts(self, query: str = "", selection: Selection | None = None
                     ) -> dict[Facet, list[FacetCount]]:
        within_mask = None
        if query:
            # Which rows, not their order: the search just listed will do.
            _, sort, descending = self._last_listing[0] or (query, SortKey.REFERENCE, False)
            found = self._search_listing(query, sort, descending)
            if found is not None:
                within_mask = self._facet_mask(found, sort, descending)
        return self.facets.counts(selection or Selection(), within_mask=within_mask)

    def _order_by_deadline(self, descending: bool) -> list[str]:
        """Earliest open deadline first; recommendations without one last either way."""
        reference_order = self._ordered_for(SortKey.REFERENCE, False)
        with self._db.read() as session:
            due = next_deadlines(session)
        dated = sorted((i for i in reference_order if i in due), key=lambda i: due[i],
                       reverse=descending)
        return dated + [i for i in reference_order if i not in due]

    def _order(self, sort: SortKey, descending: bool) -> list[str]:
        if sort == SortKey.DEADLINE:
            return self._order_by_deadline(descending)
        facet = _SORTED_BY_FACET.get(sort)
        if facet is None:
            with self._db.read() as session:
                return _ordered_ids(session, sort, descending)
        # Institutions sort by code, statuses by progress; recommendations without one go last
        # whatever the direction, then the register's own order breaks ties.
        reference_order = self._ordered_for(SortKey.REFERENCE, False)
        labels: dict[str, str] = {}
        index = self.facets
        for value, members in index.members[facet].items():
            if facet == Facet.LEAD and value == NO_LEAD:
                continue
            label = index.sort_key(facet, value)
            for rec_id in members:
                labels[rec_id] = min(labels.get(rec_id, label), label)
        position = {rec_id: n for n, rec_id in enumerate(reference_order)}
        with_label = sorted((i for i in reference_order if i in labels),
                            key=lambda i: (labels[i], position[i]), reverse=descending)
        without = [i for i in reference_order if i not in labels]
        return with_label + without

    def total(self) -> int:
        with self._db.read() as session:
            return count_recommendations(session)

    def rows(self, ids: Sequence[str]) -> list[RecommendationRow]:
        with self._db.snapshot() as snapshot:
            return recommendation_rows(snapshot, ids)

    def detail(self, rec_id: str) -> RecommendationDetail | None:
        with self._db.read() as session:
            return recommendation_detail(session, rec_id)

    def history(self, rec_id: str) -> list[Change]:
        with self._db.read() as session:
            return recommendation_history(session, rec_id)

    def plan(self, rec_id: str | None = None, *, institution_id: str | None = None,
             status: str | None = None) -> tuple[list[ActionRow], list[IndicatorRow]]:
        """Actions and indicators of one recommendation, or of the whole plan."""
        with self._db.read() as session:
            return (action_rows(session, recommendation_id=rec_id, institution_id=institution_id,
                                status=status),
                    indicator_rows(session, recommendation_id=rec_id))

    def similar(self, rec_id: str, limit: int = 10) -> list[tuple[RecommendationRow, float]]:
        """The most alike recommendations (the first call on a database builds the index)."""
        found = similarity_index(self._db).similar(rec_id, limit=limit)
        rows = {row.id: row for row in self.rows([rec_id for rec_id, _ in found])}
        return [(rows[rec_id], score) for rec_id, score in found if rec_id in rows]

    @property
    def editable(self) -> bool:
        """Recommendations and assignments are edited in the secretariat's database, by the
        secretariat (the services refuse anyone else; this lets the window hide the commands)."""
        actor = self._db.actor or HOLDER_OF_THE_FILE
        return self._db.identity.role == DatabaseRole.SECRETARIAT and can(actor, "edit_register")

    @property
    def actor(self) -> Actor:
        return self._db.actor or HOLDER_OF_THE_FILE
