"""Everything that changed in the database: who, when, what — with filters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.history import Change
from app.ui.change_words import ChangeWords
from app.ui.widgets.heading import page_heading
from app.ui.widgets.history_table import fill_history, history_table


class ActivityPage(QWidget):
    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = page_heading()
        self.who = QComboBox()
        self.what = QComboBox()
        self.since = QComboBox()
        for days, label in ((1, self.tr("Today")), (7, self.tr("Last 7 days")),
                            (30, self.tr("Last 30 days")), (None, self.tr("Since the start"))):
            self.since.addItem(label, days)
        self.since.setCurrentIndex(2)
        # Wide enough for "Everyone" and a name, not for the longest institution name: the
        # filters share one line at 1366 pixels; the list opens wider.
        for box, letters in ((self.who, 14), (self.what, 18), (self.since, 12)):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(letters)
        self.institution = QComboBox()
        self.institution.addItem(self.tr("Every institution"), None)
        self.institution.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.institution.setMinimumContentsLength(20)
        self.institution.view().setMinimumWidth(420)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. 142.8"))
        self.reference.setMaximumWidth(110)
        self.reference.setToolTip(self.tr("Only the changes to the recommendation of this "
                                          "reference and what is attached to it"))
        self.reference.editingFinished.connect(self.filters_changed.emit)
        for box in (self.who, self.what, self.since, self.institution):
            box.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.table = history_table()
        self.empty = QLabel(self.tr("No change matches these filters."))
        # The filters on a line of their own: beside the heading they would not fit 1366
        # pixels.
        bar = QHBoxLayout()
        filters: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Who:"), self.who), (self.tr("What:"), self.what),
            (self.tr("Recommendation:"), self.reference),
            (self.tr("Institution:"), self.institution), (self.tr("When:"), self.since))
        for label, widget in filters:
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def set_choices(self, authors: list[str], tables: list[str],
                    institutions: Sequence[tuple[str, str]] = ()) -> None:
        words = ChangeWords()
        keep = self.institution.currentData()
        self.institution.blockSignals(True)
        self.institution.clear()
        self.institution.addItem(self.tr("Every institution"), None)
        for institution_id, label in institutions:
            self.institution.addItem(label, institution_id)
        self.institution.setCurrentIndex(max(0, self.institution.findData(keep)))
        self.institution.blockSignals(False)
        for box, everyone, values in ((self.who, self.tr("Everyone"), authors),
                                      (self.what, self.tr("Every kind of record"), tables)):
            keep = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for value in values:
                box.addItem(words.kind(value) if box is self.what else value, value)
            box.setCurrentIndex(max(0, box.findData(keep)))
            box.blockSignals(False)

    def filters(self) -> dict:
        days = self.since.currentData()
        since = datetime.now(UTC) - timedelta(days=days) if days else None
        return {"author": self.who.currentData(), "table": self.what.currentData(),
                "since": since, "reference": self.reference.text().strip() or None,
                "institution_id": self.institution.currentData()}

    def show_activity(self, entries: list[Change]) -> None:
        self.heading.setText(self.tr("Activity (%n change(s) shown, newest first)", "",
                                     len(entries)))
        fill_history(self.table, entries)
        self.empty.setVisible(not entries)
