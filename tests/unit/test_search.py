"""Full-text search of the register: accents, case, prefixes; kept up to date on every path."""

import pytest

from app.db import search
from app.db.lifecycle import create_database
from app.importers.engine import ImportOptions, run_import
from app.services import register
from app.services.reference import find_state
from app.services.register_reader import RegisterReader
from tests.builders import ohchr_matrix, upr_info_csv
from tests.conftest import AUTHOR


@pytest.fixture
def db(any_db):
    """Three recommendations, in a file and on a server: the search behaves alike on both."""
    database = any_db
    with database.write() as session:
        review = register.add_review(session, register.ReviewSpec(
            mechanism_code="UPR", state_id=find_state(session, "FRA").id))
        for reference, text in (("1.1", "Cooperate with Côte d’Ivoire on the ratification"),
                                ("1.2", "Adopt a national action plan on Roma inclusion"),
                                ("1.3", "Ratify the Optional Protocol (OP-CAT)"),
                                ("1.4", "Укреплять НАЦИОНАЛЬНОЕ правозащитное учреждение"),
                                ("1.5", "تعزيز المؤسسة الوطنية لحقوق الإنسان")):
            register.add_recommendation(session, register.RecommendationSpec(
                review_id=review, text=text, reference=reference))
    yield database


def references(db, query):
    reader = RegisterReader(db)
    return [row.reference for row in reader.rows(reader.ids(query=query))]


@pytest.mark.parametrize(("query", "expected"), [
    ("cote", ["1.1"]), ("CÔTE", ["1.1"]), ("ratif", ["1.1", "1.3"]),
    ("ratif cote", ["1.1"]), ("roma plan", ["1.2"]), ("op-cat", ["1.3"]),
    ("1.2", ["1.2"]), ("nothing-like-this", []), ("", ["1.1", "1.2", "1.3", "1.4", "1.5"]),
    ('"unbalanced', []), ("AND OR NEAR *", []), ("(", ["1.1", "1.2", "1.3", "1.4", "1.5"]),
    ("национальн", ["1.4"]), ("УКРЕПЛЯТЬ", ["1.4"]), ("الوطنية", ["1.5"]),
    ("it's", []), ("o'brien & | ! :*", []),
])
def test_search_finds_by_prefix_whatever_the_accents_and_case(db, query, expected):
    assert references(db, query) == expected


def test_edits_deletions_and_imports_reach_the_index(db, tmp_path):
    reader = RegisterReader(db)
    roma = reader.ids(query="roma")[0]
    with db.write() as session:
        register.update_recommendation(session, roma, text="Adopt a strategy for Sinti",
                                       notes="follow up with the Office for Minorities")
    assert references(db, "roma") == [] and references(db, "sinti") == ["1.2"]
    assert references(db, "minorities") == ["1.2"], "notes are searched too"
    with db.write() as session:
        register.delete_recommendation(session, roma)
    assert references(db, "sinti") == []
    run_import(db, [upr_info_csv(tmp_path / "u.csv", [
        ("France", "Strengthen the Défenseur des droits", "Chile", "Supported", 4, "", 29)])],
        ImportOptions())
    assert len(RegisterReader(db).ids(query="defenseur")) == 1


def index_size(db):
    with db.read() as session:
        return session.connection().exec_driver_sql(f"SELECT count(*) FROM {search.TABLE}").scalar()


def test_an_import_indexes_what_it_adds_and_what_it_corrects_once_each(db, tmp_path):
    def row(reference, text):
        return (f"{reference} {text} (France);\nSource of Position: A/HRC/43/15 - Para 121",
                "Supported", "A12 Acceptance of international norms")

    first = [row("121.1", "Abolish the death penalty"), row("121.2", "Protect journalists")]
    run_import(db, [ohchr_matrix(tmp_path / "v1.docx", first)], ImportOptions())
    assert references(db, "journalists") == ["121.2"] and references(db, "penalty") == ["121.1"]
    assert index_size(db) == 7, "the five recommendations made before are not indexed twice"
    corrected = [first[0], row("121.2", "Protect human rights defenders")]
    summary = run_import(db, [ohchr_matrix(tmp_path / "v2.docx", corrected)], ImportOptions())
    assert (summary.created, summary.updated) == (0, 1)
    assert references(db, "journalists") == [] and references(db, "defenders") == ["121.2"]
    assert index_size(db) == 7


def test_a_reader_shows_its_own_snapshot_while_rows_are_added_and_deleted(db):
    reader = RegisterReader(db)
    assert len(reader.ids(query="ratif")) == 2
    with db.write() as session:
        review = register.add_review(session, register.ReviewSpec(
            mechanism_code="UPR", state_id=find_state(session, "DEU").id))
        for number in range(5):  # rowids beyond every one the reader knows
            register.add_recommendation(session, register.RecommendationSpec(
                review_id=review, text=f"Ratify convention {number}", reference=f"9.{number}"))
        register.delete_recommendation(session, reader.ids(query="cote")[0])
    assert [row.reference for row in reader.rows(reader.ids(query="ratify"))] == ["1.3"]
    assert sorted(references(db, "ratify")) == ["1.3", "9.0", "9.1", "9.2", "9.3", "9.4"]



