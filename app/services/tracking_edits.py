"""Changing what was planned and reported: actions, indicators, draft reports, deadlines.

The same people who may create a record may change it: the secretariat, or a focal point of
the institution responsible (the action's lead, the indicator's institution, the report's
institution). A report can only be changed while it is a draft or has been returned.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import _
from app.models import Action, Assessment, Assignment, Deadline, Indicator, new_id
from app.models.codes import ActionStatus, AssignmentRole, DeadlineKind, WorkflowState
from app.models.tracking import ACTION_STATUSES, INDICATOR_DIRECTIONS, INDICATOR_KINDS
from app.services.permissions import (
    require_own_institution,
    require_responsible,
    require_secretariat,
)

EDITABLE_REPORT_STATES = (WorkflowState.DRAFT, WorkflowState.RETURNED)


def _set(row, values: dict) -> None:
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)


def action_lead(session: Session, action_id: str) -> str | None:
    return session.scalar(select(Assignment.institution_id).where(
        Assignment.action_id == action_id, Assignment.role == AssignmentRole.LEAD,
        Assignment.deleted.is_(False)))


def _require_action(session: Session, action_id: str, what: str) -> Action:
    action = session.get(Action, action_id)
    if action is None or action.deleted:
        raise ValidationError(_("action: it no longer exists (deleted meanwhile?)"))
    lead = action_lead(session, action_id)
    if lead:
        require_own_institution(session, lead, what)
    else:
        require_secretariat(session, what)
    return action


def update_action(session: Session, action_id: str, *, title: str, status: str,
                  start_date: date | None, end_date: date | None,
                  budget_amount: float | None, budget_currency: str | None,
                  description: str | None, expected_outcome: str | None,
                  supporting_institution_ids: list[str] | None = None) -> None:
    action = _require_action(session, action_id, "change this action")
    if not title.strip():
        raise ValidationError(_("action title: an action needs a title"))
    if status not in ACTION_STATUSES:
        raise ValidationError(_("action status: '{0}' is not one of {1}").format(
                                  status, ACTION_STATUSES))
    if start_date and end_date and end_date < start_date:
        raise ValidationError(_("action dates: the end date is before the start date"))
    _set(action, {"title": title.strip(), "status": status, "start_date": start_date,
                  "end_date": end_date, "budget_amount": budget_amount,
                  "budget_currency": budget_currency, "description": description,
                  "expected_outcome": expected_outcome})
    if supporting_institution_ids is not None:
        set_action_supporting(session, action_id, supporting_institution_ids)
    _keep_milestone(session, action)


def _keep_milestone(session: Session, action: Action) -> None:
    """The calendar follows the action: its end date, done when completed, gone if cancelled."""
    milestone = session.scalar(select(Deadline).where(
        Deadline.action_id == action.id, Deadline.kind == DeadlineKind.ACTION_MILESTONE))
    if milestone is None:
        if action.end_date and action.status in (ActionStatus.PLANNED, ActionStatus.ONGOING):
            session.add(Deadline(id=new_id(), kind=DeadlineKind.ACTION_MILESTONE,
                                 title=f"Action completed: {action.title}"[:300],
                                 due_date=action.end_date, action_id=action.id,
                                 institution_id=action_lead(session, action.id)))
        return
    values: dict[str, Any] = {
        "deleted": action.status == ActionStatus.CANCELLED or action.end_date is None}
    if action.end_date:
        values["due_date"] = action.end_date
    if action.status == ActionStatus.COMPLETED and milestone.completed_on is None:
        values["completed_on"] = date.today()
    elif action.status in (ActionStatus.PLANNED, ActionStatus.ONGOING):
        values["completed_on"] = None
    _set(milestone, values)


def set_action_supporting(session: Session, action_id: str, institution_ids: list[str]) -> None:
    wanted = set(institution_ids) - {action_lead(session, action_id)}
    existing = {a.institution_id: a for a in session.scalars(select(Assignment).where(
        Assignment.action_id == action_id, Assignment.role == AssignmentRole.SUPPORTING))}
    for institution_id, row in existing.items():
        row.deleted = institution_id not in wanted
    for institution_id in wanted - set(existing):
        session.add(Assignment(id=new_id(), institution_id=institution_id,
                               role=AssignmentRole.SUPPORTING, action_id=action_id))


def delete_action(session: Session, action_id: str) -> None:
    _require_action(session, action_id, "delete this action").deleted = True


def update_indicator(session: Session, indicator_id: str, **values) -> None:
    indicator = session.get(Indicator, indicator_id)
    if indicator is None or indicator.deleted:
        raise ValidationError(_("indicator: it no longer exists"))
    require_responsible(session, indicator.institution_id, "change this indicator")
    unknown = set(values) - {"name", "kind", "unit", "direction", "baseline_value",
                             "baseline_date", "target_value", "target_date", "data_source",
                             "disaggregation"}
    if unknown:
        raise ValidationError(_("indicator: {0} cannot be changed here").format(sorted(unknown)))
    if not (values.get("name", indicator.name) or "").strip():
        raise ValidationError(_("indicator name: an indicator needs a name"))
    if values.get("kind", indicator.kind) not in INDICATOR_KINDS:
        raise ValidationError(_("indicator type: one of {0}").format(INDICATOR_KINDS))
    if values.get("direction", indicator.direction) not in INDICATOR_DIRECTIONS:
        raise ValidationError(_("indicator direction: one of {0}").format(INDICATOR_DIRECTIONS))
    _set(indicator, values)


def delete_indicator(session: Session, indicator_id: str) -> None:
    indicator = session.get(Indicator, indicator_id)
    if indicator is None or indicator.deleted:
        raise ValidationError(_("indicator: it no longer exists"))
    require_responsible(session, indicator.institution_id, "delete this indicator")
    indicator.deleted = True


def update_assessment(session: Session, assessment_id: str, *, period: str, status_code: str,
                  narrative: str | None, next_steps: str | None) -> None:
    report = session.get(Assessment, assessment_id)
    if report is None or report.deleted:
        raise ValidationError(_("progress report: it no longer exists"))
    require_own_institution(session, report.institution_id, "change this progress report")
    if report.workflow_state not in EDITABLE_REPORT_STATES:
        raise ValidationError(_("progress report: it is {0} and can no longer be changed; "
                                "write a new one for the next period").format(
                                  report.workflow_state))
    if not period.strip():
        raise ValidationError(_("period: say which reporting period (e.g. 2026-H1)"))
    _set(report, {"period": period.strip(), "status_code": status_code,
                  "narrative": narrative, "next_steps": next_steps})


def complete_deadline(session: Session, deadline_id: str, on: date | None = None) -> None:
    deadline = session.get(Deadline, deadline_id)
    if deadline is None or deadline.deleted:
        raise ValidationError(_("deadline: it no longer exists"))
    require_responsible(session, deadline.institution_id, "complete this deadline")
    _set(deadline, {"completed_on": on or date.today()})
