"""The matrix "for completion": a ministry without the application fills it in Excel, and the
secretariat imports it back as submitted progress reports.

The workbook carries, hidden, which database and institution it was made for and, per row, the
recommendation id and the latest report of that institution when it was produced: a report
written in the database since then makes that row a conflict, shown and not applied.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select

from app.atomic import atomic_write
from app.errors import UserError
from app.exports.matrix import FORMULA_STARTS, MATRIX_BYTES_PER_ROW
from app.models import Assessment, Assignment, ImplementationStatus, Institution
from app.services import assignments, tracking
from app.services.catalog import RegisterReader
from app.services.permissions import SECRETARIAT, require_secretariat
from app.services.status import current_statuses

MARKER = "nmrf-tracker completion matrix 1"
HEADERS = ("id", "base", "Reference", "Recommendation", "Current status", "Status",
           "Progress in the period", "Next steps", "Period")
EDITABLE = ("Status", "Progress in the period", "Next steps", "Period")
WIDTHS = (2, 2, 10, 70, 18, 22, 50, 40, 10)
# The secretariat's variant: who leads and who supports, editable too; "assigned" (hidden)
# is what the database said when the workbook was made, "LEAD|SUP1;SUP2".
ASSIGNMENT_HEADERS = ("Lead institution", "Supporting institutions", "assigned")
ASSIGNMENT_WIDTHS = (14, 24, 2)
EDIT_FILL = PatternFill("solid", fgColor="FFF2CC")


def _latest_reports(session, institution_id: str, ids: list[str]) -> dict[str, str]:
    """recommendation id -> "report id@version" of the institution's latest report."""
    latest = {}
    for report in session.scalars(select(Assessment).where(
            Assessment.institution_id == institution_id, Assessment.deleted.is_(False),
            Assessment.recommendation_id.in_(ids)).order_by(Assessment.created_at)):
        latest[report.recommendation_id] = f"{report.id}@{report.row_version}"
    return latest


