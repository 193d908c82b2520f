"""The Excel implementation matrix, re-opened with openpyxl as a reader would."""

from __future__ import annotations

import gc

import pytest
from openpyxl import load_workbook

from app.db.lifecycle import open_database
from app.exports.matrix import COLUMNS, MatrixOptions, write_matrix
from app.exports.matrix_data import _joined
from app.services import register
from app.services.facets import Facet, Selection
from app.services.reference import find_state, institution_id_of
from app.services.register_reader import RegisterReader
from tests.conftest import AUTHOR, cycle_collections_during


@pytest.fixture
def demo(any_demo):
    with open_database(any_demo, author=AUTHOR) as db:
        yield db


def test_matrix_reads_and_prints_well(demo, tmp_path):
    summary = write_matrix(demo, tmp_path / "matrix.xlsx")
    book = load_workbook(tmp_path / "matrix.xlsx")
    assert book.sheetnames == ["Cover", "Matrix", "Summary"]
    sheet = book["Matrix"]
    assert [cell.value for cell in sheet[1]] == [header for header, _, _ in COLUMNS]
    assert sheet.freeze_panes == "C2"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.auto_filter.ref.startswith("A1:R")
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    group_rows = [row for row in sheet.iter_rows(min_row=2) if row[0].font.bold]
    references = [row[0].value for row in sheet.iter_rows(min_row=2) if not row[0].font.bold]
    assert len(group_rows) == summary.groups
    assert len(references) == summary.recommendations == len(RegisterReader(demo).ids())
    assert sum(int(row[0].value.rsplit("(", 1)[1].rstrip(")")) for row in group_rows) == \
        summary.recommendations
    body = [row for row in sheet.iter_rows(min_row=2) if not row[0].font.bold]
    # Every body cell wraps at the top: Excel takes the Normal style for cells without a
    # format of their own, LibreOffice takes their row's format; both are checked.
    assert all(cell.alignment.wrap_text and cell.alignment.vertical == "top"
               for row in body for cell in row if cell.value is not None)
    for row in body:
        row_format = sheet.row_dimensions[row[0].row]
        assert row_format.alignment.wrap_text and row_format.alignment.vertical == "top"
    assert not any(row[0].alignment.wrap_text for row in group_rows), "group labels run on"
    assert not book["Cover"]["A1"].alignment.wrap_text
    assert book["Summary"]._charts, "a chart of statuses"
    assert book["Cover"]["B8"].value == summary.recommendations


def test_text_that_looks_like_a_formula_stays_text(demo, tmp_path):
    with demo.write() as session:
        review = register.add_review(session, register.ReviewSpec(
            mechanism_code="CRC", state_id=find_state(session, "FRA").id, year=2024))
        register.add_recommendation(session, register.RecommendationSpec(
            review_id=review, text='=HYPERLINK("http://example.invalid","click")',
            reference="@1", position_code="not_applicable"))
    write_matrix(demo, tmp_path / "m.xlsx", MatrixOptions(group_by="mechanism"))
    sheet = load_workbook(tmp_path / "m.xlsx")["Matrix"]
    cells = [row for row in sheet.iter_rows(min_row=2) if row[0].value == "@1"]
    assert cells and cells[0][1].value == '=HYPERLINK("http://example.invalid","click")'
    assert cells[0][1].data_type == "s" and cells[0][0].data_type == "s"
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)


def test_a_ministry_scope_and_register_filters(demo, tmp_path):
    with demo.read() as session:
        moj = institution_id_of(session, "moj")
    summary = write_matrix(demo, tmp_path / "moj.xlsx",
                           MatrixOptions(group_by="institution", institution_id=moj))
    sheet = load_workbook(tmp_path / "moj.xlsx")["Matrix"]
    lead_column = [header for header, _, _ in COLUMNS].index("Lead")
    rows = [row for row in sheet.iter_rows(min_row=2) if not row[0].font.bold]
    assert rows and len(rows) == summary.recommendations
    for row in rows:
        assert "MOJ" in (row[lead_column].value or "") + (row[lead_column + 1].value or "")
    with demo.read() as session:
        justice = institution_id_of(session, "MOJ")
    only_crc = write_matrix(demo, tmp_path / "crc.xlsx", MatrixOptions(
        selection=Selection.of(mechanism=["CRC"], lead=[justice])))
    cover = load_workbook(tmp_path / "crc.xlsx")["Cover"]
    filters = next(row[1].value for row in cover.iter_rows() if row[0].value == "Filters")
    assert "Mechanism: CRC" in filters and "Lead: MOJ" in filters
    assert justice not in filters  # names, never ids
    assert only_crc.recommendations == len(RegisterReader(demo).facets.matching(
        Selection({Facet.MECHANISM: frozenset({"CRC"}), Facet.LEAD: frozenset({justice})})))


