"""The window opened by the system: a double-clicked .nmrf file (`--open`), and the smoke
test an installed program is checked with (`--smoke-test`)."""

from __future__ import annotations

from app.db.lifecycle import open_database
from app.exchange.issue import issue_file
from app.main import build_window, run_window
from app.models.codes import DatabaseRole
from app.ui import messages
from tests.conftest import AUTHOR
from tests.ui.conftest import wait_for_database


def test_a_double_clicked_file_from_the_secretariat_becomes_the_focal_points_copy(
        qtbot, home, demo_path, tmp_path, monkeypatch, message_log):
    with open_database(demo_path, author=AUTHOR) as db:
        issue_file(db, "MOJ", tmp_path / "to-MOJ.nmrf")
    asked = []
    monkeypatch.setattr(messages, "choose_database_to_create",
                        lambda parent, suggested: asked.append(suggested) or tmp_path / "MOJ.db")
    window = build_window(exchange_file=tmp_path / "to-MOJ.nmrf")
    qtbot.addWidget(window)
    window.show()
    wait_for_database(qtbot, window)
    assert asked and asked[0].name == "to-MOJ.db", "where to keep the copy is asked, once"
    assert window.db.identity.role == DatabaseRole.INSTITUTION
    assert window.db.path == tmp_path / "MOJ.db"
    assert any(title == "Your working copy is ready" for _kind, title, _text in message_log)
    window.tasks.wait()
    window.close_database()


def test_a_ministry_file_double_clicked_at_the_secretariat_is_consolidated(
        qtbot, home, demo_path, tmp_path, monkeypatch):
    consolidated = []
    window = build_window(database=demo_path, exchange_file=tmp_path / "from-MOJ.nmrf")
    monkeypatch.setattr(type(window), "consolidate_exchange_files",
                        lambda self, files=None: consolidated.append(files))
    qtbot.addWidget(window)
    window.show()
    wait_for_database(qtbot, window)
    assert bool(consolidated)
    assert consolidated == [[tmp_path / "from-MOJ.nmrf"]]
    window.tasks.wait()
    window.close_database()


def test_the_smoke_test_opens_the_demo_and_saves_the_window(qapp, home, tmp_path, capsys):
    picture = tmp_path / "window.png"
    assert run_window(smoke_test=picture) == 0
    printed = capsys.readouterr().out
    assert "the register showed" in printed and picture.stat().st_size > 10_000
    for window in qapp.topLevelWidgets():
        if hasattr(window, "close_database"):
            window.tasks.wait()
            window.close_database()
            window.close()
