"""Facets of the register: which recommendations carry each value, and counts under filters.

Values of one facet combine with OR (mechanism UPR or CRC), facets combine with AND (UPR and
lead MOJ). The counts beside a facet's values are those each value would give with every
*other* filter as it is, so ticking a value never shows a count that then turns out wrong.

The index is built once per view of the data (one query per facet) and answers filters and
counts in memory with set operations: a click in the filter panel costs no SQL.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from itertools import compress, repeat

from sqlalchemy import ColumnElement, bindparam, select
from sqlalchemy.orm import Session

from app.db.fast_read import PreparedRead, Reading, among, id_list, plain_rows, stored_date
from app.models import (
    ActionRecommendation,
    AffectedGroup,
    Assessment,
    Assignment,
    Cluster,
    ClusterMember,
    DatabaseInfo,
    Deadline,
    ImplementationStatus,
    IndicatorLink,
    Institution,
    Mechanism,
    Position,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationSdg,
    RecommendationTheme,
    Review,
    SdgGoal,
    State,
    Theme,
)
from app.models.codes import AssignmentRole, WorkflowState
from app.services.status import NOT_ASSESSED, current_statuses
from app.services.vocabulary_names import goal_name

NO_LEAD = "none"
OVERDUE = "overdue"
DUE_SOON = "due_30_days"
DUE_SOON_DAYS = 30


class Facet(StrEnum):
    MECHANISM = "mechanism"
    REVIEW = "review"
    POSITION = "position"
    THEME = "theme"
    AFFECTED = "affected"
    SDG = "sdg"
    LEAD = AssignmentRole.LEAD
    SUPPORTING = AssignmentRole.SUPPORTING
    STATUS = "status"
    DEADLINE = "deadline"
    REPORT = "report"
    CLUSTER = "cluster"


@dataclass(frozen=True)
class Selection:
    """The ticked values per facet; an empty selection filters nothing."""

    values: Mapping[Facet, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, **chosen: Iterable[str]) -> Selection:
        return cls({Facet(name): frozenset(values) for name, values in chosen.items()
                    if values})

    def with_values(self, facet: Facet, values: Iterable[str]) -> Selection:
        updated = dict(self.values)
        updated[facet] = frozenset(values)
        return Selection({f: v for f, v in updated.items() if v})

    def __bool__(self) -> bool:
        return any(self.values.values())

    def to_json(self) -> dict[str, list[str]]:
        return {facet.value: sorted(values) for facet, values in self.values.items() if values}

    @classmethod
    def from_json(cls, data: object) -> Selection:
        """Tolerant of hand-edited or older settings: unknown facets and odd values are dropped."""
        if not isinstance(data, dict):
            return cls()
        chosen = {}
        for name, values in data.items():
            if name in Facet.__members__.values() and isinstance(values, list):
                chosen[Facet(name)] = frozenset(v for v in values if isinstance(v, str))
        return cls({f: v for f, v in chosen.items() if v})


@dataclass(frozen=True)
class FacetCount:
    value: str
    label: str
    count: int
    detail: str = ""


_AS_BINARY_DIGITS = bytes.maketrans(b"\x00\x01", b"01")
_FROM_BINARY_DIGITS = bytes.maketrans(b"01", b"\x00\x01")


class FacetIndex:
    """Sets of ids per facet value, and the same as bitmaps (one bit per recommendation) so
    that counting every value under every filter is a few thousand big-integer ANDs: a
    fraction of a frame at 100,000 recommendations, where set intersections took 300 ms."""

    def __init__(self, all_ids: frozenset[str],
                 members: dict[Facet, dict[str, frozenset[str]]],
                 labels: dict[Facet, dict[str, tuple[str, str]]],
                 previous: FacetIndex | None = None):
        self.all_ids = all_ids
        self.members = members
        self._labels = labels
        self._ids: list[str]
        self._bit: dict[str, int]
        self._all: int
        self._masks: dict[Facet, dict[str, int]]
        if previous is not None and previous.all_ids == all_ids:
            # The same recommendations: the same bits, and the masks of the facets not read
            # again (same members) as they were.
            self._ids, self._bit, self._all = previous._ids, previous._bit, previous._all
            kept = {facet: previous._masks[facet] for facet, values in members.items()
                    if previous.members.get(facet) is values}
        else:
            self._ids = sorted(all_ids)
            self._bit = {rec_id: bit for bit, rec_id in enumerate(self._ids)}
            self._all = (1 << len(self._ids)) - 1
            kept = {}
        self._masks = {facet: kept[facet] if facet in kept else
                       {value: self._mask(ids) for value, ids in values.items()}
                       for facet, values in members.items()}

    def shares_bits_with(self, other: FacetIndex) -> bool:
        """Whether both index the same recommendations under the same bits."""
        return self._bit is other._bit

    def labels_of(self, facet: Facet) -> dict[str, tuple[str, str]]:
        return self._labels[facet]

    def _mask(self, ids) -> int:
        return self.mask_of_bits(self.bits_of(ids))

    def bits_of(self, ids: Iterable[str]) -> list[int]:
        """The bit of each id (one past the last for ids this index does not know)."""
        return list(map(self._bit.get, ids, repeat(len(self._ids))))

    def mask_of_bits(self, bits: Iterable[int]) -> int:
        # One byte per recommendation, set in C (the deque drains the map without a Python
        # loop), then read as binary digits: a search's ten thousand matches become a mask in
        # about a millisecond, where setting bits one at a time took five.
        size = len(self._ids)
        if not size:
            return 0
        marks = bytearray(size + 1)  # the byte past the end takes the ids not known here
        deque(map(marks.__setitem__, bits, repeat(1)), maxlen=0)
        del marks[size]
        return int(marks.translate(_AS_BINARY_DIGITS)[::-1], 2)

    def _ids_of(self, mask: int) -> set[str]:
        digits = format(mask, "b").encode()[::-1].ljust(len(self._ids), b"0")  # bit n at n
        return set(compress(self._ids, digits.translate(_FROM_BINARY_DIGITS)))

    def label(self, facet: Facet, value: str) -> str:
        return self._labels[facet].get(value, (value, ""))[0]

    def sort_key(self, facet: Facet, value: str) -> str:
        """Statuses by how far along they are, SDGs by number, the rest alphabetically."""
        label, detail = self._labels[facet].get(value, (value, ""))
        return detail if facet in (Facet.STATUS, Facet.SDG) else label.casefold()

    def _matching_mask(self, selection: Selection, except_facet: Facet | None,
                       within: int) -> int:
        result = within
        for facet, values in selection.values.items():
            if facet == except_facet or not values:
                continue
            chosen = 0
            for value in values:
                chosen |= self._masks[facet].get(value, 0)
            result &= chosen
            if not result:
                break
        return result

    def matching(self, selection: Selection, *, except_facet: Facet | None = None,
                 within: frozenset[str] | set[str] | None = None,
                 within_mask: int | None = None) -> set[str]:
        """Ids with the values ticked (within the given ids, or the `mask_of_bits` of them)."""
        start = self._start(within, within_mask)
        return self._ids_of(self._matching_mask(selection, except_facet, start))

    def values_of(self, facet: Facet) -> list[tuple[str, str, int]]:
        """(value, label, number of recommendations) of a facet, largest first."""
        return sorted(((value, self.label(facet, value), mask.bit_count())
                       for value, mask in self._masks[facet].items()),
                      key=lambda item: (-item[2], item[1].casefold()))

    def cross_counts(self, rows: Facet, columns: Facet) -> dict[tuple[str, str], int]:
        """How many recommendations carry each (row value, column value) pair, e.g. each
        (theme, status): the dashboard's stacked bars."""
        result = {}
        for row_value, row_mask in self._masks[rows].items():
            for column_value, column_mask in self._masks[columns].items():
                count = (row_mask & column_mask).bit_count()
                if count:
                    result[(row_value, column_value)] = count
        return result

    def _start(self, within: frozenset[str] | set[str] | None, within_mask: int | None) -> int:
        if within_mask is not None:
            return within_mask
        return self._all if within is None else self._mask(within)

    def counts(self, selection: Selection, within: frozenset[str] | set[str] | None = None,
               within_mask: int | None = None) -> dict[Facet, list[FacetCount]]:
        """Per facet, every value with the number of recommendations it would show."""
        start = self._start(within, within_mask)
        result: dict[Facet, list[FacetCount]] = {}
        for facet in Facet:
            base = self._matching_mask(selection, facet, start)
            chosen = selection.values.get(facet, frozenset())
            entries = []
            for value, mask in self._masks[facet].items():
                count = (mask & base).bit_count()
                if count or value in chosen:
                    label, detail = self._labels[facet].get(value, (value, ""))
                    entries.append(FacetCount(value, label, count, detail))
            result[facet] = sorted(entries, key=_ORDER.get(facet, _by_count))
        return result


