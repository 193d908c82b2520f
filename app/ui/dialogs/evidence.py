"""The evidence of one record (an action): list, attach with a title, open."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.evidence import EvidenceRow


class EvidenceDetailsDialog(QDialog):
    """Title and visibility of a file about to be attached."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach {0}").format(path.name))
        self.title = QLineEdit(path.stem.replace("_", " "))
        self.public = QCheckBox(self.tr("Public (may appear in published reports)"))
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow("", self.public)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def details(self) -> dict:
        return {"title": self.title.text().strip(), "is_public": self.public.isChecked(),
                "evidence_date": date.today()}


class EvidenceListDialog(QDialog):
    attach_requested = Signal()
    open_requested = Signal(str, bool)  # evidence id, whether its name looks risky

    def __init__(self, title: str, rows: list[EvidenceRow], can_attach: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 320)
        self.list = QListWidget()
        self.empty = QLabel(self.tr("No file attached yet."))
        self.attach_button = QPushButton(self.tr("Attach…"))
        self.attach_button.setVisible(can_attach)
        self.open_button = QPushButton(self.tr("Open"))
        self.attach_button.clicked.connect(self.attach_requested.emit)
        self.open_button.clicked.connect(self._open)
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.show_rows(rows)

    def show_rows(self, rows: list[EvidenceRow]) -> None:
        self.list.clear()
        for row in rows:
            label = f"{row.title} — {row.original_name} ({row.size / 1024:,.0f} KB)"
            item = QListWidgetItem(label + ("" if row.is_public else self.tr(" · internal")))
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.list.addItem(item)
        self.empty.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        if rows:
            self.list.setCurrentRow(0)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            row = item.data(Qt.ItemDataRole.UserRole)
            self.open_requested.emit(row.id, row.looks_executable)
