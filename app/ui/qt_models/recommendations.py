"""Table model over recommendation ids; rows are fetched a page at a time when shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from operator import attrgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.models.codes import PositionCode, StatusCode
from app.services.facets import Selection
from app.services.register_reader import RegisterReader, SortKey
from app.services.register_rows import RecommendationRow
from app.ui.code_labels import code_labels

DISPLAY = Qt.ItemDataRole.DisplayRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_SIZE = 40  # rows read at a time: about one screen, so a new search shows at once
MAX_CACHED_ROWS = 5_000
EXCERPT_LENGTH = 160
OVERDUE_COLOUR = "#b00020"


class Column(IntEnum):
    REFERENCE = 0
    TEXT = 1
    MECHANISM = 2
    REVIEW = 3
    POSITION = 4
    LEAD = 5
    SUPPORTING = 6
    STATUS = 7
    DEADLINE = 8
    THEMES = 9
    SDGS = 10


_FIELDS = {
    Column.REFERENCE: "reference",
    Column.TEXT: "text",
    Column.MECHANISM: "mechanism",
    Column.REVIEW: "review",
    Column.POSITION: "position",
    Column.LEAD: "lead",
    Column.SUPPORTING: "supporting",
    Column.STATUS: "status",
    Column.DEADLINE: "next_deadline",
    Column.THEMES: "themes",
    Column.SDGS: "sdgs",
}
HIDDEN_AT_FIRST = (Column.DEADLINE, Column.THEMES, Column.SDGS)
SORTABLE = {
    Column.REFERENCE: SortKey.REFERENCE,
    Column.TEXT: SortKey.TEXT,
    Column.MECHANISM: SortKey.MECHANISM,
    Column.REVIEW: SortKey.REVIEW,
    Column.POSITION: SortKey.POSITION,
    Column.LEAD: SortKey.LEAD,
    Column.SUPPORTING: SortKey.SUPPORTING,
    Column.STATUS: SortKey.STATUS,
    Column.DEADLINE: SortKey.DEADLINE,
    Column.THEMES: SortKey.THEMES,
    Column.SDGS: SortKey.SDGS,
}


DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)
_ANSWERED_ROLES = frozenset({DISPLAY_ROLE, TOOLTIP_ROLE, FOREGROUND_ROLE, ID_ROLE, SORT_ROLE})
_COLUMNS = len(Column)


@dataclass(frozen=True, slots=True)
class _ShownRow:
    row: RecommendationRow
    display: tuple[str, ...]  # one value per Column, as the cell shows it


_FIELDS_IN_COLUMN_ORDER = attrgetter(*(_FIELDS[column] for column in Column))


def _display_values(row: RecommendationRow, not_assessed: str,
                    words: dict[type, dict[str, str]]) -> tuple[str, ...]:
    """`words`: code_labels(), built once per page of rows rather than per cell."""
    values = list(_FIELDS_IN_COLUMN_ORDER(row))
    values[Column.TEXT] = _excerpt(row.text)
    values[Column.POSITION] = words[PositionCode].get(row.position_code) or row.position
    values[Column.STATUS] = (words[StatusCode].get(row.status_code) or row.status
                             or not_assessed)
    return tuple(values)


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_LENGTH else flat[: EXCERPT_LENGTH - 1] + "…"


class RecommendationTableModel(QAbstractTableModel):
    def __init__(self, reader: RegisterReader | None = None, parent=None):
        super().__init__(parent)
        self._reader = reader
        self._ids: Sequence[str] = []
        self._count = 0  # len(self._ids), asked for every cell painted
        self._cache: dict[str, _ShownRow | None] = {}
        self.query = ""
        self.selection = Selection()
        self._sort = (SortKey.REFERENCE, False)

    def headers(self) -> dict[Column, str]:
        return {
            Column.REFERENCE: self.tr("Ref."),
            Column.TEXT: self.tr("Recommendation"),
            Column.MECHANISM: self.tr("Mechanism"),
            Column.REVIEW: self.tr("Review"),
            Column.POSITION: self.tr("Position"),
            Column.LEAD: self.tr("Lead"),
            Column.SUPPORTING: self.tr("Supporting"),
            Column.STATUS: self.tr("Status"),
            Column.DEADLINE: self.tr("Next deadline"),
            Column.THEMES: self.tr("Themes"),
            Column.SDGS: self.tr("SDGs"),
        }

    def set_reader(self, reader: RegisterReader | None, ids: list[str] | None = None) -> None:
        self.beginResetModel()
        self._reader = reader
        self._show(list(ids or []))
        self._cache.clear()
        self.query = ""
        self.selection = Selection()
        self.endResetModel()

    @property
    def reader(self) -> RegisterReader | None:
        return self._reader

    def set_query(self, query: str) -> None:
        """Show only the recommendations matching the words typed (all of them, when empty)."""
        self.set_filter(query, self.selection)

    def set_filter(self, query: str, selection: Selection) -> None:
        """Show the recommendations matching the words typed and the ticked facet values."""
        if self._reader is None:
            return
        ids = self._reader.listing(*self._sort, query=query.strip(), selection=selection)
        self.beginResetModel()
        self.query = query.strip()
        self.selection = selection
        self._show(ids)
        self.endResetModel()

    def _show(self, ids: Sequence[str]) -> None:
        self._ids = ids
        self._count = len(ids)

    @property
    def sort_state(self) -> tuple[SortKey, bool]:
        return self._sort

    def restore_sort(self, sort: SortKey, descending: bool) -> None:
        """Sets the order the next set_filter uses (a reopened view, a refresh)."""
        self._sort = (sort, descending)

    def rows_of(self, ids: set[str]) -> list[int]:
        return [row for row, rec_id in enumerate(self._ids) if rec_id in ids] if ids else []

    def recommendation_id(self, row: int) -> str:
        return self._ids[row]

    def row_data(self, row: int) -> RecommendationRow | None:
        shown = self._shown(row)
        return shown.row if shown is not None else None

    def _shown(self, row: int) -> _ShownRow | None:
        rec_id = self._ids[row]
        if rec_id not in self._cache:
            if len(self._cache) > MAX_CACHED_ROWS:
                self._cache.clear()
            start = row - row % PAGE_SIZE
            page = self._ids[start : start + PAGE_SIZE]
            loaded = {r.id: r for r in self._reader.rows(page)} if self._reader else {}
            not_assessed, words = self.tr("Not assessed"), code_labels()
            for page_id in page:
                found = loaded.get(page_id)
                self._cache[page_id] = (_ShownRow(found, _display_values(
                    found, not_assessed, words)) if found is not None else None)
        return self._cache[rec_id]

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own index() asks rowCount() and columnCount() through Python each time, for
        # every cell painted; the bounds are checked here in one call instead.
        if parent.isValid() or not (0 <= row < self._count and 0 <= column < _COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):
        # Called for every role of every visible cell at each paint: the cheap refusals come
        # first and the displayed values are computed once per row, when its page is loaded.
        if role not in _ANSWERED_ROLES:
            return None
        row_number = index.row()  # -1 for an invalid index
        if not 0 <= row_number < self._count:
            return None
        if role == ID_ROLE:
            return self._ids[row_number]
        shown = self._shown(row_number)
        if shown is None:
            return None
        column = index.column()
        if role == DISPLAY_ROLE:
            return shown.display[column]
        row = shown.row
        if role == FOREGROUND_ROLE:
            overdue = column == Column.DEADLINE and row.overdue
            return QBrush(QColor(OVERDUE_COLOUR)) if overdue else None
        if role == TOOLTIP_ROLE:
            # Narrow cells cut long values: the tooltip gives them whole.
            if column == Column.REVIEW:
                return row.symbol or None
            if column == Column.DEADLINE and row.overdue:
                return self.tr("Overdue since {0}").format(row.next_deadline)
            if column == Column.TEXT:
                return row.text or None
            return shown.display[column] or None
        value = shown.display[column]  # SORT_ROLE: the whole text, not the excerpt
        return row.text if column == Column.TEXT else value

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return self.headers()[Column(section)]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._reader is None or Column(column) not in SORTABLE:
            return
        self._sort = (SORTABLE[Column(column)], order == Qt.SortOrder.DescendingOrder)
        ids = self._reader.listing(*self._sort, query=self.query, selection=self.selection)
        self.layoutAboutToBeChanged.emit()
        self._show(ids)
        self.layoutChanged.emit()
