"""The commands against a register on a PostgreSQL server (issue 26): the same commands, a
`postgresql://` address for `--db`."""

import openpyxl

from tests.builders import upr_info_csv
from tests.e2e.test_cli import assert_one_line_error, run


def test_a_register_on_a_server_is_set_up_imported_into_and_exported(
        server_address, tmp_path, home):
    empty = run("info", "--db", server_address, home=home)
    assert_one_line_error(empty, "holds no register yet", "nmrf-tracker new --db postgresql://")
    made = run("new", "--db", server_address, "--state", "Egypt", home=home)
    assert made.returncode == 0, made.stderr
    export = upr_info_csv(tmp_path / "upr-info.csv", [
        ("Egypt", "Abolish the death penalty", "Spain", "Noted", 4, "Death penalty", 34),
        ("Egypt", "Ratify the Optional Protocol", "France", "Accepted", 4, "Torture", 34)])
    imported = run("import", "--db", server_address, str(export), home=home)
    assert imported.returncode == 0, imported.stderr
    assert "2 new" in imported.stdout
    again = run("import", "--db", server_address, str(export), home=home)
    assert "0 new, 0 updated, 2 unchanged" in again.stdout, "a re-import changes nothing"
    info = run("info", "--db", server_address, home=home)
    assert info.returncode == 0, info.stderr
    assert f"File:            {server_address}" in info.stdout
    assert "Recommendations: 2" in info.stdout and "State:           Egypt" in info.stdout
    matrix = tmp_path / "matrix.xlsx"
    exported = run("export", "matrix", "--db", server_address, "--out", str(matrix), home=home)
    assert exported.returncode == 0, exported.stderr
    cells = [cell for sheet in openpyxl.load_workbook(matrix).worksheets
             for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    assert "Abolish the death penalty" in cells


def test_a_master_moves_to_the_server_and_back_with_copy_and_both_check_sound(
        server_address, tmp_path, home):
    master = tmp_path / "master.db"
    assert run("demo", "--db", str(master), "--size", "40", home=home).returncode == 0
    moved = run("copy", "--from", str(master), "--to", server_address, home=home)
    assert moved.returncode == 0, moved.stderr
    assert f"from {master} to {server_address} (recommendations 40," in moved.stdout
    assert f"{server_address}: sound (evidence files against their SHA-256" in moved.stdout
    assert "Keep working in one of the two only" in moved.stdout
    again = run("copy", "--from", str(master), "--to", server_address, home=home)
    assert_one_line_error(again, "already holds a register", "choose another database")
    back = tmp_path / "back.db"
    returned = run("copy", "--from", server_address, "--to", str(back), home=home)
    assert returned.returncode == 0, returned.stderr
    for where in (str(master), server_address, str(back)):
        checked = run("check", "--db", where, home=home)
        assert checked.returncode == 0 and ": sound (" in checked.stdout, checked.stderr
    onto_itself = run("copy", "--from", str(back), "--to", str(back), home=home)
    assert_one_line_error(onto_itself, "somewhere else than")
    backup = run("backup", "--db", server_address, "--out", str(tmp_path / "b.db"), home=home)
    assert backup.returncode == 0, backup.stderr
    assert run("check", "--db", str(tmp_path / "b.db"), home=home).returncode == 0