def write_completion_matrix(db, path: Path, institution_id: str, period: str, *,
                            with_assignments: bool = False) -> int:
    """Writes the workbook for one institution; returns how many recommendations it holds.
    With with_assignments (the secretariat's variant), lead and supporting institutions can be
    changed too, as institution codes."""
    reader = RegisterReader(db)
    ids = reader.institution_scope(institution_id)
    with db.read() as session:
        institution_code = session.get(Institution, institution_id).code
        statuses = [label for (label,) in session.execute(
            select(ImplementationStatus.label).order_by(ImplementationStatus.rank))]
        labels = dict(session.execute(select(ImplementationStatus.code,
                                             ImplementationStatus.label)).all())
        current = current_statuses(session, ids)
        bases = _latest_reports(session, institution_id, ids)
        rows = {row.id: row for row in reader.rows(ids)}
        assigned = assigned_institutions(session, ids)
        codes = list(session.scalars(select(Institution.code).where(
            Institution.deleted.is_(False)).order_by(Institution.code)))
    headers = HEADERS + (ASSIGNMENT_HEADERS if with_assignments else ())
    editable = EDITABLE + (ASSIGNMENT_HEADERS[:2] if with_assignments else ())
    book = Workbook()
    sheet = book.active
    sheet.title = "For completion"
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for rec_id in ids:
        row = rows[rec_id]
        values = (rec_id, bases.get(rec_id, "none"), row.reference, " ".join(row.text.split()),
                  labels.get(current.get(rec_id, ""), "Not assessed"), None, None, None, period)
        if with_assignments:
            lead, supporting = assigned.get(rec_id, ("", []))
            values += (lead or None, "; ".join(supporting) or None,
                       f"{lead}|{';'.join(supporting)}")
        sheet.append(list(values))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                cell.data_type = "s"
    lists = book.create_sheet("lists")
    for row in range(max(len(statuses), len(codes))):
        lists.append([statuses[row] if row < len(statuses) else None,
                      codes[row] if row < len(codes) else None])
    lists.sheet_state = "hidden"
    validation = DataValidation(type="list", formula1=f"=lists!$A$1:$A${len(statuses)}",
                                allow_blank=True, showErrorMessage=True,
                                errorTitle="Status", error="Choose a status from the list.")
    sheet.add_data_validation(validation)
    last = max(2, sheet.max_row)
    validation.add(f"F2:F{last}")
    if with_assignments:
        leads = DataValidation(type="list", formula1=f"=lists!$B$1:$B${len(codes)}",
                               allow_blank=True, showErrorMessage=True,
                               errorTitle="Lead institution",
                               error="Choose an institution code from the list.")
        sheet.add_data_validation(leads)
        leads.add(f"J2:J{last}")
    for index, width in enumerate(WIDTHS + (ASSIGNMENT_WIDTHS if with_assignments else ()),
                                  start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    for hidden in ("A", "B") + (("L",) if with_assignments else ()):
        sheet.column_dimensions[hidden].hidden = True
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
            if headers[cell.column - 1] in editable:
                cell.protection = Protection(locked=False)
                cell.fill = EDIT_FILL
    sheet.freeze_panes = "E2"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widths may still be adjusted
    marker = book.create_sheet("nmrf")
    for key, value in (("format", MARKER), ("database", db.identity.database_id),
                       ("institution", institution_id), ("institution code", institution_code),
                       ("assignments", "yes" if with_assignments else "no"),
                       ("produced", datetime.now().isoformat(timespec="seconds"))):
        marker.append([key, value])
    marker.sheet_state = "veryHidden"
    with atomic_write(path, f"the workbook {path.name}",
                      estimate=len(ids) * MATRIX_BYTES_PER_ROW) as temporary:
        book.save(temporary)
    return len(ids)


def assigned_institutions(session, ids: list[str]) -> dict[str, tuple[str, list[str]]]:
    """recommendation id -> (lead code, supporting codes in code order)."""
    found: dict[str, tuple[str, list[str]]] = {}
    for rec_id, role, code in session.execute(
            select(Assignment.recommendation_id, Assignment.role, Institution.code)
            .join(Institution).where(Assignment.recommendation_id.in_(ids),
                                     Assignment.deleted.is_(False))
            .order_by(Institution.code)):
        lead, supporting = found.get(rec_id, ("", []))
        if role == "lead":
            lead = code
        else:
            supporting = [*supporting, code]
        found[rec_id] = (lead, supporting)
    return found


@dataclass
class CompletedRow:
    row: int
    recommendation_id: str
    reference: str
    status_code: str
    narrative: str | None
    next_steps: str | None
    period: str
    conflict: str = ""  # why it is not applied


@dataclass
class AssignmentChange:
    row: int
    recommendation_id: str
    reference: str
    lead: str | None  # the new lead's code; None: unchanged
    add_supporting: list[str] = field(default_factory=list)
    remove_supporting: list[str] = field(default_factory=list)
    conflict: str = ""

    def describe(self) -> str:
        parts = ([f"lead {self.lead}"] if self.lead else []) + [
            f"+{code}" for code in self.add_supporting] + [
            f"−{code}" for code in self.remove_supporting]
        return ", ".join(parts)


@dataclass
class CompletionImport:
    file: str
    institution_id: str
    institution_code: str
    changes: list[CompletedRow] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # "row N: reason"
    assignments: list[AssignmentChange] = field(default_factory=list)

    @property
    def conflicts(self) -> list[CompletedRow | AssignmentChange]:
        return [change for change in [*self.changes, *self.assignments] if change.conflict]

    @property
    def applicable(self) -> list[CompletedRow]:
        return [change for change in self.changes if not change.conflict]

    @property
    def applicable_assignments(self) -> list[AssignmentChange]:
        return [change for change in self.assignments if not change.conflict]


def is_completion_matrix(path: Path) -> bool:
    try:
        book = load_workbook(path, read_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError):
        return False
    try:
        return "nmrf" in book.sheetnames and book["nmrf"]["B1"].value == MARKER
    finally:
        book.close()


def read_completion_matrix(db, path: Path) -> CompletionImport:
    """The changes a filled workbook asks for, checked against the database (a dry run)."""
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as error:
        raise UserError(f"{path.name}: not a readable Excel workbook ({error})") from error
    try:
        if "nmrf" not in book.sheetnames:
            raise UserError(f"{path.name}: not a matrix produced for completion by "
                            "NMRF Tracker")
        facts = {row[0]: row[1] for row in book["nmrf"].iter_rows(values_only=True)}
        if facts.get("format") != MARKER:
            raise UserError(f"{path.name}: made by another version of NMRF Tracker "
                            f"({facts.get('format')})")
        if facts.get("database") != db.identity.database_id:
            raise UserError(f"{path.name}: made from another database, not this one")
        lines = list(book["For completion"].iter_rows(min_row=2, values_only=True))
    finally:
        book.close()
    result = CompletionImport(path.name, facts["institution"], facts.get("institution code", ""))
    with db.read() as session:
        codes = {label.casefold(): code for code, label in session.execute(
            select(ImplementationStatus.code, ImplementationStatus.label))}
        ids = [line[0] for line in lines if line and line[0]]
        latest = _latest_reports(session, result.institution_id, ids)
        assigned = assigned_institutions(session, ids)
        institution_codes = set(session.scalars(select(Institution.code).where(
            Institution.deleted.is_(False))))
    for number, line in enumerate(lines, start=2):
        if not line or not line[0]:
            continue
        rec_id, base, reference, _text, _current, status, narrative, next_steps, period = (
            tuple(line) + (None,) * 9)[:9]
        if facts.get("assignments") == "yes":
            _read_assignment(result, number, rec_id, reference or "", tuple(line[9:12]),
                             assigned, institution_codes,
                             db.actor is None or db.actor.role == SECRETARIAT)
        if status is None and not narrative and not next_steps:
            continue  # not filled in: nothing to report for this one
        if status is None or str(status).casefold() not in codes:
            result.rejected.append(f"row {number} ({reference}): Status: choose one from the "
                                   f"list (found “{status or ''}”)")
            continue
        if not narrative:
            result.rejected.append(f"row {number} ({reference}): Progress in the period: say "
                                   "what was done")
            continue
        change = CompletedRow(number, rec_id, reference or "", codes[str(status).casefold()],
                              str(narrative).strip(), str(next_steps).strip() if next_steps
                              else None, str(period or "").strip() or "unspecified")
        if latest.get(rec_id, "none") != (base or "none"):
            change.conflict = ("a progress report was written or changed in the database "
                               "since this workbook was produced")
        result.changes.append(change)
    return result


def _read_assignment(result: CompletionImport, number: int, rec_id: str, reference: str,
                     cells: tuple, assigned: dict, codes: set[str], secretariat: bool) -> None:
    lead_cell, supporting_cell, base = (cells + (None,) * 3)[:3]
    base_lead, _, base_supporting = str(base or "|").partition("|")
    lead = str(lead_cell or "").strip().upper()
    supporting = [code.strip().upper() for code in str(supporting_cell or "").replace(
        ",", ";").split(";") if code.strip()]
    where = f"row {number} ({reference})"
    for field_name, code in [("Lead institution", lead)] * bool(lead) + [
            ("Supporting institutions", code) for code in supporting]:
        if code not in codes:
            near = difflib.get_close_matches(code, sorted(codes), n=1)
            result.rejected.append(
                f"{where}: {field_name}: “{code}” is not an institution code"
                + (f" (did you mean {near[0]}?)" if near else ""))
            return
    if base_lead and not lead:
        result.rejected.append(f"{where}: Lead institution: left empty; choose one from the "
                               "list (a lead is removed in the application, not here)")
        return
    before = [code for code in base_supporting.split(";") if code]
    supporting = [code for code in dict.fromkeys(supporting) if code != lead]
    change = AssignmentChange(
        number, rec_id, reference, lead if lead != base_lead else None,
        [code for code in supporting if code not in before],
        [code for code in before if code not in supporting and code != lead])
    if not (change.lead or change.add_supporting or change.remove_supporting):
        return
    if not secretariat:
        result.rejected.append(f"{where}: Lead institution / Supporting institutions: only "
                               "the secretariat changes assignments; not applied")
        return
    now_lead, now_supporting = assigned.get(rec_id, ("", []))
    if (now_lead, ";".join(now_supporting)) != (base_lead, base_supporting):
        change.conflict = ("the institutions assigned were changed in the database since "
                           "this workbook was produced")
    result.assignments.append(change)


def submit_completed(session, completed: CompletionImport) -> int:
    """The rows without conflict become submitted progress reports; the assignment changes
    without conflict are made through the assignment services (secretariat only). Returns how
    many rows changed something."""
    for change in completed.applicable:
        report = tracking.add_assessment(
            session, recommendation_id=change.recommendation_id,
            institution_id=completed.institution_id, period=change.period,
            status_code=change.status_code, narrative=change.narrative,
            next_steps=change.next_steps)
        tracking.move_assessment(session, report, "submitted")
    if completed.applicable_assignments:
        require_secretariat(session, "change assignments")
    ids = dict(session.execute(select(Institution.code, Institution.id).where(
        Institution.deleted.is_(False))).all())
    for change in completed.applicable_assignments:
        if change.lead:
            assignments.set_lead(session, [change.recommendation_id], ids[change.lead])
        for code in change.add_supporting:
            assignments.add_supporting(session, [change.recommendation_id], ids[code])
        for code in change.remove_supporting:
            assignments.remove_institution(session, [change.recommendation_id], ids[code])
    return len(completed.applicable) + len(completed.applicable_assignments)


def apply_completion_matrix(db, completed: CompletionImport) -> int:
    """All the rows without conflict in one transaction, or none."""
    with db.write() as session:
        return submit_completed(session, completed)
