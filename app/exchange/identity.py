"""Where each database's device key lives: in the user's data folder, one per device id,
never inside the database file — a database mailed whole must not carry its key with it
(key_store.py keeps the private keys themselves in the keyring or a protected file)."""

from __future__ import annotations

from pathlib import Path

from pyrage import x25519

from app.exchange.key_store import load_device_key, opens_without_asking
from app.exchange.keys import DeviceKey
from app.paths import app_paths


def key_folder(device_id: str) -> Path:
    return app_paths().data / "keys" / device_id


def device_key(device_id: str) -> DeviceKey:
    return load_device_key(key_folder(device_id))


def local_identities() -> list[x25519.Identity]:
    """The age identities of this computer's user that open without asking anything (in the
    keyring, or unlocked in this session): what may open a file before the copy it is meant
    for exists. A first file normally opens with its twelve words instead."""
    return [load_device_key(folder).age
            for folder in sorted((app_paths().data / "keys").glob("*/"))
            if opens_without_asking(folder)]
