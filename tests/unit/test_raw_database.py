"""A whole database file received instead of an exchange file: checked as untrusted input."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from app.db.lifecycle import open_database
from app.exchange.container import ExchangeRejected
from app.exchange.raw_database import inspect_raw_database
from tests.conftest import AUTHOR

FIXTURE = "tests/fixtures/schema-1-5a0a6e1fe98a.db"


def test_a_sound_database_of_this_version_passes(demo_path):
    raw = inspect_raw_database(demo_path)
    assert raw.role == "secretariat" and len(raw.sha256) == 64 and raw.device_id


def test_a_database_upgraded_from_the_first_schema_has_exactly_the_current_schema(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    with open_database(path, author=AUTHOR):
        pass
    assert inspect_raw_database(path).database_id


def test_an_older_schema_is_refused_until_opened_in_this_version(tmp_path):
    path = tmp_path / "old.db"
    shutil.copy(FIXTURE, path)
    with pytest.raises(ExchangeRejected, match="not this version's"):
        inspect_raw_database(path)


@pytest.mark.parametrize(("addition", "named"), [
    ("CREATE TABLE stolen (x)", "table stolen"),
    ("CREATE VIEW everything AS SELECT * FROM recommendation", "view everything"),
    ("CREATE TRIGGER wipe AFTER INSERT ON assessment BEGIN DELETE FROM change_record; END",
     "trigger wipe"),
])
def test_extra_tables_views_and_triggers_are_refused(demo_path, addition, named):
    with sqlite3.connect(demo_path) as connection:
        connection.execute(addition)
    connection.close()
    with pytest.raises(ExchangeRejected, match=f"unexpected: .*{named}") as refused:
        inspect_raw_database(demo_path)
    assert str(refused.value).startswith("demo.db: ")


def test_corrupt_pages_and_foreign_files_are_refused(demo_path, tmp_path):
    data = bytearray(demo_path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = b"\xff" * page
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(bytes(data))
    with pytest.raises(ExchangeRejected, match=r"damaged|not the schema"):
        inspect_raw_database(corrupt)
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(ExchangeRejected, match=r"foreign\.db"):
        inspect_raw_database(foreign)
