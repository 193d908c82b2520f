"""The register's rows for the ids on screen: one statement per kind of value, whatever the
number of ids (they are bound as one JSON array)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.db.fast_read import PreparedRead, Reading, among, id_list
from app.models import (
    Assignment,
    DatabaseInfo,
    ImplementationStatus,
    Institution,
    Mechanism,
    Position,
    Recommendation,
    RecommendationSdg,
    RecommendationTheme,
    Review,
    SdgGoal,
    State,
    Theme,
)
from app.models.codes import AssignmentRole
from app.services.facets import next_deadlines
from app.services.status import current_statuses


@dataclass(frozen=True)
class RecommendationRow:
    id: str
    reference: str
    text: str
    mechanism: str
    review: str
    symbol: str
    position: str
    lead: str
    supporting: str
    status: str
    next_deadline: str = ""  # ISO date of the earliest open deadline
    overdue: bool = False
    themes: str = ""
    sdgs: str = ""
    # The codes behind `position` and `status`, for whoever shows them in other words.
    position_code: str = ""
    status_code: str = ""


def _review_label(state: str | None, year: int | None, cycle: int | None,
                  session: int | None) -> str:
    """Short enough for a table column: "C4 · 2025", "CHN · C2 · S17" (another State)."""
    parts = [state] if state else []
    if cycle:
        parts.append(f"C{cycle}")
    if year:
        parts.append(str(year))
    elif session:
        parts.append(f"S{session}")
    return " · ".join(parts)


_SHOWN = PreparedRead(
    select(
        Recommendation.id,
        Recommendation.reference,
        Recommendation.text,
        Mechanism.code,
        Review.symbol,
        Review.year,
        Review.cycle,
        Review.session,
        Review.state_id,
        State.iso3,
        Position.label,
        Recommendation.position_code,
    )
    .join(Review, Review.id == Recommendation.review_id)
    .join(State, State.id == Review.state_id)
    .join(Mechanism, Mechanism.id == Review.mechanism_id)
    .join(Position, Position.code == Recommendation.position_code)
    .where(among(Recommendation.id))
)
_SHOWN_ROLES = PreparedRead(
    select(Assignment.recommendation_id, Assignment.role, Institution.code)
    .join(Institution, Institution.id == Assignment.institution_id)
    .where(among(Assignment.recommendation_id), Assignment.deleted.is_(False))
    .order_by(Institution.code)
)
_SHOWN_THEMES = PreparedRead(
    select(RecommendationTheme.recommendation_id, Theme.code, Theme.name)
    .join(Theme, Theme.id == RecommendationTheme.theme_id)
    .where(among(RecommendationTheme.recommendation_id), RecommendationTheme.deleted.is_(False))
    .order_by(Theme.code, Theme.name)
)
_SHOWN_GOALS = PreparedRead(
    select(RecommendationSdg.recommendation_id, SdgGoal.number)
    .join(SdgGoal, SdgGoal.id == RecommendationSdg.goal_id)
    .where(among(RecommendationSdg.recommendation_id), RecommendationSdg.deleted.is_(False))
)
_OWN_STATE = PreparedRead(select(DatabaseInfo.state_id))
_STATUS_LABELS = PreparedRead(select(ImplementationStatus.code, ImplementationStatus.label))


def recommendation_rows(reading: Reading, ids: Sequence[str]) -> list[RecommendationRow]:
    """Rows for the given ids, in the same order (ids that vanished are skipped)."""
    if not ids:
        return []
    ids = list(ids)
    shown = id_list(ids)
    records = {row[0]: row for row in _SHOWN.rows(reading, ids=shown)}
    roles: dict[tuple[str, str], list[str]] = defaultdict(list)
    for rec_id, role, code in _SHOWN_ROLES.rows(reading, ids=shown):
        roles[(rec_id, role)].append(code)
    own_state = next(iter(_OWN_STATE.rows(reading)), (None,))[0]
    labels = dict(_STATUS_LABELS.rows(reading))
    statuses = current_statuses(reading, ids)
    deadlines = next_deadlines(reading, ids)
    themes: dict[str, list[str]] = defaultdict(list)
    for rec_id, code, name in _SHOWN_THEMES.rows(reading, ids=shown):
        themes[rec_id].append(code or name)
    goals: dict[str, set[int]] = defaultdict(set)
    for rec_id, number in _SHOWN_GOALS.rows(reading, ids=shown):
        goals[rec_id].add(number)
    today = date.today()
    rows = []
    for rec_id in ids:
        record = records.get(rec_id)
        if record is None:
            continue
        (_, reference, text, mechanism, symbol, year, cycle, number, state_id, iso3,
         position, position_code) = record
        due = deadlines.get(rec_id)
        rows.append(
            RecommendationRow(
                id=rec_id,
                reference=reference or "",
                text=text,
                mechanism=mechanism,
                review=_review_label(iso3 if state_id != own_state else None,
                                     year, cycle, number),
                symbol=symbol or "",
                position=position,
                lead=", ".join(roles[(rec_id, AssignmentRole.LEAD)]),
                supporting=", ".join(roles[(rec_id, AssignmentRole.SUPPORTING)]),
                status=labels.get(statuses.get(rec_id, ""), ""),
                next_deadline=due.isoformat() if due else "",
                overdue=due is not None and due < today,
                themes=", ".join(themes[rec_id]),
                sdgs=", ".join(str(n) for n in sorted(goals[rec_id])),
                position_code=position_code,
                status_code=statuses.get(rec_id, ""),
            )
        )
    return rows


