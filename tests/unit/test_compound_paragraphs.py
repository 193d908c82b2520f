"""Paragraphs of earlier OHCHR matrices that group several States' differently worded
recommendations, joined by the rows of a source that lists each State's text on its own."""

from sqlalchemy import func, select

from app.importers.engine import ImportOptions, run_import
from app.importers.text import attributed_segments
from app.models import ExternalReference, Recommendation, RecommendingState
from tests.builders import ohchr_matrix, upr_info_csv

KNOWN = {"Brazil", "Bulgaria", "Estonia", "Ghana", "Sierra Leone", "Sierra Le one", "France"}

COMPOUND = ("186.2 Ratify as soon as possible ICCPR (Brazil); Speed up the ratification of the "
            "ICCPR, which has been already signed by China (Bulgaria); Speed up the process of "
            "the ratification of the ICCPR (Estonia); Expedite the ratification of the ICCPR "
            "(Ghana);")


def test_a_compound_paragraph_is_cut_at_each_attribution():
    assert attributed_segments(COMPOUND, KNOWN.__contains__) == [
        ("Ratify as soon as possible ICCPR", ["Brazil"]),
        ("Speed up the ratification of the ICCPR, which has been already signed by China",
         ["Bulgaria"]),
        ("Speed up the process of the ratification of the ICCPR", ["Estonia"]),
        ("Expedite the ratification of the ICCPR", ["Ghana"])]
    # a State misspelt beyond recognition still ends its segment; other parentheses do not
    assert attributed_segments(
        "Ratify ICCPR and OP-CAT (Sierra Leon e);Ratify the ICCPR (the Covenant) (France) ;",
        KNOWN.__contains__) == [("Ratify ICCPR and OP-CAT", []),
                                ("Ratify the ICCPR (the Covenant)", ["France"])]


def paragraph_and_rows(tmp_path):
    source = "Source of position: A/HRC/25/5/Add.1 - Para. 3"
    matrix = ohchr_matrix(tmp_path / "china-2013.docx", [
        (f"{COMPOUND}\n{source}", "Supported", "A12 Acceptance of international norms"),
        (f"186.3 Consider ratifying ICCPR (Cape Verde);\n{source}", "Supported",
         "A12 Acceptance of international norms")],
        header="UPR of China (2nd Cycle - 17th Session) Thematic list")
    export = upr_info_csv(tmp_path / "upr-info.csv", [
        ("China", "Ratify as soon as possible ICCPR", "Brazil", "Accepted", 4, "", 17),
        ("China", "Speed up the ratification of the ICCPR, which has been already signed by "
                  "China", "Bulgaria", "Accepted", 4, "", 17),
        ("China", "Speed up the process of the ratification of the ICCPR", "Estonia",
         "Accepted", 4, "", 17),
        ("China", "Expedite the ratification of the ICCPR", "Ghana", "Accepted", 4, "", 17),
        # the same words from a State the segment is not attributed to, answered otherwise
        # (UPR Info keeps it apart): a recommendation of its own
        ("China", "Expedite the ratification of the ICCPR", "France", "Noted", 4, "", 17),
        ("China", "Consider ratifying ICCPR", "Cabo Verde", "Accepted", 4, "", 17)])
    return matrix, export


def test_each_state_s_row_joins_its_segment_of_the_paragraph(db, tmp_path):
    matrix, export = paragraph_and_rows(tmp_path)
    assert run_import(db, [matrix], ImportOptions()).created == 2
    summary = run_import(db, [export], ImportOptions())
    assert (summary.created, summary.updated, summary.rejected) == (1, 2, [])
    with db.read() as session:
        compound = session.scalar(select(Recommendation).where(
            Recommendation.reference == "186.2"))
        assert session.scalar(select(func.count()).select_from(RecommendingState).where(
            RecommendingState.recommendation_id == compound.id)) == 4
        assert session.scalar(select(func.count()).select_from(ExternalReference).where(
            ExternalReference.recommendation_id == compound.id,
            ExternalReference.source == "upr-info")) == 4
        assert compound.text.startswith("Ratify as soon as possible ICCPR (Brazil); Speed up")
        apart = session.scalar(select(Recommendation).where(
            Recommendation.reference.is_(None)))
        assert apart.text == "Expedite the ratification of the ICCPR"
    again = run_import(db, [export], ImportOptions())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)

