"""The Reports menu: the Excel matrix (and its round trip), the mid-term report, validation
packs and reminder letters — options, where to save, written off the UI thread with progress,
then open or print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.exports.completion import write_completion_matrix
from app.exports.matrix import MatrixOptions, write_matrix
from app.exports.midterm_report import ReportOptions, default_period, write_midterm_report
from app.exports.reminder_letters import write_reminder_letters
from app.exports.validation_pack import write_validation_pack
from app.importers.completion import read_completion_matrix, submit_completed
from app.services.choices import institution_choices
from app.services.permissions import SECRETARIAT
from app.services.tracking import current_period
from app.ui import messages
from app.ui.dialogs.export_matrix import ExportMatrixDialog
from app.ui.dialogs.report_options import (
    MIDTERM,
    REMINDERS,
    VALIDATION,
    ReportOptionsDialog,
)
from app.ui.host_parts import WindowParts
from app.ui.printing import print_pdf


class ReportCommandsMixin(WindowParts):
    """Mixed into MainWindow: uses its db, recommendations page, tasks and status bar."""

    def export_matrix(self, *_checked, target=None) -> ExportMatrixDialog | None:
        """Options, then where to save, then the workbook written off the UI thread."""
        if self.db is None:
            return None
        with self.db.read() as session:
            choices = institution_choices(session)
        page = self.recommendations
        filtered = bool(page.model.query or page.model.selection)
        dialog = ExportMatrixDialog(choices, filtered, self,
                                    secretariat=self.db.actor is None
                                    or self.db.actor.role == SECRETARIAT)
        db = self.db

        def chosen() -> None:
            path = target or messages.choose_matrix_target(
                self, self.paths.data / "implementation-matrix.xlsx")
            if path is None:
                return
            if dialog.for_completion.isChecked():
                institution = dialog.institution.currentData()
                assignments = dialog.with_assignments.isChecked()
                language = dialog.language.currentData()
                self.tasks.run(
                    lambda progress, cancelled: write_completion_matrix(
                        db, path, institution, current_period(),
                        with_assignments=assignments, language=language),
                    title=self.tr("Writing the matrix for completion"), parent=self,
                    on_done=lambda count: self._workbook_written(path, self.tr(
                        "Matrix for completion ({0} recommendations) written to {1}").format(
                        count, path)),
                    failure=self.tr("Cannot write the matrix"))
                return
            register_view = dialog.scope.currentData() == "register"
            options = MatrixOptions(
                group_by=dialog.group_by.currentData(),
                institution_id=dialog.institution.currentData(),
                selection=page.model.selection if register_view else None,
                query=page.model.query if register_view else "",
                sheet_per_institution=dialog.per_institution.isChecked(),
                language=dialog.language.currentData())
            self.tasks.run(
                lambda progress, cancelled: write_matrix(db, path, options, progress,
                                                         cancelled),
                title=self.tr("Writing the implementation matrix"), parent=self,
                cancellable=True,
                on_done=lambda summary: self._workbook_written(path, self.tr(
                    "Matrix of {0} recommendations written to {1}").format(
                    summary.recommendations, summary.path)),
                failure=self.tr("Cannot write the matrix"))

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def import_completed_matrix(self, *_checked, path=None) -> None:
        """Read (a dry run), show what it would do, then submit the reports it holds."""
        if self.db is None:
            return
        path = path or messages.choose_completed_matrix(self)
        if path is None:
            return
        db = self.db

        def confirm_and_apply(completed) -> None:
            lines = [self.tr("%n progress report(s) to submit for {0}.", "",
                             len(completed.applicable)).format(completed.institution_code)]
            if completed.assignments:
                lines.append(self.tr("%n assignment change(s):", "",
                                     len(completed.applicable_assignments)))
                lines += [self.tr("Row {0} ({1}): {2}").format(c.row, c.reference, c.describe())
                          for c in completed.applicable_assignments]
            lines += [self.tr("Conflict, row {0} ({1}): not applied — {2}").format(
                c.row, c.reference, c.conflict) for c in completed.conflicts]
            lines += [self.tr("Rejected, {0}").format(reason) for reason in completed.rejected]
            if not completed.applicable and not completed.applicable_assignments:
                messages.show_info(self, self.tr("Nothing to submit"), "\n".join(lines))
                return
            # With rejected rows, nothing is applied unless the person accepts the valid rows
            # on their own (the command line's --accept-partial).
            question = self.tr("%n row(s) were rejected. Import the other rows on their own?",
                               "", len(completed.rejected)) if completed.rejected else \
                self.tr("Apply them now?")
            if not messages.confirm(self, self.tr("Import the completed matrix"),
                                    "\n".join([*lines, "", question])):
                return
            self.register_actions._write(
                self.tr("Import completed matrix {0}").format(path.name),
                lambda session: submit_completed(session, completed, db.author),
                lambda count: self.tr("%n row(s) applied (progress reports submitted, "
                                      "assignments changed).", "", count))

        self.tasks.run(lambda progress, cancelled: read_completion_matrix(db, path),
                       title=self.tr("Reading {0}").format(path.name), parent=self,
                       on_done=confirm_and_apply,
                       failure=self.tr("Cannot read {0}").format(path.name))

    def export_midterm_report(self, *_checked, target=None) -> ReportOptionsDialog | None:
        return self._export_report(MIDTERM, target)

    def export_validation_pack(self, *_checked, target=None) -> ReportOptionsDialog | None:
        return self._export_report(VALIDATION, target)

    def export_reminder_letters(self, *_checked, target=None) -> ReportOptionsDialog | None:
        return self._export_report(REMINDERS, target)

    def _export_report(self, kind: str, target: Path | None) -> ReportOptionsDialog | None:
        """Options, then where to save, then the PDF written off the UI thread; then open or
        print it."""
        if self.db is None:
            return None
        with self.db.read() as session:
            choices = institution_choices(session)
            period = default_period(session)
        page = self.recommendations
        filtered = bool(page.model.query or page.model.selection)
        dialog = ReportOptionsDialog(kind, choices, filtered, period, self)
        db = self.db

        def chosen() -> None:
            institution = dialog.institution.currentData()
            code = dict(choices)[institution].split(" — ")[0] if institution else ""
            names = {MIDTERM: "midterm-report", VALIDATION: f"validation-pack-{code.lower()}",
                     REMINDERS: "reminder-letters" + (f"-{code.lower()}" if code else "")}
            path = target or messages.choose_pdf_target(
                self, self.paths.data / f"{names[kind]}-{date.today().isoformat()}.pdf")
            if path is None:
                return
            work, title, done = self._report_job(kind, dialog, db, path, institution, code)
            self.tasks.run(
                work, title=title, parent=self, cancellable=kind == MIDTERM,
                on_done=lambda result: self._report_written(path, done(result)),
                failure=self.tr("Cannot write the report"))

        dialog.accepted.connect(chosen)
        dialog.open()
        return dialog

    def _report_job(self, kind: str, dialog: ReportOptionsDialog, db, path: Path,
                    institution: str | None, code: str):
        """(work for the task runner, progress title, what to say when done)."""
        language = dialog.language.currentData()
        if kind == VALIDATION:
            def write_pack(progress, cancelled):
                return write_validation_pack(db, path, institution, language)

            def pack_written(count):
                return self.tr("Validation pack of {0} (%n recommendation(s)) written to "
                               "{1}", "", count).format(code, path)

            return write_pack, self.tr("Writing the validation-meeting pack"), pack_written
        if kind == REMINDERS:
            days = dialog.within_days.value()

            def write_letters(progress, cancelled):
                return write_reminder_letters(db, path, institution, within_days=days,
                                              language=language)

            def letters_written(letters):
                return self.tr("%n reminder letter(s) ({0} overdue, {1} due soon) written "
                               "to {2}", "", letters.letters).format(
                    letters.overdue, letters.due_soon, path)

            return write_letters, self.tr("Writing the reminder letters"), letters_written
        page = self.recommendations
        register_view = dialog.scope.currentData() == "register"
        options = ReportOptions(
            group_by=dialog.group_by.currentData(), institution_id=institution,
            selection=page.model.selection if register_view else None,
            query=page.model.query if register_view else "",
            title=dialog.title.text().strip(), period=dialog.period.text().strip(),
            language=language)

        def work(progress, cancelled):
            return write_midterm_report(db, path, options, progress, cancelled)

        def done(report):
            return self.tr("Mid-term report written to {2} (recommendations: {0}, pages: "
                           "{1})").format(report.recommendations, report.pages, path)

        return work, self.tr("Writing the mid-term report"), done

    def _report_written(self, path: Path, text: str) -> None:
        self.statusBar().showMessage(text, 15_000)
        choice = messages.offer_open_or_print(self, self.tr("Report written"), text)
        if choice == "open":
            messages.open_file(path)
        elif choice == "print":
            self.print_preview = print_pdf(self, path)
        elif choice == "folder":
            messages.show_in_folder(path)

    def _workbook_written(self, path: Path, text: str) -> None:
        self.statusBar().showMessage(text, 15_000)
        choice = messages.offer_open_or_print(self, self.tr("Workbook written"), text,
                                              printable=False)
        if choice == "open":
            messages.open_file(path)
        elif choice == "folder":
            messages.show_in_folder(path)
