"""The issue's acceptance checks on the real OHCHR matrices and UPR Info exports."""

import csv
import html
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.lifecycle import create_database, open_database
from app.importers.engine import ImportOptions, run_import
from app.models import (
    AffectedGroup,
    ExternalReference,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationTheme,
    RecommendingState,
    Review,
    State,
    Theme,
)
from tests.conftest import AUTHOR, REPO, real_data

pytestmark = pytest.mark.real_data

MATRICES = {  # file: (state, recommendations, positions)
    "China_UPR17_2013_Matrix_recommendations_2013.docx": (
        "CHN", 252, {"supported": 204, "noted": 48}),
    "China_UPR31_2018_Matrix_recommendations_2018.docx": (
        "CHN", 346, {"supported": 284, "noted": 62}),
    "Slovenia_UPR20_2014_ThematicListRecommendations_E.docx": (
        "SVN", 163, {"supported": 142, "noted": 21}),
    "Slovenia_UPR34_2019_Thematic_list_of_Recommendations.docx": (
        "SVN", 215, {"supported": 182, "noted": 33}),
    "Slovenia_UPR48_2025_thematic-list-of-recommendations.docx": (
        "SVN", 254, {"supported": 217, "noted": 37}),
    "Egypt_UPR20_2014_MatriceRecommendations.docx": (
        "EGY", 300, {"supported": 224, "noted": 53, "supported_in_part": 23}),
}


@pytest.fixture
def db(tmp_path):
    database = create_database(tmp_path / "real.db", author=AUTHOR)
    yield database
    database.close()


def matrix(name: str) -> Path:
    return real_data("ohchr-upr-matrices", "original", name)


def test_each_matrix_imports_exactly_and_reimports_as_unchanged(db):
    paths = [matrix(name) for name in MATRICES]
    summary = run_import(db, paths, ImportOptions())
    assert summary.applied and summary.rejected == [] and summary.to_confirm == []
    assert summary.created == sum(count for _, count, _ in MATRICES.values()) == 1530
    with db.read() as session:
        for name, (iso3, count, positions) in MATRICES.items():
            assert next(f.recommendations for f in summary.files if f.file == name) == count
            rows = session.execute(
                select(Recommendation.position_code, func.count())
                .join(ExternalReference, ExternalReference.recommendation_id == Recommendation.id)
                .join(Review, Review.id == Recommendation.review_id)
                .join(State, State.id == Review.state_id)
                .where(ExternalReference.source == "ohchr-matrix", State.iso3 == iso3,
                       ExternalReference.identifier.in_(_identifiers(session, name)))
                .group_by(Recommendation.position_code)
            ).all()
            assert dict(rows) == positions, name
    again = run_import(db, paths, ImportOptions())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1530)


def _identifiers(session, name: str) -> set[str]:
    """The source identifiers of one file: its review symbol and paragraph numbers."""
    symbols = {"China_UPR17": "A/HRC/25/5", "China_UPR31": "A/HRC/40/6",
               "Slovenia_UPR20": "A/HRC/28/15", "Slovenia_UPR34": "A/HRC/43/15",
               "Slovenia_UPR48": "A/HRC/59/15", "Egypt_UPR20": "A/HRC/28/16"}
    prefix = next(symbol for key, symbol in symbols.items() if name.startswith(key))
    return set(session.scalars(select(ExternalReference.identifier).where(
        ExternalReference.identifier.like(f"{prefix}#%"))))


def test_states_themes_groups_and_sdgs_are_attached(db):
    run_import(db, [matrix("Egypt_UPR20_2014_MatriceRecommendations.docx"),
                    matrix("China_UPR17_2013_Matrix_recommendations_2013.docx"),
                    matrix("China_UPR31_2018_Matrix_recommendations_2018.docx")],
               ImportOptions())
    with db.read() as session:
        def recommendation(reference, symbol):
            return session.scalar(select(Recommendation).join(Review).where(
                Recommendation.reference == reference, Review.symbol == symbol))

        rome = recommendation("166.6", "A/HRC/28/16")
        states = set(session.scalars(select(State.iso3).join(
            RecommendingState, RecommendingState.state_id == State.id).where(
            RecommendingState.recommendation_id == rome.id)))
        assert states == {"CHL", "EST", "SVN", "TUN", "URY"}
        ratify = recommendation("186.28", "A/HRC/25/5")
        codes = set(session.scalars(select(Theme.code).join(
            RecommendationTheme, RecommendationTheme.theme_id == Theme.id).where(
            RecommendationTheme.recommendation_id == ratify.id)))
        assert codes == {"A12", "B51"}
        groups = set(session.scalars(select(AffectedGroup.code).join(
            RecommendationAffectedGroup,
            RecommendationAffectedGroup.affected_group_id == AffectedGroup.id).where(
            RecommendationAffectedGroup.recommendation_id == ratify.id)))
        assert groups == {"general"}
        assert rome.review.cycle == 2 and ratify.review.session == 17


