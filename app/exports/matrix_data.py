"""Everything the implementation matrix shows, read in a handful of queries per batch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from app.db.fast_read import plain_rows
from app.i18n import N_
from app.models import (
    Action,
    ActionRecommendation,
    AffectedGroup,
    Assessment,
    Assignment,
    Cluster,
    ClusterMember,
    Evidence,
    ImplementationStatus,
    IndicatorLink,
    Institution,
    Mechanism,
    Position,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationSdg,
    RecommendationTheme,
    RecommendingState,
    Review,
    SdgGoal,
    SdgTarget,
    State,
    Theme,
)
from app.models.codes import AssignmentRole, WorkflowState
from app.services.facets import next_deadlines
from app.services.plan import IndicatorRow, indicator_rows
from app.services.status import current_statuses
from app.services.vocabulary_names import goal_name, state_name

GROUPINGS = ("theme", "institution", "mechanism", "cluster", "sdg")
# The groups of what has none ("(no theme)"): words of the application, translated where
# printed; the others are names from the data, printed as recorded.
NO_GROUP = frozenset((N_("(no theme)"), N_("(no lead institution)"), N_("(in no cluster)"),
                      N_("(no SDG)")))


def group_label(group: str, translate) -> str:
    return translate(group) if group in NO_GROUP else group
BATCH = 500


@dataclass(slots=True)
class MatrixRow:
    id: str
    reference: str
    text: str
    recommending_states: str = ""
    position: str = ""
    source: str = ""
    themes: str = ""
    affected: str = ""
    sdg_targets: str = ""
    lead: str = ""
    supporting: str = ""
    status: str = ""
    assessment_period: str = ""
    narrative: str = ""
    next_steps: str = ""
    actions: str = ""
    indicators: str = ""
    deadline: str = ""
    evidence: str = ""
    groups: dict[str, str] = field(default_factory=dict)  # grouping -> group label
    # The same, item by item, for the reports that lay them out as lists and tables.
    action_items: Sequence[tuple[str, str]] = ()  # title, status
    indicator_items: Sequence[IndicatorRow] = ()
    evidence_items: Sequence[str] = ()


def _joined(values: list[str]) -> str:
    """Distinct non-empty values in their order, "; " between them."""
    count = len(values)
    if count < 2:  # most cells: no value or one, without building anything
        return (values[0] or "") if count else ""
    if count == 2:
        first, second = values
        if not first or not second or first == second:
            return first or second or ""
        return f"{first}; {second}"
    return "; ".join(dict.fromkeys(filter(None, values)))


def matrix_rows(session: Session, ids: list[str], language: str) -> list[MatrixRow]:
    """Rows for the given recommendation ids, in that order; the shipped vocabularies' names
    (States, SDGs) in `language`."""
    rows: list[MatrixRow] = []
    statuses = dict(session.execute(select(ImplementationStatus.code,
                                           ImplementationStatus.label)).tuples().all())
    indicators = _indicators_by_recommendation(session)
    total = session.scalar(select(func.count()).select_from(Recommendation))
    if len(ids) > BATCH and len(ids) * 2 > (total or 0):
        # Most of the register: each table read once in full beats many `IN (…)` batches.
        return _batch(session, ids, statuses, indicators, language, whole=True)
    for start in range(0, len(ids), BATCH):
        rows += _batch(session, ids[start:start + BATCH], statuses, indicators, language)
    return rows


def _indicators_by_recommendation(session: Session) -> dict[str, list[IndicatorRow]]:
    """Every indicator measuring a recommendation, directly or through one of its actions."""
    indicators = {indicator.id: indicator for indicator in indicator_rows(session)}
    by_action: dict[str, list[IndicatorRow]] = defaultdict(list)
    found: dict[str, list[IndicatorRow]] = defaultdict(list)
    for indicator_id, rec_id, action_id in session.execute(
            select(IndicatorLink.indicator_id, IndicatorLink.recommendation_id,
                   IndicatorLink.action_id).where(IndicatorLink.deleted.is_(False))):
        if indicator_id not in indicators:
            continue
        if rec_id:
            found[rec_id].append(indicators[indicator_id])
        elif action_id:
            by_action[action_id].append(indicators[indicator_id])
    for action_id, rec_id in session.execute(
            select(ActionRecommendation.action_id, ActionRecommendation.recommendation_id)
            .where(ActionRecommendation.deleted.is_(False))):
        found[rec_id] += by_action.get(action_id, [])
    return {rec_id: list({i.id: i for i in items}.values()) for rec_id, items in found.items()}


def figure(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


def indicator_text(indicator: IndicatorRow) -> str:
    """"name: baseline → latest → target unit"."""
    return (f"{indicator.name}: {figure(indicator.baseline[1])} → {figure(indicator.latest)} → "
            f"{figure(indicator.target[1])} {indicator.unit}").strip()


def _grouped(session: Session, query) -> dict[str, list]:
    """Recommendation id (the first column) -> its rows' other value, or other values as a
    tuple, in row order."""
    found: dict[str, list] = defaultdict(list)
    rows = plain_rows(session, query)
    if len(query.selected_columns) == 2:
        for rec_id, value in rows:
            found[rec_id].append(value)
    else:
        for row in rows:
            found[row[0]].append(row[1:])
    return found


def _batch(session: Session, ids: list[str], statuses: dict[str, str],
           indicators: dict[str, list[IndicatorRow]], language: str,
           whole: bool = False) -> list[MatrixRow]:
    """whole: read every row of each table rather than those of `ids` (kept in `ids` order
    all the same)."""

    def within(column):
        return true() if whole else column.in_(ids)

    base = {row[0]: row for row in plain_rows(session,
        select(Recommendation.id, Recommendation.reference, Recommendation.text,
               Position.label.label("position"), Review.symbol, Mechanism.code.label("mech"))
        .join(Review, Review.id == Recommendation.review_id)
        .join(Mechanism, Mechanism.id == Review.mechanism_id)
        .join(Position, Position.code == Recommendation.position_code)
        .where(within(Recommendation.id)))}
    states = {rec_id: sorted(state_name(iso3, name, language) for iso3, name in named)
              for rec_id, named in _grouped(session, select(
                  RecommendingState.recommendation_id, State.iso3, State.name)
                  .join(State).where(within(RecommendingState.recommendation_id),
                                     RecommendingState.deleted.is_(False))).items()}
    themes: dict[str, list[str]] = defaultdict(list)
    for rec_id, code, name in plain_rows(session, select(
            RecommendationTheme.recommendation_id, Theme.code, Theme.name)
            .join(Theme).where(within(RecommendationTheme.recommendation_id),
                               RecommendationTheme.deleted.is_(False))
            .order_by(Theme.code, Theme.name)):
        themes[rec_id].append(f"{code} {name}" if code else name)
    groups = _grouped(session, select(RecommendationAffectedGroup.recommendation_id,
                                      AffectedGroup.name)
                      .join(AffectedGroup)
                      .where(within(RecommendationAffectedGroup.recommendation_id),
                             RecommendationAffectedGroup.deleted.is_(False)))
    sdgs = _grouped(session, select(RecommendationSdg.recommendation_id, SdgGoal.number,
                                    SdgGoal.short_name, SdgTarget.code)
                    .join(SdgGoal, SdgGoal.id == RecommendationSdg.goal_id)
                    .outerjoin(SdgTarget, SdgTarget.id == RecommendationSdg.target_id)
                    .where(within(RecommendationSdg.recommendation_id),
                           RecommendationSdg.deleted.is_(False)).order_by(SdgGoal.number))
    leads: dict[str, list[str]] = defaultdict(list)
    supporting: dict[str, list[str]] = defaultdict(list)
    lead_labels: dict[str, str] = {}  # the first lead institution: what "by institution" groups on
    for rec_id, role, code, name in plain_rows(session, select(
            Assignment.recommendation_id, Assignment.role, Institution.code, Institution.name)
            .join(Institution).where(within(Assignment.recommendation_id),
                                     Assignment.deleted.is_(False))
            .order_by(Institution.code)):
        if role == AssignmentRole.LEAD:
            leads[rec_id].append(code)
            if rec_id not in lead_labels:
                lead_labels[rec_id] = f"{code} — {name}"
        else:
            supporting[rec_id].append(code)
    clusters = _grouped(session, select(ClusterMember.recommendation_id, Cluster.name)
                        .join(Cluster).where(within(ClusterMember.recommendation_id),
                                             ClusterMember.deleted.is_(False),
                                             Cluster.deleted.is_(False)).order_by(Cluster.name))
    accepted = {}
    for rec_id, *report in plain_rows(session,
            select(Assessment.recommendation_id, Assessment.period, Assessment.narrative,
                   Assessment.next_steps)
            .where(within(Assessment.recommendation_id),
                   Assessment.workflow_state == WorkflowState.ACCEPTED,
                   Assessment.deleted.is_(False))
            .order_by(Assessment.accepted_at)):
        accepted[rec_id] = report  # period, narrative, next steps of the latest accepted
    actions = _grouped(session, select(ActionRecommendation.recommendation_id, Action.title,
                                       Action.status)
                       .join(Action, Action.id == ActionRecommendation.action_id)
                       .where(within(ActionRecommendation.recommendation_id),
                              ActionRecommendation.deleted.is_(False),
                              Action.deleted.is_(False)))
    evidence = _grouped(session, select(Assessment.recommendation_id, Evidence.title)
                        .join(Evidence, Evidence.assessment_id == Assessment.id)
                        .where(within(Assessment.recommendation_id),
                               Evidence.deleted.is_(False), Assessment.deleted.is_(False)))
    current = current_statuses(session, None if whole else ids)
    deadlines = next_deadlines(session, None if whole else ids)
    rows = []
    no_report = ("", "", "")
    nothing: list[Any] = []  # never changed: what a recommendation without any has
    for rec_id in ids:
        record = base.get(rec_id)
        if record is None:
            continue
        _, reference, text, position, symbol, mechanism = record
        period, narrative, next_steps = accepted.get(rec_id, no_report)
        theme_labels = themes.get(rec_id, nothing)
        goals = sdgs.get(rec_id, nothing)
        rec_actions = actions.get(rec_id, nothing)
        rec_indicators = indicators.get(rec_id, nothing)
        rec_evidence = evidence.get(rec_id)
        deadline = deadlines.get(rec_id)
        lead_label = lead_labels.get(rec_id)
        row = MatrixRow(
            id=rec_id, reference=reference or "", text=text,
            recommending_states=_joined(states.get(rec_id, nothing)), position=position,
            source=symbol or mechanism, themes=_joined(theme_labels),
            affected=_joined(groups.get(rec_id, nothing)),
            sdg_targets=_joined([target or str(number) for number, _, target in goals])
            if goals else "",
            lead=_joined(leads.get(rec_id, nothing)),
            supporting=_joined(supporting.get(rec_id, nothing)),
            status=statuses.get(current.get(rec_id, ""), "Not assessed"),
            assessment_period=period or "", narrative=narrative or "",
            next_steps=next_steps or "",
            actions=_joined([f"{title} ({status})" for title, status in rec_actions])
            if rec_actions else "",
            indicators=_joined([indicator_text(item) for item in rec_indicators])
            if rec_indicators else "",
            deadline=deadline.isoformat() if deadline else "",
            evidence=_joined(rec_evidence) if rec_evidence else "",
            groups={
                "theme": theme_labels[0] if theme_labels else N_("(no theme)"),
                "institution": lead_label or N_("(no lead institution)"),
                "mechanism": mechanism,
                "cluster": clusters[rec_id][0] if rec_id in clusters
                else N_("(in no cluster)"),
                "sdg": f"{goals[0][0]}. {goal_name(goals[0][0], goals[0][1], language)}" if goals
                else N_("(no SDG)"),
            },
            action_items=rec_actions, indicator_items=rec_indicators,
            evidence_items=tuple(dict.fromkeys(rec_evidence)) if rec_evidence else nothing)
        rows.append(row)
    return rows
