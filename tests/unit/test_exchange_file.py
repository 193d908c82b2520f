"""The exchange file read as a hostile input: anything altered, foreign or incomplete is
refused whole, with a sentence naming the file; nothing inside is parsed until it decrypted."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from app.errors import UserError
from app.exchange import container
from app.exchange.container import (
    ExchangeRejected,
    PassphraseNeeded,
    read_exchange_file,
    write_exchange_file,
)
from app.exchange.keys import DeviceKey, fingerprint, key_from_secret
from app.exchange.sealing import one_time_identity, one_time_passphrase, seal

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
                        {hashlib.sha256(EVIDENCE).hexdigest(): EVIDENCE}, key,
                        recipients=[key.recipient])
    return path


def _reader(key):
    """read(path): the file read with `key`'s identity, as its recipient reads it."""
    return lambda path, **options: read_exchange_file(path, [key.age], **options)


def _resealed(exchange, key, tmp_path, change) -> None:
    """Someone who can encrypt to the recipient (anyone: recipients are public) changed the
    signed container inside: change(sqlite_path) runs on a decrypted copy."""
    import pyrage

    inner = tmp_path / "inner.sqlite"
    inner.write_bytes(pyrage.decrypt(exchange.read_bytes(), [key.age]))
    change(inner)
    exchange.write_bytes(seal(inner.read_bytes(), [key.recipient]))
    inner.unlink()


def test_round_trip_keeps_everything_and_leaves_no_temporary_file(exchange, key, tmp_path):
    read = _reader(key)(exchange)
    assert read.manifest == {"kind": "submit", "institution": "MOJ", "format": 1}
    assert read.changes == CHANGES
    assert read.evidence == {hashlib.sha256(EVIDENCE).hexdigest(): EVIDENCE}
    assert read.signer == key.public_bytes
    assert read.sha256 == hashlib.sha256(exchange.read_bytes()).hexdigest()
    read.require_signer(key.public_bytes, "the secretariat's")
    assert [p.name for p in tmp_path.iterdir()] == [exchange.name]


def test_the_bytes_hold_no_text_no_name_and_no_evidence(exchange):
    data = exchange.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n")
    for secret in (b"Progress", "Côte d'Ivoire".encode(), b"MOJ", b"assessment",
                   b"narrative", EVIDENCE[:20], b"SQLite format 3"):
        assert secret not in data


@pytest.fixture
def no_sqlite(monkeypatch):
    """Fails the test if the container is parsed at all."""
    def refuse(*args, **kwargs):
        raise AssertionError("SQLite was asked to parse a file that did not decrypt")
    monkeypatch.setattr(container, "_read_container", refuse)
    monkeypatch.setattr(container.sqlite3, "connect", refuse)


def test_a_file_for_another_recipient_is_refused_before_any_parsing(exchange, no_sqlite):
    with pytest.raises(ExchangeRejected, match="encrypted for another database") as refused:
        read_exchange_file(exchange, [DeviceKey.generate().age])
    assert str(refused.value).startswith(f"{exchange.name}: ")
    with pytest.raises(ExchangeRejected, match="not on this computer"):
        read_exchange_file(exchange)


@pytest.mark.parametrize("share", [0.3, 0.6, 0.99])
def test_altered_ciphertext_is_refused_before_any_parsing(exchange, key, share, no_sqlite):
    data = bytearray(exchange.read_bytes())
    data[int(len(data) * share)] ^= 0x01
    exchange.write_bytes(bytes(data))
    with pytest.raises(ExchangeRejected, match="damaged or altered on the way"):
        _reader(key)(exchange)


def test_a_file_from_an_earlier_version_in_clear_is_refused(tmp_path, key, no_sqlite):
    old = tmp_path / "from-1.2.nmrf"
    old.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    with pytest.raises(ExchangeRejected, match="not encrypted: made by an earlier version"):
        _reader(key)(old)


def test_a_first_file_opens_with_its_twelve_words_and_no_others(tmp_path, key):
    words = one_time_passphrase()
    path = tmp_path / "first.nmrf"
    write_exchange_file(path, {"kind": "snapshot"}, CHANGES, {}, key, recipients=[
        str(one_time_identity(words).to_public()), key.recipient])
    stranger = [DeviceKey.generate().age]
    typed = "  " + words.upper().replace(" ", "   ") + " "  # as read over the phone
    assert read_exchange_file(path, stranger, passphrase=typed).changes == CHANGES
    assert _reader(key)(path).changes == CHANGES  # the secretariat reads its own file
    with pytest.raises(PassphraseNeeded, match="twelve words") as asked:
        read_exchange_file(path, stranger, asks_passphrase=True)
    assert not asked.value.wrong
    other = one_time_passphrase()
    misheard = words.split()
    misheard[3] = "zzzz"
    swapped = words.split()
    swapped[0], swapped[1] = swapped[1], swapped[0]
    for wrong, reason in ((other, "these words do not open it"),
                          (" ".join(misheard), "'zzzz' is not one of the words"),
                          (" ".join(words.split()[:11]), "11 words typed"),
                          (" ".join(swapped), "do not check out|do not open it")):
        with pytest.raises(PassphraseNeeded, match=reason) as refused:
            read_exchange_file(path, stranger, passphrase=wrong)
        assert refused.value.wrong


