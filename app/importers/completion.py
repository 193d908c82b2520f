"""A filled matrix "for completion" read back (see app.exports.completion for the workbook).

The workbook is a file from outside like any other: it goes through the Office gate first,
and what it says about itself is checked against the database. The institution and the
recommendations it was issued with come from the exchange ledger, not from its hidden sheet;
each row must be one of those and within the institution's current rights, by the same rules
as an exchange file (app.exchange.rules.InstitutionRights). The import is all or nothing unless the
valid rows are accepted on their own.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.errors import UserError
from app.exchange.rules import InstitutionRights
from app.exports.completion import (
    ISSUED_WORKBOOK,
    MARKER,
    assigned_institutions,
    latest_assessments,
)
from app.exports.headings import LANGUAGES, Headings
from app.hashing import file_sha256
from app.i18n import _
from app.importers.model import ImportFileError
from app.importers.safety import check_office_zip
from app.importers.value_words import ValueWords
from app.models import ExchangeLedger, ImplementationStatus, ImportRecord, Institution
from app.models.codes import ChangeOperation, ImportFormat, LedgerDirection
from app.services import assignments, tracking
from app.services.permissions import SECRETARIAT, require_secretariat
from app.services.tracking import period_problem

# What one Excel cell holds; a longer text cannot have come from Excel and is not cut.
CELL_LIMIT = 32_767


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
        """"lead MOJ, supporting +MOH −MOE" in the language being written."""
        parts = [_("lead {0}").format(self.lead)] if self.lead else []
        moved = [f"+{code}" for code in self.add_supporting] + [
            f"−{code}" for code in self.remove_supporting]
        if moved:
            parts.append(_("supporting {0}").format(" ".join(moved)))
        return ", ".join(parts)


@dataclass
class CompletionImport:
    file: str
    institution_id: str
    institution_code: str
    sha256: str = ""
    changes: list[CompletedRow] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # "row N (ref): field: reason"
    assignments: list[AssignmentChange] = field(default_factory=list)

    @property
    def conflicts(self) -> list[CompletedRow | AssignmentChange]:
        changes: list[CompletedRow | AssignmentChange] = [*self.changes, *self.assignments]
        return [change for change in changes if change.conflict]

    @property
    def applicable(self) -> list[CompletedRow]:
        return [change for change in self.changes if not change.conflict]

    @property
    def applicable_assignments(self) -> list[AssignmentChange]:
        return [change for change in self.assignments if not change.conflict]


def _gate(path: Path) -> None:
    try:
        check_office_zip(path)
    except ImportFileError as error:
        raise UserError(str(error)) from None


def is_completion_matrix(path: Path) -> bool:
    """A workbook with our marker sheet. The Office gate comes first: a zip bomb is refused
    here, before openpyxl unpacks anything."""
    if Path(path).suffix.lower() != ".xlsx":
        return False
    _gate(Path(path))
    try:
        book = load_workbook(path, read_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError):
        return False
    try:
        return "nmrf" in book.sheetnames and book["nmrf"]["B1"].value in (
            MARKER, "nmrf-tracker completion matrix 1")
    finally:
        book.close()


def _read_book(path: Path) -> tuple[dict, list[tuple]]:
    """The marker sheet's facts, and the rows as cells (formulas kept as formulas)."""
    _gate(path)
    try:
        book = load_workbook(path, read_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as error:
        raise UserError(_("{0}: not a readable Excel workbook ({1})").format(
                            path.name, error)) from error
    try:
        if "nmrf" not in book.sheetnames:
            raise UserError(_("{0}: not a matrix produced for completion by NMRF Tracker").format(
                                path.name))
        facts = {row[0]: row[1] for row in book["nmrf"].iter_rows(values_only=True)
                 if len(row) >= 2}
        if facts.get("format") != MARKER:
            raise UserError(_("{0}: made by another version of NMRF Tracker ({1}); produce a "
                              "new matrix for completion").format(path.name, facts.get('format')))
        # The first sheet, whatever its name: "For completion" in the workbook's language.
        lines = [tuple(row) for row in book.worksheets[0].iter_rows(min_row=2)]
    finally:
        book.close()
    return facts, lines


def _issue(session, path: Path, facts: dict) -> tuple[ExchangeLedger, dict]:
    entry = session.get(ExchangeLedger, str(facts.get("issue") or ""))
    if entry is None or entry.status != ISSUED_WORKBOOK \
            or entry.direction != LedgerDirection.ISSUED:
        raise UserError(_("{0}: this database has no record of issuing this workbook (its "
                          "hidden sheet was changed, or it was made elsewhere); nothing was "
                          "imported").format(path.name))
    if facts.get("institution") != entry.institution_id:
        raise UserError(_("{0}: its hidden sheet names another institution than the one it "
                          "was issued to; nothing was imported").format(path.name))
    return entry, json.loads(entry.summary or "{}")


def _text(cell, heading: str, where: str, rejected: list[str]) -> str | None:
    """A cell's text, or None with the reason added to `rejected`."""
    if cell is None or cell.value is None:
        return ""
    if cell.data_type == "f":
        rejected.append(_("{0}: {1}: “{2}” was taken by Excel as a formula; type an "
                          "apostrophe (') before it so that it stays text").format(
                            where, heading, str(cell.value)[:40]))
        return None
    value = str(cell.value)
    if len(value) > CELL_LIMIT:
        rejected.append(_("{0}: {1}: {2:,} characters, more than the {3:,} an Excel cell "
                          "holds; shorten it (nothing is cut)").format(
                            where, heading, len(value), CELL_LIMIT))
        return None
    return value.strip()


def read_completion_matrix(db: Database, path: Path) -> CompletionImport:
    """The changes a filled workbook asks for, checked against the database (a dry run)."""
    path = Path(path)
    facts, lines = _read_book(path)
    if facts.get("database") != db.identity.database_id:
        raise UserError(_("{0}: made from another database, not this one").format(path.name))
    with db.read() as session:
        entry, issued = _issue(session, path, facts)
        institution = session.get(Institution, entry.institution_id)
        if institution is None:
            raise UserError(_("{0}: made for an institution this database no longer "
                              "has").format(path.name))
        result = CompletionImport(path.name, institution.id, institution.code,
                                  sha256=file_sha256(path))
        rights = InstitutionRights(session, institution.id, institution.code)
        issued_ids = set(issued.get("recommendations", []))
        # The statuses as the drop-down offered them, in the workbook's language, and in
        # English (typed over, or a workbook made before it recorded its language).
        language = facts.get("language")
        words = Headings(language if language in LANGUAGES else "en")
        codes = {}
        for code, label in session.execute(
                select(ImplementationStatus.code, ImplementationStatus.label)):
            codes[label.casefold()] = codes[words(label).casefold()] = code
        ids = [str(line[0].value) for line in lines if line and line[0].value]
        latest = latest_assessments(session, result.institution_id, ids)
        assigned = assigned_institutions(session, ids)
        institution_codes = set(session.scalars(select(Institution.code).where(
            Institution.deleted.is_(False))))
        refusals = {rec_id: rights.refusal(
            "assessment", ChangeOperation.INSERT,
            {"institution_id": institution.id, "recommendation_id": rec_id},
            {"recommendation_id": [None, rec_id], "institution_id": [None, institution.id],
             "workflow_state": [None, "submitted"]}) for rec_id in set(ids) & issued_ids}
    secretariat = db.actor is None or db.actor.role == SECRETARIAT
    for number, line in enumerate(lines, start=2):
        cells = (line + (None,) * 12)[:12]
        rec_id = str(cells[0].value) if cells[0] is not None and cells[0].value else ""
        if not rec_id:
            if any(cell is not None and cell.value not in (None, "") for cell in cells[5:]):
                result.rejected.append(_("row {0}: a row added to the workbook; only the rows "
                                         "it was issued with can be filled in").format(number))
            continue
        reference = str(cells[2].value or "") if cells[2] is not None else ""
        where = f"row {number} ({reference})"
        if rec_id not in issued_ids:
            result.rejected.append(_("{0}: not one of the recommendations this workbook was "
                                     "issued with for {1}; not applied").format(
                                       where, result.institution_code))
            continue
        if facts.get("assignments") == "yes" and issued.get("assignments"):
            _read_assignment(result, number, rec_id, reference,
                             tuple(cell.value if cell is not None else None
                                   for cell in cells[9:12]),
                             assigned, institution_codes, secretariat)
        _read_assessment(result, number, where, rec_id, reference, cells, codes,
                     latest, refusals.get(rec_id))
    return result


def _read_assessment(result: CompletionImport, number: int, where: str, rec_id: str,
                 reference: str, cells: tuple, codes: dict[str, str], latest: dict,
                 refusal: str | None) -> None:
    rejected: list[str] = []
    status_cell = cells[5]
    status = status_cell.value if status_cell is not None else None
    narrative = _text(cells[6], "Progress in the period", where, rejected)
    next_steps = _text(cells[7], "Next steps", where, rejected)
    period = _text(cells[8], "Period", where, rejected)
    if status is None and not narrative and not next_steps and not rejected:
        return  # not filled in: nothing to report for this one
    if refusal:
        result.rejected.append(_("{0}: {1}; not applied").format(where, refusal))
        return
    # Typed over the drop-down: "ongoing", "En cours", "已落实" are statuses too
    status_code = None if status is None else (
        codes.get(str(status).casefold()) or ValueWords().code("status", str(status)))
    if status_code is None:
        rejected.append(_("{0}: Status: choose one from the list (found “{1}”)").format(
                            where, status or ''))
    if narrative == "":
        rejected.append(_("{0}: Progress in the period: say what was done").format(where))
    if period is not None and (problem := period_problem(period or "")):
        rejected.append(_("{0}: Period: {1}").format(where, problem))
    if rejected or status_code is None:
        result.rejected += rejected
        return
    base = cells[1].value if cells[1] is not None else None
    change = CompletedRow(number, rec_id, reference, status_code,
                          narrative, next_steps or None, period or "")
    if latest.get(rec_id, "none") != (base or "none"):
        change.conflict = ("a progress report was written or changed in the database "
                           "since this workbook was produced")
    result.changes.append(change)


def _read_assignment(result: CompletionImport, number: int, rec_id: str, reference: str,
                     cells: tuple, assigned: dict, codes: set[str], secretariat: bool) -> None:
    lead_cell, supporting_cell, base = (cells + (None,) * 3)[:3]
    base_lead, _separator, base_supporting = str(base or "|").partition("|")
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
        result.rejected.append(_("{0}: Lead institution: left empty; choose one from the list "
                                 "(a lead is removed in the application, not here)").format(where))
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
        result.rejected.append(_("{0}: Lead institution / Supporting institutions: only the "
                                 "secretariat changes assignments; not applied").format(where))
        return
    now_lead, now_supporting = assigned.get(rec_id, ("", []))
    if (now_lead, ";".join(now_supporting)) != (base_lead, base_supporting):
        change.conflict = ("the institutions assigned were changed in the database since "
                           "this workbook was produced")
    result.assignments.append(change)


def submit_completed(session: Session, completed: CompletionImport, imported_by: str) -> int:
    """The rows without conflict become submitted progress reports; the assignment changes
    without conflict are made through the assignment services (secretariat only); the
    workbook enters the import history. Returns how many rows changed something."""
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
        Institution.deleted.is_(False))).tuples().all())
    for moved in completed.applicable_assignments:
        if moved.lead:
            assignments.set_lead(session, [moved.recommendation_id], ids[moved.lead])
        for code in moved.add_supporting:
            assignments.add_supporting(session, [moved.recommendation_id], ids[code])
        for code in moved.remove_supporting:
            assignments.remove_institution(session, [moved.recommendation_id], ids[code])
    session.add(_import_record(completed, imported_by))
    return len(completed.applicable) + len(completed.applicable_assignments)


