"""`nmrf-tracker keys …`: where this computer's key is, its protected backup, restoring it,
replacing a lost one; and the key passphrase asked for any command that needs the key."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli_secrets import ATTEMPTS, given_or_typed, typed_twice
from app.db.database import Database
from app.errors import UserError
from app.i18n import _
from app.logging_setup import current_user

EXIT_OK = 0

BACKUP_PASSPHRASE_VARIABLE = "NMRF_TRACKER_BACKUP_PASSPHRASE"


def add_keys_parser(commands: Any) -> None:  # argparse's private _SubParsersAction
    keys = commands.add_parser("keys", help="this computer's exchange key: where it is, its "
                                            "backup, replacing a lost one")
    what = keys.add_subparsers(dest="keys_command", metavar="WHAT", required=True)
    show = what.add_parser("show", help="where the key is kept and its fingerprint")
    show.add_argument("--db", type=Path, required=True, metavar="PATH")
    backup = what.add_parser("backup", help="the key in a file protected by a passphrase "
                                            f"(asked, or ${BACKUP_PASSPHRASE_VARIABLE})")
    backup.add_argument("--db", type=Path, required=True, metavar="PATH")
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    restore = what.add_parser("restore", help="put the key back from its backup")
    restore.add_argument("--db", type=Path, required=True, metavar="PATH")
    restore.add_argument("file", type=Path, metavar="FILE")
    replace = what.add_parser("replace", help="secretariat: a new key in place of a lost or "
                                              "copied one (ministries then accept its "
                                              "fingerprint)")
    replace.add_argument("--db", type=Path, required=True, metavar="MASTER")
    replace.add_argument("--yes", action="store_true",
                         help="without asking: files signed by the old key stop being "
                              "accepted")


def run_keys(args: argparse.Namespace) -> int:
    from app.db.lifecycle import open_database

    run, reads_only = KEY_COMMANDS[args.keys_command]
    with open_database(args.db, author=current_user(), read_only=reads_only) as db:
        run(db, args)
    return EXIT_OK


def _show(db: Database, args: argparse.Namespace) -> None:
    from app.exchange.identity import device_key, key_folder
    from app.exchange.key_store import where_keys_are

    key = device_key(db.identity.device_id)
    where = {"keyring": _("in the system keyring"),
             "passphrase": _("in a file protected by your key passphrase")}.get(
        where_keys_are(key_folder(db.identity.device_id)), "?")
    print(_("Device {0}: key {1}, fingerprint {2}").format(
        db.identity.device_id, where, key.fingerprint))


def _backup(db: Database, args: argparse.Namespace) -> None:
    from app.exchange.key_backup import backup_key

    made = backup_key(db, args.out, _new_backup_passphrase())
    print(_("{0}: the key of device {1} (fingerprint {2}), protected by the passphrase just "
            "given. Keep it apart from this computer.").format(
        args.out, made.device_id, made.fingerprint))


def _restore(db: Database, args: argparse.Namespace) -> None:
    from app.exchange.key_backup import restore_key

    restored = restore_key(db, args.file, _backup_passphrase(args.file))
    print(_("The key of device {0} is back (fingerprint {1}).").format(
        restored.device_id, restored.fingerprint))


def _replace(db: Database, args: argparse.Namespace) -> None:
    from app.exchange.key_backup import replace_key

    if not args.yes:
        raise UserError(_("Replacing the key: every ministry must then accept the new "
                          "fingerprint, and files they encrypted to the old key must be "
                          "prepared again. Run again with --yes to go on."))
    replaced = replace_key(db)
    print(_("New key for the secretariat: fingerprint {0} (was {1}). Read it to each focal "
            "point by phone: they accept it when they open your next file.").format(
        replaced.fingerprint, replaced.previous_fingerprint or _("unreadable")))


# Each command, and whether it only reads the database.
KEY_COMMANDS: dict[str, tuple[Callable[[Database, argparse.Namespace], None], bool]] = {
    "show": (_show, True), "backup": (_backup, True), "restore": (_restore, False),
    "replace": (_replace, False)}


def _backup_passphrase(file: Path) -> str:
    return given_or_typed(
        BACKUP_PASSPHRASE_VARIABLE,
        lambda: getpass.getpass(_("Passphrase of the backup {0}: ").format(file.name)),
        _("{0}: the backup's passphrase is needed and there is no terminal to type it on: "
          "set {1}").format(file.name, BACKUP_PASSPHRASE_VARIABLE))


def _new_backup_passphrase() -> str:
    return given_or_typed(
        BACKUP_PASSPHRASE_VARIABLE, lambda: typed_twice(_("Passphrase for the backup: ")),
        _("A backup needs a passphrase and there is no terminal to type it on: set "
          "{0}").format(BACKUP_PASSPHRASE_VARIABLE))


def with_key_passphrase(run: Callable[[], int]) -> int:
    """run() again once the key passphrase was typed, when the key asked for it; without a
    terminal (a script), NMRF_TRACKER_KEY_PASSPHRASE or one sentence — never a wait."""
    from app.exchange.key_store import KEY_PASSPHRASE_VARIABLE, KeysLocked, remember_passphrase

    for _attempt in range(ATTEMPTS):
        try:
            return run()
        except KeysLocked as locked:
            if os.environ.get(KEY_PASSPHRASE_VARIABLE):
                raise UserError(_("{0} (the passphrase came from {1})").format(
                    locked, KEY_PASSPHRASE_VARIABLE)) from None
            if not sys.stdin.isatty():
                raise UserError(_("{0}; no terminal to type it on: set {1} (see the "
                                  "README)").format(locked, KEY_PASSPHRASE_VARIABLE)) from None
            print(f"nmrf-tracker: {locked}", file=sys.stderr)
            remember_passphrase(typed_twice(_("New key passphrase: ")) if locked.new
                                else getpass.getpass(_("Key passphrase: ")))
    raise UserError(_("the key stays locked; nothing changed"))
