"""File > Import… driven as a person would: files, dry run, import, register refreshed."""

import threading
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard
from sqlalchemy import func, select

from app.db.lifecycle import create_database
from app.importers import engine
from app.importers.engine import read_file
from app.importers.table import load_mapping
from app.models import Recommendation
from app.services.imports import ImportHistoryRow
from app.ui import messages
from app.ui.dialogs import import_wizard
from app.ui.dialogs.import_history import ImportHistoryDialog
from tests.builders import ohchr_matrix, upr_info_csv
from tests.conftest import AUTHOR, set_time_zone
from tests.ui.conftest import wait_for_database
from tests.unit.test_importers import ROWS
from tests.unit.test_table_import import home_made_sheet


def open_empty(qtbot, window, tmp_path):
    path = tmp_path / "empty.db"
    create_database(path, author=AUTHOR).close()
    window.open_path(path)
    wait_for_database(qtbot, window)


def test_import_wizard_dry_run_then_import_refreshes_the_register(qtbot, window, tmp_path,
                                                                   message_log, monkeypatch):
    reads = []
    monkeypatch.setattr(engine, "read_file", lambda path, *rest: reads.append(path.name)
                        or read_file(path, *rest))
    open_empty(qtbot, window, tmp_path)
    assert window.recommendations.body.currentWidget() is window.recommendations.empty
    matrix = ohchr_matrix(tmp_path / "slovenia.docx", ROWS)
    wizard = window.import_files([matrix])
    qtbot.addWidget(wizard)
    assert wizard.files_page.isComplete()
    wizard.next()
    assert wizard.dry_page.summary is not None
    assert wizard.dry_page.summary.created == 3 and not wizard.dry_page.summary.applied
    assert "3</b> new" in wizard.dry_page.view.counts.text()
    assert window.recommendations.model.rowCount() == 0, "a dry run writes nothing"
    wizard.next()
    assert wizard.run_page.summary is not None
    assert wizard.run_page.summary.applied
    assert reads == ["slovenia.docx"], "the import takes what its dry run read"
    wizard.done(QWizard.DialogCode.Accepted)
    assert len(wizard.readings) == 0, "a closed wizard lets go of the files it read"
    assert window.recommendations.model.rowCount() == 3
    assert window.recommendations.heading.text() == "Recommendations (3)"


def test_rejected_rows_block_the_import_until_partial_is_accepted(qtbot, window, tmp_path,
                                                                  message_log):
    open_empty(qtbot, window, tmp_path)
    csv = upr_info_csv(tmp_path / "upr.csv", [
        ("Slovenia", "Adopt a national action plan", "France", "Supported", 4, "", 34),
        ("Slovenia", "Protect defenders", "Chile", "Acepted", 4, "", 34)])
    wizard = window.import_files([csv])
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.dry_page.summary is not None
    assert not wizard.dry_page.isComplete()
    assert wizard.dry_page.view.table.rowCount() == 1
    assert "Acepted" in wizard.dry_page.view.table.item(0, 3).text()
    wizard.dry_page.accept_partial.setChecked(True)
    assert wizard.dry_page.isComplete()
    wizard.next()
    assert wizard.run_page.summary is not None
    assert wizard.run_page.summary.applied and wizard.run_page.summary.created == 1


def test_a_file_of_unknown_format_is_refused_when_added(qtbot, window, tmp_path, message_log):
    open_empty(qtbot, window, tmp_path)
    other = tmp_path / "slides.pptx"
    other.write_text("not recommendations")
    wizard = window.import_files([other])
    qtbot.addWidget(wizard)
    assert not wizard.files_page.isComplete()
    assert "slides.pptx: format not recognised" in message_log[0][2]


def test_a_home_made_table_goes_through_the_mapping_step(qtbot, window, tmp_path, message_log,
                                                          monkeypatch):
    open_empty(qtbot, window, tmp_path)
    sheet = home_made_sheet(tmp_path)
    wizard = window.import_files([sheet])
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    assert not wizard.mapping_page.isComplete(), "the text column must be chosen"
    assert wizard.mapping_page.preview.rowCount() == 2
    assert wizard.mapping_page.preview.item(0, 2).text() == "Ratify the Optional Protocol."
    assert wizard.mapping_page.choices["state"].currentData() == "Country"
    missing = wizard.mapping_page.set_mapping({"text": "What was recommended",
                                               "position": "Answer", "mechanism": "Body"})
    assert missing == [] and wizard.mapping_page.isComplete()
    saved = tmp_path / "saved.json"
    monkeypatch.setattr(messages, "choose_mapping_to_save", lambda parent: saved)
    wizard.mapping_page.save()
    assert load_mapping(saved).columns["text"] == "What was recommended"
    wizard.next()
    assert wizard.dry_page.summary is not None
    assert wizard.dry_page.summary.created == 2, wizard.dry_page.summary.rejected


