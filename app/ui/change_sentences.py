"""A change in one sentence: "MOJ no longer leads 142.8", "Progress report for 142.8 accepted".

Whole sentences with placeholders, through Qt's translation (context "ChangeSentences"), so
that a translator can order the words as the language wants; the fields a sentence does not
name are listed after it ("Recommendation 142.8 changed: Position, Priority").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.codes import AssignmentRole, ChangeOperation, WorkflowState
from app.services.history import Change
from app.ui.change_words import ChangeWords

# The field that names what a linked row brings to its recommendation.
_LINKED_VALUE = {"recommendation_theme": "theme_id", "recommendation_sdg": "sdg_target_id",
                 "recommending_state": "state_id",
                 "recommendation_affected_group": "affected_group_id",
                 "cluster_member": "cluster_id", "external_reference": "identifier"}
_MOST_FIELDS_NAMED = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangeSentences", text)


def _linked_kinds() -> dict[str, str]:
    """Linked rows named as what they add to a recommendation."""
    return {"recommendation_theme": _tr("Theme"), "recommendation_sdg": _tr("SDG target"),
            "recommending_state": _tr("Recommending State"),
            "recommendation_affected_group": _tr("Affected persons"),
            "cluster_member": _tr("Cluster"), "external_reference": _tr("Source reference")}


class ChangeSentences:
    def __init__(self, words: ChangeWords | None = None):
        self.words = words or ChangeWords()
        self.linked_kinds = _linked_kinds()

    def fields(self, change: Change, leave_out: tuple[str, ...] = ()) -> str:
        names = [self.words.field(f.field) for f in change.fields
                 if f.field not in leave_out and f.field != "deleted"]
        if len(names) > _MOST_FIELDS_NAMED:
            names = [*names[:_MOST_FIELDS_NAMED], "…"]
        return ", ".join(dict.fromkeys(names))

    def sentence(self, change: Change) -> str:
        if change.table == "assignment" and change.institution and (
                change.reference or change.name):
            return self._assignment(change)
        if change.table == "assessment" and change.reference:
            return self._assessment_sentence(change)
        if change.table == "recommendation" and change.reference:
            return self._recommendation(change)
        if change.table in _LINKED_VALUE and change.reference:
            return self._linked(change)
        if change.table == "action_recommendation" and change.reference and change.name \
                and change.operation != ChangeOperation.UPDATE:
            text = _tr("{0} taken out of the action “{1}”") \
                if change.operation == ChangeOperation.DELETE \
                else _tr("{0} added to the action “{1}”")
            return text.format(change.reference, change.name)
        return self._other(change)

    def _assignment(self, change: Change) -> str:
        lead = change.role == AssignmentRole.LEAD
        # A recommendation by its reference; an action or a cluster by its name.
        inst, ref = change.institution, change.reference or _tr("“{0}”").format(change.name)
        if change.operation == ChangeOperation.DELETE:
            text = _tr("{0} no longer leads {1}") if lead else _tr("{0} no longer supports {1}")
        elif change.operation == ChangeOperation.UPDATE and change.new_value("role"):
            text = _tr("{0} now leads {1}") if lead else _tr("{0} now supports {1}")
        elif change.operation == ChangeOperation.UPDATE:
            return self._other(change)
        else:
            text = _tr("{0} leads {1}") if lead else _tr("{0} supports {1}")
        return text.format(inst, ref)

    def _assessment_sentence(self, change: Change) -> str:
        ref = change.reference
        by = f" ({change.institution})" if change.institution else ""
        done = {ChangeOperation.INSERT: _tr("Progress report for {0} written"),
                ChangeOperation.DELETE: _tr("Progress report for {0} deleted"),
                ChangeOperation.RESTORE: _tr("Progress report for {0} restored")}
        if change.operation in done:
            return done[ChangeOperation(change.operation)].format(ref) + by
        stage = change.new_value("workflow_state")
        steps = {WorkflowState.SUBMITTED: _tr("Progress report for {0} submitted for validation"),
                 WorkflowState.VALIDATED: _tr("Progress report for {0} validated"),
                 WorkflowState.ACCEPTED: _tr("Progress report for {0} accepted"),
                 WorkflowState.RETURNED: _tr("Progress report for {0} returned for changes"),
                 WorkflowState.DRAFT: _tr("Progress report for {0} back to draft")}
        if stage in steps:
            return steps[stage].format(ref) + by
        return _tr("Progress report for {0} edited: {1}").format(ref, self.fields(change)) + by

    def _recommendation(self, change: Change) -> str:
        text = {ChangeOperation.INSERT: _tr("Recommendation {0} added"),
                ChangeOperation.DELETE: _tr("Recommendation {0} deleted"),
                ChangeOperation.RESTORE: _tr("Recommendation {0} restored")}.get(
            ChangeOperation(change.operation), _tr("Recommendation {0} changed: {1}"))
        return text.format(change.reference, self.fields(change))

    def _linked(self, change: Change) -> str:
        kind, ref = self.linked_kinds[change.table], change.reference
        value = change.new_value(_LINKED_VALUE[change.table])
        if value:
            kind = _tr("{0} “{1}”").format(kind, value)
        text = {ChangeOperation.INSERT: _tr("{0} added to {1}"),
                ChangeOperation.DELETE: _tr("{0} removed from {1}"),
                ChangeOperation.RESTORE: _tr("{0} given back to {1}")}.get(
            ChangeOperation(change.operation), _tr("{0} of {1} changed: {2}"))
        return text.format(kind, ref, self.fields(change))

    def _other(self, change: Change) -> str:
        kind = self.words.kind(change.table)
        if change.name:
            kind = _tr("{0} “{1}”").format(kind, change.name)
        if change.reference:
            kind = _tr("{0} for {1}").format(kind, change.reference)
        text = {ChangeOperation.INSERT: _tr("{0} created"),
                ChangeOperation.DELETE: _tr("{0} deleted"),
                ChangeOperation.RESTORE: _tr("{0} restored")}.get(
            ChangeOperation(change.operation), _tr("{0} changed: {1}"))
        return text.format(kind, self.fields(change))
