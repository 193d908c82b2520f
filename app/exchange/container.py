"""The exchange file: a self-contained SQLite container of our own format (ARCHITECTURE §5) —
a manifest, change records, the evidence files they refer to, and an Ed25519 signature over a
digest of all of it — encrypted as a whole with age (sealing.py): signed, then encrypted.

Every file received is treated as hostile: size limit, age header, decrypted first (nothing
is parsed from a file that does not decrypt), then the container checked in memory with
trusted_schema off, integrity check first, exactly the expected schema (no other table, no
view, no trigger), a known format, the digest recomputed and the signature and evidence hashes
checked. Any failure rejects the whole file with one sentence naming it. The plaintext never
touches a disk. Files are written under a temporary name, read back and compared, flushed,
then renamed: a pulled USB stick leaves either no file or a whole one.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pyrage import x25519

from app.atomic import atomic_write
from app.errors import UserError
from app.exchange.keys import DeviceKey, fingerprint, verify
from app.exchange.sealing import (
    NotUnsealed,
    is_sealed,
    one_time_identity,
    seal,
    unseal,
    words_problem,
)
from app.i18n import _

FORMAT = 1
MAX_BYTES = 2 * 1024**3  # evidence travels inside; beyond this a file is not one of ours
SQLITE_HEADER = b"SQLite format 3\x00"
TABLES = {
    "manifest": "CREATE TABLE manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "change": "CREATE TABLE change (position INTEGER PRIMARY KEY, record TEXT NOT NULL)",
    "evidence": "CREATE TABLE evidence (sha256 TEXT PRIMARY KEY, content BLOB NOT NULL)",
    "signature": "CREATE TABLE signature (singleton INTEGER PRIMARY KEY CHECK (singleton = 1), "
                 "public_key BLOB NOT NULL, value BLOB NOT NULL)",
}
# What sqlite_master must hold, exactly: the tables and the indexes of their text keys.
EXPECTED_SCHEMA = {("table", name, sql) for name, sql in TABLES.items()} | {
    ("index", "sqlite_autoindex_manifest_1", None), ("index", "sqlite_autoindex_evidence_1", None)}


class ExchangeRejected(UserError):
    """The whole file is refused; nothing was read into any database."""


class PassphraseNeeded(ExchangeRejected):
    """This database's keys do not open the file: the one-time passphrase may (none was
    given, or a wrong one)."""

    def __init__(self, message: str, *, wrong: bool):
        super().__init__(message)
        self.wrong = wrong


@dataclass
class ExchangeFile:
    path: Path
    sha256: str  # of the whole file: the same file received twice is recognised
    manifest: dict[str, Any]
    changes: list[dict[str, Any]]
    evidence: dict[str, bytes] = field(default_factory=dict)
    signer: bytes = b""

    @property
    def signer_fingerprint(self) -> str:
        return fingerprint(self.signer)

    def require_signer(self, expected: bytes, whose: str) -> None:
        """Refuses a file signed by any key but `expected` (whose: "the secretariat's")."""
        if self.signer != expected:
            raise ExchangeRejected(
                f"{self.path.name}: signed by another key (fingerprint "
                f"{self.signer_fingerprint}) than {whose} ({fingerprint(expected)}); "
                "not opened")


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest(manifest: dict[str, Any], records: list[str], evidence_hashes: list[str]) -> bytes:
    """What the signature covers: every manifest entry, every change record in order, every
    evidence hash (each evidence content is checked against its hash)."""
    hasher = hashlib.sha256(f"nmrf-exchange\0{FORMAT}\0".encode())
    for part in ([f"{key}={canonical_json(manifest[key])}" for key in sorted(manifest)]
                 + ["changes"] + records + ["evidence"] + sorted(evidence_hashes)):
        data = part.encode()
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.digest()


def write_exchange_file(path: Path, manifest: dict[str, Any], changes: list[dict[str, Any]],
                        evidence: dict[str, bytes], key: DeviceKey, *,
                        recipients: Sequence[str]) -> ExchangeFile:
    """Signed with `key`, then encrypted to `recipients` ("age1…")."""
    manifest = {**manifest, "format": FORMAT}
    records = [canonical_json(change) for change in changes]
    for sha, content in evidence.items():
        if hashlib.sha256(content).hexdigest() != sha:
            raise ValueError(f"evidence {sha}: content does not match its hash")
    signature = key.sign(digest(manifest, records, list(evidence)))
    connection = sqlite3.connect(":memory:")
    try:
        for sql in TABLES.values():
            connection.execute(sql)
        connection.executemany("INSERT INTO manifest VALUES (?, ?)",
                               [(k, canonical_json(v)) for k, v in manifest.items()])
        connection.executemany("INSERT INTO change VALUES (?, ?)", enumerate(records))
        connection.executemany("INSERT INTO evidence VALUES (?, ?)", evidence.items())
        connection.execute("INSERT INTO signature VALUES (1, ?, ?)",
                           (key.public_bytes, signature))
        connection.commit()
        plaintext = connection.serialize()
    finally:
        connection.close()
    # What the other side will check, checked now, before it is encrypted.
    written = _read_container(plaintext, path, rejecting(path), "")
    written.require_signer(key.public_bytes, "this device's key")
    sealed = seal(plaintext, recipients)
    with atomic_write(path, f"the exchange file {path.name}", estimate=len(sealed)) as temporary:
        temporary.write_bytes(sealed)
        if temporary.read_bytes() != sealed:
            raise OSError(f"{path.name}: what was written reads back differently")
    _sync_folder(path.parent)
    written.sha256 = hashlib.sha256(sealed).hexdigest()
    return written


def _sync_folder(folder: Path) -> None:
    """The rename itself made durable (not possible on every platform; best effort there)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def rejecting(path: Path) -> Callable[[str], ExchangeRejected]:
    """reject(reason): the refusal of the whole file, naming it."""
    def reject(reason: str) -> ExchangeRejected:
        return ExchangeRejected(f"{path.name}: {reason}; not opened, nothing changed")
    return reject


