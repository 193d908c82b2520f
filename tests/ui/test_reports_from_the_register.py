"""The Reports menu on what the register shows: the matrix, the matrix for completion out
and back, and dialogs that follow the data while open."""

from __future__ import annotations

from app.services.facets import Facet
from app.ui import messages
from tests.ui.window_helpers import (
    open_demo,
)


def test_reports_menu_writes_the_matrix_of_what_the_register_shows(qtbot, window, demo_path,
                                                                   tmp_path):
    from openpyxl import load_workbook


    page = open_demo(qtbot, window, demo_path)
    page.facets.set_checked(Facet.MECHANISM, "CRC")
    # The facet panel and the search box wait for a pause before filtering.
    qtbot.waitUntil(lambda: bool(page.model.selection), timeout=5_000)
    shown = page.model.rowCount()
    target = tmp_path / "crc.xlsx"
    dialog = window.export_matrix(target=target)
    assert dialog.scope.currentData() == "register", "the current view by default"
    dialog.group_by.setCurrentIndex(dialog.group_by.findData("institution"))
    dialog.accept()
    assert target.exists()
    sheet = load_workbook(target)["Matrix"]
    assert sum(1 for row in sheet.iter_rows(min_row=2) if not row[0].font.bold) == shown
    assert "written to" in window.statusBar().currentMessage()


def test_closed_dialogs_stop_following_the_data(qtbot, window, demo_path):
    from PySide6.QtCore import SIGNAL

    open_demo(qtbot, window, demo_path)
    actions = window.register_actions
    before = actions.receivers(SIGNAL("changed(PyObject)"))
    for _ in range(3):
        dialog = window.show_clusters()
        assert actions.receivers(SIGNAL("changed(PyObject)")) == before + 1
        dialog.reject()
    assert actions.receivers(SIGNAL("changed(PyObject)")) == before
    window.show_page(window.plan)
    assert window.plan.view.action_table.rowCount() > 0
    window.plan.view.action_table.selectRow(0)
    evidence = actions.action_evidence(window.plan.view.selected_action().id)
    assert actions.receivers(SIGNAL("changed(PyObject)")) == before + 1
    evidence.reject()
    assert actions.receivers(SIGNAL("changed(PyObject)")) == before


def test_matrix_for_completion_out_and_back_through_the_window(qtbot, window, demo_path,
                                                               tmp_path, monkeypatch):
    from openpyxl import load_workbook


    open_demo(qtbot, window, demo_path)
    target = tmp_path / "moj.xlsx"
    dialog = window.export_matrix(target=target)
    dialog.for_completion.setChecked(True)
    assert not dialog.ok.isEnabled(), "needs an institution"
    dialog.institution.setCurrentIndex(dialog.institution.findText(
        "MOJ — Ministry of Justice"))
    assert dialog.ok.isEnabled()
    dialog.accept()
    assert target.exists()
    book = load_workbook(target)
    book["For completion"]["F2"] = "In progress"
    book["For completion"]["G2"] = "Circular sent to all courts."
    book.save(target)
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text)
                        or True)
    window.import_completed_matrix(path=target)
    assert bool(window.register_actions.undo_steps)
    assert "1 progress report to submit for MOJ" in asked[0]
    window.show_page(window.dashboard)
    assert window.dashboard.board is not None
    assert "submitted" in window.statusBar().currentMessage()
