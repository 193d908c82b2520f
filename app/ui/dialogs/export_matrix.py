"""Options of the Excel implementation matrix: grouping and scope."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialogs.scope_fields import document_language, institution_choice, register_scope


class ExportMatrixDialog(QDialog):
    def __init__(self, institutions: list[tuple[str, str]], filtered: bool,
                 parent: QWidget | None = None, *, secretariat: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Implementation matrix (Excel)"))
        self.resize(480, 200)
        self.group_by = QComboBox()
        for value, label in (("theme", self.tr("Theme")), ("institution", self.tr(
                "Lead institution")), ("mechanism", self.tr("Mechanism")),
                ("cluster", self.tr("Cluster")), ("sdg", self.tr("SDG goal"))):
            self.group_by.addItem(label, value)
        self.scope = register_scope(filtered)
        self.language = document_language()
        self.institution = institution_choice(institutions, self.tr("Every institution"))
        note = QLabel(self.tr("One row per recommendation under bold group rows, with the "
                              "tracking columns; a cover and a summary sheet. Prints on A4 "
                              "landscape: the essential columns in readable type, the "
                              "reference repeated on every page."))
        note.setWordWrap(True)
        self.per_institution = QCheckBox(self.tr("Also one sheet per lead institution"))
        self.for_completion = QCheckBox(self.tr("For completion by the institution"))
        self.for_completion.setToolTip(self.tr(
            "A protected workbook the institution fills in Excel and sends back; import it "
            "with Reports > Import a completed matrix…"))
        self.with_assignments = QCheckBox(self.tr(
            "Lead and supporting institutions editable too (for the secretariat)"))
        self.with_assignments.setToolTip(self.tr(
            "Adds the lead (drop-down of institution codes) and supporting institutions "
            "(codes separated by ;) as editable columns; changes made there are applied on "
            "import for the secretariat only."))
        self.hint = QLabel(self.tr("Choose the institution that will fill it in."))
        self.hint.setStyleSheet("color: #a40000")
        self.with_assignments.setVisible(secretariat)
        self.for_completion.toggled.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("Group by:"), self.group_by)
        form.addRow(self.tr("Recommendations:"), self.scope)
        form.addRow(self.tr("Led or supported by:"), self.institution)
        form.addRow(self.tr("Language of the headings:"), self.language)
        form.addRow("", self.per_institution)
        form.addRow("", self.for_completion)
        form.addRow("", self.with_assignments)
        form.addRow("", self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.institution.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def _update(self) -> None:
        """A workbook for completion is made for one institution."""
        completion = self.for_completion.isChecked()
        self.group_by.setEnabled(not completion)
        self.scope.setEnabled(not completion)
        self.per_institution.setEnabled(not completion)
        self.with_assignments.setEnabled(completion)
        ready = not completion or self.institution.currentData() is not None
        self.ok.setEnabled(ready)
        self.hint.setVisible(not ready)
