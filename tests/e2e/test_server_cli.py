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
