"""The window driven as a person would: welcome page, demo, wizard, backup, errors."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from app.db.lifecycle import open_database
from app.services.directory import institution_rows
from app.services.register_reader import RegisterReader
from app.ui import messages
from app.ui.dialogs.error_dialog import ErrorDialog
from app.ui.dialogs.new_database import NewDatabaseWizard
from app.ui.qt_models.institutions import InstitutionTableModel
from app.ui.qt_models.recommendations import (
    ID_ROLE,
    PAGE_SIZE,
    Column,
    RecommendationTableModel,
)
from tests.conftest import AUTHOR
from tests.ui.conftest import wait_for_database


def test_first_run_shows_the_welcome_page(window):
    assert window.central.currentWidget() is window.welcome
    assert window.database_label.text() == "No database open"
    assert not window.backup_action.isEnabled()
    assert window.welcome.recent_list.isHidden()


def test_explore_the_demo_builds_it_once_and_shows_the_register(qtbot, window, home):
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    wait_for_database(qtbot, window)
    assert (home / "data" / "demo.db").exists()
    assert window.central.currentIndex() == 1
    assert window.recommendations.heading.text() == "Recommendations (300)"
    assert window.banners.demo.isVisible()
    assert "DEMO DATA" in window.database_label.text()
    model = window.recommendations.model
    assert model.rowCount() == 300
    assert model.data(model.index(0, Column.REFERENCE)) == "142.1"
    assert "Mechanism" in window.recommendations.detail.overview.toPlainText()
    window.show_page(window.institutions)
    assert window.pages.currentWidget() is window.institutions
    assert window.institutions.model.rowCount() == 16
    assert str(home / "data" / "demo.db") in window.settings.recent_databases


def test_a_second_run_reopens_the_last_database(qtbot, demo_path, home):
    from app.main import build_window

    first = build_window(database=demo_path)
    qtbot.addWidget(first)
    wait_for_database(qtbot, first)
    first.close_database()
    second = build_window()
    qtbot.addWidget(second)
    wait_for_database(qtbot, second)
    assert second.db.path == demo_path
    second.close_database()


def test_sorting_the_register_by_mechanism(qtbot, window, demo_path):
    window.open_path(demo_path)
    wait_for_database(qtbot, window)
    model = window.recommendations.model
    model.sort(Column.MECHANISM, Qt.SortOrder.DescendingOrder)
    mechanisms = [model.data(model.index(r, Column.MECHANISM)) for r in range(model.rowCount())]
    assert mechanisms == sorted(mechanisms, reverse=True)
    model.sort(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
    first_ids = {model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())}
    assert len(first_ids) == 120


def test_opening_a_file_that_is_not_a_database_says_why(qtbot, window, tmp_path, message_log):
    bogus = tmp_path / "minutes.db"
    bogus.write_text("not a database" * 20)
    window.open_path(bogus)
    assert bool(message_log)
    kind, title, text = message_log[0]
    assert kind == "failure" and "minutes.db" in title and "not an SQLite database" in text
    assert window.db is None and window.central.currentWidget() is window.welcome


def test_new_database_wizard_creates_a_secretariat_database(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "slovenia.db"

    def fill_and_accept(wizard: NewDatabaseWizard):
        wizard.restart()
        wizard.state_page.state.setCurrentText("Slovenia")
        wizard.next()
        wizard.institutions_page.lines.setPlainText("moj, Ministry of Justice\nMOH, Health")
        wizard.next()
        wizard.file_page.path.setText(str(target))
        assert wizard.currentPage() is wizard.file_page and wizard.file_page.isComplete()
        wizard.accept()
        return QWizard.DialogCode.Accepted

    monkeypatch.setattr(NewDatabaseWizard, "exec", fill_and_accept)
    window.new_action.trigger()
    wait_for_database(qtbot, window)
    assert window.db.path == target
    assert window.recommendations.body.currentWidget() is window.recommendations.empty
    codes = [row.code for row in institution_rows(window.db)]
    assert codes == ["MOH", "MOJ", "SEC"]


def test_wizard_refuses_a_malformed_institution_line(qtbot, message_log, tmp_path):
    wizard = NewDatabaseWizard(tmp_path / "nmrf-tracker.db")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.state_page.state.setCurrentText("Slovenia")
    wizard.next()
    wizard.institutions_page.lines.setPlainText("MOJ, Justice\nHealth ministry")
    wizard.next()
    assert wizard.currentPage() is wizard.institutions_page
    assert "line 2" in message_log[0][2]


def test_backup_now_writes_a_copy_that_opens(qtbot, window, any_demo, tmp_path, monkeypatch,
                                             message_log):
    window.open_path(any_demo)
    wait_for_database(qtbot, window)
    target = tmp_path / "backup.db"
    monkeypatch.setattr(messages, "choose_backup_target", lambda parent, suggested: target)
    window.backup_action.trigger()
    assert bool(message_log)
    assert message_log[0][0] == "info" and str(target) in message_log[0][2]
    with open_database(target, author=AUTHOR) as copy:
        assert copy.identity.is_demo


def test_about_names_the_version_and_the_open_database(qtbot, window, demo_path):
    window.open_path(demo_path)
    wait_for_database(qtbot, window)
    text = window.about_text()
    assert "0.1.0" in text and "Recommendations: 120 ·" in text and str(demo_path) in text


def test_error_dialog_copies_its_details(qtbot, home):
    dialog = ErrorDialog("ValueError: boom", "Traceback...\nValueError: boom", home / "logs")
    qtbot.addWidget(dialog)
    dialog.copy_details()
    assert QApplication.clipboard().text() == "Traceback...\nValueError: boom"


def test_table_models_pass_the_model_tester(qtmodeltester, demo_path):
    with open_database(demo_path, author=AUTHOR) as db:
        reader = RegisterReader(db)
        recommendations = RecommendationTableModel()
        recommendations.set_reader(reader, reader.ids())
        qtmodeltester.check(recommendations)
        institutions = InstitutionTableModel()
        institutions.set_rows(institution_rows(db))
        qtmodeltester.check(institutions)
        empty = RecommendationTableModel()
        qtmodeltester.check(empty)


def test_rows_are_fetched_a_page_at_a_time(demo_path):
    calls = []

    class CountingReader(RegisterReader):
        def rows(self, ids):
            calls.append(len(ids))
            return super().rows(ids)

    with open_database(demo_path, author=AUTHOR) as db:
        reader = CountingReader(db)
        model = RecommendationTableModel()
        model.set_reader(reader, reader.ids())
        last = model.rowCount() - 1
        assert last > PAGE_SIZE
        model.data(model.index(5, Column.TEXT))
        model.data(model.index(6, Column.TEXT))
        model.data(model.index(last, Column.TEXT))
    assert calls == [PAGE_SIZE, last % PAGE_SIZE + 1]


def test_recent_files_that_vanished_are_forgotten(qtbot, window, tmp_path, message_log):
    gone = Path(tmp_path / "gone.db")
    window.settings.remember_database(gone)
    window.open_path(gone)
    assert bool(message_log)
    assert str(gone) not in window.settings.recent_databases


def test_search_as_you_type_filters_and_highlights(qtbot, window, any_demo):
    window.open_path(any_demo)
    wait_for_database(qtbot, window)
    page = window.recommendations
    total = page.model.rowCount()
    page.focus_search()
    qtbot.keyClicks(page.search, "ratif")
    # The facet panel and the search box wait for a pause before filtering.
    qtbot.waitUntil(lambda: page.model.query == "ratif", timeout=5_000)
    shown = page.model.rowCount()
    assert 0 < shown < total
    assert page.heading.text() == f"Recommendations ({shown} of {total})"
    for row in range(shown):
        assert "ratif" in page.model.row_data(row).text.casefold()
    assert "background-color:#ffe866" in page.detail.overview.toHtml()
    page.search.setText("zzzz nothing")
    page.apply_search()
    assert page.body.currentWidget() is page.no_match and "zzzz" in page.no_match.text()
    page.search.clear()
    page.apply_search()
    assert page.model.rowCount() == total


def test_wizard_checks_each_page_before_next(qtbot, message_log, tmp_path):
    wizard = NewDatabaseWizard(tmp_path / "nmrf-tracker.db")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.state_page.state.setCurrentText("Slovena")
    wizard.next()
    assert wizard.currentPage() is wizard.state_page
    assert "did you mean Slovenia" in message_log[-1][2]
    wizard.state_page.state.setCurrentText("Türkiye")
    wizard.next()
    assert wizard.currentPage() is wizard.institutions_page
    for lines, words in (("MOJ, Justice\nmoj, Justice again", "already used on line 1"),
                         ("SEC, Another secretariat", "the secretariat's"),
                         ("M O J, Justice", "should be 1 to 30 letters")):
        wizard.institutions_page.lines.setPlainText(lines)
        wizard.next()
        assert wizard.currentPage() is wizard.institutions_page
        assert "line" in message_log[-1][2] and words in message_log[-1][2]


def test_a_database_that_cannot_be_created_brings_the_wizard_back_filled(
        qtbot, window, tmp_path, monkeypatch, message_log):
    from app.services.setup import InstitutionSpec

    shown = []

    def record(wizard):
        shown.append(wizard.spec())
        if len(shown) == 1:
            wizard.state_page.state.setCurrentText("Slovenia")
            wizard.institutions_page.lines.setPlainText("MOJ, Ministry of Justice")
            wizard.file_page.path.setText(str(tmp_path / "x.db"))
            shown[0] = wizard.spec()
            return QWizard.DialogCode.Accepted
        return QWizard.DialogCode.Rejected

    monkeypatch.setattr(NewDatabaseWizard, "exec", record)
    monkeypatch.setattr("app.ui.main_window.create_secretariat_database",
                        lambda spec, author: (_ for _ in ()).throw(OSError("disk gone")))
    window.new_action.trigger()
    assert len(shown) == 2
    assert message_log and message_log[0][0] == "failure"
    again = shown[1]
    assert (again.state, again.path, again.institutions) == (
        shown[0].state, tmp_path / "x.db", [InstitutionSpec("MOJ", "Ministry of Justice")])
    assert shown[0].state in ("Slovenia", "SVN")


def test_a_focal_point_starts_from_the_secretariats_file_on_the_welcome_page(
        qtbot, window, demo_path, tmp_path, monkeypatch, message_log):
    from tests.exchange_world import World

    issued = World(demo_path, tmp_path).issue("MOJ")
    copy = tmp_path / "moj-copy.db"
    monkeypatch.setattr(messages, "choose_exchange_file", lambda parent: issued)
    monkeypatch.setattr(messages, "choose_database_to_create", lambda parent, suggested: copy)
    assert window.welcome.received_button.isVisible()
    window.welcome.received_button.click()
    wait_for_database(qtbot, window)
    assert window.db.path == copy and window.db.identity.role == "institution"
    assert any("working copy is ready" in entry[1] for entry in message_log)


def test_help_has_a_guide_per_role_and_the_keyboard_shortcuts(qtbot, window, demo_path,
                                                              tmp_path):
    from app.services.permissions import FOCAL_POINT, Actor

    window.open_path(demo_path)
    wait_for_database(qtbot, window)
    guide = window.show_guide()
    assert guide.tabs.count() == 3 and guide.tabs.currentIndex() == 0  # the secretariat's
    for index in range(3):
        page = guide.tabs.widget(index)
        assert len(page.toPlainText()) > 400
        assert "<img" not in page.toPlainText()
    guide.grab().save(str(tmp_path / "guide.png"))
    guide.reject()
    window.db.actor = Actor("Amina", FOCAL_POINT, "any-institution")
    assert window.show_guide().tabs.currentIndex() == 1  # opens on the person's own role
    shortcuts = window.show_shortcuts()
    rows = {shortcuts.table.item(r, 0).text(): shortcuts.table.item(r, 1).text()
            for r in range(shortcuts.table.rowCount())}
    assert rows["Import recommendations"] == "Ctrl+I"
    assert rows["Search the register"] == "Ctrl+F" and "Undo" in "".join(rows)


def test_the_window_works_on_a_register_on_a_server(qtbot, window, server_demo, message_log):
    """Issue 26: the same window on `--db postgresql://…`: the register, its search, the
    address where a file's path would be, no file password, and a restore that says how."""
    any_demo = server_demo
    window.open_path(any_demo)
    wait_for_database(qtbot, window)
    name = any_demo.rsplit("/", 1)[-1]
    assert window.windowTitle().startswith(window.db.identity.title or name)
    assert any_demo in window.database_label.text()
    assert window.settings.recent_databases[0] == any_demo
    assert not window.protect_action.isVisible() and not window.unprotect_action.isVisible()
    page = window.recommendations
    assert page.model.rowCount() == 120
    page.search.setText("ratif")
    page.apply_search()
    assert 0 < page.model.rowCount() < 120
    for row in range(page.model.rowCount()):
        assert "ratif" in page.model.row_data(row).text.casefold()
    window.restore_from(None)
    assert message_log[-1][0] == "warning" and "nmrf-tracker copy --from" in message_log[-1][2]
    window.close_database()
    window.open_path(window.settings.recent_databases[0])  # the recent list reopens it
    wait_for_database(qtbot, window)
    assert window.db.location == any_demo
