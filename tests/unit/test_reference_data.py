import csv
import html
from collections import Counter

import pytest
from sqlalchemy import func, select

from app.db.reference_data import read_reference_table
from app.errors import ValidationError
from app.models import SdgGoal, SdgTarget, State, StateAlias, Theme
from app.names import match_key
from app.services.reference import find_state, require_state
from tests.conftest import real_data


def test_shipped_vocabularies_are_complete():
    states = list(read_reference_table("states.tsv"))
    assert Counter(row[2] for row in states) == {"member": 193, "observer": 2}
    assert len({row[0] for row in states}) == 195
    targets = [row[0] for row in read_reference_table("sdg_targets.tsv")]
    assert len(targets) == 169 and len(set(targets)) == 169
    per_goal = Counter(code.split(".")[0] for code in targets)
    assert [per_goal[str(goal)] for goal in range(1, 18)] == [
        7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19]
    assert len(list(read_reference_table("sdg_goals.tsv"))) == 17
    mechanisms = {row[0]: row[1] for row in read_reference_table("mechanisms.tsv")}
    treaty_bodies = {c for c, kind in mechanisms.items() if kind == "treaty_body"}
    assert treaty_bodies == {"CCPR", "CESCR", "CAT", "SPT", "CRC", "CEDAW", "CERD", "CRPD",
                             "CMW", "CED"}
    assert {"upr", "special_procedure", "regional", "voluntary"} <= set(mechanisms.values())


def test_a_new_database_holds_the_vocabularies(empty_db):
    with empty_db.read() as session:
        assert session.scalar(select(func.count(State.id))) == 195
        assert session.scalar(select(func.count(SdgGoal.id))) == 17
        assert session.scalar(select(func.count(SdgTarget.id))) == 169
        orphans = session.scalar(
            select(func.count(Theme.id)).where(Theme.parent_id.is_not(None),
                                               ~Theme.parent_id.in_(select(Theme.id))))
        assert orphans == 0
        assert session.scalar(select(func.count(StateAlias.id))) > 195


@pytest.mark.parametrize(
    ("spelling", "iso3"),
    [
        ("Côte d’Ivoire", "CIV"), ("Cote d'Ivoire", "CIV"), ("Sierra Le one", "SLE"),
        ("Bolivia (Plurinational S tate of)", "BOL"), ("Czech Republic", "CZE"),
        ("Czechia", "CZE"), ("Turkey", "TUR"), ("Türkiye", "TUR"), ("Cape Verde", "CPV"),
        ("Kingdom of the Netherlands", "NLD"), ("Netherlands", "NLD"), ("DPR Korea", "PRK"),
        ("Democratic People’s Republic of Korea", "PRK"), ("St Kitts & Nevis", "KNA"),
        ("Sao Tome & Principe", "STP"), ("Macedonia FYR", "MKD"), ("swe", "SWE"),
    ],
)
def test_real_world_spellings_find_their_state(empty_db, spelling, iso3):
    with empty_db.read() as session:
        assert find_state(session, spelling).iso3 == iso3


def test_unknown_state_is_reported_with_the_closest_name(empty_db):
    with empty_db.read() as session, pytest.raises(ValidationError) as caught:
        require_state(session, "Sierra Lene", field_name="recommending State")
    assert "recommending State: 'Sierra Lene' is not a known State" in str(caught.value)
    assert "Sierra Leone" in str(caught.value)


def test_match_key_ignores_accents_apostrophes_case_and_spaces():
    assert match_key("Côte d’Ivoire") == match_key("COTE D'IVOIRE") == "cotedivoire"


@pytest.mark.real_data
def test_every_state_name_in_the_real_exports_is_known(empty_db):
    names = set()
    for path in real_data("upr-info-export-2018").glob("[0-9]*.csv"):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, delimiter=";")
            next(reader)
            for row in reader:
                names.update(html.unescape(row[i]).strip() for i in (0, 4) if len(row) > 4)
    matrices = real_data("ohchr-upr-matrices", "ohchr_upr_matrices_combined.csv")
    with matrices.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            names.update(filter(None, row["recommending_states"].split(" | ")))
            names.add(row["state_under_review"])
    names.discard("(Unknown)")
    with empty_db.read() as session:
        unknown = sorted(name for name in names if find_state(session, name) is None)
    assert unknown == []
