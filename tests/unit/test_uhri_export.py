"""The XLSX of search results uhri.ohchr.org exports, with its own header row (its
"Reccomending" misspelt), Excel date serials, one value a line prefixed "- ", its annotation
ids, and the concerns and observations it holds beside the recommendations."""

from datetime import datetime

import openpyxl
import pytest
from sqlalchemy import select

from app.importers.engine import ImportOptions, run_import
from app.models import (
    ExternalReference,
    Mechanism,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationSdg,
    RecommendationTheme,
    RecommendingState,
    Review,
    SdgTarget,
    State,
)

UHRI_HEADER = ["Text", "Countries Concerned", "Reccomending Body", "Document Symbol", "Themes",
               "Affected Persons", "Sdgs", "Document Publication Date",
               "UPR Reccomending States", "UPR Position", "Type", "OHCHR Annotation Id",
               "UPR Session", "Regions Concerned", "Recommending Regions",
               "Date of publication on UHRI"]

CRC_TEXT = "Ensure that all children with disabilities have access to inclusive education."
UPR_TEXT = "Continue efforts to combat hate speech."


def uhri_rows():
    # CRC's concluding observations: a concern and a recommendation; the UPR's report.
    return [
        ["The Committee is concerned that children with disabilities are often schooled "
         "apart.", "Slovenia", "CRC", "CRC/C/SVN/CO/5-6", "- Right to education",
         "- Children\n- Persons with disabilities", "- 4 - Quality education", 45322, "", "",
         "Concerns/Observations", "a1b2c3-0001", "", "Western European and other States", "",
         45330],
        [CRC_TEXT, "Slovenia", "CRC", "CRC/C/SVN/CO/5-6",
         "- Right to education\n- Persons with disabilities: right to education",
         "- Children\n- Persons with disabilities",
         "- 4 - Quality education\n- 4.5 - Eliminate gender disparities in education",
         45322, "", "", "Recommendations", "a1b2c3-0002", "",
         "Western European and other States", "", 45330],
        [UPR_TEXT, "- Slovenia", "Universal Periodic Review", "A/HRC/43/15",
         "- Racial discrimination", "", "- 16 - Peace, justice and strong institutions",
         datetime(2019, 12, 18), "- Portugal\n- Spain", "Supported", "Recommendations",
         "d4e5f6-0003", "34", "Western European and other States",
         "Western European and other States", datetime(2020, 3, 1)],
    ]


def uhri_workbook(path, header=UHRI_HEADER, rows=None):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows or uhri_rows():
        sheet.append(row)
    workbook.save(path)
    return path


def mechanism_code(session, review):
    return session.get(Mechanism, review.mechanism_id).code


@pytest.mark.parametrize("spelling", ["Reccomending", "Recommending"])
def test_the_real_header_row_is_read_in_either_spelling(db, tmp_path, spelling):
    header = [column.replace("Reccomending", spelling) for column in UHRI_HEADER]
    export = uhri_workbook(tmp_path / "uhri-search-results.xlsx", header)
    dry = run_import(db, [export], ImportOptions(), dry_run=True)
    assert dry.rejected == [], [str(r) for r in dry.rejected]
    assert dry.files[0].format == "uhri"
    assert [(left.type, left.rows) for left in dry.left_out] == [("Concerns/Observations", 1)]
    assert "1 row of type 'Concerns/Observations'" in dry.left_out[0].described()
    summary = run_import(db, [export], ImportOptions())
    assert (summary.created, summary.reviews_created) == (2, 2)
    with db.read() as session:
        texts = set(session.scalars(select(Recommendation.text)))
        assert texts == {CRC_TEXT, UPR_TEXT}
        crc = session.scalar(select(Recommendation).where(Recommendation.text == CRC_TEXT))
        # 45322 days after Excel's epoch: 30 January 2024
        assert (mechanism_code(session, crc.review), crc.review.year) == ("CRC", 2024)
        assert session.scalar(select(ExternalReference.identifier).where(
            ExternalReference.recommendation_id == crc.id)) == "a1b2c3-0002"
        assert len(session.scalars(select(RecommendationTheme).where(
            RecommendationTheme.recommendation_id == crc.id)).all()) == 2
        assert len(session.scalars(select(RecommendationAffectedGroup).where(
            RecommendationAffectedGroup.recommendation_id == crc.id)).all()) == 2
        targets = set(session.scalars(select(SdgTarget.code).join(
            RecommendationSdg, RecommendationSdg.target_id == SdgTarget.id).where(
            RecommendationSdg.recommendation_id == crc.id)))
        assert targets == {"4.5"}
        upr = session.scalar(select(Recommendation).where(Recommendation.text == UPR_TEXT))
        review = session.get(Review, upr.review_id)
        assert (mechanism_code(session, review), session.get(State, review.state_id).iso3,
                review.session, review.year) == ("UPR", "SVN", 34, 2019)
        assert upr.position_code == "supported"
        assert len(session.scalars(select(RecommendingState).where(
            RecommendingState.recommendation_id == upr.id)).all()) == 2


def test_the_annotation_id_makes_a_re_import_change_nothing_and_a_correction_one_row(
        db, tmp_path):
    export = uhri_workbook(tmp_path / "uhri.xlsx")
    run_import(db, [export], ImportOptions())
    again = run_import(db, [export], ImportOptions())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    rows = uhri_rows()
    rows[1][0] = CRC_TEXT.replace("all children", "every child")  # UHRI corrected a typo
    corrected = run_import(db, [uhri_workbook(tmp_path / "uhri-2.xlsx", rows=rows)],
                           ImportOptions())
    assert (corrected.created, corrected.updated) == (0, 1)
    with db.read() as session:
        assert "every child" in session.scalar(select(Recommendation.text).where(
            Recommendation.text.like("Ensure%")))


def test_a_date_that_is_no_date_names_the_row(db, tmp_path):
    rows = uhri_rows()
    rows[1][UHRI_HEADER.index("Document Publication Date")] = "soon"
    summary = run_import(db, [uhri_workbook(tmp_path / "uhri.xlsx", rows=rows)],
                         ImportOptions(), dry_run=True)
    assert [(r.row, r.field) for r in summary.rejected] == [(3, "year")]
    assert "'soon' is not a year or a date" in summary.rejected[0].reason
