"""The Exchange page: files between the secretariat and the ministries.

The secretariat sees each institution with the last file issued and received and its open
conflicts; a ministry's copy sees what waits to be sent and what came of what it sent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.exchange.overview import ExchangeOverview
from app.local_time import local_time_text
from app.models.codes import ChangeOutcome, DatabaseRole, ExchangeFileStatus, LedgerDirection
from app.ui.change_words import ChangeWords
from app.ui.code_labels import code_labels
from app.ui.widgets.heading import page_heading
from app.ui.widgets.plain_table import fill_rows, plain_table


def _when(moment) -> str:
    return local_time_text(moment, empty="—")


class ExchangePage(QWidget):
    issue_requested = Signal(str, bool)  # institution code, for a new computer
    consolidate_requested = Signal()
    conflicts_requested = Signal()
    submit_requested = Signal()
    open_file_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._words = ChangeWords()
        self.heading = page_heading()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.views = QStackedWidget()
        self.views.addWidget(self._secretariat_view())
        self.views.addWidget(self._ministry_view())
        self.files = plain_table([self.tr("When"), self.tr("Direction"), self.tr("Institution"),
                             self.tr("File"), self.tr("Status"), self.tr("Outcome")], 3)
        self.files_empty = QLabel(self.tr("No file issued or received yet."))
        self.files_empty.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.views, 3)
        layout.addWidget(QLabel(self.tr("<b>Files issued and received</b>")))
        layout.addWidget(self.files_empty)
        layout.addWidget(self.files, 2)

    def _secretariat_view(self) -> QWidget:
        view = QWidget()
        self.issue_button = QPushButton(self.tr("Issue a file for the selected institution…"))
        self.issue_button.setEnabled(False)
        self.new_device_button = QPushButton(self.tr("Issue for a new computer…"))
        self.new_device_button.setToolTip(self.tr(
            "Files are encrypted to the computers the institution already sent files from. "
            "For another computer, this file opens with twelve words you read to the focal "
            "point instead."))
        self.new_device_button.setEnabled(False)
        self.new_device_button.clicked.connect(lambda: self._issue(for_new_device=True))
        self.consolidate_button = QPushButton(self.tr("Consolidate files from ministries…"))
        self.conflicts_button = QPushButton()
        self.issue_button.clicked.connect(self._issue)
        self.consolidate_button.clicked.connect(self.consolidate_requested.emit)
        self.conflicts_button.clicked.connect(self.conflicts_requested.emit)
        self.institutions = plain_table([self.tr("Code"), self.tr("Institution"),
                                    self.tr("Devices"), self.tr("Last file issued"),
                                    self.tr("Last file received"), self.tr("Result"),
                                    self.tr("Open conflicts")], 1)
        self.institutions.itemSelectionChanged.connect(self._selection_changed)
        self.institutions.doubleClicked.connect(lambda _index: self._issue())
        buttons = QHBoxLayout()
        for button in (self.issue_button, self.new_device_button, self.consolidate_button,
                       self.conflicts_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.institutions)
        return view

    def _ministry_view(self) -> QWidget:
        view = QWidget()
        self.pending = QLabel()
        self.pending.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("Prepare a file for the secretariat…"))
        self.open_button = QPushButton(self.tr("Open a file from the secretariat…"))
        self.submit_button.clicked.connect(self.submit_requested.emit)
        self.open_button.clicked.connect(self.open_file_requested.emit)
        self.outcomes_heading = QLabel()
        self.outcomes = plain_table([self.tr("Record"), self.tr("Outcome"), self.tr("Reason")], 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pending)
        layout.addLayout(buttons)
        layout.addWidget(self.outcomes_heading)
        layout.addWidget(self.outcomes)
        return view

    def _record(self, table: str) -> str:
        return self._words.kind(table)

    def _status(self, status: str) -> str:
        labels = code_labels()
        return labels[ExchangeFileStatus].get(status) or labels[ChangeOutcome].get(status, status)

    def _selection_changed(self) -> None:
        chosen = bool(self.institutions.selectedItems())
        self.issue_button.setEnabled(chosen)
        self.new_device_button.setEnabled(chosen)

    def _issue(self, for_new_device: bool = False) -> None:
        item = self.institutions.item(self.institutions.currentRow(), 0)
        if item is not None:
            self.issue_requested.emit(item.text(), for_new_device)

    def show_overview(self, overview: ExchangeOverview) -> None:
        secretariat = overview.role == DatabaseRole.SECRETARIAT
        self.views.setCurrentIndex(0 if secretariat else 1)
        if secretariat:
            self.heading.setText(self.tr("Exchange with the institutions"))
            self.explanation.setText(self.tr(
                "Issue each institution its file (a whole copy the first time, then the "
                "changes since what it acknowledged), send it by USB stick or e-mail, and "
                "consolidate the files they send back. Nothing is applied before its "
                "signature, device and scope are checked."))
            self.conflicts_button.setText(self.tr("Review conflicts ({0})").format(
                overview.open_conflicts))
            self.conflicts_button.setEnabled(overview.open_conflicts > 0)
            fill_rows(self.institutions, [
                [row.code, row.name, str(row.devices), _when(row.last_issued),
                 _when(row.last_received), self._status(row.last_received_status),
                 str(row.open_conflicts) if row.open_conflicts else ""]
                for row in overview.institutions])
        else:
            self.heading.setText(self.tr("Exchange with the secretariat — {0}").format(
                overview.institution))
            self.explanation.setText(self.tr(
                "The secretariat's key fingerprint: <b>{0}</b> — compare it with the one the "
                "secretariat gives you. This computer's: <b>{1}</b> — the secretariat will "
                "ask you for it the first time you send a file.").format(
                overview.secretariat_fingerprint, overview.own_fingerprint))
            self.pending.setText(self.tr(
                "%n change(s) wait to be sent; the secretariat has acknowledged your "
                "changes up to number {0}. A file always carries everything not yet "
                "acknowledged, so a lost USB stick costs nothing.", "", overview.pending).format(
                overview.acknowledged))
            if overview.last_outcomes or overview.open_conflicts:
                self.outcomes_heading.setText(self.tr(
                    "<b>Your changes that did not simply apply</b> (last file from the "
                    "secretariat; {0} still wait for its review)").format(
                    overview.open_conflicts))
            else:
                self.outcomes_heading.setText(self.tr(
                    "<b>Everything you sent so far was applied</b> (or nothing was sent yet)."))
            fill_rows(self.outcomes, [[self._record(o.table), self._status(o.outcome),
                                   o.reason or self.tr("waits for the secretariat's review "
                                                       "({0})").format(
                                       ", ".join(map(self._words.field, o.fields)))]
                                  for o in overview.last_outcomes])
        # A ministry's own files go to the secretariat: "Sent" says it better than "Issued".
        directions = code_labels()[LedgerDirection] | (
            {} if secretariat else {LedgerDirection.ISSUED: self.tr("Sent")})
        fill_rows(self.files, [[_when(row.recorded_at), directions.get(row.direction, ""),
                            row.institution, row.file_name,
                            self._status(row.status), row.counts] for row in overview.files])
        self.files_empty.setVisible(not overview.files)
        self.files.setVisible(bool(overview.files))
        self.files.horizontalHeader().setStretchLastSection(False)
        self.files.resizeColumnsToContents()
        self.files.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.institutions.sortItems(0, Qt.SortOrder.AscendingOrder)
