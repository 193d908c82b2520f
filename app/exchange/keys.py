"""This installation's device identity (kept at rest by key_store.py): an Ed25519 key pair
(cryptography) that signs its exchange files, and an age X25519 identity (pyrage) that
decrypts the files encrypted to it. The public signing key is
what the other side registers or pins; people compare its fingerprint, read aloud or over the
phone. The age recipient ("age1…") travels inside signed files, so it needs no comparing."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from pyrage import IdentityError, x25519

from app.errors import UserError
from app.i18n import _

KEY_FILE = "device-key.pem"
AGE_IDENTITY_FILE = "age-identity.txt"


def fingerprint(public_key: bytes) -> str:
    """Twenty hexadecimal digits in groups of four: short enough to compare by eye."""
    digest = hashlib.sha256(public_key).hexdigest().upper()[:20]
    return " ".join(digest[i:i + 4] for i in range(0, 20, 4))


def device_token(value: str) -> str:
    """A fingerprint as people type it (spaces, case) or a device id, made comparable."""
    return "".join(value.split()).upper()


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

    @property
    def secret(self) -> str:
        """Both private keys in one text, for the keyring or a protected file."""
        pem = self.private.private_bytes(serialization.Encoding.PEM,
                                         serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption()).decode("ascii")
        return json.dumps({"signing": pem, "age": str(self.age)})

    @classmethod
    def generate(cls) -> DeviceKey:
        return cls(Ed25519PrivateKey.generate(), x25519.Identity.generate())


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def damaged_key(where: object, error: object) -> UserError:
    return UserError(_("{0}: the device key is damaged ({1}); restore it from a backup, or "
                       "move it away to create a new one (the other side will then have to "
                       "register this device again)").format(where, error))


def key_from_secret(secret: str, where: object) -> DeviceKey:
    """The keys as `DeviceKey.secret` wrote them; `where` names their place in errors."""
    try:
        parts = json.loads(secret)
        signing = serialization.load_pem_private_key(parts["signing"].encode("ascii"),
                                                     password=None)
        identity = x25519.Identity.from_str(parts["age"])
    except (ValueError, TypeError, KeyError, AttributeError, IdentityError) as error:
        raise damaged_key(where, error) from error
    if not isinstance(signing, Ed25519PrivateKey):
        raise UserError(_("{0}: not an Ed25519 device key").format(where))
    return DeviceKey(signing, identity)


def read_plain_key(folder: Path) -> DeviceKey | None:
    """The keys as versions before protected keys left them (a PEM file, and from the first
    encrypting version an age identity beside it), or None if there are none."""
    path = folder / KEY_FILE
    if not path.exists():
        return None
    try:
        signing = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as error:
        raise damaged_key(path, error) from error
    if not isinstance(signing, Ed25519PrivateKey):
        raise UserError(_("{0}: not an Ed25519 device key").format(path))
    identity_path = folder / AGE_IDENTITY_FILE
    if not identity_path.exists():
        return DeviceKey(signing, x25519.Identity.generate())
    try:
        identity = x25519.Identity.from_str(identity_path.read_text(encoding="ascii").strip())
    except (IdentityError, UnicodeDecodeError, ValueError) as error:
        raise damaged_key(identity_path, error) from error
    return DeviceKey(signing, identity)
