"""Pick one item from a long list (institutions, themes, SDG targets) by typing part of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ChooseDialog(QDialog):
    def __init__(self, title: str, prompt: str, items: list[tuple[str, str]],
                 parent: QWidget | None = None, *, extra: tuple[str, str] | None = None):
        """`items` are (id, label); `extra` is an optional first entry such as "New cluster…"."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 460)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to narrow the list"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        for item_id, label in ([extra] if extra else []) + items:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, item_id)
            item.setToolTip(label)
            self.list.addItem(item)
        self.empty = QLabel(self.tr("Nothing matches what you typed."))
        self.empty.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.filter.textChanged.connect(self._narrow)
        self.filter.returnPressed.connect(self._accept_first_visible)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.list.setCurrentRow(0)
        self._update_ok()
        self.filter.setFocus()

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(word in item.text().casefold() for word in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        self.empty.setVisible(first is None)
        if first is None:
            self.list.setCurrentRow(-1)  # nothing shown: nothing chosen
        else:
            self.list.setCurrentItem(first)
        self._update_ok()

    def _accept_first_visible(self) -> None:
        if self.list.currentItem() is not None and not self.list.currentItem().isHidden():
            self.accept()

    def _update_ok(self, *_args) -> None:
        current = self.list.currentItem()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            current is not None and not current.isHidden())

    def chosen_id(self) -> str | None:
        current = self.list.currentItem()
        return current.data(ID_ROLE) if current is not None else None

    def choose(self, text: str) -> None:
        """Selects the entry whose label starts with `text` (as a person clicking it)."""
        for row in range(self.list.count()):
            if self.list.item(row).text().startswith(text):
                self.list.setCurrentRow(row)
                return
        raise KeyError(text)
