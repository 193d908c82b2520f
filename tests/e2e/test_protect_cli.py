"""A database password on the command line: put on, asked for by every command (from the
environment for scripts, one sentence without a terminal), taken off; `check` passes on both
sides with the same counts."""

from __future__ import annotations

import json

from tests.e2e.test_cli import assert_one_line_error, run

PASSWORD = {"NMRF_TRACKER_DB_PASSWORD": "the secretariat's database password"}


def _ok(result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_protect_use_and_unprotect(tmp_path, home):
    db = tmp_path / "master.db"
    _ok(run("demo", "--db", str(db), "--size", "40", home=home))
    before = json.loads(_ok(run("info", "--db", str(db), "--json", home=home)))
    said = _ok(run("protect", "--db", str(db), home=home, env=PASSWORD))
    assert "protected by its password now" in said
    assert not db.read_bytes().startswith(b"SQLite format 3")

    assert_one_line_error(run("info", "--db", str(db), home=home), "protected by a password",
                          "NMRF_TRACKER_DB_PASSWORD")
    wrong = {"NMRF_TRACKER_DB_PASSWORD": "not the password at all"}
    assert_one_line_error(run("check", "--db", str(db), home=home, env=wrong),
                          "does not open it", "NMRF_TRACKER_DB_PASSWORD")
    assert "sound" in _ok(run("check", "--db", str(db), home=home, env=PASSWORD))
    assert json.loads(_ok(run("info", "--db", str(db), "--json", home=home,
                              env=PASSWORD))) == before
    matrix = tmp_path / "matrix.xlsx"
    _ok(run("export", "matrix", "--db", str(db), "--out", str(matrix), home=home,
            env=PASSWORD))
    assert matrix.read_bytes()[:2] == b"PK"

    _ok(run("unprotect", "--db", str(db), home=home, env=PASSWORD))
    assert db.read_bytes().startswith(b"SQLite format 3")
    assert "sound" in _ok(run("check", "--db", str(db), home=home))
    assert json.loads(_ok(run("info", "--db", str(db), "--json", home=home))) == before
