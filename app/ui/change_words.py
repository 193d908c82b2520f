"""The change log in a person's words: kinds of record, operations, fields and coded values
("assessment", "workflow_state", "not_implemented" → "Progress report", "Stage", "Not
implemented"). One table per kind, through Qt's translation (context "ChangeWords")."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.local_time import local_time_text


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
    return {"insert": _tr("created"), "update": _tr("changed"), "delete": _tr("deleted"),
            "restore": _tr("restored")}


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
    stages = {"draft": _tr("Draft"), "submitted": _tr("Waiting for validation"),
              "validated": _tr("Waiting for acceptance"), "accepted": _tr("Accepted"),
              "returned": _tr("Returned")}
    statuses = {"not_started": _tr("Not started"), "in_progress": _tr("In progress"),
                "partially_implemented": _tr("Partially implemented"),
                "fully_implemented": _tr("Fully implemented"),
                "not_implemented": _tr("Not implemented"),
                "no_longer_relevant": _tr("No longer relevant")}
    return {
        "workflow_state": stages, "status_code": statuses,
        # "role" is an assignment's (lead, supporting) or a person's.
        "role": {"lead": _tr("Lead"), "supporting": _tr("Supporting"),
                 "focal_point_main": _tr("Main focal point"),
                 "focal_point_alternate": _tr("Alternate focal point"),
                 "validating_authority": _tr("Validating authority"),
                 "secretariat": _tr("Secretariat staff"), "read_only": _tr("Reader")},
        "position_code": {"supported": _tr("Supported"),
                          "supported_in_part": _tr("Supported in part"),
                          "noted": _tr("Noted"), "pending": _tr("Pending"),
                          "not_applicable": _tr("Not applicable")},
        "status": {"planned": _tr("Planned"), "ongoing": _tr("Ongoing"),
                   "completed": _tr("Completed"), "cancelled": _tr("Cancelled")},
        "priority": {"high": _tr("High"), "medium": _tr("Medium"), "low": _tr("Low")},
        # "kind" is an indicator's, a deadline's or an institution's.
        "kind": {"structural": _tr("Structural"), "process": _tr("Process"),
                 "outcome": _tr("Outcome"), "report_due": _tr("Report to a treaty body"),
                 "midterm_report": _tr("Mid-term report"), "next_review": _tr("Next review"),
                 "action_milestone": _tr("Action milestone"),
                 "indicator_reporting": _tr("Indicator reporting"),
                 "ministry": _tr("Ministry"), "agency": _tr("Agency"),
                 "parliament": _tr("Parliament"), "judiciary": _tr("Judiciary"),
                 "nhri": _tr("National human rights institution"),
                 "secretariat": _tr("Secretariat"), "other": _tr("Other")},
        "direction": {"increase": _tr("Should increase"), "decrease": _tr("Should decrease"),
                      "reach": _tr("Should reach the target")},
    }


class ChangeWords:
    """The tables once per filling (a history holds hundreds of lines)."""

    def __init__(self):
        self.kinds, self.operations = record_kinds(), operations()
        self.fields, self.values = field_labels(), coded_values()

    def kind(self, table: str) -> str:
        return self.kinds.get(table) or table.replace("_", " ").capitalize()

    def what(self, table: str, operation: str) -> str:
        """"Progress report" for a change, "Progress report created" otherwise."""
        if operation == "update":
            return self.kind(table)
        return _tr("{0} {1}").format(self.kind(table), self.operations.get(operation,
                                                                           operation))

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
