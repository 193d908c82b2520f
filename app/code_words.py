"""The codes in words for documents and the command line (Qt-free).

The window has its own table (`app.ui.code_labels`, through Qt's translation); this one is
written as the documents print them, in English and through the core's catalogue
(app.i18n) in the language of what is being written. JSON output keeps the codes.
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import N_, _
from app.models.codes import (
    ActionStatus,
    AssignmentRole,
    ChangeOperation,
    ChangeOutcome,
    ConflictStatus,
    DatabaseRole,
    DeadlineKind,
    DeviceKind,
    DeviceStatus,
    ExchangeFileStatus,
    ImportFormat,
    IndicatorDirection,
    IndicatorKind,
    InstitutionKind,
    LedgerDirection,
    MechanismKind,
    PersonRole,
    PositionCode,
    Priority,
    StatusCode,
    ThemeScheme,
    UserRole,
    WorkflowState,
)

WORDS: dict[type[StrEnum], dict[str, str]] = {
    WorkflowState: {
        "draft": N_("Draft"), "submitted": N_("Waiting for validation"),
        "validated": N_("Waiting for acceptance"), "accepted": N_("Accepted"),
        "returned": N_("Returned")},
    StatusCode: {
        "not_started": N_("Not started"), "in_progress": N_("In progress"),
        "partially_implemented": N_("Partially implemented"),
        "fully_implemented": N_("Fully implemented"), "not_implemented": N_("Not implemented"),
        "no_longer_relevant": N_("No longer relevant")},
    PositionCode: {
        "supported": N_("Supported"), "supported_in_part": N_("Supported in part"),
        "noted": N_("Noted"), "pending": N_("Pending"), "not_applicable": N_("Not applicable")},
    ChangeOperation: {
        "insert": N_("created"), "update": N_("changed"), "delete": N_("deleted"),
        "restore": N_("restored")},
    AssignmentRole: {"lead": N_("Lead"), "supporting": N_("Supporting")},
    PersonRole: {
        "focal_point_main": N_("Main focal point"),
        "focal_point_alternate": N_("Alternate focal point"),
        "validating_authority": N_("Validating authority"), "secretariat": N_("Secretariat staff"),
        "read_only": N_("Reader")},
    UserRole: {
        "secretariat": N_("Secretariat"), "focal_point": N_("Focal point"),
        "validating_authority": N_("Validating authority"), "read_only": N_("Reader")},
    InstitutionKind: {
        "ministry": N_("Ministry"), "agency": N_("Agency"), "parliament": N_("Parliament"),
        "judiciary": N_("Judiciary"), "nhri": N_("National human rights institution"),
        "secretariat": N_("Secretariat"), "other": N_("Other")},
    Priority: {"high": N_("High"), "medium": N_("Medium"), "low": N_("Low")},
    ActionStatus: {
        "planned": N_("Planned"), "ongoing": N_("Ongoing"), "completed": N_("Completed"),
        "cancelled": N_("Cancelled")},
    IndicatorKind: {
        "structural": N_("Structural"), "process": N_("Process"), "outcome": N_("Outcome")},
    IndicatorDirection: {
        "increase": N_("Should increase"), "decrease": N_("Should decrease"),
        "reach": N_("Should reach the target")},
    DeadlineKind: {
        "report_due": N_("Report to a treaty body"), "midterm_report": N_("Mid-term report"),
        "next_review": N_("Next review"), "action_milestone": N_("Action milestone"),
        "indicator_reporting": N_("Indicator reporting"), "other": N_("Other")},
    LedgerDirection: {"issued": N_("Issued"), "received": N_("Received")},
    ExchangeFileStatus: {
        "snapshot": N_("Whole copy"), "delta": N_("Update"),
        "workbook": N_("Matrix for completion"), "prepared": N_("Prepared for sending"),
        "opened": N_("Opened here"), "applied": N_("Applied — merged into the database"),
        "would-apply": N_("Would apply (dry run)"), "rejected": N_("Rejected — nothing changed"),
        "already-imported": N_("Already imported — nothing changed")},
    ChangeOutcome: {
        "applied": N_("Applied"), "unchanged": N_("Unchanged"), "rejected": N_("Rejected"),
        "conflict": N_("In conflict")},
    ConflictStatus: {"open": N_("Waiting for a decision"), "resolved": N_("Decided")},
    DeviceKind: {
        "own": N_("This computer"), "pinned_secretariat": N_("The secretariat's key"),
        "ministry": N_("A ministry's device")},
    DeviceStatus: {
        "active": N_("Registered"), "revoked": N_("Revoked (its files are refused)")},
    DatabaseRole: {
        "secretariat": N_("The secretariat's database"),
        "institution": N_("An institution's copy")},
    ThemeScheme: {
        "uhri": N_("Universal Human Rights Index (OHCHR)"), "upr-info": N_("UPR Info issues"),
        "custom": N_("Added here or by an import")},
    MechanismKind: {
        "upr": N_("Universal Periodic Review"), "treaty_body": N_("Treaty body"),
        "special_procedure": N_("Special procedure"), "regional": N_("Regional body"),
        "voluntary": N_("Voluntary pledges"), "other": N_("Other")},
    ImportFormat: {
        "ohchr-matrix": N_("OHCHR recommendations matrix (Word)"),
        "upr-info": N_("UPR Info database export"),
        "uhri": N_("Universal Human Rights Index export"),
        "table": N_("Table with a column mapping"),
        "completion-matrix": N_("Completed matrix from an institution (Excel)")},
}


# Which kind of code a field holds; "role", "kind" and "status" serve several tables, whose
# codes do not collide.
FIELD_KINDS: dict[str, tuple[type[StrEnum], ...]] = {
    "workflow_state": (WorkflowState,), "status_code": (StatusCode,),
    "position_code": (PositionCode,), "role": (AssignmentRole, PersonRole),
    "status": (ActionStatus,), "priority": (Priority,),
    "kind": (IndicatorKind, DeadlineKind, InstitutionKind, MechanismKind),
    "direction": (IndicatorDirection,), "scheme": (ThemeScheme,),
}

# The fields a ministry's file may change, hence those a conflict can be about (the window
# names every field: app/ui/change_words.py).
FIELD_WORDS = {
    "recommendation_id": N_("Recommendation"), "institution_id": N_("Institution"),
    "period": N_("Period"), "status_code": N_("Status"), "narrative": N_("Narrative"),
    "next_steps": N_("Next steps"), "workflow_state": N_("Stage"),
    "return_comment": N_("Returned because"), "author_id": N_("Author"),
    "submitted_at": N_("Submitted on"), "validated_at": N_("Validated on"),
    "validated_by_id": N_("Validated by"), "deleted": N_("Deleted"),
    "indicator_id": N_("Indicator"), "value_date": N_("Date"), "value": N_("Value"),
    "note": N_("Note"), "sha256": N_("File"), "title": N_("Title"),
    "original_name": N_("File name"), "media_type": N_("Type of file"), "size": N_("Size"),
    "evidence_date": N_("Date"), "is_public": N_("Public"), "assessment_id": N_("Progress report"),
    "indicator_value_id": N_("Indicator value"), "action_id": N_("Action"),
    "description": N_("Description"), "expected_outcome": N_("Expected outcome"),
    "start_date": N_("Starts"), "end_date": N_("Ends"), "budget_amount": N_("Budget"),
    "budget_currency": N_("Currency"), "status": N_("Status"), "role": N_("Role"),
    "name": N_("Name"), "kind": N_("Kind"), "unit": N_("Unit"), "baseline_value": N_("Baseline"),
    "baseline_date": N_("Baseline date"), "target_value": N_("Target"),
    "target_date": N_("Target date"), "direction": N_("Direction"),
    "disaggregation": N_("Disaggregation"), "data_source": N_("Data source"),
    "due_date": N_("Due"), "completed_on": N_("Completed on"), "email": N_("E-mail"),
    "phone": N_("Phone"),
}


# The records a ministry's file may change (conflicts and refusals are about them).
RECORD_WORDS = {
    "recommendation": N_("Recommendation"), "assessment": N_("Progress report"),
    "indicator_value": N_("Indicator value"), "evidence": N_("Evidence"), "action": N_("Action"),
    "action_recommendation": N_("Action for a recommendation"), "assignment": N_("Assignment"),
    "indicator": N_("Indicator"), "indicator_link": N_("Indicator measuring"),
    "deadline": N_("Deadline"), "person": N_("Person"),
}


# The fields an import names in a rejection: ours, by their code ("session"), and a few
# said in words. Any other name is a column of the file, shown as the file writes it.
IMPORT_FIELD_WORDS = {
    "text": N_("recommendation text"), "recommendation": N_("recommendation"),
    "state": N_("State under review"), "State under review": N_("State under review"),
    "mechanism": N_("mechanism"), "treaty_body": N_("treaty body"),
    "special_procedure": N_("special procedure"), "symbol": N_("document symbol"),
    "reference": N_("paragraph"), "year": N_("year"), "cycle": N_("cycle"),
    "session": N_("session"), "position": N_("position"),
    "position_source": N_("source of the position"),
    "recommending_states": N_("recommending States"),
    "recommending State": N_("recommending State"), "sdg_goals": N_("SDG goals"),
    "sdg_targets": N_("SDG targets"), "SDG target": N_("SDG target"),
    "groups": N_("affected persons"), "themes": N_("themes"),
    "action_category": N_("action category"), "row": N_("row"), "type": N_("type"),
    "source_id": N_("source identifier"),
}


def import_field_words(field: str) -> str:
    return _(IMPORT_FIELD_WORDS[field]) if field in IMPORT_FIELD_WORDS else field


def record_words(table: str) -> str:
    return _(RECORD_WORDS[table]) if table in RECORD_WORDS \
        else table.replace("_", " ").capitalize()


def field_words(field: str) -> str:
    return _(FIELD_WORDS[field]) if field in FIELD_WORDS \
        else field.removesuffix("_id").replace("_", " ").capitalize()


def value_words(field: str, value: object) -> str:
    """A recorded value as a person writes it: codes in words, 75 rather than 75.0."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        for kind in FIELD_KINDS.get(field, ()):
            if value in WORDS[kind]:
                return _(WORDS[kind][value])
    return str(value)


def words(kind: type[StrEnum], code: str | None) -> str:
    """The words for `code`; an unknown code (a newer copy's) is shown as it is."""
    if code is None:
        return ""
    return _(WORDS[kind][str(code)]) if str(code) in WORDS[kind] else str(code)
