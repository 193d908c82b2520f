"""The register (read-only for now): every recommendation, with its text on the right."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog import RegisterReader
from app.ui.qt_models.recommendations import Column, RecommendationTableModel
from app.ui.widgets.heading import page_heading


class RecommendationsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RecommendationTableModel(parent=self)
        self.heading = page_heading()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.REFERENCE, 62), (Column.MECHANISM, 84), (Column.REVIEW, 104),
                              (Column.POSITION, 124), (Column.LEAD, 58), (Column.SUPPORTING, 84),
                              (Column.STATUS, 152)):
            header.resizeSection(column, width)
        header.setSortIndicator(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setMinimumWidth(240)

        self.empty = QLabel(self.tr(
            "No recommendations in this database yet.\n\n"
            "Import them with File > Import recommendations… (Ctrl+I): OHCHR matrices of "
            "recommendations (.docx) and UPR Info exports (.csv)."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([960, 270])
        self.body = QStackedWidget()
        self.body.addWidget(splitter)
        self.body.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)

    def show_register(self, reader: RegisterReader | None, ids: list[str]) -> None:
        self.model.set_reader(reader, ids)
        self.heading.setText(self.tr("Recommendations ({0})").format(len(ids)))
        self.body.setCurrentWidget(self.empty if not ids else self.body.widget(0))
        self.detail.setHtml(
            "<p style='color:gray'>" + self.tr("Select a recommendation to read it in full.")
            + "</p>"
        )
        if ids:
            self.table.selectRow(0)

    def _show_detail(self, current, _previous) -> None:
        if not current.isValid():
            return
        row = self.model.row_data(current.row())
        if row is None:
            return
        labels = (
            (self.tr("Mechanism"), row.mechanism),
            (self.tr("Review"), f"{row.review} {row.symbol}".strip()),
            (self.tr("Position"), row.position),
            (self.tr("Lead institution"), row.lead or self.tr("not assigned yet")),
            (self.tr("Supporting"), row.supporting or "—"),
            (self.tr("Status"), row.status or self.tr("Not assessed")),
        )
        facts = "".join(
            f"<tr><td style='color:gray;padding-right:8px'>{escape(k)}</td>"
            f"<td>{escape(v)}</td></tr>" for k, v in labels
        )
        self.detail.setHtml(
            f"<h3>{escape(row.reference or self.tr('(no reference)'))}</h3>"
            f"<p>{escape(row.text)}</p><table>{facts}</table>"
        )
