"""File > Protect with a password… and File > Remove the password…: the open database
converted (closed, backed up, rewritten, checked, opened again); and the password asked when
a protected database is opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction

from app.db.address import is_server_address
from app.db.conversion import protect_database, unprotect_database
from app.db.protection import PasswordNeeded, password_for, remember_password
from app.ui import messages
from app.ui.dialogs import key_passphrase
from app.ui.host_parts import WindowParts


class ProtectCommandsMixin(WindowParts):
    def _build_protect_menu(self, file_menu: Any) -> None:
        self.protect_action = self._action(file_menu, self.tr("&Protect with a password…"),
                                           self.protect_with_password)
        self.unprotect_action = self._action(file_menu, self.tr("Remove the &password…"),
                                             self.remove_password)

    def _protect_actions(self) -> tuple[QAction, ...]:
        return (self.protect_action, self.unprotect_action)

    def _show_protect_actions_for(self, location: str, read_only: bool) -> None:
        """A file's password: a database on a server has the server's logins instead."""
        on_file = not is_server_address(location)
        protected = on_file and password_for(Path(location)) is not None
        self.protect_action.setVisible(on_file and not protected)
        self.unprotect_action.setVisible(protected)
        for action in self._protect_actions():
            action.setEnabled(not read_only)

    def ask_database_password(self, needed: PasswordNeeded) -> bool:
        """The password of a protected database, kept for the session; False: cancelled."""
        password = key_passphrase.ask_passphrase(
            self, self.tr("Open {0}").format(needed.path.name), self.tr(
                "{0} is protected by a password. Type it to open the database; it is kept "
                "only until the application closes.").format(needed.path.name),
            str(needed) if needed.wrong else "", new=False)
        if password is None:
            return False
        remember_password(needed.path, password)
        return True

    def protect_with_password(self) -> None:
        db = self.db
        if db is None or db.read_only:
            return
        password = key_passphrase.ask_passphrase(
            self, self.tr("Protect {0} with a password").format(db.path.name), self.tr(
                "Every page of the database — recommendations, people, progress reports, "
                "evidence files — is then encrypted, and so are its backups; it opens only "
                "with this password. Nobody can recover a forgotten password: keep it where "
                "the secretariat keeps its other secrets. A backup is taken first."),
            new=True)
        if password is not None:
            self._convert(db.path, lambda path: protect_database(path, password),
                          self.tr("Protecting {0}").format(db.path.name), self.tr(
                              "{0} is protected by its password now. The backup taken first, "
                              "and the older ones, are protected with it."))

    def remove_password(self) -> None:
        db = self.db
        if db is None or db.read_only or not messages.confirm(
                self, self.tr("Remove the password"), self.tr(
                    "Remove the password of {0}? Anyone who gets the file can then read it "
                    "with any SQLite tool. A protected backup is taken first.").format(
                    db.path.name)):
            return
        self._convert(db.path, unprotect_database,
                      self.tr("Removing the password of {0}").format(db.path.name),
                      self.tr("{0} has no password any more. The backup taken first keeps "
                              "it."))

    def _convert(self, path: Path, convert: Any, title: str, said: str) -> None:
        """The database closed, converted off the window's thread, then opened again (also
        when the conversion failed: the original is unchanged then)."""
        self.close_database()

        def done(_backup: Path) -> None:
            messages.show_info(self, title, said.format(path.name))
            self.open_path(path)

        def failed(error: BaseException, details: str) -> None:
            messages.show_failure(self, title, error, details)
            self.open_path(path)

        self.tasks.run(lambda progress, cancelled: convert(path), title=title, parent=self,
                       on_done=done, on_error=failed)
