"""Forms that forgive: Tab leaves a text box, dates can be typed, periods are checked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit

from app.ui.dialogs.assessment import AssessmentDialog
from app.ui.dialogs.plan_forms import ActionDialog


def _report_dialog(qtbot) -> AssessmentDialog:
    dialog = AssessmentDialog("142.8", "Adopt a law on <legal aid> & access to justice",
                                  [("i1", "MOJ — Ministry of Justice")],
                                  [("in_progress", "In progress")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_tab_leaves_a_text_box_and_ctrl_tab_types_a_tab(qtbot):
    dialog = _report_dialog(qtbot)
    dialog.narrative.setFocus()
    qtbot.keyClicks(dialog.narrative, "Circular sent")
    qtbot.keyClick(dialog.narrative, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.narrative.toPlainText() == "Circular sent\t"
    qtbot.keyClick(dialog.narrative, Qt.Key.Key_Tab)
    assert dialog.narrative.toPlainText() == "Circular sent\t"
    assert dialog.focusWidget() is dialog.next_steps


def test_the_report_dialog_asks_for_a_status_rather_than_choosing_one(qtbot):
    dialog = _report_dialog(qtbot)
    assert dialog.status.currentIndex() == -1
    dialog.narrative.setPlainText("Circular sent to the courts")
    dialog._check_and_accept()
    assert dialog.isVisible() and dialog.problem.text().startswith("Status:")
    dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))
    dialog._check_and_accept()
    assert not dialog.isVisible() and dialog.values()["status_code"] == "in_progress"


def test_the_report_dialog_names_its_recommendation(qtbot):
    dialog = _report_dialog(qtbot)
    assert dialog.recommendation.text().startswith("<b>142.8</b>")
    assert "&lt;legal aid&gt; &amp; access" in dialog.recommendation.text()


def test_a_wrong_period_is_said_before_saving(qtbot):
    dialog = _report_dialog(qtbot)
    dialog.period.setText("last spring")
    dialog.narrative.setPlainText("Done")
    dialog._check_and_accept()
    assert dialog.result() == 0 and "not a reporting period" in dialog.problem.text()


def test_dates_can_be_typed_whole(qtbot):
    dialog = ActionDialog([("i1", "MOJ — Ministry of Justice")])
    qtbot.addWidget(dialog)
    dialog.show()
    for typed, expected in (("2024-01-01", date(2024, 1, 1)), ("2023/7/9", date(2023, 7, 9)),
                            ("20251231", date(2025, 12, 31))):
        dialog.start.setFocus()
        dialog.start.setCurrentSection(QDateEdit.Section.YearSection)
        qtbot.keyClicks(dialog.start, typed)
        assert dialog.start.day() == expected, typed


def test_who_is_working_keeps_the_institution_when_the_role_changes(qtbot, window, demo_path):
    from app.services.permissions import FOCAL_POINT, SECRETARIAT, VALIDATING_AUTHORITY
    from tests.ui.conftest import wait_for_database

    window.open_path(demo_path)
    wait_for_database(qtbot, window)
    dialog = window.ask_profile()
    dialog.name.setText("Amina")
    dialog.role.setCurrentIndex(dialog.role.findData(FOCAL_POINT))
    chosen = dialog.institution.itemData(2)
    dialog.institution.setCurrentIndex(2)
    dialog.role.setCurrentIndex(dialog.role.findData(SECRETARIAT))
    dialog.role.setCurrentIndex(dialog.role.findData(VALIDATING_AUTHORITY))
    assert dialog.institution.currentData() == chosen  # within the dialog
    dialog.role.setCurrentIndex(dialog.role.findData(SECRETARIAT))
    dialog.accept()
    assert window.db.actor.institution_id is None
    again = window.ask_profile()  # next time, back to a ministry role: the same one
    again.role.setCurrentIndex(again.role.findData(FOCAL_POINT))
    assert again.institution.currentData() == chosen
    again.reject()
