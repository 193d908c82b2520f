"""Small forms: an institution, a person (focal point, alternate, validating authority...)."""

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

from app.models.codes import InstitutionKind, PersonRole
from app.models.institution import INSTITUTION_KINDS, PERSON_ROLES
from app.ui.code_labels import code_label, code_labels
from app.ui.widgets.inputs import TextBox


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class InstitutionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, code: str = "", name: str = "",
                 kind: str = "ministry", contact: str = "", new: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New institution") if new else
                            self.tr("Institution {0}").format(code))
        self.resize(520, 300)
        self.code = QLineEdit(code)
        self.code.setMaxLength(30)
        self.code.setPlaceholderText(self.tr("e.g. MOJ — letters, digits, - or _"))
        self.code.setReadOnly(not new)
        if not new:
            self.code.setToolTip(self.tr("The code names the institution in files exchanged "
                                         "with the ministries: it cannot change."))
        self.name = QLineEdit(name)
        self.kind = QComboBox()
        for value in INSTITUTION_KINDS:
            self.kind.addItem(self.kind_label(value), value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.contact = TextBox(contact)
        self.contact.setPlaceholderText(self.tr("Address, switchboard, general e-mail"))
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Contact:"), self.contact)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def kind_label(self, kind: str) -> str:
        return code_label(InstitutionKind, kind)

    def values(self) -> dict:
        return {"code": self.code.text().strip(), "name": self.name.text().strip(),
                "kind": self.kind.currentData(), "contact": self.contact.toPlainText().strip()}


def person_role_labels(widget: QWidget) -> dict[str, str]:
    return code_labels()[PersonRole]


class PersonDialog(QDialog):
    def __init__(self, institution: str, parent: QWidget | None = None, *, full_name: str = "",
                 role: str = "focal_point_main", title: str = "", email: str = "",
                 phone: str = "", new: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New person at {0}").format(institution) if new
                            else self.tr("{0} at {1}").format(full_name, institution))
        self.resize(480, 260)
        self.full_name = QLineEdit(full_name)
        self.role = QComboBox()
        labels = person_role_labels(self)
        for value in PERSON_ROLES:
            self.role.addItem(labels.get(value, value), value)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.title = QLineEdit(title)
        self.title.setPlaceholderText(self.tr("e.g. Director of International Cooperation"))
        self.email = QLineEdit(email)
        self.phone = QLineEdit(phone)
        form = QFormLayout()
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Phone:"), self.phone)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))

    def values(self) -> dict:
        return {"full_name": self.full_name.text(), "role": self.role.currentData(),
                "title": self.title.text(), "email": self.email.text(),
                "phone": self.phone.text()}
