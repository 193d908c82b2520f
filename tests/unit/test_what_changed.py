"""What a write changed (app/services/what_changed.py), and the register reader that keeps
what a change cannot have altered (RegisterReader.updated)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.lifecycle import open_database
from app.models import Assessment, Institution, Recommendation, Theme
from app.services import assignments, clusters, register, register_reader, tracking
from app.services.facets import Facet, Selection
from app.services.register_reader import RegisterReader, SortKey
from app.services.undo import run_undoable, step_changes, undo
from app.services.what_changed import NOTHING, WhatChanged
from tests.conftest import AUTHOR


@pytest.fixture
def demo(any_demo):
    db = open_database(any_demo, author=AUTHOR)
    yield db
    db.close()


def _some(db, count: int = 5) -> tuple[list[str], str, str]:
    with db.read() as session:
        ids = list(session.scalars(select(Recommendation.id).where(
            Recommendation.deleted.is_(False)).order_by(Recommendation.id).limit(count)))
        institution = session.scalars(select(Institution.id).order_by(Institution.code)).first()
        theme = session.scalars(select(Theme.id).order_by(Theme.name)).first()
    return ids, institution, theme


def _what_a_reader_shows(reader: RegisterReader) -> dict:
    shown = {}
    for sort in SortKey:
        shown[sort] = list(reader.listing(sort))
    shown["search"] = list(reader.listing(query="rights"))
    shown["filtered"] = list(reader.listing(selection=Selection.of(mechanism=["UPR"])))
    shown["counts"] = {facet: [(c.value, c.count) for c in entries]
                       for facet, entries in reader.facet_counts().items()}
    shown["rows"] = reader.rows(shown[SortKey.REFERENCE][:40])
    return shown


def test_a_write_says_which_tables_and_recommendations_it_touched(demo):
    ids, institution, _ = _some(demo)
    led, step = run_undoable(demo, "lead", lambda s: assignments.set_lead(s, ids, institution))
    changed = step_changes(demo, step)
    assert changed.tables == {"assignment"}
    assert changed.recommendation_ids <= set(ids) and len(changed.recommendation_ids) == led
    assert changed.touches({"assignment", "theme"}) and not changed.touches({"theme"})
    _, step = run_undoable(demo, "text", lambda s: register.update_recommendation(
        s, ids[0], text="A new wording"))
    assert step_changes(demo, step) == WhatChanged(frozenset({"recommendation"}),
                                                   frozenset(ids[:1]))
    undo(demo, step)
    assert step_changes(demo, step).recommendation_ids == {ids[0]}, "undone: the same rows"
    assert step_changes(demo, None) is NOTHING and not NOTHING
    assert WhatChanged.anything().touches({"anything at all"})


def _first_report(session, ids, institution, theme):
    """A progress report on a recommendation that had none: its report facet changes."""
    reported = set(session.scalars(select(Assessment.recommendation_id)))
    rec_id = session.scalars(select(Recommendation.id).where(
        Recommendation.id.not_in(reported)).order_by(Recommendation.id)).first()
    assignments.set_lead(session, [rec_id], institution)
    tracking.add_assessment(session, recommendation_id=rec_id, institution_id=institution,
                            period="2026-H2", status_code="in_progress")


EDITS = {
    "set lead": lambda s, ids, inst, theme: assignments.set_lead(s, ids, inst),
    "add supporting": lambda s, ids, inst, theme: assignments.add_supporting(s, ids, inst),
    "add theme": lambda s, ids, inst, theme: assignments.add_theme(s, ids, theme),
    "cluster": lambda s, ids, inst, theme: clusters.add_members(
        s, clusters.create_cluster(s, "Detention"), ids),
    "edit text": lambda s, ids, inst, theme: register.update_recommendation(
        s, ids[0], text="Rights of detainees, rewritten"),
    "delete": lambda s, ids, inst, theme: register.delete_recommendation(s, ids[1]),
    "first progress report": _first_report,
}


@pytest.mark.parametrize("edit", EDITS)
def test_the_updated_reader_shows_what_a_new_reader_would(demo, edit):
    ids, institution, theme = _some(demo)
    before = RegisterReader(demo)
    _what_a_reader_shows(before)  # every order and cache read, as a session would have
    _, step = run_undoable(demo, edit, lambda s: EDITS[edit](s, ids, institution, theme))
    updated = before.updated(step_changes(demo, step))
    assert _what_a_reader_shows(updated) == _what_a_reader_shows(RegisterReader(demo))


def test_after_a_bulk_lead_only_lead_and_supporting_are_read_again(demo, monkeypatch):
    ids, institution, _ = _some(demo, 50)
    before = RegisterReader(demo)
    _what_a_reader_shows(before)
    _, step = run_undoable(demo, "lead", lambda s: assignments.set_lead(s, ids, institution))
    read_in_order = []
    monkeypatch.setattr(register_reader, "_ordered_ids",
                        lambda *args: read_in_order.append(args) or [])
    updated = before.updated(step_changes(demo, step))
    assert read_in_order == [], "the register's order does not depend on leads"
    for facet in Facet:
        kept = updated.facets.members[facet] is before.facets.members[facet]
        assert kept == (facet not in (Facet.LEAD, Facet.SUPPORTING)), facet
    assert {c.value: c.count for c in updated.facet_counts()[Facet.LEAD]}[institution] >= 50

    _, step = run_undoable(demo, "text", lambda s: register.update_recommendation(
        s, ids[0], text="Another wording"))
    before.updated(step_changes(demo, step)).listing(SortKey.TEXT)
    assert read_in_order, "a recommendation's text changes the order by text"
