"""Options of the PDF reports: the mid-term report, a validation-meeting pack, reminder
letters. One dialog, showing only what the chosen report uses."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.exports.reminder_letters import DUE_SOON_DAYS
from app.ui.dialogs.scope_fields import document_language, institution_choice, register_scope

MIDTERM, VALIDATION, REMINDERS = "midterm", "validation", "reminders"


class ReportOptionsDialog(QDialog):
    def __init__(self, kind: str, institutions: list[tuple[str, str]], filtered: bool,
                 default_period: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        titles = {MIDTERM: self.tr("Mid-term report (PDF)"),
                  VALIDATION: self.tr("Validation-meeting pack (PDF)"),
                  REMINDERS: self.tr("Reminder letters (PDF)")}
        notes = {
            MIDTERM: self.tr(
                "Cover, table of contents, executive summary with key figures and charts, one "
                "section per theme or cluster (each recommendation with its institutions, "
                "status, accepted progress, actions, indicators and evidence), and the whole "
                "matrix in annex."),
            VALIDATION: self.tr(
                "One institution's recommendations with their status and latest accepted "
                "progress, a column for the meeting's comments and a signature block."),
            REMINDERS: self.tr(
                "A letter to each institution listing what is overdue and what falls due "
                "soon, ready to print and sign."),
        }
        self.setWindowTitle(titles[kind])
        self.resize(520, 10)
        note = QLabel(notes[kind])
        note.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr(
            "Mid-term report on the implementation of recommendations"))
        self.period = QLineEdit()
        self.period.setPlaceholderText(default_period)
        self.scope = register_scope(filtered)
        self.institution = institution_choice(institutions, self.tr(
            "Choose an institution…") if kind == VALIDATION else self.tr("Every institution"))
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("Theme"), "theme")
        self.group_by.addItem(self.tr("Cluster"), "cluster")
        self.within_days = QSpinBox()
        self.within_days.setRange(0, 365)
        self.within_days.setValue(DUE_SOON_DAYS)
        self.within_days.setSuffix(self.tr(" days"))
        self.language = document_language()
        self.hint = QLabel(self.tr("Choose the institution whose meeting it is."))
        self.hint.setStyleSheet("color: #a40000")
        form = QFormLayout()
        if kind == MIDTERM:
            form.addRow(self.tr("Title:"), self.title)
            form.addRow(self.tr("Period covered:"), self.period)
            form.addRow(self.tr("Recommendations:"), self.scope)
            form.addRow(self.tr("Led or supported by:"), self.institution)
            form.addRow(self.tr("One section per:"), self.group_by)
        elif kind == VALIDATION:
            form.addRow(self.tr("Institution:"), self.institution)
            form.addRow("", self.hint)
        else:
            form.addRow(self.tr("Letters to:"), self.institution)
            form.addRow(self.tr("Also what falls due within:"), self.within_days)
        form.addRow(self.tr("Language of the headings:"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.institution.currentIndexChanged.connect(lambda _index: self._update())
        self._update()

    def _update(self) -> None:
        ready = self.kind != VALIDATION or self.institution.currentData() is not None
        self.ok.setEnabled(ready)
        self.hint.setVisible(not ready)
