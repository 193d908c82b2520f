"""One entry of a reference list: code and name (and, for a mechanism, its kind)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.vocabularies import MECHANISM_KINDS


class EntryDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None, *, code: str = "",
                 name: str = "", with_kind: bool = False, code_fixed: bool = False,
                 code_hint: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(480, 180)
        self.code = QLineEdit(code)
        self.code.setReadOnly(code_fixed)
        self.code.setPlaceholderText(code_hint)
        self.name = QLineEdit(name)
        self.kind = QComboBox()
        for kind in MECHANISM_KINDS:
            self.kind.addItem(kind.replace("_", " "), kind)
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        if with_kind:
            form.addRow(self.tr("Kind:"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
