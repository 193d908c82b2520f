"""A review's adoption date and the calendar derived from it (editable)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.register import derived_calendar
from app.ui.widgets.inputs import DateBox


class ReviewCalendarDialog(QDialog):
    def __init__(self, review: str, current: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Calendar of {0}").format(review))
        self.known = QCheckBox(self.tr("The adoption date is known"))
        self.known.setChecked(current["adoption_date"] is not None)
        self.adoption = DateBox(current["adoption_date"])
        self.midterm = DateBox(current["midterm_due_date"])
        self.next_review = DateBox(current["next_review_date"])
        note = QLabel(self.tr("Changing the adoption date proposes the usual rhythm (mid-term "
                              "report after about 2½ years, next review after about 4½); "
                              "both dates can then be adjusted."))
        note.setWordWrap(True)
        self.adoption.dateChanged.connect(lambda _d: self._derive())
        self.known.toggled.connect(self._update)
        form = QFormLayout()
        form.addRow("", self.known)
        form.addRow(self.tr("Adopted on:"), self.adoption)
        form.addRow(self.tr("Mid-term report due:"), self.midterm)
        form.addRow(self.tr("Next review:"), self.next_review)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if current["adoption_date"] and not current["midterm_due_date"]:
            self._derive()
        self._update()

    def _derive(self) -> None:
        midterm, next_review = derived_calendar(self.adoption.day())
        self.midterm.setDate(QDate(midterm.year, midterm.month, midterm.day))
        self.next_review.setDate(QDate(next_review.year, next_review.month, next_review.day))

    def _update(self) -> None:
        for edit in (self.adoption, self.midterm, self.next_review):
            edit.setEnabled(self.known.isChecked())

    def values(self) -> dict:
        if not self.known.isChecked():
            return {"adoption_date": None, "midterm_due_date": None, "next_review_date": None}
        return {"adoption_date": self.adoption.day(), "midterm_due_date": self.midterm.day(),
                "next_review_date": self.next_review.day()}
