"""File > This computer's key: a protected backup of the exchange key, putting it back, and
(secretariat) replacing a lost or copied one; and the key passphrase asked before exchange
work when the key is kept in a passphrase-protected file."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction

from app.exchange.identity import device_key
from app.exchange.key_backup import KeyChange, backup_key, replace_key, restore_key
from app.exchange.key_store import KeysLocked, remember_passphrase
from app.models.codes import DatabaseRole
from app.ui import messages
from app.ui.dialogs import key_passphrase
from app.ui.host_parts import WindowParts
from app.ui.tasks import failure_shown


class KeyCommandsMixin(WindowParts):
    def _build_key_menu(self, file_menu: Any) -> None:
        menu = file_menu.addMenu(self.tr("This computer's &key"))
        self.key_backup_action = self._action(menu, self.tr("&Back up the key…"),
                                              self.back_up_key)
        self.key_restore_action = self._action(menu, self.tr("&Restore it from a backup…"),
                                               self.restore_key_from_backup)
        self.key_replace_action = self._action(menu, self.tr("Re&place a lost key…"),
                                               self.replace_lost_key)

    def _key_actions(self) -> tuple[QAction, ...]:
        return (self.key_backup_action, self.key_restore_action, self.key_replace_action)

    def _show_key_actions_for(self, role: str) -> None:
        self.key_replace_action.setVisible(role == DatabaseRole.SECRETARIAT)

    def ask_to_unlock(self, locked: KeysLocked) -> bool:
        """The key passphrase asked for (chosen, when new) and kept for the session."""
        passphrase = key_passphrase.ask_key_passphrase(self, str(locked), new=locked.new,
                                                       wrong=locked.wrong)
        if passphrase is None:
            return False
        remember_passphrase(passphrase)
        return True

    def with_unlocked_key(self, then: Callable[[], object]) -> None:
        """then() once this database's key opens — asking for the key passphrase first if
        it is kept in a protected file (unlocking takes a second: off the window's thread)."""
        db = self.db
        if db is None:
            return
        failed = failure_shown(self, self.tr("Cannot unlock this computer's key"))

        def on_error(error: BaseException, details: str) -> None:
            if not isinstance(error, KeysLocked):
                failed(error, details)
            elif self.ask_to_unlock(error):
                self.with_unlocked_key(then)

        self.tasks.run(lambda progress, cancelled: device_key(db.identity.device_id),
                       title=self.tr("Unlocking this computer's key"), parent=self,
                       on_done=lambda _key: then(), on_error=on_error)

    def back_up_key(self) -> None:
        db = self.db
        if db is None:
            return
        target = messages.choose_key_backup_target(
            self, Path.home() / f"{db.path.stem}-key-{date.today().isoformat()}.nmrfkey")
        if target is None:
            return
        passphrase = key_passphrase.ask_passphrase(
            self, self.tr("Passphrase of the backup"), self.tr(
                "The backup holds this computer's exchange key, protected by the passphrase "
                "you choose now. Keep the file and the passphrase apart from this computer "
                "(a safe, another building): with both, anyone can sign and read files as "
                "this computer."), new=True)
        if passphrase is None:
            return

        def done(made: KeyChange) -> None:
            messages.show_info(self, self.tr("Key backed up"), self.tr(
                "{0} holds the key of this computer (fingerprint {1}).").format(
                target, made.fingerprint))

        self.with_unlocked_key(lambda: self.tasks.run(
            lambda progress, cancelled: backup_key(db, target, passphrase),
            title=self.tr("Backing up the key"), parent=self, on_done=done,
            failure=self.tr("Cannot back up the key")))

    def restore_key_from_backup(self) -> None:
        db = self.db
        if db is None:
            return
        source = messages.choose_key_backup(self)
        if source is None:
            return
        passphrase = key_passphrase.ask_passphrase(
            self, self.tr("Passphrase of the backup"),
            self.tr("The passphrase chosen when {0} was made.").format(source.name), new=False)
        if passphrase is None:
            return

        def done(restored: KeyChange) -> None:
            messages.show_info(self, self.tr("Key restored"), self.tr(
                "This computer's key is back: fingerprint {0}.").format(restored.fingerprint))

        self._run_keeping_key(lambda: restore_key(db, source, passphrase),
                              self.tr("Restoring the key"), done)

    def replace_lost_key(self) -> None:
        db = self.db
        if db is None or not messages.confirm(self, self.tr("Replace the secretariat's key"),
                                              self.tr(
                "Make a new key for the secretariat, in place of one that was lost or "
                "copied?\n\nEvery ministry must then accept the new key: when a focal point "
                "opens your next file, they are shown its fingerprint and compare it with you "
                "by phone. Files the ministries encrypted to the old key can no longer be "
                "read; they prepare them again (nothing is lost: a file always carries every "
                "change not yet acknowledged).")):
            return

        def done(replaced: KeyChange) -> None:
            messages.show_info(self, self.tr("New key"), self.tr(
                "The secretariat's new key has the fingerprint\n\n{0}\n\nRead it to each focal "
                "point by phone when they open your next file. Back the new key up now (File "
                "> This computer's key > Back up the key…).").format(replaced.fingerprint))
            self._show_exchange()

        self._run_keeping_key(lambda: replace_key(db), self.tr("Replacing the key"), done)

    def _run_keeping_key(self, work: Callable[[], KeyChange], title: str,
                         done: Callable[[KeyChange], object]) -> None:
        """work() stores a key: without a keyring, it asks for the key passphrase to protect
        it with (a new one when none was given this session)."""
        failed = failure_shown(self, title)

        def on_error(error: BaseException, details: str) -> None:
            if not isinstance(error, KeysLocked):
                failed(error, details)
            elif self.ask_to_unlock(error):
                self._run_keeping_key(work, title, done)

        self.tasks.run(lambda progress, cancelled: work(), title=title, parent=self,
                       on_done=done, on_error=on_error)
