"""Any legal file name works, in every command: folders with "?", "#", "%41", spaces, other
scripts and long paths (the SQLite URL used to be built from the path without quoting)."""

import json
import sqlite3

import pytest

from app.cli import main
from tests.builders import upr_info_csv
from tests.exchange_world import words_in

FOLDERS = {
    "question mark": "what?now",
    "hash": "case #12",
    "percent": "100%41",
    "spaces": "  two  spaces ",
    "scripts": "وزارة العدل — 司法部 — Минюст",
    "long": "/".join(["a-rather-long-folder-name-for-a-ministry"] * 5),
}


def cli(*args, capsys) -> tuple[int, str, str]:
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("name", FOLDERS.values(), ids=FOLDERS.keys())
def test_every_command_works_in_a_folder_of_that_name(tmp_path, capsys, monkeypatch, name):
    folder = tmp_path / name
    folder.mkdir(parents=True)
    master = folder / "master?#%41.db"

    def ok(*args):
        status, out, err = cli(*args, capsys=capsys)
        assert status == 0, err
        return out

    ok("demo", "--db", master, "--size", "12")
    assert {p.name for p in tmp_path.rglob("*.db")} == {"master?#%41.db"}  # nothing elsewhere
    assert "sound" in ok("check", "--db", master)
    count = json.loads(ok("info", "--db", master, "--json"))["recommendations"]
    assert count >= 12
    ok("backup", "--db", master, "--out", folder / "copy #1.db")
    assert sqlite3.connect(folder / "copy #1.db").execute(
        "SELECT count(*) FROM recommendation").fetchone()[0] == count
    table = upr_info_csv(folder / "upr #1?.csv", [
        ("Slovenia", "Ratify the Optional Protocol to the Convention against Torture",
         "France", "Supported", 5, "Torture", 34)])
    ok("import", "--db", master, table)
    ok("export", "matrix", "--db", master, "--out", folder / "matrix %41.xlsx")
    ok("export", "report", "--db", master, "--out", folder / "report ?.pdf")
    issued = folder / "for MOJ #1.nmrf"
    said = ok("exchange", "issue", "--db", master, "--institution", "MOJ", "--out", issued)
    for variable, words in words_in(said).items():
        monkeypatch.setenv(variable, words)
    ministry = folder / "moj copy?.db"
    ok("exchange", "open", "--db", ministry, issued)
    returned = folder / "from MOJ %41.nmrf"
    ok("exchange", "submit", "--db", ministry, "--out", returned)
    status, out, _err = cli("exchange", "consolidate", "--db", master, returned, capsys=capsys)
    assert status == 2 and "not registered yet" in out  # the device still has to be accepted
    assert {p.name for p in tmp_path.rglob("*.db")} == {
        "master?#%41.db", "copy #1.db", "moj copy?.db"}


def test_windows_paths_become_sqlite_uris_that_keep_their_server_and_characters():
    from pathlib import PureWindowsPath

    from app.db.engine import file_uri

    assert file_uri(PureWindowsPath(r"C:\Users\Amina\what?now #1\moj.db")) == \
        "file:///C:/Users/Amina/what%3Fnow%20%231/moj.db"
    assert file_uri(PureWindowsPath(r"\\ministry-server\share\nmrf\master.db")) == \
        "file:////ministry-server/share/nmrf/master.db"
