"""The institutions and reference-data pages, and who is working (first opening, a focal
point's window)."""

from __future__ import annotations

from tests.ui.window_helpers import (
    open_demo,
)


def test_institutions_page_adds_a_focal_point_and_undoes_it(qtbot, window, demo_path,
                                                          message_log):
    open_demo(qtbot, window, demo_path)
    window.show_page(window.institutions)
    page = window.institutions
    assert page.new_button.isVisible()
    page.select_code("MOJ")
    assert page.people_heading.text() == "People of MOJ"
    before = page.people.rowCount()
    assert before == 3
    dialog = window.register_actions.new_person(page.current_id)
    dialog.full_name.setText("Nadia Haddad")
    dialog.role.setCurrentIndex(dialog.role.findData("focal_point_alternate"))
    dialog.email.setText("nadia.haddad@moj.example")
    dialog.accept()
    assert page.people.rowCount() == before + 1
    names = [page.people.item(r, 0).text() for r in range(page.people.rowCount())]
    assert "Nadia Haddad" in names
    assert page.model.data(page.model.index(page.table.currentIndex().row(), 3))
    window.undo_action.trigger()
    assert page.people.rowCount() == before

    dialog = window.register_actions.new_person(page.current_id)
    dialog.full_name.setText("Bad Mail")
    dialog.email.setText("not-an-address")
    dialog.accept()
    assert bool(message_log)
    assert "should look like" in message_log[-1][2]


def test_reference_data_page_adds_a_theme_and_a_state_spelling(qtbot, window, demo_path,
                                                               monkeypatch):
    from app.services.vocabularies import Vocabulary

    open_demo(qtbot, window, demo_path)
    window.show_page(window.vocabularies)
    page = window.vocabularies
    assert page.vocabulary == Vocabulary.THEMES and page.table.rowCount() > 50
    schemes = {page.table.item(r, 2).text() for r in range(page.table.rowCount())}
    # words, not codes
    assert "Universal Human Rights Index (OHCHR)" in schemes and "uhri" not in schemes
    count = page.table.rowCount()
    dialog = window.register_actions.add_entry(Vocabulary.THEMES.value)
    dialog.code.setText("Z1")
    dialog.name.setText("Digital rights")
    dialog.accept()
    assert page.table.rowCount() == count + 1
    page.select_name("Digital rights")
    assert page.delete_button.isEnabled(), "unused: can go"

    page.choice.setCurrentIndex(page.choice.findData(Vocabulary.STATES.value))
    assert (page.vocabulary == Vocabulary.STATES and
           page.table.rowCount() > 190)
    assert not page.add_button.isVisible() and page.alias_button.isVisible()
    page.select_name("Lao People's Democratic Republic")
    monkeypatch.setattr(window.register_actions, "ask_text", lambda *a, **k: "Laos (PDR)")
    page.alias_button.click()
    assert ("Laos (PDR)" in (
           page.selected_entry().detail if page.selected_entry() else ""))
    page.filter.setText("laos")
    visible = [r for r in range(page.table.rowCount()) if not page.table.isRowHidden(r)]
    assert len(visible) == 1


def test_first_opening_asks_who_is_working_and_a_focal_point_cannot_edit_the_register(
        qtbot, window, demo_path):
    from app.services.permissions import FOCAL_POINT
    from app.ui.dialogs.profile import ProfileDialog

    page = open_demo(qtbot, window, demo_path)
    dialog = next(w for w in window.findChildren(ProfileDialog) if w.isVisible())
    assert window.actor_label.text().startswith("Working as")
    assert page.edit_buttons["lead"].isVisible(), "secretariat by default on its own file"
    dialog.name.setText("Amina Diallo")
    dialog.role.setCurrentIndex(dialog.role.findData(FOCAL_POINT))
    dialog.institution.setCurrentIndex(dialog.institution.findText("MOJ — Ministry of Justice"))
    dialog.accept()
    assert window.actor_label.text() == "Working as Amina Diallo — Focal point of a ministry, MOJ"
    assert not page.edit_buttons["lead"].isVisible()
    assert "only the secretariat edits" in page.selection_label.text()
    assert not window.edit_actions["lead"].isEnabled()
    assert not window.institutions.new_button.isVisible()
    window.close_database()
    # Remembered for this database: no question the second time.
    open_demo(qtbot, window, demo_path)
    assert not any(w.isVisible() for w in window.findChildren(ProfileDialog))
    assert window.db.actor.name == "Amina Diallo"
    assert not window.edit_actions["lead"].isEnabled()
