"""The history of one record (an action, an indicator) in its own window."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.services.history import Change
from app.ui.widgets.history_table import fill_history, history_table


class HistoryDialog(QDialog):
    def __init__(self, entries: list[Change], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("History"))
        self.resize(900, 420)
        self.table = history_table()
        fill_history(self.table, entries)
        empty = QLabel(self.tr("No change recorded."))
        empty.setVisible(not entries)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
