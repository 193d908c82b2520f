"""Clusters: list, create, rename, merge, delete, assign a lead to all, show in the register."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import clusters
from app.ui.register_actions import RegisterActions

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3


class ClustersDialog(QDialog):
    show_requested = Signal(str)  # cluster id

    def __init__(self, actions: RegisterActions, parent: QWidget | None = None):
        super().__init__(parent)
        self.register_actions = actions
        self.setWindowTitle(self.tr("Clusters"))
        self.resize(620, 440)
        intro = QLabel(self.tr(
            "A cluster groups recommendations that are followed up together (one plan, one "
            "lead). Add recommendations from the register: select them, then Edit > Add to "
            "cluster…"))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda _item: self._show())
        self.empty = QLabel(self.tr("No clusters yet. Create one with New…, or select "
                                    "recommendations in the register and add them to a new "
                                    "cluster."))
        self.empty.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.merge_button = QPushButton(self.tr("Merge selected"))
        self.merge_button.setToolTip(self.tr(
            "Select two or more clusters: all their recommendations go into the one highest in "
            "the list, and the others are deleted (Edit > Undo brings them back)."))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.lead_button = QPushButton(self.tr("Set lead for all…"))
        self.show_button = QPushButton(self.tr("Show in register"))
        self.new_button.clicked.connect(actions.create_cluster)
        self.rename_button.clicked.connect(self._rename)
        self.merge_button.clicked.connect(self._merge)
        self.delete_button.clicked.connect(self._delete)
        self.lead_button.clicked.connect(self._set_lead)
        self.show_button.clicked.connect(self._show)
        buttons = QVBoxLayout()
        for button in (self.new_button, self.rename_button, self.merge_button,
                       self.delete_button, self.lead_button, self.show_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        column = QVBoxLayout()
        column.addWidget(self.list, 1)
        column.addWidget(self.empty)
        row.addLayout(column, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row, 1)
        layout.addWidget(close)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        actions.changed.connect(self.reload)
        # Closing ends the connection: a dialog opened each meeting must not linger behind.
        self.finished.connect(lambda _result: actions.changed.disconnect(self.reload))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.reload()

    def reload(self, _changed: object = None) -> None:
        if self.register_actions.db is None:
            return
        selected = {item.data(ID_ROLE) for item in self.list.selectedItems()}
        with self.register_actions.db.read() as session:
            rows = clusters.cluster_list(session)
        self.list.clear()
        for cluster_id, name, count in rows:
            item = QListWidgetItem(self.tr("{0}  —  %n recommendation(s)", "", count).format(name))
            item.setData(ID_ROLE, cluster_id)
            item.setData(NAME_ROLE, name)
            item.setData(COUNT_ROLE, count)
            self.list.addItem(item)
            item.setSelected(cluster_id in selected)
        self.empty.setVisible(not rows)
        self.list.setVisible(bool(rows))
        self._update_buttons()

    def _selected(self) -> list[QListWidgetItem]:
        return self.list.selectedItems()

    def _update_buttons(self) -> None:
        count = len(self._selected())
        for button in (self.rename_button, self.delete_button, self.lead_button,
                       self.show_button):
            button.setEnabled(count == 1)
        self.merge_button.setEnabled(count >= 2)

    def select(self, name: str, add: bool = False) -> None:
        """Selects the cluster called `name` (as a click, or Ctrl+click with `add`)."""
        if not add:
            self.list.clearSelection()
        for row in range(self.list.count()):
            if self.list.item(row).data(NAME_ROLE) == name:
                self.list.item(row).setSelected(True)
                return
        raise KeyError(name)

    def _rename(self) -> None:
        item = self._selected()[0]
        self.register_actions.rename_cluster(item.data(ID_ROLE), item.data(NAME_ROLE))

    def _merge(self) -> None:
        items = sorted(self._selected(), key=self.list.row)
        target = items[0]
        self.register_actions.merge_clusters(target.data(ID_ROLE), target.data(NAME_ROLE),
                                    [item.data(ID_ROLE) for item in items[1:]])

    def _delete(self) -> None:
        item = self._selected()[0]
        self.register_actions.delete_cluster(item.data(ID_ROLE), item.data(NAME_ROLE),
                                    item.data(COUNT_ROLE))

    def _set_lead(self) -> None:
        self.register_actions.set_cluster_lead(self._selected()[0].data(ID_ROLE))

    def _show(self) -> None:
        selected = self._selected()
        if len(selected) == 1:
            self.show_requested.emit(selected[0].data(ID_ROLE))
            self.accept()
