"""`nmrf-tracker exchange …`: ministry files out, signed files back, consolidated."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from app.code_words import field_words, record_words, value_words, words
from app.db.address import database_location
from app.errors import UserError
from app.i18n import _
from app.logging_setup import current_user
from app.models.codes import (
    ChangeOutcome,
    ConflictStatus,
    DeviceKind,
    DeviceStatus,
    ExchangeFileStatus,
)

EXIT_OK, EXIT_USER_ERROR = 0, 2
# The twelve words of a first file, for scripts (they open that one file, and only with it).
PASSPHRASE_VARIABLE = "NMRF_TRACKER_FILE_PASSPHRASE"
ATTEMPTS = 3
Opened = TypeVar("Opened")


def add_exchange_parser(commands) -> None:
    exchange = commands.add_parser(
        "exchange", help="files between the secretariat and the ministries")
    what = exchange.add_subparsers(dest="exchange_command", metavar="WHAT", required=True)

    issue = what.add_parser("issue", help="secretariat: a signed file for one institution "
                                          "(a whole copy the first time, then updates)")
    issue.add_argument("--db", type=database_location, required=True, metavar="MASTER")
    issue.add_argument("--institution", required=True, metavar="CODE")
    issue.add_argument("--out", type=Path, required=True, metavar="FILE")
    issue.add_argument("--new-device", action="store_true",
                       help="protect the file with a one-time passphrase even though devices "
                            "of the institution are known: for a computer of its own")

    opened = what.add_parser("open", help="ministry: open the secretariat's file (the first "
                                          "one creates the working database at --db)")
    opened.add_argument("--db", type=Path, required=True, metavar="PATH")
    opened.add_argument("--accept-secretariat-key", default="", metavar="FINGERPRINT",
                        help="the secretariat replaced its key: accept the new one, once its "
                             "fingerprint was compared with the secretariat by phone")
    opened.add_argument("file", type=Path, metavar="FILE",
                        help="a first file opens with the twelve words the secretariat gave "
                             f"(asked for on a terminal, or from ${PASSPHRASE_VARIABLE})")

    submit = what.add_parser("submit", help="ministry: a signed file with every change the "
                                            "secretariat has not acknowledged yet")
    submit.add_argument("--db", type=Path, required=True, metavar="PATH")
    submit.add_argument("--out", type=Path, required=True, metavar="FILE")

    consolidate = what.add_parser("consolidate", help="secretariat: merge ministry files")
    consolidate.add_argument("--db", type=database_location, required=True, metavar="MASTER")
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
    conflicts.add_argument("--db", type=database_location, required=True, metavar="MASTER")
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")
    conflicts.add_argument("--json", action="store_true")

    resolve = what.add_parser("resolve", help="secretariat: decide one conflict")
    resolve.add_argument("--db", type=database_location, required=True, metavar="MASTER")
    resolve.add_argument("conflict", metavar="CONFLICT_ID")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", choices=("master", "incoming"))
    choice.add_argument("--value", metavar="JSON", help="a merged value, as JSON "
                                                        "(a text in double quotes)")
    resolve.add_argument("--justification", required=True)

    devices = what.add_parser("devices", help="secretariat: registered ministry devices")
    devices.add_argument("--db", type=database_location, required=True, metavar="MASTER")
    devices.add_argument("--revoke", metavar="DEVICE_ID",
                         help="refuse every later file from this device")


def run_exchange(args) -> int:
    from app.db.lifecycle import open_database

    command = args.exchange_command
    if command == "open" and not Path(args.db).exists():
        from app.exchange.ministry import open_first_file

        db, summary = with_passphrase(args.file, lambda passphrase: open_first_file(
            args.db, args.file, author=current_user(), passphrase=passphrase))
        db.close()
        print(_("{0}: created for {1} from {2} ({3} rows). Secretariat's key pinned — "
                "fingerprint {4}; compare it with the secretariat.").format(
            args.db, summary.institution, args.file.name, summary.added, summary.fingerprint))
        return EXIT_OK
    # What only reads (or rehearses and rolls back) works while the window has the file open.
    reading = command == "conflicts" or (command == "devices" and not args.revoke)
    rehearsing = command == "consolidate" and args.dry_run and not args.summary_pdf
    with open_database(args.db, author=current_user(), read_only=reading,
                       rehearsal=rehearsing) as db:
        return HANDLERS[command](db, args)


def _issue(db, args) -> int:
    from app.exchange.issue import issue_file

    summary = issue_file(db, args.institution, args.out, for_new_device=args.new_device)
    what = _("whole copy") if summary.kind == ExchangeFileStatus.SNAPSHOT else \
        _("update since change {0}").format(summary.since)
    print(_("{0}: {1} for {2}, {3} rows, {4} evidence files; signed with key {5}").format(
        summary.path, what, summary.institution, summary.rows, summary.evidence,
        summary.fingerprint))
    if summary.passphrase is None:
        print(_("Encrypted to the registered devices of {0}.").format(summary.institution))
    else:
        print(_("It opens only with these twelve words. Read them to the focal point by "
                "phone, never in the same e-mail or on the same stick as the file; they are "
                "not shown again:"))
        print(f"    {summary.passphrase}")
    return EXIT_OK


def _open(db, args) -> int:
    from app.exchange.ministry import SecretariatKeyChanged, apply_secretariat_file

    try:
        summary = with_passphrase(args.file, lambda passphrase: apply_secretariat_file(
            db, args.file, passphrase=passphrase, accept_key=args.accept_secretariat_key))
    except SecretariatKeyChanged as changed:
        raise UserError(_("{0} (--accept-secretariat-key \"{1}\")").format(
            changed, changed.fingerprint)) from None
    if summary.status == "already-opened":
        print(_("{0}: already opened here; nothing changed").format(args.file.name))
        return EXIT_OK
    # Within a sentence: "2 applied, 1 in conflict" (no capital in the six languages).
    outcomes = ", ".join(f"{count} {words(ChangeOutcome, kind).lower()}"
                         for kind, count in sorted(summary.outcomes.items()))
    print(_("{0}: {1} rows added, {2} updated, {3} of your changes kept until the "
            "secretariat has them").format(args.file.name, summary.added, summary.updated,
                                           summary.kept_local)
          + (_("; your changes sent earlier: {0}").format(outcomes) if outcomes else "")
          + (_("; {0} wait for the secretariat's review").format(summary.open_conflicts)
             if summary.open_conflicts else ""))
    return EXIT_OK


def with_passphrase(file: Path, open_file: Callable[[str | None], Opened]) -> Opened:
    """open_file(passphrase) tried with no passphrase (or the environment's), then with the
    words typed on the terminal; without a terminal, one sentence instead of a wait."""
    from app.exchange.container import PassphraseNeeded

    given = os.environ.get(PASSPHRASE_VARIABLE) or None
    passphrase, typed = given, 0
    while True:
        try:
            return open_file(passphrase)
        except PassphraseNeeded as needed:
            if given is not None:
                raise UserError(_("{0} (the words came from {1})").format(
                    needed, PASSPHRASE_VARIABLE)) from None
            if not sys.stdin.isatty():
                raise UserError(_("{0}; no terminal to type them on: set {1} to the "
                                  "words").format(needed, PASSPHRASE_VARIABLE)) from None
            if typed == ATTEMPTS:
                raise UserError(_("{0}; nothing opened").format(needed)) from None
            print(f"nmrf-tracker: {needed}", file=sys.stderr)
            passphrase, typed = input(_("The twelve words for {0}: ").format(file.name)), \
                typed + 1


def _submit(db, args) -> int:
    from app.exchange.ministry import submit_file

    summary = submit_file(db, args.out)
    print(_("{0}: {1} changes").format(summary.path, summary.changes)
          + (f" ({summary.first_seq}–{summary.last_seq})" if summary.changes else "")
          + _(", {0} evidence files, signed with this computer's key {1} (the secretariat "
              "compares it the first time); send it to the secretariat").format(
              summary.evidence, summary.fingerprint))
    if summary.changed_outside:
        print("nmrf-tracker: " + _(
            "warning: rows changed outside NMRF Tracker: {0}; they are not in this file: make "
            "those changes again in the application (`nmrf-tracker check` lists them):").format(
            len(summary.changed_outside)), file=sys.stderr)
        for line in summary.changed_outside[:10]:
            print(f"  - {line}", file=sys.stderr)
    return EXIT_OK


def _consolidate(db, args) -> int:
    from app.exchange.consolidate import consolidate_files, summary_json

    results = consolidate_files(db, args.files, dry_run=args.dry_run,
                                accept_devices=args.accept_device,
                                accept_unsigned=args.accept_unsigned)
    if args.summary_pdf:
        from app.exchange.summary_report import write_consolidation_summary

        write_consolidation_summary(args.summary_pdf, results,
                                    database_title=db.identity.title)
    if args.json:
        print(summary_json(results))
    else:
        for result in results:
            data = result.as_json()
            line = (f"{result.file}: {words(ExchangeFileStatus, result.status)}"
                    + (f" — {result.reason}" if result.reason else ""))
            if result.status in (ExchangeFileStatus.APPLIED, ExchangeFileStatus.WOULD_APPLY):
                line += _("; {0} applied, {1} unchanged, {2} rejected, {3} conflicts").format(
                    data["applied"], data["unchanged"], len(data["rejected"]),
                    data["conflicts"])
            print(line)
            for rejected in data["rejected"]:
                print(_("  rejected {0} {1}: {2}").format(
                    record_words(rejected["table"]), rejected["row"], rejected["reason"]))
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
        print(_("No conflicts to review."))
    for conflict in found:
        field = conflict.field
        sender = conflict.institution or _("the ministry")
        print(f"{conflict.id}  {words(ConflictStatus, conflict.status)}: {conflict.about}\n"
              + _("    {0}: was {1}; now {2} for the secretariat, {3} for {4}").format(
                  field_words(field), value_words(field, conflict.base),
                  value_words(field, conflict.master), value_words(field, conflict.incoming),
                  sender))
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
    print(_("Conflict {0} resolved; the institution hears of it in its next file.").format(
        args.conflict))
    return EXIT_OK


def _devices(db, args) -> int:
    from sqlalchemy import select

    from app.exchange.consolidate import revoke_device
    from app.exchange.keys import fingerprint
    from app.models import Device, Institution

    if args.revoke:
        with db.write() as session:
            revoke_device(session, args.revoke)
        print(_("Device {0} revoked: its files will be refused.").format(args.revoke))
        return EXIT_OK
    with db.read() as session:
        for device, code in session.execute(select(Device, Institution.code).outerjoin(
                Institution, Institution.id == Device.institution_id)):
            key = fingerprint(device.public_key) if device.public_key else _("no key")
            state = (words(DeviceStatus, device.status) if device.kind == DeviceKind.MINISTRY
                     else words(DeviceKind, device.kind))
            print(f"{device.id}  {code or '-'}  {state}  {key}  "
                  + _("changes applied: {0}").format(device.last_seq_applied))
    return EXIT_OK


HANDLERS = {"issue": _issue, "open": _open, "submit": _submit, "consolidate": _consolidate,
            "conflicts": _conflicts, "resolve": _resolve, "devices": _devices}
