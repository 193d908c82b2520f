"""Commands that only read, or rehearse and roll back, work while the window has the
database open (it holds the lock); the others say it is open elsewhere."""

from __future__ import annotations

import json

from app.cli import main
from app.db.lifecycle import open_database
from tests.conftest import AUTHOR
from tests.exchange_world import World, signer_of, writes_assessment


def test_reading_commands_and_dry_runs_work_beside_the_window(demo_path, tmp_path, capsys):
    world = World(demo_path, tmp_path)
    world.open("MOJ", world.issue("MOJ"))
    world.edit("MOJ", writes_assessment("MOJ", "Sent while the secretariat works"))
    returned = tmp_path / "from-moj.nmrf"
    assert main(["exchange", "submit", "--db", str(world.copies["MOJ"]), "--out",
                 str(returned)]) == 0
    out = capsys.readouterr().out
    fingerprint = signer_of(returned)
    assert f"signed with this computer's key {fingerprint}" in out

    with open_database(demo_path, author=AUTHOR):  # the window, holding the lock
        assert main(["exchange", "conflicts", "--db", str(demo_path), "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == []
        assert main(["exchange", "devices", "--db", str(demo_path)]) == 0
        assert main(["exchange", "consolidate", "--db", str(demo_path), str(returned),
                     "--dry-run", "--accept-device", fingerprint, "--json"]) == 0
        [entry] = json.loads(capsys.readouterr().out)
        assert entry["status"] == "would-apply" and entry["applied"] >= 1
        assert main(["exchange", "consolidate", "--db", str(demo_path), str(returned),
                     "--accept-device", fingerprint]) == 2
        assert "already open in another copy" in capsys.readouterr().err
    # the rehearsal wrote nothing: the real consolidation applies it all
    [applied] = world.consolidate(returned)
    assert applied.status == "applied" and applied.count("applied") == entry["applied"]
