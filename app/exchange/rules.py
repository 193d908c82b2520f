"""What a ministry's device may change, checked against the master's own data (ARCHITECTURE
§5.5): only rows of its institution, only the columns ministries own. Everything else is the
secretariat's, and a change to it is rejected with a reason while the rest of the file applies.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.change_codec import table_of
from app.exchange.change_records import ExchangedChange
from app.exchange.scope import assigned_recommendations, led_actions, values_where
from app.i18n import _
from app.models.codes import AssignmentRole, ChangeOperation, WorkflowState

# The columns a ministry owns, table by table; any other column is the secretariat's.
MINISTRY_FIELDS: dict[str, frozenset[str]] = {
    "assessment": frozenset({
        "recommendation_id", "institution_id", "period", "status_code", "narrative",
        "next_steps", "workflow_state", "return_comment", "author_id", "submitted_at",
        "validated_at", "validated_by_id", "deleted"}),
    "indicator_value": frozenset({
        "indicator_id", "period", "value_date", "value", "note", "author_id",
        "workflow_state", "deleted"}),
    "evidence": frozenset({
        "sha256", "title", "original_name", "media_type", "size", "evidence_date",
        "is_public", "assessment_id", "indicator_value_id", "action_id", "deleted"}),
    "action": frozenset({
        "title", "description", "expected_outcome", "start_date", "end_date",
        "budget_amount", "budget_currency", "status", "deleted"}),
    "action_recommendation": frozenset({"action_id", "recommendation_id", "deleted"}),
    "assignment": frozenset({"institution_id", "role", "action_id", "deleted"}),
    "indicator": frozenset({
        "name", "kind", "unit", "baseline_value", "baseline_date", "target_value",
        "target_date", "direction", "disaggregation", "data_source", "institution_id",
        "deleted"}),
    "indicator_link": frozenset({"indicator_id", "recommendation_id", "action_id", "deleted"}),
    "deadline": frozenset({
        "kind", "title", "due_date", "completed_on", "action_id", "indicator_id",
        "institution_id", "deleted"}),
    "person": frozenset({"title", "email", "phone"}),
}
# What a row hangs from: set when it is created, never moved by a ministry afterwards.
ANCHORS = frozenset({"recommendation_id", "institution_id", "indicator_id", "action_id",
                     "assessment_id", "indicator_value_id", "sha256", "role"})
CREATABLE = frozenset(MINISTRY_FIELDS) - {"person"}


class InstitutionRights:
    """One institution's rights, read from the master once per file and kept up to date as
    the file's own new rows (an action with its lead, an indicator) are applied."""

    def __init__(self, session: Session, institution_id: str, institution_code: str):
        self.session = session
        self.institution_id = institution_id
        self.code = institution_code
        self.recommendations = assigned_recommendations(session, institution_id)
        self.actions = led_actions(session, institution_id)
        indicator = table_of("indicator")
        self.indicators = set(session.scalars(select(indicator.c.id).where(
            indicator.c.institution_id == institution_id)))
        self.indicators |= values_where(session, "indicator_link", "indicator_id",
                                        "recommendation_id", self.recommendations)
        self.indicators |= values_where(session, "indicator_link", "indicator_id",
                                        "action_id", self.actions)

    def _reference_of(self, recommendation_id: str) -> str:
        table = table_of("recommendation")
        reference = self.session.scalar(select(table.c.reference).where(
            table.c.id == recommendation_id))
        return f"recommendation {reference}" if reference else "a recommendation"

    def _not_assigned(self, recommendation_id: str | None) -> str:
        assignment = table_of("assignment")
        had_it = recommendation_id and self.session.scalar(select(assignment.c.id).where(
            assignment.c.recommendation_id == recommendation_id,
            assignment.c.institution_id == self.institution_id))
        what = self._reference_of(recommendation_id) if recommendation_id else "it"
        if had_it:
            return (_("reassigned while offline: {0} no longer leads or supports {1}").format(
                        self.code, what))
        return _("{0} is not one of {1}'s").format(what, self.code)

    def _owns_assessment(self, assessment_id: str | None) -> bool:
        table = table_of("assessment")
        row = self.session.execute(select(table.c.institution_id, table.c.recommendation_id)
                                   .where(table.c.id == assessment_id)).first()
        return (row is not None and row.institution_id == self.institution_id
                and row.recommendation_id in self.recommendations)

    def _owns_value(self, value_id: str | None) -> bool:
        table = table_of("indicator_value")
        indicator_id = self.session.scalar(select(table.c.indicator_id).where(
            table.c.id == value_id))
        return indicator_id in self.indicators

    def refusal(self, table: str, operation: str, row: dict[str, Any],
                fields: dict[str, Any]) -> str | None:
        """Why this change is not the institution's to make (None: it is). `row` is the
        master's row (its values as they are now), or for a new row the values it brings."""
        label = table.replace("_", " ")
        allowed = MINISTRY_FIELDS.get(table, frozenset())
        if operation == ChangeOperation.INSERT and table not in CREATABLE:
            return _("new {0} rows are made by the secretariat").format(label)
        foreign = sorted(set(fields) - allowed)
        if foreign:
            return _("{0} of {1} is the secretariat's").format(', '.join(foreign), label)
        if operation != ChangeOperation.INSERT:
            moved = sorted(set(fields) & ANCHORS)
            if moved:
                return _("{0} of an existing {1} cannot be changed").format(
                           ', '.join(moved), table.replace('_', ' '))
        if fields.get("workflow_state", [None, None])[1] == WorkflowState.ACCEPTED:
            return _("accepting a report is the secretariat's")
        return getattr(self, f"_check_{table}")(row)

    def _check_assessment(self, row: dict[str, Any]) -> str | None:
        if row.get("institution_id") != self.institution_id:
            return _("this progress report is not {0}'s").format(self.code)
        if row.get("recommendation_id") not in self.recommendations:
            return self._not_assigned(row.get("recommendation_id"))
        return None

    def _check_indicator_value(self, row: dict[str, Any]) -> str | None:
        if row.get("indicator_id") not in self.indicators:
            return _("the indicator is not one {0} reports on").format(self.code)
        return None

    def _check_evidence(self, row: dict[str, Any]) -> str | None:
        if row.get("assessment_id"):
            return None if self._owns_assessment(row["assessment_id"]) else \
                f"the progress report it documents is not {self.code}'s"
        if row.get("indicator_value_id"):
            return None if self._owns_value(row["indicator_value_id"]) else \
                f"the indicator value it documents is not {self.code}'s"
        if row.get("action_id"):
            return None if row["action_id"] in self.actions else \
                f"the action it documents is not led by {self.code}"
        return _("evidence must document a progress report, an indicator value or an action")

    def _check_action(self, row: dict[str, Any]) -> str | None:
        return None if row.get("id") in self.actions else f"the action is not led by {self.code}"

    def _check_action_recommendation(self, row: dict[str, Any]) -> str | None:
        if row.get("action_id") not in self.actions:
            return _("the action is not led by {0}").format(self.code)
        if row.get("recommendation_id") not in self.recommendations:
            return self._not_assigned(row.get("recommendation_id"))
        return None

    def _check_assignment(self, row: dict[str, Any]) -> str | None:
        if row.get("recommendation_id") or row.get("cluster_id") or not row.get("action_id"):
            return _("who leads or supports a recommendation is decided by the secretariat")
        if row["action_id"] not in self.actions:
            return _("the action is not led by {0}").format(self.code)
        return None

    def _check_indicator(self, row: dict[str, Any]) -> str | None:
        if row.get("institution_id") != self.institution_id:
            return _("the indicator is not {0}'s").format(self.code)
        return None

    def _check_indicator_link(self, row: dict[str, Any]) -> str | None:
        if row.get("indicator_id") not in self.indicators:
            return _("the indicator is not one {0} reports on").format(self.code)
        if row.get("recommendation_id"):
            if row["recommendation_id"] not in self.recommendations:
                return self._not_assigned(row["recommendation_id"])
        elif row.get("action_id") not in self.actions:
            return _("the action is not led by {0}").format(self.code)
        return None

    def _check_deadline(self, row: dict[str, Any]) -> str | None:
        if row.get("action_id") in self.actions or row.get("indicator_id") in self.indicators:
            return None
        if (row.get("institution_id") == self.institution_id
                and not row.get("recommendation_id") and not row.get("review_id")):
            return None
        return _("this deadline is set by the secretariat")

    def _check_person(self, row: dict[str, Any]) -> str | None:
        if row.get("institution_id") != self.institution_id:
            return _("this person is not one of {0}'s").format(self.code)
        return None

    def note_new_row(self, table: str, row: dict[str, Any]) -> None:
        """A row this file created is now the institution's: later changes may refer to it."""
        if table == "assignment" and row.get("action_id") \
                and row.get("role") == AssignmentRole.LEAD \
                and row.get("institution_id") == self.institution_id:
            self.actions.add(row["action_id"])
        elif table == "indicator" and row.get("institution_id") == self.institution_id:
            self.indicators.add(row["id"])


def lead_assignments_in(records: list[ExchangedChange], institution_id: str) -> set[str]:
    """Actions the file creates together with their lead assignment to the institution: an
    action row comes before its assignment, so its right to exist is read ahead."""
    actions = set()
    for record in records:
        if record.table_name == "assignment" and record.operation == ChangeOperation.INSERT:
            fields = record.new_values()
            if fields.get("action_id") and fields.get("role") == AssignmentRole.LEAD \
                    and fields.get("institution_id") == institution_id:
                actions.add(fields["action_id"])
    return actions
