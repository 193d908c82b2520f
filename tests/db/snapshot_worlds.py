"""A secretariat's master and the Ministry of Justice's copy from a previous schema's snapshots
(tests/fixtures/README.md), with the device keys they were signed with, opened (so upgraded) as
a World that goes on exchanging."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from tests.conftest import FIXTURES
from tests.db.test_migrations import revision_of
from tests.exchange_world import World


def snapshot_world(tmp_path: Path, home: Path, schema: int, revision: str) -> World:
    shutil.copytree(FIXTURES / "schema-3-keys", home / "data" / "keys")
    master, copy = tmp_path / "master.db", tmp_path / "MOJ.db"
    shutil.copyfile(FIXTURES / f"schema-{schema}-{revision}-master.db", master)
    shutil.copyfile(FIXTURES / f"schema-{schema}-{revision}-moj-copy.db", copy)
    assert revision_of(master) == revision_of(copy) == revision
    world = World(master, tmp_path)  # opens the master: the upgrade runs
    world.copies["MOJ"] = copy
    return world


def device_rows(path: Path, columns: str) -> list[tuple]:
    """`columns` of every device row, read with plain SQLite."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.execute(f"SELECT {columns} FROM device"))
    finally:
        connection.close()
