"""Opening files: refusals leave the file untouched; locks; backups."""

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.db.lifecycle import copy_database, open_database, schema_generation
from app.errors import DatabaseFileError, DatabaseLockedError
from tests.conftest import AUTHOR


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_refused(path: Path, *expected_words: str) -> str:
    before = digest(path)
    with pytest.raises(DatabaseFileError) as caught:
        open_database(path, author=AUTHOR)
    message = str(caught.value)
    assert "\n" not in message
    for word in expected_words:
        assert word in message
    assert digest(path) == before, "a refused file must not be modified"
    return message


def test_new_database_is_marked_as_ours(empty_db):
    with empty_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA application_id").scalar() == 0x4E4D5246
        assert connection.exec_driver_sql("PRAGMA user_version").scalar() == schema_generation()
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_text_file_renamed_db_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("minutes of the meeting\n" * 20)
    assert_refused(path, "notes.db", "not an SQLite database")


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE things (x)")
    connection.commit()
    connection.close()
    assert_refused(path, "another program")


def test_file_from_newer_version_is_refused(demo_path):
    connection = sqlite3.connect(demo_path)
    connection.execute(f"PRAGMA user_version = {schema_generation() + 1}")
    connection.commit()
    connection.close()
    assert_refused(demo_path, "newer version")


def test_unknown_revision_is_refused_as_newer(demo_path):
    connection = sqlite3.connect(demo_path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    connection.commit()
    connection.close()
    assert_refused(demo_path, "ffffffffffff", "newer version")


def test_corrupted_copy_is_refused(demo_path, tmp_path):
    damaged = tmp_path / "damaged.db"
    data = bytearray(demo_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, min(len(data) // page_size, 60)):
        start = page * page_size + 100
        data[start : start + 200] = b"\xde\xad\xbe\xef" * 50
    damaged.write_bytes(bytes(data))
    assert_refused(damaged, "damaged.db", "damaged")


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(DatabaseFileError, match="no such database file"):
        open_database(tmp_path / "absent.db", author=AUTHOR)


def test_a_second_writer_is_refused_while_the_first_is_open(demo_path):
    with open_database(demo_path, author=AUTHOR):
        with pytest.raises(DatabaseLockedError, match="already open"):
            open_database(demo_path, author=AUTHOR)
        with open_database(demo_path, author=AUTHOR, read_only=True) as reader:
            assert reader.identity.is_demo
    with open_database(demo_path, author=AUTHOR):
        pass


def test_copy_of_a_live_database_is_complete(demo_path, tmp_path):
    with open_database(demo_path, author=AUTHOR) as db:
        copy = tmp_path / "copy.db"
        copy_database(db.path, copy)
    with open_database(copy, author=AUTHOR) as copied:
        assert copied.identity.is_demo


def test_creating_over_an_existing_file_is_refused(demo_path):
    from app.db.lifecycle import create_database

    before = digest(demo_path)
    with pytest.raises(DatabaseFileError, match="already exists"):
        create_database(demo_path, author=AUTHOR)
    assert digest(demo_path) == before
