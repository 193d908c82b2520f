"""`nmrf-tracker`: with no sub-command it opens the window; with one it works headless.

Errors a person can act on are one line on stderr and exit status 2; unexpected failures are
logged with their traceback and exit with status 1. Never a traceback on the terminal.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from app import APP_NAME, __version__
from app.cli_copy import add_copy_parser, run_copy
from app.cli_exchange import add_exchange_parser, run_exchange
from app.cli_import import add_import_parser, run_import_command
from app.cli_keys import add_keys_parser, run_keys, with_key_passphrase
from app.cli_protect import (
    add_protect_parsers,
    run_protect,
    run_unprotect,
    with_database_password,
)
from app.cli_window import add_window_options, run_window_from
from app.db.address import database_location
from app.disk_space import is_disk_full, not_enough_space
from app.errors import UserError
from app.exports.headings import LANGUAGES
from app.i18n import _, use_language
from app.languages import command_line_language
from app.logging_setup import configure_logging, current_user
from app.models.codes import DatabaseRole

log = logging.getLogger(__name__)

EXIT_OK, EXIT_UNEXPECTED, EXIT_USER_ERROR, EXIT_CHECK_FAILED = 0, 1, 2, 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nmrf-tracker",
        description=f"{APP_NAME}: follow up UN human-rights recommendations offline. "
        "Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    add_window_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="build a demo database about a fictional State")
    demo.add_argument("--db", type=Path, required=True, metavar="PATH")
    demo.add_argument("--size", type=int, default=300, help="number of recommendations (300)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (2026)")

    new = commands.add_parser("new", help="start a new secretariat database")
    new.add_argument("--db", type=database_location, required=True, metavar="PATH")
    new.add_argument("--state", required=True, help="State under review: name or ISO-3 code")
    new.add_argument("--title", default="")
    new.add_argument("--institutions", type=Path, metavar="FILE",
                     help="text file, one institution a line: 'CODE, Name'")

    check = commands.add_parser(
        "check", help="check integrity, foreign keys, evidence hashes and the change log"
    )
    check.add_argument("--db", type=database_location, required=True, metavar="PATH")

    info = commands.add_parser("info", help="say what a database file is and what it holds")
    info.add_argument("--db", type=database_location, required=True, metavar="PATH")
    info.add_argument("--json", action="store_true", help="one JSON object on stdout")

    add_import_parser(commands)

    backup = commands.add_parser("backup", help="write a consistent copy of a database")
    backup.add_argument("--db", type=database_location, required=True, metavar="PATH")
    backup.add_argument("--out", type=Path, metavar="FILE",
                        help="where to write it (default: the backups folder)")
    export = commands.add_parser("export", help="the implementation matrix (Excel) or a report")
    what = export.add_subparsers(dest="what", required=True, metavar="WHAT")
    matrix = what.add_parser("matrix", help="the implementation matrix as an .xlsx workbook")
    matrix.add_argument("--db", type=database_location, required=True, metavar="PATH")
    matrix.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    matrix.add_argument("--group-by", default="theme",
                        choices=("theme", "institution", "mechanism", "cluster", "sdg"))
    matrix.add_argument("--institution", metavar="CODE",
                        help="only what this institution leads or supports")
    report = what.add_parser("report", help="a PDF report: the mid-term report, an "
                                            "institution's validation-meeting pack, or "
                                            "reminder letters")
    report.add_argument("--db", type=database_location, required=True, metavar="PATH")
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument("--kind", choices=("midterm", "validation", "reminders"),
                        default="midterm")
    report.add_argument("--institution", metavar="CODE",
                        help="midterm: only what it leads or supports; validation: whose pack "
                             "(required); reminders: only its letter")
    report.add_argument("--group-by", choices=("theme", "cluster"), default="theme",
                        help="midterm: one section per theme or per cluster")
    report.add_argument("--language", choices=tuple(LANGUAGES), default="en",
                        help="language of the headings (recorded texts print as entered)")
    report.add_argument("--title", default="", help="midterm: the title on the cover")
    report.add_argument("--period", default="", help="midterm: the period covered, "
                                                     "e.g. 2022–2025")
    report.add_argument("--within-days", type=int, default=30, metavar="N",
                        help="reminders: also list what falls due within N days (default 30)")
    matrix.add_argument("--language", choices=tuple(LANGUAGES), default="en",
                        help="language of the headings, positions and statuses")
    matrix.add_argument("--sheet-per-institution", action="store_true",
                        help="also one sheet per lead institution")
    matrix.add_argument("--for-completion", action="store_true",
                        help="a workbook the institution fills in Excel and sends back "
                             "(needs --institution; import it back with `import`)")
    matrix.add_argument("--assignments", action="store_true",
                        help="with --for-completion: lead and supporting institutions "
                             "editable too (the secretariat's copy; applied on import only "
                             "for the secretariat)")
    add_copy_parser(commands)
    add_exchange_parser(commands)
    add_keys_parser(commands)
    add_protect_parsers(commands)
    return parser


def _demo(args) -> int:
    from app.db.lifecycle import create_database
    from app.services.demo import populate_demo

    if args.size < 1:
        raise UserError(f"--size: expected a positive number of recommendations, got {args.size}")

    def populate(session, info):
        populate_demo(session, info, size=args.size, seed=args.seed)

    with create_database(args.db, author=current_user(), populate=populate):
        pass
    print(_("Demo database written to {0}").format(args.db))
    return EXIT_OK


def _new(args) -> int:
    from app.services.setup import (
        NewDatabaseSpec,
        create_secretariat_database,
        parse_institution_lines,
    )

    institutions = []
    if args.institutions:
        try:
            text = args.institutions.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise UserError(
                f"{args.institutions}: cannot be read as UTF-8 text ({error})"
            ) from None
        institutions = parse_institution_lines(text)
    spec = NewDatabaseSpec(path=args.db, state=args.state, title=args.title,
                           institutions=institutions)
    with create_secretariat_database(spec, author=current_user()):
        pass
    print(_("New secretariat database written to {0}").format(args.db))
    return EXIT_OK


def _check(args) -> int:
    from app.services.maintenance import check_database

    report = check_database(args.db, author=current_user())
    if report.ok:
        print(_("{0}: sound ({1})").format(args.db, "; ".join(report.checks)))
        return EXIT_OK
    print(_("{0}: problems found: {1}").format(args.db, len(report.problems)), file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return EXIT_CHECK_FAILED


def _format_counts(counts: dict[str, int], labels: dict[str, str] | None = None) -> str:
    labels = labels or {}
    return ", ".join(f"{labels.get(key, key)} {value}" for key, value in counts.items()) \
        or _("none")


def _info(args) -> int:
    from app.code_words import WORDS, words
    from app.db.lifecycle import open_database
    from app.models.codes import PositionCode, StatusCode
    from app.services.status import NOT_ASSESSED
    from app.services.summary import summarize

    with open_database(args.db, author=current_user(), read_only=True) as db:
        summary = summarize(db)
    # The text names positions and statuses as people do.
    labels = {code: _(word) for code, word in {
        **WORDS[PositionCode], **WORDS[StatusCode], NOT_ASSESSED: "Not assessed"}.items()}
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    role = (words(DatabaseRole, summary.role) if summary.role == DatabaseRole.SECRETARIAT
            else f"{words(DatabaseRole, summary.role)}: {summary.institution}")
    demo = _("  (DEMO DATA)") if summary.is_demo else ""
    facts = [
        (_("File:"), str(summary.path)),
        (_("Application:"), _("{0} {1}, schema {2}").format(
            APP_NAME, summary.application_version, summary.schema)),
        (_("Role:"), f"{role}{demo}"),
        (_("Title:"), summary.title),
        (_("State:"), summary.state or _("(not set)")),
        (_("Recommendations:"), str(summary.recommendations)),
        (_("  by mechanism:"), _format_counts(summary.by_mechanism)),
        (_("  by position:"), _format_counts(summary.by_position, labels)),
        (_("  by status:"), _format_counts(summary.by_status, labels)),
        (_("Institutions:"), str(len(summary.institutions))),
    ]
    width = max(len(label) for label, _value in facts) + 1
    print("\n".join([f"{label:<{width}}{value}" for label, value in facts]
                    + [f"  {i.code:<8} {i.name}" for i in summary.institutions]))
    return EXIT_OK


def _backup(args) -> int:
    from app.db.lifecycle import open_database
    from app.services.maintenance import backup_database

    with open_database(args.db, author=current_user(), read_only=True) as db:
        target = backup_database(db, args.out)
    print(_("Backup written to {0}").format(target))
    return EXIT_OK


def _export(args) -> int:
    if args.what == "report":
        return _export_report(args)
    return _export_matrix(args)


def _export_report(args) -> int:
    from app.db.lifecycle import open_database
    from app.exports.midterm_report import ReportOptions, write_midterm_report
    from app.exports.reminder_letters import write_reminder_letters
    from app.exports.validation_pack import write_validation_pack
    from app.services.reference import institution_id_of

    if args.out.suffix.lower() != ".pdf":
        raise UserError(f"--out: {args.out.name} should end in .pdf")
    if not args.out.parent.is_dir():
        raise UserError(f"--out: the folder {args.out.parent} does not exist")
    if args.kind == "validation" and not args.institution:
        raise UserError("--kind validation: say whose pack it is (--institution CODE)")
    with open_database(args.db, author=current_user(), read_only=True) as db:
        institution = None
        if args.institution:
            with db.read() as session:
                institution = institution_id_of(session, args.institution)
        if args.kind == "validation":
            assert institution is not None, "checked above: --kind validation names one"
            count = write_validation_pack(db, args.out, institution, language=args.language)
            print(_("Validation pack of {0} ({1} recommendations) written to {2}").format(
                args.institution.upper(), count, args.out))
        elif args.kind == "reminders":
            letters = write_reminder_letters(db, args.out, institution,
                                             within_days=args.within_days,
                                             language=args.language)
            print(_("Reminder letters: {0} ({1} overdue, {2} due within {3} days), written "
                    "to {4}").format(letters.letters, letters.overdue, letters.due_soon,
                                     args.within_days, args.out))
        else:
            report = write_midterm_report(db, args.out, ReportOptions(
                group_by=args.group_by, institution_id=institution, title=args.title,
                period=args.period, language=args.language))
            print(_("Mid-term report ({0} recommendations, {1} sections, {2} pages) written "
                    "to {3}").format(report.recommendations, report.sections, report.pages,
                                     args.out))
    return EXIT_OK


def _export_matrix(args) -> int:
    from app.db.lifecycle import open_database
    from app.exports.matrix import MatrixOptions, write_matrix
    from app.services.reference import institution_id_of

    if args.out.suffix.lower() != ".xlsx":
        raise UserError(f"--out: {args.out.name} should end in .xlsx")
    if not args.out.parent.is_dir():
        raise UserError(f"--out: the folder {args.out.parent} does not exist")
    if args.for_completion and not args.institution:
        raise UserError("--for-completion: say for which institution (--institution CODE)")
    if args.assignments and not args.for_completion:
        raise UserError("--assignments: only for a matrix --for-completion")
    # A workbook for completion is recorded as issued: the database is written then.
    with open_database(args.db, author=current_user(),
                       read_only=not args.for_completion) as db:
        institution = None
        if args.institution:
            with db.read() as session:
                institution = institution_id_of(session, args.institution)
        if args.for_completion:
            assert institution is not None, "checked above: --for-completion names one"
            from app.exports.completion import write_completion_matrix
            from app.services.tracking import current_period

            count = write_completion_matrix(db, args.out, institution, current_period(),
                                            with_assignments=args.assignments,
                                            language=args.language)
            print(_("Matrix for completion by {0} ({1} recommendations) written to "
                    "{2}").format(args.institution.upper(), count, args.out))
            return EXIT_OK
        summary = write_matrix(db, args.out, MatrixOptions(
            group_by=args.group_by, institution_id=institution,
            sheet_per_institution=args.sheet_per_institution, language=args.language))
    print(_("Matrix of {0} recommendations in {1} groups written to {2}").format(
        summary.recommendations, summary.groups, summary.path))
    return EXIT_OK


HANDLERS = {"demo": _demo, "new": _new, "check": _check, "info": _info, "backup": _backup,
            "import": run_import_command, "export": _export, "copy": run_copy,
            "exchange": run_exchange, "keys": run_keys, "protect": run_protect,
            "unprotect": run_unprotect}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return run_window_from(args)
    log_file = configure_logging()
    use_language(command_line_language().code)
    try:
        status = with_database_password(
            lambda: with_key_passphrase(lambda: HANDLERS[args.command](args)))
        sys.stdout.flush()  # a closed pipe shows here rather than at exit
        return status
    except BrokenPipeError:
        # `nmrf-tracker info … | head`: the reader has what it wanted and went away. Point
        # stdout at nothing so that Python's own flush at exit does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except UserError as error:
        print(f"nmrf-tracker: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("nmrf-tracker: " + _("interrupted"), file=sys.stderr)
        return 130
    except Exception as error:
        if is_disk_full(error):
            where = (getattr(error, "filename", None) or getattr(args, "out", None)
                     or getattr(args, "db", None) or Path.cwd())
            print(f"nmrf-tracker: {not_enough_space(Path(where), None, 'this work')}",
                  file=sys.stderr)
            return EXIT_USER_ERROR
        log.exception("command %s failed", args.command)
        print("nmrf-tracker: " + _("unexpected error ({0}: {1}); details in {2}").format(
            type(error).__name__, error, log_file), file=sys.stderr)
        return EXIT_UNEXPECTED