def _checked(connection: sqlite3.Connection, reject: Callable[[str], Exception]
             ) -> sqlite3.Connection:
    """trusted_schema off, cell sizes checked, integrity checked; closed on failure."""
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        connection.execute("PRAGMA cell_size_check = ON")
        check = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as error:
        connection.close()
        raise reject(_("damaged ({0})").format(error)) from error
    if check != ["ok"]:
        connection.close()
        raise reject(_("damaged ({0})").format('; '.join(check[:3])))
    return connection


def open_untrusted(path: Path, reject: Callable[[str], Exception]) -> sqlite3.Connection:
    """A received SQLite file opened read-only and immutable, trusted_schema off, after its
    integrity check; the caller closes it. reject(reason) makes the error to raise."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1",
                                     uri=True)
    except sqlite3.Error as error:
        raise reject(_("cannot be opened ({0})").format(error)) from error
    return _checked(connection, reject)


def read_exchange_file(path: Path, identities: Sequence[x25519.Identity] = (), *,
                       passphrase: str | None = None, asks_passphrase: bool = False,
                       max_bytes: int = MAX_BYTES) -> ExchangeFile:
    """The file's content after decryption (with one of `identities`, or the one-time
    passphrase) and every structural check; raises ExchangeRejected otherwise —
    PassphraseNeeded when `asks_passphrase` and a passphrase could open it."""
    reject = rejecting(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise reject(_("{0:,} bytes, more than an exchange file may hold ({1:,})").format(
                             size, max_bytes))
        data = path.read_bytes()
    except OSError as error:
        raise reject(_("cannot be read ({0})").format(error.strerror or error)) from error
    if not data:
        raise reject(_("the file is empty"))
    if data.startswith(SQLITE_HEADER):
        raise reject(_("not encrypted: made by an earlier version of NMRF Tracker, which "
                       "this one no longer reads; ask for a new file"))
    if not is_sealed(data):
        raise reject(_("not an NMRF Tracker exchange file"))
    keys = list(identities)
    if passphrase is not None:
        if (problem := words_problem(passphrase)) is not None:
            raise PassphraseNeeded(f"{path.name}: {problem}", wrong=True)
        keys.append(one_time_identity(passphrase))
    try:
        plaintext = unseal(data, keys)
    except NotUnsealed as error:
        if error.not_for_these_keys and passphrase is not None:
            raise PassphraseNeeded(_("{0}: these words do not open it (check them with the "
                                     "secretariat)").format(path.name), wrong=True) from error
        if error.not_for_these_keys and asks_passphrase:
            raise PassphraseNeeded(_("{0}: this computer's key does not open it; if the "
                                     "secretariat gave you twelve words for it, type "
                                     "them").format(path.name), wrong=False) from error
        raise reject(str(error)) from error
    if not plaintext.startswith(SQLITE_HEADER):
        raise reject(_("not an NMRF Tracker exchange file"))
    return _read_container(plaintext, path, reject, hashlib.sha256(data).hexdigest())


def _read_container(plaintext: bytes, path: Path, reject: Callable[[str], ExchangeRejected],
                    sha256: str) -> ExchangeFile:
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(plaintext)
    except sqlite3.DatabaseError as error:
        connection.close()
        raise reject(_("damaged ({0})").format(error)) from error
    connection = _checked(connection, reject)
    try:
        connection.execute("PRAGMA query_only = ON")
        schema = set(connection.execute("SELECT type, name, sql FROM sqlite_master"))
        if schema != EXPECTED_SCHEMA:
            unexpected = sorted(f"{kind} {item}" for kind, item, _ in schema - EXPECTED_SCHEMA)
            raise reject("not the expected content" + (
                f" (unexpected: {', '.join(unexpected[:5])})" if unexpected else ""))
        manifest = {key: json.loads(value)
                    for key, value in connection.execute("SELECT key, value FROM manifest")}
        version = manifest.get("format")
        if not isinstance(version, int):
            raise reject(_("no format in its manifest"))
        if version > FORMAT:
            raise reject(_("made by a newer version of NMRF Tracker (exchange format {0}, "
                           "this one reads {1}); update the application").format(version, FORMAT))
        if version < FORMAT:
            raise reject(_("exchange format {0} is no longer read").format(version))
        records = [record for (record,) in connection.execute(
            "SELECT record FROM change ORDER BY position")]
        evidence = dict(connection.execute("SELECT sha256, content FROM evidence"))
        signed = connection.execute("SELECT public_key, value FROM signature").fetchone()
    except sqlite3.DatabaseError as error:
        raise reject(_("damaged ({0})").format(error)) from error
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise reject(_("its manifest cannot be read ({0})").format(error)) from error
    finally:
        connection.close()
    if signed is None:
        raise reject(_("not signed"))
    signer, signature = signed
    if not verify(signer, signature, digest(manifest, records, list(evidence))):
        raise reject(_("its signature does not match its content (altered or damaged on the "
                       "way)"))
    for sha, content in evidence.items():
        if hashlib.sha256(content).hexdigest() != sha:
            raise reject(_("evidence {0}… does not match its hash").format(sha[:12]))
    try:
        changes = [json.loads(record) for record in records]
    except json.JSONDecodeError as error:
        raise reject(_("a change record cannot be read ({0})").format(error)) from error
    return ExchangeFile(path, sha256, manifest, changes, evidence, signer)
