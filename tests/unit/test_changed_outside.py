"""Rows changed outside the application (a plain SQL UPDATE) are found by `check` and named
when a file is prepared for the secretariat; what came through the application never is."""

from __future__ import annotations

import sqlite3

import pytest

from app.cli import main
from app.db.lifecycle import open_database
from app.exchange.conflicts import list_conflicts
from app.models import Assessment
from app.services.maintenance import check_database
from app.services.permissions import VALIDATING_AUTHORITY, Actor
from app.services.tracking import move_assessment
from tests.exchange_world import AUTHOR, World, writes_assessment


@pytest.fixture
def world(demo_path, tmp_path) -> World:
    world = World(demo_path, tmp_path)
    world.open("MOJ", world.issue("MOJ"))
    return world


def _as(path, actor, change):
    with open_database(path, author=AUTHOR) as db:
        db.actor = actor
        with db.write() as session:
            change(session)


def test_a_round_trip_through_the_application_leaves_both_sides_sound(world):
    report = world.edit("MOJ", writes_assessment("MOJ", "Circular sent to all courts"))
    world.edit("MOJ", lambda session, _: move_assessment(session, report, "submitted"))
    _as(world.copies["MOJ"], Actor("Validator", VALIDATING_AUTHORITY, world.institutions["MOJ"]),
        lambda session: move_assessment(session, report, "validated"))
    world.sync("MOJ")
    world.edit("master", lambda session, _: move_assessment(session, report, "accepted"))
    world.open("MOJ", world.issue("MOJ"))  # the acceptance comes back to the ministry
    assert world.read("MOJ", lambda s: s.get(Assessment, report).workflow_state) == "accepted"
    for path in (world.master, world.copies["MOJ"]):
        report_of_check = check_database(path, author=AUTHOR)
        assert report_of_check.ok, report_of_check.problems
    assert not world.read("master", lambda s: list_conflicts(s, status="open"))


def test_a_plain_sql_update_in_a_ministry_copy_is_found_and_named_on_submit(world, capsys,
                                                                          tmp_path):
    report = world.edit("MOJ", writes_assessment("MOJ", "What the application wrote"))
    copy = world.copies["MOJ"]
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE assessment SET narrative = 'Edited in a SQLite tool' "
                           "WHERE id = ?", (report,))
    connection.close()
    found = check_database(copy, author=AUTHOR)
    assert not found.ok
    [problem] = found.problems
    assert "narrative" in problem and "Edited in a SQLite tool" in problem
    assert "changed outside NMRF Tracker" in problem

    assert main(["check", "--db", str(copy)]) == 3
    capsys.readouterr()
    assert main(["exchange", "submit", "--db", str(copy), "--out",
                 str(tmp_path / "from-moj.nmrf")]) == 0
    err = capsys.readouterr().err
    assert "warning: rows changed outside NMRF Tracker: 1;" in err
    assert "narrative" in err


def test_rows_changed_or_deleted_behind_the_masters_back_are_found(world):
    with sqlite3.connect(world.master) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("UPDATE recommendation SET text = 'Rewritten' WHERE rowid = 1")
        connection.execute("DELETE FROM cluster_member WHERE rowid = 1")
    connection.close()
    problems = check_database(world.master, author=AUTHOR).problems
    assert any("recommendation" in p and "text" in p and "Rewritten" in p for p in problems)
    assert any("cluster member" in p and "deleted outside NMRF Tracker" in p
               for p in problems)
