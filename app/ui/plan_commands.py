"""Commands on progress reports and the plan (see RegisterActions)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from app.models.codes import StatusCode, UserRole, WorkflowState
from app.services import tracking, tracking_edits
from app.services.choices import institution_choices, status_choices
from app.services.detail import recommendation_detail
from app.services.evidence import (
    EvidenceSpec,
    evidence_of,
    read_evidence_file,
    store_evidence,
    write_evidence_copy,
)
from app.services.history import row_history
from app.services.permissions import HOLDER_OF_THE_FILE, can
from app.services.plan import action_facts, action_rows, indicator_facts, indicator_rows
from app.services.tracking import current_period
from app.ui import messages
from app.ui.code_labels import in_words
from app.ui.dialogs.assessment import AssessmentDialog
from app.ui.dialogs.evidence import EvidenceDetailsDialog, EvidenceListDialog
from app.ui.dialogs.history import HistoryDialog
from app.ui.dialogs.plan_forms import (
    ActionDialog,
    DeadlineDialog,
    IndicatorDialog,
    ValueDialog,
)
from app.ui.host_parts import CommandParts


class PlanCommands(CommandParts):
    """Mixed into RegisterActions: uses its _read, _write, ask_text and window."""

    # progress reports --------------------------------------------------------------------
    def new_assessment(self, rec_id: str) -> AssessmentDialog | None:
        if self.db is None:
            return None
        detail = self._read(lambda s: recommendation_detail(s, rec_id))
        actor = self.db.actor or HOLDER_OF_THE_FILE
        institutions = [(role.institution_id, f"{role.code} — {role.name}")
                        for role in detail.roles
                        if can(actor, "report_progress", role.institution_id)]
        if not institutions:
            messages.show_info(self.window, self.tr("Progress report"), self.tr(
                "Only a focal point of the lead or a supporting institution (or the "
                "secretariat) reports progress on this recommendation."))
            return None
        dialog = AssessmentDialog(detail.reference, detail.text, institutions,
                                      in_words(StatusCode, self._read(status_choices)), self.window)

        def save() -> None:
            values = dialog.values()
            self._write(self.tr("Progress report on {0}").format(detail.reference),
                        lambda s: tracking.add_assessment(s, recommendation_id=rec_id, **values),
                        lambda _: self.tr("Progress report saved as a draft."))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def move_assessment(self, assessment_id: str, step: str) -> None:
        comment = None
        if step == WorkflowState.RETURNED:
            comment = self.ask_text(self.tr("Return the progress report"), self.tr(
                "Why is it returned? The focal point sees this comment:"))
            if not comment:
                return
        else:
            # What the step does, said before it is done; Cancel leaves the report as it is.
            questions = {
                "submitted": (self.tr("Submit the progress report"), self.tr(
                    "It goes to your ministry's validating authority, and can no longer be "
                    "changed here unless it is returned to you. Submit it now?")),
                "validated": (self.tr("Validate the progress report"), self.tr(
                    "It goes to the secretariat, who accepts it or returns it with a comment. "
                    "Validate it now?")),
                "accepted": (self.tr("Accept the progress report"), self.tr(
                    "Its status becomes the recommendation's current status for this "
                    "institution, in the register, the matrix and the reports. Accept it "
                    "now?"))}
            title, question = questions[step]
            if not messages.confirm(self.window, title, question):
                return
        # (the step in Edit > Undo, what the status bar says once it is done)
        steps: dict[str, tuple[str, str]] = {
                 WorkflowState.SUBMITTED: (self.tr("Submit the progress report"),
                                           self.tr("Progress report submitted.")),
                 WorkflowState.VALIDATED: (self.tr("Validate the progress report"),
                                           self.tr("Progress report validated.")),
                 WorkflowState.ACCEPTED: (self.tr("Accept the progress report"),
                                          self.tr("Progress report accepted.")),
                 WorkflowState.RETURNED: (self.tr("Return the progress report"),
                                          self.tr("Progress report returned."))}
        undo_label, done = steps[step]
        self._write(undo_label,
                    lambda s: tracking.move_assessment(s, assessment_id, step, comment=comment),
                    lambda _: done)

    # the plan ------------------------------------------------------------------------------
    def _institutions_for(self, rec_id: str | None) -> list[tuple[str, str]]:
        """The institutions this person may plan for: their own, or for the secretariat the
        recommendation's (or every institution)."""
        actor = self.database.actor or HOLDER_OF_THE_FILE
        choices = self._read(institution_choices)
        if actor.role == UserRole.SECRETARIAT and rec_id:
            detail = self._read(lambda s: recommendation_detail(s, rec_id))
            assigned = {role.institution_id for role in detail.roles}
            return [c for c in choices if c[0] in assigned] or choices
        return [c for c in choices if can(actor, "report_progress", c[0])]

    def add_action(self, rec_id: str | None = None,
                   rec_ids: list[str] | None = None) -> ActionDialog | None:
        """One action for one recommendation, a selection of them (`rec_ids`), or none."""
        if self.db is None:
            return None
        linked = rec_ids or ([rec_id] if rec_id else [])
        institutions = self._institutions_for(rec_id or (linked[0] if len(linked) == 1
                                                         else None))
        if not institutions:
            messages.show_info(self.window, self.tr("Plan"), self.tr(
                "Actions are planned by the secretariat or by a focal point for their own "
                "institution."))
            return None
        dialog = ActionDialog(institutions, self.window,
                              everyone=self._read(institution_choices))

        def save() -> None:
            values = dialog.values()
            spec = tracking.ActionSpec(recommendation_ids=linked, **values)
            self._write(self.tr("Add action “{0}”").format(spec.title),
                        lambda s: tracking.add_action(s, spec),
                        lambda _: self.tr("Action “{0}” added to the plan.").format(spec.title))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def add_indicator(self, rec_id: str | None = None) -> IndicatorDialog | None:
        if self.db is None:
            return None
        institutions = self._institutions_for(rec_id)
        if not institutions:
            messages.show_info(self.window, self.tr("Plan"), self.tr(
                "Indicators are defined by the secretariat or by a focal point for their own "
                "institution."))
            return None
        actions = [(a.id, a.title) for a in self._read(
            lambda s: action_rows(s, recommendation_id=rec_id))] if rec_id else []
        dialog = IndicatorDialog(institutions, self.window, actions=actions)

        def save() -> None:
            action_id = dialog.measured_action()
            spec = tracking.IndicatorSpec(
                recommendation_ids=[rec_id] if rec_id and not action_id else [],
                action_ids=[action_id] if action_id else [], **dialog.values())
            self._write(self.tr("Add indicator “{0}”").format(spec.name),
                        lambda s: tracking.add_indicator(s, spec),
                        lambda _: self.tr("Indicator “{0}” added.").format(spec.name))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_action(self, action_id: str) -> ActionDialog | None:
        if self.db is None:
            return None
        current = self._read(lambda s: action_facts(s, action_id))
        choices = self._read(institution_choices)
        dialog = ActionDialog(choices, self.window, everyone=choices, current=current)

        def save() -> None:
            values = dialog.values()
            del values["lead_institution_id"]
            self._write(self.tr("Edit action “{0}”").format(values["title"]),
                        lambda s: tracking_edits.update_action(s, action_id, **values),
                        lambda _: self.tr("Action “{0}” saved.").format(values["title"]))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_indicator(self, indicator_id: str) -> IndicatorDialog | None:
        if self.db is None:
            return None
        current = self._read(lambda s: indicator_facts(s, indicator_id))
        dialog = IndicatorDialog(self._read(institution_choices), self.window, current=current)

        def save() -> None:
            values = dialog.values()
            del values["institution_id"]
            self._write(self.tr("Edit indicator “{0}”").format(values["name"]),
                        lambda s: tracking_edits.update_indicator(s, indicator_id, **values),
                        lambda _: self.tr("Indicator “{0}” saved.").format(values["name"]))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def edit_assessment(self, assessment_id: str, rec_id: str) -> AssessmentDialog | None:
        if self.db is None:
            return None
        detail = self._read(lambda s: recommendation_detail(s, rec_id))
        line = next(a for a in detail.assessments if a.id == assessment_id)
        dialog = AssessmentDialog(detail.reference, detail.text, [(line.institution_id,
                                                          line.institution)],
                                      in_words(StatusCode, self._read(status_choices)),
                                      self.window, current=line)

        def save() -> None:
            values = dialog.values()
            del values["institution_id"]
            self._write(self.tr("Edit progress report on {0}").format(detail.reference),
                        lambda s: tracking_edits.update_assessment(s, assessment_id, **values),
                        lambda _: self.tr("Progress report saved."))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def add_deadline(self) -> DeadlineDialog | None:
        if self.db is None:
            return None
        actor = self.db.actor or HOLDER_OF_THE_FILE
        choices = [c for c in self._read(institution_choices)
                   if can(actor, "report_progress", c[0])]
        if actor.role == UserRole.SECRETARIAT:
            choices = [(None, self.tr("(the secretariat itself)")), *choices]
        if not choices:
            return None
        dialog = DeadlineDialog(choices, self.window)

        def save() -> None:
            values = dialog.values()
            self._write(self.tr("Add deadline “{0}”").format(values["title"]),
                        lambda s: tracking.add_deadline(s, **values),
                        lambda _: self.tr("Deadline “{0}” added.").format(values["title"]))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    def complete_deadline(self, deadline_id: str) -> None:
        self._write(self.tr("Deadline completed"),
                    lambda s: tracking_edits.complete_deadline(s, deadline_id),
                    lambda _: self.tr("Deadline marked completed today."))

    def delete_plan_item(self, kind: str, row_id: str, name: str) -> None:
        if not messages.confirm(self.window, self.tr("Delete"), self.tr(
                "Delete “{0}” from the plan? Edit > Undo brings it back.").format(name)):
            return
        delete = tracking_edits.delete_action if kind == "action" \
            else tracking_edits.delete_indicator
        self._write(self.tr("Delete “{0}”").format(name), lambda s: delete(s, row_id),
                    lambda _: self.tr("“{0}” deleted from the plan.").format(name))

    def record_history(self, table: str, row_id: str) -> HistoryDialog | None:
        if self.db is None:
            return None
        entries = self._read(lambda s: row_history(s, table, row_id))
        dialog = HistoryDialog(entries, self.window)
        dialog.open()
        return dialog

    def record_value(self, indicator_id: str) -> ValueDialog | None:
        if self.db is None:
            return None
        indicator = next(i for i in self._read(lambda s: indicator_rows(s))
                         if i.id == indicator_id)
        dialog = ValueDialog(indicator.name, indicator.unit, current_period(), self.window)

        def save() -> None:
            values = dialog.values()
            evidence = dialog.evidence_path

            def work(session) -> str:
                # The value and its source document land together, or neither does.
                value_id = tracking.record_indicator_value(session, indicator_id, **values)
                if evidence is not None:
                    store_evidence(session, EvidenceSpec(
                        content=read_evidence_file(evidence), original_name=evidence.name,
                        title=evidence.stem.replace("_", " "), evidence_date=values["value_date"],
                        indicator_value_id=value_id))
                return value_id

            self._write(self.tr("Value of “{0}”").format(indicator.name), work,
                        lambda _: self.tr("Value recorded for “{0}”.").format(indicator.name))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    # evidence ------------------------------------------------------------------------------
    def attach_evidence(self, assessment_id: str, paths: list[str]) -> None:
        self.attach_files(paths, assessment_id=assessment_id)

    def attach_files(self, paths: list[str], **target) -> bool:
        """Files read and checked off the UI thread, all stored in one step or none. One file
        chosen in the dialog gets a title and visibility; dropped files keep their names."""
        chosen = [Path(p) for p in paths] or messages.choose_evidence_files(self.window)
        if not chosen or self.db is None:
            return False
        details = {}
        if not paths and len(chosen) == 1:
            form = EvidenceDetailsDialog(chosen[0], self.window)
            if form.exec() != EvidenceDetailsDialog.DialogCode.Accepted:
                return False
            details = form.details()

        def work(session) -> int:
            for path in chosen:
                store_evidence(session, EvidenceSpec(
                    content=read_evidence_file(path), original_name=path.name,
                    title=details.get("title") or path.stem.replace("_", " "),
                    evidence_date=details.get("evidence_date", date.today()),
                    is_public=details.get("is_public", False), **target))
            return len(chosen)

        self._write(self.tr("Attach %n file(s)", "", len(chosen)), work,
                    lambda count: self.tr("%n evidence file(s) attached.", "", count))
        return True

    def action_evidence(self, action_id: str) -> EvidenceListDialog | None:
        if self.db is None:
            return None
        actor = self.db.actor or HOLDER_OF_THE_FILE

        def rows() -> list:
            return self._read(lambda s: evidence_of(s, [action_id], "action_id")).get(
                action_id, [])

        lead = self._read(lambda s: tracking_edits.action_lead(s, action_id))
        dialog = EvidenceListDialog(self.tr("Evidence of the action"), rows(),
                                    can(actor, "report_progress", lead) if lead
                                    else actor.role == UserRole.SECRETARIAT, self.window)
        dialog.attach_requested.connect(lambda: self.attach_files([], action_id=action_id))
        dialog.open_requested.connect(self.open_evidence)
        def refresh(_changed: object = None) -> None:
            dialog.show_rows(rows())

        # Follows the data while open; closing it (it is deleted) ends the connection.
        self.changed.connect(refresh)
        dialog.finished.connect(lambda _result: self.changed.disconnect(refresh))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_evidence(self, evidence_id: str, looks_executable: bool) -> Path | None:
        """Written out under the extension of its checked type, then opened by the system."""
        if self.db is None:
            return None
        if looks_executable and not messages.confirm(self.window, self.tr("Open evidence"), self.tr(
                "The file's name looks like a program. Its content was checked when it was "
                "attached and it opens as the document type it really is — open it?")):
            return None
        folder = self.open_copies.folder()
        path = self._read(lambda s: write_evidence_copy(s, evidence_id, folder))
        messages.open_file(path)
        return path