def refusal_of_partial(completed: list[CompletionImport]) -> str | None:
    """Why nothing is applied (None: everything may be): rows were rejected and the valid
    ones were not accepted on their own."""
    rejected = sum(len(result.rejected) for result in completed)
    if not rejected:
        return None
    return (f"nothing was imported (rows rejected: {rejected}); correct the workbook, or "
            "import the other rows on their own (--accept-partial)")


def apply_completion_matrix(db: Database, completed: CompletionImport | list[CompletionImport], *,
                            accept_partial: bool = False) -> int:
    """All the rows without conflict in one transaction, or none; with rejected rows,
    nothing unless `accept_partial`."""
    results = completed if isinstance(completed, list) else [completed]
    if not accept_partial and (refusal := refusal_of_partial(results)):
        raise UserError(refusal)
    with db.write() as session:
        return sum(submit_completed(session, result, db.author) for result in results)


def _import_record(completed: CompletionImport, author: str) -> ImportRecord:
    """The workbook in the import history, like any import: progress reports written as
    'new', assignment changes as 'updated', conflicts as 'to confirm'."""
    return ImportRecord(
        file_name=completed.file, file_sha256=completed.sha256,
        format=ImportFormat.COMPLETION_MATRIX, created=len(completed.applicable),
        updated=len(completed.applicable_assignments), unchanged=0,
        rejected=len(completed.rejected), to_confirm=len(completed.conflicts),
        details=json.dumps({"rejected": completed.rejected,
                            "conflicts": [change.conflict for change in completed.conflicts]},
                           ensure_ascii=False),
        imported_by=author)
