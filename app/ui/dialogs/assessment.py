"""A progress report (assessment) for one recommendation, by one institution, for a period."""

from __future__ import annotations

from html import escape

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

from app.models.codes import StatusCode
from app.services.tracking import current_period, period_problem
from app.ui.code_labels import code_labels
from app.ui.widgets.inputs import TextBox


class AssessmentDialog(QDialog):
    def __init__(self, reference: str, text: str, institutions: list[tuple[str, str]],
                 statuses: list[tuple[str, str]], parent: QWidget | None = None, *,
                 current=None):
        """`text`: the recommendation's, shown above the form (which one it is about);
        `current`: the AssessmentLine of a draft or returned report being changed."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress report on {0}").format(reference))
        self.resize(600, 500)
        shown = " ".join(text.split())
        self.recommendation = QLabel(self.tr("<b>{0}</b> — {1}").format(
            escape(reference), escape(shown if len(shown) <= 320 else shown[:319] + "…")))
        self.recommendation.setWordWrap(True)
        self.recommendation.setToolTip(shown)
        self.institution = QComboBox()
        for institution_id, label in institutions:
            self.institution.addItem(label, institution_id)
        self.period = QLineEdit(current_period())
        self.period.setPlaceholderText(self.tr("e.g. 2026-H2"))
        self.status = QComboBox()
        words = code_labels()[StatusCode]
        for code, label in statuses:
            self.status.addItem(words.get(code, label), code)
        # No status is chosen for the person: saving "Not implemented" (the first) by
        # oversight would be reported as it stands.
        self.status.setPlaceholderText(self.tr("Choose how far it is implemented…"))
        self.status.setCurrentIndex(-1)
        self.narrative = TextBox()
        self.narrative.setPlaceholderText(self.tr(
            "What was done in the period, with figures and the documents that show it"))
        self.next_steps = TextBox()
        self.next_steps.setPlaceholderText(self.tr("What comes next, by whom, by when"))
        note = QLabel(self.tr("Saved as a draft: Submit sends it to your validating authority."))
        note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a40000")
        form = QFormLayout()
        form.addRow(self.tr("Institution:"), self.institution)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Narrative:"), self.narrative)
        form.addRow(self.tr("Next steps:"), self.next_steps)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recommendation)
        layout.addLayout(form, 1)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if current is not None:
            self.period.setText(current.period)
            self.status.setCurrentIndex(self.status.findData(current.status_code))
            self.narrative.setPlainText(current.narrative)
            self.next_steps.setPlainText(current.next_steps)

    def values(self) -> dict:
        return {"institution_id": self.institution.currentData(),
                "period": self.period.text().strip(), "status_code": self.status.currentData(),
                "narrative": self.narrative.toPlainText().strip() or None,
                "next_steps": self.next_steps.toPlainText().strip() or None}

    def _check_and_accept(self) -> None:
        if not self.period.text().strip():
            self.problem.setText(self.tr("Period: say which reporting period (e.g. 2026-H2)."))
            return
        if period_problem(self.period.text()):
            self.problem.setText(self.tr(
                "Period: “{0}” is not a reporting period; write it as 2026, 2026-H1, "
                "2026-Q3, 2026-05 or 2025–2026.").format(self.period.text().strip()))
            return
        if self.status.currentIndex() < 0:
            self.problem.setText(self.tr("Status: choose how far the recommendation is "
                                         "implemented."))
            return
        if not self.narrative.toPlainText().strip():
            self.problem.setText(self.tr("Narrative: say what was done, even briefly."))
            return
        self.accept()
