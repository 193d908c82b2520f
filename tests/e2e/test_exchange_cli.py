"""Exchange through the command line, in subprocesses: a secretariat and two ministries."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from app.db.lifecycle import open_database
from app.models import Assessment, ChangeRecord, Device
from app.models.codes import DeviceKind
from app.services.maintenance import check_database
from app.services.permissions import FOCAL_POINT, Actor
from tests.conftest import REPO
from tests.e2e.test_cli import assert_one_line_error, run
from tests.exchange_world import signer_of, words_in
from tests.exchange_world import writes_assessment as _report


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result


def _edit(path, code: str, count: int = 1, narrative: str = "progress") -> None:
    """A focal point's work in the ministry copy, between two commands."""
    with open_database(path, author="focal point") as db:
        with db.read() as session:
            institution = session.scalar(select(Device.institution_id).where(
                Device.kind == DeviceKind.OWN))
        db.actor = Actor("Focal point", FOCAL_POINT, institution)
        world = type("W", (), {"institutions": {code: institution}})()
        with db.write() as session:
            for number in range(count):
                _report(code, f"{narrative} {number}")(session, world)


@pytest.fixture(params=["sqlite", "postgresql"])
def master(request, tmp_path, home):
    """The secretariat's master: a file, or the same demo moved to a server (`copy`)."""
    path = tmp_path / "master.db"
    _ok(run("demo", "--db", str(path), "--size", "60", home=home))
    if request.param == "sqlite":
        return path
    address = request.getfixturevalue("server_address")
    _ok(run("copy", "--from", str(path), "--to", address, home=home))
    path.unlink()
    return address


def test_round_trip_with_two_ministries(master, tmp_path, home):
    copies = {}
    for code in ("MOJ", "MOH"):
        out = tmp_path / f"to-{code}.nmrf"
        issued = _ok(run("exchange", "issue", "--db", str(master), "--institution", code,
                         "--out", str(out), home=home))
        assert "whole copy" in issued.stdout
        copies[code] = tmp_path / f"{code}.db"
        opened = _ok(run("exchange", "open", "--db", str(copies[code]), str(out), home=home,
                         env=words_in(issued.stdout)))
        assert "fingerprint" in opened.stdout
        _edit(copies[code], code, 2)
    files = []
    for code in ("MOJ", "MOH"):
        files.append(tmp_path / f"from-{code}.nmrf")
        _ok(run("exchange", "submit", "--db", str(copies[code]), "--out", str(files[-1]),
                home=home))

    refused = run("exchange", "consolidate", "--db", str(master), *map(str, files), "--json",
                  home=home)
    assert refused.returncode == 2
    assert {entry["status"] for entry in json.loads(refused.stdout)} == {"rejected"}
    # The operator reads each fingerprint to its focal point, then accepts exactly those.
    accepted = [option for entry in json.loads(refused.stdout)
                for option in ("--accept-device", entry["fingerprint"])]

    dry = _ok(run("exchange", "consolidate", "--db", str(master), *map(str, files),
                  "--dry-run", *accepted, "--json", home=home))
    assert [e["status"] for e in json.loads(dry.stdout)] == ["would-apply"] * 2
    with open_database(master, author="t", read_only=True) as db, db.read() as session:
        assert session.scalar(select(func.count(Device.id))) == 0

    done = _ok(run("exchange", "consolidate", "--db", str(master), *map(str, files),
                   *accepted, "--json", home=home))
    summary = json.loads(done.stdout)
    for entry in summary:
        assert {"file", "status", "reason", "applied", "unchanged", "rejected",
                "conflicts"} <= set(entry)
        assert (entry["status"], entry["applied"], entry["rejected"], entry["conflicts"]) == (
            "applied", 2, [], 0)
    again = _ok(run("exchange", "consolidate", "--db", str(master), *map(str, files),
                    "--json", home=home))
    assert [e["status"] for e in json.loads(again.stdout)] == ["already-imported"] * 2

    for code in ("MOJ", "MOH"):
        out = tmp_path / f"to-{code}-2.nmrf"
        issued = _ok(run("exchange", "issue", "--db", str(master), "--institution", code,
                         "--out", str(out), home=home))
        assert "update since change" in issued.stdout
        assert f"Encrypted to the registered devices of {code}" in issued.stdout
        opened = _ok(run("exchange", "open", "--db", str(copies[code]), str(out), home=home))
        assert "2 applied" in opened.stdout
    conflicts = _ok(run("exchange", "conflicts", "--db", str(master), "--json", home=home))
    assert json.loads(conflicts.stdout) == []


