import pytest

from app.main import build_window
from app.ui import messages
from tests.ui.inline_tasks import InlineTaskRunner


@pytest.fixture
def window(qtbot, home, request):
    """The main window; its background work runs at once in the test's thread (a test marked
    `threaded_tasks` gets the real worker thread, to try the window while work runs)."""
    threaded = request.node.get_closest_marker("threaded_tasks") is not None
    created = build_window(tasks=None if threaded else InlineTaskRunner())
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


@pytest.fixture(autouse=True)
def no_blocking_offer(monkeypatch):
    """After an export the window offers Open / Show in folder in a modal box; a test that
    does not answer it itself gets "close" rather than a box waiting forever."""
    offered = []
    monkeypatch.setattr(messages, "offer_open_or_print",
                        lambda parent, title, text, **options: offered.append(text) or "close")
    return offered


@pytest.fixture(autouse=True, scope="session")
def english_plural_forms(qapp):
    """The window as people see it: counts in the singular and plural ("1 backup"), as
    app.main installs them, not Qt's "%n backup(s)" source."""
    from app.languages import ENGLISH
    from app.ui.language import install_translators, remove_translators

    yield install_translators(qapp, ENGLISH)
    remove_translators(qapp)
