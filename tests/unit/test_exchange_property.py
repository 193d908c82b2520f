"""Random edit scripts on the secretariat and two ministries, with files lost, duplicated and
delivered out of order (hypothesis). Whatever happens on the way:

- importing a file twice equals importing it once;
- every change ends applied, unchanged, rejected with a reason, or in a conflict;
- the same master and the same files give identical results;
- once every conflict is resolved and the files flow again, each ministry's copy of its scope
  equals the master's.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.db.lifecycle import copy_database, create_database
from app.exchange.conflicts import list_conflicts, resolve_conflict
from app.exchange.container import ExchangeRejected
from app.exchange.rows import read_rows, writable_fields
from app.models import Assessment, Assignment, Recommendation
from app.services.demo import populate_demo
from tests.exchange_world import World, writes_assessment

MINISTRIES = ("MOJ", "MOH")
OUTCOMES = {"applied", "unchanged", "rejected", "conflict"}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A master and both ministries' copies after their first exchange, built once."""
    folder = tmp_path_factory.mktemp("exchange-template")
    home = folder / "home"
    previous = os.environ.get("NMRF_TRACKER_HOME")
    os.environ["NMRF_TRACKER_HOME"] = str(home)
    try:
        master = folder / "master.db"
        create_database(master, author="t",
                        populate=lambda s, i: populate_demo(s, i, size=40)).close()
        world = World(master, folder)
        for code in MINISTRIES:
            world.open(code, world.issue(code))
            world.sync(code)
    finally:
        if previous is not None:
            os.environ["NMRF_TRACKER_HOME"] = previous
    return folder, home, world.institutions


def _fresh_world(template, folder: Path) -> World:
    source, _, _ = template
    folder.mkdir()
    copy_database(source / "master.db", folder / "master.db")
    world = World(folder / "master.db", folder)
    for code in MINISTRIES:
        world.copies[code] = folder / f"{code}.db"
        copy_database(source / f"{code}.db", world.copies[code])
    return world


def _set_narrative(text: str, *, index: int, code: str):
    def change(session, world):
        reports = session.scalars(select(Assessment).where(
            Assessment.institution_id == world.institutions[code],
            Assessment.deleted.is_(False)).order_by(Assessment.id)).all()
        if reports:
            reports[index % len(reports)].narrative = text
    return change


def _set_notes(text: str, *, index: int, code: str):
    def change(session, world):
        recs = session.scalars(select(Recommendation).join(
            Assignment, Assignment.recommendation_id == Recommendation.id).where(
            Assignment.institution_id == world.institutions[code],
            Assignment.deleted.is_(False)).order_by(Recommendation.id)).all()
        recs[index % len(recs)].notes = text
    return change


steps = st.lists(st.one_of(
    st.tuples(st.just("report"), st.sampled_from(MINISTRIES), st.sampled_from("abc")),
    st.tuples(st.just("ministry edit"), st.sampled_from(MINISTRIES), st.sampled_from("abc"),
              st.integers(0, 5)),
    st.tuples(st.just("master edit"), st.sampled_from(MINISTRIES), st.sampled_from("abc"),
              st.integers(0, 5)),
    st.tuples(st.just("master notes"), st.sampled_from(MINISTRIES), st.sampled_from("xyz"),
              st.integers(0, 5)),
    st.tuples(st.just("submit"), st.sampled_from(MINISTRIES)),
    st.tuples(st.just("issue"), st.sampled_from(MINISTRIES)),
    st.tuples(st.just("to master"), st.sampled_from(MINISTRIES), st.integers(0, 3)),
    st.tuples(st.just("to ministry"), st.sampled_from(MINISTRIES), st.integers(0, 3)),
), min_size=4, max_size=14)


def _master_data(world: World):
    def rows(session):
        return {name: sorted(tuple(sorted((k, str(v)) for k, v in row.items()
                                          if k in writable_fields(name)))
                             for row in read_rows(session, name, session.scalars(
                                 select(table.id))))
                for name, table in (("assessment", Assessment),
                                    ("recommendation", Recommendation))}
    return world.read("master", rows)


