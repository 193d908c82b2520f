"""The CLI as a person (or a script) uses it: real subprocesses, real files."""

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def run(*args: str, home: Path, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess:
    env = dict(os.environ, NMRF_TRACKER_HOME=str(home), **(env or {}))
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)


def assert_one_line_error(result, *words):
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("nmrf-tracker: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_demo_then_check_then_info(tmp_path, home):
    db = tmp_path / "x.db"
    assert run("demo", "--db", str(db), "--size", "60", home=home).returncode == 0
    check = run("check", "--db", str(db), home=home)
    assert check.returncode == 0 and "sound" in check.stdout
    info = run("info", "--db", str(db), "--json", home=home)
    summary = json.loads(info.stdout)
    assert summary["schema"] and summary["role"] == "secretariat"
    assert summary["recommendations"] == 60
    assert sum(summary["by_position"].values()) == 60 == sum(summary["by_status"].values())
    assert {"code": "MOJ", "name": "Ministry of Justice", "kind": "ministry"} in summary[
        "institutions"]
    text = run("info", "--db", str(db), home=home).stdout
    assert "DEMO DATA" in text and "Recommendations: 60" in text
    assert "Not assessed" in text and "not_assessed" not in text  # words in the text


def test_help_lists_the_commands(home):
    result = run("--help", home=home)
    assert result.returncode == 0
    for command in ("demo", "check", "info", "new", "backup"):
        assert command in result.stdout


@pytest.fixture
def bad_files(tmp_path, demo_path):
    text = tmp_path / "notes.db"
    text.write_text("not a database\n" * 30)
    foreign = tmp_path / "foreign.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    newer = tmp_path / "newer.db"
    newer.write_bytes(demo_path.read_bytes())
    connection = sqlite3.connect(newer)
    connection.execute("PRAGMA user_version = 999")
    connection.commit()
    connection.close()
    corrupt = tmp_path / "corrupt.db"
    data = bytearray(demo_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for n in range(2, 40):
        data[n * page + 50 : n * page + 250] = b"\x00\xff" * 100
    corrupt.write_bytes(bytes(data))
    return {"text": (text, "not an SQLite database"), "foreign": (foreign, "another program"),
            "newer": (newer, "newer version"), "corrupt": (corrupt, "damaged")}


@pytest.mark.parametrize("kind", ["text", "foreign", "newer", "corrupt"])
@pytest.mark.parametrize("command", ["info", "backup"])
def test_bad_files_get_one_clear_line_and_stay_untouched(bad_files, kind, command, home):
    path, words = bad_files[kind]
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert_one_line_error(run(command, "--db", str(path), home=home), path.name, words)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("kind", ["text", "foreign", "newer"])
def test_check_refuses_files_that_are_not_ours(bad_files, kind, home):
    path, words = bad_files[kind]
    assert_one_line_error(run("check", "--db", str(path), home=home), words)


def test_check_reports_a_damaged_file(bad_files, home):
    result = run("check", "--db", str(bad_files["corrupt"][0]), home=home)
    assert result.returncode == 3 and "problems found: " in result.stderr
    assert "Traceback" not in result.stderr


def test_check_finds_a_corrupted_evidence_file(demo_path, tmp_path, home):
    copy = tmp_path / "tampered.db"
    copy.write_bytes(demo_path.read_bytes())
    connection = sqlite3.connect(copy)
    sha, content = connection.execute("SELECT sha256, content FROM evidence_blob").fetchone()
    connection.execute("UPDATE evidence_blob SET content = ? WHERE sha256 = ?",
                       (content[:-10] + b"0123456789", sha))
    connection.commit()
    connection.close()
    assert run("check", "--db", str(demo_path), home=home).returncode == 0
    result = run("check", "--db", str(copy), home=home)
    assert result.returncode == 3
    assert f"evidence file {sha[:12]}" in result.stderr and "SHA-256" in result.stderr


def test_new_database_from_the_command_line(tmp_path, home):
    institutions = tmp_path / "institutions.txt"
    institutions.write_text("MOJ, Ministry of Justice\nMOH, Ministry of Health\n", encoding="utf-8")
    db = tmp_path / "slovenia.db"
    result = run("new", "--db", str(db), "--state", "Slovenia", "--institutions",
                 str(institutions), home=home)
    assert result.returncode == 0, result.stderr
    summary = json.loads(run("info", "--db", str(db), "--json", home=home).stdout)
    assert summary["state"] == "Slovenia" and summary["recommendations"] == 0
    assert [i["code"] for i in summary["institutions"]] == ["MOH", "MOJ", "SEC"]
    assert_one_line_error(run("new", "--db", str(tmp_path / "y.db"), "--state", "Slovnia",
                              home=home), "did you mean 'Slovenia'")
    assert not (tmp_path / "y.db").exists()


def test_backup_writes_a_database_that_opens(demo_path, tmp_path, home):
    target = tmp_path / "backup.db"
    assert run("backup", "--db", str(demo_path), "--out", str(target), home=home).returncode == 0
    assert json.loads(run("info", "--db", str(target), "--json", home=home).stdout)["is_demo"]


def test_import_from_the_command_line_with_a_mapping_and_json(tmp_path, home):
    from tests.builders import uhri_export
    from tests.unit.test_table_import import home_made_sheet

    db = tmp_path / "register.db"
    assert run("new", "--db", str(db), "--state", "Slovenia", home=home).returncode == 0
    sheet = home_made_sheet(tmp_path)
    refused = run("import", "--db", str(db), str(sheet), home=home)
    assert_one_line_error(refused, "columns not recognised", "--mapping")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"text": "What was recommended", "position": "Answer",
                                   "mechanism": "Body", "state": "Country"}))
    dry = json.loads(run("import", "--db", str(db), str(sheet), "--mapping", str(mapping),
                         "--dry-run", "--json", home=home).stdout)
    assert (dry["dry_run"], dry["applied"], dry["created"]) == (True, False, 2)
    assert {"created", "updated", "unchanged", "rejected", "to_confirm"} <= set(dry)
    done = run("import", "--db", str(db), str(sheet), str(uhri_export(tmp_path / "uhri.csv")),
               "--mapping", str(mapping), "--json", home=home)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""  # no progress line when stderr is not a terminal
    assert json.loads(done.stdout)["created"] == 6
    summary = json.loads(run("info", "--db", str(db), "--json", home=home).stdout)
    assert summary["recommendations"] == 6 and summary["by_mechanism"]["CRC"] == 1


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_an_import_at_a_terminal_shows_its_progress_on_one_line_then_wipes_it(
        tmp_path, home, monkeypatch, capsys):
    from app.cli import main
    from tests.builders import upr_info_csv

    db = tmp_path / "register.db"
    assert main(["new", "--db", str(db), "--state", "Slovenia"]) == 0
    rows = [("Slovenia", f"Recommendation number {n}", "France", "Supported", 3, "", 34)
            for n in range(4100)]
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    capsys.readouterr()
    assert main(["import", "--db", str(db), str(upr_info_csv(tmp_path / "a.csv", rows))]) == 0
    shown = terminal.getvalue()
    steps = [line.strip() for line in shown.split("\r") if line.strip()]
    assert steps[0] == "Reading file 1 of 1…"
    assert "Matching recommendations: 2,000 of 4,100" in steps
    assert any(step.startswith("Writing: ") and step.endswith(" rows") for step in steps)
    assert steps[-1] == "Saving…"
    assert shown.endswith("\r") and shown.split("\r")[-2].isspace()  # wiped before the result
    assert "4100 new" in capsys.readouterr().out


