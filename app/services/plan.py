"""Reading the plan: actions, indicators with their series and progress, the calendar."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import _
from app.models import (
    Action,
    ActionRecommendation,
    Assignment,
    Deadline,
    Indicator,
    IndicatorLink,
    IndicatorValue,
    Institution,
    Recommendation,
    Review,
)
from app.models.codes import ActionStatus, AssignmentRole

# An indicator is off track when its progress lags the time elapsed by more than this.
OFF_TRACK_MARGIN = 0.15


@dataclass(frozen=True)
class ActionRow:
    id: str
    title: str
    status: str
    start_date: date | None
    end_date: date | None
    budget: str
    lead: str
    supporting: str
    recommendations: str  # references
    overdue: bool


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    name: str
    kind: str
    unit: str
    direction: str
    institution: str
    institution_id: str | None
    baseline: tuple[date | None, float | None]
    target: tuple[date | None, float | None]
    values: list[tuple[date, float, str]] = field(default_factory=list)  # date, value, period

    @property
    def latest(self) -> float | None:
        return self.values[-1][1] if self.values else None

    @property
    def progress(self) -> float | None:
        """Share of the way from baseline to target covered by the latest value."""
        start, goal, latest = self.baseline[1], self.target[1], self.latest
        if start is None or goal is None or latest is None or goal == start:
            return None
        return (latest - start) / (goal - start)

    def off_track(self, today: date | None = None) -> bool:
        """Progress behind the share of the time gone by between baseline and target."""
        today = today or date.today()
        begun, due = self.baseline[0], self.target[0]
        if self.progress is None or begun is None or due is None or due <= begun:
            return False
        elapsed = min(1.0, max(0.0, (today - begun).days / (due - begun).days))
        return self.progress < elapsed - OFF_TRACK_MARGIN


@dataclass(frozen=True)
class DeadlineRow:
    id: str
    due_date: date
    title: str
    kind: str
    institution: str
    concerns: str  # what it is about: a review, recommendation, action or indicator
    completed_on: date | None


def _references(session: Session, action_ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for action_id, reference in session.execute(
            select(ActionRecommendation.action_id, Recommendation.reference)
            .join(Recommendation, Recommendation.id == ActionRecommendation.recommendation_id)
            .where(ActionRecommendation.action_id.in_(action_ids),
                   ActionRecommendation.deleted.is_(False))):
        found[action_id].append(reference or "?")
    return found


def action_rows(session: Session, *, recommendation_id: str | None = None,
                institution_id: str | None = None, status: str | None = None,
                today: date | None = None) -> list[ActionRow]:
    today = today or date.today()
    query = select(Action).where(Action.deleted.is_(False))
    if recommendation_id:
        query = query.join(ActionRecommendation, ActionRecommendation.action_id == Action.id) \
            .where(ActionRecommendation.recommendation_id == recommendation_id,
                   ActionRecommendation.deleted.is_(False))
    if status:
        query = query.where(Action.status == status)
    actions = list(session.scalars(query.order_by(Action.end_date, Action.title)))
    ids = [a.id for a in actions]
    roles: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for action_id, role, inst_id, code in session.execute(
            select(Assignment.action_id, Assignment.role, Institution.id, Institution.code)
            .join(Institution).where(Assignment.action_id.in_(ids),
                                     Assignment.deleted.is_(False))):
        roles[(action_id, role)].append((inst_id, code))
    references = _references(session, ids)
    rows = []
    for action in actions:
        lead = roles[(action.id, AssignmentRole.LEAD)]
        supporting = roles[(action.id, AssignmentRole.SUPPORTING)]
        if institution_id and institution_id not in {i for i, _ in lead + supporting}:
            continue
        budget = (f"{action.budget_amount:,.0f} {action.budget_currency or ''}".strip()
                  if action.budget_amount is not None else "")
        rows.append(ActionRow(
            action.id, action.title, action.status, action.start_date, action.end_date, budget,
            ", ".join(code for _, code in lead), ", ".join(code for _, code in supporting),
            ", ".join(references[action.id]),
            action.status in (ActionStatus.PLANNED, ActionStatus.ONGOING)
            and action.end_date is not None
            and action.end_date < today))
    return rows


def indicator_rows(session: Session, *, recommendation_id: str | None = None
                   ) -> list[IndicatorRow]:
    query = select(Indicator).where(Indicator.deleted.is_(False))
    if recommendation_id:
        # Indicators of the recommendation itself and of its actions.
        action_ids = select(ActionRecommendation.action_id).where(
            ActionRecommendation.recommendation_id == recommendation_id,
            ActionRecommendation.deleted.is_(False))
        linked = select(IndicatorLink.indicator_id).where(
            IndicatorLink.deleted.is_(False),
            (IndicatorLink.recommendation_id == recommendation_id)
            | IndicatorLink.action_id.in_(action_ids))
        query = query.where(Indicator.id.in_(linked))
    indicators = list(session.scalars(query.order_by(Indicator.name)))
    ids = [i.id for i in indicators]
    series: dict[str, list[tuple[date, float, str]]] = defaultdict(list)
    for indicator_id, when, value, period in session.execute(
            select(IndicatorValue.indicator_id, IndicatorValue.value_date, IndicatorValue.value,
                   IndicatorValue.period)
            .where(IndicatorValue.indicator_id.in_(ids), IndicatorValue.deleted.is_(False))
            .order_by(IndicatorValue.value_date)):
        series[indicator_id].append((when, value, period))
    codes = dict(session.execute(select(Institution.id, Institution.code)).tuples().all())
    return [IndicatorRow(i.id, i.name, i.kind, i.unit, i.direction,
                         codes.get(i.institution_id or "", ""), i.institution_id,
                         (i.baseline_date, i.baseline_value), (i.target_date, i.target_value),
                         series[i.id]) for i in indicators]


def calendar_rows(session: Session, *, institution_id: str | None = None,
                  include_completed: bool = False) -> list[DeadlineRow]:
    query = select(Deadline).where(Deadline.deleted.is_(False))
    if not include_completed:
        query = query.where(Deadline.completed_on.is_(None))
    if institution_id:
        query = query.where(Deadline.institution_id == institution_id)
    codes = dict(session.execute(select(Institution.id, Institution.code)).tuples().all())
    reviews = {r.id: r for r in session.scalars(select(Review))}
    references = dict(session.execute(select(Recommendation.id, Recommendation.reference))
                      .tuples().all())
    actions = dict(session.execute(select(Action.id, Action.title)).tuples().all())
    indicators = dict(session.execute(select(Indicator.id, Indicator.name)).tuples().all())
    rows = []
    for deadline in session.scalars(query.order_by(Deadline.due_date)):
        if deadline.review_id:
            review = reviews.get(deadline.review_id)
            concerns = f"review {review.symbol or review.year or ''}".strip() if review else ""
        elif deadline.recommendation_id:
            concerns = f"recommendation {references.get(deadline.recommendation_id, '')}"
        elif deadline.action_id:
            concerns = f"action: {actions.get(deadline.action_id, '')}"
        elif deadline.indicator_id:
            concerns = f"indicator: {indicators.get(deadline.indicator_id, '')}"
        else:
            concerns = ""
        rows.append(DeadlineRow(deadline.id, deadline.due_date, deadline.title, deadline.kind,
                                codes.get(deadline.institution_id or "", ""), concerns,
                                deadline.completed_on))
    return rows


def action_facts(session: Session, action_id: str) -> dict:
    """Everything the action form shows, for editing."""
    action = session.get(Action, action_id)
    if action is None:
        raise ValidationError(_("action {0}: no longer in the plan").format(action_id))
    supporting = list(session.scalars(select(Assignment.institution_id).where(
        Assignment.action_id == action_id, Assignment.role == AssignmentRole.SUPPORTING,
        Assignment.deleted.is_(False))))
    lead = session.scalar(select(Assignment.institution_id).where(
        Assignment.action_id == action_id, Assignment.role == AssignmentRole.LEAD,
        Assignment.deleted.is_(False)))
    return {"title": action.title, "status": action.status, "start_date": action.start_date,
            "end_date": action.end_date, "budget_amount": action.budget_amount,
            "budget_currency": action.budget_currency, "description": action.description,
            "expected_outcome": action.expected_outcome, "lead_institution_id": lead,
            "supporting_institution_ids": supporting}


def indicator_facts(session: Session, indicator_id: str) -> dict:
    indicator = session.get(Indicator, indicator_id)
    return {name: getattr(indicator, name) for name in (
        "name", "kind", "unit", "direction", "baseline_value", "baseline_date", "target_value",
        "target_date", "data_source", "disaggregation", "institution_id")}