def test_a_similar_text_ticked_as_the_same_is_merged(qtbot, window, tmp_path, message_log):
    open_empty(qtbot, window, tmp_path)
    matrix = ohchr_matrix(tmp_path / "slovenia.docx", ROWS)
    csv = upr_info_csv(tmp_path / "upr.csv", [
        ("Slovenia", "Ratify the International Convention for the Protection of all persons "
         "against Enforced Disappearances", "Chile", "Supported", 5, "", 34)])
    wizard = window.import_files([matrix, csv])
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.dry_page.summary is not None
    assert len(wizard.dry_page.summary.to_confirm) == 1
    wizard.dry_page.view.table.item(0, 2).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    assert wizard.run_page.summary is not None
    summary = wizard.run_page.summary
    assert (summary.applied, summary.created, summary.to_confirm) == (True, 3, [])


def test_the_import_progress_is_worded_step_by_step(qtbot, window, tmp_path, message_log):
    open_empty(qtbot, window, tmp_path)
    wizard = window.import_files([])
    qtbot.addWidget(wizard)
    files = [tmp_path / "2017.csv", tmp_path / "2018.csv"]
    assert wizard.describe_step(files, 1, 2, "reading") == "Reading 2018.csv (file 2 of 2)"
    assert wizard.describe_step(files, 12000, 61014, "matching") == (
        "Matching recommendations with the register: 12,000 of 61,014")
    assert "change records" in wizard.describe_step(files, 5, 10, "writing")
    assert "cannot be cancelled" in wizard.describe_step(files, 0, 0, "saving")


@pytest.mark.threaded_tasks  # the wizard is tried while its import runs
def test_once_the_import_starts_the_wizard_stays_until_it_ends_and_a_cancel_can_be_closed(
        qtbot, window, tmp_path, message_log, monkeypatch):
    open_empty(qtbot, window, tmp_path)
    gate = threading.Event()

    def import_cancelled_after_the_gate(db, paths, options, *, dry_run, progress, cancelled,
                                        readings):
        if not dry_run:
            gate.wait(30)
            cancelled = lambda: True  # noqa: E731 - the person pressed the progress Cancel
        return engine.run_import(db, paths, options, dry_run=dry_run, progress=progress,
                                 cancelled=cancelled, readings=readings)

    monkeypatch.setattr(import_wizard, "run_import", import_cancelled_after_the_gate)
    wizard = window.import_files([ohchr_matrix(tmp_path / "slovenia.docx", ROWS)])
    qtbot.addWidget(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_page.summary is not None, timeout=30_000)
    start = wizard.button(QWizard.WizardButton.CommitButton)
    assert start.isVisible() and start.text() == "Import"
    try:
        wizard.next()
        assert wizard.importing
        wizard.reject()  # Escape, or the title bar's close button
        assert wizard.isVisible() and wizard.currentId() == wizard.RUN
        assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        assert not wizard.run_page.isComplete()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: wizard.run_page.ended, timeout=30_000)
    assert wizard.run_page.summary is None
    assert wizard.run_page.status.text() == "Cancelled: nothing was imported."
    assert message_log == [], "a Cancel is the person's choice, not an error to acknowledge"
    assert wizard.run_page.isComplete(), "Finish closes a cancelled import"
    with window.db.read() as session:
        assert session.scalar(select(func.count(Recommendation.id))) == 0
    wizard.reject()
    assert not wizard.isVisible()


def test_the_import_history_lists_each_file_with_its_own_counts(qtbot):
    rows = [ImportHistoryRow("01-06-UPR-INFO-DATABASE-EXPORT-2018_07_25-20_19_03.csv",
                             "upr-info", datetime(2026, 11, 24, 14, 20), "Amina", 7623, 0, 0, 1,
                             0, "ab" * 32),
            ImportHistoryRow("slovenia.docx", "ohchr-matrix", datetime(2026, 11, 20, 9, 5),
                             "Amina", 0, 12, 218, 0, 3, "cd" * 32)]
    set_time_zone("NPT-5:45")  # stored in UTC, shown in the computer's zone
    dialog = ImportHistoryDialog(rows)
    qtbot.addWidget(dialog)
    table = dialog.table
    cells = [[table.item(row, column).text() for column in range(table.columnCount())]
             for row in range(table.rowCount())]
    assert cells == [
        ["2026-11-24 20:05", rows[0].file_name, "UPR Info database export", "Amina", "7,623",
         "0", "0", "1", "0"],
        ["2026-11-20 14:50", "slovenia.docx", "OHCHR recommendations matrix (Word)", "Amina",
         "0", "12", "218", "0", "3"]]
    assert table.item(0, 4).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert "SHA-256 " + "ab" * 32 in table.item(0, 1).toolTip()
    empty = ImportHistoryDialog([])
    qtbot.addWidget(empty)
    assert empty.table.isHidden() and not empty.findChild(QLabel).isHidden()


