"""The codes in words for documents and the command line (Qt-free).

The window has its own table (`app.ui.code_labels`, through Qt's translation); this one is
English, written as the documents print it: a report translates these words with its
`Headings`, and the command line will through its own catalogue. JSON output keeps the codes.
"""

from __future__ import annotations

from enum import StrEnum

from app.models.codes import (
    ActionStatus,
    AssignmentRole,
    ChangeOperation,
    ChangeOutcome,
    ConflictStatus,
    DatabaseRole,
    DeadlineKind,
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
        "draft": "Draft", "submitted": "Waiting for validation",
        "validated": "Waiting for acceptance", "accepted": "Accepted", "returned": "Returned"},
    StatusCode: {
        "not_started": "Not started", "in_progress": "In progress",
        "partially_implemented": "Partially implemented",
        "fully_implemented": "Fully implemented", "not_implemented": "Not implemented",
        "no_longer_relevant": "No longer relevant"},
    PositionCode: {
        "supported": "Supported", "supported_in_part": "Supported in part", "noted": "Noted",
        "pending": "Pending", "not_applicable": "Not applicable"},
    ChangeOperation: {
        "insert": "created", "update": "changed", "delete": "deleted", "restore": "restored"},
    AssignmentRole: {"lead": "Lead", "supporting": "Supporting"},
    PersonRole: {
        "focal_point_main": "Main focal point", "focal_point_alternate": "Alternate focal point",
        "validating_authority": "Validating authority", "secretariat": "Secretariat staff",
        "read_only": "Reader"},
    UserRole: {
        "secretariat": "Secretariat", "focal_point": "Focal point",
        "validating_authority": "Validating authority", "read_only": "Reader"},
    InstitutionKind: {
        "ministry": "Ministry", "agency": "Agency", "parliament": "Parliament",
        "judiciary": "Judiciary", "nhri": "National human rights institution",
        "secretariat": "Secretariat", "other": "Other"},
    Priority: {"high": "High", "medium": "Medium", "low": "Low"},
    ActionStatus: {
        "planned": "Planned", "ongoing": "Ongoing", "completed": "Completed",
        "cancelled": "Cancelled"},
    IndicatorKind: {"structural": "Structural", "process": "Process", "outcome": "Outcome"},
    IndicatorDirection: {
        "increase": "Should increase", "decrease": "Should decrease",
        "reach": "Should reach the target"},
    DeadlineKind: {
        "report_due": "Report to a treaty body", "midterm_report": "Mid-term report",
        "next_review": "Next review", "action_milestone": "Action milestone",
        "indicator_reporting": "Indicator reporting", "other": "Other"},
    LedgerDirection: {"issued": "Issued", "received": "Received"},
    ExchangeFileStatus: {
        "snapshot": "Whole copy", "delta": "Update", "workbook": "Matrix for completion",
        "prepared": "Prepared for sending", "opened": "Opened here",
        "applied": "Applied — merged into the database",
        "would-apply": "Would apply (dry run)", "rejected": "Rejected — nothing changed",
        "already-imported": "Already imported — nothing changed"},
    ChangeOutcome: {
        "applied": "Applied", "unchanged": "Unchanged", "rejected": "Rejected",
        "conflict": "In conflict"},
    ConflictStatus: {"open": "Waiting for a decision", "resolved": "Decided"},
    DeviceStatus: {
        "active": "Registered", "revoked": "Revoked (its files are refused)",
        "secretariat": "The secretariat's key", "local": "This computer"},
    DatabaseRole: {"secretariat": "The secretariat's database",
                   "institution": "An institution's copy"},
    ThemeScheme: {"uhri": "Universal Human Rights Index (OHCHR)", "upr-info": "UPR Info issues",
                  "custom": "Added here or by an import"},
    MechanismKind: {
        "upr": "Universal Periodic Review", "treaty_body": "Treaty body",
        "special_procedure": "Special procedure", "regional": "Regional body",
        "voluntary": "Voluntary pledges", "other": "Other"},
    ImportFormat: {
        "ohchr-matrix": "OHCHR recommendations matrix (Word)",
        "upr-info": "UPR Info database export", "uhri": "Universal Human Rights Index export",
        "table": "Table with a column mapping"},
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
    "recommendation_id": "Recommendation", "institution_id": "Institution",
    "period": "Period", "status_code": "Status", "narrative": "Narrative",
    "next_steps": "Next steps", "workflow_state": "Stage", "return_comment": "Returned because",
    "author_id": "Author", "submitted_at": "Submitted on", "validated_at": "Validated on",
    "validated_by_id": "Validated by", "deleted": "Deleted", "indicator_id": "Indicator",
    "value_date": "Date", "value": "Value", "note": "Note", "sha256": "File",
    "title": "Title", "original_name": "File name", "media_type": "Type of file",
    "size": "Size", "evidence_date": "Date", "is_public": "Public",
    "assessment_id": "Progress report", "indicator_value_id": "Indicator value",
    "action_id": "Action", "description": "Description", "expected_outcome": "Expected outcome",
    "start_date": "Starts", "end_date": "Ends", "budget_amount": "Budget",
    "budget_currency": "Currency", "status": "Status", "role": "Role", "name": "Name",
    "kind": "Kind", "unit": "Unit", "baseline_value": "Baseline",
    "baseline_date": "Baseline date", "target_value": "Target", "target_date": "Target date",
    "direction": "Direction", "disaggregation": "Disaggregation", "data_source": "Data source",
    "due_date": "Due", "completed_on": "Completed on", "email": "E-mail", "phone": "Phone",
}


# The records a ministry's file may change (conflicts and refusals are about them).
RECORD_WORDS = {
    "recommendation": "Recommendation", "assessment": "Progress report",
    "indicator_value": "Indicator value", "evidence": "Evidence", "action": "Action",
    "action_recommendation": "Action for a recommendation", "assignment": "Assignment",
    "indicator": "Indicator", "indicator_link": "Indicator measuring", "deadline": "Deadline",
    "person": "Person",
}


def record_words(table: str) -> str:
    return RECORD_WORDS.get(table) or table.replace("_", " ").capitalize()


def field_words(field: str) -> str:
    return FIELD_WORDS.get(field) or field.removesuffix("_id").replace("_", " ").capitalize()


def value_words(field: str, value: object) -> str:
    """A recorded value as a person writes it: codes in words, 75 rather than 75.0."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str):
        for kind in FIELD_KINDS.get(field, ()):
            if value in WORDS[kind]:
                return WORDS[kind][value]
    return str(value)


def words(kind: type[StrEnum], code: str | None) -> str:
    """The words for `code`; an unknown code (a newer copy's) is shown as it is."""
    if code is None:
        return ""
    return WORDS[kind].get(str(code), str(code))
