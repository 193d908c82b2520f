"""UHRI exports (treaty bodies, special procedures) and any table through a saved mapping."""

import json

import pytest
from sqlalchemy import func, select

from app.errors import UserError
from app.importers.engine import ImportOptions, run_import
from app.importers.table import load_mapping, save_mapping
from app.models import (
    Mechanism,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationSdg,
    RecommendingState,
    Review,
    SdgTarget,
)
from tests.builders import UHRI_COLUMNS, UHRI_ROWS, uhri_export


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_uhri_export_brings_treaty_bodies_and_special_procedures(db, tmp_path, suffix):
    shuffled = list(reversed(UHRI_COLUMNS))
    export = uhri_export(tmp_path / f"uhri{suffix}",
                         [c.upper() if i % 2 else c.lower() for i, c in enumerate(shuffled)],
                         [list(reversed(row)) for row in UHRI_ROWS])
    summary = run_import(db, [export], ImportOptions())
    assert summary.applied and summary.rejected == [], summary.rejected
    assert (summary.created, summary.reviews_created) == (4, 4)
    assert summary.files[0].format == "uhri"
    with db.read() as session:
        rows = dict(session.execute(
            select(Mechanism.code, Recommendation.position_code)
            .join(Review, Review.mechanism_id == Mechanism.id)
            .join(Recommendation, Recommendation.review_id == Review.id)).all())
        assert rows == {"CRC": "not_applicable", "CEDAW": "not_applicable",
                        "SP-EDUCATION": "not_applicable", "UPR": "supported"}
        crc = session.scalar(select(Recommendation).where(Recommendation.reference == "24(a)"))
        assert (crc.review.symbol, crc.review.year) == ("CRC/C/SVN/CO/5-6", 2024)
        targets = set(session.scalars(select(SdgTarget.code).join(
            RecommendationSdg, RecommendationSdg.target_id == SdgTarget.id).where(
            RecommendationSdg.recommendation_id == crc.id)))
        assert targets == {"4.5", "4.a"}
        assert session.scalar(select(func.count()).select_from(RecommendationAffectedGroup)
                              .where(RecommendationAffectedGroup.recommendation_id == crc.id)) == 2
        upr = session.scalar(select(Recommendation).where(Recommendation.reference == "121.52"))
        assert session.scalar(select(func.count()).select_from(RecommendingState).where(
            RecommendingState.recommendation_id == upr.id)) == 2
    again = run_import(db, [export], ImportOptions())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)


def test_unknown_sdg_target_and_mechanism_are_rejected_by_row(db, tmp_path):
    rows = [list(UHRI_ROWS[0]), list(UHRI_ROWS[1])]
    rows[0][UHRI_COLUMNS.index("SDG Targets")] = "4.99"
    rows[1][UHRI_COLUMNS.index("Treaty Body")] = ""
    rows[1][UHRI_COLUMNS.index("Mechanism")] = "Regional court of somewhere"
    summary = run_import(db, [uhri_export(tmp_path / "uhri.csv", rows=rows)], ImportOptions())
    assert not summary.applied
    reasons = {(r.row, r.field): r.reason for r in summary.rejected}
    assert "'4.99' is not one of the 169 SDG targets" in reasons[(2, "SDG target")]
    assert "'Regional court of somewhere' is not a known mechanism" in reasons[(3, "mechanism")]


def home_made_sheet(tmp_path):
    return uhri_export(tmp_path / "ministry-list.xlsx",
                       ["No.", "Country", "What was recommended", "Answer", "Body"],
                       [["1", "Slovenia", "Ratify the Optional Protocol.", "Supported", "UPR"],
                        ["2", "Slovenia", "Adopt an action plan on Roma.", "Noted", "UPR"]])


def test_any_table_needs_a_mapping_and_then_imports(db, tmp_path):
    sheet = home_made_sheet(tmp_path)
    with pytest.raises(UserError, match=r"columns not recognised .*What was recommended"):
        run_import(db, [sheet], ImportOptions())
    mapping_file = tmp_path / "mapping.json"
    save_mapping(mapping_file, {"text": "What was recommended", "state": "country",
                                "position": "Answer", "mechanism": "Body",
                                "reference": "No."})
    mapping = load_mapping(mapping_file).columns
    summary = run_import(db, [sheet], ImportOptions(mapping=mapping))
    assert (summary.applied, summary.created, summary.files[0].format) == (True, 2, "table")
    assert run_import(db, [sheet], ImportOptions(mapping=mapping)).unchanged == 2


def test_a_mapping_naming_a_missing_column_or_an_unknown_field_is_refused(db, tmp_path):
    sheet = home_made_sheet(tmp_path)
    with pytest.raises(UserError, match=r"column 'Recommendation' .* is not in ministry-list"):
        run_import(db, [sheet], ImportOptions(mapping={"text": "Recommendation"}))
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"txt": "What was recommended"}))
    with pytest.raises(Exception, match="unknown field"):
        load_mapping(bad)


def test_a_truncated_workbook_is_refused_cleanly(db, tmp_path):
    whole = uhri_export(tmp_path / "whole.xlsx")
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(UserError, match=r"truncated\.xlsx: not a readable Office file"):
        run_import(db, [truncated], ImportOptions())


@pytest.mark.parametrize(("cycle", "session"), [
    ("3", "34"), ("Cycle 3", "UPR 34"), ("3rd cycle", "34th session"),
    ("third cycle", "Session 34"), ("3e cycle", "34e session"), ("tercer ciclo", "34.0")])
def test_cycles_and_sessions_as_people_write_them(db, tmp_path, cycle, session):
    from app.importers.table import cycle_or_session_number

    assert (cycle_or_session_number(cycle), cycle_or_session_number(session)) == (3, 34)
    sheet = uhri_export(tmp_path / "list.xlsx", ["Country", "Recommendation", "Mechanism",
                                                 "Cycle", "Session"],
                        [["Slovenia", "Ratify the Optional Protocol.", "UPR", cycle, session]])
    summary = run_import(db, [sheet], ImportOptions(mapping={
        "state": "Country", "text": "Recommendation", "mechanism": "Mechanism",
        "cycle": "Cycle", "session": "Session"}))
    assert summary.applied and not summary.rejected
    with db.read() as session_:
        assert session_.execute(select(Review.cycle, Review.session)).one() == (3, 34)


def test_a_cycle_that_says_no_number_is_rejected_with_examples(db, tmp_path):
    sheet = uhri_export(tmp_path / "list.xlsx", ["Country", "Recommendation", "Cycle"],
                        [["Slovenia", "Ratify the Optional Protocol.", "the last one"]])
    summary = run_import(db, [sheet], ImportOptions(mapping={
        "state": "Country", "text": "Recommendation", "cycle": "Cycle"}))
    [rejected] = summary.rejected
    assert rejected.field == "cycle" and "for example 3, Cycle 3, 3rd cycle" in rejected.reason
