"""Read-only media, full disks, backups that do not grow without end, a closed pipe.

Read-only media and full disks are real: a small tmpfs mounted for the test (see the `stick`
and `small_disk` fixtures in tests/conftest.py).
"""

import os
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import main
from app.db.backups import Backup, list_backups, to_keep
from app.db.lifecycle import open_database
from app.errors import DiskFullError, ReadOnlyDatabaseError
from tests.conftest import AUTHOR, REPO


def cli(capsys, *args):
    status = main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_a_database_on_read_only_media_opens_read_only_and_writes_say_so(stick, capsys,
                                                                         tmp_path):
    with open_database(stick, author=AUTHOR, read_only=True) as db:
        assert db.read_only
        with db.read() as session:
            assert session.scalar(text("SELECT count(*) FROM recommendation")) > 0
        with pytest.raises(ReadOnlyDatabaseError, match="read-only"), db.write():
            pass
    with pytest.raises(ReadOnlyDatabaseError, match="can only be read"):
        open_database(stick, author=AUTHOR)

    status, out, err = cli(capsys, "check", "--db", stick)
    assert status == 0 and "sound" in out, err
    status, out, err = cli(capsys, "info", "--db", stick, "--json")
    assert status == 0 and '"recommendations"' in out
    status, _, err = cli(capsys, "export", "matrix", "--db", stick, "--out",
                         tmp_path / "m.xlsx")
    assert status == 0, err
    status, _, err = cli(capsys, "backup", "--db", stick, "--out", tmp_path / "copy.db")
    assert status == 0, err
    out_file = tmp_path / "for-moj.nmrf"
    status, _, err = cli(capsys, "exchange", "issue", "--db", stick, "--institution", "MOJ",
                         "--out", out_file)
    assert status == 2 and "read" in err and "damaged" not in err
    assert not out_file.exists()  # no signed file without its ledger entry
    status, _, err = cli(capsys, "import", "--db", stick, tmp_path / "copy.db")
    assert status == 2 and "can only be read" in err


def test_a_full_disk_is_one_sentence_and_leaves_nothing(small_disk, demo_path, capsys,
                                                       monkeypatch):
    status, _, err = cli(capsys, "backup", "--db", demo_path, "--out", small_disk / "b.db")
    assert status == 2
    assert "not enough space on" in err and "MB needed" in err and "MB free" in err
    assert "sqlite" not in err.lower() and list(small_disk.iterdir()) == []

    filler = small_disk / "filler"
    filler.write_bytes(b"x" * (shutil.disk_usage(small_disk).free - 300_000))
    for command in (["export", "report"], ["export", "matrix"]):
        suffix = ".pdf" if "report" in command else ".xlsx"
        status, _, err = cli(capsys, *command, "--db", demo_path, "--out",
                             small_disk / f"out{suffix}")
        assert status == 2 and "MB needed" in err, err  # refused before writing
    assert list(small_disk.iterdir()) == [filler]
    filler.unlink()

    # Past the estimate, the disk fills up during the work: still one sentence, no file.
    monkeypatch.setattr("app.db.lifecycle.require_space", lambda *args: None)
    monkeypatch.setattr("app.atomic.require_space", lambda *args: None)
    status, _, err = cli(capsys, "backup", "--db", demo_path, "--out", small_disk / "b.db")
    assert status == 2 and "not enough space on" in err, err
    assert list(small_disk.iterdir()) == []
    filler = small_disk / "filler"
    filler.write_bytes(b"x" * (shutil.disk_usage(small_disk).free - 40_000))
    status, _, err = cli(capsys, "export", "report", "--db", demo_path, "--out",
                         small_disk / "report.pdf")
    assert status == 2 and "not enough space on" in err, err
    assert list(small_disk.iterdir()) == [filler]


def test_a_change_that_fills_the_disk_is_rolled_back_with_a_sentence(small_disk, empty_db):
    from app.services.institutions import add_institution

    empty_db.close()
    target = small_disk / "tiny.db"
    shutil.copyfile(empty_db.path, target)  # closed: the whole database is in the file
    with open_database(target, author=AUTHOR) as db:
        with pytest.raises(DiskFullError, match="not enough space on"), db.write() as session:
            for number in range(3000):
                add_institution(session, f"I{number}", "An institution " + "x" * 300,
                                contact="y" * 300)
        with db.read() as session:
            assert session.scalar(text("SELECT count(*) FROM institution "
                                       "WHERE code LIKE 'I%'")) == 0


def test_backups_are_taken_only_when_a_file_will_be_written(demo_path, tmp_path, home,
                                                           capsys):
    refused = tmp_path / "forged.nmrf"
    refused.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    for _ in range(3):
        cli(capsys, "exchange", "consolidate", "--db", demo_path, refused)
    assert list_backups(home / "backups") == []


def test_the_retention_policy_keeps_the_last_ones_and_one_a_month():
    start = datetime(2026, 12, 1, 9)
    backups = [Backup(Path(f"b{n}.db"), "master", "before-consolidation",
                      start - timedelta(days=3 * n), 1) for n in range(60)]
    kept = to_keep(backups, keep_last=10, keep_months=3)
    newest = {b.path for b in backups[:10]}
    assert newest <= kept and len(kept) == 13
    older = sorted(kept - newest)
    months = {(b.taken.year, b.taken.month) for b in backups if b.path in set(older)}
    assert len(months) == 3  # one per month, each the newest of its month


def test_consolidations_keep_the_backups_folder_bounded(demo_path, tmp_path, home, capsys,
                                                        monkeypatch):
    from app.db import lifecycle

    home.mkdir(exist_ok=True)
    (home / "config").mkdir(exist_ok=True)
    (home / "config" / "settings.json").write_text('{"backups_keep_last": 3, '
                                                   '"backups_keep_months": 1}')
    for _ in range(6):
        lifecycle.take_backup(demo_path, "before-consolidation")
    found = list_backups(home / "backups", demo_path)
    assert len(found) == 3  # all taken this month: the last three


def test_info_piped_into_head_ends_quietly(demo_path, home):
    env = dict(os.environ, NMRF_TRACKER_HOME=str(home))
    result = subprocess.run(
        f'"{sys.executable}" -m app info --db "{demo_path}" | head -n 1', shell=True,
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert result.stdout.startswith("File:")
    assert result.stderr == ""
    log = home / "logs" / "nmrf-tracker.log"
    assert not log.exists() or "BrokenPipe" not in log.read_text()
