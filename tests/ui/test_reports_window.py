"""The Reports menu's PDF reports driven through their dialogs, then opened or printed."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from app.ui import messages
from app.ui.dialogs.report_options import ReportOptionsDialog
from app.ui.printing import paint_pdf
from tests.ui.window_helpers import institution_id, open_demo


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def answer_report_written(monkeypatch, choice: str) -> list[str]:
    said = []
    monkeypatch.setattr(messages, "offer_open_or_print",
                        lambda parent, title, text: said.append(text) or choice)
    return said


def test_validation_pack_needs_an_institution_then_offers_to_open_it(
        qtbot, window, demo_path, tmp_path, monkeypatch):
    open_demo(qtbot, window, demo_path)
    said = answer_report_written(monkeypatch, "open")
    opened = []
    monkeypatch.setattr(messages, "open_file", opened.append)
    target = tmp_path / "moj.pdf"
    dialog = window.export_validation_pack(target=target)
    assert isinstance(dialog, ReportOptionsDialog)
    assert not dialog.ok.isEnabled() and dialog.hint.isVisibleTo(dialog)
    choose(dialog.institution, institution_id(window, "MOJ"))
    assert dialog.ok.isEnabled()
    dialog.accept()
    assert bool(opened)
    assert opened == [target] and target.read_bytes().startswith(b"%PDF")
    assert "Validation pack of MOJ" in said[0]


def test_midterm_report_in_french_by_cluster_for_the_register_view_then_printed(
        qtbot, window, demo_path, tmp_path, monkeypatch):
    page = open_demo(qtbot, window, demo_path)
    page.search.setText("torture")
    # The facet panel and the search box wait for a pause before filtering.
    qtbot.waitUntil(lambda: page.model.query == "torture", timeout=5_000)
    shown = page.model.rowCount()
    assert 0 < shown < len(page.model.reader.ids())
    answer_report_written(monkeypatch, "print")
    target = tmp_path / "midterm.pdf"
    dialog = window.export_midterm_report(target=target)
    assert dialog.scope.currentData() == "register", "the current view by default"
    assert dialog.period.placeholderText(), "the default period is shown"
    assert not dialog.within_days.isVisibleTo(dialog), "only the options this report uses"
    choose(dialog.group_by, "cluster")
    choose(dialog.language, "fr")
    dialog.period.setText("2022–2025")
    dialog.accept()
    assert getattr(window, "print_preview", None) is not None
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    flat = " ".join(text.split())
    assert "Mise en œuvre par groupe de recommandations" in flat
    assert "Toutes les recommandations" not in flat
    assert f"Recommandations sélectionnées dans le registre ({shown})" in flat
    assert "2022–2025" in flat
    window.print_preview.close()


def test_reminder_letters_for_one_institution(qtbot, window, demo_path, tmp_path,
                                              monkeypatch):
    open_demo(qtbot, window, demo_path)
    said = answer_report_written(monkeypatch, "close")
    target = tmp_path / "letters.pdf"
    dialog = window.export_reminder_letters(target=target)
    assert not dialog.scope.isVisibleTo(dialog)
    choose(dialog.institution, institution_id(window, "MOI"))
    dialog.within_days.setValue(90)
    dialog.accept()
    assert bool(said)
    assert said[0].startswith("1 reminder letter (")
    assert "Ministry of the Interior" in PdfReader(target).pages[0].extract_text()


def test_printing_paints_every_page_turning_landscape_pages(demo_path, tmp_path, qapp):
    from app.db.lifecycle import open_database
    from app.exports.midterm_report import write_midterm_report
    from tests.conftest import AUTHOR

    with open_database(demo_path, author=AUTHOR, read_only=True) as db:
        report = write_midterm_report(db, tmp_path / "m.pdf")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pdf(printer, tmp_path / "m.pdf") == report.pages
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == report.pages
    assert all(page.mediabox.height > page.mediabox.width for page in printed.pages), \
        "the landscape annex is turned onto the portrait paper"
    printer.setFromTo(2, 3)
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    assert paint_pdf(printer, tmp_path / "m.pdf") == 2


def test_secretariat_matrix_for_completion_with_assignment_columns(qtbot, window, demo_path,
                                                                   tmp_path,
                                                                   no_blocking_offer):
    from openpyxl import load_workbook

    open_demo(qtbot, window, demo_path)
    target = tmp_path / "moj.xlsx"
    dialog = window.export_matrix(target=target)
    assert dialog.with_assignments.isVisibleTo(dialog), "the holder of the file is secretariat"
    assert not dialog.with_assignments.isEnabled(), "only for a workbook for completion"
    dialog.for_completion.setChecked(True)
    dialog.with_assignments.setChecked(True)
    choose(dialog.institution, institution_id(window, "MOJ"))
    dialog.grab().save(str(tmp_path / "dialog.png"))
    dialog.accept()
    assert target.exists()
    sheet = load_workbook(target)["For completion"]
    assert sheet["J1"].value == "Lead institution" and not sheet["K2"].protection.locked
    # Open it or show it in its folder, as after every export.
    assert bool(no_blocking_offer)
    assert "Matrix for completion" in no_blocking_offer[-1]


def test_save_dialogs_start_in_documents_then_where_that_kind_was_saved(qtbot, monkeypatch,
                                                                       tmp_path):
    import platformdirs
    from PySide6.QtWidgets import QFileDialog

    from app.settings import Settings

    settings = Settings.load(tmp_path / "settings.json")
    messages.use_settings(settings)
    starts = []
    answers = iter([str(tmp_path / "out" / "report"), str(tmp_path / "out" / "again.pdf")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, start, file_filter: (starts.append(start),
                                                                   (next(answers), ""))[1])
    (tmp_path / "out").mkdir()
    first = messages.choose_pdf_target(None, tmp_path / "data" / "midterm-report.pdf")
    assert first == tmp_path / "out" / "report.pdf"  # the suffix added
    assert starts[0] == str(Path(platformdirs.user_documents_dir()) / "midterm-report.pdf")
    messages.choose_pdf_target(None, tmp_path / "data" / "validation-pack.pdf")
    assert starts[1] == str(tmp_path / "out" / "validation-pack.pdf")
    assert Settings.load(tmp_path / "settings.json").last_folders == {
        "report": str(tmp_path / "out")}  # kept for the next run
