"""After a write the window refreshes what shows the tables it touched (app/ui/page_refresh.py);
the pages not on screen are read again when opened. Failures of background work are shown by
one default handler (app/ui/tasks.py)."""

from __future__ import annotations

from app.errors import Cancelled, UserError
from app.services.what_changed import WhatChanged
from tests.ui.window_helpers import open_demo, select_rows


def _lead_count(window, code: str) -> int:
    rows = window.institutions.model._rows
    return next(row.lead_count for row in rows if row.code == code)


def test_a_bulk_lead_refreshes_the_register_now_and_other_pages_when_opened(
        qtbot, window, demo_path, monkeypatch):
    page = open_demo(qtbot, window, demo_path)
    assert window.plan in window._stale_pages, "opening a database: every page to read"
    for index in range(window.pages.count()):  # each page opened once: none left to read
        window.navigation.setCurrentRow(index)
    assert not window._stale_pages
    window.show_page(page)
    before = _lead_count(window, "MOJ")
    reads = {"plan": 0, "vocabularies": 0}
    monkeypatch.setattr(window, "_show_plan", lambda: reads.__setitem__(
        "plan", reads["plan"] + 1))
    monkeypatch.setattr(window, "_show_vocabulary", lambda vocabulary: reads.__setitem__(
        "vocabularies", reads["vocabularies"] + 1))
    ids = select_rows(page, range(3))
    actions = window.register_actions
    with window.db.read() as session:
        from app.services.choices import institution_choices
        moj = next(inst_id for inst_id, label in institution_choices(session)
                   if label.startswith("MOJ"))
    monkeypatch.setattr(actions, "choose", lambda *args, **kwargs: moj)
    led = {row.id for row in page.model.reader.rows(ids) if row.lead == "MOJ"}
    actions.set_lead(ids)

    assert {row.lead for row in page.model.reader.rows(ids)} == {"MOJ"}, "the register follows"
    assert set(page.selected_ids()) == set(ids), "the selection is kept"
    assert _lead_count(window, "MOJ") == before, "the institutions page waits to be opened"
    assert window.institutions in window._stale_pages
    assert window.vocabularies not in window._stale_pages, "leads are not reference data"
    window.show_page(window.institutions)
    assert _lead_count(window, "MOJ") == before + len(set(ids) - led)
    assert window.institutions not in window._stale_pages
    window.show_page(window.vocabularies)
    window.show_page(window.plan)
    assert reads == {"plan": 1, "vocabularies": 0}, "read when opened, and only if stale"

    window.show_page(window.plan)
    window.refresh_after(WhatChanged(frozenset({"action"})))
    assert reads["plan"] == 2, "the page on screen is read again at once"


def test_a_failed_task_is_shown_once_and_a_cancel_only_in_the_status_bar(
        qtbot, window, message_log):
    def refused(progress, cancelled):
        raise UserError("the file is not for this secretariat")

    def cancelled(progress, cancelled):
        raise Cancelled("consolidation cancelled; nothing was changed")

    window.tasks.run(refused, title="Consolidating", parent=window, on_done=print)
    window.tasks.run(refused, title="Consolidating", parent=window, on_done=print,
                     failure="Cannot consolidate")
    assert message_log == [("failure", "Consolidating", "the file is not for this secretariat"),
                           ("failure", "Cannot consolidate",
                            "the file is not for this secretariat")]
    window.tasks.run(cancelled, title="Consolidating", parent=window, on_done=print)
    assert len(message_log) == 2, "a cancel is the person's choice: no box to acknowledge"
    assert window.statusBar().currentMessage() == (
        "Consolidation cancelled; nothing was changed")
