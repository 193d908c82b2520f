"""Positions and statuses however files write them, in the six UN languages; a mapping's own
words; an unknown value reported once with its row count and the choices."""

import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.db.lifecycle import open_database
from app.db.reference_data import read_reference_table
from app.errors import UserError
from app.importers.engine import ImportOptions, run_import
from app.importers.model import ImportFileError
from app.importers.table import load_mapping
from app.importers.value_words import ValueWords, value_key
from app.models import Recommendation
from app.services.reference import institution_id_of
from tests.builders import upr_info_csv
from tests.conftest import AUTHOR

WORDS = ValueWords()

POSITIONS = {
    # English as people write it (the list)
    "accepted": "supported", "support": "supported", "supported": "supported",
    "Supported ": "supported", "rejected": "noted", "reject": "noted",
    "consider": "pending", "under consideration": "pending", "pending": "pending",
    "implemented": "supported", "already implemented": "supported", "noted": "noted",
    "partially supported": "supported_in_part", "Supported/Noted": "supported_in_part",
    "not applicable": "not_applicable",
    # French, Spanish, Arabic, Russian, Chinese: the UN's own words and their variants
    "Acceptée": "supported", "Acceptées": "supported", "acceptee": "supported",
    "Notée": "noted", "Il en a été pris note": "noted", "Partiellement acceptée":
    "supported_in_part", "En suspens": "pending", "Déjà mise en œuvre": "supported",
    "Apoyada": "supported", "Apoyadas": "supported", "Anotada": "noted", "Rechazada": "noted",
    "Apoyada parcialmente": "supported_in_part", "Pendiente": "pending",
    "مؤيدة": "supported", "أُحيط علماً": "noted", "مؤيدة جزئياً": "supported_in_part",
    "قيد النظر": "pending",
    "Поддержана": "supported", "Принята к сведению": "noted",
    "Частично поддержана": "supported_in_part", "На рассмотрении": "pending",
    "支持": "supported", "注意到": "noted", "部分支持": "supported_in_part", "待定": "pending",
}
STATUSES = {
    "ongoing": "in_progress", "In progress": "in_progress", "En cours": "in_progress",
    "En curso": "in_progress", "قيد التنفيذ": "in_progress", "Выполняется": "in_progress",
    "进行中": "in_progress", "done": "fully_implemented", "Mis en œuvre": "fully_implemented",
    "已落实": "fully_implemented", "Partiellement mise en œuvre": "partially_implemented",
    "Parcialmente aplicada": "partially_implemented", "not started": "not_started",
    "Не начато": "not_started", "obsolete": "no_longer_relevant",
}


@pytest.mark.parametrize(("written", "code"), POSITIONS.items())
def test_positions_as_files_write_them(written, code):
    assert WORDS.code("position", written) == code


@pytest.mark.parametrize(("written", "code"), STATUSES.items())
def test_statuses_as_files_write_them(written, code):
    assert WORDS.code("status", written) == code


def test_no_word_means_two_things_and_unknown_words_stay_unknown():
    meaning: dict[tuple[str, str], str] = {}
    for field_name, code, words in read_reference_table("value_spellings.tsv"):
        for word in words.split("|"):
            key = (field_name, value_key(word))
            assert meaning.setdefault(key, code) == code, f"{field_name} '{word}'"
    for nonsense in ("maybe", "", "—", "supported?? no"):
        assert WORDS.code("position", nonsense) is None


def export_with_answers(tmp_path, answers):
    return upr_info_csv(tmp_path / "export.csv", [
        ("Slovenia", f"Recommendation number {number} on the rights of the child.", "Portugal",
         answer, 1, "Children", 34) for number, answer in enumerate(answers)])


def test_an_unknown_value_is_reported_once_with_its_rows_and_the_choices(db, tmp_path):
    export = export_with_answers(tmp_path, ["Accepted"] * 3 + ["maybe"] * 1000 + ["perhaps"])
    summary = run_import(db, [export], ImportOptions(), dry_run=True)
    assert [(r.field, r.value, r.rows) for r in summary.rejected] == [
        ("position", "maybe", 1000), ("position", "perhaps", 1)]
    assert summary.rows_rejected == 1001
    first = summary.rejected[0]
    assert first.row == 5  # the first row that has it (the header is line 1)
    assert "Supported, Supported in part (Supported/Noted), Noted, Pending" in first.reason
    assert str(first).startswith("export.csv, row 5 and 999 other rows with the same value: "
                                 "position: 'maybe'")


def test_a_mapping_maps_a_file_s_own_words(db, tmp_path):
    export = export_with_answers(tmp_path, ["maybe", "Accepted"])
    mapping_file = tmp_path / "words.json"
    mapping_file.write_text(json.dumps({"values": {"position": {"Maybe": "Pending"}}}))
    mapping = load_mapping(mapping_file)
    assert (mapping.columns, mapping.values) == ({}, {"position": {"Maybe": "Pending"}})
    summary = run_import(db, [export], ImportOptions(values=mapping.values))
    assert summary.applied and summary.created == 2
    with db.read() as session:
        assert sorted(session.scalars(select(Recommendation.position_code))) == [
            "pending", "supported"]


def test_a_mapping_to_a_value_that_is_not_a_code_names_the_file_and_the_choices(db, tmp_path):
    mapping_file = tmp_path / "words.json"
    mapping_file.write_text(json.dumps({"values": {"position": {"maybe": "perhaps"}}}))
    with pytest.raises(ImportFileError, match=r"words.json: values: position 'maybe' is mapped "
                                              r"to 'perhaps', which is not one of Supported"):
        load_mapping(mapping_file)
    mapping_file.write_text(json.dumps({"values": {"colour": {"red": "supported"}}}))
    with pytest.raises(ImportFileError, match="'colour' has no coded values"):
        load_mapping(mapping_file)
    with pytest.raises(UserError, match="'perhaps', which is not one of"):
        run_import(db, [export_with_answers(tmp_path, ["maybe"])],
                   ImportOptions(values={"position": {"maybe": "perhaps"}}))


def test_a_completion_workbook_takes_statuses_typed_in_any_language(demo_path, tmp_path):
    from app.exports.completion import write_completion_matrix
    from app.importers.completion import read_completion_matrix

    with open_database(demo_path, author=AUTHOR) as demo:
        with demo.read() as session:
            moj = institution_id_of(session, "MOJ")
        path = tmp_path / "moj.xlsx"
        write_completion_matrix(demo, path, moj, "2026-H2")
        book = load_workbook(path)
        sheet = book.worksheets[0]
        for row, typed in ((2, "ongoing"), (3, "Partiellement mise en œuvre"), (4, "已落实")):
            sheet.cell(row, 6).value = typed
            sheet.cell(row, 7).value = f"Progress of row {row}"
        book.save(path)
        completed = read_completion_matrix(demo, path)
    assert not completed.rejected
    assert [change.status_code for change in completed.applicable] == [
        "in_progress", "partially_implemented", "fully_implemented"]
