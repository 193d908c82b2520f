import pytest

from app.main import build_window
from app.ui import messages


@pytest.fixture
def window(qtbot, home):
    created = build_window()
    qtbot.addWidget(created)
    created.resize(1366, 768)
    created.show()
    yield created
    created.tasks.wait()
    created.close_database()


@pytest.fixture
def message_log(monkeypatch):
    """Every message box the window would show, instead of showing it."""
    shown = []
    monkeypatch.setattr(messages, "show_info", lambda parent, title, text: shown.append(
        ("info", title, text)))
    monkeypatch.setattr(messages, "show_user_error", lambda parent, title, text: shown.append(
        ("warning", title, text)))
    monkeypatch.setattr(messages, "show_failure", lambda parent, title, error, details:
                        shown.append(("failure", title, str(error))))
    return shown


def wait_for_database(qtbot, window):
    qtbot.waitUntil(lambda: window.db is not None and not window.tasks.busy, timeout=60_000)
