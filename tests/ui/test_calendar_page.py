"""The calendar: colours by urgency (not every row red) and a month view beside the list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor

from app.services.plan import DeadlineRow
from app.ui.pages.plan import URGENCY_COLOURS, CalendarPage, urgency

TODAY = date(2026, 12, 2)


def _deadline(identifier: str, due: date, completed: date | None = None) -> DeadlineRow:
    return DeadlineRow(identifier, due, f"Deadline {identifier}", "report", "MOJ", "", completed)


ROWS = [_deadline("late", date(2026, 11, 1)), _deadline("soon", date(2026, 12, 20)),
        _deadline("soon-too", date(2026, 12, 20)), _deadline("later", date(2027, 6, 1)),
        _deadline("done", date(2026, 12, 20), completed=date(2026, 11, 30))]


def test_deadlines_are_coloured_by_urgency():
    assert [urgency(row, TODAY) for row in ROWS] == ["overdue", "soon", "soon", "later", "done"]


def test_the_month_view_marks_days_and_selects_their_deadlines(qtbot):
    page = CalendarPage()
    qtbot.addWidget(page)
    page.when.setCurrentIndex(page.when.findData("all"))
    page.show_deadlines(ROWS, TODAY)
    colours = [page.table.item(row, 0).foreground().color().name() for row in range(5)]
    assert colours[0] == QColor(URGENCY_COLOURS["overdue"]).name()
    assert colours[1] == QColor(URGENCY_COLOURS["soon"]).name()
    assert colours[3] not in (QColor(URGENCY_COLOURS["overdue"]).name(),
                              QColor(URGENCY_COLOURS["soon"]).name())  # later: plain text
    day = page.month.dateTextFormat(QDate(2026, 12, 20))
    assert day.foreground().color().name() == QColor(URGENCY_COLOURS["soon"]).name()
    assert page.month.dateTextFormat(QDate(2026, 11, 1)).foreground().color().name() == \
        QColor(URGENCY_COLOURS["overdue"]).name()
    page._select_day(QDate(2026, 12, 20))
    assert sorted(index.row() for index in page.table.selectionModel().selectedRows()) == [
        1, 2, 4]
    page.when.setCurrentIndex(page.when.findData("overdue"))
    page.show_deadlines(ROWS, TODAY)  # marks of days no longer shown are cleared
    assert page.month.dateTextFormat(QDate(2026, 12, 20)).fontWeight() != 700
