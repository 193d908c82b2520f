"""Who is working: name, role and institution. The services check what this person may do."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.permissions import (
    FOCAL_POINT,
    READ_ONLY,
    ROLES,
    SECRETARIAT,
    VALIDATING_AUTHORITY,
    Actor,
)


def role_labels(widget: QWidget) -> dict[str, str]:
    return {SECRETARIAT: widget.tr("Secretariat"),
            FOCAL_POINT: widget.tr("Focal point of a ministry"),
            VALIDATING_AUTHORITY: widget.tr("Validating authority of a ministry"),
            READ_ONLY: widget.tr("Reader (no changes)")}


class ProfileDialog(QDialog):
    def __init__(self, actor: Actor, institutions: list[tuple[str, str]],
                 parent: QWidget | None = None, *, remembered_institution: str | None = None):
        """`remembered_institution`: the one chosen last time, offered again when the role
        changes back to one that has an institution."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is working?"))
        self.resize(520, 240)
        intro = QLabel(self.tr(
            "Say who you are in this database. It decides what the window offers you, and your "
            "name goes into the history of every change you make."))
        intro.setWordWrap(True)
        self.name = QLineEdit(actor.name)
        self.name.setPlaceholderText(self.tr("Your full name"))
        self.role = QComboBox()
        labels = self.role_labels()
        for role in ROLES:
            self.role.addItem(labels[role], role)
        self.role.setCurrentIndex(max(0, self.role.findData(actor.role)))
        self.institution = QComboBox()
        for institution_id, label in institutions:
            self.institution.addItem(label, institution_id)
        self.institution.setCurrentIndex(max(0, self.institution.findData(
            actor.institution_id or remembered_institution)))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a40000")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Institution:"), self.institution)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        self.role.currentIndexChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._update()

    def role_labels(self) -> dict[str, str]:
        return role_labels(self)

    def _update(self) -> None:
        self.institution.setEnabled(self.role.currentData() in (FOCAL_POINT,
                                                                VALIDATING_AUTHORITY))

    def actor(self) -> Actor:
        role = self.role.currentData()
        institution = self.institution.currentData() if self.institution.isEnabled() else None
        return Actor(" ".join(self.name.text().split()), role, institution)

    def _check_and_accept(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Name: please say who you are."))
            return
        if self.institution.isEnabled() and self.institution.currentData() is None:
            self.problem.setText(self.tr("Institution: a focal point or validating authority "
                                         "belongs to an institution; add it first."))
            return
        self.accept()
