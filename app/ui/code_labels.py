"""The codes in the window's words, through Qt's translation (context "CodeLabels").

Documents and the command line have their own table (`app.code_words`); the words differ
where the window is terser ("rejected" in a table cell, "rejected — nothing changed" on
paper). Every screen that shows a code asks here.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("CodeLabels", text)


def code_labels() -> dict[type[StrEnum], dict[str, str]]:
    """Every kind of code, each code in words (built on each call: the language may change)."""
    return {
        WorkflowState: {
            "draft": _tr("Draft"), "submitted": _tr("Waiting for validation"),
            "validated": _tr("Waiting for acceptance"), "accepted": _tr("Accepted"),
            "returned": _tr("Returned")},
        StatusCode: {
            "not_started": _tr("Not started"), "in_progress": _tr("In progress"),
            "partially_implemented": _tr("Partially implemented"),
            "fully_implemented": _tr("Fully implemented"),
            "not_implemented": _tr("Not implemented"),
            "no_longer_relevant": _tr("No longer relevant")},
        PositionCode: {
            "supported": _tr("Supported"), "supported_in_part": _tr("Supported in part"),
            "noted": _tr("Noted"), "pending": _tr("Pending"),
            "not_applicable": _tr("Not applicable")},
        ChangeOperation: {
            "insert": _tr("created"), "update": _tr("changed"), "delete": _tr("deleted"),
            "restore": _tr("restored")},
        AssignmentRole: {"lead": _tr("Lead"), "supporting": _tr("Supporting")},
        PersonRole: {
            "focal_point_main": _tr("Main focal point"),
            "focal_point_alternate": _tr("Alternate focal point"),
            "validating_authority": _tr("Validating authority"),
            "secretariat": _tr("Secretariat staff"), "read_only": _tr("Reader (no editing)")},
        UserRole: {
            "secretariat": _tr("Secretariat"), "focal_point": _tr("Focal point"),
            "validating_authority": _tr("Validating authority"), "read_only": _tr("Reader")},
        InstitutionKind: {
            "ministry": _tr("Ministry"), "agency": _tr("Agency"),
            "parliament": _tr("Parliament"), "judiciary": _tr("Judiciary"),
            "nhri": _tr("National human rights institution"),
            "secretariat": _tr("Secretariat"), "other": _tr("Other")},
        Priority: {"high": _tr("High"), "medium": _tr("Medium"), "low": _tr("Low")},
        ActionStatus: {
            "planned": _tr("Planned"), "ongoing": _tr("Ongoing"),
            "completed": _tr("Completed"), "cancelled": _tr("Cancelled")},
        IndicatorKind: {
            "structural": _tr("Structural"), "process": _tr("Process"),
            "outcome": _tr("Outcome")},
        IndicatorDirection: {
            "increase": _tr("Should increase"), "decrease": _tr("Should decrease"),
            "reach": _tr("Should reach the target")},
        DeadlineKind: {
            "report_due": _tr("Report to a treaty body"),
            "midterm_report": _tr("Mid-term report"), "next_review": _tr("Next review"),
            "action_milestone": _tr("Action milestone"),
            "indicator_reporting": _tr("Indicator reporting"), "other": _tr("Other")},
        LedgerDirection: {"issued": _tr("Issued"), "received": _tr("Received")},
        ExchangeFileStatus: {
            "snapshot": _tr("Whole copy"), "delta": _tr("Update"),
            "workbook": _tr("Matrix for completion"), "prepared": _tr("Prepared"),
            "opened": _tr("Opened"), "applied": _tr("Applied"),
            "would-apply": _tr("Would apply"),
            "rejected": _tr("Rejected — nothing changed"),
            "already-imported": _tr("Already imported — nothing changed")},
        ChangeOutcome: {
            "applied": _tr("Applied"), "unchanged": _tr("Unchanged"),
            "rejected": _tr("Rejected"), "conflict": _tr("Conflict")},
        ConflictStatus: {"open": _tr("Waiting for a decision"), "resolved": _tr("Resolved")},
        DeviceKind: {
            "own": _tr("This computer"), "pinned_secretariat": _tr("The secretariat's key"),
            "ministry": _tr("A ministry's device")},
        DeviceStatus: {"active": _tr("Registered"), "revoked": _tr("Revoked")},
        DatabaseRole: {"secretariat": _tr("The secretariat's database"),
                       "institution": _tr("An institution's copy")},
        ThemeScheme: {"uhri": _tr("Universal Human Rights Index (OHCHR)"),
                      "upr-info": _tr("UPR Info issues"),
                      "custom": _tr("Added here or by an import")},
        MechanismKind: {
            "upr": _tr("Universal Periodic Review"), "treaty_body": _tr("Treaty body"),
            "special_procedure": _tr("Special procedure"), "regional": _tr("Regional body"),
            "voluntary": _tr("Voluntary pledges"), "other": _tr("Other")},
        ImportFormat: {
            "ohchr-matrix": _tr("OHCHR recommendations matrix (Word)"),
            "upr-info": _tr("UPR Info database export"),
            "uhri": _tr("Universal Human Rights Index export"),
            "table": _tr("Table with a column mapping"),
            "completion-matrix": _tr("Completed matrix from an institution (Excel)")},
    }


def code_label(kind: type[StrEnum], code: str | None) -> str:
    """One code in words; an unknown code (from a newer copy) is shown as it is."""
    if code is None:
        return ""
    return code_labels()[kind].get(str(code), str(code))


def choices(kind: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, words) in the enumeration's order, for a combo box."""
    labels = code_labels()[kind]
    return [(member.value, labels[member.value]) for member in kind]


def in_words(kind: type[StrEnum], stored: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(code, label) pairs read from the database, in its order, labelled in the window's
    language (the database's labels are English)."""
    return [(code, code_label(kind, code)) for code, _label in stored]