def test_a_file_signed_by_another_key_is_refused(exchange, key, tmp_path):
    pinned = DeviceKey.generate()
    with pytest.raises(ExchangeRejected, match="signed by another key") as refused:
        _reader(key)(exchange).require_signer(pinned.public_bytes, "the secretariat's")
    assert pinned.fingerprint in str(refused.value)


def test_altered_content_breaks_the_signature(exchange, key, tmp_path):
    def alter(inner):
        data = bytearray(inner.read_bytes())
        at = data.index(b"Progress 7")
        data[at:at + 10] = b"Progress 8"  # same length: SQLite itself sees nothing wrong
        inner.write_bytes(bytes(data))
    _resealed(exchange, key, tmp_path, alter)
    with pytest.raises(ExchangeRejected, match="signature does not match"):
        _reader(key)(exchange)


@pytest.mark.parametrize("share", [0.0, 0.03, 0.2, 0.35, 0.5, 0.65, 0.8, 0.97])
def test_a_flipped_bit_anywhere_is_refused(exchange, key, share):
    data = bytearray(exchange.read_bytes())
    at = min(len(data) - 1, int(len(data) * share))
    for offset in range(at, min(at + 64, len(data)), 7):
        flipped = bytearray(data)
        flipped[offset] ^= 0x10
        exchange.write_bytes(bytes(flipped))
        with pytest.raises(ExchangeRejected):
            _reader(key)(exchange)


@pytest.mark.parametrize("share", [0.2, 0.5, 0.97])
def test_a_flipped_bit_inside_a_resealed_container_is_refused_or_changes_nothing(
        exchange, key, tmp_path, share):
    original = _reader(key)(exchange)
    sealed = exchange.read_bytes()
    for step in range(0, 64, 7):
        exchange.write_bytes(sealed)

        def flip(inner, step=step):
            data = bytearray(inner.read_bytes())
            data[min(len(data) - 1, int(len(data) * share) + step)] ^= 0x10
            inner.write_bytes(bytes(data))
        _resealed(exchange, key, tmp_path, flip)
        try:
            read = _reader(key)(exchange)
        except ExchangeRejected:
            continue
        assert (read.manifest, read.changes, read.evidence, read.signer) == (
            original.manifest, original.changes, original.evidence, original.signer)


def test_truncated_empty_foreign_and_oversized_files_are_refused(exchange, key, tmp_path):
    whole = exchange.read_bytes()
    cases = {
        "truncated.nmrfx": (whole[:len(whole) // 2], "damaged or altered"),
        "empty.nmrfx": (b"", "empty"),
        "report.nmrfx": (b"PK\x03\x04 a zip, not ours" * 10, "not an NMRF Tracker exchange"),
    }
    for name, (content, reason) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(ExchangeRejected, match=reason) as refused:
            _reader(key)(path)
        assert str(refused.value).startswith(f"{name}: ")
    with pytest.raises(ExchangeRejected, match="more than an exchange file may hold"):
        _reader(key)(exchange, max_bytes=1000)


@pytest.mark.parametrize("addition", [
    "CREATE TABLE extra (x)",
    "CREATE VIEW everything AS SELECT * FROM change",
    "CREATE TRIGGER sneaky AFTER INSERT ON change BEGIN DELETE FROM manifest; END",
    "CREATE INDEX by_record ON change(record)",
])
def test_unknown_tables_views_triggers_and_indexes_are_refused(exchange, key, tmp_path,
                                                                addition):
    def add(inner):
        with sqlite3.connect(inner) as connection:
            connection.execute(addition)
        connection.close()
    _resealed(exchange, key, tmp_path, add)
    with pytest.raises(ExchangeRejected, match=r"not the expected content.*unexpected"):
        _reader(key)(exchange)


def test_a_newer_format_asks_for_an_update(tmp_path, key, monkeypatch):
    monkeypatch.setattr(container, "FORMAT", 2)
    path = tmp_path / "future.nmrfx"
    write_exchange_file(path, {"kind": "issue"}, [], {}, key, recipients=[key.recipient])
    monkeypatch.setattr(container, "FORMAT", 1)
    with pytest.raises(ExchangeRejected, match="newer version of NMRF Tracker"):
        _reader(key)(path)


def test_evidence_must_match_its_hash_when_written(tmp_path, key):
    with pytest.raises(ValueError, match="does not match its hash"):
        write_exchange_file(tmp_path / "x.nmrfx", {}, [], {"0" * 64: b"other"}, key,
                            recipients=[key.recipient])
    assert not list(tmp_path.iterdir())


def test_device_key_is_created_once_and_fingerprinted():
    first = DeviceKey.generate()
    assert len(fingerprint(first.public_bytes).split()) == 5
    again = key_from_secret(first.secret, "here")
    assert (again.public_bytes, again.recipient) == (first.public_bytes, first.recipient)
    assert first.recipient.startswith("age1")
    with pytest.raises(UserError, match="device key is damaged"):
        key_from_secret("garbage", "here")


def test_wrong_words_are_refused_before_any_parsing(tmp_path, key, no_sqlite):
    path = tmp_path / "first.nmrf"
    path.write_bytes(seal(b"SQLite format 3\x00" + bytes(4080),
                          [str(one_time_identity(one_time_passphrase()).to_public())]))
    with pytest.raises(PassphraseNeeded, match="these words do not open it"):
        read_exchange_file(path, [key.age], passphrase=one_time_passphrase())
