"""Saved views of the register: the search, filters and sort kept under a name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from app.services.facets import Selection
from app.services.register_reader import SortKey
from app.ui import messages
from app.ui.host_parts import RegisterPageParts
from app.ui.qt_models.recommendations import SORTABLE, Column


class SavedViewsMixin(RegisterPageParts):
    """Mixed into RecommendationsPage: uses its model, table, search, facets and view box."""

    def current_view(self) -> dict:
        sort, descending = self.model.sort_state
        return {"query": self.model.query, "selection": self.model.selection.to_json(),
                "sort": sort.value, "descending": descending}

    def open_view(self, view: dict) -> None:
        try:
            sort = SortKey(view.get("sort", SortKey.REFERENCE))
        except ValueError:
            sort = SortKey.REFERENCE
        descending = bool(view.get("descending", False))
        column = next((c for c, key in SORTABLE.items() if key == sort), Column.REFERENCE)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.model.restore_sort(sort, descending)
        query = view.get("query", "") if isinstance(view.get("query"), str) else ""
        self.search.blockSignals(True)
        self.search.setText(query)
        self.search.blockSignals(False)
        self.model.set_filter(query, Selection.from_json(view.get("selection")))
        self._show_facets()
        self._show_count()

    def _fill_view_box(self) -> None:
        self.view_box.blockSignals(True)
        self.view_box.clear()
        self.view_box.addItem(self.tr("All recommendations"))
        if self.views is not None:
            for name in self.views.names():
                self.view_box.addItem(name)
            if self.views.names():
                self.view_box.insertSeparator(1)
        self.view_box.blockSignals(False)
        self.view_box.setEnabled(self.model.reader is not None)
        self.save_view_button.setEnabled(self.model.reader is not None and self.views is not None)

    def _open_view_at(self, index: int) -> None:
        name = self.view_box.itemText(index)
        if index == 0:
            self.open_view({})
        elif self.views is not None and name in self.views.names():
            self.open_view(self.views.get(name))

    def open_named_view(self, name: str) -> None:
        self.view_box.setCurrentText(name)
        self._open_view_at(self.view_box.currentIndex())

    def save_view(self, name: str) -> None:
        if self.views is None:
            return
        self.views.put(name, self.current_view())
        self._fill_view_box()
        self.view_box.setCurrentText(name)

    def ask_and_save_view(self) -> None:
        if self.views is None:
            return
        name, accepted = QInputDialog.getText(self, self.tr("Save view"), self.tr(
            "Name of this view (search, filters and sort), e.g. “Health, no lead yet”:"))
        name = " ".join(name.split())
        if not accepted or not name:
            return
        if name in self.views.names() and not messages.confirm(
                self, self.tr("Save view"),
                self.tr("A view called “{0}” exists. Replace it?").format(name)):
            return
        self.save_view(name)
