"""The register (read-only for now): every recommendation, with its text on the right."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
from app.ui.widgets.highlight import highlight

SEARCH_DELAY_MS = 200  # results as you type, without a query per keystroke


class RecommendationsPage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RecommendationTableModel(parent=self)
        self.heading = page_heading()
        self.total = 0
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr(
            "Search reference, text and notes (Ctrl+F) — “cote ratif” finds “Côte … ratify”"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(420)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_search)

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

        self.no_match = QLabel()
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
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
        self.body.addWidget(self.no_match)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

    def show_register(self, reader: RegisterReader | None, ids: list[str]) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.total = len(ids)
        self.model.set_reader(reader, ids)
        self._show_count()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.search.text())
        self._show_count()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.query:
            self.heading.setText(self.tr("Recommendations ({0} of {1})").format(shown,
                                                                                self.total))
        else:
            self.heading.setText(self.tr("Recommendations ({0})").format(shown))
        if not self.total:
            self.body.setCurrentWidget(self.empty)
        elif not shown:
            self.no_match.setText(self.tr(
                "No recommendation matches “{0}”.\n\nEvery word must appear (as the start of a "
                "word); try fewer or shorter words.").format(self.model.query))
            self.body.setCurrentWidget(self.no_match)
        else:
            self.body.setCurrentIndex(0)
        self.detail.setHtml(
            "<p style='color:gray'>" + self.tr("Select a recommendation to read it in full.")
            + "</p>"
        )
        if shown:
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
        query = self.model.query
        self.detail.setHtml(
            f"<h3>{highlight(row.reference or self.tr('(no reference)'), query)}</h3>"
            f"<p>{highlight(row.text, query)}</p><table>{facts}</table>"
        )
