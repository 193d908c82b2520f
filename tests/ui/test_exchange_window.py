"""The Exchange page driven in the real window: the secretariat issues a file, a ministry
opens it as its working copy and sends its changes back, the secretariat consolidates them
(confirming the new device, from a dry run), exports the summary and decides a conflict."""

from __future__ import annotations

from pypdf import PdfReader
from sqlalchemy import select

from app.models import Assessment, Conflict
from app.services.tracking import add_assessment
from app.ui import messages
from app.ui.dialogs import one_time_words
from app.ui.dialogs.conflicts import ConflictReviewDialog
from app.ui.dialogs.consolidation import ConsolidationDialog
from tests.exchange_world import first_recommendation
from tests.ui.conftest import wait_for_database
from tests.ui.window_helpers import institution_id, open_demo


def _row_of(table, text: str) -> int:
    return next(row for row in range(table.rowCount()) if table.item(row, 0).text() == text)


def _ministry_report(window, narrative: str) -> str:
    moj = institution_id(window, "MOJ")
    with window.db.write() as session:
        return add_assessment(session, recommendation_id=first_recommendation(session, moj),
                              institution_id=moj, period="2026-H2",
                              status_code="in_progress", narrative=narrative)


def test_issue_open_submit_consolidate_and_review(qtbot, window, demo_path, tmp_path, home,
                                                  monkeypatch, message_log):
    open_demo(qtbot, window, demo_path)
    page = window.exchange
    window.navigation.setCurrentRow(window.pages.indexOf(page))
    assert page.views.currentIndex() == 0 and page.institutions.rowCount() > 5
    assert page.files_empty.isVisible()
    issued = tmp_path / "to-moj.nmrf"
    monkeypatch.setattr(messages, "choose_exchange_target", lambda parent, suggested: issued)
    shown, asked = [], []
    monkeypatch.setattr(one_time_words, "show_words",
                        lambda parent, name, code, words: shown.append(words))
    page.institutions.selectRow(_row_of(page.institutions, "MOJ"))
    page.issue_button.click()
    assert issued.exists() and message_log[-1][1] == "File issued"
    assert "a whole copy for MOJ" in message_log[-1][2]
    assert "opens only with the twelve words" in message_log[-1][2]
    [words] = shown
    assert len(words.split()) == 12
    assert page.files.rowCount() == 1 and page.files.item(0, 2).text() == "MOJ"
    assert [page.files.item(0, c).text() for c in (1, 4)] == ["Issued", "Whole copy"]

    # the focal point, on their laptop: the file becomes their working copy
    window.close_database()
    secretariat_home = home
    monkeypatch.setenv("NMRF_TRACKER_HOME", str(tmp_path / "focal-point-laptop"))
    copy = tmp_path / "moj.db"
    monkeypatch.setattr(messages, "choose_exchange_file", lambda parent: issued)
    monkeypatch.setattr(messages, "choose_database_to_create", lambda parent, suggested: copy)
    # The focal point mistypes a word, is told so, then types what was read to them.
    typed = iter([words.replace(words.split()[4], "zzzz"), words.upper()])
    monkeypatch.setattr(one_time_words, "ask_words",
                        lambda parent, name, problem, wrong: asked.append((problem, wrong))
                        or next(typed))
    window.open_secretariat_file()
    wait_for_database(qtbot, window)
    [(first, wrong_first), (second, wrong_second)] = asked
    assert "twelve words" in first and not wrong_first
    assert "'zzzz'" in second and wrong_second
    assert window.db.path == copy and window.db.identity.role == "institution"
    assert "fingerprint" in message_log[-1][2]
    assert page.views.currentIndex() == 1 and "MOJ" in page.heading.text()
    report = _ministry_report(window, "Bill tabled in parliament")
    window.refresh_after_edit()
    window.show_page(page)  # pages not on screen are read again when opened
    assert page.pending.text().startswith("1 change waits to be sent")
    sent = tmp_path / "from-moj.nmrf"
    monkeypatch.setattr(messages, "choose_exchange_target", lambda parent, suggested: sent)
    page.submit_button.click()
    assert sent.exists() and "holds 1 change and 0 evidence files" in message_log[-1][2]
    sent_row = next(r for r in range(page.files.rowCount())
                    if page.files.item(r, 3).text() == sent.name)
    assert [page.files.item(sent_row, c).text() for c in (1, 4)] == ["Sent", "Prepared"]

    # back at the secretariat
    monkeypatch.setenv("NMRF_TRACKER_HOME", str(secretariat_home))
    window.open_path(demo_path)
    wait_for_database(qtbot, window)
    confirmed, dialogs = [], []
    monkeypatch.setattr(messages, "choose_files_to_consolidate", lambda parent: [sent])
    monkeypatch.setattr(messages, "confirm_device",
                        lambda parent, name, code, fingerprint, unsigned:
                        confirmed.append((code, fingerprint)) or True)

    def run_dialog(dialog):
        dialogs.append(dialog)
        if dialog.windowTitle().endswith("summary"):
            dialog.export_wanted = True
        return ConsolidationDialog.DialogCode.Accepted
    monkeypatch.setattr(ConsolidationDialog, "exec", run_dialog)
    summary_pdf = tmp_path / "summary.pdf"
    monkeypatch.setattr(messages, "choose_pdf_target", lambda parent, suggested: summary_pdf)
    opened = []
    monkeypatch.setattr(messages, "open_file", opened.append)
    window.show_page(page)
    page.consolidate_button.click()
    assert bool(opened)
    assert confirmed and confirmed[0][0] == "MOJ" and len(confirmed[0][1]) == 24
    assert [d.windowTitle() for d in dialogs] == ["Consolidation — what would happen",
                                                  "Consolidation — summary"]
    text = " ".join(PdfReader(summary_pdf).pages[0].extract_text().split())
    assert "from-moj.nmrf — MOJ" in text and "1 applied" in text
    with window.db.read() as session:
        assert session.get(Assessment, report).narrative == "Bill tabled in parliament"
    row = _row_of(page.institutions, "MOJ")
    assert page.institutions.item(row, 5).text() == "Applied"


