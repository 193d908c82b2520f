"""File > Back up now… and File > Backups…: a copy taken by hand, the list of backups of the
open database, and putting one back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.db.address import is_server_address
from app.db.backups import Backup, folder_size, list_backups
from app.db.lifecycle import open_database
from app.services.maintenance import backup_database, restore_backup
from app.ui import messages
from app.ui.dialogs.backups import BackupsDialog
from app.ui.host_parts import WindowParts


class BackupCommandsMixin(WindowParts):
    def backup_now(self) -> None:
        if self.db is None:
            return
        db = self.db
        suggested = self.paths.backups / f"{db.path.stem}-backup.db"
        target = messages.choose_backup_target(self, suggested)
        if target is None:
            return
        self.tasks.run(
            lambda progress, cancelled: backup_database(db, target),
            title=self.tr("Backing up"), parent=self,
            on_done=lambda written: messages.show_info(
                self, self.tr("Backup written"),
                self.tr("A complete copy of the database was written to\n{0}").format(written)),
            failure=self.tr("Backup failed"),
        )

    def show_backups(self) -> BackupsDialog | None:
        if self.db is None:
            return None
        dialog = BackupsDialog(self.db.path.name, list_backups(database=self.db.path),
                               folder_size(), self.settings.backups_keep_last,
                               self.settings.backups_keep_months, self)
        dialog.restore_requested.connect(lambda backup: self.restore_from(backup, dialog))
        dialog.folder_requested.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.paths.backups))))
        dialog.open()
        return dialog

    def restore_from(self, backup: Backup, dialog: BackupsDialog | None = None) -> None:
        db = self.db
        if db is None:
            return
        if is_server_address(db.location):
            messages.show_user_error(self, self.tr("Cannot restore"), self.tr(
                "{0} is on a server: put a backup back there with `nmrf-tracker copy --from "
                "BACKUP.db --to postgresql://…` into a new, empty database (or the server's "
                "own pg_dump), then open that database.").format(db.location))
            return
        if db.read_only:
            messages.show_user_error(self, self.tr("Cannot restore"), self.tr(
                "{0} is read-only here: a backup cannot be put in its place.").format(
                db.path.name))
            return
        if not messages.confirm(self, self.tr("Restore a backup"), self.tr(
                "Put the backup taken on {0} in place of {1}?\n\nEverything changed since "
                "then disappears from the database; what it holds now is backed up first, "
                "so you can come back to it.").format(
                backup.taken.strftime("%Y-%m-%d %H:%M"), db.path.name)):
            return
        path = db.path
        if dialog is not None:
            dialog.accept()
        self.close_database()

        def restore(progress, cancelled):
            restore_backup(path, backup.path, author=self.author)
            return open_database(path, author=self.author)

        self.tasks.run(
            restore, title=self.tr("Restoring {0}").format(path.name), parent=self,
            on_done=self.attach,
            on_error=lambda e, d: self._restore_failed(e, d, path))

    def _restore_failed(self, error: BaseException, details: str, path: Path) -> None:
        messages.show_failure(self, self.tr("Cannot restore the backup"), error, details)
        self.open_path(path)  # the database as it was before
