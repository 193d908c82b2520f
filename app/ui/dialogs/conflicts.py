"""Conflict review: base, secretariat and incoming values side by side; keep one, take the
other or write a merged value, always with a justification."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.exchange.conflicts import KEEP_MASTER, MERGED, TAKE_INCOMING, ConflictView
from app.local_time import local_time_text
from app.ui.change_words import ChangeWords
from app.ui.widgets.inputs import TextBox
from app.ui.widgets.select_row import select_row


def shown_value(value) -> str:
    """A value as a person types it: 75 rather than 75.0 beside 70, text without quotes."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ConflictReviewDialog(QDialog):
    """resolve(conflict_id, choice, justification, merged_value) runs the service (off the UI
    thread, by the window) and calls back with the remaining conflicts."""

    def __init__(self, conflicts: list[ConflictView],
                 resolve: Callable[[str, str, str, object], None], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review conflicts"))
        self.resize(1100, 620)
        self.resolve = resolve
        self.conflicts: list[ConflictView] = []
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("Field"),
                                              self.tr("Institution"), self.tr("Changed by"),
                                              self.tr("When")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda *_: self._show_current())

        self.base = TextBox()
        self.master = TextBox()
        self.incoming = TextBox()
        for box in (self.base, self.master, self.incoming):
            box.setReadOnly(True)
        self.merged = TextBox()
        self.merged.setPlaceholderText(self.tr("A merged value, if neither side is right"))
        self.justification = QLineEdit()
        self.justification.setPlaceholderText(self.tr(
            "Why this value (required; the institution will read it)"))
        self.keep_button = QPushButton(self.tr("Keep the secretariat's"))
        self.take_button = QPushButton(self.tr("Take the institution's"))
        self.merge_button = QPushButton(self.tr("Use the merged value"))
        self.keep_button.clicked.connect(lambda: self._decide(KEEP_MASTER))
        self.take_button.clicked.connect(lambda: self._decide(TAKE_INCOMING))
        self.merge_button.clicked.connect(lambda: self._decide(MERGED))
        self.empty = QLabel(self.tr("No conflict waits for review."))
        self.error = QLabel()
        self.error.setStyleSheet("color: #a00000;")
        self.error.setWordWrap(True)

        sides = QGridLayout()
        self.side_labels = [QLabel(), QLabel(), QLabel()]
        for column, (label, box) in enumerate(zip(self.side_labels,
                                                  (self.base, self.master, self.incoming),
                                                  strict=True)):
            sides.addWidget(label, 0, column)
            sides.addWidget(box, 1, column)
        decision = QHBoxLayout()
        for button in (self.keep_button, self.take_button, self.merge_button):
            decision.addWidget(button)
        decision.addStretch(1)
        detail = QWidget()
        stacked = QVBoxLayout(detail)
        stacked.addLayout(sides, 2)
        stacked.addWidget(QLabel(self.tr("Merged value")))
        stacked.addWidget(self.merged, 1)
        stacked.addWidget(QLabel(self.tr("Justification")))
        stacked.addWidget(self.justification)
        stacked.addWidget(self.error)
        stacked.addLayout(decision)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setSizes([200, 420])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.show_conflicts(conflicts)

    def show_conflicts(self, conflicts: list[ConflictView]) -> None:
        self.conflicts = conflicts
        words = ChangeWords()
        self.table.setRowCount(len(conflicts))
        for row, conflict in enumerate(conflicts):
            when = local_time_text(conflict.incoming_at)
            for column, text in enumerate((conflict.about, words.field(conflict.field),
                                           conflict.institution, conflict.incoming_author,
                                           when)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.empty.setVisible(not conflicts)
        for widget in (self.keep_button, self.take_button, self.merge_button,
                       self.justification, self.merged):
            widget.setEnabled(bool(conflicts))
        if conflicts:
            select_row(self.table, 0)
        self._show_current()

    def current(self) -> ConflictView | None:
        row = self.table.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_current(self) -> None:
        conflict = self.current()
        self.error.clear()
        institution = conflict.institution if conflict else ""
        self.side_labels[0].setText(self.tr("<b>Before both changes</b> (base)"))
        self.side_labels[1].setText(self.tr("<b>Secretariat</b> (now)"))
        self.side_labels[2].setText(self.tr("<b>{0}</b> (incoming)").format(
            institution or self.tr("Institution")))
        self.base.setPlainText(shown_value(conflict.base) if conflict else "")
        self.master.setPlainText(shown_value(conflict.master) if conflict else "")
        self.incoming.setPlainText(shown_value(conflict.incoming) if conflict else "")
        self.merged.setPlainText(shown_value(conflict.incoming) if conflict else "")
        self.justification.clear()

    def _decide(self, choice: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        if not self.justification.text().strip():
            self.error.setText(self.tr("Write a justification first: the institution will "
                                       "read why this value was kept."))
            self.justification.setFocus()
            return
        merged = None
        if choice == MERGED:
            text = self.merged.toPlainText()
            merged = text if isinstance(conflict.incoming, str) or conflict.incoming is None \
                else _parse(text)
        self.resolve(conflict.id, choice, self.justification.text(), merged)

    def show_error(self, text: str) -> None:
        self.error.setText(text)


def _parse(text: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text
