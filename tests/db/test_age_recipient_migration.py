"""Migration 0005 on databases of the previous schema: devices learn whom files for them are
encrypted to, from the next files they exchange.

The snapshots (tests/fixtures/README.md) are the schema-3 master and Ministry of Justice copy
upgraded by the code of the previous schema, with the device keys they were signed with —
keys made before exchange files were encrypted, so without an age identity yet.
"""

from __future__ import annotations

import pytest

from app.db.lifecycle import open_database
from app.errors import UserError
from app.exchange.ministry import submit_file
from app.models import Assessment
from tests.conftest import AUTHOR
from tests.db.snapshot_worlds import device_rows, snapshot_world
from tests.exchange_world import World, writes_assessment

PREVIOUS = "d7a3f0c2b914"


def _recipients(path) -> dict[str, str | None]:
    return dict(device_rows(path, "name, age_recipient"))


@pytest.fixture
def previous_world(tmp_path, home) -> World:
    return snapshot_world(tmp_path, home, 4, PREVIOUS)


def test_an_upgraded_copy_asks_for_the_secretariats_next_file_before_sending(previous_world):
    assert _recipients(previous_world.master) == {"MOJ device": None, "MOH device": None}
    with open_database(previous_world.copies["MOJ"], author=AUTHOR) as db, \
            pytest.raises(UserError, match="Open the secretariat's next file first"):
        submit_file(db, previous_world.folder / "too-early.nmrf")
    assert not (previous_world.folder / "too-early.nmrf").exists()


def test_upgraded_master_and_copy_learn_each_others_recipients_and_go_on(previous_world):
    world = previous_world
    first = world.issue("MOJ")
    assert first in world.passphrases  # no recipient known for MOJ's device: twelve words
    assert world.open("MOJ", first).status in ("applied", "opened")
    assert _recipients(world.copies["MOJ"])["Secretariat"].startswith("age1")
    report = world.edit("MOJ", writes_assessment("MOJ", "written after the upgrade"))
    [result] = world.consolidate(world.submit("MOJ"), accept_new_device=False)
    assert result.status == "applied", result.reason
    recipients = _recipients(world.master)
    assert recipients["MOJ device"].startswith("age1") and recipients["MOH device"] is None
    second = world.issue("MOJ")
    assert second not in world.passphrases  # encrypted to the device now
    world.open("MOJ", second)
    assert world.read("master", lambda s: s.get(Assessment, report).narrative) \
        == "written after the upgrade"
