"""This installation's device identity, kept in the application's data folder, readable only
by its owner: an Ed25519 key pair (cryptography) that signs its exchange files, and an age
X25519 identity (pyrage) that decrypts the files encrypted to it. The public signing key is
what the other side registers or pins; people compare its fingerprint, read aloud or over the
phone. The age recipient ("age1…") travels inside signed files, so it needs no comparing."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from pyrage import IdentityError, x25519

from app.atomic import atomic_write
from app.errors import UserError
from app.i18n import _

KEY_FILE = "device-key.pem"
AGE_IDENTITY_FILE = "age-identity.txt"


def fingerprint(public_key: bytes) -> str:
    """Twenty hexadecimal digits in groups of four: short enough to compare by eye."""
    digest = hashlib.sha256(public_key).hexdigest().upper()[:20]
    return " ".join(digest[i:i + 4] for i in range(0, 20, 4))


@dataclass(frozen=True)
class DeviceKey:
    private: Ed25519PrivateKey
    age: x25519.Identity

    @property
    def recipient(self) -> str:
        """Whom a file for this device is encrypted to."""
        return str(self.age.to_public())

    @property
    def public_bytes(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)

    @classmethod
    def generate(cls) -> DeviceKey:
        return cls(Ed25519PrivateKey.generate(), x25519.Identity.generate())


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def _damaged(path: Path, error: object) -> UserError:
    return UserError(_("{0}: the device key is damaged ({1}); restore it from a backup, or "
                       "move it away to create a new one (the other side will then have to "
                       "register this device again)").format(path, error))


def _write_private(path: Path, content: bytes) -> None:
    with atomic_write(path, f"the device key {path.name}") as temporary:
        # Readable by its owner alone from the first byte written.
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)


def _signing_key(path: Path) -> Ed25519PrivateKey:
    if not path.exists():
        created = Ed25519PrivateKey.generate()
        _write_private(path, created.private_bytes(serialization.Encoding.PEM,
                                                   serialization.PrivateFormat.PKCS8,
                                                   serialization.NoEncryption()))
        return created
    try:
        stored = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as error:
        raise _damaged(path, error) from error
    if not isinstance(stored, Ed25519PrivateKey):
        raise UserError(_("{0}: not an Ed25519 device key").format(path))
    return stored


def read_age_identity(path: Path) -> x25519.Identity:
    try:
        return x25519.Identity.from_str(path.read_text(encoding="ascii").strip())
    except (IdentityError, UnicodeDecodeError, ValueError) as error:
        raise _damaged(path, error) from error


def _age_identity(path: Path) -> x25519.Identity:
    """Created beside the signing key on first use, also for a key made by a version that
    did not encrypt yet."""
    if path.exists():
        return read_age_identity(path)
    created = x25519.Identity.generate()
    _write_private(path, f"{created}\n".encode("ascii"))
    return created


def load_or_create_device_key(folder: Path) -> DeviceKey:
    """The installation's keys, created on first use (owner-only permissions)."""
    folder.mkdir(parents=True, exist_ok=True)
    return DeviceKey(_signing_key(folder / KEY_FILE), _age_identity(folder / AGE_IDENTITY_FILE))