def test_unknown_grouping_is_refused_and_no_file_is_left(demo, tmp_path):
    out = tmp_path / "exports"
    out.mkdir()
    with pytest.raises(ValueError, match="group by"):
        write_matrix(demo, out / "x.xlsx", MatrixOptions(group_by="colour"))
    assert list(out.iterdir()) == []


def test_round_trip_for_completion_lands_submitted_reports_and_flags_a_conflict(demo, tmp_path):
    from sqlalchemy import select

    from app.errors import UserError
    from app.exports.completion import write_completion_matrix
    from app.importers.completion import apply_completion_matrix, read_completion_matrix
    from app.models import Assessment
    from app.services import tracking

    with demo.read() as session:
        moj = institution_id_of(session, "MOJ")
    path = tmp_path / "moj.xlsx"
    count = write_completion_matrix(demo, path, moj, "2026-H2")
    book = load_workbook(path)
    sheet = book["For completion"]
    assert sheet.protection.sheet and sheet.column_dimensions["A"].hidden
    assert book["nmrf"].sheet_state == "veryHidden"
    assert str(sheet.data_validations.dataValidation[0].sqref) == f"F2:F{count + 1}"
    assert not sheet["F2"].protection.locked and sheet["D2"].protection.locked
    # The ministry fills three rows in Excel; a fourth one badly.
    rec_ids = [sheet.cell(row, 1).value for row in range(2, 6)]
    for row, status in ((2, "In progress"), (3, "Fully implemented"), (4, "Not started")):
        sheet.cell(row, 6).value = status
        sheet.cell(row, 7).value = f"Done in row {row}"
    sheet.cell(5, 6).value = "Nearly there"
    sheet.cell(5, 7).value = "Something"
    book.save(path)
    # Meanwhile the database gets a report for the third row: that row must not be applied.
    with demo.write() as session:
        tracking.add_assessment(session, recommendation_id=rec_ids[2], institution_id=moj,
                                period="2026-H2", status_code="in_progress")
    completed = read_completion_matrix(demo, path)
    assert [c.row for c in completed.applicable] == [2, 3]
    assert [c.row for c in completed.conflicts] == [4]
    assert completed.rejected and "row 5" in completed.rejected[0] and "Status" in \
        completed.rejected[0]
    with pytest.raises(UserError, match="nothing was imported \\(rows rejected: 1\\)"):
        apply_completion_matrix(demo, completed)  # all or nothing, unless accepted
    assert apply_completion_matrix(demo, completed, accept_partial=True) == 2
    from app.services.imports import import_history

    entry = import_history(demo)[0]  # the workbook enters the import history like any import
    assert (entry.file_name, entry.format, entry.created, entry.rejected, entry.to_confirm) == (
        path.name, "completion-matrix", 2, 1, 1)
    assert len(entry.sha256) == 64
    with demo.read() as session:
        submitted = {a.recommendation_id: (a.status_code, a.narrative) for a in session.scalars(
            select(Assessment).where(Assessment.workflow_state == "submitted",
                                     Assessment.narrative.like("Done in row%")))}
    assert submitted == {rec_ids[0]: ("in_progress", "Done in row 2"),
                         rec_ids[1]: ("fully_implemented", "Done in row 3")}
    other = tmp_path / "other.db"
    from app.db.lifecycle import create_database
    with create_database(other, author=AUTHOR) as elsewhere, \
            pytest.raises(UserError, match="another database"):
        read_completion_matrix(elsewhere, path)


def test_a_matrix_in_french_and_in_arabic(demo, tmp_path):
    write_matrix(demo, tmp_path / "fr.xlsx", MatrixOptions(language="fr"))
    book = load_workbook(tmp_path / "fr.xlsx")
    assert book.sheetnames == ["Couverture", "Matrice", "Synthèse"]
    header = [cell.value for cell in book["Matrice"][1]]
    assert header[:3] == ["Référence", "Recommandation", "Position"]
    position = [cell.value for cell in book["Matrice"]["C"]][2:]
    assert "Acceptée" in position and "Supported" not in position
    assert book["Couverture"]["A2"].value == "Base de données"
    states = header.index("États auteurs")
    recommenders = "; ".join(row[states].value or ""
                             for row in book["Matrice"].iter_rows(min_row=3))
    assert "Égypte" in recommenders and "Thaïlande" in recommenders
    assert "Egypt" not in recommenders and "Thailand" not in recommenders
    write_matrix(demo, tmp_path / "ar.xlsx", MatrixOptions(language="ar", group_by="mechanism"))
    arabic = load_workbook(tmp_path / "ar.xlsx")
    assert arabic.sheetnames[1] == "المصفوفة"
    assert arabic["الملخص"]["A1"].value == "الآلية"


