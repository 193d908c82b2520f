"""The plan and its follow-up: actions, indicators and their values, assessments, deadlines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import _
from app.models import (
    Action,
    ActionRecommendation,
    Assessment,
    Assignment,
    Deadline,
    ImplementationStatus,
    Indicator,
    IndicatorLink,
    IndicatorValue,
    new_id,
    utcnow,
)
from app.models.codes import (
    ActionStatus,
    AssignmentRole,
    DeadlineKind,
    IndicatorDirection,
    WorkflowState,
)
from app.models.tracking import (
    ACTION_STATUSES,
    DEADLINE_KINDS,
    INDICATOR_DIRECTIONS,
    INDICATOR_KINDS,
)
from app.services.permissions import (
    Actor,
    can,
    require,
    require_own_institution,
    require_responsible,
)

# A reporting period: a year, a half-year, a quarter, a month, or a span of years.
PERIOD = re.compile(r"^\d{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$|^\d{4} ?[–-] ?\d{4}$")
PERIOD_FORMS = "2026, 2026-H1, 2026-Q3, 2026-05 or 2025–2026"


def period_problem(period: str) -> str | None:
    """Why `period` is not a reporting period (None: it is one)."""
    if not PERIOD.match(period.strip()):
        return f"“{period.strip()[:40]}” is not a reporting period; write it as {PERIOD_FORMS}"
    return None


def current_period(today: date | None = None) -> str:
    """Reporting runs by half-year: "2026-H2"."""
    today = today or date.today()
    return f"{today.year}-H{1 if today.month <= 6 else 2}"


# Workflow of an assessment: which step may follow which.
TRANSITIONS: dict[str, set[str]] = {
    WorkflowState.DRAFT: {WorkflowState.SUBMITTED},
    WorkflowState.SUBMITTED: {WorkflowState.VALIDATED, WorkflowState.RETURNED},
    WorkflowState.VALIDATED: {WorkflowState.ACCEPTED, WorkflowState.RETURNED},
    WorkflowState.RETURNED: {WorkflowState.SUBMITTED},
    WorkflowState.ACCEPTED: set(),
}


def step_permission(from_state: str, to_state: str) -> str | None:
    """The permission a step of the workflow needs (see permissions.can); None when there is
    no such step. A focal point submits; the validating authority validates, or returns what
    was submitted; the secretariat accepts, or returns what was validated."""
    if to_state not in TRANSITIONS.get(from_state, set()):
        return None
    if to_state == WorkflowState.SUBMITTED:
        return "report_progress"
    if to_state == WorkflowState.VALIDATED or (to_state == WorkflowState.RETURNED
                                               and from_state == WorkflowState.SUBMITTED):
        return "validate"
    return "accept"


def may_move(actor: Actor, from_state: str, to_state: str, institution_id: str) -> bool:
    """What the window asks before offering a step: the rule move_assessment applies."""
    permission = step_permission(from_state, to_state)
    return permission is not None and can(actor, permission, institution_id)


@dataclass
class ActionSpec:
    title: str
    description: str | None = None
    expected_outcome: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    budget_amount: float | None = None
    budget_currency: str | None = None
    status: str = ActionStatus.PLANNED
    recommendation_ids: list[str] = field(default_factory=list)
    lead_institution_id: str | None = None
    supporting_institution_ids: list[str] = field(default_factory=list)


def add_action(session: Session, spec: ActionSpec) -> str:
    """A focal point plans for their own institution (it leads the action); the secretariat
    for anyone."""
    require_responsible(session, spec.lead_institution_id, "plan actions")
    if spec.budget_amount is not None and spec.budget_amount < 0:
        raise ValidationError(_("action budget: the amount cannot be negative"))
    if spec.budget_currency and not (len(spec.budget_currency) == 3
                                     and spec.budget_currency.isalpha()):
        raise ValidationError(_("action budget: currency '{0}' should be a three-letter code "
                                "such as EUR or XOF").format(spec.budget_currency))
    if not spec.title.strip():
        raise ValidationError(_("action title: an action needs a title"))
    if spec.status not in ACTION_STATUSES:
        raise ValidationError(_("action status: '{0}' is not one of {1}").format(
                                  spec.status, ACTION_STATUSES))
    if spec.start_date and spec.end_date and spec.end_date < spec.start_date:
        raise ValidationError(_("action dates: the end date is before the start date"))
    action = Action(
        id=new_id(),
        title=spec.title.strip(),
        description=spec.description,
        expected_outcome=spec.expected_outcome,
        start_date=spec.start_date,
        end_date=spec.end_date,
        budget_amount=spec.budget_amount,
        budget_currency=spec.budget_currency,
        status=spec.status,
    )
    session.add(action)
    for rec_id in dict.fromkeys(spec.recommendation_ids):
        session.add(ActionRecommendation(action_id=action.id, recommendation_id=rec_id))
    if spec.lead_institution_id:
        session.add(Assignment(id=new_id(), institution_id=spec.lead_institution_id,
                               role=AssignmentRole.LEAD, action_id=action.id))
    for institution_id in dict.fromkeys(spec.supporting_institution_ids):
        if institution_id != spec.lead_institution_id:
            session.add(Assignment(id=new_id(), institution_id=institution_id,
                                   role=AssignmentRole.SUPPORTING, action_id=action.id))
    if spec.end_date and spec.status in (ActionStatus.PLANNED, ActionStatus.ONGOING):
        # The action's end is a milestone in the calendar (and makes it overdue when past).
        session.add(Deadline(id=new_id(), kind=DeadlineKind.ACTION_MILESTONE,
                             title=f"Action completed: {action.title}"[:300],
                             due_date=spec.end_date, action_id=action.id,
                             institution_id=spec.lead_institution_id))
    return action.id


@dataclass
class IndicatorSpec:
    name: str
    kind: str
    unit: str = ""
    baseline_value: float | None = None
    baseline_date: date | None = None
    target_value: float | None = None
    target_date: date | None = None
    direction: str = IndicatorDirection.INCREASE
    disaggregation: str | None = None
    data_source: str | None = None
    institution_id: str | None = None
    recommendation_ids: list[str] = field(default_factory=list)
    action_ids: list[str] = field(default_factory=list)


def add_indicator(session: Session, spec: IndicatorSpec) -> str:
    require_responsible(session, spec.institution_id, "define indicators")
    if not spec.name.strip():
        raise ValidationError(_("indicator name: an indicator needs a name"))
    if spec.kind not in INDICATOR_KINDS:
        raise ValidationError(_("indicator type: '{0}' is not one of {1}").format(
                                  spec.kind, INDICATOR_KINDS))
    if spec.direction not in INDICATOR_DIRECTIONS:
        raise ValidationError(
            _("indicator direction: '{0}' is not one of {1}").format(
                spec.direction, INDICATOR_DIRECTIONS)
        )
    indicator = Indicator(
        id=new_id(),
        name=spec.name,
        kind=spec.kind,
        unit=spec.unit,
        baseline_value=spec.baseline_value,
        baseline_date=spec.baseline_date,
        target_value=spec.target_value,
        target_date=spec.target_date,
        direction=spec.direction,
        disaggregation=spec.disaggregation,
        data_source=spec.data_source,
        institution_id=spec.institution_id,
    )
    session.add(indicator)
    for rec_id in dict.fromkeys(spec.recommendation_ids):
        session.add(IndicatorLink(indicator_id=indicator.id, recommendation_id=rec_id))
    for action_id in dict.fromkeys(spec.action_ids):
        session.add(IndicatorLink(indicator_id=indicator.id, action_id=action_id))
    return indicator.id


def record_indicator_value(
    session: Session,
    indicator_id: str,
    *,
    period: str,
    value_date: date,
    value: float,
    note: str | None = None,
    author_id: str | None = None,
) -> str:
    indicator = session.get(Indicator, indicator_id)
    if indicator is None or indicator.deleted:
        raise ValidationError(_("indicator: it no longer exists"))
    require_responsible(session, indicator.institution_id, "record indicator values")
    if not period.strip():
        raise ValidationError(_("{0}: say which period the value is for").format(indicator.name))
    indicator_value = IndicatorValue(
        id=new_id(),
        indicator_id=indicator_id,
        period=period,
        value_date=value_date,
        value=value,
        note=note,
        author_id=author_id,
    )
    session.add(indicator_value)
    return indicator_value.id


def add_assessment(
    session: Session,
    *,
    recommendation_id: str,
    institution_id: str,
    period: str,
    status_code: str,
    narrative: str | None = None,
    next_steps: str | None = None,
    author_id: str | None = None,
) -> str:
    require_own_institution(session, institution_id, "report progress")
    if session.get(ImplementationStatus, status_code) is None:
        raise ValidationError(_("status: '{0}' is not a known implementation status").format(
                                  status_code))
    if not period.strip():
        raise ValidationError(_("period: say which reporting period (e.g. 2026-H1)"))
    if problem := period_problem(period):
        raise ValidationError(_("period: {0}").format(problem))
    assessment = Assessment(
        id=new_id(),
        recommendation_id=recommendation_id,
        institution_id=institution_id,
        period=period,
        status_code=status_code,
        narrative=narrative,
        next_steps=next_steps,
        author_id=author_id,
        workflow_state=WorkflowState.DRAFT,
    )
    session.add(assessment)
    return assessment.id


def move_assessment(
    session: Session,
    assessment_id: str,
    to_state: str,
    *,
    person_id: str | None = None,
    comment: str | None = None,
) -> None:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise ValidationError(_("assessment {0} does not exist").format(assessment_id))
    permission = step_permission(assessment.workflow_state, to_state)
    if permission is None:
        raise ValidationError(
            _("assessment: cannot go from '{0}' to '{1}'").format(
                assessment.workflow_state, to_state)
        )
    if to_state == WorkflowState.RETURNED and not (comment and comment.strip()):
        raise ValidationError(_("assessment: say why it is returned (a comment is required)"))
    what = {"report_progress": "submit a progress report",
            "validate": "validate it" if to_state == WorkflowState.VALIDATED else "return it",
            "accept": "accept a progress report or return a validated one"}[permission]
    require(session, permission, assessment.institution_id, what)
    now = utcnow()
    assessment.workflow_state = to_state
    if to_state == WorkflowState.SUBMITTED:
        assessment.submitted_at = now
    elif to_state == WorkflowState.VALIDATED:
        assessment.validated_at, assessment.validated_by_id = now, person_id
    elif to_state == WorkflowState.ACCEPTED:
        assessment.accepted_at, assessment.accepted_by_id = now, person_id
    elif to_state == WorkflowState.RETURNED:
        assessment.return_comment = comment


def add_deadline(
    session: Session,
    *,
    kind: str,
    title: str,
    due_date: date,
    completed_on: date | None = None,
    review_id: str | None = None,
    recommendation_id: str | None = None,
    action_id: str | None = None,
    indicator_id: str | None = None,
    institution_id: str | None = None,
) -> str:
    require_responsible(session, institution_id, "set deadlines")
    if not title.strip():
        raise ValidationError(_("deadline: say what is due"))
    if kind not in DEADLINE_KINDS:
        raise ValidationError(_("deadline kind: '{0}' is not one of {1}").format(
                                  kind, DEADLINE_KINDS))
    deadline = Deadline(
        id=new_id(),
        kind=kind,
        title=title,
        due_date=due_date,
        completed_on=completed_on,
        review_id=review_id,
        recommendation_id=recommendation_id,
        action_id=action_id,
        indicator_id=indicator_id,
        institution_id=institution_id,
    )
    session.add(deadline)
    return deadline.id
