"""File > Import history…: every file imported into this database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.local_time import local_time_text
from app.models.codes import ImportFormat
from app.services.imports import ImportHistoryRow
from app.ui.code_labels import code_labels

WHEN, FILE, FORMAT, BY, NEW, UPDATED, UNCHANGED, REJECTED, TO_CONFIRM = range(9)
COUNT_COLUMNS = (NEW, UPDATED, UNCHANGED, REJECTED, TO_CONFIRM)


class ImportHistoryDialog(QDialog):
    def __init__(self, rows: list[ImportHistoryRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import history"))
        self.resize(980, 420)
        formats = code_labels()[ImportFormat]
        headers = [self.tr("When"), self.tr("File"), self.tr("Format"), self.tr("By"),
                   self.tr("New"), self.tr("Updated"), self.tr("Unchanged"), self.tr("Rejected"),
                   self.tr("To confirm")]
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        # One line per file; a long export name keeps its start and its date-stamped end.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for index, row in enumerate(rows):
            values = {WHEN: local_time_text(row.imported_at), FILE: row.file_name,
                      FORMAT: formats.get(row.format, row.format), BY: row.imported_by,
                      NEW: row.created, UPDATED: row.updated, UNCHANGED: row.unchanged,
                      REJECTED: row.rejected, TO_CONFIRM: row.to_confirm}
            for column, value in values.items():
                if column in COUNT_COLUMNS:
                    item = QTableWidgetItem(f"{value:,}")
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                else:
                    item = QTableWidgetItem(str(value))
                if column == FILE:
                    item.setToolTip(self.tr("{0}\nSHA-256 {1}").format(row.file_name,
                                                                       row.sha256))
                self.table.setItem(index, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        empty = QLabel(self.tr("Nothing has been imported into this database yet."))
        empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