def test_export_matrix_from_the_command_line(demo_path, tmp_path, home):
    from openpyxl import load_workbook

    out = tmp_path / "moj.xlsx"
    result = run("export", "matrix", "--db", str(demo_path), "--out", str(out),
                 "--group-by", "institution", "--institution", "moj", home=home)
    assert result.returncode == 0, result.stderr
    assert "written to" in result.stdout
    assert load_workbook(out).sheetnames == ["Cover", "Matrix", "Summary"]
    assert_one_line_error(run("export", "matrix", "--db", str(demo_path), "--out", str(out),
                              "--institution", "XYZ", home=home), "not known here")


def test_completion_matrix_round_trip_from_the_command_line(demo_path, tmp_path, home):
    from openpyxl import load_workbook

    out = tmp_path / "moj-to-fill.xlsx"
    assert_one_line_error(run("export", "matrix", "--db", str(demo_path), "--out", str(out),
                              "--for-completion", home=home), "--institution")
    result = run("export", "matrix", "--db", str(demo_path), "--out", str(out),
                 "--for-completion", "--institution", "MOJ", home=home)
    assert result.returncode == 0, result.stderr
    book = load_workbook(out)
    sheet = book["For completion"]
    sheet["F2"] = "Partially implemented"
    sheet["G2"] = "Half the courts apply the decree."
    book.save(out)
    dry = json.loads(run("import", "--db", str(demo_path), str(out), "--dry-run", "--json",
                         home=home).stdout)
    assert dry[0]["institution"] == "MOJ" and dry[0]["applied"] == 0
    assert [c["status"] for c in dry[0]["changes"]] == ["partially_implemented"]
    done = json.loads(run("import", "--db", str(demo_path), str(out), "--json",
                          home=home).stdout)
    assert done[0]["applied"] == 1
    # The same workbook again: the database moved on since it was produced.
    again = json.loads(run("import", "--db", str(demo_path), str(out), "--json",
                           home=home).stdout)
    assert again[0]["applied"] == 0 and again[0]["conflicts"] == 1


