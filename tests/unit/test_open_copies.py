"""app/open_copies.py: evidence copies for the system's viewer are removed, even after a crash."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
import textwrap

import pytest

from app.open_copies import LOCK_NAME, OpenCopies, remove_leftovers


def test_copies_live_in_an_owner_only_folder_removed_when_the_application_closes(tmp_path):
    copies = OpenCopies(tmp_path / "open-copies")
    folder = copies.folder()
    (folder / "decree-1a2b3c4d.pdf").write_bytes(b"%PDF-1.4")
    assert copies.folder() == folder, "one folder for the whole session"
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    copies.remove()
    assert not folder.exists()
    copies.remove()  # twice: nothing left to do


def test_what_a_crashed_application_left_is_removed_at_the_next_start(tmp_path):
    root = tmp_path / "open-copies"
    crashed = root / "session-crashed"
    crashed.mkdir(parents=True)
    (crashed / LOCK_NAME).touch()  # its lock, no longer held by anyone
    (crashed / "victim-statement-0badc0de.pdf").write_bytes(b"%PDF-1.4")
    assert remove_leftovers(root) == []
    assert not crashed.exists()


def test_a_running_application_keeps_its_copies(tmp_path):
    """Another application still running (its lock held by another process) is left alone."""
    root = tmp_path / "open-copies"
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from app.open_copies import OpenCopies
        copies = OpenCopies(Path({str(root)!r}))  # kept: its lock lives with it
        folder = copies.folder()
        (folder / "report.pdf").write_bytes(b"%PDF-1.4")
        print(folder, flush=True)
        sys.stdin.read()  # runs until the test closes its input
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        line = holder.stdout.readline().strip()
        if not line:
            pytest.fail("the other application did not start")
        running = root / os.path.basename(line)
        assert remove_leftovers(root) == []
        assert (running / "report.pdf").exists(), "still open elsewhere"
    finally:
        holder.stdin.close()
        holder.wait()


def test_exports_are_written_where_the_person_chose_and_nowhere_else(demo_path, tmp_path,
                                                                      monkeypatch):
    """No library of the exports keeps a copy in the temporary folder (openpyxl's write-only
    mode, reportlab's image cache would): the matrix, the completion workbook and the PDF
    report leave the chosen folder holding the file alone."""
    from app.db.lifecycle import open_database
    from app.exports.completion import write_completion_matrix
    from app.exports.matrix import write_matrix
    from app.exports.midterm_report import write_midterm_report
    from app.services.reference import institution_id_of
    from tests.conftest import AUTHOR

    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    with open_database(demo_path, author=AUTHOR) as db:
        with db.read() as session:
            moj = institution_id_of(session, "MOJ")
        write_matrix(db, chosen / "matrix.xlsx")
        write_completion_matrix(db, chosen / "moj.xlsx", moj, "2026-H2")
        write_midterm_report(db, chosen / "midterm.pdf")
    assert sorted(p.name for p in chosen.iterdir()) == ["matrix.xlsx", "midterm.pdf", "moj.xlsx"]
    assert list(temporary.iterdir()) == []
