"""Migrations: they agree with the models, upgrade old files, and never half-apply."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.db import search
from app.db.lifecycle import _script, open_database, schema_generation
from app.errors import MigrationError
from app.models import Base
from tests.conftest import AUTHOR, REPO

PROBE = '''
"""probe migration written by the tests"""
from alembic import op
import sqlalchemy as sa

revision = "0000probe001"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("institution") as batch:
        batch.add_column(sa.Column("probe_note", sa.Text(), nullable=True))
    op.execute("UPDATE institution SET probe_note = 'migrated'")
    {body}


def downgrade() -> None:
    pass
'''


def write_probe_migration(folder: Path, body: str = "pass") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    head = _script().get_current_head()
    (folder / "0000probe001_probe.py").write_text(PROBE.format(head=head, body=body))
    return folder


def columns(path: Path, table: str) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
    finally:
        connection.close()


def revision_of(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def test_upgraded_database_equals_the_models(empty_db):
    with empty_db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True,
            "include_object": lambda obj, name, type_, *_: not (
                type_ == "table" and name.startswith(search.TABLE)),
        })
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_snapshot_of_the_first_schema_opens_and_keeps_its_data(snapshot_copy):
    with open_database(snapshot_copy, author=AUTHOR) as db:
        assert db.identity.is_demo
        from app.services.summary import summarize

        assert summarize(db).recommendations == 40
    assert revision_of(snapshot_copy) == _script().get_current_head()
    connection = sqlite3.connect(snapshot_copy)
    try:
        schemes = {row[0] for row in connection.execute("SELECT DISTINCT scheme FROM theme")}
        assert schemes == {"uhri"}, "themes of the first schema are UHRI themes"
        assert connection.execute("SELECT count(*) FROM import_record").fetchone() == (0,)
    finally:
        connection.close()


def test_an_upgrade_backs_up_first_and_applies_in_full(snapshot_copy, tmp_path, home):
    probe = write_probe_migration(tmp_path / "probe")
    with open_database(snapshot_copy, author=AUTHOR, extra_version_locations=[probe]):
        pass
    assert "probe_note" in columns(snapshot_copy, "institution")
    assert revision_of(snapshot_copy) == "0000probe001"
    backups = list((home / "backups").glob("snapshot-before-upgrade-*.db"))
    assert len(backups) == 1
    assert "probe_note" not in columns(backups[0], "institution")
    connection = sqlite3.connect(snapshot_copy)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == schema_generation((probe,))
    connection.close()


def test_a_failing_upgrade_restores_the_file(snapshot_copy, tmp_path):
    probe = write_probe_migration(tmp_path / "probe", body="raise RuntimeError('probe failure')")
    with pytest.raises(MigrationError) as caught:
        open_database(snapshot_copy, author=AUTHOR, extra_version_locations=[probe])
    assert "restored from the backup" in str(caught.value)
    assert "probe_note" not in columns(snapshot_copy, "institution")
    with open_database(snapshot_copy, author=AUTHOR) as db:
        assert db.identity.is_demo


KILL_SCRIPT = textwrap.dedent('''
    import sys, time
    from pathlib import Path
    from app.db.lifecycle import open_database
    open_database(Path(sys.argv[1]), author="killed", extra_version_locations=[Path(sys.argv[2])])
''')


@pytest.mark.slow
def test_killing_the_process_mid_upgrade_leaves_old_or_new_schema(snapshot_copy, tmp_path, home):
    marker = tmp_path / "inside-migration"
    body = (f"open({str(marker)!r}, 'w').close()\n    import time\n    time.sleep(60)")
    probe = write_probe_migration(tmp_path / "probe", body=body)
    env = dict(os.environ, NMRF_TRACKER_HOME=str(home))
    process = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(snapshot_copy), str(probe)], cwd=REPO, env=env
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert process.poll() is None, "the migration process ended early"
            assert time.monotonic() < deadline, "the migration never started"
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
    finally:
        if process.poll() is None:
            process.kill()
    assert revision_of(snapshot_copy) == "5a0a6e1fe98a"
    assert "probe_note" not in columns(snapshot_copy, "institution")
    assert list((home / "backups").glob("snapshot-before-upgrade-*.db"))
    quick_probe = write_probe_migration(tmp_path / "probe-again")
    with open_database(snapshot_copy, author=AUTHOR, extra_version_locations=[quick_probe]):
        pass
    assert "probe_note" in columns(snapshot_copy, "institution")
