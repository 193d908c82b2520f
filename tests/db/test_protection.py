"""A database protected by a password (SQLCipher): recognised, refused with a wrong password
and left untouched, unreadable without it (its evidence too), its backups protected; turned
protected and back with everything kept."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import func, select

from app.db.backups import list_backups
from app.db.conversion import protect_database, unprotect_database
from app.db.lifecycle import integrity_problems, open_database, read_header, take_backup
from app.db.protection import PasswordNeeded, looks_protected, remember_password
from app.errors import DatabaseFileError, ValidationError
from app.models import ChangeRecord, EvidenceBlob, Recommendation
from app.services.evidence import EvidenceSpec, store_evidence
from app.services.maintenance import restore_backup
from tests.conftest import AUTHOR

PASSWORD = "the secretariat's database password"
EVIDENCE = b"%PDF-1.4\n% statement of the victim's family, page 1\n"


def _state(path):
    with open_database(path, author=AUTHOR, read_only=True) as db, db.read() as session:
        return (session.scalar(select(func.count(Recommendation.id))),
                sorted(session.execute(select(ChangeRecord.id, ChangeRecord.changes)).all()),
                session.scalar(select(EvidenceBlob.content)),
                session.scalar(select(Recommendation.text).order_by(Recommendation.id)))


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def protected(demo_path):
    with open_database(demo_path, author=AUTHOR) as db, db.write() as session:
        store_evidence(session, EvidenceSpec(content=EVIDENCE, original_name="statement.pdf",
                                             title="Statement"))
    before = _state(demo_path)
    protect_database(demo_path, PASSWORD)
    return demo_path, before


def test_protected_and_back_keeps_everything(protected):
    path, before = protected
    assert looks_protected(path) and integrity_problems(path, full=True) == []
    assert _state(path) == before
    unprotect_database(path)
    assert not looks_protected(path) and path.read_bytes().startswith(b"SQLite format 3")
    remember_password(path, None)
    assert _state(path) == before and integrity_problems(path, full=True) == []


def test_without_its_password_nothing_of_it_can_be_read(protected):
    path, (_count, _changes, _evidence, first_text) = protected
    data = path.read_bytes()
    assert EVIDENCE[:30] not in data and first_text[:40].encode() not in data
    assert b"SQLite format 3" not in data
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM recommendation").fetchone()


def test_a_wrong_password_is_one_sentence_and_the_file_is_untouched(protected):
    path, before = protected
    remember_password(path, None)  # another session
    fingerprint = _sha(path)
    with pytest.raises(PasswordNeeded, match="protected by a password") as needed:
        open_database(path, author=AUTHOR)
    assert not needed.value.wrong and needed.value.path == path
    remember_password(path, "not the password at all")
    with pytest.raises(PasswordNeeded, match="this password does not open it") as wrong:
        open_database(path, author=AUTHOR)
    assert wrong.value.wrong and _sha(path) == fingerprint
    assert not path.with_name(path.name + "-wal").exists()
    remember_password(path, PASSWORD)
    assert _state(path) == before


def test_its_backups_are_protected_older_ones_too(demo_path):
    older = take_backup(demo_path, "backup")
    assert not looks_protected(older)
    protect_database(demo_path, PASSWORD)
    backups = list_backups(database=demo_path)
    assert {b.reason for b in backups} == {"backup", "before-protecting"}
    assert all(looks_protected(b.path) for b in backups)
    later = take_backup(demo_path, "backup")
    assert looks_protected(later)
    remember_password(later, None)
    with pytest.raises(PasswordNeeded):
        read_header(later)
    # a backup of a protected database is restored with the database's password
    restore_backup(demo_path, older, author=AUTHOR)
    assert looks_protected(demo_path) and integrity_problems(demo_path) == []


def test_files_that_only_look_protected_are_not_taken_for_ours(tmp_path):
    pages = tmp_path / "random.db"
    pages.write_bytes(bytes(range(256)) * 32)  # whole pages of noise
    with pytest.raises(PasswordNeeded):
        read_header(pages)
    remember_password(pages, PASSWORD)
    with pytest.raises(PasswordNeeded, match="does not open it"):
        read_header(pages)
    odd = tmp_path / "notes.db"
    odd.write_bytes(b"not a database at all\n" * 10)
    with pytest.raises(DatabaseFileError, match="not an SQLite database file"):
        read_header(odd)


def test_a_short_password_is_refused_before_anything_is_written(demo_path):
    fingerprint = _sha(demo_path)
    with pytest.raises(ValidationError, match="at least 10 characters"):
        protect_database(demo_path, "short")
    assert _sha(demo_path) == fingerprint and list_backups(database=demo_path) == []


def test_a_protected_database_mailed_instead_of_an_exchange_file_is_named_so(protected):
    from app.exchange.consolidate import load_incoming
    from app.exchange.container import ExchangeRejected

    path, _before = protected
    with pytest.raises(ExchangeRejected, match="a database protected by a password, not an "
                                               "exchange file"):
        load_incoming(path, "the master's device")
