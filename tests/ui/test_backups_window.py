"""File > Backups…: the open database's backups, the folder's size, and a restore that can
itself be undone."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app.db.backups import list_backups
from app.db.lifecycle import take_backup
from app.models import Institution
from app.services.institutions import add_institution
from app.ui import messages
from tests.ui.conftest import wait_for_database


def test_a_backup_is_listed_and_restored_from_the_window(qtbot, window, demo_path, monkeypatch,
                                                         message_log, tmp_path):
    take_backup(demo_path, "before-consolidation")
    window.open_path(demo_path)
    wait_for_database(qtbot, window)
    with window.db.write() as session:
        add_institution(session, "LATE", "Made after the backup")
    dialog = window.show_backups()
    assert dialog.table.rowCount() == 1 and not dialog.empty.isVisible()
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
    assert any(text.startswith("1 backup of this database.") for text in texts), texts
    assert "Before consolidating" in dialog.table.item(0, 1).text()
    assert not dialog.restore_button.isEnabled()
    dialog.resize(720, 420)
    dialog.grab().save(str(tmp_path / "backups.png"))
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    monkeypatch.setattr(messages, "confirm", lambda *args: True)
    dialog.restore_button.click()
    wait_for_database(qtbot, window)
    with window.db.read() as session:
        assert session.scalar(select(Institution.id).where(Institution.code == "LATE")) is None
    reasons = sorted(backup.reason for backup in list_backups(database=demo_path))
    assert reasons == ["before-consolidation", "before-restore"]  # the restore can be undone
    assert not [entry for entry in message_log if entry[0] == "failure"]


def test_a_database_without_backups_says_how_they_come(qtbot, window, demo_path):
    window.open_path(demo_path)
    wait_for_database(qtbot, window)
    dialog = window.show_backups()
    assert dialog.table.rowCount() == 0 and not dialog.table.isVisibleTo(dialog)
    assert "automatically" in dialog.empty.text()
    shown = [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
    assert not any("0 backups" in text for text in shown), shown
