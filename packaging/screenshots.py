"""Render the window offscreen at 1366×768 and save the README screenshots.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py docs/screenshots
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py /tmp/fr --language fr
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(folder: Path, language_code: str = "en") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["NMRF_TRACKER_HOME"] = tempfile.mkdtemp(prefix="nmrf-shots-")
    # Throw-away keys, protected by a throw-away passphrase where there is no keyring.
    os.environ["NMRF_TRACKER_KEY_PASSPHRASE"] = "screenshots only, thrown away"
    # The window signs its changes with the login name: the pictures show a secretariat's,
    # not that of whoever renders them.
    os.environ["LOGNAME"] = "Secretariat"
    from PySide6.QtWidgets import QApplication

    from app.languages import language_named
    from app.main import build_window
    from app.ui.language import install_translators

    app = QApplication.instance() or QApplication(sys.argv)
    install_translators(app, language_named(language_code))
    window = build_window()
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.grab().save(str(folder / "welcome.png"))
    window.open_demo()
    # Opening, then loading the register, run off the UI thread one after the other.
    while window.db is None or window.tasks.busy or not window.recommendations.model.rowCount():
        window.tasks.wait(100)
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(folder / "recommendations.png"))
    register_screens(app, window, folder)
    for name, page in (("dashboard", window.dashboard), ("plan", window.plan),
                       ("calendar", window.calendar), ("institutions", window.institutions),
                       ("activity", window.activity)):
        window.show_page(page)
        for _ in range(10):
            app.processEvents()
        while window.tasks.busy:  # the plan, calendar and activity read off the UI thread
            window.tasks.wait(100)
            app.processEvents()
        if page is window.plan:
            window.plan.view.indicators.selectRow(0)
            app.processEvents()
        if page is window.activity and page.table.topLevelItemCount():
            page.table.topLevelItem(0).setExpanded(True)
            app.processEvents()
        window.grab().save(str(folder / f"{name}.png"))
    window.show_page(window.vocabularies)
    window.vocabularies.choice.setCurrentIndex(3)
    for _ in range(10):
        app.processEvents()
    window.vocabularies.select_name("Côte d'Ivoire")
    app.processEvents()
    window.grab().save(str(folder / "reference-data.png"))
    report_screens(app, window, folder)
    dialog_screens(app, window, folder)
    exchange_screens(app, window, folder)
    import_screens(app, window, folder)
    window.close_database()


REAL_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "real"


def dialog_screens(app, window, folder: Path) -> None:
    """The forms a person fills in: who is working, a progress report, an action, editing a
    recommendation, the new-database wizard, backups, the matrix export, help."""
    from app.services.choices import institution_choices
    from app.ui.dialogs.new_database import NewDatabaseWizard
    from app.ui.dialogs.plan_forms import ActionDialog

    def shoot(dialog, name: str) -> None:
        dialog.show()
        for _ in range(10):
            app.processEvents()
        dialog.grab().save(str(folder / f"{name}.png"))
        dialog.close()

    page = window.recommendations
    window.show_page(page)
    page.table.selectRow(0)
    window.tasks.wait()
    app.processEvents()
    rec_id = page.detail.detail.id
    shoot(window.ask_profile(), "dialog-who-is-working")
    shoot(window.register_actions.new_assessment(rec_id), "dialog-progress-report")
    shoot(window.register_actions.edit_recommendation(rec_id), "dialog-edit-recommendation")
    with window.db.read() as session:
        choices = institution_choices(session)
    shoot(ActionDialog(choices, window), "dialog-action")
    shoot(window.show_backups(), "dialog-backups")
    shoot(window.export_matrix(), "dialog-export-matrix")
    shoot(window.show_guide(), "dialog-user-guide")
    shoot(window.show_shortcuts(), "dialog-shortcuts")
    wizard = NewDatabaseWizard(window.paths.default_database, window)
    wizard.show()
    app.processEvents()
    wizard.grab().save(str(folder / "dialog-new-database-state.png"))
    wizard.currentPage().state.setCurrentText("Republic of Moldova")
    wizard.next()
    for _ in range(10):
        app.processEvents()
    wizard.grab().save(str(folder / "dialog-new-database-institutions.png"))
    wizard.close()


def import_screens(app, window, folder: Path) -> None:
    """File > Import… with real files: the six OHCHR matrices already imported, the UPR Info
    slice for the same States chosen, its dry run, the import done, the history. Skipped
    when the real data is not next to the repository."""
    from app.db.lifecycle import create_database
    from app.importers.engine import ImportOptions, run_import
    from app.services.imports import import_history
    from app.ui.dialogs.import_history import ImportHistoryDialog

    matrices = sorted((REAL_DATA / "ohchr-upr-matrices" / "original").glob("*.docx"))
    upr_info = REAL_DATA / "upr-info-export-2018" / "slice_SuR_China_Slovenia_Egypt.csv"
    if not matrices or not upr_info.is_file():
        print(f"import screenshots skipped: no real data in {REAL_DATA}")
        return

    def settle(done=lambda: True) -> None:
        while window.tasks.busy or not done():
            window.tasks.wait(100)
            app.processEvents()
        for _ in range(10):
            app.processEvents()

    path = Path(tempfile.mkdtemp(prefix="nmrf-shots-import-")) / "register.db"
    with create_database(path, author="Secretariat") as db:
        run_import(db, matrices, ImportOptions())
    window.open_path(path)
    settle(lambda: window.db is not None and window.db.path == path)
    wizard = window.import_files([upr_info])
    settle()
    wizard.grab().save(str(folder / "import-files.png"))
    wizard.next()
    settle(lambda: wizard.dry_page.summary is not None)
    wizard.grab().save(str(folder / "import-dry-run.png"))
    wizard.next()
    settle(lambda: wizard.run_page.summary is not None)
    wizard.grab().save(str(folder / "import-done.png"))
    wizard.done(1)
    wizard = window.import_files([_uhri_search_results(path.parent / "uhri-results.xlsx")])
    wizard.next()
    settle(lambda: wizard.dry_page.summary is not None)
    wizard.grab().save(str(folder / "import-unknown-values.png"))
    wizard.done(0)
    history = ImportHistoryDialog(import_history(window.db), window)
    history.show()
    settle()
    history.grab().save(str(folder / "import-history.png"))
    history.close()


def _uhri_search_results(path: Path) -> Path:
    """A workbook as uhri.ohchr.org exports its search results: a concern beside the
    recommendations, and a position written in words no vocabulary has."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Text", "Countries Concerned", "Reccomending Body", "Document Symbol",
                  "UPR Position", "Type", "OHCHR Annotation Id", "UPR Session"])
    sheet.append(["The Committee is concerned at the length of pre-trial detention.", "Egypt",
                  "Human Rights Committee", "CCPR/C/EGY/CO/5", "", "Concerns/Observations",
                  "shot-1", ""])
    for number, topic in enumerate(("torture", "pre-trial detention", "freedom of expression",
                                    "human rights defenders"), 2):
        sheet.append([f"Take the necessary measures to address {topic}.", "Egypt",
                      "Universal Periodic Review", "A/HRC/43/16", "to be studied further",
                      "Recommendations", f"shot-{number}", "34"])
    workbook.save(path)
    return path


