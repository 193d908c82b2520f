"""The register on a 1366×768 laptop: filters that can be hidden, splitters that stay where
they were put, a detail that grows for the tabs that need room."""

from __future__ import annotations

from app.main import build_window
from tests.ui.window_helpers import open_demo


def test_hidden_filters_and_splitters_are_kept_for_the_next_run(qtbot, window, demo_path,
                                                                message_log):
    page = open_demo(qtbot, window, demo_path)
    assert page.facets.isVisible() and page.filters_button.text() == "Hide filters"
    page.filters_button.click()
    assert not page.facets.isVisible() and page.filters_button.text() == "Show filters"
    page.results.setSizes([250, 400])
    kept = page.results.sizes()
    window.close()
    again = build_window()
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    assert again.recommendations.facets.isHidden()
    table, detail = again.recommendations.results.sizes()  # laid out again: the same share
    assert abs(table / (table + detail) - kept[0] / sum(kept)) < 0.02
    again.recommendations.filters_button.click()
    assert not again.recommendations.facets.isHidden()
    qtbot.waitUntil(lambda: not again.tasks.busy, timeout=20_000)  # it reopens the demo
    again.close()


def test_the_status_and_plan_tabs_get_room_without_dragging(qtbot, window, demo_path):
    page = open_demo(qtbot, window, demo_path)
    page.table.selectRow(0)
    page.results.setSizes([500, 120])
    pane = page.detail
    pane.setCurrentWidget(pane.status_tab)
    assert page.results.sizes()[1] >= 340
    page.results.setSizes([500, 120])
    pane.setCurrentWidget(pane.history)
    assert page.results.sizes()[1] < 340  # the others leave the table its room
    pane.setCurrentWidget(pane.plan)
    assert page.results.sizes()[1] >= 340


def test_the_side_bar_shrinks_to_symbols_and_stays_so(qtbot, window, demo_path, message_log):
    open_demo(qtbot, window, demo_path)
    bar = window.side_bar
    assert bar.width() > 150 and window.navigation.item(0).text() == "Recommendations"
    bar.toggle.click()
    assert bar.width() < 60 and window.navigation.item(0).text() == ""
    assert window.navigation.item(0).toolTip() == "Recommendations"  # named on hover
    window.navigation.setCurrentRow(2)
    assert window.pages.currentWidget() is window.plan  # still a way to the pages
    window.close()  # lets go of the database the next run reopens
    again = build_window()
    qtbot.addWidget(again)
    assert again.side_bar.compact  # kept for the next run
    again.side_bar.toggle.click()
    assert not again.side_bar.compact and again.navigation.item(0).text() == "Recommendations"
    qtbot.waitUntil(lambda: not again.tasks.busy, timeout=20_000)
    again.close()
