"""The key on the command line, on a computer without a keyring: the passphrase from the
environment or one sentence (never a wait); a protected backup restores a lost key; a
replaced secretariat key is accepted by each ministry by its fingerprint, and the exchange
goes on."""

from __future__ import annotations

import shutil

from tests.e2e.test_cli import assert_one_line_error, run
from tests.exchange_world import words_in

NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
UNLOCKED = {**NO_KEYRING, "NMRF_TRACKER_KEY_PASSPHRASE": "the secretariat's long passphrase"}
BACKUP = {"NMRF_TRACKER_BACKUP_PASSPHRASE": "kept in the safe, not on this laptop"}


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_lost_replaced_and_restored_keys(tmp_path, home):
    master, out = tmp_path / "master.db", tmp_path / "to-MOJ.nmrf"
    _ok(run("demo", "--db", str(master), "--size", "40", home=home))
    assert_one_line_error(run("exchange", "issue", "--db", str(master), "--institution",
                              "MOJ", "--out", str(out), home=home, env=NO_KEYRING),
                          "passphrase", "NMRF_TRACKER_KEY_PASSPHRASE")
    assert not out.exists()
    issued = _ok(run("exchange", "issue", "--db", str(master), "--institution", "MOJ",
                     "--out", str(out), home=home, env=UNLOCKED))
    shown = _ok(run("keys", "show", "--db", str(master), home=home, env=UNLOCKED))
    assert "protected by your key passphrase" in shown
    fingerprint = shown.strip().rsplit("fingerprint ", 1)[1]
    wrong = {**NO_KEYRING, "NMRF_TRACKER_KEY_PASSPHRASE": "not the right one at all"}
    assert_one_line_error(run("keys", "show", "--db", str(master), home=home, env=wrong),
                          "does not unlock", "NMRF_TRACKER_KEY_PASSPHRASE")

    # the focal point's laptop (with a keyring) makes its copy and sends a change
    ministry, copy = tmp_path / "ministry-home", tmp_path / "MOJ.db"
    _ok(run("exchange", "open", "--db", str(copy), str(out), home=ministry,
            env=words_in(issued)))

    # backup, loss, restore: the same key
    backup = tmp_path / "secretariat-key.backup"
    _ok(run("keys", "backup", "--db", str(master), "--out", str(backup), home=home,
            env={**UNLOCKED, **BACKUP}))
    assert b"PRIVATE KEY" not in backup.read_bytes()
    shutil.rmtree(home / "data" / "keys")
    assert_one_line_error(run("keys", "restore", "--db", str(master), str(backup),
                              home=home, env={**UNLOCKED, "NMRF_TRACKER_BACKUP_PASSPHRASE":
                                              "a guess of a passphrase"}),
                          "does not open it")
    _ok(run("keys", "restore", "--db", str(master), str(backup), home=home,
            env={**UNLOCKED, **BACKUP}))
    assert fingerprint in _ok(run("keys", "show", "--db", str(master), home=home,
                                  env=UNLOCKED))

    # lost with no backup: replaced; the ministry accepts the new key by its fingerprint
    assert_one_line_error(run("keys", "replace", "--db", str(master), home=home,
                              env=UNLOCKED), "--yes")
    replaced = _ok(run("keys", "replace", "--db", str(master), "--yes", home=home,
                       env=UNLOCKED))
    new_fingerprint = replaced.split("fingerprint ", 1)[1].split(" (was", 1)[0]
    assert new_fingerprint != fingerprint and f"was {fingerprint}" in replaced
    second = tmp_path / "to-MOJ-2.nmrf"
    issued = _ok(run("exchange", "issue", "--db", str(master), "--institution", "MOJ",
                     "--out", str(second), "--new-device", home=home, env=UNLOCKED))
    opening = ["exchange", "open", "--db", str(copy), str(second)]
    assert_one_line_error(run(*opening, home=ministry, env=words_in(issued)),
                          new_fingerprint, "--accept-secretariat-key")
    _ok(run(*opening, "--accept-secretariat-key", new_fingerprint.lower(), home=ministry,
            env=words_in(issued)))
    sent = tmp_path / "from-MOJ.nmrf"
    _ok(run("exchange", "submit", "--db", str(copy), "--out", str(sent), home=ministry))
    refused = run("exchange", "consolidate", "--db", str(master), str(sent), home=home,
                  env=UNLOCKED)
    assert "not registered yet" in refused.stdout  # decrypted with the new key, then checked