def exchange_screens(app, window, folder: Path) -> None:
    """A round with the Ministry of Justice: the secretariat's Exchange page after
    consolidating, the consolidation summary, the conflict review, the ministry's page."""
    from sqlalchemy import select

    from app.exchange.conflicts import list_conflicts
    from app.exchange.consolidate import consolidate_files
    from app.exchange.container import read_exchange_file
    from app.exchange.identity import local_identities
    from app.exchange.issue import issue_file
    from app.exchange.ministry import apply_secretariat_file, open_first_file, submit_file
    from app.i18n import _
    from app.models import Assessment, Assignment, Institution
    from app.services.permissions import FOCAL_POINT, Actor
    from app.services.tracking import add_assessment
    from app.ui.dialogs.conflicts import ConflictReviewDialog
    from app.ui.dialogs.consolidation import ConsolidationDialog
    from app.ui.dialogs.key_passphrase import KeyPassphraseDialog
    from app.ui.dialogs.one_time_words import AskWordsDialog, ShowWordsDialog

    def settle() -> None:
        window.tasks.wait()
        for _ in range(10):
            app.processEvents()

    master = window.db
    work = Path(tempfile.mkdtemp(prefix="nmrf-shots-exchange-"))
    first = issue_file(master, "MOJ", work / "to-moj.nmrf")
    issue_file(master, "MOH", work / "to-moh.nmrf")
    for name, dialog in (
            ("exchange-words-shown", ShowWordsDialog("to-moj.nmrf", "MOJ", first.passphrase or "",
                                                     window)),
            ("exchange-words-asked", AskWordsDialog("to-moj.nmrf", _(
                "{0}: this computer's key does not open it; if the secretariat gave you "
                "twelve words for it, type them").format("to-moj.nmrf"), window)),
            ("key-passphrase-new", KeyPassphraseDialog("", new=True, parent=window))):
        dialog.show()
        settle()
        dialog.grab().save(str(folder / f"{name}.png"))
        dialog.close()
    copy, _ = open_first_file(work / "moj.db", work / "to-moj.nmrf", author="Amina Diallo")
    with master.read() as session:
        moj = session.scalar(select(Institution.id).where(Institution.code == "MOJ"))
    copy.actor = Actor("Amina Diallo", FOCAL_POINT, moj)
    with copy.read() as session:
        report_id = session.scalar(select(Assessment.id).where(
            Assessment.institution_id == moj).order_by(Assessment.id))
    with copy.write() as session:
        session.get(Assessment, report_id).narrative = (
            "The draft law on legal aid was adopted by the Council of Ministers and sent "
            "to Parliament in October.")
        for rec in session.scalars(select(Assignment.recommendation_id).where(
                Assignment.institution_id == moj, Assignment.role == "lead",
                Assignment.recommendation_id.is_not(None)).limit(3)):
            add_assessment(session, recommendation_id=rec, institution_id=moj,
                           period="2026-H2", status_code="in_progress",
                           narrative="Training of 120 judges completed; evaluation under way.")
    submit_file(copy, work / "from-moj.nmrf")
    with master.write() as session:
        session.get(Assessment, report_id).narrative = (
            "Draft law on legal aid under discussion (secretariat's note of 2 October).")
    returned = work / "from-moj.nmrf"
    results = consolidate_files(master, [returned], accept_devices=[
        read_exchange_file(returned, local_identities()).signer_fingerprint])
    issue_file(master, "MOJ", work / "to-moj-2.nmrf")
    apply_secretariat_file(copy, work / "to-moj-2.nmrf")
    window.refresh_after_edit()
    settle()
    window.show_page(window.exchange)
    settle()
    window.grab().save(str(folder / "exchange-secretariat.png"))
    dialog = ConsolidationDialog(results, dry_run=False, parent=window)
    dialog.show()
    settle()
    dialog.grab().save(str(folder / "exchange-consolidation.png"))
    dialog.close()
    with master.read() as session:
        conflicts = list_conflicts(session)
    review = ConflictReviewDialog(conflicts, lambda *decision: None, window)
    review.show()
    settle()
    review.grab().save(str(folder / "exchange-conflicts.png"))
    review.close()
    copy.close()
    window.open_path(work / "moj.db")
    while window.db is None or window.db.path != work / "moj.db" or window.tasks.busy:
        window.tasks.wait(100)
        app.processEvents()
    window.show_page(window.exchange)
    settle()
    window.grab().save(str(folder / "exchange-ministry.png"))


