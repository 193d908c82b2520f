"""File > Backups…: the backups of the open database, how much room the folder takes, the
policy that keeps it bounded, and a restore."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.backups import Backup

WHEN, WHY, SIZE = range(3)


def megabytes(size: int) -> str:
    return f"{size / 1_048_576:,.1f} MB"


class BackupsDialog(QDialog):
    restore_requested = Signal(object)  # the Backup chosen
    folder_requested = Signal()

    def __init__(self, database_name: str, backups: list[Backup], folder_size: int,
                 keep_last: int, keep_months: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.backups = backups
        self.setWindowTitle(self.tr("Backups of {0}").format(database_name))
        self.resize(720, 420)
        reasons = {"before-upgrade": self.tr("Before a schema upgrade"),
                   "before-consolidation": self.tr("Before consolidating ministry files"),
                   "before-restore": self.tr("Before restoring another backup"),
                   "before-protecting": self.tr("Before protecting it with a password"),
                   "before-removing-password": self.tr("Before removing its password"),
                   "backup": self.tr("Backed up by hand")}
        kept = self.tr("Kept: the last {0} and, before them, one a month for {1} months; older "
                       "ones are removed automatically.").format(keep_last, keep_months)
        # With none yet, the count would repeat what the empty-state line below says.
        intro = QLabel(self.tr(
            "%n backup(s) of this database. The backups folder takes {0} in all.", "",
            len(backups)).format(megabytes(folder_size)) + " " + kept if backups else kept)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(backups), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"),
                                              self.tr("Size")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        for row, backup in enumerate(backups):
            when = QTableWidgetItem(backup.taken.strftime("%Y-%m-%d %H:%M:%S"))
            when.setToolTip(str(backup.path))
            self.table.setItem(row, WHEN, when)
            self.table.setItem(row, WHY, QTableWidgetItem(reasons.get(backup.reason,
                                                                      backup.reason)))
            size = QTableWidgetItem(megabytes(backup.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, SIZE, size)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr(
            "No backup of this database yet. One is taken automatically before every schema "
            "upgrade and every consolidation that changes something; File > Back up now… "
            "takes one at any time."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)
        self.table.setVisible(bool(backups))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setToolTip(self.tr(
            "Put the chosen backup in place of the database (what is there now is backed up "
            "first, so this can be undone)."))
        self.restore_button.setEnabled(False)
        folder_button = QPushButton(self.tr("Open the backups folder"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        folder_button.clicked.connect(self.folder_requested)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems())))

        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty, 1)
        column.addWidget(buttons)

    def _restore(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if rows:
            self.restore_requested.emit(self.backups[rows.pop()])
