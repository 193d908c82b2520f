"""What a consolidation would do (dry run) or did: per file, then per change that did not
simply apply. From the dry run the operator applies or stops; after it, exports the PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
)

from app.exchange.consolidate import FileResult
from app.models.codes import ChangeOutcome, ExchangeFileStatus
from app.ui.change_words import ChangeWords
from app.ui.code_labels import code_label, code_labels
from app.ui.widgets.plain_table import fill_rows, plain_table


class ConsolidationDialog(QDialog):
    def __init__(self, results: list[FileResult], *, dry_run: bool, parent=None):
        super().__init__(parent)
        self.export_wanted = False
        self.setWindowTitle(self.tr("Consolidation — what would happen") if dry_run
                            else self.tr("Consolidation — summary"))
        self.resize(1100, 600)
        statuses = code_labels()[ExchangeFileStatus]
        intro = QLabel(self.tr(
            "Nothing has been changed yet. Apply to merge these files into the database "
            "(a backup is taken first), or cancel.") if dry_run else self.tr(
            "The summary is kept in the exchange ledger and goes back to each institution "
            "with the next file issued to it."))
        intro.setWordWrap(True)
        files = plain_table([self.tr("File"), self.tr("Institution"), self.tr("Result"),
                        self.tr("Applied"), self.tr("Unchanged"), self.tr("Rejected"),
                        self.tr("Conflicts"), self.tr("Reason")], 7)
        details, rows = [], []
        for result in results:
            data = result.as_json()
            note = result.reason
            if result.new_device:
                note = self.tr("new device, key fingerprint {0}").format(result.fingerprint)
            if result.unsigned:
                note = self.tr("unsigned changes (a whole database file)")
            rows.append([result.file, result.institution,
                         statuses.get(result.status, result.status), str(data["applied"]),
                         str(data["unchanged"]), str(len(data["rejected"])),
                         str(data["conflicts"]), note])
            details += [(result.file, outcome) for outcome in result.outcomes
                        if outcome.outcome in (ChangeOutcome.REJECTED, ChangeOutcome.CONFLICT)]
        fill_rows(files, rows)
        changes = plain_table([self.tr("File"), self.tr("Change no."), self.tr("Record"),
                          self.tr("Outcome"), self.tr("Reason or fields in conflict")], 4)
        words = ChangeWords()
        fill_rows(changes, [[file, str(outcome.seq), words.what(outcome.table, outcome.operation),
                             code_label(ChangeOutcome, outcome.outcome),
                             outcome.reason or ", ".join(map(words.field,
                                                             outcome.conflict_fields))]
                            for file, outcome in details])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(files)
        splitter.addWidget(changes)
        buttons = QDialogButtonBox()
        if dry_run:
            apply = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
            apply.setEnabled(any(r.status == ExchangeFileStatus.WOULD_APPLY for r in results))
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            export = buttons.addButton(self.tr("Export as PDF…"),
                                       QDialogButtonBox.ButtonRole.ActionRole)
            export.clicked.connect(self._export)
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        if not details:
            layout.addWidget(QLabel(self.tr("Every change applied or was already there.")))
        layout.addWidget(buttons)

    def _export(self) -> None:
        self.export_wanted = True
        self.accept()
