"""Filling the plan, calendar and activity pages of the main window from the services."""

from __future__ import annotations

from app.services.detail import activity, activity_choices
from app.services.permissions import FOCAL_POINT, SECRETARIAT
from app.services.plan import calendar_rows


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
