"""CSV files as Excel and other programs really save them: Windows code pages, Latin-1,
UTF-16 with or without a BOM, old Mac line endings; the encoding detected is said, and
--encoding overrides it."""

from __future__ import annotations

import pytest

from app.importers.encodings import decoded_text, detect_encoding, file_encoding
from app.importers.engine import ImportOptions, run_import
from app.importers.model import ImportFileError
from app.importers.upr_info import read_upr_info
from tests.builders import upr_info_csv

ROWS = [("Côte d'Ivoire", "Garantir l'accès à l'éducation des filles — « priorité »",
         "France", "Supported", 4, "Education", 33),
        ("Côte d'Ivoire", "Ratifier le Protocole facultatif se rapportant à la Convention "
         "contre la torture", "Suisse", "Noted", 3, "Torture", 33)]


@pytest.mark.parametrize(("encoding", "said"), [
    ("utf-8-sig", "UTF-8 with BOM"), ("utf-8", "UTF-8"), ("cp1252", "Windows-1252"),
    ("utf-16", "UTF-16 with BOM"), ("utf-16-le", "UTF-16 LE"), ("utf-16-be", "UTF-16 BE")])
def test_each_encoding_is_detected_and_read_alike(tmp_path, encoding, said):
    path = upr_info_csv(tmp_path / "upr.csv", ROWS, encoding=encoding)
    parsed = read_upr_info(path)
    assert [r.text for r in parsed.records] == [row[1] for row in ROWS]
    assert parsed.records[0].review.state == "Côte d'Ivoire"
    assert parsed.records[0].recommending_states == ["France"]
    assert parsed.encoding == f"{said} (detected)"
    assert file_encoding(path) == f"{said} (detected)"


def test_latin_1_and_old_mac_line_endings(tmp_path):
    rows = [(sur, text.replace("—", "-"), *rest) for sur, text, *rest in ROWS]  # no "—" there
    path = upr_info_csv(tmp_path / "upr.csv", rows, encoding="latin-1")
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\r"))
    parsed = read_upr_info(path)
    assert [r.text for r in parsed.records] == [row[1] for row in rows]
    assert detect_encoding(path.read_bytes()) in ("cp1252", "latin_1", "iso8859_1",
                                                  "iso8859_15")


def test_the_encoding_named_is_used_and_said(tmp_path):
    russian = [("Russian Federation", "Обеспечить независимость судебной системы",
                "Франция", "Supported", 4, "Justice", 30)]
    path = upr_info_csv(tmp_path / "upr.csv", russian, encoding="cp1251")
    parsed = read_upr_info(path, "cp1251")
    assert parsed.records[0].text == "Обеспечить независимость судебной системы"
    assert parsed.encoding == "Windows-1251 (as asked)"


def test_a_wrong_encoding_names_the_line_and_what_to_do(tmp_path):
    path = upr_info_csv(tmp_path / "upr.csv", ROWS, encoding="cp1252")
    with pytest.raises(ImportFileError, match=r"upr\.csv: line 2 is not UTF-8 text; give the "
                                              r"file's encoding with --encoding"):
        read_upr_info(path, "utf-8")
    with pytest.raises(ImportFileError, match="'klingon' is not an encoding"):
        decoded_text(path, path.read_bytes(), "klingon")


def test_the_import_and_its_dry_run_say_the_encoding(empty_db, tmp_path):
    path = upr_info_csv(tmp_path / "excel.csv", ROWS, encoding="cp1252")
    summary = run_import(empty_db, [path], ImportOptions(accept_partial=True), dry_run=True)
    assert [entry.encoding for entry in summary.files] == ["Windows-1252 (detected)"]
    assert summary.as_json()["files"][0]["encoding"] == "Windows-1252 (detected)"
    forced = run_import(empty_db, [path], ImportOptions(accept_partial=True,
                                                        encoding="latin-1"), dry_run=True)
    assert forced.files[0].encoding == "Latin-1 (ISO-8859-1) (as asked)"


@pytest.mark.parametrize(("encoding", "text"), [
    ("cp1251", "Обеспечить независимость судебной системы и право на справедливое "
               "судебное разбирательство для всех граждан"),
    ("cp1256", "ضمان استقلال القضاء والحق في محاكمة عادلة لجميع المواطنين دون تمييز")])
def test_russian_and_arabic_windows_code_pages_are_detected(tmp_path, encoding, text):
    path = upr_info_csv(tmp_path / "upr.csv", [("Egypt", text, "France", "Supported", 4,
                                                "Justice", 34)] * 3, encoding=encoding)
    parsed = read_upr_info(path)
    assert parsed.records[0].text == text
    assert parsed.encoding.startswith(f"Windows-{encoding[2:]}")


def test_the_command_line_says_the_encoding_and_takes_another(demo_path, tmp_path, capsys):
    from app.cli import main

    path = upr_info_csv(tmp_path / "excel.csv", ROWS, encoding="cp1252")
    assert main(["import", "--db", str(demo_path), str(path), "--dry-run",
                 "--accept-partial"]) in (0, 2)
    assert "encoding Windows-1252 (detected)" in capsys.readouterr().out
    assert main(["import", "--db", str(demo_path), str(path), "--dry-run",
                 "--encoding", "utf-8"]) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and "line 2 is not UTF-8 text" in error[0]
