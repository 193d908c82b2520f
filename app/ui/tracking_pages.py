"""Filling the plan, calendar and activity pages of the main window, and moving between pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from app.services.choices import institution_choices
from app.services.history import activity, activity_choices
from app.services.permissions import FOCAL_POINT, HOLDER_OF_THE_FILE, SECRETARIAT
from app.services.plan import DeadlineRow, calendar_rows
from app.ui.dialogs.clusters import ClustersDialog
from app.ui.host_parts import WindowParts


class TrackingPagesMixin(WindowParts):
    """Mixed into MainWindow: uses its db, recommendations reader and pages."""

    # The pages read on the worker thread: on a register of 100,000 recommendations the plan
    # took 1.2 s, the calendar 1.0 s and the activity 0.7 s, the window frozen meanwhile.
    def _read_then_show(self, heading: QLabel, read: Callable[[], Any],
                        show: Callable[[Any], object], title: str) -> None:
        """While it reads, the page's heading says so (its tables would look empty)."""
        db = self.db
        heading.setText(self.tr("{0}…").format(title))

        def shown(found: Any) -> None:
            if self.db is db:  # not a database closed meanwhile
                show(found)

        self.tasks.run(lambda progress, cancelled: read(), title=title, parent=self,
                       on_done=shown, failure=title)

    def _show_plan(self) -> None:
        reader = self.recommendations.model.reader
        if reader is None or self.db is None:
            return
        # Focal points plan for their own institution (the dialog offers only that one).
        allowed = (self.db.actor or HOLDER_OF_THE_FILE).role in (SECRETARIAT, FOCAL_POINT)
        self.plan.view.set_commands(allowed, allowed)
        institution, status = self.plan.institution.currentData(), self.plan.status.currentData()
        self._read_then_show(self.plan.heading,
                             lambda: reader.plan(institution_id=institution, status=status),
                             lambda found: self.plan.show_plan(*found),
                             self.tr("Reading the plan"))

    def _show_calendar(self) -> None:
        db = self.db
        if db is None:
            return
        institution = self.calendar.institution.currentData()

        def read() -> list[DeadlineRow]:
            with db.read() as session:
                return calendar_rows(session, institution_id=institution,
                                     include_completed=True)

        self._read_then_show(self.calendar.heading, read, self.calendar.show_deadlines,
                             self.tr("Reading the deadlines"))

    def _show_activity(self) -> None:
        db = self.db
        if db is None:
            return
        filters = self.activity.filters()

        def read() -> tuple[Any, Any, Any]:
            with db.read() as session:
                return (activity_choices(session), institution_choices(session),
                        activity(session, **filters))

        def show(found: tuple[Any, Any, Any]) -> None:
            (authors, tables), institutions, changes = found
            self.activity.set_choices(authors, tables, institutions)
            self.activity.show_activity(changes)

        self.activity.empty.setVisible(False)  # "no change matches" is not known yet
        self._read_then_show(self.activity.heading, read, show, self.tr("Reading the activity"))

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
