"""Where a device's private keys rest: in the operating system's keyring (Windows Credential
Manager, macOS Keychain, the Secret Service of a Linux desktop — through `keyring`) where
there is one; otherwise in `device-key.age`, encrypted with the person's key passphrase (age's
scrypt passphrase mode: slow on purpose, once per session). The key folder in the data folder
then holds no private key in clear — only `in-keyring.txt`, saying where they are, or the
protected file.

Keys left in clear by earlier versions move to the keyring or the protected file the first
time they are used. The passphrase is asked once per session (the window's dialog, the
terminal) or read from NMRF_TRACKER_KEY_PASSPHRASE, and kept in this process's memory only.
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pyrage
from keyring.backends import fail
from keyring.errors import KeyringError
from pyrage import passphrase as age_passphrase

from app.atomic import atomic_write
from app.errors import UserError
from app.exchange.keys import (
    AGE_IDENTITY_FILE,
    KEY_FILE,
    DeviceKey,
    damaged_key,
    key_from_secret,
    read_plain_key,
)
from app.i18n import _

KEYRING_SERVICE = "NMRF Tracker device key"
IN_KEYRING_FILE = "in-keyring.txt"
PROTECTED_FILE = "device-key.age"
KEY_PASSPHRASE_VARIABLE = "NMRF_TRACKER_KEY_PASSPHRASE"
MINIMUM_PASSPHRASE = 10  # characters: it is all that stands between a copied folder and the key

_session: dict[str, object] = {"passphrase": None}
_unlocked: dict[Path, DeviceKey] = {}


class KeysLocked(UserError):
    """The keys are in a passphrase-protected file and no passphrase (or a wrong one) was
    given; `new`: none exists yet, the person chooses one."""

    def __init__(self, message: str, *, new: bool, wrong: bool = False):
        super().__init__(message)
        self.new, self.wrong = new, wrong


def remember_passphrase(passphrase: str | None) -> None:
    """The key passphrase for the rest of this session (None forgets it)."""
    _session["passphrase"] = passphrase


def forget_unlocked_keys() -> None:
    _unlocked.clear()
    remember_passphrase(None)


def chosen_passphrase_problem(passphrase: str) -> str | None:
    if len(passphrase) < MINIMUM_PASSPHRASE:
        return _("a key passphrase has at least {0} characters").format(MINIMUM_PASSPHRASE)
    return None


def _given_passphrase() -> str | None:
    remembered = _session["passphrase"]
    if isinstance(remembered, str):
        return remembered
    return os.environ.get(KEY_PASSPHRASE_VARIABLE) or None


def system_keyring() -> keyring.backend.KeyringBackend | None:
    """The operating system's keyring, or None where there is none (a server, a minimal
    Linux without a Secret Service)."""
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or backend.priority <= 0:
        return None
    return backend


def where_keys_are(folder: Path) -> str:
    """'keyring', 'passphrase', 'clear' (an earlier version's files) or 'none'."""
    if (folder / IN_KEYRING_FILE).exists():
        return "keyring"
    if (folder / PROTECTED_FILE).exists():
        return "passphrase"
    return "clear" if (folder / KEY_FILE).exists() else "none"


def opens_without_asking(folder: Path) -> bool:
    return folder in _unlocked or where_keys_are(folder) == "keyring"


def load_device_key(folder: Path) -> DeviceKey:
    """The device's keys, created on first use; KeysLocked when a passphrase is needed."""
    if folder in _unlocked:
        return _unlocked[folder]
    kind = where_keys_are(folder)
    if kind == "keyring":
        key = _from_keyring(folder)
    elif kind == "passphrase":
        key = _from_protected_file(folder)
    else:
        key = read_plain_key(folder) or DeviceKey.generate()
        store_device_key(folder, key)
    _unlocked[folder] = key
    return key


def store_device_key(folder: Path, key: DeviceKey) -> None:
    """Kept in the keyring, or else in the protected file; any key in clear removed."""
    folder.mkdir(parents=True, exist_ok=True)
    backend = system_keyring()
    if backend is not None:
        try:
            backend.set_password(KEYRING_SERVICE, folder.name, key.secret)
        except KeyringError as error:
            raise UserError(_("The system keyring refused to keep this computer's key "
                              "({0}); unlock it and try again").format(error)) from error
        _write_private(folder / IN_KEYRING_FILE, (
            f"The private keys of device {folder.name} are in the system keyring, under "
            f"'{KEYRING_SERVICE}'. Key fingerprint: {key.fingerprint}\n").encode())
        (folder / PROTECTED_FILE).unlink(missing_ok=True)
    else:
        passphrase = _given_passphrase()
        if passphrase is None:
            raise KeysLocked(_("This computer has no system keyring: its key is kept in a "
                               "file protected by a passphrase you choose now"), new=True)
        if (problem := chosen_passphrase_problem(passphrase)) is not None:
            raise KeysLocked(problem, new=True, wrong=True)
        _write_private(folder / PROTECTED_FILE,
                       age_passphrase.encrypt(key.secret.encode(), passphrase))
        (folder / IN_KEYRING_FILE).unlink(missing_ok=True)
    _unlocked[folder] = key
    for name in (KEY_FILE, AGE_IDENTITY_FILE):
        _remove_clear(folder / name)


def _from_keyring(folder: Path) -> DeviceKey:
    backend = system_keyring()
    if backend is None:
        raise UserError(_("{0}: this computer's key is in the system keyring, which cannot be "
                          "reached now; open your session's keyring and try again").format(
                            folder))
    try:
        secret = backend.get_password(KEYRING_SERVICE, folder.name)
    except KeyringError as error:
        raise UserError(_("The system keyring did not give this computer's key ({0}); "
                          "unlock it and try again").format(error)) from error
    if secret is None:
        raise damaged_key(folder, _("the system keyring no longer holds it"))
    return key_from_secret(secret, folder)


def _from_protected_file(folder: Path) -> DeviceKey:
    passphrase = _given_passphrase()
    path = folder / PROTECTED_FILE
    if passphrase is None:
        raise KeysLocked(_("This computer's key is protected by your key passphrase; type it "
                           "to unlock the key for this session"), new=False)
    try:
        secret = age_passphrase.decrypt(path.read_bytes(), passphrase)
    except pyrage.DecryptError as error:
        raise KeysLocked(_("That passphrase does not unlock this computer's key"),
                         new=False, wrong=True) from error
    except OSError as error:
        raise damaged_key(path, error.strerror or error) from error
    return key_from_secret(secret.decode("utf-8", "replace"), path)


def _write_private(path: Path, content: bytes) -> None:
    with atomic_write(path, f"the device key {path.name}") as temporary:
        # Readable by its owner alone from the first byte written.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)


def _remove_clear(path: Path) -> None:
    """Overwritten before it goes (what a file system lets us; an SSD may keep old blocks,
    which docs/security.md says)."""
    if not path.exists():
        return
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.write(os.urandom(size))
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
