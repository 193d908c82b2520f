"""The exchange file: one self-contained SQLite file of our own format (ARCHITECTURE §5) —
a manifest, change records, the evidence files they refer to, and an Ed25519 signature over a
digest of all of it.

Every file received is treated as hostile: size limit, SQLite header, opened read-only and
immutable with trusted_schema off, integrity check first, exactly the expected schema (no
other table, no view, no trigger), a known format, the digest recomputed and the signature and
evidence hashes checked. Any failure rejects the whole file with one sentence naming it.
Files are written under a temporary name, read back and verified, flushed, then renamed: a
pulled USB stick leaves either no file or a whole one.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.atomic import atomic_write
from app.errors import UserError
from app.exchange.keys import DeviceKey, fingerprint, verify
from app.hashing import file_sha256
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
                        evidence: dict[str, bytes], key: DeviceKey) -> ExchangeFile:
    manifest = {**manifest, "format": FORMAT}
    records = [canonical_json(change) for change in changes]
    for sha, content in evidence.items():
        if hashlib.sha256(content).hexdigest() != sha:
            raise ValueError(f"evidence {sha}: content does not match its hash")
    signature = key.sign(digest(manifest, records, list(evidence)))
    estimate = sum(len(record) for record in records) + sum(map(len, evidence.values()))
    with atomic_write(path, f"the exchange file {path.name}", estimate=estimate) as temporary:
        connection = sqlite3.connect(temporary)
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
        finally:
            connection.close()
        written = read_exchange_file(temporary)  # what the other side will check, checked now
        written.require_signer(key.public_bytes, "this device's key")
    _sync_folder(path.parent)
    written.path = path
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


def open_untrusted(path: Path, reject: Callable[[str], Exception]) -> sqlite3.Connection:
    """A received SQLite file opened read-only and immutable, trusted_schema off, after its
    integrity check; the caller closes it. reject(reason) makes the error to raise."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1",
                                     uri=True)
    except sqlite3.Error as error:
        raise reject(_("cannot be opened ({0})").format(error)) from error
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


def read_exchange_file(path: Path, max_bytes: int = MAX_BYTES) -> ExchangeFile:
    """The file's content after every structural check; raises ExchangeRejected otherwise."""
    reject = rejecting(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise reject(_("cannot be read ({0})").format(error.strerror or error)) from error
    if size == 0:
        raise reject(_("the file is empty"))
    if size > max_bytes:
        raise reject(_("{0:,} bytes, more than an exchange file may hold ({1:,})").format(
                         size, max_bytes))
    if header != SQLITE_HEADER:
        raise reject(_("not an NMRF Tracker exchange file"))
    sha256 = file_sha256(path)
    connection = open_untrusted(path, reject)
    try:
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