def test_the_dry_run_shows_what_the_files_hold_and_warns_of_another_state(
        qtbot, window, tmp_path, message_log):
    from app.services.setup import NewDatabaseSpec, create_secretariat_database

    path = tmp_path / "france.db"
    create_secretariat_database(NewDatabaseSpec(path=path, state="France"),
                                author=AUTHOR).close()
    window.open_path(path)
    wait_for_database(qtbot, window)
    matrix = ohchr_matrix(tmp_path / "slovenia.docx", ROWS)
    wizard = window.import_files([matrix])
    qtbot.addWidget(wizard)
    listed = wizard.files_page.files.item(0).text()
    assert listed == "slovenia.docx — OHCHR recommendations matrix (Word)"
    wizard.next()
    assert wizard.dry_page.summary is not None
    shown = wizard.dry_page.view.contents.text()
    assert "about Slovenia, not the State this database follows" in shown
    assert "UPR Slovenia" in shown and "(new review): 3 recommendations" in shown
    assert "First rows" in shown and "slovenia.docx 121.1 — Ratify" in shown
    wizard.resize(900, 640)
    wizard.grab().save(str(tmp_path / "dry-run.png"))


def test_the_wizard_says_which_encoding_it_read_a_csv_in(qtbot, window, tmp_path,
                                                         message_log):
    open_empty(qtbot, window, tmp_path)
    csv = upr_info_csv(tmp_path / "saved by excel.csv", [
        ("Côte d'Ivoire", "Garantir l'accès à l'éducation des filles", "France", "Supported",
         4, "", 33)], encoding="cp1252")
    wizard = window.import_files([csv])
    qtbot.addWidget(wizard)
    listed = wizard.files_page.files.item(0)
    assert listed.text().startswith("saved by excel.csv — ")
    assert "Windows-1252 (detected)" in listed.text() and listed.toolTip() == str(csv)
    wizard.next()
    assert "Read as:</b> saved by excel.csv: Windows-1252 (detected)" in \
        wizard.dry_page.view.contents.text()
    assert wizard.dry_page.summary.created == 1


def test_a_value_the_dry_run_does_not_know_is_chosen_in_the_wizard(qtbot, window, tmp_path,
                                                                   message_log):
    open_empty(qtbot, window, tmp_path)
    csv = upr_info_csv(tmp_path / "upr.csv", [
        ("Slovenia", f"Recommendation {number} on the rights of the child", "France",
         "to think about", 4, "", 34) for number in range(5)] + [
        ("Slovenia", "Protect defenders", "Chile", "Acceptée", 4, "", 34)])
    wizard = window.import_files([csv])
    qtbot.addWidget(wizard)
    wizard.next()
    chooser = wizard.dry_page.values
    assert not wizard.dry_page.isComplete() and chooser.isVisibleTo(wizard)
    assert wizard.dry_page.view.table.rowCount() == 1, "one line for the five rows"
    assert wizard.dry_page.view.table.item(0, 1).text() == "2 (5 rows)"
    label = chooser.form.itemAt(0, chooser.form.ItemRole.LabelRole).widget()
    assert "“to think about” (position, 5 rows)" in label.text()
    box = chooser.form.itemAt(0, chooser.form.ItemRole.FieldRole).widget()
    box.setCurrentIndex(box.findData("pending"))
    wizard.dry_page.initializePage()  # Run the dry run again
    assert wizard.dry_page.summary is not None and not wizard.dry_page.summary.rejected
    assert wizard.dry_page.isComplete() and not chooser.isVisibleTo(wizard)
    wizard.next()
    assert wizard.run_page.summary is not None and wizard.run_page.summary.created == 6
    with window.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Recommendation).where(
            Recommendation.position_code == "pending")) == 5
    assert wizard.mapping_page.values == {"position": {"to think about": "pending"}}
