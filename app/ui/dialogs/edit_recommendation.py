"""Edit one recommendation's own fields (the secretariat's corrections to imported text)."""

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

from app.services.detail import RecommendationDetail
from app.ui.widgets.inputs import TextBox


class EditRecommendationDialog(QDialog):
    def __init__(self, detail: RecommendationDetail, positions: list[tuple[str, str]],
                 priorities: list[tuple[str | None, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.detail = detail
        self.setWindowTitle(self.tr("Edit recommendation {0}").format(detail.reference))
        self.resize(640, 560)
        self.reference = QLineEdit(detail.reference)
        self.reference.setMaxLength(50)
        self.text = TextBox(detail.text)
        self.translation = TextBox(detail.translation)
        self.translation.setPlaceholderText(self.tr("Optional: the text in the national "
                                                    "language"))
        self.position = QComboBox()
        for code, label in positions:
            self.position.addItem(label, code)
        self.position.setCurrentIndex(max(0, self.position.findData(detail.position_code)))
        self.position_source = QLineEdit(detail.position_source)
        self.position_source.setPlaceholderText(self.tr("e.g. A/HRC/55/12/Add.1, paragraph 4"))
        self.priority = QComboBox()
        for priority, label in priorities:
            self.priority.addItem(label, priority)
        self.priority.setCurrentIndex(max(0, self.priority.findData(detail.priority or None)))
        self.notes = TextBox(detail.notes)
        self.notes.setPlaceholderText(self.tr("Internal notes of the secretariat (searchable)"))
        form = QFormLayout()
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Text:"), self.text)
        form.addRow(self.tr("Translation:"), self.translation)
        form.addRow(self.tr("Position:"), self.position)
        form.addRow(self.tr("Source of position:"), self.position_source)
        form.addRow(self.tr("Priority:"), self.priority)
        form.addRow(self.tr("Notes:"), self.notes)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a40000")
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def changes(self) -> dict:
        """Only what the person changed, blanks stored as nothing."""
        values = {
            "reference": self.reference.text().strip() or None,
            "text": self.text.toPlainText().strip(),
            "translation": self.translation.toPlainText().strip() or None,
            "position_code": self.position.currentData(),
            "position_source": self.position_source.text().strip() or None,
            "priority": self.priority.currentData(),
            "notes": self.notes.toPlainText().strip() or None,
        }
        before = {"reference": self.detail.reference or None, "text": self.detail.text,
                  "translation": self.detail.translation or None,
                  "position_code": self.detail.position_code,
                  "position_source": self.detail.position_source or None,
                  "priority": self.detail.priority or None, "notes": self.detail.notes or None}
        return {name: value for name, value in values.items() if value != before[name]}

    def _check_and_accept(self) -> None:
        if not self.text.toPlainText().strip():
            self.problem.setText(self.tr("Text: a recommendation cannot be empty."))
            self.problem.setVisible(True)
            self.text.setFocus()
            return
        self.accept()
