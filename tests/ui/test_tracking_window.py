"""Tracking through the window: plan, progress reports and their workflow, evidence, deadlines,
the dashboard and activity pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.facets import Facet
from app.services.register_reader import RegisterReader
from app.ui import messages
from app.ui.widgets.history_table import field_rows, history_rows
from tests.ui.window_helpers import (
    facet_count,
    fill_indicator,
    institution_id,
    open_demo,
    select_rows,
)


def test_full_cycle_plan_report_validate_accept_through_the_window(qtbot, window, demo_path,
                                                                  monkeypatch):
    from app.services.permissions import FOCAL_POINT, SECRETARIAT, VALIDATING_AUTHORITY
    from app.services.status import NOT_ASSESSED

    page = open_demo(qtbot, window, demo_path)
    page.facets.set_checked(Facet.STATUS, NOT_ASSESSED)
    # The facet panel and the search box wait for a pause before filtering.
    qtbot.waitUntil(lambda: bool(page.model.selection), timeout=5_000)
    # A recommendation with a lead and no progress report yet.
    row = next(r for r in range(page.model.rowCount()) if page.model.row_data(r).lead)
    page.table.selectRow(row)
    rec_id = page.model.recommendation_id(row)
    lead_code = page.model.row_data(row).lead.split(",")[0]
    lead = institution_id(window, lead_code)
    pane = page.detail
    pane.setCurrentIndex(2)  # the Status tab

    def become(role, institution=None):
        dialog = window.ask_profile()
        dialog.name.setText(f"Test {role}")
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        if institution:
            dialog.institution.setCurrentIndex(dialog.institution.findData(institution))
        dialog.accept()
        assert page.detail.detail is not None
        page.select_ids({rec_id}, rec_id)

    def stage() -> str:
        return pane.assessments.item(0, 3).text()

    become(FOCAL_POINT, lead)
    # The focal point plans: an action and an indicator with a value, for this recommendation.
    action = window.register_actions.add_action(rec_id)
    action.title.setText("Adopt the implementing decree")
    action._check_and_accept()
    assert (any(
           a.title == "Adopt the implementing decree"
           for a in page.model.reader.plan(rec_id)[0]))
    fill_indicator(window, rec_id, "Courts applying the decree", "0", "40")
    assert (any(
           i.name == "Courts applying the decree" for i in page.model.reader.plan(rec_id)[1]))
    indicator_id = next(i.id for i in page.model.reader.plan(rec_id)[1]
                        if i.name == "Courts applying the decree")
    value = window.register_actions.record_value(indicator_id)
    value.value.setText("10")
    value._check_and_accept()
    assert (next(
           i for i in page.model.reader.plan(rec_id)[1] if i.id == indicator_id).latest == 10)
    assert pane.report_button.isVisible()
    dialog = window.register_actions.new_assessment(rec_id)
    dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))
    dialog.narrative.setPlainText("Bill tabled in Parliament in March.")
    before = len(pane.detail.assessments)
    dialog.accept()
    assert pane.assessments.rowCount() == before + 1
    assert stage() == "Draft"
    assert pane.workflow_buttons["submitted"].isVisible()
    assert not pane.workflow_buttons["validated"].isVisible()
    def dashboard():
        """The dashboard as the person sees it on opening it, then back to the register."""
        window.show_page(window.dashboard)
        board = window.dashboard.board
        window.show_page(page)
        return board

    waiting = dashboard().waiting_validation
    asked = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text))
    pane.workflow_buttons["submitted"].click()  # said what it does; cancelled
    assert "validating authority" in asked[-1]
    assert stage() == "Draft"
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text)
                        or True)
    pane.workflow_buttons["submitted"].click()
    assert stage() == "Waiting for validation"
    assert dashboard().waiting_validation == waiting + 1, "the dashboard follows"

    become(VALIDATING_AUTHORITY, lead)
    assert not pane.report_button.isVisible()
    assert pane.workflow_buttons["validated"].isVisible()
    pane.workflow_buttons["validated"].click()
    assert stage() == "Waiting for acceptance"

    page.facets.clear()  # once accepted it is no longer "not assessed": keep it in view
    qtbot.waitUntil(lambda: not page.model.selection, timeout=5_000)
    become(SECRETARIAT)
    accepting = dashboard().waiting_acceptance
    assert pane.workflow_buttons["accepted"].isVisible()
    pane.workflow_buttons["accepted"].click()
    assert stage() == "Accepted"
    assert "Current status: In progress" in pane.status.toPlainText()
    assert dashboard().waiting_acceptance == accepting - 1
    # The register's status column and facet follow.
    assert facet_count(page, Facet.STATUS, "in_progress") >= 1


def test_a_dashboard_bar_opens_the_register_on_what_it_counts(qtbot, window, demo_path):
    from PySide6.QtCore import QPoint


    page = open_demo(qtbot, window, demo_path)
    window.show_page(window.dashboard)
    chart = window.dashboard.charts[Facet.LEAD]
    assert bool(chart.bars) and chart.width() > 300
    rect, bar, status, count = next(iter(chart._segments()))
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton,
                     pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    assert window.pages.currentWidget() is page
    assert page.model.selection.values == {Facet.LEAD: {bar.value}, Facet.STATUS: {status}}
    assert page.model.rowCount() == count
    window.show_page(window.dashboard)
    window.dashboard.figures["waiting_validation"].click()
    assert page.model.rowCount() == window.dashboard.board.waiting_validation


def test_plan_tab_action_indicator_and_value_as_a_focal_point(qtbot, window, demo_path):
    from app.services.permissions import FOCAL_POINT

    page = open_demo(qtbot, window, demo_path)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_data(r).lead)
    page.table.selectRow(row)
    rec_id = page.model.recommendation_id(row)
    lead = institution_id(window, page.model.row_data(row).lead)
    profile = window.ask_profile()
    profile.name.setText("Amina")
    profile.role.setCurrentIndex(profile.role.findData(FOCAL_POINT))
    profile.institution.setCurrentIndex(profile.institution.findData(lead))
    profile.accept()
    page.select_ids({rec_id}, rec_id)
    pane = page.detail
    pane.setCurrentWidget(pane.plan)
    plan = pane.plan
    assert plan.add_action_button.isVisible()
    actions_before = plan.action_table.rowCount()

    dialog = window.register_actions.add_action(rec_id)
    assert [dialog.lead.itemData(i) for i in range(dialog.lead.count())] == [lead]
    dialog.title.setText("Draft the implementing decree")
    dialog.budget.setText("12 500")
    dialog.currency.setText("eur")
    dialog._check_and_accept()
    assert plan.action_table.rowCount() == actions_before + 1
    titles = [plan.action_table.item(r, 0).text() for r in range(plan.action_table.rowCount())]
    assert "Draft the implementing decree" in titles
    budgets = [plan.action_table.item(r, 5).text() for r in range(plan.action_table.rowCount())]
    assert "12,500 EUR" in budgets

    dialog = window.register_actions.add_indicator(rec_id)
    # It may measure the new action rather than the recommendation directly.
    dialog.action.setCurrentIndex(dialog.action.findText("Draft the implementing decree"))
    assert dialog.action.currentIndex() > 0
    dialog.name.setText("Decrees adopted")
    dialog.disaggregation.setText("region")
    dialog.baseline.setText("0")
    dialog.target.setText("4")
    dialog._check_and_accept()
    assert (any(
           plan.indicators.item(r, 0).text() == "Decrees adopted"
           for r in range(plan.indicators.rowCount())))
    row = next(r for r in range(plan.indicators.rowCount())
               if plan.indicators.item(r, 0).text() == "Decrees adopted")
    plan.indicators.selectRow(row)
    indicator_id = plan.selected_indicator().id
    dialog = window.register_actions.record_value(indicator_id)
    dialog.value.setText("not a number")
    dialog._check_and_accept()
    assert dialog.isVisible() and "is not a number" in dialog.problem.text()
    dialog.value.setText("1")
    dialog._check_and_accept()
    assert (any(
           plan.indicators.item(r, 4).text() == "25%" for r in range(plan.indicators.rowCount())))

    window.show_page(window.calendar)
    calendar = window.calendar
    calendar.when.setCurrentIndex(calendar.when.findData("overdue"))
    overdue = calendar.table.rowCount()
    calendar.when.setCurrentIndex(calendar.when.findData("all"))
    assert calendar.table.rowCount() > overdue > 0


def test_evidence_attached_to_an_assessment_opens_as_its_real_type(
        qtbot, window, demo_path, tmp_path, monkeypatch, message_log):
    from app.ui import messages

    page = open_demo(qtbot, window, demo_path)
    pane = page.detail
    pane.setCurrentIndex(2)  # the Status tab
    row = next(r for r in range(page.model.rowCount())
               if (d := page.model.reader.detail(page.model.recommendation_id(r))).assessments
               and not d.assessments[0].evidence)
    page.table.selectRow(row)
    assert pane.attach_button.isVisible(), "the secretariat may attach"
    report = pane.selected_assessment()
    pdf = tmp_path / "circular_2026.exe"  # a PDF with a misleading name
    pdf.write_bytes(b"%PDF-1.4\n% a circular\n%%EOF\n")
    program = tmp_path / "tool.pdf"  # a program with a misleading name
    program.write_bytes(b"MZ\x90\x00 not a document")
    window.register_actions.attach_evidence(report.id, [str(pdf), str(program)])
    assert bool(message_log)
    assert "tool.pdf" in message_log[-1][2] and "not accepted" in message_log[-1][2]
    assert not pane.selected_assessment().evidence, "all or nothing"

    window.register_actions.attach_evidence(report.id, [str(pdf)])
    assert pane.evidence.count() == 1
    assert "circular 2026" in pane.evidence.item(0).text()
    opened = []
    monkeypatch.setattr(messages, "open_file", opened.append)
    warnings = []
    monkeypatch.setattr(messages, "confirm", lambda *args: warnings.append(args) or False)
    pane.evidence.setCurrentRow(0)
    pane.open_button.click()
    assert len(warnings) == 1 and not opened, "a program-looking name warns first"
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    pane.open_button.click()
    assert opened and opened[0].suffix == ".pdf"
    assert opened[0].read_bytes() == pdf.read_bytes()
    assert opened[0].is_relative_to(window.paths.open_copies), "not in a shared folder"
    window.close()
    assert not opened[0].exists(), "no copy of the evidence outlives the application"
    assert list(window.paths.open_copies.iterdir()) == []


def test_activity_page_filters_by_who_and_what(qtbot, window, demo_path, monkeypatch):
    page = open_demo(qtbot, window, demo_path)
    select_rows(page, [0])
    monkeypatch.setattr(window.register_actions, "choose",
                        lambda *a, **k: "high")
    page.request_edit("priority")
    assert bool(window.register_actions.undo_steps)
    window.show_page(window.activity)
    activity = window.activity
    assert activity.table.topLevelItemCount() > 0
    activity.what.setCurrentIndex(activity.what.findData("recommendation"))
    rows = history_rows(activity.table)
    reference = page.detail.detail.reference
    assert rows[0][3] == f"Recommendation {reference} changed: Priority"
    assert activity.table.topLevelItem(0).child(0).text(3) == "Priority: — → High"
    assert {row[3].split(" ")[0] for row in rows} == {"Recommendation"}
    assert activity.what.currentText() == "Recommendation"
    activity.who.setCurrentIndex(activity.who.findData("nobody at all"))
    assert activity.who.currentIndex() == 0, "unknown authors are not offered"


def test_edit_an_action_and_a_draft_report_and_complete_a_deadline(qtbot, window, demo_path):
    from app.services.plan import action_rows

    page = open_demo(qtbot, window, demo_path)
    window.show_page(window.plan)
    view = window.plan.view
    assert view.action_table.rowCount() > 0
    view.action_table.selectRow(0)
    action_id = view.selected_action().id
    dialog = window.register_actions.edit_action(action_id)
    assert not dialog.lead.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("cancelled"))
    dialog.supporting.item(0).setCheckState(Qt.CheckState.Checked)
    dialog._check_and_accept()
    assert bool(window.register_actions.undo_steps)
    with window.db.read() as session:
        edited = next(a for a in action_rows(session) if a.id == action_id)
    assert edited.status == "cancelled" and edited.supporting

    # A draft report of the demo, changed from the Status tab.
    row = next(r for r in range(page.model.rowCount())
               if any(a.workflow_state == "draft" for a in page.model.reader.detail(
                   page.model.recommendation_id(r)).assessments))
    window.show_page(page)
    page.table.selectRow(row)
    pane = page.detail
    pane.setCurrentIndex(2)
    draft_row = next(i for i, a in enumerate(pane.detail.assessments)
                     if a.workflow_state == "draft")
    pane.assessments.selectRow(draft_row)
    assert pane.edit_assessment_button.isVisible()
    dialog = window.register_actions.edit_assessment(pane.selected_assessment().id, pane.detail.id)
    dialog.narrative.setPlainText("Rewritten after the meeting.")
    dialog._check_and_accept()
    assert (any(
           a.narrative == "Rewritten after the meeting." for a in pane.detail.assessments))

    window.show_page(window.calendar)
    calendar = window.calendar
    calendar.when.setCurrentIndex(calendar.when.findData("overdue"))
    overdue = calendar.table.rowCount()
    calendar.table.selectRow(0)
    calendar.complete_button.click()
    assert calendar.table.rowCount() == overdue - 1


def test_evidence_on_an_action_and_with_an_indicator_value(qtbot, window, demo_path, tmp_path,
                                                          monkeypatch):
    from app.services.evidence import evidence_of
    from app.ui.dialogs.evidence import EvidenceDetailsDialog

    open_demo(qtbot, window, demo_path)
    window.show_page(window.plan)
    view = window.plan.view
    assert view.action_table.rowCount() > 0 and view.indicators.rowCount() > 0
    report = tmp_path / "training_report.pdf"
    report.write_bytes(b"%PDF-1.4\n% training report\n%%EOF\n")
    view.action_table.selectRow(0)
    action_id = view.selected_action().id
    dialog = window.register_actions.action_evidence(action_id)
    assert dialog.empty.isVisibleTo(dialog)
    monkeypatch.setattr("app.ui.messages.choose_evidence_files", lambda parent: [report])
    monkeypatch.setattr(EvidenceDetailsDialog, "exec", lambda self: (
        self.title.setText("Training report 2026"), self.public.setChecked(True),
        EvidenceDetailsDialog.DialogCode.Accepted)[-1])
    dialog.attach_button.click()
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith("Training report 2026")
    assert "internal" not in dialog.list.item(0).text()
    dialog.reject()

    view.indicators.selectRow(0)
    value = window.register_actions.record_value(view.selected_indicator().id)
    value.value.setText("55")
    value.set_evidence(report)
    value._check_and_accept()
    assert (bool(window.register_actions.undo_steps)
           and len(window.register_actions.undo_steps) == 2)
    with window.db.read() as session:
        from sqlalchemy import select as select_

        from app.models import IndicatorValue
        value_id = session.scalar(select_(IndicatorValue.id).where(IndicatorValue.value == 55))
        assert [row.original_name for row in evidence_of(
            session, [value_id], "indicator_value_id")[value_id]] == ["training_report.pdf"]


def test_one_action_for_a_selection_and_its_history(qtbot, window, demo_path):
    from app.services.plan import action_rows
    from app.ui.dialogs.plan_forms import ActionDialog

    page = open_demo(qtbot, window, demo_path)
    chosen = select_rows(page, [0, 1, 2])
    references = {page.model.row_data(r).reference for r in range(3)}
    window.edit_selection("action", chosen)
    dialog = next(d for d in window.findChildren(ActionDialog) if d.isVisible())
    dialog.title.setText("Joint campaign on the three")
    dialog._check_and_accept()
    assert bool(window.register_actions.undo_steps)
    with window.db.read() as session:
        action = next(a for a in action_rows(session) if a.title == "Joint campaign on the three")
    assert set(action.recommendations.split(", ")) == references

    history = window.register_actions.record_history("action", action.id)
    sentences = [row[3] for row in history_rows(history.table)]
    assert "Action “Joint campaign on the three” created" in sentences
    assert "Title: Joint campaign on the three" in field_rows(history.table)
    assert {f"{reference} added to the action “Joint campaign on the three”"
            for reference in references} <= set(sentences)
    lead = action.lead
    assert f"{lead} leads “Joint campaign on the three”" in sentences  # by name, not id


def test_a_review_calendar_derived_from_its_adoption_date(qtbot, window, demo_path):
    from datetime import date

    from PySide6.QtCore import QDate

    from app.services.vocabularies import Vocabulary

    open_demo(qtbot, window, demo_path)
    window.show_page(window.vocabularies)
    page = window.vocabularies
    page.choice.setCurrentIndex(page.choice.findData(Vocabulary.REVIEWS.value))
    assert page.vocabulary == Vocabulary.REVIEWS and page.table.rowCount() > 0
    assert not page.add_button.isVisible() and page.edit_button.isVisible()
    entry = page._entries[0]
    page.table.selectRow(0)
    dialog = window.register_actions.edit_entry(Vocabulary.REVIEWS.value, entry.id)
    dialog.known.setChecked(True)
    dialog.adoption.setDate(QDate(2030, 1, 10))
    assert dialog.values()["midterm_due_date"] == date(2032, 7, 11)
    dialog.accept()
    assert ("adopted 2030-01-10" in next(
           e for e in page._entries if e.id == entry.id).detail)
    window.show_page(window.calendar)
    window.calendar.when.setCurrentIndex(window.calendar.when.findData("open"))
    dues = [window.calendar.table.item(r, 0).text() for r in range(
        window.calendar.table.rowCount())]
    assert "2032-07-11" in dues


def test_deleting_an_indicator_from_the_plan_and_undoing_it(qtbot, window, demo_path,
                                                            monkeypatch):
    from app.ui import messages

    open_demo(qtbot, window, demo_path)
    window.show_page(window.plan)
    view = window.plan.view
    assert view.indicators.rowCount() > 0
    count = view.indicators.rowCount()
    view.indicators.selectRow(0)
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    view.delete_button.click()
    assert view.indicators.rowCount() == count - 1
    window.undo_action.trigger()
    assert view.indicators.rowCount() == count


@pytest.mark.threaded_tasks
def test_while_the_register_loads_it_says_so_rather_than_empty(qtbot, window, demo_path):
    page = open_demo(qtbot, window, demo_path)
    window.refresh()
    assert page.body.currentWidget() is page.no_match
    assert page.no_match.text() == "Loading the register…"
    qtbot.waitUntil(lambda: not window.tasks.busy and page.model.rowCount() > 0,
                    timeout=10_000)
    assert page.body.currentIndex() == 0


def test_evidence_copies_a_crashed_window_left_are_removed_when_the_next_one_opens(
        qtbot, home):
    from app.main import build_window
    from app.open_copies import LOCK_NAME
    from app.paths import app_paths
    from tests.ui.inline_tasks import InlineTaskRunner

    left = app_paths().open_copies / "session-crashed"
    left.mkdir(parents=True)
    (left / LOCK_NAME).touch()
    (left / "medical-report-5e1f.pdf").write_bytes(b"%PDF-1.4")
    window = build_window(tasks=InlineTaskRunner())
    qtbot.addWidget(window)
    assert not left.exists()


@pytest.mark.threaded_tasks
def test_the_plan_calendar_and_activity_pages_read_off_the_window_thread(
        qtbot, window, demo_path, monkeypatch):
    """On a large register each read took up to 1.2 s: the window must not freeze for it."""
    import threading

    from app.services import history, plan

    open_demo(qtbot, window, demo_path)
    threads: dict[str, str] = {}

    def noting(name, function):
        def read(*args, **kwargs):
            threads[name] = threading.current_thread().name
            return function(*args, **kwargs)
        return read

    monkeypatch.setattr(RegisterReader, "plan", noting("plan", RegisterReader.plan))
    monkeypatch.setattr("app.ui.tracking_pages.calendar_rows",
                        noting("calendar", plan.calendar_rows))
    monkeypatch.setattr("app.ui.tracking_pages.activity", noting("activity", history.activity))
    for page in (window.plan, window.calendar, window.activity):
        window.show_page(page)
        qtbot.waitUntil(lambda: not window.tasks.busy, timeout=20_000)
    qtbot.waitUntil(lambda: len(threads) == 3 and not window.tasks.busy, timeout=20_000)
    main = threading.main_thread().name
    assert all(name != main for name in threads.values()), threads
    assert window.plan.view.action_table.rowCount() > 0, "the plan shown once read"
    assert window.calendar.table.rowCount() > 0
    assert window.activity.table.topLevelItemCount() > 0
