"""Secretariat ↔ ministries: issue, open, edit on all sides, send back, consolidate, converge."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.exchange.ministry import pending_changes
from app.models import (
    Assessment,
    Assignment,
    ChangeRecord,
    Conflict,
    DatabaseInfo,
    Recommendation,
)
from tests.exchange_world import World, first_recommendation, writes_assessment


@pytest.fixture
def world(any_demo, tmp_path) -> World:
    world = World(any_demo, tmp_path)
    for code in ("MOJ", "MOH"):
        world.open(code, world.issue(code))
        world.sync(code)  # registers the device, acknowledges the whole copy
    return world


def _set(table, row_id: str, **values):
    def change(session, _world):
        row = session.get(table, row_id)
        for name, value in values.items():
            setattr(row, name, value)
    return change


def test_first_file_is_a_fresh_copy_of_the_institution_only(world):
    moj = world.institutions["MOJ"]
    recommendations = world.read("MOJ", lambda s: set(s.scalars(select(Recommendation.id))))
    assigned = world.read("master", lambda s: set(s.scalars(select(
        Assignment.recommendation_id).where(Assignment.institution_id == moj,
                                            Assignment.deleted.is_(False)))))
    assert recommendations == assigned - {None}
    others = world.read("MOJ", lambda s: s.scalars(select(Assessment.institution_id)).all())
    assert set(others) <= {moj}
    assert world.scope_state("MOJ", "MOJ") == world.scope_state("master", "MOJ")
    # nothing of the copy's creation is waiting to be sent back
    # (what it received is logged under the secretariat's receipts, never sent)
    own = world.read("MOJ", lambda s: s.get(DatabaseInfo, 1).local_device_id)
    assert world.read("MOJ", lambda s: s.scalar(select(ChangeRecord.id).where(
        ChangeRecord.device_id == own))) is None
    assert world.read("MOJ", lambda s: pending_changes(s))[0] == 0


def test_edits_on_all_sides_converge(world):
    moj_report = world.edit("MOJ", writes_assessment("MOJ", "Draft law sent to parliament."))
    world.edit("MOH", writes_assessment("MOH", "Vaccination campaign extended."))
    moj_rec = world.read("master", lambda s: first_recommendation(s, world.institutions["MOJ"]))
    world.edit("master", _set(Recommendation, moj_rec, notes="Discussed on 3 March"))

    results = world.consolidate(world.submit("MOJ"), world.submit("MOH"))
    assert [r.status for r in results] == ["applied", "applied"]
    assert [r.count("applied") for r in results] == [1, 1]
    for code in ("MOJ", "MOH"):
        world.open(code, world.issue(code))
        assert world.scope_state(code, code) == world.scope_state("master", code)
    assert world.read("master", lambda s: s.get(Assessment, moj_report).narrative) == \
        "Draft law sent to parliament."
    assert world.read("MOJ", lambda s: s.get(Recommendation, moj_rec).notes) == \
        "Discussed on 3 March"


def test_same_field_on_both_sides_is_one_conflict_other_fields_both_apply(world):
    report = world.edit("MOJ", writes_assessment("MOJ", "first words"))
    world.sync("MOJ")
    # the secretariat returns it with a comment while the ministry rewrites it
    world.edit("master", _set(Assessment, report, narrative="secretariat's words",
                              return_comment="please add figures"))
    world.edit("MOJ", _set(Assessment, report, narrative="ministry's words",
                           next_steps="publish the decree"))
    [result] = world.consolidate(world.submit("MOJ"))
    assert result.count("conflict") == 1
    conflicts = world.read("master", lambda s: s.scalars(select(Conflict)).all())
    assert [(c.field, c.status) for c in conflicts] == [("narrative", "open")]
    master = world.read("master", lambda s: s.get(Assessment, report))
    assert (master.narrative, master.next_steps, master.return_comment) == (
        "secretariat's words", "publish the decree", "please add figures")


def test_same_new_value_on_both_sides_is_no_conflict(world):
    report = world.edit("MOJ", writes_assessment("MOJ", "first words"))
    world.sync("MOJ")
    world.edit("master", _set(Assessment, report, narrative="agreed words"))
    world.edit("MOJ", _set(Assessment, report, narrative="agreed words"))
    [result] = world.consolidate(world.submit("MOJ"))
    assert result.count("conflict") == 0 and result.count("unchanged") == 1
    assert world.read("master", lambda s: s.scalar(select(Conflict.id))) is None


def test_out_of_scope_changes_are_rejected_one_by_one_while_the_rest_applies(world):
    moj = world.institutions["MOJ"]
    rec = world.read("MOJ", lambda s: first_recommendation(s, moj))
    other = world.read("MOJ", lambda s: s.scalar(select(Assignment.id).where(
        Assignment.recommendation_id == rec, Assignment.institution_id != moj)) or
        s.scalar(select(Assignment.id).where(Assignment.recommendation_id == rec)))
    # a secretariat-owned field and an assignment, edited directly in the ministry's copy
    world.edit("MOJ", _set(Recommendation, rec, text="Rewritten by the ministry"),
               as_secretariat=True)
    world.edit("MOJ", _set(Assignment, other, deleted=True), as_secretariat=True)
    good = world.edit("MOJ", writes_assessment("MOJ", "real progress"))
    [result] = world.consolidate(world.submit("MOJ"))
    assert result.status == "applied"
    reasons = {o.table: o.reason for o in result.outcomes if o.outcome == "rejected"}
    assert "text of recommendation is the secretariat's" in reasons["recommendation"]
    assert reasons["assignment"] == \
        "who leads or supports a recommendation is decided by the secretariat"
    assert world.read("master", lambda s: s.get(Assessment, good)) is not None
    assert world.read("master", lambda s: s.get(Recommendation, rec).text) != \
        "Rewritten by the ministry"


def test_a_recommendation_reassigned_meanwhile_is_reported_as_such(world):
    moj = world.institutions["MOJ"]
    rec = world.read("master", lambda s: first_recommendation(s, moj))

    def reassign(session, world):
        for assignment in session.scalars(select(Assignment).where(
                Assignment.recommendation_id == rec, Assignment.institution_id == moj)):
            assignment.deleted = True
    world.edit("master", reassign)
    world.edit("MOJ", writes_assessment("MOJ", "done while offline"))
    [result] = world.consolidate(world.submit("MOJ"))
    [outcome] = result.outcomes
    assert outcome.outcome == "rejected"
    assert outcome.reason.startswith("reassigned while offline: MOJ no longer leads")

