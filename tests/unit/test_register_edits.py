"""Facets, bulk edits, clusters and undo, at the service level."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.lifecycle import open_database
from app.errors import ValidationError
from app.models import Assignment, ClusterMember, Institution, Recommendation, SdgTarget, Theme
from app.services import assignments, clusters, institutions, register
from app.services.facets import NO_LEAD, Facet, Selection, build_index
from app.services.reference import find_state
from app.services.status import NOT_ASSESSED
from app.services.undo import CannotUndo, run_undoable, undo
from tests.conftest import AUTHOR


@pytest.fixture
def small(empty_db):
    """Six recommendations in two reviews (UPR and CRC), three institutions."""
    with empty_db.write() as session:
        state = find_state(session, "FRA").id
        upr = register.add_review(session, register.ReviewSpec(
            mechanism_code="UPR", state_id=state, cycle=4, year=2023))
        crc = register.add_review(session, register.ReviewSpec(
            mechanism_code="CRC", state_id=state, year=2024, symbol="CRC/C/FRA/CO/6-7"))
        ids = [register.add_recommendation(session, register.RecommendationSpec(
            review_id=upr if n < 4 else crc, text=f"Recommendation number {n}",
            reference=f"1.{n}", position_code="supported" if n % 2 else "noted"))
            for n in range(6)]
        codes = {code: institutions.add_institution(session, code, name) for code, name in (
            ("MOJ", "Ministry of Justice"), ("MOH", "Ministry of Health"),
            ("MOE", "Ministry of Education"))}
    return empty_db, ids, codes


def index(db):
    with db.read() as session:
        return build_index(session)


def test_facet_counts_follow_the_other_filters(small):
    db, ids, codes = small
    with db.write() as session:
        assignments.set_lead(session, ids[:3], codes["MOJ"])
        assignments.set_lead(session, ids[4:5], codes["MOH"])
    facets = index(db)
    counts = {f: {c.value: c.count for c in entries} for f, entries in facets.counts(
        Selection()).items()}
    assert counts[Facet.MECHANISM] == {"UPR": 4, "CRC": 2}
    assert counts[Facet.LEAD] == {codes["MOJ"]: 3, codes["MOH"]: 1, NO_LEAD: 2}
    assert counts[Facet.STATUS] == {NOT_ASSESSED: 6}

    only_crc = Selection.of(mechanism=["CRC"])
    assert facets.matching(only_crc) == set(ids[4:])
    counts = {f: {c.value: c.count for c in entries} for f, entries in facets.counts(
        only_crc).items()}
    # Other facets count within CRC; the mechanism facet still offers UPR with its own count.
    assert counts[Facet.LEAD] == {codes["MOH"]: 1, NO_LEAD: 1}
    assert counts[Facet.MECHANISM] == {"UPR": 4, "CRC": 2}

    # OR within a facet, AND across facets, and the search result narrows everything.
    both = Selection.of(mechanism=["CRC", "UPR"], lead=[NO_LEAD])
    assert facets.matching(both) == {ids[3], ids[5]}
    assert facets.matching(both, within={ids[3]}) == {ids[3]}


def test_selection_survives_json_and_ignores_what_it_does_not_know():
    selection = Selection.of(mechanism=["UPR"], lead=[NO_LEAD])
    assert Selection.from_json(selection.to_json()) == selection
    assert Selection.from_json({"colour": ["red"], "mechanism": "UPR", "position": [1]}) \
        == Selection()
    assert not Selection.from_json(None)


def test_set_lead_replaces_the_previous_lead_and_promotes_a_supporting_one(small):
    db, ids, codes = small
    with db.write() as session:
        assert assignments.set_lead(session, ids[:2], codes["MOJ"]) == 2
        assert assignments.add_supporting(session, ids[:2], codes["MOH"]) == 2
        assert assignments.add_supporting(session, ids[:2], codes["MOJ"]) == 0, "lead stays lead"
    with db.write() as session:
        assert assignments.set_lead(session, ids[:3], codes["MOH"]) == 3
        assert assignments.set_lead(session, ids[:3], codes["MOH"]) == 0
    with db.read() as session:
        live = session.execute(select(Assignment.recommendation_id, Institution.code,
                                      Assignment.role)
                               .join(Institution).where(Assignment.deleted.is_(False))).all()
        rows = session.scalars(select(Assignment)).all()
    assert sorted(live) == sorted([(ids[0], "MOH", "lead"), (ids[1], "MOH", "lead"),
                                   (ids[2], "MOH", "lead")])
    # One row per recommendation and institution, reused rather than duplicated: MOJ's two
    # (stepped down), MOH's two (supporting, promoted) and MOH's new lead on the third.
    assert len(rows) == 5


def test_bulk_edits_refuse_bad_input_with_the_field_named(small):
    db, ids, codes = small
    with pytest.raises(ValidationError, match="select at least one"), db.write() as session:
        assignments.set_lead(session, [], codes["MOJ"])
    with pytest.raises(ValidationError, match="priority"), db.write() as session:
        assignments.set_priority(session, ids, "urgent")
    with pytest.raises(ValidationError, match="institution"), db.write() as session:
        assignments.set_lead(session, ids, "no-such-id")


def test_priority_theme_and_sdg_target_on_many(small):
    db, ids, _ = small
    with db.read() as session:
        theme = session.scalars(select(Theme.id).where(Theme.code == "A41")).first() or \
            session.scalars(select(Theme.id)).first()
        target = session.scalar(select(SdgTarget.id).where(SdgTarget.code == "16.3"))
    with db.write() as session:
        assert assignments.set_priority(session, ids[:3], "high") == 3
        assert assignments.add_theme(session, ids[:3], theme) == 3
        assert assignments.add_theme(session, ids[:4], theme) == 1
        assert assignments.add_sdg_target(session, ids[:2], target) == 2
    facets = index(db)
    assert facets.matching(Selection.of(theme=[theme])) == set(ids[:4])
    assert facets.matching(Selection.of(sdg=["16"])) == set(ids[:2])


def test_clusters_create_rename_merge_delete(small):
    db, ids, _ = small
    with db.write() as session:
        water = clusters.create_cluster(session, "Water and sanitation")
        justice = clusters.create_cluster(session, "Access to justice")
        assert clusters.add_members(session, water, ids[:3]) == 3
        assert clusters.add_members(session, justice, ids[2:5]) == 3
    with pytest.raises(ValidationError, match="already exists"), db.write() as session:
        clusters.create_cluster(session, "  access to   JUSTICE ")
    with db.write() as session:
        clusters.rename_cluster(session, water, "Water, sanitation and hygiene")
        assert clusters.merge_clusters(session, justice, [water]) == 2
    with db.read() as session:
        assert clusters.cluster_list(session) == [(justice, "Access to justice", 5)]
    with db.write() as session:
        clusters.delete_cluster(session, justice)
        # The name is free again, and the recommendations are untouched.
        clusters.create_cluster(session, "Access to justice")
    with db.read() as session:
        assert session.scalar(select(Recommendation).where(Recommendation.id == ids[0]))
        assert not session.scalars(select(ClusterMember).where(
            ClusterMember.deleted.is_(False))).all()


def test_undo_reverts_a_bulk_step_and_is_logged(small):
    db, ids, codes = small
    with db.write() as session:
        assignments.set_lead(session, ids[:2], codes["MOJ"])
    _, step = run_undoable(db, "Set lead", lambda s: assignments.set_lead(s, ids[:4],
                                                                          codes["MOH"]))
    _, priority_step = run_undoable(db, "Priority",
                                    lambda s: assignments.set_priority(s, ids, "high"))
    _, nothing = run_undoable(db, "Priority again",
                              lambda s: assignments.set_priority(s, ids, "high"))
    assert nothing is None
    undo(db, priority_step)
    undo(db, step)
    with db.read() as session:
        leads = dict(session.execute(select(Assignment.recommendation_id, Institution.code)
                                     .join(Institution).where(Assignment.deleted.is_(False),
                                                              Assignment.role == "lead")).all())
        priorities = set(session.scalars(select(Recommendation.priority)))
    assert leads == {ids[0]: "MOJ", ids[1]: "MOJ"}
    assert priorities == {None}
    # Undoing an undone step would find the rows moved on since: refused, nothing written.
    with pytest.raises(CannotUndo, match="edited again"):
        undo(db, step)


def test_undo_is_refused_when_someone_edited_the_rows_since(small):
    db, ids, _ = small
    _, step = run_undoable(db, "Priority", lambda s: assignments.set_priority(s, ids[:2], "low"))
    with db.write(author="amina") as session:
        register.update_recommendation(session, ids[1], priority="high")
    with pytest.raises(CannotUndo, match="by amina"):
        undo(db, step)
    with db.read() as session:
        assert session.get(Recommendation, ids[0]).priority == "low", "nothing half-undone"


def test_facets_on_the_demo_cover_every_facet(any_demo):
    with open_database(any_demo, author=AUTHOR) as db:
        facets = index(db)
    counts = facets.counts(Selection())
    assert all(counts[facet] for facet in Facet), [f for f in Facet if not counts[f]]
    total = len(facets.all_ids)
    assert sum(c.count for c in counts[Facet.POSITION]) == total
    assert sum(c.count for c in counts[Facet.STATUS]) == total


def test_sdg_targets_are_offered_in_their_natural_order(empty_db):
    from app.services.choices import sdg_target_choices

    with empty_db.read() as session:
        codes = [label.split(" — ")[0] for _, label in sdg_target_choices(session)]
    assert len(codes) == 169
    assert codes[:9] == ["1.1", "1.2", "1.3", "1.4", "1.5", "1.a", "1.b", "2.1", "2.2"]
    assert codes.index("16.10") == codes.index("16.9") + 1


def test_similar_recommendations_find_the_same_request_in_other_words():
    from app.services.similar import SimilarityIndex, content_words

    assert content_words("Ratify the Optional Protocols; children's rights") == [
        "ratify", "optional", "protocol", "child", "right"]
    index = SimilarityIndex([
        ("a", "Ratify the Optional Protocol to the Convention against Torture"),
        ("b", "Consider ratifying the Optional Protocol to the Convention against Torture "
              "(OPCAT)"),
        ("c", "Ensure access to safe drinking water in rural areas"),
        ("d", "Take measures to ensure effective access to clean water and sanitation"),
        ("e", "Ratify the Convention on the Rights of Persons with Disabilities"),
    ])
    found = dict(index.similar("a"))
    assert next(iter(found)) == "b" and found["b"] > 0.5
    assert "c" not in found and "d" not in found
    water = dict(index.similar("c"))
    assert list(water) == ["d"]
    assert index.similar("missing") == []
    assert index.similar_to_text("access to drinking water")[0][0] == "c"


def test_similarity_index_is_rebuilt_only_after_a_text_changes(small):
    from app.services import similar

    db, ids, _ = small
    first = similar.similarity_index(db)
    assert similar.similarity_index(db) is first
    with db.write() as session:
        register.update_recommendation(session, ids[0], text="A new text about water")
    assert similar.similarity_index(db) is not first


def test_institution_and_people_edits_are_checked(small):
    db, _, codes = small
    with db.write() as session:
        institutions.update_institution(session, codes["MOJ"], name="Ministry of Justice and "
                                        "Human Rights", kind="ministry", contact="Rue 1")
        person = institutions.add_person(session, codes["MOJ"], "  Amina   Diallo ",
                                         "focal_point_main", email="amina@justice.gov")
        institutions.add_person(session, codes["MOJ"], "Ben Okafor", "validating_authority")
        institutions.add_person(session, codes["MOJ"], "Carla Ruiz", "focal_point_alternate")
    for bad, match in (({"full_name": " ", "role": "focal_point_main"}, "name is empty"),
                       ({"full_name": "X", "role": "boss"}, "role 'boss'"),
                       ({"full_name": "X", "role": "focal_point_main", "email": "x@y"},
                        "should look like")):
        with pytest.raises(ValidationError, match=match), db.write() as session:
            institutions.update_person(session, person, **bad)
    with pytest.raises(ValidationError, match="kind"), db.write() as session:
        institutions.update_institution(session, codes["MOJ"], name="X", kind="club")
    with db.read() as session:
        people = institutions.people_of(session, codes["MOJ"])
        facts = institutions.institution_facts(session, codes["MOJ"])
    assert [p.full_name for p in people] == ["Amina Diallo", "Carla Ruiz", "Ben Okafor"]
    assert facts.name == "Ministry of Justice and Human Rights" and facts.contact == "Rue 1"
    with db.write() as session:
        institutions.remove_person(session, person)
    with db.read() as session:
        assert [p.full_name for p in institutions.people_of(session, codes["MOJ"])] == [
            "Carla Ruiz", "Ben Okafor"]


def test_reference_lists_add_rename_delete_and_spellings(small):
    from app.services.reference import find_state
    from app.services.vocabularies import (
        Vocabulary,
        add_alias,
        add_entry,
        delete_entry,
        entries,
        remove_alias,
        update_entry,
    )

    db, ids, _ = small
    with db.write() as session:
        theme = add_entry(session, Vocabulary.THEMES, "X1", "Business and human rights")
        group = add_entry(session, Vocabulary.AFFECTED, "", "Persons living in slums")
        mechanism = add_entry(session, Vocabulary.MECHANISMS, "wg-x", "Working Group on "
                              "Example Matters", "special_procedure")
        assignments.add_theme(session, ids[:2], theme)
    with db.read() as session:
        themes = {e.id: e for e in entries(session, Vocabulary.THEMES)}
        groups = {e.id: e for e in entries(session, Vocabulary.AFFECTED)}
        mechanisms = {e.id: e for e in entries(session, Vocabulary.MECHANISMS)}
    assert themes[theme].used == 2 and themes[theme].detail == "custom"
    assert groups[group].code == "persons-living-in-slums"
    assert mechanisms[mechanism].code == "WG-X"
    with pytest.raises(ValidationError, match="already used"), db.write() as session:
        add_entry(session, Vocabulary.MECHANISMS, "WG-X", "Duplicate")
    with pytest.raises(ValidationError, match="still used by 2 recommendations"), \
            db.write() as session:
        delete_entry(session, Vocabulary.THEMES, theme)
    with db.write() as session:
        update_entry(session, Vocabulary.THEMES, theme, "X1", "Business & human rights")
        delete_entry(session, Vocabulary.MECHANISMS, mechanism)
        # The freed code can be used again.
        add_entry(session, Vocabulary.MECHANISMS, "WG-X", "Working Group on Examples",
                  "special_procedure")

    with db.write() as session:
        laos = find_state(session, "LAO").id
        add_alias(session, laos, "Lao P.D.R.")
    with db.read() as session:
        assert find_state(session, "lao pdr").id == laos
    with pytest.raises(ValidationError, match="already means"), db.write() as session:
        add_alias(session, find_state(session, "FRA").id, "Lao PDR")
    with db.write() as session:
        remove_alias(session, laos, "Lao P.D.R.")
    with db.read() as session:
        assert find_state(session, "lao pdr") is None
    with pytest.raises(ValidationError, match="fixed"), db.write() as session:
        add_entry(session, Vocabulary.STATES, "XXX", "Atlantis")


def test_dashboard_figures_agree_with_the_facets(any_demo):
    from app.db.lifecycle import open_database
    from app.services.dashboard import build_dashboard
    from app.services.facets import Facet

    with open_database(any_demo, author="tester") as db, db.read() as session:
        facets = build_index(session)
        board = build_dashboard(session, facets)
    assert board.total == len(facets.all_ids)
    for facet, bars in board.breakdowns.items():
        assert bars, facet
        for bar in bars:
            assert bar.total == len(facets.matching(Selection({facet: frozenset({bar.value})})))
    assert 0 < sum(n for _, _, n in board.overdue_by_institution) <= board.overdue
    assert len(board.recent) == 15 and board.recent[0].when >= board.recent[-1].when
    assert board.waiting_validation == len(facets.matching(Selection.of(report=["submitted"])))
    assert Facet.REPORT in facets.counts(Selection())
    assert 0 < board.indicators_off_track <= board.indicators
