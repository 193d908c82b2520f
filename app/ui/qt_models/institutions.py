"""Table model over the institutions list (a few dozen rows, loaded at once)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.directory import InstitutionRow

DISPLAY = Qt.ItemDataRole.DisplayRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    CODE = 0
    NAME = 1
    FOCAL_POINT = 2
    ALTERNATE = 3
    VALIDATOR = 4
    LEADS = 5
    SUPPORTS = 6


_FIELDS = {
    Column.CODE: "code",
    Column.NAME: "name",
    Column.FOCAL_POINT: "focal_point",
    Column.ALTERNATE: "alternate",
    Column.VALIDATOR: "validating_authority",
    Column.LEADS: "lead_count",
    Column.SUPPORTS: "supporting_count",
}


class InstitutionTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[InstitutionRow] = []

    def set_rows(self, rows: list[InstitutionRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_id(self, row: int) -> str:
        return self._rows[row].id

    def row_code(self, row: int) -> str:
        return self._rows[row].code

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(row, _FIELDS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.LEADS, Column.SUPPORTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = {
            Column.CODE: self.tr("Code"),
            Column.NAME: self.tr("Institution"),
            Column.FOCAL_POINT: self.tr("Focal point"),
            Column.ALTERNATE: self.tr("Alternate"),
            Column.VALIDATOR: self.tr("Validating authority"),
            Column.LEADS: self.tr("Leads"),
            Column.SUPPORTS: self.tr("Supports"),
        }
        return headers.get(Column(section)) if 0 <= section < len(Column) else None
