"""The exchange file read as a hostile input: anything altered, foreign or incomplete is
refused whole, with a sentence naming the file."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat

import pytest

from app.errors import UserError
from app.exchange import container
from app.exchange.container import ExchangeRejected, read_exchange_file, write_exchange_file
from app.exchange.keys import DeviceKey, fingerprint, load_or_create_device_key

EVIDENCE = b"%PDF-1.7 minutes of the inter-ministerial meeting"
CHANGES = [{"id": f"c{n}", "device_id": "d1", "seq": n, "table": "assessment",
            "fields": {"narrative": [None, f"Progress {n} — Côte d'Ivoire, Việt Nam"]}}
           for n in range(1, 40)]


@pytest.fixture
def key() -> DeviceKey:
    return DeviceKey.generate()


@pytest.fixture
def exchange(tmp_path, key):
    path = tmp_path / "moj-to-secretariat.nmrfx"
    write_exchange_file(path, {"kind": "submit", "institution": "MOJ"}, CHANGES,
                        {hashlib.sha256(EVIDENCE).hexdigest(): EVIDENCE}, key)
    return path


def test_round_trip_keeps_everything_and_leaves_no_temporary_file(exchange, key, tmp_path):
    read = read_exchange_file(exchange)
    assert read.manifest == {"kind": "submit", "institution": "MOJ", "format": 1}
    assert read.changes == CHANGES
    assert read.evidence == {hashlib.sha256(EVIDENCE).hexdigest(): EVIDENCE}
    assert read.signer == key.public_bytes
    assert read.sha256 == hashlib.sha256(exchange.read_bytes()).hexdigest()
    read.require_signer(key.public_bytes, "the secretariat's")
    assert [p.name for p in tmp_path.iterdir()] == [exchange.name]


def test_a_file_signed_by_another_key_is_refused(exchange, tmp_path):
    pinned = DeviceKey.generate()
    with pytest.raises(ExchangeRejected, match="signed by another key") as refused:
        read_exchange_file(exchange).require_signer(pinned.public_bytes, "the secretariat's")
    assert pinned.fingerprint in str(refused.value)


def test_altered_content_breaks_the_signature(exchange):
    data = bytearray(exchange.read_bytes())
    at = data.index(b"Progress 7")
    data[at:at + 10] = b"Progress 8"  # same length: SQLite itself sees nothing wrong
    exchange.write_bytes(bytes(data))
    with pytest.raises(ExchangeRejected, match="signature does not match"):
        read_exchange_file(exchange)


@pytest.mark.parametrize("share", [0.0, 0.03, 0.2, 0.35, 0.5, 0.65, 0.8, 0.97])
def test_a_flipped_bit_anywhere_is_refused_or_changes_nothing(exchange, share):
    original = read_exchange_file(exchange)
    data = bytearray(exchange.read_bytes())
    at = min(len(data) - 1, int(len(data) * share))
    for offset in range(at, min(at + 64, len(data)), 7):
        flipped = bytearray(data)
        flipped[offset] ^= 0x10
        exchange.write_bytes(bytes(flipped))
        try:
            read = read_exchange_file(exchange)
        except ExchangeRejected:
            continue
        assert (read.manifest, read.changes, read.evidence, read.signer) == (
            original.manifest, original.changes, original.evidence, original.signer)


def test_truncated_empty_foreign_and_oversized_files_are_refused(exchange, tmp_path):
    whole = exchange.read_bytes()
    cases = {
        "truncated.nmrfx": (whole[:len(whole) // 2], "damaged|signature|not signed"),
        "empty.nmrfx": (b"", "empty"),
        "report.nmrfx": (b"PK\x03\x04 a zip, not ours" * 10, "not an NMRF Tracker exchange"),
    }
    for name, (content, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(ExchangeRejected, match=reason) as refused:
            read_exchange_file(path)
        assert str(refused.value).startswith(f"{name}: ")
    with pytest.raises(ExchangeRejected, match="more than an exchange file may hold"):
        read_exchange_file(exchange, max_bytes=1000)


@pytest.mark.parametrize("addition", [
    "CREATE TABLE extra (x)",
    "CREATE VIEW everything AS SELECT * FROM change",
    "CREATE TRIGGER sneaky AFTER INSERT ON change BEGIN DELETE FROM manifest; END",
    "CREATE INDEX by_record ON change(record)",
])
def test_unknown_tables_views_triggers_and_indexes_are_refused(exchange, tmp_path, addition):
    copy = tmp_path / "copy.nmrfx"
    shutil.copy(exchange, copy)
    with sqlite3.connect(copy) as connection:
        connection.execute(addition)
    connection.close()
    with pytest.raises(ExchangeRejected, match=r"not the expected content.*unexpected"):
        read_exchange_file(copy)


def test_a_newer_format_asks_for_an_update(tmp_path, key, monkeypatch):
    monkeypatch.setattr(container, "FORMAT", 2)
    path = tmp_path / "future.nmrfx"
    write_exchange_file(path, {"kind": "issue"}, [], {}, key)
    monkeypatch.setattr(container, "FORMAT", 1)
    with pytest.raises(ExchangeRejected, match="newer version of NMRF Tracker"):
        read_exchange_file(path)


def test_evidence_must_match_its_hash_when_written(tmp_path, key):
    with pytest.raises(ValueError, match="does not match its hash"):
        write_exchange_file(tmp_path / "x.nmrfx", {}, [], {"0" * 64: b"other"}, key)
    assert not list(tmp_path.iterdir())


def test_device_key_is_created_once_private_and_fingerprinted(tmp_path):
    first = load_or_create_device_key(tmp_path / "keys")
    again = load_or_create_device_key(tmp_path / "keys")
    assert first.public_bytes == again.public_bytes
    mode = stat.S_IMODE((tmp_path / "keys" / "device-key.pem").stat().st_mode)
    assert mode == 0o600
    assert len(fingerprint(first.public_bytes).split()) == 5
    (tmp_path / "keys" / "device-key.pem").write_text("garbage")
    with pytest.raises(UserError, match="device key is damaged"):
        load_or_create_device_key(tmp_path / "keys")
