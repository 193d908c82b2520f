"""A passphrase asked for: the key passphrase that unlocks this computer's exchange key (or a
new one, typed twice), or the passphrase of a key backup."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MINIMUM_LENGTH = 10  # as app/exchange/key_store.MINIMUM_PASSPHRASE


class PassphraseDialog(QDialog):
    def __init__(self, title: str, explanation: str, problem: str = "", *, new: bool,
                 parent: QWidget | None = None):
        """`new`: the person chooses it (typed twice, at least MINIMUM_LENGTH characters)."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.new = new
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.setVisible(bool(problem))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        if new:
            form.addRow(self.tr("The same again:"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _accept_if_valid(self) -> None:
        typed = self.passphrase.text()
        if self.new and len(typed) < MINIMUM_LENGTH:
            self._say(self.tr("At least {0} characters: it is all that protects the key if "
                              "this folder is copied.").format(MINIMUM_LENGTH))
        elif self.new and typed != self.again.text():
            self._say(self.tr("The two passphrases differ."))
        elif typed:
            self.accept()

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.setVisible(True)


def ask_passphrase(parent: QWidget | None, title: str, explanation: str, problem: str = "",
                   *, new: bool) -> str | None:
    """The passphrase typed, or None when the person cancelled."""
    dialog = PassphraseDialog(title, explanation, problem, new=new, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase.text()


class KeyPassphraseDialog(PassphraseDialog):
    def __init__(self, problem: str, *, new: bool, parent: QWidget | None = None):
        super().__init__(
            self.tr("Choose a key passphrase") if new else self.tr(
                "Unlock this computer's key"),
            self.tr("This computer has no system keyring, so its exchange key is kept in a "
                    "file protected by a passphrase. Choose one you will remember: nobody can "
                    "recover it. Back the key up afterwards (File > This computer's key).")
            if new else self.tr("The exchange key of this computer is protected by your key "
                                "passphrase. It stays unlocked until you close the "
                                "application."),
            problem, new=new, parent=parent)


def ask_key_passphrase(parent: QWidget | None, reason: str, *, new: bool,
                       wrong: bool) -> str | None:
    dialog = KeyPassphraseDialog(reason if wrong else "", new=new, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase.text()
