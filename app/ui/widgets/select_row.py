"""Selecting a table's row in every layout direction."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QTableView


def select_row(table: QTableView, row: int) -> None:
    """What QTableView.selectRow does, right to left too: under an Arabic layout Qt 6.10
    looks for a column one pixel past the last one when the columns fill the view, finds
    none, and selects nothing. The row is selected through the selection model instead
    (added to the others under MultiSelection, as selectRow does)."""
    model = table.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    adding = table.selectionMode() == QAbstractItemView.SelectionMode.MultiSelection
    flags = ((QItemSelectionModel.SelectionFlag.Select if adding
              else QItemSelectionModel.SelectionFlag.ClearAndSelect)
             | QItemSelectionModel.SelectionFlag.Rows)
    table.selectionModel().setCurrentIndex(model.index(row, 0), flags)
    table.scrollTo(model.index(row, 0))
