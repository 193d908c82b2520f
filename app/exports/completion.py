"""The matrix "for completion": a ministry without the application fills it in Excel, and the
secretariat imports it back as submitted progress reports (app.importers.completion).

The workbook carries, hidden, which database it was made for, the entry of the exchange ledger
that recorded its issue (the institution and the recommendations it holds, kept in the
database: nothing a person can change by unprotecting the sheet) and, per row, the
recommendation id and the latest report of that institution when it was produced: a report
written in the database since then makes that row a conflict, shown and not applied.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.atomic import atomic_write
from app.db.database import Database, read_only_message
from app.errors import ReadOnlyDatabaseError
from app.exports.headings import N_, Headings
from app.exports.matrix import FORMULA_STARTS, MATRIX_BYTES_PER_ROW
from app.hashing import file_sha256
from app.models import (
    Assessment,
    Assignment,
    ExchangeLedger,
    ImplementationStatus,
    Institution,
    new_id,
)
from app.models.codes import AssignmentRole, ExchangeFileStatus, LedgerDirection
from app.services.register_reader import RegisterReader
from app.services.status import current_statuses

MARKER = "nmrf-tracker completion matrix 2"
# The exchange ledger's status of an issued workbook.
ISSUED_WORKBOOK = ExchangeFileStatus.WORKBOOK
HEADERS = ("id", "base", N_("Reference"), N_("Recommendation"), N_("Current status"),
           N_("Status"), N_("Progress in the period"), N_("Next steps"), N_("Period"))
EDITABLE = ("Status", "Progress in the period", "Next steps", "Period")
WIDTHS = (2, 2, 10, 70, 18, 22, 50, 40, 10)
# The secretariat's variant: who leads and who supports, editable too; "assigned" (hidden)
# is what the database said when the workbook was made, "LEAD|SUP1;SUP2".
ASSIGNMENT_HEADERS = (N_("Lead institution"), N_("Supporting institutions"), "assigned")
HIDDEN_HEADERS = ("id", "base", "assigned")  # read by the application, never translated
ASSIGNMENT_WIDTHS = (14, 24, 2)
EDIT_FILL = PatternFill("solid", fgColor="FFF2CC")


def latest_assessments(session: Session, institution_id: str, ids: list[str]) -> dict[str, str]:
    """recommendation id -> "report id@version" of the institution's latest report."""
    latest = {}
    for report in session.scalars(select(Assessment).where(
            Assessment.institution_id == institution_id, Assessment.deleted.is_(False),
            Assessment.recommendation_id.in_(ids)).order_by(Assessment.created_at)):
        latest[report.recommendation_id] = f"{report.id}@{report.row_version}"
    return latest


def write_completion_matrix(db: Database, path: Path, institution_id: str, period: str, *,
                            with_assignments: bool = False, language: str = "en") -> int:
    """Writes the workbook for one institution; returns how many recommendations it holds.
    With with_assignments (the secretariat's variant), lead and supporting institutions can be
    changed too, as institution codes. Its issue is recorded in the exchange ledger. The
    headings and the statuses of the drop-down are in `language`, which the workbook records
    so that its statuses are read back in it."""
    t = Headings(language)
    if db.read_only:
        raise ReadOnlyDatabaseError(read_only_message(db.path))
    issue_id = new_id()
    reader = RegisterReader(db)
    ids = reader.institution_scope(institution_id)
    with db.read() as session:
        institution_code = session.get_one(Institution, institution_id).code
        statuses = [t(label) for (label,) in session.execute(
            select(ImplementationStatus.label).order_by(ImplementationStatus.rank))]
        labels = dict(session.execute(select(ImplementationStatus.code,
                                             ImplementationStatus.label)).tuples().all())
        current = current_statuses(session, ids)
        bases = latest_assessments(session, institution_id, ids)
        rows = {row.id: row for row in reader.rows(ids)}
        assigned = assigned_institutions(session, ids)
        codes = list(session.scalars(select(Institution.code).where(
            Institution.deleted.is_(False)).order_by(Institution.code)))
    headers = HEADERS + (ASSIGNMENT_HEADERS if with_assignments else ())
    editable = EDITABLE + (ASSIGNMENT_HEADERS[:2] if with_assignments else ())
    book = Workbook()
    sheet = book.active
    sheet.title = t("For completion")
    sheet.append([header if header in HIDDEN_HEADERS else t(header) for header in headers])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for rec_id in ids:
        row = rows[rec_id]
        values: tuple[Any, ...] = (
            rec_id, bases.get(rec_id, "none"), row.reference, " ".join(row.text.split()),
            t(labels.get(current.get(rec_id, ""), "Not assessed")), None, None, None, period)
        if with_assignments:
            lead, supporting = assigned.get(rec_id, ("", []))
            values += (lead or None, "; ".join(supporting) or None,
                       f"{lead}|{';'.join(supporting)}")
        sheet.append(list(values))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS):
                cell.data_type = "s"
    lists = book.create_sheet("lists")
    for index in range(max(len(statuses), len(codes))):
        lists.append([statuses[index] if index < len(statuses) else None,
                      codes[index] if index < len(codes) else None])
    lists.sheet_state = "hidden"
    validation = DataValidation(type="list", formula1=f"=lists!$A$1:$A${len(statuses)}",
                                allow_blank=True, showErrorMessage=True,
                                errorTitle=t("Status"),
                                error=t("Choose a status from the list."))
    sheet.add_data_validation(validation)
    last = max(2, sheet.max_row)
    validation.add(f"F2:F{last}")
    if with_assignments:
        leads = DataValidation(type="list", formula1=f"=lists!$B$1:$B${len(codes)}",
                               allow_blank=True, showErrorMessage=True,
                               errorTitle=t("Lead institution"),
                               error=t("Choose an institution code from the list."))
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
                       ("issue", issue_id),
                       ("institution", institution_id), ("institution code", institution_code),
                       ("assignments", "yes" if with_assignments else "no"),
                       ("language", language),
                       ("produced", datetime.now().isoformat(timespec="seconds"))):
        marker.append([key, value])
    marker.sheet_state = "veryHidden"
    with atomic_write(path, f"the workbook {path.name}",
                      estimate=len(ids) * MATRIX_BYTES_PER_ROW) as temporary:
        book.save(temporary)
    try:
        with db.write() as session:
            session.add(ExchangeLedger(
                id=issue_id, direction=LedgerDirection.ISSUED, institution_id=institution_id,
                file_name=path.name[:300], file_sha256=file_sha256(path),
                status=ISSUED_WORKBOOK, recorded_by=db.author,
                summary=json.dumps({"recommendations": ids, "period": period,
                                    "assignments": with_assignments})))
    except BaseException:
        path.unlink(missing_ok=True)  # a workbook the database has no record of is refused
        raise
    return len(ids)


def assigned_institutions(session: Session, ids: list[str]) -> dict[str, tuple[str, list[str]]]:
    """recommendation id -> (lead code, supporting codes in code order)."""
    found: dict[str, tuple[str, list[str]]] = {}
    for rec_id, role, code in session.execute(
            select(Assignment.recommendation_id, Assignment.role, Institution.code)
            .join(Institution).where(Assignment.recommendation_id.in_(ids),
                                     Assignment.deleted.is_(False))
            .order_by(Institution.code)):
        lead, supporting = found.get(rec_id, ("", []))
        if role == AssignmentRole.LEAD:
            lead = code
        else:
            supporting = [*supporting, code]
        found[rec_id] = (lead, supporting)
    return found
