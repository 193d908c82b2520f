"""`nmrf-tracker protect` and `unprotect`: a database password (SQLCipher) put on and taken
off; and the password asked for any command that opens a protected database."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cli_secrets import ATTEMPTS, given_or_typed, typed_twice
from app.errors import UserError
from app.i18n import _

EXIT_OK = 0


def add_protect_parsers(commands: Any) -> None:  # argparse's private _SubParsersAction
    protect = commands.add_parser("protect", help="protect a database with a password "
                                                  "(a backup first; its backups with it)")
    protect.add_argument("--db", type=Path, required=True, metavar="PATH")
    unprotect = commands.add_parser("unprotect", help="take a database's password away")
    unprotect.add_argument("--db", type=Path, required=True, metavar="PATH")


def run_protect(args: argparse.Namespace) -> int:
    from app.db.conversion import protect_database

    backup = protect_database(args.db, _new_password(args.db))
    print(_("{0} is protected by its password now; the backup taken first ({1}) and the "
            "older backups are protected with it.").format(args.db, backup.name))
    return EXIT_OK


def run_unprotect(args: argparse.Namespace) -> int:
    from app.db.conversion import unprotect_database
    from app.db.lifecycle import read_header

    read_header(Path(args.db).absolute())  # asks for the password (with_database_password)
    backup = unprotect_database(args.db)
    print(_("{0} has no password any more; the backup taken first ({1}) keeps it.").format(
        args.db, backup.name))
    return EXIT_OK


def _new_password(path: Path) -> str:
    from app.db.protection import PASSWORD_VARIABLE

    return given_or_typed(
        PASSWORD_VARIABLE,
        lambda: typed_twice(_("New password for {0}: ").format(Path(path).name)),
        _("{0}: a password is needed and there is no terminal to type it on: set {1}").format(
            path, PASSWORD_VARIABLE))


def with_database_password(run: Callable[[], int]) -> int:
    """run() again with the password of a protected database it opened; without a terminal,
    NMRF_TRACKER_DB_PASSWORD or one sentence — never a wait."""
    from app.db.protection import PASSWORD_VARIABLE, PasswordNeeded, remember_password

    given = os.environ.get(PASSWORD_VARIABLE)
    tried: set[Path] = set()
    for _attempt in range(ATTEMPTS + 1):
        try:
            return run()
        except PasswordNeeded as needed:
            if given and needed.path not in tried:
                tried.add(needed.path)
                remember_password(needed.path, given)
                continue
            if given:
                raise UserError(_("{0} (the password came from {1})").format(
                    needed, PASSWORD_VARIABLE)) from None
            if not sys.stdin.isatty():
                raise UserError(_("{0}; no terminal to type it on: set {1}").format(
                    needed, PASSWORD_VARIABLE)) from None
            if needed.wrong:
                print(f"nmrf-tracker: {needed}", file=sys.stderr)
            remember_password(needed.path, getpass.getpass(_("Password of {0}: ").format(
                needed.path.name)))
    raise UserError(_("the database stays closed; nothing changed"))