def _consolidate(world: World, file: Path):
    [result] = world.consolidate(file)
    for outcome in result.outcomes:
        assert outcome.outcome in OUTCOMES
        assert outcome.outcome != "rejected" or outcome.reason
    assert result.status != "rejected" or result.reason
    return result


def _run(world: World, script, record: list) -> None:
    outbox = {code: [] for code in MINISTRIES}
    inbox = {code: [] for code in MINISTRIES}
    for step in script:
        kind, code = step[0], step[1]
        if kind == "report":
            world.edit(code, writes_assessment(code, f"report {step[2]}"))
        elif kind == "ministry edit":
            world.edit(code, _set_narrative(f"{code} says {step[2]}", index=step[3],
                                            code=code))
        elif kind == "master edit":
            edit = _set_narrative(f"secretariat says {step[2]}", index=step[3], code=code)
            world.edit("master", edit)
            record.append(("edit", edit))
        elif kind == "master notes":
            edit = _set_notes(f"note {step[2]}", index=step[3], code=code)
            world.edit("master", edit)
            record.append(("edit", edit))
        elif kind == "submit":
            outbox[code].append(world.submit(code))
        elif kind == "issue":
            inbox[code].append(world.issue(code))
        elif kind == "to master" and outbox[code]:
            file = outbox[code][step[2] % len(outbox[code])]
            before = _master_data(world)
            first = _consolidate(world, file)
            after = _master_data(world)
            second = _consolidate(world, file)  # a duplicate: nothing more happens
            assert _master_data(world) == after
            assert second.status in ("already-imported", "rejected", "applied")
            assert not [o for o in second.outcomes if o.outcome == "applied"]
            record.append(("file", file, first.status,
                           [(o.change_id, o.outcome) for o in first.outcomes]))
            assert first.status != "applied" or after != before or all(
                o.outcome != "applied" for o in first.outcomes)
        elif kind == "to ministry" and inbox[code]:
            try:
                world.open(code, inbox[code][step[2] % len(inbox[code])])
            except ExchangeRejected as refused:
                assert "older" in str(refused) or "never opened" in str(refused)


def _settle(world: World) -> None:
    """Every conflict resolved, then files flow until nothing is pending."""
    for _ in range(4):
        for code in MINISTRIES:
            world.consolidate(world.submit(code))
        open_conflicts = world.read("master", lambda s: list_conflicts(s))
        for conflict in open_conflicts:
            world.edit("master", lambda s, w, c=conflict: resolve_conflict(
                s, c.id, "incoming", "the ministry knows best"))
        for code in MINISTRIES:
            world.open(code, world.issue(code))
        if not open_conflicts:
            return


@settings(max_examples=8, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(script=steps)
def test_random_scripts_and_deliveries_converge(template, tmp_path_factory, monkeypatch,
                                                 script):
    _, home, _ = template
    monkeypatch.setenv("NMRF_TRACKER_HOME", str(home))  # the devices' keys of the template
    folder = tmp_path_factory.mktemp("run")
    replay_master = folder / "replay-master.db"
    world = _fresh_world(template, folder / "world")
    shutil.copyfile(world.master, replay_master)
    record: list = []
    _run(world, script, record)

    # the same master and the same files, again: identical results
    replay = World(replay_master, folder)
    for entry in record:
        if entry[0] == "edit":
            replay.edit("master", entry[1])
        else:
            _, file, status, outcomes = entry
            again = _consolidate(replay, file)
            assert (again.status, [(o.change_id, o.outcome) for o in again.outcomes]) == (
                status, outcomes)
    assert _master_data(replay) == _master_data(world)

    _settle(world)
    for code in MINISTRIES:
        assert world.scope_state(code, code) == world.scope_state("master", code)
