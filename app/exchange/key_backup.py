"""A device's keys saved to a protected backup, restored from it, or replaced when lost.

A backup is an age file encrypted with a passphrase the person chooses (scrypt), holding both
private keys and which database and device they belong to. Replacing the secretariat's key
makes a new one under the same device id: the files it issues from then on are signed by the
new key, and each ministry accepts it once its focal point compared the new fingerprint with
the secretariat by phone (`apply_secretariat_file(accept_key=)`). What ministries had
encrypted to the lost key cannot be read any more; they prepare their file again, which
carries every change not yet acknowledged anyway.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import pyrage
from pyrage import passphrase as age_passphrase

from app.atomic import atomic_write
from app.db.database import Database
from app.errors import UserError
from app.exchange.identity import device_key, key_folder
from app.exchange.key_store import chosen_passphrase_problem, store_device_key
from app.exchange.keys import DeviceKey, key_from_secret
from app.i18n import _
from app.models import DatabaseInfo, Device, utcnow
from app.models.codes import DatabaseRole, DeviceKind
from app.services.permissions import require_secretariat

log = logging.getLogger(__name__)
BACKUP_KIND = "nmrf-tracker device key backup"


@dataclass(frozen=True)
class KeyChange:
    device_id: str
    fingerprint: str
    previous_fingerprint: str = ""


def backup_key(db: Database, out: Path, passphrase: str) -> KeyChange:
    if (problem := chosen_passphrase_problem(passphrase)) is not None:
        raise UserError(_("The backup's passphrase: {0}").format(problem))
    key = device_key(db.identity.device_id)
    with db.read() as session:
        title = DatabaseInfo.of(session).title
    content = json.dumps({"kind": BACKUP_KIND, "device_id": db.identity.device_id,
                          "database_id": db.identity.database_id, "title": title,
                          "made_at": utcnow().isoformat(), "keys": key.secret})
    sealed = age_passphrase.encrypt(content.encode(), passphrase)
    out = Path(out)
    with atomic_write(out, f"the key backup {out.name}", estimate=len(sealed)) as temporary:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(sealed)
    return KeyChange(db.identity.device_id, key.fingerprint)


def restore_key(db: Database, backup: Path, passphrase: str) -> KeyChange:
    """The keys of this database's device, put back from its backup."""
    backup = Path(backup)
    try:
        content = json.loads(age_passphrase.decrypt(backup.read_bytes(), passphrase))
    except OSError as error:
        raise UserError(_("{0}: cannot be read ({1})").format(
            backup.name, error.strerror or error)) from error
    except (pyrage.DecryptError, ValueError) as error:
        raise UserError(_("{0}: the passphrase does not open it, or it is not a key "
                          "backup").format(backup.name)) from error
    if not isinstance(content, dict) or content.get("kind") != BACKUP_KIND:
        raise UserError(_("{0}: not a key backup of NMRF Tracker").format(backup.name))
    if content.get("device_id") != db.identity.device_id:
        raise UserError(_("{0}: the key of another database ({1}), not of this one; nothing "
                          "restored").format(backup.name, content.get("title") or "?"))
    key = key_from_secret(str(content.get("keys")), backup.name)
    store_device_key(key_folder(db.identity.device_id), key)
    _record_own_key(db, key)
    return KeyChange(db.identity.device_id, key.fingerprint)


def replace_key(db: Database) -> KeyChange:
    """A new key for this database's device, in place of a lost or copied one
    (secretariat)."""
    with db.read() as session:
        require_secretariat(session, _("replace the secretariat's key"))
        if DatabaseInfo.of(session).role != DatabaseRole.SECRETARIAT:
            raise UserError(_("Only the secretariat's database replaces its key this way; a "
                              "ministry's copy starts again from a file issued for a new "
                              "computer."))
    try:
        previous = device_key(db.identity.device_id).fingerprint
    except UserError:  # lost indeed: gone from the keyring, or its passphrase forgotten
        previous = ""
    key = DeviceKey.generate()
    store_device_key(key_folder(db.identity.device_id), key)
    log.warning("device key of %s replaced (was %s, now %s)", db.identity.device_id,
                previous or "unreadable", key.fingerprint)
    return KeyChange(db.identity.device_id, key.fingerprint, previous)


def _record_own_key(db: Database, key: DeviceKey) -> None:
    """A ministry's copy registers its own public key: kept in step with the key."""
    if db.read_only:
        return
    with db.write(record_changes=False) as session:
        own = session.get(Device, db.identity.device_id)
        if own is not None and own.kind == DeviceKind.OWN:
            own.public_key = key.public_bytes
