"""`nmrf-tracker import`: recommendations from OHCHR matrices, UPR Info and UHRI exports and
other tables, or a completed implementation matrix sent back by an institution."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from app.db.address import database_location
from app.errors import UserError
from app.i18n import _, ngettext
from app.importers.engine import FORMATS
from app.logging_setup import current_user

EXIT_OK, EXIT_USER_ERROR = 0, 2


def add_import_parser(commands: Any) -> None:  # argparse's private _SubParsersAction
    imports = commands.add_parser(
        "import", help="import recommendations (OHCHR matrix .docx, UPR Info export, UHRI "
                       "export, any table with --mapping)")
    imports.add_argument("--db", type=database_location, required=True, metavar="PATH")
    imports.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imports.add_argument("--format", choices=FORMATS, help="skip detection")
    imports.add_argument("--encoding", metavar="NAME",
                         help="of CSV files, when the one detected is wrong: utf-8, cp1252 "
                              "(Excel's 'CSV (comma delimited)' in Western Europe), cp1251, "
                              "cp1256, latin-1, utf-16…")
    imports.add_argument("--mapping", type=Path, metavar="FILE",
                         help="JSON column mapping for any other table, e.g. "
                              '{"text": "Recommendation", "state": "Country"}')
    imports.add_argument("--mechanism", help="mechanism code when the file does not say (UPR)")
    imports.add_argument("--state", help="State under review when the file does not say")
    imports.add_argument("--cycle", type=int)
    imports.add_argument("--session", type=int)
    imports.add_argument("--year", type=int)
    imports.add_argument("--symbol", help="document symbol, e.g. A/HRC/40/6")
    imports.add_argument("--dry-run", action="store_true",
                         help="say what would change; write nothing")
    imports.add_argument("--accept-partial", action="store_true",
                         help="import the valid rows even when others are rejected")
    imports.add_argument("--create-near-misses", action="store_true",
                         help="import texts that are only similar to existing ones as new "
                              "recommendations instead of holding them for confirmation")
    imports.add_argument("--same", action="append", default=[], metavar="FILE:ROW",
                         help="a near miss (listed under to_confirm) that is the same "
                              "recommendation: merge it (repeatable)")
    imports.add_argument("--json", action="store_true", help="one JSON object on stdout")


def _import_completed(args) -> int:
    from app.db.lifecycle import open_database
    from app.importers.completion import (
        apply_completion_matrix,
        read_completion_matrix,
        refusal_of_partial,
    )

    with open_database(args.db, author=current_user()) as db:
        results = [read_completion_matrix(db, path) for path in args.files]
        refusal = None if args.accept_partial else refusal_of_partial(results)
        applied = 0 if args.dry_run or refusal else apply_completion_matrix(
            db, results, accept_partial=True)
    written = not args.dry_run and not refusal
    if args.json:
        print(json.dumps([{
            "file": r.file, "institution": r.institution_code,
            "changes": [{"row": c.row, "reference": c.reference, "status": c.status_code,
                         "conflict": c.conflict or None} for c in r.changes],
            "assignments": [{"row": c.row, "reference": c.reference, "lead": c.lead,
                             "add_supporting": c.add_supporting,
                             "remove_supporting": c.remove_supporting,
                             "conflict": c.conflict or None} for c in r.assignments],
            "conflicts": len(r.conflicts), "rejected": r.rejected,
            "applied": len(r.applicable) + len(r.applicable_assignments) if written else 0}
            for r in results], ensure_ascii=False, indent=2))
    else:
        for r in results:
            print(_("{0} ({1}): progress reports to submit {2}, assignment changes {3}, "
                    "conflicts {4}, rejected {5}").format(
                r.file, r.institution_code, len(r.applicable), len(r.applicable_assignments),
                len(r.conflicts), len(r.rejected)))
            for change in r.applicable_assignments:
                print(_("  row {0} ({1}): {2}").format(change.row, change.reference,
                                                         change.describe()))
            for conflict in r.conflicts:
                print(_("  conflict, row {0} ({1}): {2}").format(
                    conflict.row, conflict.reference, conflict.conflict))
            for reason in r.rejected:
                print(_("  rejected, {0}").format(reason))
        if args.dry_run:
            print(_("Dry run: nothing was written."))
        elif written:
            print(_("Rows applied: {0} (progress reports submitted, assignments "
                    "changed).").format(applied))
    if refusal and not args.dry_run:
        print(f"nmrf-tracker: {refusal}", file=sys.stderr)
    return EXIT_USER_ERROR if any(r.rejected for r in results) and not written else EXIT_OK


def run_import_command(args) -> int:
    from app.importers.completion import is_completion_matrix

    if args.files and all(is_completion_matrix(path) for path in args.files):
        return _import_completed(args)
    return _import_files(args)


def _import_files(args) -> int:
    from app.cli_progress import TerminalProgress
    from app.db.lifecycle import open_database
    from app.importers.engine import ImportOptions, run_import
    from app.importers.model import ImportFileError, ReviewInfo
    from app.importers.table import load_mapping

    try:
        mapping = load_mapping(args.mapping) if args.mapping else None
    except ImportFileError as error:
        raise UserError(str(error)) from None
    options = ImportOptions(
        format=args.format,
        review=ReviewInfo(mechanism=args.mechanism, state=args.state, cycle=args.cycle,
                          session=args.session, year=args.year, symbol=args.symbol),
        accept_partial=args.accept_partial,
        hold_near_misses=not args.create_near_misses,
        mapping=mapping.columns or None if mapping else None,
        values=mapping.values if mapping else None,
        confirmed_same=frozenset(args.same),
        encoding=args.encoding,
    )
    with open_database(args.db, author=current_user()) as db, TerminalProgress() as progress:
        summary = run_import(db, args.files, options, dry_run=args.dry_run, progress=progress)
    # Anything rejected and nothing written (a dry run writes nothing): status 2.
    refused = bool(summary.rejected) and (args.dry_run or not summary.applied)
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=2))
    else:
        _print_import(summary)
    if refused:
        if not args.dry_run:
            print("nmrf-tracker: " + _(
                "nothing was imported (rows rejected: {0}); correct the file, or import the "
                "other rows with --accept-partial").format(summary.rows_rejected),
                file=sys.stderr)
        return EXIT_USER_ERROR
    return EXIT_OK


def _print_import(summary) -> None:
    if summary.dry_run:
        print(_("Dry run: nothing was written."))
    for entry in summary.files:
        print(ngettext("  {0}: {1}, {2} recommendation ({3} new, {4} updated, {5} unchanged)",
                       "  {0}: {1}, {2} recommendations ({3} new, {4} updated, {5} unchanged)",
                       entry.recommendations).format(
            entry.file, entry.format, entry.recommendations, entry.created,
            entry.updated, entry.unchanged)
            + (_("; encoding {0}").format(entry.encoding) if entry.encoding else ""))
    print(_("Recommendations: {0} new, {1} updated, {2} unchanged; new reviews: {3}").format(
        summary.created, summary.updated, summary.unchanged, summary.reviews_created))
    for review in summary.reviews[:10]:
        print(_("  found: {0}; recommendations: {1}").format(
            review.placed(), review.recommendations))
    if summary.other_states:
        print(_("Warning: these files are about {0}, not the State this database follows; "
                "check that they are the right ones.").format(", ".join(summary.other_states)))
    if summary.left_out:
        print(_("Left out, not recommendations:"))
        for left in summary.left_out:
            print(f"  {left.described()}")
    if summary.rejected:
        print(_("Rejected ({0}):").format(summary.rows_rejected))
        for rejection in summary.rejected[:50]:
            print(f"  {rejection}")
        if len(summary.rejected) > 50:
            print(_("  … and {0} more (use --json for all)").format(
                len(summary.rejected) - 50))
    if summary.to_confirm:
        print(_("To confirm ({0} similar to an existing recommendation, not "
                "imported):").format(len(summary.to_confirm)))
        for near in summary.to_confirm[:20]:
            print(_("  {0}, row {1}: {2:.1%} like {3} (--same {0}:{1} to merge it)").format(
                near.file, near.row, near.similarity,
                near.existing_reference or _("an existing recommendation")))