def report_screens(app, window, folder: Path) -> None:
    """The report options, pages of each PDF as printed, and the print preview."""
    import pypdfium2 as pdfium

    from app.exports.midterm_report import ReportOptions, write_midterm_report
    from app.exports.reminder_letters import write_reminder_letters
    from app.exports.validation_pack import write_validation_pack
    from app.i18n import current_language
    from app.services.reference import institution_id_of
    from app.ui.printing import print_pdf

    for name, open_dialog in (("report-options", window.export_midterm_report),
                              ("reminder-options", window.export_reminder_letters)):
        dialog = open_dialog()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(folder / f"{name}.png"))
        dialog.reject()
    scratch = Path(tempfile.mkdtemp(prefix="nmrf-pdf-"))
    with window.db.read() as session:
        moj = institution_id_of(session, "MOJ")
    # The documents in the window's language, as the report dialogs propose.
    language = current_language()
    write_midterm_report(window.db, scratch / "midterm.pdf", ReportOptions(language=language))
    write_validation_pack(window.db, scratch / "pack.pdf", moj, language=language)
    write_reminder_letters(window.db, scratch / "letters.pdf", within_days=90,
                           language=language)
    midterm = pdfium.PdfDocument(str(scratch / "midterm.pdf"))
    pages = {"midterm-cover": (midterm, 0), "midterm-contents": (midterm, 1),
             "midterm-summary": (midterm, 3), "midterm-section": (midterm, 6),
             "midterm-annex": (midterm, len(midterm) - 1)}
    for label, file in (("validation-pack", "pack.pdf"), ("reminder-letter", "letters.pdf")):
        pages[label] = (pdfium.PdfDocument(str(scratch / file)), 0)
    for label, (document, number) in pages.items():
        document[number].render(scale=1.1).to_pil().save(str(folder / f"{label}.png"))
    preview = print_pdf(window, scratch / "midterm.pdf")
    preview.resize(1000, 700)
    for _ in range(10):
        app.processEvents()
    preview.grab().save(str(folder / "print-preview.png"))
    preview.close()


