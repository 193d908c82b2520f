"""The whole plan (actions and indicators) and the calendar of deadlines."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.tracking import ACTION_STATUSES
from app.services.plan import ActionRow, DeadlineRow, IndicatorRow
from app.ui.change_words import ChangeWords
from app.ui.widgets.heading import page_heading
from app.ui.widgets.plan_view import OVERDUE_COLOUR, PlanView
from app.ui.widgets.select_row import select_row

DUE_SOON_DAYS = 30
# Colours by urgency: overdue, due within DUE_SOON_DAYS, later (the text's own), completed.
URGENCY_COLOURS = {"overdue": OVERDUE_COLOUR, "soon": "#9a5b00", "done": "#6b6b6b"}
URGENCY_ORDER = ("overdue", "soon", "later", "done")


def urgency(deadline: DeadlineRow, today: date) -> str:
    if deadline.completed_on is not None:
        return "done"
    if deadline.due_date < today:
        return "overdue"
    return "soon" if deadline.due_date <= today + timedelta(days=DUE_SOON_DAYS) else "later"


def _institution_box(tip: str) -> QComboBox:
    box = QComboBox()
    box.setMinimumWidth(220)
    box.setToolTip(tip)
    return box


def _top_bar(heading: QLabel, *filters: tuple[str, QWidget]) -> QHBoxLayout:
    """The page title on the left, labelled filters on the right."""
    bar = QHBoxLayout()
    bar.addWidget(heading)
    bar.addStretch(1)
    for label, widget in filters:
        bar.addWidget(QLabel(label))
        bar.addWidget(widget)
    return bar


def _fill_institutions(box: QComboBox, everyone: str, institutions: list[tuple[str, str]]):
    keep = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(everyone, None)
    for institution_id, label in institutions:
        box.addItem(label, institution_id)
    box.setCurrentIndex(max(0, box.findData(keep)))
    box.blockSignals(False)


class PlanPage(QWidget):
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = page_heading()
        self.institution = _institution_box(self.tr("Actions led or supported by"))
        self.status = QComboBox()
        self.view = PlanView(with_recommendations=True)
        self.status.addItem(self.tr("Every status"), None)
        for status in ACTION_STATUSES:
            self.status.addItem(self.view.status_label(status), status)
        self.institution.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.status.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        layout = QVBoxLayout(self)
        layout.addLayout(_top_bar(self.heading, (self.tr("Institution:"), self.institution),
                                  (self.tr("Status:"), self.status)))
        layout.addWidget(self.view, 1)

    def set_institutions(self, institutions: list[tuple[str, str]]) -> None:
        _fill_institutions(self.institution, self.tr("Every institution"), institutions)

    def show_plan(self, actions: list[ActionRow], indicators: list[IndicatorRow]) -> None:
        overdue = sum(1 for a in actions if a.overdue)
        off = sum(1 for i in indicators if i.off_track())
        self.heading.setText(self.tr("Plan — actions: {0} ({1} overdue) · indicators: {2} ({3} "
                                     "off track)").format(len(actions), overdue,
                                                          len(indicators), off))
        self.view.show_plan(actions, indicators, self.tr(
            "Nothing planned yet. Actions and indicators are added from a recommendation "
            "(its Plan tab) or here."))


class CalendarPage(QWidget):
    filters_changed = Signal()
    add_requested = Signal()
    complete_requested = Signal(str)  # deadline id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._words = ChangeWords()
        self.heading = page_heading()
        self.when = QComboBox()
        for key, label in (("overdue", self.tr("Overdue")),
                           ("soon", self.tr("Overdue or due in 30 days")),
                           ("open", self.tr("Everything still open")),
                           ("all", self.tr("Everything, completed too"))):
            self.when.addItem(label, key)
        self.when.setCurrentIndex(1)
        self.institution = _institution_box(self.tr("Deadlines of"))
        self.when.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.institution.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Due"), self.tr("What"), self.tr("Kind"),
                                              self.tr("Institution"), self.tr("Concerns")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel()
        self.add_button = QPushButton(self.tr("Add deadline…"))
        self.complete_button = QPushButton(self.tr("Mark completed"))
        self.add_button.clicked.connect(self.add_requested.emit)
        self.complete_button.clicked.connect(self._complete)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # The month view: each day with a deadline in the colour of its most urgent one;
        # clicking a day selects its deadlines in the list.
        self.month = QCalendarWidget()
        self.month.setGridVisible(True)
        self.month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.month.setFixedWidth(320)
        self.month.clicked.connect(self._select_day)
        plain = QTextCharFormat()  # weekends not in red: red means overdue here
        plain.setForeground(self.palette().text())
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.month.setWeekdayTextFormat(weekend, plain)
        self._marked: list[QDate] = []
        self._shown: list[DeadlineRow] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.complete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(_top_bar(self.heading, (self.tr("Show:"), self.when),
                                  (self.tr("Institution:"), self.institution)))
        layout.addLayout(buttons)
        side = QVBoxLayout()
        side.addWidget(self.month)
        legend = QLabel(self.tr(
            "<span style='color:{0}'>■</span> overdue &nbsp; <span style='color:{1}'>■</span> "
            "due within 30 days &nbsp; ■ later &nbsp; <span style='color:{2}'>■</span> "
            "completed").format(URGENCY_COLOURS["overdue"], URGENCY_COLOURS["soon"],
                                URGENCY_COLOURS["done"]))
        legend.setWordWrap(True)
        side.addWidget(legend)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout.addLayout(body, 1)

    def set_institutions(self, institutions: list[tuple[str, str]]) -> None:
        _fill_institutions(self.institution, self.tr("Every institution"), institutions)

    def kind_label(self, kind: str) -> str:
        return self._words.value("kind", kind)

    def show_deadlines(self, rows: list[DeadlineRow], today: date | None = None) -> None:
        today = today or date.today()
        when = self.when.currentData()
        soon = today + timedelta(days=DUE_SOON_DAYS)
        shown = [r for r in rows if
                 (when == "overdue" and r.completed_on is None and r.due_date < today)
                 or (when == "soon" and r.completed_on is None and r.due_date <= soon)
                 or (when == "open" and r.completed_on is None) or when == "all"]
        overdue = sum(1 for r in rows if r.completed_on is None and r.due_date < today)
        self.heading.setText(self.tr("Calendar: {0} shown, {1} overdue").format(len(shown),
                                                                                overdue))
        self.table.setRowCount(len(shown))
        days: dict[date, str] = {}
        for row, deadline in enumerate(shown):
            level = urgency(deadline, today)
            done = f" ✓ {deadline.completed_on}" if deadline.completed_on else ""
            cells = (deadline.due_date.isoformat() + done, deadline.title,
                     self.kind_label(deadline.kind), deadline.institution, deadline.concerns)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if level in URGENCY_COLOURS:
                    item.setForeground(QBrush(QColor(URGENCY_COLOURS[level])))
                self.table.setItem(row, column, item)
            before = days.get(deadline.due_date, "done")
            days[deadline.due_date] = min(before, level, key=URGENCY_ORDER.index)
        self._mark_days(days)
        self.empty.setText(self.tr("Nothing to show for this choice.") if not shown else "")
        self._shown = shown
        self._update_buttons()

    def _mark_days(self, days: dict[date, str]) -> None:
        for marked in self._marked:
            self.month.setDateTextFormat(marked, QTextCharFormat())
        self._marked = []
        for day, level in days.items():
            mark = QTextCharFormat()
            mark.setFontWeight(QFont.Weight.Bold)
            if level in URGENCY_COLOURS:
                mark.setForeground(QBrush(QColor(URGENCY_COLOURS[level])))
            shown = QDate(day.year, day.month, day.day)
            self.month.setDateTextFormat(shown, mark)
            self._marked.append(shown)

    def _select_day(self, day: QDate) -> None:
        chosen = date(day.year(), day.month(), day.day())
        rows = [row for row, deadline in enumerate(self._shown) if deadline.due_date == chosen]
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in rows:
            select_row(self.table, row)
        self.table.setSelectionMode(mode)
        if rows and (first := self.table.item(rows[0], 0)) is not None:
            self.table.scrollToItem(first)

    def selected_deadline(self) -> DeadlineRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows and rows[0].row() < len(self._shown) else None

    def _update_buttons(self) -> None:
        deadline = self.selected_deadline()
        self.complete_button.setEnabled(deadline is not None and deadline.completed_on is None)

    def _complete(self) -> None:
        deadline = self.selected_deadline()
        if deadline is not None:
            self.complete_requested.emit(deadline.id)
