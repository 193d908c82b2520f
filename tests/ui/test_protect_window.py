"""The database password in the window: File > Protect with a password… converts the open
database and opens it again; opening it later asks for the password (again when wrong); File >
Remove the password… takes it away."""

from __future__ import annotations

from app.db.protection import looks_protected, remember_password
from app.ui import messages
from app.ui.dialogs import key_passphrase
from tests.ui.conftest import wait_for_database
from tests.ui.window_helpers import open_demo

PASSWORD = "the secretariat's database password"


def test_protect_open_with_the_password_and_remove_it(qtbot, window, demo_path, monkeypatch,
                                                      message_log):
    open_demo(qtbot, window, demo_path)
    assert window.protect_action.isVisible() and not window.unprotect_action.isVisible()
    asked = []
    answers = iter([PASSWORD, "a wrong password", PASSWORD])
    monkeypatch.setattr(key_passphrase, "ask_passphrase",
                        lambda parent, title, explanation, problem="", new=False:
                        asked.append((title, bool(problem), new)) or next(answers))
    window.protect_action.trigger()
    wait_for_database(qtbot, window)
    assert looks_protected(demo_path) and window.db.path == demo_path
    assert message_log[-1][2].endswith("are protected with it.")
    assert window.unprotect_action.isVisible() and not window.protect_action.isVisible()

    window.close_database()
    remember_password(demo_path, None)  # the application was closed and started again
    window.open_path(demo_path)
    wait_for_database(qtbot, window)
    assert window.db is not None and window.db.path == demo_path
    assert [(problem, new) for _title, problem, new in asked] == [
        (False, True), (False, False), (True, False)]
    assert asked[1][0] == f"Open {demo_path.name}"

    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    window.unprotect_action.trigger()
    wait_for_database(qtbot, window)
    assert not looks_protected(demo_path) and window.protect_action.isVisible()
    assert [kind for kind, _title, _text in message_log].count("failure") == 0