def register_screens(app, window, folder: Path) -> None:
    """Search, facets with a selection, the detail tabs and the clusters dialog."""
    from PySide6.QtCore import QItemSelectionModel

    from app.services.facets import NO_LEAD, Facet
    from app.ui.dialogs.clusters import ClustersDialog

    def settle() -> None:
        window.tasks.wait()
        for _ in range(10):
            app.processEvents()

    page = window.recommendations
    page.search.setText("ratif")
    page.apply_search()
    settle()
    window.grab().save(str(folder / "search.png"))
    page.search.clear()
    page.apply_search()
    page.facets.set_checked(Facet.MECHANISM, "UPR")
    settle()
    page.facets.set_checked(Facet.LEAD, NO_LEAD)
    settle()
    selection = page.table.selectionModel()
    for row in range(4):
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    settle()
    window.grab().save(str(folder / "register-facets.png"))
    page.facets.clear()
    settle()
    page.table.selectRow(0)
    page.detail.setCurrentIndex(1)
    settle()
    window.grab().save(str(folder / "register-assignment.png"))
    page.table.selectRow(2)
    page.detail.setCurrentWidget(page.detail.similar_tab)
    settle()
    window.grab().save(str(folder / "register-similar.png"))
    page.detail.setCurrentWidget(page.detail.history)
    settle()
    if page.detail.history.topLevelItemCount():
        page.detail.history.topLevelItem(0).setExpanded(True)
    settle()
    window.grab().save(str(folder / "register-history.png"))
    page.detail.setCurrentIndex(0)
    dialog = ClustersDialog(window.register_actions, window)
    dialog.show()
    dialog.select("Children's rights")
    settle()
    dialog.grab().save(str(folder / "clusters.png"))
    dialog.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="docs/screenshots", type=Path)
    parser.add_argument("--language", default="en", help="fr, es, ar, ru or zh_CN")
    arguments = parser.parse_args()
    main(arguments.folder, arguments.language)
