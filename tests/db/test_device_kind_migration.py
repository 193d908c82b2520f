"""Migration 0004 on databases of the previous schema: a device's kind leaves its status.

The snapshots (tests/fixtures/README.md) are a secretariat's master with one active and one
revoked ministry device, and the Ministry of Justice's copy holding its own device and the
pinned secretariat key, with the device keys they were signed with.
"""

from __future__ import annotations

import pytest

from app.db.lifecycle import open_database
from app.exchange.overview import exchange_overview
from app.models import Assessment
from tests.conftest import AUTHOR
from tests.db.snapshot_worlds import device_rows, snapshot_world
from tests.exchange_world import World, writes_assessment

PREVIOUS = "c4e1d2a9f7b3"


def _devices(path) -> set[tuple[str, str, str]]:
    return set(device_rows(path, "name, kind, status"))


@pytest.fixture
def previous_world(tmp_path, home) -> World:
    return snapshot_world(tmp_path, home, 3, PREVIOUS)


def test_the_master_keeps_which_ministry_devices_are_revoked(previous_world):
    assert _devices(previous_world.master) == {("MOJ device", "ministry", "active"),
                                               ("MOH device", "ministry", "revoked")}
    with open_database(previous_world.master, author=AUTHOR) as db, db.read() as session:
        devices = {line.code: line.devices for line in exchange_overview(session).institutions}
    assert devices["MOJ"] == 1 and devices["MOH"] == 0


def test_the_copy_knows_its_own_device_and_the_pinned_secretariat_key(previous_world):
    with open_database(previous_world.copies["MOJ"], author=AUTHOR):
        pass
    assert _devices(previous_world.copies["MOJ"]) == {
        ("This device", "own", "active"), ("Secretariat", "pinned_secretariat", "active")}


def test_an_upgraded_master_and_copy_go_on_exchanging(previous_world):
    world = previous_world
    summary = world.open("MOJ", world.issue("MOJ"))
    assert summary.status in ("applied", "opened"), summary
    report = world.edit("MOJ", writes_assessment("MOJ", "written after the upgrade"))
    [result] = world.consolidate(world.submit("MOJ"), accept_new_device=False)
    assert result.status == "applied", result.reason
    assert world.read("master", lambda s: s.get(Assessment, report).narrative) \
        == "written after the upgrade"
