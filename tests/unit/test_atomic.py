"""Every writer of a whole file goes through app.atomic.atomic_write: a failure while writing
leaves the previous file as it was and no temporary file beside it."""

from __future__ import annotations

import ast
import json
import stat
from pathlib import Path

import pytest

from app.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_settings_that_fail_to_save_leave_the_previous_ones(tmp_path, monkeypatch):
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    settings.language = "fr"
    settings.save()
    settings.language = "ar"

    def full_disk(self, text, *args, **kwargs):
        with open(self, "w", encoding="utf-8") as handle:
            handle.write(text[:5])  # half written, then the stick is full
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full_disk)
    with pytest.raises(Exception, match="space"):
        settings.save()
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "fr"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]


def test_a_new_device_key_is_its_owners_alone_and_leaves_nothing_beside_it(
        tmp_path, no_system_keyring, monkeypatch):
    from app.exchange.key_store import PROTECTED_FILE, load_device_key

    monkeypatch.setenv("NMRF_TRACKER_KEY_PASSPHRASE", "a passphrase for the test")
    load_device_key(tmp_path)
    assert stat.S_IMODE((tmp_path / PROTECTED_FILE).stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == [PROTECTED_FILE]


def test_no_writer_renames_a_temporary_file_of_its_own():
    """os.replace belongs to app/atomic.py, and to the database lifecycle and conversion,
    which build a new database under a temporary name (SQLite writes it, not a file
    handle)."""
    allowed = {"app/atomic.py", "app/db/lifecycle.py", "app/db/conversion.py"}
    found = []
    for module in (ROOT / "app").rglob("*.py"):
        name = str(module.relative_to(ROOT))
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("replace", "rename") and \
                    isinstance(node.value, ast.Name) and node.value.id == "os" and \
                    name not in allowed:
                found.append(name)
    assert found == []


def test_stopped_long_work_is_one_kind_of_cancellation_and_leaves_nothing(demo_path, tmp_path):
    """An import, a matrix, a report and a consolidation stopped by the person all raise
    app.errors.Cancelled (the window shows no error for it), and none leaves a file."""
    from app.db.lifecycle import open_database
    from app.errors import Cancelled, UserError
    from app.exchange.consolidate import consolidate_files
    from app.exports.matrix import write_matrix
    from app.exports.midterm_report import write_midterm_report
    from tests.conftest import AUTHOR

    assert issubclass(Cancelled, UserError)
    with open_database(demo_path, author=AUTHOR) as db:
        with pytest.raises(Cancelled, match="nothing was written"):
            write_matrix(db, tmp_path / "m.xlsx", cancelled=lambda: True)
        with pytest.raises(Cancelled, match="nothing was written"):
            write_midterm_report(db, tmp_path / "m.pdf", cancelled=lambda: True)
    assert not list(tmp_path.glob("m.*")) and not list(tmp_path.glob(".*.part"))
    names = {error.__name__ for error in Cancelled.__subclasses__()}
    assert names == set(), "one class, not one per kind of work"
    assert consolidate_files.__kwdefaults__["cancelled"]() is False
