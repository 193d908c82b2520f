"""`nmrf-tracker exchange …`: ministry files out, signed files back, consolidated."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.code_words import field_words, value_words, words
from app.errors import UserError
from app.logging_setup import current_user
from app.models.codes import ConflictStatus, ExchangeFileStatus

EXIT_OK, EXIT_USER_ERROR = 0, 2


def add_exchange_parser(commands) -> None:
    exchange = commands.add_parser(
        "exchange", help="files between the secretariat and the ministries")
    what = exchange.add_subparsers(dest="exchange_command", metavar="WHAT", required=True)

    issue = what.add_parser("issue", help="secretariat: a signed file for one institution "
                                          "(a whole copy the first time, then updates)")
    issue.add_argument("--db", type=Path, required=True, metavar="MASTER")
    issue.add_argument("--institution", required=True, metavar="CODE")
    issue.add_argument("--out", type=Path, required=True, metavar="FILE")

    opened = what.add_parser("open", help="ministry: open the secretariat's file (the first "
                                          "one creates the working database at --db)")
    opened.add_argument("--db", type=Path, required=True, metavar="PATH")
    opened.add_argument("file", type=Path, metavar="FILE")

    submit = what.add_parser("submit", help="ministry: a signed file with every change the "
                                            "secretariat has not acknowledged yet")
    submit.add_argument("--db", type=Path, required=True, metavar="PATH")
    submit.add_argument("--out", type=Path, required=True, metavar="FILE")

    consolidate = what.add_parser("consolidate", help="secretariat: merge ministry files")
    consolidate.add_argument("--db", type=Path, required=True, metavar="MASTER")
    consolidate.add_argument("files", type=Path, nargs="+", metavar="FILE")
    consolidate.add_argument("--dry-run", action="store_true",
                             help="say what would happen; change nothing")
    consolidate.add_argument("--accept-device", action="append", default=[],
                             metavar="FINGERPRINT",
                             help="register the device whose key has this fingerprint (as "
                                  "shown when its file was refused; compare it with the "
                                  "focal point first), or take back a revoked one; for an "
                                  "unsigned database, its device id (repeatable)")
    consolidate.add_argument("--accept-unsigned", action="store_true",
                             help="accept the unsigned changes of a whole database file "
                                  "mailed instead of an exchange file")
    consolidate.add_argument("--json", action="store_true", help="a JSON list on stdout")
    consolidate.add_argument("--summary-pdf", type=Path, metavar="FILE.pdf",
                             help="also write the summary as a PDF")

    conflicts = what.add_parser("conflicts", help="secretariat: the conflicts to review")
    conflicts.add_argument("--db", type=Path, required=True, metavar="MASTER")
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")
    conflicts.add_argument("--json", action="store_true")

    resolve = what.add_parser("resolve", help="secretariat: decide one conflict")
    resolve.add_argument("--db", type=Path, required=True, metavar="MASTER")
    resolve.add_argument("conflict", metavar="CONFLICT_ID")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", choices=("master", "incoming"))
    choice.add_argument("--value", metavar="JSON", help="a merged value, as JSON "
                                                        "(a text in double quotes)")
    resolve.add_argument("--justification", required=True)

    devices = what.add_parser("devices", help="secretariat: registered ministry devices")
    devices.add_argument("--db", type=Path, required=True, metavar="MASTER")
    devices.add_argument("--revoke", metavar="DEVICE_ID",
                         help="refuse every later file from this device")


def run_exchange(args) -> int:
    from app.db.lifecycle import open_database

    command = args.exchange_command
    if command == "open" and not Path(args.db).exists():
        from app.exchange.ministry import open_first_file

        db, summary = open_first_file(args.db, args.file, author=current_user())
        db.close()
        print(f"{args.db}: created for {summary.institution} from {args.file.name} "
              f"({summary.added} rows). Secretariat's key pinned — fingerprint "
              f"{summary.fingerprint}; compare it with the secretariat.")
        return EXIT_OK
    # What only reads (or rehearses and rolls back) works while the window has the file open.
    reading = command == "conflicts" or (command == "devices" and not args.revoke)
    rehearsing = command == "consolidate" and args.dry_run and not args.summary_pdf
    with open_database(args.db, author=current_user(), read_only=reading,
                       rehearsal=rehearsing) as db:
        return HANDLERS[command](db, args)


def _issue(db, args) -> int:
    from app.exchange.issue import issue_file

    summary = issue_file(db, args.institution, args.out)
    what = "whole copy" if summary.kind == ExchangeFileStatus.SNAPSHOT else \
        f"update since change {summary.since}"
    print(f"{summary.path}: {what} for {summary.institution}, {summary.rows} rows, "
          f"{summary.evidence} evidence files; signed with key {summary.fingerprint}")
    return EXIT_OK


def _open(db, args) -> int:
    from app.exchange.ministry import apply_secretariat_file

    summary = apply_secretariat_file(db, args.file)
    if summary.status == "already-opened":
        print(f"{args.file.name}: already opened here; nothing changed")
        return EXIT_OK
    outcomes = ", ".join(f"{count} {kind}" for kind, count in sorted(summary.outcomes.items()))
    print(f"{args.file.name}: {summary.added} rows added, {summary.updated} updated, "
          f"{summary.kept_local} of your changes kept until the secretariat has them"
          + (f"; your changes sent earlier: {outcomes}" if outcomes else "")
          + (f"; {summary.open_conflicts} wait for the secretariat's review"
             if summary.open_conflicts else ""))
    return EXIT_OK


def _submit(db, args) -> int:
    from app.exchange.ministry import submit_file

    summary = submit_file(db, args.out)
    print(f"{summary.path}: {summary.changes} changes"
          + (f" ({summary.first_seq}–{summary.last_seq})" if summary.changes else "")
          + f", {summary.evidence} evidence files, signed with this computer's key "
          f"{summary.fingerprint} (the secretariat compares it the first time); send it to "
          "the secretariat")
    if summary.changed_outside:
        print(f"nmrf-tracker: warning: rows changed outside NMRF Tracker: "
              f"{len(summary.changed_outside)}; they are not in this file: make those changes "
              "again in the application (`nmrf-tracker check` lists them):", file=sys.stderr)
        for line in summary.changed_outside[:10]:
            print(f"  - {line}", file=sys.stderr)
    return EXIT_OK


def _consolidate(db, args) -> int:
    from app.exchange.consolidate import consolidate_files, summary_json

    results = consolidate_files(db, args.files, dry_run=args.dry_run,
                                accept_devices=args.accept_device,
                                accept_unsigned=args.accept_unsigned)
    if args.summary_pdf:
        from app.exports.exchange_summary import write_consolidation_summary

        write_consolidation_summary(args.summary_pdf, results,
                                    database_title=db.identity.title)
    if args.json:
        print(summary_json(results))
    else:
        for result in results:
            data = result.as_json()
            line = (f"{result.file}: {result.status}" + (f" — {result.reason}"
                                                          if result.reason else ""))
            if result.status in (ExchangeFileStatus.APPLIED, ExchangeFileStatus.WOULD_APPLY):
                line += (f"; {data['applied']} applied, {data['unchanged']} unchanged, "
                         f"{len(data['rejected'])} rejected, {data['conflicts']} conflicts")
            print(line)
            for rejected in data["rejected"]:
                print(f"  rejected {rejected['table']} {rejected['row']}: {rejected['reason']}")
    refused = any(r.status == ExchangeFileStatus.REJECTED for r in results)
    return EXIT_USER_ERROR if refused else EXIT_OK


def _conflicts(db, args) -> int:
    from app.exchange.conflicts import list_conflicts

    with db.read() as session:
        found = list_conflicts(session, status=None if args.all else ConflictStatus.OPEN)
    if args.json:
        print(json.dumps([c.as_json() for c in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print("No conflicts to review.")
    for conflict in found:
        field = conflict.field
        sender = conflict.institution or "the ministry"
        print(f"{conflict.id}  {words(ConflictStatus, conflict.status)}: {conflict.about}\n"
              f"    {field_words(field)}: was {value_words(field, conflict.base)}; now "
              f"{value_words(field, conflict.master)} for the secretariat, "
              f"{value_words(field, conflict.incoming)} for {sender}")
    return EXIT_OK


def _resolve(db, args) -> int:
    from app.exchange.conflicts import MERGED, resolve_conflict

    merged = None
    if args.value is not None:
        try:
            merged = json.loads(args.value)
        except json.JSONDecodeError as error:
            raise UserError(f"--value: not JSON ({error}); a text goes in double quotes") \
                from None
    with db.write() as session:
        resolve_conflict(session, args.conflict, args.keep or MERGED, args.justification,
                         merged)
    print(f"Conflict {args.conflict} resolved; the institution hears of it in its next file.")
    return EXIT_OK


def _devices(db, args) -> int:
    from sqlalchemy import select

    from app.exchange.consolidate import revoke_device
    from app.exchange.keys import fingerprint
    from app.models import Device, Institution

    if args.revoke:
        with db.write() as session:
            revoke_device(session, args.revoke)
        print(f"Device {args.revoke} revoked: its files will be refused.")
        return EXIT_OK
    with db.read() as session:
        for device, code in session.execute(select(Device, Institution.code).outerjoin(
                Institution, Institution.id == Device.institution_id)):
            print(f"{device.id}  {code or '-'}  {device.status}  "
                  f"{fingerprint(device.public_key) if device.public_key else 'no key'}  "
                  f"changes applied: {device.last_seq_applied}")
    return EXIT_OK


HANDLERS = {"issue": _issue, "open": _open, "submit": _submit, "consolidate": _consolidate,
            "conflicts": _conflicts, "resolve": _resolve, "devices": _devices}