def test_a_completion_workbook_in_spanish_is_read_back_in_spanish(demo, tmp_path):
    from app.exports.completion import write_completion_matrix
    from app.importers.completion import read_completion_matrix

    with demo.read() as session:
        moj = institution_id_of(session, "MOJ")
    path = tmp_path / "moj-es.xlsx"
    write_completion_matrix(demo, path, moj, "2026-H2", language="es")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet.title == "Para completar"
    assert [cell.value for cell in sheet[1]][:6] == [
        "id", "base", "Referencia", "Recomendación", "Estado actual", "Estado"]
    offered = [row[0].value for row in book["lists"].iter_rows() if row[0].value]
    assert "Parcialmente aplicada" in offered and "Partially implemented" not in offered
    assert dict(book["nmrf"].iter_rows(values_only=True))["language"] == "es"
    sheet.cell(2, 6).value = "Parcialmente aplicada"
    sheet.cell(2, 7).value = "Avance del período"
    sheet.cell(3, 6).value = "Fully implemented"  # typed in English over the list: understood
    sheet.cell(3, 7).value = "Hecho"
    book.save(path)
    completed = read_completion_matrix(demo, path)
    assert not completed.rejected
    assert [change.status_code for change in completed.applicable] == [
        "partially_implemented", "fully_implemented"]


def test_one_sheet_per_lead_institution(demo, tmp_path):
    summary = write_matrix(demo, tmp_path / "m.xlsx", MatrixOptions(sheet_per_institution=True))
    book = load_workbook(tmp_path / "m.xlsx")
    per_institution = book.sheetnames[2:-1]
    assert book.sheetnames[:2] == ["Cover", "Matrix"] and book.sheetnames[-1] == "Summary"
    assert "MOJ" in per_institution and per_institution[-1] == "(no lead institution)"
    lead_column = [header for header, _, _ in COLUMNS].index("Lead")
    counted = 0
    for name in per_institution:
        rows = [row for row in book[name].iter_rows(min_row=2) if not row[0].font.bold]
        counted += len(rows)
        if name == "MOJ":
            assert {row[lead_column].value.split("; ")[0] for row in rows} == {"MOJ"}
    assert counted == summary.recommendations


def test_secretariat_copy_changes_lead_and_supporting_with_conflicts_and_typos(demo, tmp_path):
    from openpyxl import load_workbook

    from app.errors import PermissionDenied
    from app.exports.completion import assigned_institutions as assigned_now
    from app.exports.completion import write_completion_matrix
    from app.importers.completion import (
        apply_completion_matrix,
        read_completion_matrix,
        submit_completed,
    )
    from app.services import assignments
    from app.services.permissions import FOCAL_POINT, Actor, acting_as

    with demo.read() as session:
        moj = institution_id_of(session, "MOJ")
        nhrc = institution_id_of(session, "NHRC")
    path = tmp_path / "moj-secretariat.xlsx"
    write_completion_matrix(demo, path, moj, "2026-H2", with_assignments=True)
    book = load_workbook(path)
    sheet = book["For completion"]
    assert [sheet.cell(1, column).value for column in (10, 11)] == [
        "Lead institution", "Supporting institutions"]
    assert sheet.column_dimensions["L"].hidden and not sheet["J2"].protection.locked
    assert any(str(v.sqref).startswith("J2:") for v in sheet.data_validations.dataValidation)
    rec_ids = [sheet.cell(row, 1).value for row in range(2, 6)]
    with demo.read() as session:
        before = assigned_now(session, rec_ids)
    new_lead = "MOH" if before[rec_ids[0]][0] != "MOH" else "MOI"
    sheet["J2"] = new_lead.lower()  # people type codes in any case
    sheet["K3"] = "; ".join([*before[rec_ids[1]][1], "NHRC"]) if "NHRC" not in \
        before[rec_ids[1]][1] else "; ".join(before[rec_ids[1]][1] + ["PARL"])
    sheet["J4"] = "MOJJ"
    sheet["K5"] = "POL"
    book.save(path)
    with demo.write() as session:  # meanwhile someone reassigns row 5's recommendation
        assignments.add_supporting(session, [rec_ids[3]], nhrc)
    completed = read_completion_matrix(demo, path)
    assert [c.row for c in completed.applicable_assignments] == [2, 3]
    assert completed.applicable_assignments[0].lead == new_lead
    assert [c.row for c in completed.conflicts] == [5]
    assert any("row 4" in reason and "Lead institution" in reason and "MOJJ" in reason
               and "did you mean MOJ" in reason for reason in completed.rejected)
    with demo.write() as session, acting_as(session, Actor("Amina", FOCAL_POINT, moj)), \
            pytest.raises(PermissionDenied):
        submit_completed(session, completed, "Amina")
    with demo.read() as session:
        assert assigned_now(session, rec_ids[:1])[rec_ids[0]][0] == before[rec_ids[0]][0], \
            "a refused import changes nothing"
    demo.actor = Actor("Amina", FOCAL_POINT, moj)
    try:
        as_focal_point = read_completion_matrix(demo, path)
    finally:
        demo.actor = None
    assert not as_focal_point.assignments
    assert any("only the secretariat changes assignments" in reason
               for reason in as_focal_point.rejected)
    assert apply_completion_matrix(demo, completed, accept_partial=True) == 2
    with demo.read() as session:
        after = assigned_now(session, rec_ids)
    assert after[rec_ids[0]][0] == new_lead
    assert set(after[rec_ids[1]][1]) > set(before[rec_ids[1]][1])
    assert after[rec_ids[2]] == before[rec_ids[2]]


