"""This computer's key in the window: without a keyring, the key passphrase chosen the first
time, asked once per session after that (again when wrong); a protected backup puts a lost
key back; the secretariat replaces a key and a ministry accepts the new one by its
fingerprint."""

from __future__ import annotations

import shutil

from app.exchange.identity import device_key
from app.exchange.key_store import forget_unlocked_keys
from app.ui import messages
from app.ui.dialogs import key_passphrase, one_time_words
from tests.exchange_world import World
from tests.ui.conftest import wait_for_database
from tests.ui.window_helpers import open_demo

PASSPHRASE = "the secretariat's long passphrase"


def _row_of(table, text: str) -> int:
    return next(row for row in range(table.rowCount()) if table.item(row, 0).text() == text)


def _issue(window, monkeypatch, target) -> None:
    page = window.exchange
    window.show_page(page)
    monkeypatch.setattr(messages, "choose_exchange_target", lambda parent, suggested: target)
    page.institutions.selectRow(_row_of(page.institutions, "MOJ"))
    page.issue_button.click()


def test_the_key_passphrase_is_chosen_once_then_asked_once_a_session(
        qtbot, window, demo_path, tmp_path, monkeypatch, message_log, no_system_keyring):
    open_demo(qtbot, window, demo_path)
    monkeypatch.setattr(one_time_words, "show_words", lambda *args: None)
    asked = []
    answers = iter([PASSPHRASE, "a wrong passphrase", PASSPHRASE])
    monkeypatch.setattr(key_passphrase, "ask_key_passphrase",
                        lambda parent, reason, new, wrong: asked.append((new, wrong))
                        or next(answers))
    _issue(window, monkeypatch, tmp_path / "first.nmrf")
    assert (tmp_path / "first.nmrf").exists() and asked == [(True, False)]
    _issue(window, monkeypatch, tmp_path / "second.nmrf")
    assert asked == [(True, False)]  # unlocked for the rest of the session
    forget_unlocked_keys()  # the application was closed and started again
    _issue(window, monkeypatch, tmp_path / "third.nmrf")
    assert asked == [(True, False), (False, False), (False, True)]
    assert (tmp_path / "third.nmrf").exists()
    assert [title for kind, title, _ in message_log if kind == "failure"] == []


def test_a_lost_key_comes_back_from_its_backup(qtbot, window, demo_path, tmp_path, home,
                                               monkeypatch, message_log):
    open_demo(qtbot, window, demo_path)
    fingerprint = device_key(window.db.identity.device_id).fingerprint
    backup = tmp_path / "secretariat.nmrfkey"
    monkeypatch.setattr(messages, "choose_key_backup_target", lambda parent, suggested: backup)
    monkeypatch.setattr(messages, "choose_key_backup", lambda parent: backup)
    monkeypatch.setattr(key_passphrase, "ask_passphrase",
                        lambda parent, title, explanation, problem="", new=False: PASSPHRASE)
    window.key_backup_action.trigger()
    assert backup.exists() and message_log[-1][1] == "Key backed up"
    shutil.rmtree(home / "data" / "keys")
    (home / "test-keyring.json").unlink()
    forget_unlocked_keys()
    window.key_restore_action.trigger()
    assert message_log[-1][1] == "Key restored" and fingerprint in message_log[-1][2]
    forget_unlocked_keys()
    assert device_key(window.db.identity.device_id).fingerprint == fingerprint


def test_a_replaced_secretariat_key_is_accepted_by_the_ministry_by_its_fingerprint(
        qtbot, window, demo_path, tmp_path, monkeypatch, message_log):
    world = World(demo_path, tmp_path)
    world.open("MOJ", world.issue("MOJ"))
    world.sync("MOJ")
    open_demo(qtbot, window, demo_path)
    assert window.key_replace_action.isVisible()
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    window.key_replace_action.trigger()
    assert message_log[-1][1] == "New key"
    new_fingerprint = device_key(window.db.identity.device_id).fingerprint
    assert new_fingerprint in message_log[-1][2]
    update = tmp_path / "after-replacement.nmrf"
    _issue(window, monkeypatch, update)
    assert "Encrypted to the registered computers of MOJ" in message_log[-1][2]

    window.open_path(world.copies["MOJ"])
    wait_for_database(qtbot, window)
    assert not window.key_replace_action.isVisible()  # a ministry's copy
    shown = []
    monkeypatch.setattr(messages, "choose_exchange_file", lambda parent: update)
    monkeypatch.setattr(messages, "confirm_secretariat_key",
                        lambda parent, name, fingerprint: shown.append(fingerprint) or True)
    window.open_secretariat_file()
    assert shown == [new_fingerprint]
    assert message_log[-1][1] == "File opened", message_log[-1]
