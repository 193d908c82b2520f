"""The filter panel beside the register: one group per facet, a tick box and a count per value."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.codes import PositionCode, StatusCode, WorkflowState
from app.services.facets import DUE_SOON, NO_LEAD, OVERDUE, Facet, FacetCount, Selection
from app.services.status import NOT_ASSESSED
from app.ui.code_labels import code_labels
from app.ui.widgets.tree_items import children, top_level_items

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
FACET_ROLE = Qt.ItemDataRole.UserRole + 2
# Long lists (themes, institutions) open collapsed so the short ones stay in view.
COLLAPSED_ABOVE = 8


class FacetPanel(QWidget):
    selection_changed = Signal(object)  # Selection

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._selection = Selection()
        self._expanded: dict[Facet, bool] = {}
        # Closed groups whose values are made when first opened
        self._unfilled: dict[Facet, tuple[QTreeWidgetItem, list[FacetCount]]] = {}
        title = QLabel(self.tr("Filters"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show all recommendations again"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setEnabled(False)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(12)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemExpanded.connect(lambda item: self._remember(item, True))
        self.tree.itemCollapsed.connect(lambda item: self._remember(item, False))
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

    def titles(self) -> dict[Facet, str]:
        return {
            Facet.DEADLINE: self.tr("Deadlines"),
            Facet.REPORT: self.tr("Progress reports"),
            Facet.LEAD: self.tr("Lead institution"),
            Facet.SUPPORTING: self.tr("Supporting institution"),
            Facet.STATUS: self.tr("Status"),
            Facet.MECHANISM: self.tr("Mechanism"),
            Facet.REVIEW: self.tr("Review / cycle"),
            Facet.POSITION: self.tr("Position"),
            Facet.THEME: self.tr("Theme"),
            Facet.AFFECTED: self.tr("Affected persons"),
            Facet.SDG: self.tr("SDG goal"),
            Facet.CLUSTER: self.tr("Cluster"),
        }

    def _special_labels(self) -> dict[tuple[Facet, str], str]:
        """Values the services name with a code: worded here so they are translated."""
        return {
            (Facet.LEAD, NO_LEAD): self.tr("(no lead institution yet)"),
            (Facet.DEADLINE, OVERDUE): self.tr("Overdue"),
            (Facet.DEADLINE, DUE_SOON): self.tr("Due in the next 30 days"),
            (Facet.STATUS, NOT_ASSESSED): self.tr("Not assessed"),
        } | {(facet, code): words for facet, kind in ((Facet.REPORT, WorkflowState),
                                                      (Facet.STATUS, StatusCode),
                                                      (Facet.POSITION, PositionCode))
             for code, words in code_labels()[kind].items()}

    @property
    def selection(self) -> Selection:
        return self._selection

    def show_counts(self, counts: dict[Facet, list[FacetCount]], selection: Selection) -> None:
        """Rebuilds the tree with fresh counts, keeping ticks, open groups and scroll position.

        A closed group gets its values when it is opened: a common word matches hundreds of
        reviews, and making their items on every search took 12 ms of the 60 the window
        needs for it on a register of 100,000."""
        self._selection = selection
        self._unfilled = {}
        scroll = self.tree.verticalScrollBar().value()
        special_labels = self._special_labels()
        with QSignalBlocker(self.tree):
            self.tree.clear()
            for facet, title in self.titles().items():
                entries = counts.get(facet, [])
                if not entries:
                    continue
                chosen = selection.values.get(facet, frozenset())
                group = QTreeWidgetItem([title + (f"  ({len(chosen)})" if chosen else "")])
                group.setData(0, FACET_ROLE, facet.value)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self.tree.addTopLevelItem(group)
                open_by_default = bool(chosen) or len(entries) <= COLLAPSED_ABOVE
                if self._expanded.get(facet, open_by_default) or bool(chosen):
                    self._add_values(group, facet, entries, special_labels)
                    group.setExpanded(True)
                else:
                    group.setChildIndicatorPolicy(
                        QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                    self._unfilled[facet] = (group, entries)
        self.tree.verticalScrollBar().setValue(scroll)
        self.clear_button.setEnabled(bool(selection))

    def _add_values(self, group: QTreeWidgetItem, facet: Facet, entries: list[FacetCount],
                    special_labels: dict[tuple[Facet, str], str]) -> None:
        chosen = self._selection.values.get(facet, frozenset())
        with QSignalBlocker(self.tree):
            for entry in entries:
                label = special_labels.get((facet, entry.value)) or entry.label
                child = QTreeWidgetItem([label, f"{entry.count:,}"])
                child.setData(0, VALUE_ROLE, entry.value)
                child.setData(0, FACET_ROLE, facet.value)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked if entry.value in chosen
                                    else Qt.CheckState.Unchecked)
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
                tooltip = f"{label} — {entry.detail}" if entry.detail and \
                    facet in (Facet.MECHANISM, Facet.LEAD, Facet.SUPPORTING) else label
                child.setToolTip(0, tooltip)
                if not entry.count:
                    child.setForeground(0, self.palette().placeholderText())
                group.addChild(child)

    def _fill_when_opened(self, facet: Facet) -> None:
        if facet in self._unfilled:
            group, entries = self._unfilled.pop(facet)
            self._add_values(group, facet, entries, self._special_labels())

    def _remember(self, item: QTreeWidgetItem, expanded: bool) -> None:
        facet = item.data(0, FACET_ROLE)
        if facet and item.parent() is None:
            self._expanded[Facet(facet)] = expanded
            if expanded:
                self._fill_when_opened(Facet(facet))

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(0, VALUE_ROLE)
        if value is None:
            return
        facet = Facet(item.data(0, FACET_ROLE))
        chosen = set(self._selection.values.get(facet, frozenset()))
        if item.checkState(0) == Qt.CheckState.Checked:
            chosen.add(value)
        else:
            chosen.discard(value)
        self._selection = self._selection.with_values(facet, chosen)
        self.selection_changed.emit(self._selection)

    def set_checked(self, facet: Facet, value: str, checked: bool = True) -> None:
        """Ticks a value as a person would (tests, and "show this cluster")."""
        self._fill_when_opened(facet)
        for group in top_level_items(self.tree):
            if group.data(0, FACET_ROLE) != facet.value:
                continue
            for child in children(group):
                if child.data(0, VALUE_ROLE) == value:
                    child.setCheckState(0, Qt.CheckState.Checked if checked
                                        else Qt.CheckState.Unchecked)
                    return
        raise KeyError(f"{facet.value}={value} is not offered in the filter panel")

    def clear(self) -> None:
        self._selection = Selection()
        self.selection_changed.emit(self._selection)