def test_conflicts_are_decided_with_a_justification(qtbot, window, demo_path, tmp_path,
                                                    monkeypatch, message_log):
    from tests.exchange_world import World

    world = World(demo_path, tmp_path)
    world.open("MOJ", world.issue("MOJ"))
    world.sync("MOJ")
    report = world.edit("MOJ", lambda s, w: add_assessment(
        s, recommendation_id=first_recommendation(s, w.institutions["MOJ"]),
        institution_id=w.institutions["MOJ"], period="2026-H2", status_code="in_progress",
        narrative="first"))
    world.sync("MOJ")

    def narrative(text):
        return lambda session, _world: setattr(session.get(Assessment, report), "narrative",
                                               text)
    world.edit("master", narrative("secretariat's words"))
    world.edit("MOJ", narrative("ministry's words"))
    world.consolidate(world.submit("MOJ"))

    open_demo(qtbot, window, demo_path)
    page = window.exchange
    window.show_page(page)
    assert page.conflicts_button.isEnabled() and "(1)" in page.conflicts_button.text()
    seen = []

    def review(dialog):
        seen.append(dialog)
        assert dialog.master.toPlainText() == "secretariat's words"
        assert dialog.incoming.toPlainText() == "ministry's words"
        dialog.keep_button.click()
        assert "justification" in dialog.error.text()
        dialog.justification.setText("agreed at the meeting of 3 March")
        dialog.take_button.click()
        assert not dialog.conflicts
        assert dialog.empty.isVisibleTo(dialog)
        return ConflictReviewDialog.DialogCode.Rejected
    monkeypatch.setattr(ConflictReviewDialog, "exec", review)
    page.conflicts_button.click()
    assert bool(seen)
    with window.db.read() as session:
        conflict = session.scalar(select(Conflict))
        assert (conflict.status, conflict.justification) == (
            "resolved", "agreed at the meeting of 3 March")
        assert session.get(Assessment, report).narrative == "ministry's words"