def test_a_damaged_file_is_one_clear_refusal(master, tmp_path, home):
    bad = tmp_path / "from-MOJ.nmrf"
    bad.write_bytes(b"age-encryption.org/v1\n-> X25519 " + b"A" * 200)
    result = run("exchange", "consolidate", "--db", str(master), str(bad), home=home)
    assert result.returncode == 2
    assert "from-MOJ.nmrf: " in result.stdout and "nothing changed" in result.stdout
    old = tmp_path / "from-MOJ-old.nmrf"
    old.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    result = run("exchange", "consolidate", "--db", str(master), str(old), home=home)
    assert "made by an earlier version" in result.stdout


def test_a_first_file_asks_for_its_words_and_never_waits_without_a_terminal(
        master, tmp_path, home):
    out = tmp_path / "to-MOJ.nmrf"
    issued = _ok(run("exchange", "issue", "--db", str(master), "--institution", "MOJ",
                     "--out", str(out), home=home))
    words = words_in(issued.stdout)["NMRF_TRACKER_FILE_PASSPHRASE"]
    assert len(words.split()) == 12 and words.encode() not in out.read_bytes()
    copy = tmp_path / "MOJ.db"
    ministry = tmp_path / "ministry-home"  # the focal point's computer, not the secretariat's
    # stdin is not a terminal here: one sentence, no prompt, no copy made
    assert_one_line_error(run("exchange", "open", "--db", str(copy), str(out), home=ministry),
                          "twelve words", "NMRF_TRACKER_FILE_PASSPHRASE")
    other = " ".join(reversed(words.split()))
    assert_one_line_error(run("exchange", "open", "--db", str(copy), str(out), home=ministry,
                              env={"NMRF_TRACKER_FILE_PASSPHRASE": other}),
                          "to-MOJ.nmrf", "NMRF_TRACKER_FILE_PASSPHRASE")
    assert not copy.exists()
    _ok(run("exchange", "open", "--db", str(copy), str(out), home=ministry,
            env={"NMRF_TRACKER_FILE_PASSPHRASE": words.upper()}))
    # a computer of its own for the same ministry: words again, though a device is known
    _edit(copy, "MOJ")
    submitted = tmp_path / "from-MOJ.nmrf"
    _ok(run("exchange", "submit", "--db", str(copy), "--out", str(submitted), home=ministry))
    _ok(run("exchange", "consolidate", "--db", str(master), str(submitted),
            "--accept-device", signer_of(submitted), home=home))
    for option, encrypted in (([], True), (["--new-device"], False)):
        again = _ok(run("exchange", "issue", "--db", str(master), "--institution", "MOJ",
                        "--out", str(tmp_path / f"again{len(option)}.nmrf"), *option,
                        home=home))
        assert ("Encrypted to the registered devices" in again.stdout) == encrypted
        assert ("twelve words" in again.stdout) != encrypted


CHANGES = 2000  # enough for the transaction to last a while: kills land inside it


def _state(master):
    with open_database(master, author="t", read_only=True) as db, db.read() as session:
        return (session.scalar(select(func.count(Assessment.id))),
                session.scalar(select(func.count(ChangeRecord.id))),
                session.scalar(select(func.coalesce(func.max(Device.last_seq_applied), 0))))


def test_killing_the_consolidation_leaves_the_master_whole_and_a_rerun_applies_once(
        master, tmp_path, home):
    out = tmp_path / "to-MOJ.nmrf"
    issued = _ok(run("exchange", "issue", "--db", str(master), "--institution", "MOJ",
                     "--out", str(out), home=home))
    copy = tmp_path / "MOJ.db"
    _ok(run("exchange", "open", "--db", str(copy), str(out), home=home,
            env=words_in(issued.stdout)))
    _edit(copy, "MOJ", CHANGES)
    file = tmp_path / "from-MOJ.nmrf"
    _ok(run("exchange", "submit", "--db", str(copy), "--out", str(file), home=home))
    before = _state(master)
    env = dict(os.environ, NMRF_TRACKER_HOME=str(home))
    command = [sys.executable, "-m", "app", "exchange", "consolidate", "--db", str(master),
               str(file), "--accept-device", signer_of(file)]
    pick = random.Random(7)
    for _ in range(4):
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(pick.uniform(0.3, 3.0))  # a random moment to pull the plug, not a check
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert check_database(master, author="t").ok
        state = _state(master)
        fully = state[0] == before[0] + CHANGES and state[2] == CHANGES
        assert state == before or fully, state
        if state != before:
            break
    _ok(subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                       timeout=300))
    after = _state(master)
    assert after[0] == before[0] + CHANGES and after[2] == CHANGES
    again = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                           timeout=300)
    assert "Already imported — nothing changed" in again.stdout and _state(master) == after
