"""The matrix "for completion": a ministry without the application fills it in Excel, and the
secretariat imports it back as submitted progress reports.

The workbook carries, hidden, which database and institution it was made for and, per row, the
recommendation id and the latest report of that institution when it was produced: a report
written in the database since then makes that row a conflict, shown and not applied.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select

from app.errors import UserError
from app.exports.matrix import FORMULA_STARTS
from app.models import Assessment, ImplementationStatus, Institution
from app.services import tracking
from app.services.catalog import RegisterReader
from app.services.status import current_statuses

MARKER = "nmrf-tracker completion matrix 1"
HEADERS = ("id", "base", "Reference", "Recommendation", "Current status", "Status",
           "Progress in the period", "Next steps", "Period")
EDITABLE = ("Status", "Progress in the period", "Next steps", "Period")
WIDTHS = (2, 2, 10, 70, 18, 22, 50, 40, 10)
EDIT_FILL = PatternFill("solid", fgColor="FFF2CC")


def _latest_reports(session, institution_id: str, ids: list[str]) -> dict[str, str]:
    """recommendation id -> "report id@version" of the institution's latest report."""
    latest = {}
    for report in session.scalars(select(Assessment).where(
            Assessment.institution_id == institution_id, Assessment.deleted.is_(False),
            Assessment.recommendation_id.in_(ids)).order_by(Assessment.created_at)):
        latest[report.recommendation_id] = f"{report.id}@{report.row_version}"
    return latest


def write_completion_matrix(db, path: Path, institution_id: str, period: str) -> int:
    """Writes the workbook for one institution; returns how many recommendations it holds."""
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
    book = Workbook()
    sheet = book.active
    sheet.title = "For completion"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for rec_id in ids:
        row = rows[rec_id]
        values = (rec_id, bases.get(rec_id, "none"), row.reference, " ".join(row.text.split()),
                  labels.get(current.get(rec_id, ""), "Not assessed"), None, None, None, period)
        sheet.append(list(values))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                cell.data_type = "s"
    lists = book.create_sheet("lists")
    for label in statuses:
        lists.append([label])
    lists.sheet_state = "hidden"
    validation = DataValidation(type="list", formula1=f"=lists!$A$1:$A${len(statuses)}",
                                allow_blank=True, showErrorMessage=True,
                                errorTitle="Status", error="Choose a status from the list.")
    sheet.add_data_validation(validation)
    last = max(2, sheet.max_row)
    validation.add(f"F2:F{last}")
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    sheet.column_dimensions["A"].hidden = True
    sheet.column_dimensions["B"].hidden = True
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
            if HEADERS[cell.column - 1] in EDITABLE:
                cell.protection = Protection(locked=False)
                cell.fill = EDIT_FILL
    sheet.freeze_panes = "E2"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widths may still be adjusted
    marker = book.create_sheet("nmrf")
    for key, value in (("format", MARKER), ("database", db.identity.database_id),
                       ("institution", institution_id), ("institution code", institution_code),
                       ("produced", datetime.now().isoformat(timespec="seconds"))):
        marker.append([key, value])
    marker.sheet_state = "veryHidden"
    temporary = path.with_name(f".{path.name}.part")
    try:
        book.save(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return len(ids)


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
class CompletionImport:
    file: str
    institution_id: str
    institution_code: str
    changes: list[CompletedRow] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # "row N: reason"

    @property
    def conflicts(self) -> list[CompletedRow]:
        return [change for change in self.changes if change.conflict]

    @property
    def applicable(self) -> list[CompletedRow]:
        return [change for change in self.changes if not change.conflict]


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
    for number, line in enumerate(lines, start=2):
        if not line or not line[0]:
            continue
        rec_id, base, reference, _text, _current, status, narrative, next_steps, period = (
            tuple(line) + (None,) * 9)[:9]
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


def submit_completed(session, completed: CompletionImport) -> int:
    """The rows without conflict become submitted progress reports."""
    for change in completed.applicable:
        report = tracking.add_assessment(
            session, recommendation_id=change.recommendation_id,
            institution_id=completed.institution_id, period=change.period,
            status_code=change.status_code, narrative=change.narrative,
            next_steps=change.next_steps)
        tracking.move_assessment(session, report, "submitted")
    return len(completed.applicable)


def apply_completion_matrix(db, completed: CompletionImport) -> int:
    """All the rows without conflict in one transaction, or none."""
    with db.write() as session:
        return submit_completed(session, completed)
