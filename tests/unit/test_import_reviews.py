"""app/importers/reviews.py and row_checks.py: a row's review and coded values, on their own."""

from __future__ import annotations

import pytest

from app.importers.model import ParsedRecommendation, ReviewInfo, RowRejected
from app.importers.reviews import KnownReview
from app.importers.row_checks import checked_row
from app.importers.vocabulary import KnownNames
from app.models.codes import PositionCode


def _review(**facts) -> KnownReview:
    return KnownReview("r1", "upr", "egy", **({"symbol": None, "session": None, "cycle": None,
                                              "year": None} | facts), version=1)


def test_the_most_precise_fact_both_sides_give_decides():
    known = _review(symbol="A/HRC/43/16", session=34, cycle=3)
    assert known.matches("upr", "egy", ReviewInfo(symbol="A/HRC/43/16", session=99))
    assert not known.matches("upr", "egy", ReviewInfo(symbol="A/HRC/28/16", session=34))
    assert known.matches("upr", "egy", ReviewInfo(session=34))
    assert not known.matches("upr", "egy", ReviewInfo(cycle=2))
    assert not known.matches("upr", "tun", ReviewInfo(session=34))


def test_a_list_that_says_nothing_joins_only_a_review_that_says_nothing():
    assert _review().matches("upr", "egy", ReviewInfo())
    assert not _review(cycle=3).matches("upr", "egy", ReviewInfo())


@pytest.fixture
def vocabulary(demo_path) -> KnownNames:
    from app.db.lifecycle import open_database
    from tests.conftest import AUTHOR

    with open_database(demo_path, author=AUTHOR) as db, db.read() as session:
        return KnownNames.load(session)


def _row(**values) -> ParsedRecommendation:
    return ParsedRecommendation("list.csv", 4, ReviewInfo(state="Egypt"), "Ratify the OP-CAT",
                                **values)


def test_a_row_without_a_position_is_pending_at_the_upr_only(vocabulary):
    assert checked_row(_row(), vocabulary, "UPR").position == PositionCode.PENDING
    assert checked_row(_row(), vocabulary, "CRC").position == PositionCode.NOT_APPLICABLE


@pytest.mark.parametrize(("values", "field"), [
    ({"position": "maybe"}, "position"),
    ({"sdg_targets": ["18.1"]}, "SDG target"),
    ({"recommending_states": ["Atlantis"]}, "recommending State"),
])
def test_the_first_unknown_value_names_its_column(vocabulary, values, field):
    with pytest.raises(RowRejected) as rejected:
        checked_row(_row(**values), vocabulary, "UPR")
    assert rejected.value.field == field