def _by_count(entry: FacetCount):
    return (-entry.count, entry.label.casefold())


def _review_order(entry: FacetCount):
    return entry.detail  # sort key prepared when the labels are built


_ORDER = {Facet.REVIEW: _review_order, Facet.SDG: _review_order, Facet.POSITION: _review_order,
          Facet.STATUS: _review_order, Facet.DEADLINE: _review_order,
          Facet.REPORT: _review_order}


def _grouped(pairs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for value, rec_id in pairs:
        if value is not None:
            groups[value].add(rec_id)
    return {value: frozenset(ids) for value, ids in groups.items()}


def _open_deadlines_query(until: bool, among_ids: bool) -> PreparedRead:
    conditions: list[ColumnElement[bool]] = [Deadline.deleted.is_(False),
                                             Deadline.completed_on.is_(None)]
    if until:
        conditions.append(Deadline.due_date <= bindparam("until"))

    def only(column):
        return (among(column),) if among_ids else ()

    return PreparedRead(
        select(Deadline.recommendation_id, Deadline.due_date)
        .where(*conditions, Deadline.recommendation_id.is_not(None),
               *only(Deadline.recommendation_id))
        .union_all(
            select(ActionRecommendation.recommendation_id, Deadline.due_date)
            .join(Deadline, Deadline.action_id == ActionRecommendation.action_id)
            .where(*conditions, ActionRecommendation.deleted.is_(False),
                   *only(ActionRecommendation.recommendation_id)),
            select(IndicatorLink.recommendation_id, Deadline.due_date)
            .join(Deadline, Deadline.indicator_id == IndicatorLink.indicator_id)
            .where(*conditions, IndicatorLink.deleted.is_(False),
                   IndicatorLink.recommendation_id.is_not(None),
                   *only(IndicatorLink.recommendation_id))))


_OPEN_DEADLINES = {(until, among_ids): _open_deadlines_query(until, among_ids)
                   for until in (False, True) for among_ids in (False, True)}


def open_deadlines(reading: Reading, until: date | None = None,
                   recommendation_ids: list[str] | None = None) -> list[tuple[str, date]]:
    """(recommendation id, due date) of every deadline not completed yet that concerns a
    recommendation: its own, its actions' and those of the indicators measuring it."""
    values = {}
    if until is not None:
        values["until"] = until.isoformat()
    if recommendation_ids is not None:
        values["ids"] = id_list(recommendation_ids)
    query = _OPEN_DEADLINES[(until is not None, recommendation_ids is not None)]
    return [(rec_id, stored_date(due)) for rec_id, due in query.rows(reading, **values)]


def next_deadlines(reading: Reading, recommendation_ids: list[str] | None = None
                   ) -> dict[str, date]:
    earliest: dict[str, date] = {}
    for rec_id, due in open_deadlines(reading, recommendation_ids=recommendation_ids):
        if rec_id not in earliest or due < earliest[rec_id]:
            earliest[rec_id] = due
    return earliest


Members = dict[str, frozenset[str]]
Labels = dict[str, tuple[str, str]]
FacetRead = dict[Facet, tuple[Members, Labels]]


def _mechanisms(session: Session, all_ids: frozenset[str], today: date) -> FacetRead:
    rows = plain_rows(session,
        select(Mechanism.code, Mechanism.name, Recommendation.id)
        .join(Review, Review.mechanism_id == Mechanism.id)
        .join(Recommendation, Recommendation.review_id == Review.id).where(_LIVE))
    return {Facet.MECHANISM: (_grouped((code, rec) for code, _, rec in rows),
                              {code: (code, name) for code, name, _ in rows})}


def _reviews(session: Session, all_ids: frozenset[str], today: date) -> FacetRead:
    own_state = session.scalar(select(DatabaseInfo.state_id))
    rows = plain_rows(session,
        select(Review.id, Review.year, Review.cycle, Review.session, Review.symbol,
               Review.state_id, State.iso3, Mechanism.code, Recommendation.id)
        .join(State, State.id == Review.state_id)
        .join(Mechanism, Mechanism.id == Review.mechanism_id)
        .join(Recommendation, Recommendation.review_id == Review.id).where(_LIVE))
    labels = {}
    for review_id, year, cycle, number, symbol, state_id, iso3, mechanism, _ in rows:
        parts = [mechanism] + ([iso3] if state_id != own_state else [])
        parts += [f"C{cycle}"] if cycle else []
        parts += [str(year)] if year else ([f"S{number}"] if number else [])
        order = f"{9999 - (year or 0):04d}{99 - (cycle or 0):02d}{999 - (number or 0):03d}"
        labels[review_id] = (" · ".join(parts), f"{order} {symbol or ''}")
    return {Facet.REVIEW: (_grouped((row[0], row[-1]) for row in rows), labels)}


def _positions(session: Session, all_ids: frozenset[str], today: date) -> FacetRead:
    positions = dict(plain_rows(session, select(Position.code, Position.label)))
    rank = {code: index for index, code in enumerate(positions)}
    members = _grouped(plain_rows(session,
        select(Recommendation.position_code, Recommendation.id).where(_LIVE)))
    return {Facet.POSITION: (members, {code: (label, f"{rank[code]:03d}")
                                       for code, label in positions.items()})}


def _themes(session: Session, all_ids: frozenset[str], today: date) -> FacetRead:
    rows = plain_rows(session,
        select(Theme.id, Theme.code, Theme.name, RecommendationTheme.recommendation_id)
        .join(RecommendationTheme, RecommendationTheme.theme_id == Theme.id)
        .where(RecommendationTheme.deleted.is_(False)))
    return {Facet.THEME: (_grouped((row[0], row[-1]) for row in rows),
                          {theme_id: (name, code or "") for theme_id, code, name, _ in rows})}


def _affected_groups(session: Session, all_ids: frozenset[str], today: date) -> FacetRead:
    rows = plain_rows(session,
        select(AffectedGroup.id, AffectedGroup.name,
               RecommendationAffectedGroup.recommendation_id)
        .join(RecommendationAffectedGroup,
              RecommendationAffectedGroup.affected_group_id == AffectedGroup.id)
        .where(RecommendationAffectedGroup.deleted.is_(False)))
    return {Facet.AFFECTED: (_grouped((row[0], row[-1]) for row in rows),
                             {group_id: (name, "") for group_id, name, _ in rows})}


def _goals(session: Session, all_ids: frozenset[str], today: date) -> FacetRead:
    rows = plain_rows(session,
        select(SdgGoal.number, SdgGoal.short_name, RecommendationSdg.recommendation_id)
        .join(RecommendationSdg, RecommendationSdg.goal_id == SdgGoal.id)
        .where(RecommendationSdg.deleted.is_(False)))
    return {Facet.SDG: (_grouped((str(number), rec) for number, _, rec in rows),
                        {str(number): (f"{number}. {goal_name(number, name)}", f"{number:02d}")
                         for number, name, _ in rows})}


def _assignments(session: Session, all_ids: frozenset[str], today: date) -> FacetRead:
    rows = plain_rows(session,
        select(Assignment.role, Institution.id, Institution.code, Institution.name,
               Assignment.recommendation_id)
        .join(Institution, Institution.id == Assignment.institution_id)
        .where(Assignment.deleted.is_(False), Assignment.recommendation_id.is_not(None)))
    institution_labels = {inst_id: (code, name) for _, inst_id, code, name, _ in rows}
    lead = _grouped((inst, rec) for role, inst, _, _, rec in rows
                    if role == AssignmentRole.LEAD)
    with_lead = frozenset().union(*lead.values()) if lead else frozenset()
    lead[NO_LEAD] = all_ids - with_lead
    supporting = _grouped((inst, rec) for role, inst, _, _, rec in rows
                          if role == AssignmentRole.SUPPORTING)
    return {Facet.LEAD: (lead, institution_labels | {NO_LEAD: ("(no lead institution yet)", "")}),
            Facet.SUPPORTING: (supporting, dict(institution_labels))}


def _statuses(session: Session, all_ids: frozenset[str], today: date) -> FacetRead:
    statuses = current_statuses(session)
    ranked = plain_rows(session, select(
        ImplementationStatus.code, ImplementationStatus.label, ImplementationStatus.rank))
    labels = {code: (label, f"{rank:03d}") for code, label, rank in ranked}
    labels.setdefault(NOT_ASSESSED, ("Not assessed", "999"))
    return {Facet.STATUS: (_grouped((statuses.get(rec_id, NOT_ASSESSED), rec_id)
                                    for rec_id in all_ids), labels)}


def _deadlines(session: Session, all_ids: frozenset[str], today: date) -> FacetRead:
    dated = open_deadlines(session, until=today + timedelta(days=DUE_SOON_DAYS))
    return {Facet.DEADLINE: (
        _grouped((OVERDUE if due < today else DUE_SOON, rec) for rec, due in dated),
        {OVERDUE: ("Overdue", "0"), DUE_SOON: (f"Due in the next {DUE_SOON_DAYS} days", "1")})}


def _assessments(session: Session, all_ids: frozenset[str], today: date) -> FacetRead:
    # Where progress reports stand: a recommendation with a report waiting for validation is
    # found under "submitted" whatever its other reports say.
    stages = plain_rows(session,
        select(Assessment.workflow_state, Assessment.recommendation_id)
        .where(Assessment.deleted.is_(False)))
    order = (WorkflowState.DRAFT, WorkflowState.SUBMITTED, WorkflowState.VALIDATED,
             WorkflowState.RETURNED, WorkflowState.ACCEPTED)
    return {Facet.REPORT: (_grouped(stages),
                           {state: (state, f"{rank}") for rank, state in enumerate(order)})}


def _clusters(session: Session, all_ids: frozenset[str], today: date) -> FacetRead:
    rows = plain_rows(session,
        select(Cluster.id, Cluster.name, ClusterMember.recommendation_id)
        .join(ClusterMember, ClusterMember.cluster_id == Cluster.id)
        .where(Cluster.deleted.is_(False), ClusterMember.deleted.is_(False)))
    return {Facet.CLUSTER: (_grouped((row[0], row[-1]) for row in rows),
                            {cluster_id: (name, "") for cluster_id, name, _ in rows})}


_LIVE = Recommendation.deleted.is_(False)
# Each reader of facets, and the tables whose changes make what it read stale.
_FACET_READERS = (
    ({"recommendation", "review", "mechanism"}, _mechanisms),
    ({"recommendation", "review", "state", "database_info"}, _reviews),
    ({"recommendation", "position"}, _positions),
    ({"recommendation_theme", "theme"}, _themes),
    ({"recommendation_affected_group", "affected_group"}, _affected_groups),
    ({"recommendation_sdg", "sdg_goal"}, _goals),
    ({"assignment", "institution"}, _assignments),
    ({"assessment", "implementation_status"}, _statuses),
    ({"deadline", "action_recommendation", "indicator_link"}, _deadlines),
    ({"assessment"}, _assessments),
    ({"cluster", "cluster_member"}, _clusters),
)
FACET_TABLES: frozenset[str] = frozenset().union(*(tables for tables, _ in _FACET_READERS))


def build_index(session: Session, today: date | None = None, *,
                previous: FacetIndex | None = None,
                changed_tables: Iterable[str] | None = None) -> FacetIndex:
    """The facet index; given the `previous` one and the tables changed since, only the
    facets those tables feed are read again (while the same recommendations are live)."""
    today = today or date.today()
    all_ids = frozenset(rec_id for rec_id, in plain_rows(
        session, select(Recommendation.id).where(_LIVE)))
    changed = set(changed_tables) if changed_tables is not None else None
    reused = previous if (previous is not None and changed is not None
                          and previous.all_ids == all_ids) else None
    members: dict[Facet, Members] = {}
    labels: dict[Facet, Labels] = {}
    for tables, read in _FACET_READERS:
        if reused is not None and changed is not None and not tables & changed:
            continue
        for facet, (facet_members, facet_labels) in read(session, all_ids, today).items():
            # Links to recommendations deleted since are not counted anywhere.
            members[facet] = {value: ids & all_ids for value, ids in facet_members.items()}
            labels[facet] = facet_labels
    if reused is not None:
        for facet in Facet:
            members.setdefault(facet, reused.members[facet])
            labels.setdefault(facet, reused.labels_of(facet))
    return FacetIndex(all_ids, {facet: members[facet] for facet in Facet},
                      {facet: labels[facet] for facet in Facet}, previous=previous)
