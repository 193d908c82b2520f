"""Actions and indicators side by side, with the selected indicator's chart."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.codes import ActionStatus
from app.services.plan import ActionRow, IndicatorRow
from app.ui.code_labels import code_label
from app.ui.widgets.indicator_chart import IndicatorChart
from app.ui.widgets.select_row import select_row

OVERDUE_COLOUR = "#b00020"


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(22)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _under_buttons(table: QWidget, buttons: tuple[QPushButton, ...]) -> QWidget:
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    column.addLayout(row)
    column.addWidget(table, 1)
    return holder


class PlanView(QWidget):
    add_action_requested = Signal()
    add_indicator_requested = Signal()
    record_value_requested = Signal(str)  # indicator id
    edit_action_requested = Signal(str)  # action id
    action_evidence_requested = Signal(str)  # action id
    history_requested = Signal(str, str)  # "action" | "indicator", id
    delete_requested = Signal(str, str, str)  # "action" | "indicator", id, its name
    edit_indicator_requested = Signal(str)  # indicator id

    def __init__(self, parent: QWidget | None = None, *, with_recommendations: bool = False):
        super().__init__(parent)
        self.action_table = _table([self.tr("Action"), self.tr("Status"), self.tr("Ends"),
                               self.tr("Lead"), self.tr("Supporting"), self.tr("Budget")]
                              + ([self.tr("Recommendations")] if with_recommendations else []))
        self.indicators = _table([self.tr("Indicator"), self.tr("Institution"),
                                  self.tr("Latest"), self.tr("Target"), self.tr("Progress")])
        self.indicators.itemSelectionChanged.connect(self._indicator_selected)
        self.chart = IndicatorChart()
        self.add_action_button = QPushButton(self.tr("Add action…"))
        self.add_indicator_button = QPushButton(self.tr("Add indicator…"))
        self.record_button = QPushButton(self.tr("Record value…"))
        self.add_action_button.clicked.connect(self.add_action_requested.emit)
        self.add_indicator_button.clicked.connect(self.add_indicator_requested.emit)
        self.record_button.clicked.connect(self._record)
        self.edit_action_button = QPushButton(self.tr("Edit action…"))
        self.edit_indicator_button = QPushButton(self.tr("Edit indicator…"))
        self.edit_action_button.clicked.connect(self._edit_action)
        self.action_evidence_button = QPushButton(self.tr("Evidence…"))
        self.action_evidence_button.setToolTip(self.tr("Files showing what the selected action "
                                                       "achieved"))
        self.action_evidence_button.clicked.connect(self._action_evidence)
        self.edit_indicator_button.clicked.connect(self._edit_indicator)
        self.action_table.itemDoubleClicked.connect(lambda _item: self._edit_action())
        self.indicators.itemDoubleClicked.connect(lambda _item: self._edit_indicator())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self._indicator_rows: list[IndicatorRow] = []
        self._action_rows: list[ActionRow] = []
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty, 1)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected action or indicator (an "
                                              "action that will not happen is better "
                                              "cancelled: it stays in the history of the plan)"))
        self.delete_button.clicked.connect(self._delete)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setToolTip(self.tr("Changes to the selected action or indicator"))
        self.history_button.clicked.connect(self._history)
        self._last_selected = ("action", None)
        self.action_table.itemSelectionChanged.connect(
            lambda: self._remember("action", self.selected_action()))
        self.indicators.itemSelectionChanged.connect(
            lambda: self._remember("indicator", self.selected_indicator()))
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.delete_button)
        # Each table under its own commands: two short rows fit a laptop's width in every
        # language, where one row of eight buttons did not.
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(_under_buttons(self.indicators, (
            self.add_indicator_button, self.edit_indicator_button, self.record_button)))
        right.addWidget(self.chart)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(_under_buttons(self.action_table, (
            self.add_action_button, self.edit_action_button, self.action_evidence_button)))
        body.addWidget(right)
        body.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(body, 1)
        self._with_recommendations = with_recommendations

    def status_label(self, status: str) -> str:
        return code_label(ActionStatus, status)

    def set_commands(self, can_plan: bool, can_record: bool) -> None:
        for button in (self.add_action_button, self.add_indicator_button,
                       self.edit_action_button, self.edit_indicator_button,
                       self.delete_button):
            button.setVisible(can_plan)
        self.record_button.setVisible(can_record)

    def show_plan(self, actions: list[ActionRow], indicators: list[IndicatorRow],
                  empty_text: str = "") -> None:
        shown = self.selected_indicator()
        self._action_rows, self._indicator_rows = actions, indicators
        self.action_table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            cells = [action.title, self.status_label(action.status),
                     action.end_date.isoformat() if action.end_date else "", action.lead,
                     action.supporting, action.budget]
            if self._with_recommendations:
                cells.append(action.recommendations)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2 and action.overdue:
                    item.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
                    item.setToolTip(self.tr("Past its end date and not completed"))
                self.action_table.setItem(row, column, item)
        self.indicators.setRowCount(len(indicators))
        for row, indicator in enumerate(indicators):
            progress = indicator.progress
            cells = [indicator.name, indicator.institution,
                     f"{indicator.latest:,.4g}" if indicator.latest is not None else "—",
                     f"{indicator.target[1]:,.4g} {indicator.unit}".strip()
                     if indicator.target[1] is not None else "—",
                     f"{progress:.0%}" if progress is not None else "—"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 4 and indicator.off_track():
                    item.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
                    item.setToolTip(self.tr("Off track: behind the time elapsed"))
                self.indicators.setItem(row, column, item)
        self.empty.setText(empty_text if not actions and not indicators else "")
        if indicators:
            # The same indicator stays selected; the chart is redrawn from its new row even
            # when the selection does not change (a value recorded, the target edited).
            ids = [indicator.id for indicator in indicators]
            select_row(self.indicators, ids.index(shown.id) if shown and shown.id in ids else 0)
        self.chart.show_indicator(self.selected_indicator())
        self.record_button.setEnabled(bool(indicators))

    def selected_indicator(self) -> IndicatorRow | None:
        rows = self.indicators.selectionModel().selectedRows()
        return self._indicator_rows[rows[0].row()] if rows else None

    def _indicator_selected(self) -> None:
        self.chart.show_indicator(self.selected_indicator())

    def selected_action(self) -> ActionRow | None:
        rows = self.action_table.selectionModel().selectedRows()
        return self._action_rows[rows[0].row()] if rows else None

    def _edit_action(self) -> None:
        action = self.selected_action()
        if action is not None and self.edit_action_button.isVisible():
            self.edit_action_requested.emit(action.id)

    def _edit_indicator(self) -> None:
        indicator = self.selected_indicator()
        if indicator is not None and self.edit_indicator_button.isVisible():
            self.edit_indicator_requested.emit(indicator.id)

    def _remember(self, kind: str, row) -> None:
        if row is not None:
            self._last_selected = (kind, row.id)

    def _action_evidence(self) -> None:
        if (action := self.selected_action()) is not None:
            self.action_evidence_requested.emit(action.id)

    def _delete(self) -> None:
        kind, row_id = self._last_selected
        rows = self._action_rows if kind == "action" else self._indicator_rows
        row = next((r for r in rows if r.id == row_id), None)
        if row is not None:
            name = row.title if isinstance(row, ActionRow) else row.name
            self.delete_requested.emit(kind, row.id, name)

    def _history(self) -> None:
        kind, row_id = self._last_selected
        if row_id:
            self.history_requested.emit(kind, row_id)

    def _record(self) -> None:
        indicator = self.selected_indicator()
        if indicator is not None:
            self.record_value_requested.emit(indicator.id)
