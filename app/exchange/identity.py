"""Where each database's device key lives: in the user's data folder, one per device id,
never inside the database file — a database mailed whole must not carry its key with it."""

from __future__ import annotations

from app.exchange.keys import DeviceKey, load_or_create_device_key
from app.paths import app_paths


def device_key(device_id: str) -> DeviceKey:
    return load_or_create_device_key(app_paths().data / "keys" / device_id)