def test_export_validation_pack_from_the_command_line(demo_path, tmp_path, home):
    out = tmp_path / "moh.pdf"
    result = run("export", "report", "--db", str(demo_path), "--out", str(out),
                 "--kind", "validation", "--institution", "MOH", home=home)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert_one_line_error(run("export", "report", "--db", str(demo_path), "--out",
                              str(tmp_path / "x.docx"), "--institution", "MOH", home=home),
                          ".pdf")


def test_export_midterm_report_and_reminders_from_the_command_line(demo_path, tmp_path, home):
    out = tmp_path / "midterm.pdf"
    result = run("export", "report", "--db", str(demo_path), "--out", str(out),
                 "--language", "fr", "--period", "2022–2025", home=home)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Mid-term report (") and "pages) written to" in result.stdout
    assert out.read_bytes().startswith(b"%PDF")
    letters = tmp_path / "letters.pdf"
    result = run("export", "report", "--db", str(demo_path), "--out", str(letters),
                 "--kind", "reminders", "--within-days", "60", home=home)
    assert result.returncode == 0, result.stderr
    assert "Reminder letters: " in result.stdout and letters.exists()
    assert_one_line_error(run("export", "report", "--db", str(demo_path), "--out",
                              str(tmp_path / "v.pdf"), "--kind", "validation", home=home),
                          "--institution")
    assert_one_line_error(run("export", "report", "--db", str(demo_path), "--out",
                              str(tmp_path / "r.pdf"), "--kind", "reminders", "--institution",
                              "SEC", home=home), "nothing overdue")


def test_the_command_line_says_what_it_left_out_and_takes_a_mapping_s_words(tmp_path, home):
    from tests.unit.test_uhri_export import uhri_rows, uhri_workbook

    db = tmp_path / "register.db"
    assert run("new", "--db", str(db), "--state", "Slovenia", home=home).returncode == 0
    rows = uhri_rows()
    rows[2][9] = "to be studied"  # the UPR row's position, in words of the file's own
    export = uhri_workbook(tmp_path / "uhri.xlsx", rows=rows)
    refused = run("import", "--db", str(db), str(export), "--dry-run", home=home)
    assert refused.returncode == 2
    assert "Left out, not recommendations:\n  uhri.xlsx: 1 row of type " \
           "'Concerns/Observations'" in refused.stdout
    assert "'to be studied' is not one of Supported" in refused.stdout
    words = tmp_path / "words.json"
    words.write_text(json.dumps({"values": {"position": {"to be studied": "pending"}}}))
    done = run("import", "--db", str(db), str(export), "--mapping", str(words), "--json",
               home=home)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert (summary["created"], summary["rejected"]) == (2, [])
    assert summary["left_out"] == [{"file": "uhri.xlsx", "type": "Concerns/Observations",
                                    "rows": 1}]
