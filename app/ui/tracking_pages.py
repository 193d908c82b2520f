"""Filling the plan, calendar and activity pages of the main window, and moving between pages."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.choices import institution_choices
from app.services.history import activity, activity_choices
from app.services.permissions import FOCAL_POINT, HOLDER_OF_THE_FILE, SECRETARIAT
from app.services.plan import calendar_rows
from app.ui.dialogs.clusters import ClustersDialog
from app.ui.host_parts import WindowParts


class TrackingPagesMixin(WindowParts):
    """Mixed into MainWindow: uses its db, recommendations reader and pages."""

    def _show_plan(self) -> None:
        reader = self.recommendations.model.reader
        if reader is None or self.db is None:
            return
        # Focal points plan for their own institution (the dialog offers only that one).
        allowed = (self.db.actor or HOLDER_OF_THE_FILE).role in (SECRETARIAT, FOCAL_POINT)
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
            self.activity.set_choices(*activity_choices(session), institution_choices(session))
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
                       failure=self.tr("Cannot compare recommendations"))


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
