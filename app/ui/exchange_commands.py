"""The window's exchange commands: issue, consolidate, review conflicts (secretariat); open
the secretariat's files and prepare files for it (ministry). Every operation runs off the UI
thread through the task runner, then the page and the register are refreshed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer

from app.exchange.conflicts import list_conflicts, resolve_conflict
from app.exchange.consolidate import consolidate_files
from app.exchange.container import PassphraseNeeded
from app.exchange.issue import issue_file
from app.exchange.key_store import KeysLocked
from app.exchange.ministry import (
    SecretariatKeyChanged,
    apply_secretariat_file,
    open_first_file,
    submit_file,
)
from app.exchange.overview import exchange_overview
from app.exchange.summary_report import write_consolidation_summary
from app.models.codes import DatabaseRole, ExchangeFileStatus
from app.ui import messages
from app.ui.dialogs import one_time_words
from app.ui.dialogs.conflicts import ConflictReviewDialog
from app.ui.dialogs.consolidation import ConsolidationDialog
from app.ui.host_parts import WindowParts
from app.ui.pages.exchange import ExchangePage
from app.ui.tasks import failure_shown


class ExchangeCommandsMixin(WindowParts):
    pending_exchange_file: Path | None = None  # to open once a database is (main.py)

    def _build_exchange_page(self) -> ExchangePage:
        page = ExchangePage()
        page.issue_requested.connect(self.issue_exchange_file)
        page.consolidate_requested.connect(self.consolidate_exchange_files)
        page.conflicts_requested.connect(self.review_conflicts)
        page.submit_requested.connect(self.submit_exchange_file)
        page.open_file_requested.connect(self.open_secretariat_file)
        return page

    def _build_exchange_menu(self, file_menu) -> None:
        self.open_exchange_action = self._action(
            file_menu, self.tr("Open a file from the &secretariat…"),
            self.open_secretariat_file)

    def _show_exchange(self) -> None:
        db = self.db
        if db is None:
            return

        def read(progress, cancelled):
            with db.read() as session:
                return exchange_overview(session)

        def show(overview: Any) -> None:
            if self.db is db:  # not a database closed meanwhile
                self.exchange.show_overview(overview)

        self.tasks.run(read, title=self.tr("Reading the exchange ledger"), parent=self,
                       on_done=show,
                       failure=self.tr("Cannot read the exchange ledger"))

    def issue_exchange_file(self, code: str, for_new_device: bool = False) -> None:
        db = self.db
        suggested = Path.home() / f"{code}-from-secretariat-{date.today().isoformat()}.nmrf"
        target = messages.choose_exchange_target(self, suggested)
        if db is None or target is None:
            return

        def done(summary) -> None:
            whole = summary.kind == ExchangeFileStatus.SNAPSHOT
            what = self.tr("a whole copy") if whole else self.tr(
                "the changes since what it acknowledged")
            encrypted = self.tr("Encrypted: it opens only with the twelve words shown next.") \
                if summary.passphrase else self.tr(
                "Encrypted to the registered computers of {0}.").format(summary.institution)
            messages.show_info(self, self.tr("File issued"), self.tr(
                "{0} holds {1} for {2}: {3} rows, {4} evidence files.\n\nSigned with the "
                "secretariat's key, fingerprint {5} — the focal point compares it when "
                "opening the file the first time.").format(
                summary.path, what, summary.institution, summary.rows, summary.evidence,
                summary.fingerprint) + "\n\n" + encrypted)
            if summary.passphrase:
                one_time_words.show_words(self, summary.path.name, summary.institution,
                                          summary.passphrase)
            self._show_exchange()

        self.with_unlocked_key(lambda: self.tasks.run(
            lambda progress, cancelled: issue_file(db, code, target,
                                                   for_new_device=for_new_device),
            title=self.tr("Issuing the file for {0}").format(code), parent=self,
            on_done=done, failure=self.tr("Cannot issue the file")))

    def open_pending_exchange_file(self) -> None:
        path, self.pending_exchange_file = self.pending_exchange_file, None
        if path is not None:
            # Once the window has finished opening the database it was opening.
            QTimer.singleShot(0, lambda: self.open_exchange_file(path))

    def open_exchange_file(self, path: Path) -> None:
        """A .nmrf file opened from outside (double-clicked, `--open`): a ministry's file is
        consolidated into the secretariat's database; a file from the secretariat is opened
        in the focal point's copy, or makes that copy when none is open."""
        if self.db is not None and self.db.identity.role == DatabaseRole.SECRETARIAT:
            self.consolidate_exchange_files([Path(path)])
        else:
            self.open_secretariat_file(Path(path))

    def consolidate_exchange_files(self, files: list[Path] | None = None) -> None:
        db = self.db
        files = files or messages.choose_files_to_consolidate(self)
        if db is None or not files:
            return
        self.with_unlocked_key(lambda: self.tasks.run(
            lambda progress, cancelled: consolidate_files(
                db, files, dry_run=True, accept_unsigned=True,
                progress=progress),
            title=self.tr("Checking the files"), parent=self,
            on_done=lambda results: self._confirm_devices(db, files, results),
            failure=self.tr("Cannot check the files")))

    def _confirm_devices(self, db, files: list[Path], checked) -> None:
        """The operator compares each new (or revoked) device's fingerprint with its focal
        point, and confirms unsigned databases; then the files are checked again with what
        was accepted, for the preview."""
        devices, unsigned = [], []
        for path, result in zip(files, checked, strict=True):
            if not (result.device_to_accept or (result.unsigned and result.status
                                                 == ExchangeFileStatus.WOULD_APPLY)):
                continue
            if messages.confirm_device(self, result.file, result.institution,
                                       result.fingerprint, result.unsigned):
                if result.unsigned:
                    unsigned.append(path)
                if result.device_to_accept:
                    devices.append(result.fingerprint or result.device_id)
        self.tasks.run(
            lambda progress, cancelled: consolidate_files(
                db, files, dry_run=True, accept_devices=devices, accept_unsigned=unsigned,
                progress=progress),
            title=self.tr("Checking the files"), parent=self,
            on_done=lambda preview: self._confirm_and_apply(db, files, preview, devices,
                                                            unsigned),
            failure=self.tr("Cannot check the files"))

    def _confirm_and_apply(self, db, files: list[Path], preview, devices: list[str],
                           unsigned: list[Path]) -> None:
        if ConsolidationDialog(preview, dry_run=True, parent=self).exec() != \
                ConsolidationDialog.DialogCode.Accepted:
            return

        def done(results) -> None:
            dialog = ConsolidationDialog(results, dry_run=False, parent=self)
            dialog.exec()
            if dialog.export_wanted:
                self._export_consolidation(db, results)
            self.refresh_after_edit()

        self.tasks.run(
            lambda progress, cancelled: consolidate_files(
                db, files, accept_devices=devices, accept_unsigned=unsigned,
                progress=progress,
                cancelled=cancelled),
            title=self.tr("Consolidating"), parent=self, cancellable=True, on_done=done,
            failure=self.tr("Consolidation stopped; the database is as it was before the "
                            "file being applied"))

    def _export_consolidation(self, db, results) -> None:
        target = messages.choose_pdf_target(
            self, Path.home() / f"consolidation-{date.today().isoformat()}.pdf")
        if target is None:
            return
        self.tasks.run(
            lambda progress, cancelled: write_consolidation_summary(
                target, results, database_title=db.identity.title),
            title=self.tr("Writing the summary"), parent=self,
            on_done=lambda path: messages.open_file(path),
            failure=self.tr("Cannot write the summary"))

    def review_conflicts(self) -> None:
        db = self.db
        if db is None:
            return

        def read(progress, cancelled):
            with db.read() as session:
                return list_conflicts(session)

        def show(conflicts) -> None:
            dialog = ConflictReviewDialog(conflicts, lambda *decision: decide(
                dialog, *decision), self)
            dialog.exec()
            self.refresh_after_edit()

        def decide(dialog, conflict_id, choice, justification, merged) -> None:
            def work(progress, cancelled):
                with db.write() as session:
                    resolve_conflict(session, conflict_id, choice, justification, merged)
                return read(progress, cancelled)
            self.tasks.run(work, title=self.tr("Recording the decision"), parent=dialog,
                           on_done=dialog.show_conflicts,
                           on_error=lambda error, details: dialog.show_error(str(error)))

        self.tasks.run(read, title=self.tr("Reading the conflicts"), parent=self,
                       on_done=show, failure=self.tr("Cannot read the conflicts"))

    def submit_exchange_file(self) -> None:
        db = self.db
        suggested = Path.home() / f"to-secretariat-{date.today().isoformat()}.nmrf"
        target = messages.choose_exchange_target(self, suggested)
        if db is None or target is None:
            return
        def ready(summary: Any) -> None:
            messages.show_info(self, self.tr("File ready"), self.tr(
                "{0} holds {1} and {2}, signed by this computer. It was checked after "
                "writing: copy it to the USB stick or attach it to an e-mail for the "
                "secretariat.").format(
                summary.path, self.tr("%n change(s)", "", summary.changes),
                self.tr("%n evidence file(s)", "", summary.evidence)) + self._outside_warning(
                summary.changed_outside))
            self._show_exchange()

        self.with_unlocked_key(lambda: self.tasks.run(
            lambda progress, cancelled: submit_file(db, target),
            title=self.tr("Preparing the file"), parent=self, on_done=ready,
            failure=self.tr("Cannot prepare the file")))

    def _outside_warning(self, changed_outside: tuple[str, ...]) -> str:
        if not changed_outside:
            return ""
        return "\n\n" + self.tr(
            "Warning: %n row(s) were changed outside NMRF Tracker (with another program) and "
            "left out of this file. Make those changes again in the application:", "",
            len(changed_outside)) + "\n" + "\n".join(
            f"• {line}" for line in changed_outside[:10])

    def open_secretariat_file(self, file: Path | None = None) -> None:
        file = file or messages.choose_exchange_file(self)
        if file is None:
            return
        db = self.db
        if db is not None and db.identity.role == "institution":
            def done(summary) -> None:
                messages.show_info(self, self.tr("File opened"), self.tr(
                    "{0}: {1} rows added, {2} updated; {3} of your changes kept until the "
                    "secretariat has them.").format(summary.path.name, summary.added,
                                                    summary.updated, summary.kept_local))
                self.refresh_after_edit()
            self.with_unlocked_key(lambda: self._open_with_words(
                file, lambda words, key: lambda progress, cancelled: apply_secretariat_file(
                    db, file, lambda done, total: progress(done, total, ""), passphrase=words,
                    accept_key=key),
                title=self.tr("Opening {0}").format(file.name), on_done=done))
            return
        target = messages.choose_database_to_create(
            self, self.paths.data / f"{file.stem}.db")
        if target is None:
            return

        def created(result) -> None:
            new_db, summary = result
            self.attach(new_db)
            messages.show_info(self, self.tr("Your working copy is ready"), self.tr(
                "{0} now holds {1}'s recommendations and everything attached to them.\n\n"
                "The secretariat's key is pinned: fingerprint {2}. Compare it with the one "
                "the secretariat gives you; files signed by any other key will be "
                "refused.").format(target, summary.institution, summary.fingerprint))

        author = self.author
        self._open_with_words(
            file, lambda words, _key: lambda progress, cancelled: open_first_file(
                target, file, author=author, passphrase=words),
            title=self.tr("Creating your working copy"), on_done=created)

    def _open_with_words(self, file: Path, task_with: Callable[[str | None, str], Any], *,
                         title: str, on_done: Callable[[Any], object],
                         words: str | None = None, key: str = "") -> None:
        """Runs task_with(words, accepted_key); when the file opens only with its twelve
        words, asks for them (again, saying what was wrong); when it is signed by a new
        secretariat key, asks to compare its fingerprint; when this computer's key needs
        its passphrase, asks for it — then runs it once more."""
        failed = failure_shown(self, self.tr("Cannot open {0}").format(file.name))

        def again(words: str | None = words, key: str = key) -> None:
            self._open_with_words(file, task_with, title=title, on_done=on_done,
                                  words=words, key=key)

        def on_error(error: BaseException, details: str) -> None:
            if isinstance(error, PassphraseNeeded):
                typed = one_time_words.ask_words(self, file.name, str(error), error.wrong)
                if typed is not None:
                    again(words=typed)
            elif isinstance(error, SecretariatKeyChanged):
                if messages.confirm_secretariat_key(self, file.name, error.fingerprint):
                    again(key=error.fingerprint)
            elif isinstance(error, KeysLocked):
                if self.ask_to_unlock(error):
                    again()
            else:
                failed(error, details)

        self.tasks.run(task_with(words, key), title=title, parent=self, on_done=on_done,
                       on_error=on_error)
