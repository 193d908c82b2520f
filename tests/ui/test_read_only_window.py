"""A database on read-only media opens in the window, read-only, with a banner saying so."""

from tests.ui.conftest import wait_for_database


def test_the_window_opens_a_read_only_database_with_a_banner(stick, window, qtbot,
                                                            message_log):
    window.open_path(stick)
    wait_for_database(qtbot, window)
    assert window.db.read_only
    assert window.banners.read_only.isVisible()
    assert "READ-ONLY" in window.banners.read_only.text()
    window.grab().save(str(stick.parent.parent / "read-only.png"))


def test_media_that_only_say_read_only_when_written_still_open_read_only(stick, window, qtbot,
                                                                        monkeypatch,
                                                                        message_log):
    # Windows' access() knows no ACLs and calls many read-only places writable: the lock file
    # is then the first write, and its refusal must end in the same read-only opening.
    monkeypatch.setattr("app.db.lifecycle.on_read_only_media", lambda path: False)
    monkeypatch.setattr("app.ui.main_window.on_read_only_media", lambda path: False)
    window.open_path(stick)
    wait_for_database(qtbot, window)
    assert window.db.read_only and window.banners.read_only.isVisible()
    assert not [entry for entry in message_log if entry[0] == "failure"]