def test_a_search_listing_reads_as_the_list_of_its_ids_in_register_order(db):
    from app.services.search_listing import SearchListing

    ordered = [f"id-{n}" for n in range(10)]
    gone = len(ordered)  # the place of a row the register order does not hold
    listing = SearchListing([7, gone, 2, 9, 0, gone, 4], ordered)
    expected = ["id-0", "id-2", "id-4", "id-7", "id-9"]
    assert len(listing) == 5 and list(listing) == expected
    assert [listing[n] for n in range(-5, 5)] == expected + expected
    for window in (slice(0, 2), slice(1, 40), slice(3, None), slice(None, -1), slice(0, 5, 2)):
        assert listing[window] == expected[window]
    assert listing.index("id-7") == 3 and "id-4" in listing and "id-5" not in listing
    for outside in (5, -6):
        with pytest.raises(IndexError):
            listing[outside]
    assert len(SearchListing([gone, gone], ordered)) == 0

    reader = RegisterReader(db)
    shown = reader.listing(query="ratif")
    assert isinstance(shown, SearchListing) and list(shown) == reader.ids(query="ratif")



def test_facet_counts_of_a_search_count_its_matches_in_any_sort(any_demo):
    from app.db.lifecycle import open_database
    from app.services.facets import Facet, Selection
    from app.services.register_reader import SortKey

    with open_database(any_demo, author=AUTHOR) as db:
        reader = RegisterReader(db)
        for sort, descending in ((SortKey.STATUS, True), (SortKey.REFERENCE, False)):
            found = set(reader.ids(sort, descending, query="rights"))
            assert 0 < len(found) < len(reader.ids())
            assert reader.facet_counts("rights") == reader.facets.counts(Selection(),
                                                                         within=found)
            upr = Selection.of(mechanism=["UPR"])
            assert reader.facet_counts("rights", upr) == reader.facets.counts(upr, within=found)
            narrowed = reader.ids(sort, descending, query="rights", selection=upr)
            assert 0 < len(narrowed) < len(found)
            assert narrowed == [rec_id for rec_id in reader.ids(sort, descending, query="rights")
                                if rec_id in reader.facets.matching(upr)]
            assert sum(c.count for c in reader.facet_counts("rights")[Facet.MECHANISM]) == len(
                found)

def test_rebuild_recreates_the_index(db):
    with db.write() as session:
        session.connection().exec_driver_sql(f"DELETE FROM {search.TABLE}")
    assert references(db, "cote") == []
    with db.write() as session:
        search.rebuild(session.connection())
    assert references(db, "cote") == ["1.1"]


def test_search_results_keep_the_register_order_of_every_sort(any_demo):
    from sqlalchemy import select

    from app.db.lifecycle import open_database
    from app.models import Recommendation
    from app.services.facets import Selection
    from app.services.register_reader import SortKey

    with open_database(any_demo, author=AUTHOR) as db:
        with db.write() as session:
            first = session.scalars(select(Recommendation).where(
                Recommendation.text.ilike("%rights%"))).first()
            register.delete_recommendation(session, first.id)
        reader = RegisterReader(db)
        with db.read() as session:
            texts = dict(session.execute(select(Recommendation.id, Recommendation.text)).all())
        for sort in SortKey:
            for descending in (False, True):
                everything = reader.ids(sort, descending)
                expected = [i for i in everything if "rights" in texts[i].casefold()]
                assert reader.ids(sort, descending, query="rights") == expected
                assert first.id not in expected
                upr = reader.ids(sort, descending, selection=Selection.of(mechanism=["UPR"]))
                both = reader.ids(sort, descending, query="rights",
                                  selection=Selection.of(mechanism=["UPR"]))
                assert both == [i for i in upr if i in set(expected)]


def test_typing_a_reference_puts_that_recommendation_first(tmp_path):
    from app.services.register_reader import SortKey
    from app.services.search_listing import SearchListing

    database = create_database(tmp_path / "references.db", author=AUTHOR)
    with database.write() as session:
        review = register.add_review(session, register.ReviewSpec(
            mechanism_code="UPR", state_id=find_state(session, "FRA").id))
        for reference in ("142.79", *(f"142.8{n}" for n in range(10)), "142.8", "5(b)"):
            register.add_recommendation(session, register.RecommendationSpec(
                review_id=review, text=f"Recommendation {reference}", reference=reference))
    reader = RegisterReader(database)
    found = references(database, "142.8")
    assert found[0] == "142.8" and set(found[1:]) >= {f"142.8{n}" for n in range(10)}
    shown = [row.reference for row in reader.rows(reader.ids(
        SortKey.REFERENCE, True, query="142.8"))]
    assert shown[0] == "142.8"  # whatever the order asked for
    assert references(database, "5(b)")[0] == "5(b)"
    assert references(database, "recommendation")[0] == "5(b)"  # words: register order
    database.close()

    ordered = [f"id-{n}" for n in range(6)]
    listing = SearchListing([1, 3, 5, len(ordered)], ordered, first=[5])
    assert list(listing) == ["id-5", "id-1", "id-3"] and len(listing) == 3
