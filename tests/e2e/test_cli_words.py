"""The command line's text speaks as people do: `info` names positions and statuses in
words, `exchange conflicts` names the field and shows values as typed, not as Python."""

from __future__ import annotations

import json

from sqlalchemy import select

from app.cli import main
from app.db.lifecycle import open_database
from app.models import Assessment, Conflict, Institution
from tests.conftest import AUTHOR


def test_info_names_positions_statuses_and_the_kind_of_file(demo_path, capsys):
    assert main(["info", "--db", str(demo_path)]) == 0
    text = capsys.readouterr().out
    assert "Role:            The secretariat's database" in text
    assert "Supported" in text and "In progress" in text
    assert "supported_in_part" not in text and "in_progress" not in text


def test_exchange_conflicts_in_words(demo_path, capsys):
    with open_database(demo_path, author=AUTHOR) as db:
        with db.read() as session:
            report_id = session.scalar(select(Assessment.id).join(
                Institution, Institution.id == Assessment.institution_id).where(
                Institution.code == "MOJ"))
        with db.write(record_changes=False) as session:
            session.add_all([
                Conflict(change_id="c1", table_name="indicator", row_id="r1",
                         field="target_value", base_value="70", master_value="75.0",
                         incoming_value="80"),
                Conflict(change_id="c2", table_name="assessment", row_id=report_id,
                         field="status_code", base_value='"in_progress"',
                         master_value='"partially_implemented"',
                         incoming_value='"fully_implemented"')])
    assert main(["exchange", "conflicts", "--db", str(demo_path)]) == 0
    text = capsys.readouterr().out
    assert "Target: was 70; now 75 for the secretariat, 80 for" in text
    assert ("Status: was In progress; now Partially implemented for the secretariat, "
            "Fully implemented for the ministry") in text
    assert "Waiting for a decision: Indicator\n" in text
    assert "Waiting for a decision: Progress report · recommendation " in text
    assert "waiting for a decision" in text.lower()
    for raw in ("target_value", "status_code", "75.0", "'", "open "):
        assert raw not in text, raw
    assert main(["exchange", "conflicts", "--db", str(demo_path), "--json"]) == 0
    codes = json.loads(capsys.readouterr().out)  # JSON keeps the codes
    assert {c["field"] for c in codes} == {"target_value", "status_code"}


def test_the_command_line_speaks_the_language_chosen(demo_path, capsys, monkeypatch):
    monkeypatch.setenv("NMRF_TRACKER_LANGUAGE", "fr")
    assert main(["info", "--db", str(demo_path)]) == 0
    text = capsys.readouterr().out
    assert "Rôle :" in text and "Base de données du secrétariat" in text
    assert "Acceptée" in text and "Supported" not in text
    monkeypatch.setenv("NMRF_TRACKER_LANGUAGE", "ar")
    assert main(["check", "--db", str(demo_path)]) == 0
    assert ": سليمة (" in capsys.readouterr().out
    monkeypatch.setenv("NMRF_TRACKER_LANGUAGE", "zh_CN")
    assert main(["info", "--db", str(demo_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["role"] == "secretariat", "JSON keeps codes"


def test_the_command_line_follows_the_window_then_the_system(home, monkeypatch):
    from app.languages import command_line_language
    from app.paths import app_paths
    from app.settings import Settings

    monkeypatch.delenv("NMRF_TRACKER_LANGUAGE")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    assert command_line_language().code == "es"
    settings = Settings.load(app_paths().settings_file)
    settings.language = "ru"
    settings.save()
    assert command_line_language().code == "ru", "the window's choice comes first"
    monkeypatch.setenv("NMRF_TRACKER_LANGUAGE", "ar")
    assert command_line_language().code == "ar"


def test_an_import_rejection_names_the_row_and_field_in_the_language_chosen(
        tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NMRF_TRACKER_LANGUAGE", "fr")
    table = tmp_path / "table.csv"
    table.write_text("Text,State,Mechanism,Document symbol,Session,Position\n"
                     "Ratify the Convention against Torture,Egypt,UPR,A/HRC/43/16,trente,"
                     "Supported\n"
                     "Adopt a law on domestic violence,Egyptt,UPR,A/HRC/43/16,34,Supported\n",
                     encoding="utf-8")
    database = tmp_path / "master.db"
    assert main(["new", "--db", str(database), "--state", "Egypt"]) == 0
    capsys.readouterr()
    assert main(["import", "--db", str(database), str(table)]) != 0
    printed = capsys.readouterr()
    text = printed.out + printed.err
    assert ("table.csv, ligne 2 : session : « trente » n’est pas un numéro de session "
            "(par exemple 3, Cycle 3") in text
    assert ("table.csv, ligne 3 : État examiné : « Egyptt » n’est pas un État connu ; "
            "vouliez-vous dire « Egypt » ?") in text
    assert " row " not in text and "not a known State" not in text
