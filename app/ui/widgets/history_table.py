"""A table of changes: when, who, what, field, before → after (from the change log)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.local_time import local_time_text
from app.services.detail import HistoryEntry
from app.ui.change_words import ChangeWords


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryTable", text)


def history_table() -> QTableWidget:
    table = QTableWidget(0, 6)
    table.setHorizontalHeaderLabels([_tr("When"), _tr("Who"), _tr("What"), _tr("Field"),
                                     _tr("Before"), _tr("After")])
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(22)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    # Sized once after filling: ResizeToContents would re-measure every row at every item.
    for column in range(4):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
    return table


def fill_history(table: QTableWidget, entries: list[HistoryEntry]) -> None:
    table.setUpdatesEnabled(False)
    table.setRowCount(0)
    table.setRowCount(len(entries))
    words = ChangeWords()
    for row, entry in enumerate(entries):
        cells = (local_time_text(entry.when), entry.author,
                 words.what(entry.what, entry.operation), words.field(entry.field),
                 words.value(entry.field, entry.old), words.value(entry.field, entry.new))
        for column, text in enumerate(cells):
            item = QTableWidgetItem(" ".join(text.split()))
            item.setToolTip(text)
            table.setItem(row, column, item)
    for column in range(4):
        table.resizeColumnToContents(column)
    table.setUpdatesEnabled(True)
    table.scrollToTop()
