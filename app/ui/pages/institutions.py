"""Institutions and their focal points (read-only for now)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.directory import InstitutionRow
from app.ui.qt_models.institutions import Column, InstitutionTableModel
from app.ui.widgets.heading import page_heading


class InstitutionsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = InstitutionTableModel(self)
        self.heading = page_heading()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.CODE, 70), (Column.FOCAL_POINT, 150), (Column.ALTERNATE, 150),
                              (Column.VALIDATOR, 160), (Column.LEADS, 60), (Column.SUPPORTS, 75)):
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)

    def show_institutions(self, rows: list[InstitutionRow]) -> None:
        self.model.set_rows(rows)
        self.heading.setText(self.tr("Institutions and focal points ({0})").format(len(rows)))
