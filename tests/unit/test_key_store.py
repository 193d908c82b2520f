"""Device keys at rest: in the system keyring where there is one, otherwise in a file
protected by the key passphrase; never in clear in the data folder."""

from __future__ import annotations

import stat

import pytest

from app.errors import UserError
from app.exchange import key_store
from app.exchange.key_store import (
    IN_KEYRING_FILE,
    PROTECTED_FILE,
    KeysLocked,
    forget_unlocked_keys,
    load_device_key,
    remember_passphrase,
    where_keys_are,
)
from app.exchange.keys import AGE_IDENTITY_FILE, KEY_FILE, DeviceKey
from tests.file_keyring import FileKeyring

PASSPHRASE = "correct horse battery staple"


def _no_private_key_in_clear(folder) -> None:
    for path in folder.iterdir():
        content = path.read_bytes()
        assert b"PRIVATE KEY" not in content and b"AGE-SECRET-KEY" not in content, path.name


def _plain_key(folder, with_age_identity: bool) -> DeviceKey:
    """The key files an earlier version left: a PEM, and since 1.3 an age identity."""
    from cryptography.hazmat.primitives import serialization

    key = DeviceKey.generate()
    folder.mkdir(parents=True)
    (folder / KEY_FILE).write_bytes(key.private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    if with_age_identity:
        (folder / AGE_IDENTITY_FILE).write_text(f"{key.age}\n")
    return key


def test_with_a_keyring_the_key_goes_there_and_the_folder_only_says_so(tmp_path):
    folder = tmp_path / "keys" / "device-1"
    key = load_device_key(folder)
    assert where_keys_are(folder) == "keyring"
    assert [p.name for p in folder.iterdir()] == [IN_KEYRING_FILE]
    assert key.fingerprint in (folder / IN_KEYRING_FILE).read_text()
    _no_private_key_in_clear(folder)
    assert stat.S_IMODE((folder / IN_KEYRING_FILE).stat().st_mode) == 0o600
    forget_unlocked_keys()  # another session
    again = load_device_key(folder)
    assert (again.public_bytes, again.recipient) == (key.public_bytes, key.recipient)


@pytest.mark.parametrize("with_age_identity", [False, True])
def test_keys_left_in_clear_by_earlier_versions_move_into_the_keyring(tmp_path,
                                                                      with_age_identity):
    folder = tmp_path / "keys" / "device-1"
    plain = _plain_key(folder, with_age_identity)
    moved = load_device_key(folder)
    assert moved.public_bytes == plain.public_bytes
    assert (moved.recipient == plain.recipient) == with_age_identity
    assert [p.name for p in folder.iterdir()] == [IN_KEYRING_FILE]


def test_a_keyring_that_lost_the_key_is_said_not_replaced_silently(tmp_path):
    folder = tmp_path / "keys" / "device-1"
    load_device_key(folder)
    FileKeyring._path().unlink()
    forget_unlocked_keys()
    with pytest.raises(UserError, match="no longer holds it"):
        load_device_key(folder)
    assert where_keys_are(folder) == "keyring"  # nothing overwritten: a backup can restore it


def test_without_a_keyring_the_key_is_a_passphrase_protected_file(tmp_path, no_system_keyring):
    folder = tmp_path / "keys" / "device-1"
    with pytest.raises(KeysLocked) as asked:
        load_device_key(folder)
    assert asked.value.new
    assert not folder.exists() or not list(folder.iterdir())
    remember_passphrase("short")
    with pytest.raises(KeysLocked, match="at least 10 characters") as refused:
        load_device_key(folder)
    assert refused.value.wrong
    remember_passphrase(PASSPHRASE)
    key = load_device_key(folder)
    assert [p.name for p in folder.iterdir()] == [PROTECTED_FILE]
    assert stat.S_IMODE((folder / PROTECTED_FILE).stat().st_mode) == 0o600
    _no_private_key_in_clear(folder)

    forget_unlocked_keys()  # the next session asks again
    with pytest.raises(KeysLocked, match="type it to unlock") as locked:
        load_device_key(folder)
    assert not locked.value.new and not locked.value.wrong
    remember_passphrase("not the passphrase at all")
    with pytest.raises(KeysLocked, match="does not unlock") as wrong:
        load_device_key(folder)
    assert wrong.value.wrong
    remember_passphrase(PASSPHRASE)
    assert load_device_key(folder).public_bytes == key.public_bytes


def test_the_environment_variable_gives_the_passphrase_to_scripts(tmp_path, no_system_keyring,
                                                                  monkeypatch):
    folder = tmp_path / "keys" / "device-1"
    plain = _plain_key(folder, with_age_identity=True)
    monkeypatch.setenv(key_store.KEY_PASSPHRASE_VARIABLE, PASSPHRASE)
    assert load_device_key(folder).public_bytes == plain.public_bytes
    assert [p.name for p in folder.iterdir()] == [PROTECTED_FILE]  # the clear files are gone
