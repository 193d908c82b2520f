"""The command line's options for the window: what it opens, and the smoke test an installed
program is checked with (`--smoke-test`, run by packaging/smoke_test.py on the frozen build)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.db.address import database_location


def add_window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--demo", action="store_true",
                        help="open the demo database in the window (created on first use)")
    parser.add_argument("--db", type=database_location, metavar="PATH",
                        help="open this database in the window (a file, or postgresql://…)")
    # Without a file (a menu entry whose %f expanded to nothing) the window opens as usual.
    parser.add_argument("--open", type=Path, nargs="?", metavar="FILE.nmrf",
                        dest="exchange_file",
                        help="open an exchange file in the window (what double-clicking a "
                        ".nmrf file does)")
    parser.add_argument("--smoke-test", type=Path, metavar="FILE.png",
                        help="open the window on the demo database, wait for the register, "
                        "save the window as a picture and exit: 0 when it showed")


def run_window_from(args: argparse.Namespace) -> int:
    from app.main import run_window

    return run_window(database=args.db, demo=args.demo, exchange_file=args.exchange_file,
                      smoke_test=args.smoke_test)
