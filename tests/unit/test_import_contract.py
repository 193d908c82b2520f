"""Imports follow one contract: a filled matrix for completion passes the Office gate and the
scope rules of an exchange file; every import is all or nothing (exit status 2), bounded."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.cli import main
from app.db.lifecycle import open_database
from app.errors import UserError
from app.exports.completion import write_completion_matrix
from app.importers.completion import (
    CELL_LIMIT,
    is_completion_matrix,
    read_completion_matrix,
)
from app.models import Assessment, Assignment
from app.services.reference import institution_id_of
from tests.conftest import AUTHOR


@pytest.fixture
def demo(demo_path):
    with open_database(demo_path, author=AUTHOR) as db:
        yield db


@pytest.fixture
def moj_workbook(demo, tmp_path):
    with demo.read() as session:
        moj = institution_id_of(session, "MOJ")
    path = tmp_path / "moj.xlsx"
    write_completion_matrix(demo, path, moj, "2026-H2")
    return path, moj


def _other_institutions_recommendation(demo, moj: str) -> str:
    with demo.read() as session:
        mine = set(session.scalars(select(Assignment.recommendation_id).where(
            Assignment.institution_id == moj, Assignment.deleted.is_(False))))
        return next(rec for rec in session.scalars(select(Assignment.recommendation_id).where(
            Assignment.recommendation_id.is_not(None))) if rec not in mine)


def _replace_in_parts(path, old: bytes, new: bytes) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    assert any(old in content for content in parts.values())
    parts = {name: content.replace(old, new) for name, content in parts.items()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


def _reports_of(demo, moj: str) -> int:
    with demo.read() as session:
        return session.scalar(select(func.count()).select_from(Assessment).where(
            Assessment.institution_id == moj))


def test_an_id_written_into_the_hidden_column_is_rejected(demo, moj_workbook):
    path, moj = moj_workbook
    foreign = _other_institutions_recommendation(demo, moj)
    book = load_workbook(path)
    sheet = book["For completion"]
    sheet.protection.sheet = False  # what a determined person does first
    sheet["A2"] = foreign
    sheet["F2"], sheet["G2"] = "Fully implemented", "Done, we say"
    book.save(path)
    completed = read_completion_matrix(demo, path)
    assert not completed.changes
    assert any("row 2" in reason and "not one of the recommendations this workbook was "
               "issued with" in reason for reason in completed.rejected)


def test_an_appended_row_is_rejected(demo, moj_workbook):
    path, moj = moj_workbook
    foreign = _other_institutions_recommendation(demo, moj)
    book = load_workbook(path)
    sheet = book["For completion"]
    sheet.append([foreign, "none", "999.1", "x", "", "Fully implemented", "Done", "", "2026-H2"])
    sheet.append([None, None, None, None, None, "In progress", "Something"])
    last = sheet.max_row
    book.save(path)
    completed = read_completion_matrix(demo, path)
    assert not completed.changes
    assert {reason.split(" ")[1].rstrip(":") for reason in completed.rejected} == {
        str(last - 1), str(last)}


def test_a_recommendation_reassigned_since_the_workbook_was_issued_is_rejected(demo,
                                                                             moj_workbook):
    path, moj = moj_workbook
    book = load_workbook(path)
    sheet = book["For completion"]
    rec_id = sheet["A2"].value
    sheet["F2"], sheet["G2"] = "In progress", "Circular sent"
    book.save(path)
    with demo.write() as session:
        for assignment in session.scalars(select(Assignment).where(
                Assignment.recommendation_id == rec_id, Assignment.institution_id == moj)):
            assignment.deleted = True
    completed = read_completion_matrix(demo, path)
    assert not completed.changes
    assert "no longer leads or supports" in completed.rejected[0]


def test_a_changed_hidden_sheet_is_refused_whole(demo, moj_workbook):
    path, _ = moj_workbook
    book = load_workbook(path)
    book["nmrf"]["B3"] = "forged-issue-id"
    book.save(path)
    with pytest.raises(UserError, match="no record of issuing this workbook"):
        read_completion_matrix(demo, path)


def test_periods_long_texts_and_formulas_get_their_own_messages(demo, moj_workbook):
    path, _ = moj_workbook
    book = load_workbook(path)
    sheet = book["For completion"]
    for row in (2, 3, 4, 5):
        sheet.cell(row, 6).value = "In progress"
        sheet.cell(row, 7).value = f"Done in row {row}"
    sheet["I2"] = "last spring"
    sheet["G3"] = "PLACEHOLDER-FOR-A-LONG-TEXT"
    sheet["G4"] = "=SUM(1,2)"
    book.save(path)
    # openpyxl cuts what it writes at 32,767 characters; a workbook from elsewhere may not.
    _replace_in_parts(path, b"PLACEHOLDER-FOR-A-LONG-TEXT", b"x" * (CELL_LIMIT + 10))
    completed = read_completion_matrix(demo, path)
    rejected = " | ".join(completed.rejected)
    assert "row 2" in rejected and "not a reporting period" in rejected
    assert "row 3" in rejected and "32,767" in rejected and "nothing is cut" in rejected
    assert "row 4" in rejected and "formula" in rejected and "apostrophe" in rejected
    assert "say what was done" not in rejected
    assert [change.row for change in completed.changes] == [5]


def test_the_import_is_all_or_nothing_with_exit_status_2(demo, moj_workbook, capsys):
    path, moj = moj_workbook
    book = load_workbook(path)
    sheet = book["For completion"]
    sheet["F2"], sheet["G2"] = "In progress", "Circular sent"
    sheet["F3"], sheet["G3"] = "Nearly", "Something"  # not a status
    book.save(path)
    before = _reports_of(demo, moj)
    demo.close()
    for dry in ([], ["--dry-run"]):
        assert main(["import", "--db", str(demo.path), str(path), *dry]) == 2
        assert _reports_of(open_database(demo.path, author=AUTHOR), moj) == before
    capsys.readouterr()
    assert main(["import", "--db", str(demo.path), str(path), "--accept-partial"]) == 0
    with open_database(demo.path, author=AUTHOR) as db:
        assert _reports_of(db, moj) == before + 1


def test_a_zip_bomb_workbook_is_refused_at_the_gate(tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * 5_000_000 + b"</a>")
    with pytest.raises(UserError, match="zip bomb"):
        is_completion_matrix(bomb)
    with pytest.raises(UserError, match="zip bomb"):
        read_completion_matrix(None, bomb)


def test_a_dry_run_with_rejections_exits_with_status_2_for_every_import_kind(
        empty_db, tmp_path, capsys):
    from tests.builders import upr_info_csv

    table = upr_info_csv(tmp_path / "upr.csv", [
        ("Slovenia", "Ratify the Optional Protocol", "France", "Supported", 5, "Torture", 34),
        ("Slovenia", "Ratify the Convention", "Nowhereland", "Supported", 5, "Torture", 34)])
    empty_db.close()
    assert main(["import", "--db", str(empty_db.path), str(table), "--dry-run"]) == 2
    assert main(["import", "--db", str(empty_db.path), str(table)]) == 2
    assert main(["import", "--db", str(empty_db.path), str(table), "--accept-partial"]) == 0
    assert "Rejected (1)" in capsys.readouterr().out


def test_an_import_over_the_row_limit_is_refused_up_front_naming_it(empty_db, tmp_path,
                                                                   monkeypatch, capsys):
    from app.importers import engine
    from tests.builders import upr_info_csv

    table = upr_info_csv(tmp_path / "big.csv", [
        ("Slovenia", f"Recommendation number {n}", "France", "Supported", 5, "Torture", 34)
        for n in range(30)])
    monkeypatch.setattr(engine, "MAX_IMPORT_ROWS", 20)
    read = []
    monkeypatch.setattr(engine, "read_file", lambda *args: read.append(args))
    empty_db.close()
    assert main(["import", "--db", str(empty_db.path), str(table), "--dry-run"]) == 2
    err = capsys.readouterr().err
    assert "big.csv: 31 rows, more than the 20 one import takes" in err
    assert "split the table into files of at most 20 rows" in err
    assert read == []  # refused before anything was parsed


@pytest.mark.parametrize(("content", "rows"), [
    (b"a;b\r\n1;2\r\n", 2), (b"a;b\n1;2\n3;4", 3), (b"a;b\r1;2\r3;4\r", 3),
    (b'a;b\n"two\nlines";2\n', 3), (b"", 0)])
def test_rows_are_counted_as_a_stream_never_fewer_than_there_are(tmp_path, content, rows):
    from app.importers.safety import count_rows

    path = tmp_path / "t.csv"
    path.write_bytes(content)
    assert count_rows(path) == rows