@pytest.mark.parametrize(("values", "cell"), [
    ([], ""), ([None], ""), (["Chile"], "Chile"), (["Chile", "Chile"], "Chile"),
    (["", "Peru"], "Peru"), (["Chile", None], "Chile"), (["Chile", "Peru"], "Chile; Peru"),
    (["Chile", "", "Peru", "Chile", None], "Chile; Peru"),
])
def test_cells_list_distinct_values_in_order(values, cell):
    assert _joined(values) == cell


def test_the_matrix_is_written_without_stopping_for_cycle_collections(demo, tmp_path):
    # The rows of a large matrix would make Python walk every object several times for
    # nothing (see collector_paused). With a threshold of one, any allocation in an
    # unpaused export would set off a collection.
    summary, collections = cycle_collections_during(
        lambda: write_matrix(demo, tmp_path / "matrix.xlsx"))
    assert summary.recommendations > 0
    # A handful at the edges, on the way in and out of the pause; unpaused, over 30,000.
    assert len(collections) < 20
    assert gc.isenabled()


def test_rows_get_heights_that_fit_their_wrapped_text_and_the_essentials_print(demo,
                                                                              tmp_path):
    from app.exports.matrix import CHARACTERS_PER_WIDTH, LINE_POINTS, PRINTED

    with demo.write() as session:
        review = register.add_review(session, register.ReviewSpec(
            mechanism_code="CRC", state_id=find_state(session, "FRA").id, year=2024))
        register.add_recommendation(session, register.RecommendationSpec(
            review_id=review, text="Ensure access to justice for children. " * 12,
            reference="99(z)"))
    write_matrix(demo, tmp_path / "m.xlsx")
    sheet = load_workbook(tmp_path / "m.xlsx")["Matrix"]
    widths = {header: width for header, _, width in COLUMNS}
    [long_row] = [row for row in sheet.iter_rows(min_row=2) if row[0].value == "99(z)"]
    lines = -(-len(long_row[1].value.strip()) // int(widths["Recommendation"]
                                                      * CHARACTERS_PER_WIDTH))
    assert sheet.row_dimensions[long_row[0].row].height >= lines * LINE_POINTS
    group_row = next(row for row in sheet.iter_rows(min_row=2) if row[0].font.bold)
    assert sheet.row_dimensions[group_row[0].row].height is None  # one line, as it is
    # What prints: the essential columns (reference to accepted progress), A4 landscape.
    assert [header for header, _, _ in COLUMNS[:PRINTED]] == [
        "Reference", "Recommendation", "Position", "Lead", "Supporting", "Status",
        "Progress (accepted report)"]
    assert sheet.print_area.endswith(f"$A$1:${chr(ord('A') + PRINTED - 1)}${sheet.max_row}")
    assert sheet.page_setup.paperSize == 9


def test_the_printed_matrix_is_readable_in_libreoffice(demo, tmp_path):
    """LibreOffice headless prints the workbook to PDF: its text is at least 8 pt."""
    import re
    import shutil
    import subprocess

    if not (shutil.which("soffice") and shutil.which("pdftotext")):
        pytest.skip("LibreOffice (libreoffice-calc-nogui) and pdftotext (poppler-utils) "
                    "are not installed")
    write_matrix(demo, tmp_path / "m.xlsx")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "m.xlsx")],
                   check=True, capture_output=True, timeout=300)
    boxes = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-bbox", str(tmp_path / "m.pdf"),
                            "-"], check=True, capture_output=True, text=True).stdout
    heights = [float(bottom) - float(top) for top, bottom in re.findall(
        r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">[A-Za-z]', boxes)]
    assert heights
    # A word's box is about 1.16 times the font size (DejaVu Sans, LibreOffice's fallback).
    assert sorted(heights)[len(heights) // 2] / 1.16 >= 8
