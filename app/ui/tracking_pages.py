"""Filling the plan, calendar and activity pages of the main window, and moving between pages."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.exports.completion import (
    read_completion_matrix,
    submit_completed,
    write_completion_matrix,
)
from app.exports.matrix import ExportCancelled, MatrixOptions, write_matrix
from app.exports.validation_pack import write_validation_pack
from app.services.choices import institution_choices
from app.services.detail import activity, activity_choices
from app.services.permissions import FOCAL_POINT, SECRETARIAT
from app.services.plan import calendar_rows
from app.services.tracking import current_period
from app.ui import messages
from app.ui.dialogs.clusters import ClustersDialog
from app.ui.dialogs.export_matrix import ExportMatrixDialog


class TrackingPagesMixin:
    """Mixed into MainWindow: uses its db, recommendations reader and pages."""

    def _show_plan(self) -> None:
        reader = self.recommendations.model.reader
        if reader is None or self.db is None:
            return
        # Focal points plan for their own institution (the dialog offers only that one).
        allowed = self.db.actor.role in (SECRETARIAT, FOCAL_POINT)
        self.plan.view.set_commands(allowed, allowed)
        self.plan.show_plan(*reader.plan(institution_id=self.plan.institution.currentData(),
                                         status=self.plan.status.currentData()))


    def _show_calendar(self) -> None:
        if self.db is None:
            return
        with self.db.read() as session:
            rows = calendar_rows(session, institution_id=self.calendar.institution.currentData(),
                                 include_completed=True)
        self.calendar.show_deadlines(rows)


    def _show_activity(self) -> None:
        if self.db is None:
            return
        with self.db.read() as session:
            self.activity.set_choices(*activity_choices(session))
            self.activity.show_activity(activity(session, **self.activity.filters()))

    def find_similar(self, rec_id: str) -> None:
        reader = self.recommendations.model.reader
        if reader is None:
            return
        self.tasks.run(lambda progress, cancelled: reader.similar(rec_id),
                       title=self.tr("Comparing the recommendations (first time only)…"),
                       parent=self,
                       on_done=lambda found: self.recommendations.detail.show_similar(
                           rec_id, found),
                       on_error=lambda e, d: messages.show_failure(
                           self, self.tr("Cannot compare recommendations"), e, d))


    def show_clusters(self) -> ClustersDialog | None:
        if self.db is None:
            return None
        dialog = ClustersDialog(self.register_actions, self)
        dialog.show_requested.connect(self._show_cluster)
        dialog.open()
        return dialog


    def _show_cluster(self, cluster_id: str) -> None:
        self.navigation.setCurrentRow(0)
        self.recommendations.show_cluster(cluster_id)

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.pages.indexOf(page))


    def show_in_register(self, selection) -> None:
        self.navigation.setCurrentRow(0)
        self.recommendations.show_selection(selection)

    def export_matrix(self, *_checked, target=None) -> ExportMatrixDialog | None:
        """Options, then where to save, then the workbook written off the UI thread."""
        if self.db is None:
            return None
        with self.db.read() as session:
            choices = institution_choices(session)
        page = self.recommendations
        filtered = bool(page.model.query or page.model.selection)
        dialog = ExportMatrixDialog(choices, filtered, self)
        db = self.db

        def chosen() -> None:
            path = target or messages.choose_matrix_target(
                self, self.paths.data / "implementation-matrix.xlsx")
            if path is None:
                return
            if dialog.for_completion.isChecked():
                institution = dialog.institution.currentData()
                self.tasks.run(
                    lambda progress, cancelled: write_completion_matrix(
                        db, path, institution, current_period()),
                    title=self.tr("Writing the matrix for completion"), parent=self,
                    on_done=lambda count: self.statusBar().showMessage(self.tr(
                        "Matrix for completion ({0} recommendations) written to {1}").format(
                        count, path), 15_000),
                    on_error=lambda e, d: messages.show_failure(
                        self, self.tr("Cannot write the matrix"), e, d))
                return
            register_view = dialog.scope.currentData() == "register"
            options = MatrixOptions(
                group_by=dialog.group_by.currentData(),
                institution_id=dialog.institution.currentData(),
                selection=page.model.selection if register_view else None,
                query=page.model.query if register_view else "",
                sheet_per_institution=dialog.per_institution.isChecked())
            self.tasks.run(
                lambda progress, cancelled: write_matrix(db, path, options, progress,
                                                         cancelled),
                title=self.tr("Writing the implementation matrix"), parent=self,
                cancellable=True,
                on_done=lambda summary: self.statusBar().showMessage(self.tr(
                    "Matrix of {0} recommendations written to {1}").format(
                    summary.recommendations, summary.path), 15_000),
                on_error=lambda e, d: None if isinstance(e, ExportCancelled) else
                messages.show_failure(self, self.tr("Cannot write the matrix"), e, d))

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
            lines = [self.tr("{0} progress report(s) to submit for {1}.").format(
                len(completed.applicable), completed.institution_code)]
            lines += [self.tr("Conflict, row {0} ({1}): not applied — {2}").format(
                c.row, c.reference, c.conflict) for c in completed.conflicts]
            lines += [self.tr("Rejected, {0}").format(reason) for reason in completed.rejected]
            if not completed.applicable:
                messages.show_info(self, self.tr("Nothing to submit"), "\n".join(lines))
                return
            if not messages.confirm(self, self.tr("Import the completed matrix"),
                                    "\n".join([*lines, "", self.tr("Submit them now?")])):
                return
            self.register_actions._write(
                self.tr("Import completed matrix {0}").format(path.name),
                lambda session: submit_completed(session, completed),
                lambda count: self.tr("{0} progress report(s) submitted.").format(count))

        self.tasks.run(lambda progress, cancelled: read_completion_matrix(db, path),
                       title=self.tr("Reading {0}").format(path.name), parent=self,
                       on_done=confirm_and_apply,
                       on_error=lambda e, d: messages.show_failure(
                           self, self.tr("Cannot read {0}").format(path.name), e, d))

    def export_validation_pack(self, *_checked, institution_id=None, target=None) -> None:
        """The PDF for one institution's validation meeting, written off the UI thread."""
        if self.db is None:
            return
        with self.db.read() as session:
            choices = institution_choices(session)
        institution_id = institution_id or self.register_actions.choose(
            self.tr("Validation-meeting pack"), self.tr(
                "Institution whose recommendations the meeting goes through:"), choices)
        if not institution_id:
            return
        code = dict(choices)[institution_id].split(" — ")[0]
        path = target or messages.choose_pdf_target(
            self, self.paths.data / f"validation-pack-{code.lower()}.pdf")
        if path is None:
            return
        db = self.db
        self.tasks.run(
            lambda progress, cancelled: write_validation_pack(db, path, institution_id),
            title=self.tr("Writing the validation-meeting pack"), parent=self,
            on_done=lambda count: self.statusBar().showMessage(self.tr(
                "Validation pack of {0} ({1} recommendations) written to {2}").format(
                code, count, path), 15_000),
            on_error=lambda e, d: messages.show_failure(
                self, self.tr("Cannot write the pack"), e, d))
