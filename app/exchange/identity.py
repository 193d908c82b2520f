"""Where each database's device key lives: in the user's data folder, one per device id,
never inside the database file — a database mailed whole must not carry its key with it."""

from __future__ import annotations

from pyrage import x25519

from app.exchange.keys import (
    AGE_IDENTITY_FILE,
    DeviceKey,
    load_or_create_device_key,
    read_age_identity,
)
from app.paths import app_paths


def device_key(device_id: str) -> DeviceKey:
    return load_or_create_device_key(app_paths().data / "keys" / device_id)


def local_identities() -> list[x25519.Identity]:
    """Every age identity of this computer's user: what opens a file before the copy it is
    meant for exists (the first file, opened to create it)."""
    return [read_age_identity(path)
            for path in sorted((app_paths().data / "keys").glob(f"*/{AGE_IDENTITY_FILE}"))]
