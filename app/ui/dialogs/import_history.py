"""File > Import history…: every file imported into this database."""

from __future__ import annotations

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

from app.services.imports import ImportHistoryRow


class ImportHistoryDialog(QDialog):
    def __init__(self, rows: list[ImportHistoryRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import history"))
        self.resize(980, 420)
        headers = [self.tr("When"), self.tr("File"), self.tr("Format"), self.tr("By"),
                   self.tr("New"), self.tr("Updated"), self.tr("Unchanged"), self.tr("Rejected"),
                   self.tr("To confirm")]
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for index, row in enumerate(rows):
            values = [row.imported_at.strftime("%Y-%m-%d %H:%M"), row.file_name, row.format,
                      row.imported_by, row.created, row.updated, row.unchanged, row.rejected,
                      row.to_confirm]
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if column == 1:
                    item.setToolTip(self.tr("SHA-256 {0}").format(row.sha256))
                self.table.setItem(index, column, item)
        empty = QLabel(self.tr("Nothing has been imported into this database yet."))
        empty.setVisible(not rows)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
