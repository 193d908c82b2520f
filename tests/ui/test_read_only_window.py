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