def _upr_info_counts(paths):
    groups = set()
    for path in paths:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle, delimiter=";")
            next(reader)
            for row in reader:
                sur, text, response, session = (html.unescape(row[i]) for i in (0, 3, 7, 10))
                if session.strip().isdigit():
                    groups.add((sur.strip().casefold(), int(session),
                                " ".join(text.casefold().split()).rstrip(" .;"),
                                response.strip().casefold()))
    return Counter((session, response) for _, session, _, response in groups), len(groups)


@pytest.mark.slow
def test_all_upr_info_exports_import_with_counts_per_session_and_response(tmp_path):
    folder = real_data("upr-info-export-2018")
    paths = sorted(folder.glob("[0-9]*.csv"))
    assert len(paths) == 7
    rows = sum(1 for path in paths for _ in csv.reader(
        path.open(encoding="utf-8-sig", newline=""), delimiter=";")) - 7
    assert rows == 61014
    expected, total = _upr_info_counts(paths)
    env = dict(os.environ, NMRF_TRACKER_HOME=str(tmp_path / "home"))
    database = tmp_path / "upr.db"

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "app", *args], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=1800)

    assert cli("new", "--db", str(database), "--state", "Slovenia").returncode == 0
    refused = cli("import", "--db", str(database), *map(str, paths), "--json")
    assert refused.returncode == 2
    assert [(r["row"], r["field"]) for r in json.loads(refused.stdout)["rejected"]] == [
        (16, "Session")]
    imported = cli("import", "--db", str(database), *map(str, paths), "--json",
                   "--accept-partial")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["created"] == total
    with open_database(database, author=AUTHOR, read_only=True) as db, db.read() as s:
        found = Counter({(session, position): count for session, position, count in s.execute(
            select(Review.session, Recommendation.position_code, func.count())
            .join(Review, Review.id == Recommendation.review_id)
            .group_by(Review.session, Recommendation.position_code))})
    assert found == Counter({(session, response): count
                             for (session, response), count in expected.items()})
    again = json.loads(cli("import", "--db", str(database), *map(str, paths), "--json",
                           "--accept-partial").stdout)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, total)


def test_the_same_review_from_two_sources_merges(db):
    run_import(db, [matrix("China_UPR17_2013_Matrix_recommendations_2013.docx")],
               ImportOptions())
    summary = run_import(db, [real_data("upr-info-export-2018",
                                        "slice_SuR_China_Slovenia_Egypt.csv")],
                         ImportOptions(accept_partial=True))
    assert summary.applied
    with db.read() as session:
        both = session.scalar(
            select(func.count()).select_from(
                select(ExternalReference.recommendation_id)
                .join(Recommendation, Recommendation.id == ExternalReference.recommendation_id)
                .join(Review, Review.id == Recommendation.review_id)
                .where(Review.session == 17, Review.symbol == "A/HRC/25/5")
                .group_by(ExternalReference.recommendation_id)
                .having(func.count(func.distinct(ExternalReference.source)) == 2)
                .subquery()))
    assert both > 200, "most of China's 2013 paragraphs are found again in UPR Info"
    assert all(near.similarity < 1 for near in summary.to_confirm)


def test_compound_paragraphs_of_the_2013_matrix_are_joined_not_copied(db):
    """China 2013 groups several States' differently worded recommendations in one
    paragraph ("Ratify as soon as possible ICCPR (Brazil); Speed up the ratification of the
    ICCPR, which has been already signed by China (Bulgaria); …"); UPR Info lists each
    State's text as its own row. Each row joins its paragraph: no second copy."""
    run_import(db, [matrix("China_UPR17_2013_Matrix_recommendations_2013.docx")],
               ImportOptions())
    upr_info = real_data("upr-info-export-2018", "slice_SuR_China_Slovenia_Egypt.csv")
    summary = run_import(db, [upr_info], ImportOptions())
    assert summary.applied and summary.rejected == []
    with db.read() as session:
        review = session.scalar(select(Review).where(Review.session == 17))
        recommendations = session.scalars(select(Recommendation).where(
            Recommendation.review_id == review.id)).all()
        sources = {rec.id: set(session.scalars(select(ExternalReference.source).where(
            ExternalReference.recommendation_id == rec.id))) for rec in recommendations}
        second_copies = [rec.text for rec in recommendations
                         if "ohchr-matrix" not in sources[rec.id]]
        assert second_copies == []
        assert len(recommendations) == 252
        ratify = session.scalar(select(Recommendation).where(
            Recommendation.review_id == review.id, Recommendation.reference == "186.2"))
        states = set(session.scalars(select(State.iso3).join(
            RecommendingState, RecommendingState.state_id == State.id).where(
            RecommendingState.recommendation_id == ratify.id)))
        assert states == {"BRA", "BGR", "EST", "GHA"}
        assert session.scalar(select(func.count()).select_from(ExternalReference).where(
            ExternalReference.recommendation_id == ratify.id,
            ExternalReference.source == "upr-info")) == 4
    # the rows only similar to a segment ("… Uighur area" for "… Uighur areas") are held
    assert any("Uighur area" in near.text for near in summary.to_confirm)
    again = run_import(db, [upr_info], ImportOptions())
    assert (again.created, again.updated) == (0, 0)
