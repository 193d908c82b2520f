"""`nmrf-tracker copy --from … --to …`: a register moved whole between a file and a server
(either way), then checked where it arrived."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.db.address import database_location
from app.i18n import _

EXIT_OK = 0
EXIT_CHECK_FAILED = 3


def add_copy_parser(commands: Any) -> None:  # argparse's private _SubParsersAction
    copy = commands.add_parser(
        "copy", help="copy a register whole, with its ids, change log and evidence, to a new "
                     "file or an empty database on a server (or back), then check the copy")
    copy.add_argument("--from", dest="source", type=database_location, required=True,
                      metavar="PATH|postgresql://…")
    copy.add_argument("--to", dest="target", type=database_location, required=True,
                      metavar="PATH|postgresql://…",
                      help="a file that does not exist yet, or an empty database")


def run_copy(args: argparse.Namespace) -> int:
    from app.cli_progress import TerminalProgress
    from app.db.transfer import copy_register
    from app.logging_setup import current_user
    from app.services.maintenance import check_database

    with TerminalProgress(describe=lambda done, total, _step: _(
            "Copying: {0:,} of {1:,} rows").format(done, total)) as progress:
        report = copy_register(args.source, args.target, author=current_user(),
                               progress=progress)
    print(_("Copied {0:,} rows from {1} to {2} (recommendations {3:,}, change records {4:,}, "
            "evidence files {5:,}).").format(
                report.total, report.source, report.target, report.rows["recommendation"],
                report.rows["change_record"], report.rows["evidence_blob"]))
    checked = check_database(args.target, author=current_user())
    if checked.ok:
        print(_("{0}: sound ({1})").format(report.target, "; ".join(checked.checks)))
        print(_("Keep working in one of the two only: the copy is the same register, with the "
                "same devices, and the two would drift apart."))
        return EXIT_OK
    print(_("{0}: problems found: {1}").format(report.target, len(checked.problems)),
          file=sys.stderr)
    for problem in checked.problems:
        print(f"  - {problem}", file=sys.stderr)
    return EXIT_CHECK_FAILED
