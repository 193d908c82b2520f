"""States however a file writes them: without spaces or punctuation, in any case, as ISO
3166 codes, by their names in the six UN languages."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.importers.engine import ImportOptions, run_import
from app.importers.vocabulary import KnownNames
from app.models import Review, State
from tests.builders import upr_info_csv


@pytest.fixture
def names(empty_db):
    with empty_db.read() as session:
        known = KnownNames.load(session)
        by_iso3 = dict(session.execute(select(State.iso3, State.id)).tuples().all())
    return known, by_iso3


@pytest.mark.parametrize(("written", "iso3"), [
    ("cotedivoire", "CIV"), ("COTE D'IVOIRE", "CIV"), ("Côte d’Ivoire", "CIV"), ("CI", "CIV"),
    ("bosniaandherzegovina", "BIH"), ("democraticrepublicofthecongo", "COD"),
    ("EGY", "EGY"), ("EG", "EGY"), ("Égypte", "EGY"), ("Egipto", "EGY"), ("مصر", "EGY"),
    ("Египет", "EGY"), ("埃及", "EGY"), ("Allemagne", "DEU"), ("Alemania", "DEU"),
    ("Германия", "DEU"), ("ألمانيا", "DEU"), ("德国", "DEU"), ("Chine", "CHN"),
    ("Rusia", "RUS"), ("Россия", "RUS"),
    # the UN's formal names, as its documents in each language write them
    ("Federación de Rusia", "RUS"), ("Fédération de Russie", "RUS"),
    ("Российская Федерация", "RUS"), ("الاتحاد الروسي", "RUS"), ("俄罗斯联邦", "RUS"),
    ("République arabe syrienne", "SYR"), ("Estados Unidos de América", "USA"),
    ("Irán (República Islámica del)", "IRN"), ("République-Unie de Tanzanie", "TZA"),
    ("Соединенное Королевство Великобритании и Северной Ирландии", "GBR"),
    ("委内瑞拉玻利瓦尔共和国", "VEN"), ("República Democrática Popular Lao", "LAO")])
def test_each_spelling_names_its_state(names, written, iso3):
    known, by_iso3 = names
    assert known.state_id(written) == by_iso3[iso3]
    assert known.is_state(written) or len(written) <= 3


def test_two_letters_in_lower_case_are_not_taken_for_a_code(names):
    known, _ = names
    assert known.state_id("eg") is None and known.state_id("of") is None


def test_a_upr_info_table_in_french_lands_in_the_right_state(empty_db, tmp_path):
    table = upr_info_csv(tmp_path / "upr.csv", [
        ("Égypte", "Garantir l'indépendance de la justice", "France", "Supported", 4,
         "Justice", 20),
        ("EG", "Ratifier le Protocole facultatif", "Brésil", "Noted", 3, "Torture", 20)])
    summary = run_import(empty_db, [table], ImportOptions(accept_partial=True))
    assert summary.created == 2 and not summary.rejected
    with empty_db.read() as session:
        assert set(session.scalars(select(State.iso3).join(Review, Review.state_id == State.id)
                                   )) == {"EGY"}
