"""The change log in a person's words: kinds of record, operations, fields and coded values
("assessment", "workflow_state", "not_implemented" → "Progress report", "Stage", "Not
implemented"). One table per kind, through Qt's translation (context "ChangeWords")."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.code_words import FIELD_KINDS
from app.local_time import local_time_text
from app.models.codes import (
    ChangeOperation,
)
from app.ui.code_labels import code_labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangeWords", text)


def record_kinds() -> dict[str, str]:
    return {
        "recommendation": _tr("Recommendation"), "assessment": _tr("Progress report"),
        "assignment": _tr("Assignment"), "action": _tr("Action"),
        "action_recommendation": _tr("Action for a recommendation"),
        "indicator": _tr("Indicator"), "indicator_value": _tr("Indicator value"),
        "indicator_link": _tr("Indicator measuring"), "evidence": _tr("Evidence"),
        "deadline": _tr("Deadline"), "person": _tr("Person"),
        "institution": _tr("Institution"), "cluster": _tr("Cluster"),
        "cluster_member": _tr("Cluster membership"),
        "recommendation_theme": _tr("Theme of a recommendation"),
        "recommendation_affected_group": _tr("Affected persons of a recommendation"),
        "recommendation_sdg": _tr("SDG target of a recommendation"),
        "recommending_state": _tr("Recommending State"),
        "external_reference": _tr("Source reference"), "review": _tr("Review"),
        "theme": _tr("Theme"), "affected_group": _tr("Affected persons"),
        "state": _tr("State"), "state_alias": _tr("Spelling of a State"),
        "mechanism": _tr("Mechanism"), "sdg_goal": _tr("SDG goal"),
        "sdg_target": _tr("SDG target"),
    }


def operations() -> dict[str, str]:
    return code_labels()[ChangeOperation]


def field_labels() -> dict[str, str]:
    return {
        "text": _tr("Text"), "translation": _tr("Translation"), "notes": _tr("Notes"),
        "reference": _tr("Reference"), "priority": _tr("Priority"),
        "position_code": _tr("Position"), "position_source": _tr("Source of position"),
        "action_category": _tr("Action category"), "review_id": _tr("Review"),
        "institution_id": _tr("Institution"), "role": _tr("Role"),
        "recommendation_id": _tr("Recommendation"), "action_id": _tr("Action"),
        "indicator_id": _tr("Indicator"), "assessment_id": _tr("Progress report"),
        "cluster_id": _tr("Cluster"), "theme_id": _tr("Theme"),
        "affected_group_id": _tr("Affected persons"), "sdg_target_id": _tr("SDG target"),
        "state_id": _tr("State"), "period": _tr("Period"), "status_code": _tr("Status"),
        "narrative": _tr("Narrative"), "next_steps": _tr("Next steps"),
        "workflow_state": _tr("Stage"), "return_comment": _tr("Returned because"),
        "author_id": _tr("Author"), "submitted_at": _tr("Submitted on"),
        "validated_at": _tr("Validated on"), "validated_by_id": _tr("Validated by"),
        "accepted_at": _tr("Accepted on"), "accepted_by_id": _tr("Accepted by"),
        "title": _tr("Title"), "description": _tr("Description"),
        "expected_outcome": _tr("Expected outcome"), "start_date": _tr("Starts"),
        "end_date": _tr("Ends"), "budget_amount": _tr("Budget"),
        "budget_currency": _tr("Currency"), "status": _tr("Status"), "name": _tr("Name"),
        "kind": _tr("Kind"), "unit": _tr("Unit"), "baseline_value": _tr("Baseline"),
        "baseline_date": _tr("Baseline date"), "target_value": _tr("Target"),
        "target_date": _tr("Target date"), "direction": _tr("Direction"),
        "disaggregation": _tr("Disaggregation"), "data_source": _tr("Data source"),
        "value": _tr("Value"), "value_date": _tr("Date"), "note": _tr("Note"),
        "due_date": _tr("Due"), "completed_on": _tr("Completed on"),
        "sha256": _tr("File"), "original_name": _tr("File name"),
        "media_type": _tr("Type of file"), "size": _tr("Size"),
        "evidence_date": _tr("Date"), "is_public": _tr("Public"),
        "full_name": _tr("Name"), "email": _tr("E-mail"), "phone": _tr("Phone"),
        "code": _tr("Code"), "contact": _tr("Contact"), "deleted": _tr("Deleted"),
        "is_demo": _tr("Demo"), "label": _tr("Label"),
        "adoption_date": _tr("Adopted on"), "alias": _tr("Spelling"), "cycle": _tr("Cycle"),
        "goal_id": _tr("SDG goal"), "identifier": _tr("Identifier"),
        "indicator_value_id": _tr("Indicator value"), "is_fictional": _tr("Fictional"),
        "iso3": _tr("ISO code"), "match_key": _tr("Spelling as compared"),
        "mechanism_id": _tr("Mechanism"), "midterm_due_date": _tr("Mid-term report due"),
        "next_review_date": _tr("Next review"), "number": _tr("Number"),
        "parent_id": _tr("Part of"), "scheme": _tr("Scheme"), "session": _tr("Session"),
        "short_name": _tr("Short name"), "source": _tr("Source"),
        "symbol": _tr("Document symbol"), "target_id": _tr("SDG target"),
        "un_status": _tr("UN status"), "year": _tr("Year"),
    }


def coded_values() -> dict[str, dict[str, str]]:
    """field -> code -> words, for the fields that hold codes."""
    labels = code_labels()
    return {field: {code: words for kind in kinds for code, words in labels[kind].items()}
            for field, kinds in FIELD_KINDS.items()}


class ChangeWords:
    """The tables once per filling (a history holds hundreds of lines)."""

    def __init__(self):
        self.kinds, self.operations = record_kinds(), operations()
        self.fields, self.values = field_labels(), coded_values()

    def kind(self, table: str) -> str:
        return self.kinds.get(table) or table.replace("_", " ").capitalize()

    def what(self, table: str, operation: str) -> str:
        """"Progress report" for a change, "Progress report created" otherwise."""
        # Whole sentences, not the kind and a participle: "Action créée" but "Indicateur
        # créé" — a translator words each (or uses a form that agrees with none).
        done = {"insert": _tr("{0} created"), "delete": _tr("{0} deleted"),
                "restore": _tr("{0} restored")}
        if operation not in done:
            return self.kind(table)
        return done[operation].format(self.kind(table))

    def field(self, name: str) -> str:
        return self.fields.get(name) or name.removesuffix("_id").replace("_", " ").capitalize()

    def value(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if isinstance(value, bool):
            return _tr("Yes") if value else _tr("No")
        if isinstance(value, str):
            words = self.values.get(field, {}).get(value)
            if words:
                return words
            if len(value) >= 19 and value[4] == "-" and value[10] in "T ":
                try:  # timestamps to the minute, as the When column shows them
                    return local_time_text(datetime.fromisoformat(value))
                except ValueError:
                    pass
        if isinstance(value, float) and value.is_integer():
            return f"{value:,.0f}"
        return str(value)
