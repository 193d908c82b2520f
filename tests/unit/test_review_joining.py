"""A review found again whatever each file gives of it (issue 25, point 3)."""

from sqlalchemy import select

from app.importers.engine import ImportOptions, run_import
from app.models import Review
from tests.builders import ohchr_matrix, upr_info_csv


def test_a_review_imported_without_a_session_is_joined_by_its_cycle(db, tmp_path):
    """The French Egypt matrix gives its cycle and no session; UPR Info gives the session
    and its cycle: one review, its session filled in."""
    matrix = ohchr_matrix(tmp_path / "egypte.docx", [
        ("1.1 Ratify the Optional Protocol to the Convention against Torture (France);\n"
         "Source of position: A/HRC/28/16/Add.1", "Supported",
         "A12 Acceptance of international norms")],
        header="UPR of Egypt (2nd Cycle) Thematic list")
    first = run_import(db, [matrix], ImportOptions())
    assert [review.described() for review in first.reviews] == ["UPR Egypt, cycle 2"]
    export = upr_info_csv(tmp_path / "upr-info.csv", [
        ("Egypt", "Ratify the Optional Protocol to the Convention against Torture", "France",
         "Accepted", 4, "", 20)])
    summary = run_import(db, [export], ImportOptions())
    assert (summary.reviews_created, summary.created, summary.updated) == (0, 0, 1)
    with db.read() as session:
        assert [(r.cycle, r.session) for r in session.scalars(select(Review))] == [(2, 20)]
