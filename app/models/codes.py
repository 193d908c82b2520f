"""The codes the database stores, one enumeration per kind.

The database, the exchange files and JSON output keep the codes; a person sees them in words
through `app.code_words` (documents and the command line) or `app.ui.code_labels` (the
window). A test fails when a code has no words in either table.

Members are strings, so they compare equal to what a query returns ("lead" ==
AssignmentRole.LEAD) and bind to a String column as they are.
"""

from __future__ import annotations

from enum import StrEnum


class WorkflowState(StrEnum):
    """Where a progress report stands on its way from the ministry to the secretariat."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    VALIDATED = "validated"
    ACCEPTED = "accepted"
    RETURNED = "returned"


class StatusCode(StrEnum):
    """How far a recommendation is implemented (the `implementation_status` vocabulary)."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    PARTIALLY_IMPLEMENTED = "partially_implemented"
    FULLY_IMPLEMENTED = "fully_implemented"
    NOT_IMPLEMENTED = "not_implemented"
    NO_LONGER_RELEVANT = "no_longer_relevant"


class PositionCode(StrEnum):
    """The State's position on a recommendation (the `position` vocabulary)."""

    SUPPORTED = "supported"
    SUPPORTED_IN_PART = "supported_in_part"
    NOTED = "noted"
    PENDING = "pending"
    NOT_APPLICABLE = "not_applicable"


class ChangeOperation(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"


class AssignmentRole(StrEnum):
    LEAD = "lead"
    SUPPORTING = "supporting"


class PersonRole(StrEnum):
    """What a person of the directory does for their institution."""

    FOCAL_POINT_MAIN = "focal_point_main"
    FOCAL_POINT_ALTERNATE = "focal_point_alternate"
    VALIDATING_AUTHORITY = "validating_authority"
    SECRETARIAT = "secretariat"
    READ_ONLY = "read_only"


class UserRole(StrEnum):
    """Who is working at this computer, for the permission checks."""

    SECRETARIAT = "secretariat"
    FOCAL_POINT = "focal_point"
    VALIDATING_AUTHORITY = "validating_authority"
    READ_ONLY = "read_only"


class InstitutionKind(StrEnum):
    MINISTRY = "ministry"
    AGENCY = "agency"
    PARLIAMENT = "parliament"
    JUDICIARY = "judiciary"
    NHRI = "nhri"
    SECRETARIAT = "secretariat"
    OTHER = "other"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    ONGOING = "ongoing"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class IndicatorKind(StrEnum):
    STRUCTURAL = "structural"
    PROCESS = "process"
    OUTCOME = "outcome"


class IndicatorDirection(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"
    REACH = "reach"


class DeadlineKind(StrEnum):
    REPORT_DUE = "report_due"
    MIDTERM_REPORT = "midterm_report"
    NEXT_REVIEW = "next_review"
    ACTION_MILESTONE = "action_milestone"
    INDICATOR_REPORTING = "indicator_reporting"
    OTHER = "other"


class LedgerDirection(StrEnum):
    ISSUED = "issued"
    RECEIVED = "received"


class ExchangeFileStatus(StrEnum):
    """What became of a file in the exchange ledger (and of a file in a consolidation)."""

    SNAPSHOT = "snapshot"  # issued: a whole copy
    DELTA = "delta"  # issued: the changes since the last file
    WORKBOOK = "workbook"  # issued: a matrix for completion
    PREPARED = "prepared"  # a ministry's submission written
    OPENED = "opened"  # a secretariat's file opened by a ministry
    APPLIED = "applied"
    WOULD_APPLY = "would-apply"  # a dry run; never stored
    REJECTED = "rejected"
    ALREADY_IMPORTED = "already-imported"


class ChangeOutcome(StrEnum):
    """What consolidation did with one change record of a ministry's file."""

    APPLIED = "applied"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"
    CONFLICT = "conflict"


class ConflictStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class DeviceKind(StrEnum):
    """Which installation a row of the device registry stands for."""

    OWN = "own"  # this copy's own installation (a ministry copy's device)
    PINNED_SECRETARIAT = "pinned_secretariat"  # the secretariat's key, pinned by a copy
    MINISTRY = "ministry"  # a ministry's device registered at the secretariat


class DeviceStatus(StrEnum):
    """Whether files signed by a device are taken: a revoked device's are refused."""

    ACTIVE = "active"
    REVOKED = "revoked"


class DatabaseRole(StrEnum):
    """What a database file is: the secretariat's master or an institution's copy."""

    SECRETARIAT = "secretariat"
    INSTITUTION = "institution"


class ThemeScheme(StrEnum):
    """Which list of themes a theme belongs to."""

    UHRI = "uhri"  # OHCHR's Universal Human Rights Index
    UPR_INFO = "upr-info"  # UPR Info's issues
    CUSTOM = "custom"  # added by the secretariat or found in a later matrix


class MechanismKind(StrEnum):
    UPR = "upr"
    TREATY_BODY = "treaty_body"
    SPECIAL_PROCEDURE = "special_procedure"
    REGIONAL = "regional"
    VOLUNTARY = "voluntary"  # a State's voluntary pledges and commitments
    OTHER = "other"


class ImportFormat(StrEnum):
    OHCHR_MATRIX = "ohchr-matrix"
    UPR_INFO = "upr-info"
    UHRI = "uhri"
    TABLE = "table"
    # A completion workbook filled by a ministry (app/importers/completion.py): progress
    # reports and assignments, not recommendations; its own command, not `import --format`.
    COMPLETION_MATRIX = "completion-matrix"


CODE_KINDS: tuple[type[StrEnum], ...] = (
    WorkflowState, StatusCode, PositionCode, ChangeOperation, AssignmentRole, PersonRole,
    UserRole, InstitutionKind, Priority, ActionStatus, IndicatorKind, IndicatorDirection,
    DeadlineKind, LedgerDirection, ExchangeFileStatus, ChangeOutcome, ConflictStatus,
    DeviceKind, DeviceStatus, DatabaseRole, ThemeScheme, MechanismKind, ImportFormat,
)


def values(kind: type[StrEnum]) -> tuple[str, ...]:
    """The codes as plain strings, for CHECK constraints and messages."""
    return tuple(member.value for member in kind)
