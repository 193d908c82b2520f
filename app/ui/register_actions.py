"""Edits to many recommendations at once, and their undo, as the window offers them.

Each command asks what it needs (an institution, a cluster, a priority), then runs one service
call in one write transaction off the UI thread; the step goes on the undo stack and the
register is refreshed, keeping the search, filters, sort and selection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from app.models.codes import PositionCode, Priority
from app.open_copies import OpenCopies
from app.services import assignments, clusters, register
from app.services.choices import (
    institution_choices,
    position_choices,
    sdg_target_choices,
    theme_choices,
)
from app.services.detail import recommendation_detail
from app.services.undo import UndoStep, run_undoable, step_changes, undo
from app.ui import messages
from app.ui.code_labels import choices, in_words
from app.ui.dialogs.choose import ChooseDialog
from app.ui.dialogs.edit_recommendation import EditRecommendationDialog
from app.ui.directory_commands import DirectoryCommands
from app.ui.plan_commands import PlanCommands
from app.ui.tasks import TaskRunner

NEW_CLUSTER = "__new__"
NO_PRIORITY = "__none__"
MAX_UNDO_STEPS = 20


class RegisterActions(DirectoryCommands, PlanCommands, QObject):
    changed = Signal(object)  # WhatChanged: the window refreshes what shows it
    undo_changed = Signal()
    message = Signal(str)  # one line for the status bar

    def __init__(self, window: QWidget, tasks: TaskRunner, open_copies: OpenCopies):
        super().__init__(window)
        self.window, self.tasks, self.open_copies = window, tasks, open_copies
        self.db = None
        self.undo_steps: list[UndoStep] = []

    def set_database(self, db) -> None:
        self.db = db
        self.undo_steps.clear()
        self.undo_changed.emit()

    # asking --------------------------------------------------------------------------------
    def choose(self, title: str, prompt: str, items: list[tuple[str, str]],
               extra: tuple[str, str] | None = None) -> str | None:
        dialog = ChooseDialog(title, prompt, items, self.window, extra=extra)
        if dialog.exec() != ChooseDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_id()

    def ask_text(self, title: str, prompt: str, text: str = "") -> str | None:
        value, accepted = QInputDialog.getText(self.window, title, prompt, text=text)
        return value if accepted and value.strip() else None

    def _read(self, function: Callable):
        with self.database.read() as session:
            return function(session)

    def _label_of(self, items: list[tuple[str, str]], chosen: str) -> str:
        return dict(items).get(chosen, "").split(" — ")[0]

    # running -------------------------------------------------------------------------------
    def _write(self, label: str, work: Callable, report: Callable[[Any], str]) -> None:
        db = self.db

        def write(progress, cancelled):
            result, step = run_undoable(db, label, work)
            return result, step, step_changes(db, step)

        def done(outcome) -> None:
            result, step, changed = outcome
            if step is not None:
                self.undo_steps.append(step)
                del self.undo_steps[:-MAX_UNDO_STEPS]
                self.undo_changed.emit()
            self.message.emit(report(result))
            self.changed.emit(changed)

        self.tasks.run(write, title=label, parent=self.window, on_done=done)

    def _counted(self, total: int) -> Callable[[int], str]:
        def report(changed: int) -> str:
            unchanged = total - changed
            text = self.tr("%n recommendation(s) changed", "", changed)
            if unchanged:
                text = self.tr("{0}, {1} already so").format(
                    text, self.tr("%n recommendation(s)", "", unchanged))
            return text + "."
        return report

    # commands ------------------------------------------------------------------------------
    def _pick_then_write(self, ids: list[str], title: str, prompt: str, items,
                         label: Callable[[str], str], work: Callable) -> None:
        """Asks for one of `items` (a list, or a function of a read session giving one), then
        writes `work(session, chosen id)` as one undoable step called `label(chosen code)`."""
        if not ids or self.db is None:
            return
        choices = self._read(items) if callable(items) else items
        chosen = self.choose(title, prompt, choices)
        if chosen:
            self._write(label(self._label_of(choices, chosen)),
                        lambda session: work(session, chosen), self._counted(len(ids)))

    def set_lead(self, ids: list[str]) -> None:
        self._pick_then_write(
            ids, self.tr("Set lead institution"), self.tr(
                "Lead institution for the %n selected recommendation(s). A previous lead steps "
                "down; a supporting institution made lead stops supporting.", "", len(ids)),
            institution_choices,
            lambda code: self.tr("Set lead {0} on %n recommendation(s)", "", len(ids)).format(
                code),
            lambda session, chosen: assignments.set_lead(session, ids, chosen))

    def add_supporting(self, ids: list[str]) -> None:
        self._pick_then_write(
            ids, self.tr("Add supporting institution"), self.tr(
                "Supporting institution for the %n selected recommendation(s).", "", len(ids)),
            institution_choices,
            lambda code: self.tr("Add supporting {0} on %n recommendation(s)", "",
                                 len(ids)).format(code),
            lambda session, chosen: assignments.add_supporting(session, ids, chosen))

    def add_to_cluster(self, ids: list[str]) -> None:
        if not ids or self.db is None:
            return
        items = [(cluster_id, self.tr("{0} (%n recommendation(s))", "", count).format(name))
                 for cluster_id, name, count in self._read(clusters.cluster_list)]
        chosen = self.choose(self.tr("Add to cluster"), self.tr(
            "Cluster for the %n selected recommendation(s).", "", len(ids)), items,
            extra=(NEW_CLUSTER, self.tr("New cluster…")))
        if chosen == NEW_CLUSTER:
            name = self.ask_text(self.tr("New cluster"), self.tr("Name of the new cluster:"))
            if name:
                self._write(self.tr("Create cluster “{0}” with %n recommendation(s)", "",
                                    len(ids)).format(name),
                    lambda s: clusters.add_members(s, clusters.create_cluster(s, name), ids),
                    self._counted(len(ids)))
        elif chosen:
            self._write(self.tr("Add %n recommendation(s) to a cluster", "", len(ids)),
                        lambda s: clusters.add_members(s, chosen, ids), self._counted(len(ids)))

    def priorities(self) -> list[tuple[str, str]]:
        return [*choices(Priority), (NO_PRIORITY, self.tr("No priority"))]

    def set_priority(self, ids: list[str]) -> None:
        self._pick_then_write(
            ids, self.tr("Set priority"), self.tr(
                "Priority of the %n selected recommendation(s).", "", len(ids)),
            self.priorities(),
            lambda label: self.tr("Set priority {0} on %n recommendation(s)", "",
                                  len(ids)).format(label),
            lambda session, chosen: assignments.set_priority(
                session, ids, None if chosen == NO_PRIORITY else chosen))

    def add_theme(self, ids: list[str]) -> None:
        self._pick_then_write(
            ids, self.tr("Add theme"), self.tr(
                "Theme to add to the %n selected recommendation(s).", "", len(ids)),
            theme_choices,
            lambda _code: self.tr("Add theme to %n recommendation(s)", "", len(ids)),
            lambda session, chosen: assignments.add_theme(session, ids, chosen))

    def add_sdg_target(self, ids: list[str]) -> None:
        self._pick_then_write(
            ids, self.tr("Add SDG target"), self.tr(
                "SDG target to add to the %n selected recommendation(s).", "", len(ids)),
            sdg_target_choices,
            lambda code: self.tr("Add SDG target {0} to %n recommendation(s)", "",
                                 len(ids)).format(code),
            lambda session, chosen: assignments.add_sdg_target(session, ids, chosen))

    def edit_recommendation(self, rec_id: str) -> EditRecommendationDialog | None:
        if self.db is None:
            return None
        detail = self._read(lambda s: recommendation_detail(s, rec_id))
        if detail is None:
            return None
        positions = in_words(PositionCode, self._read(position_choices))
        priorities = [(None if code == NO_PRIORITY else code, label)
                      for code, label in self.priorities()]
        dialog = EditRecommendationDialog(detail, positions, priorities, self.window)

        def save() -> None:
            changes = dialog.changes()
            if changes:
                self._write(self.tr("Edit recommendation {0}").format(detail.reference),
                            lambda s: register.update_recommendation(
                                s, rec_id, expected_version=detail.row_version, **changes),
                            lambda _: self.tr("Recommendation {0} saved.").format(
                                detail.reference))

        dialog.accepted.connect(save)
        dialog.open()
        return dialog

    # clusters ------------------------------------------------------------------------------
    def rename_cluster(self, cluster_id: str, current: str) -> None:
        name = self.ask_text(self.tr("Rename cluster"), self.tr("New name:"), current)
        if name and name != current:
            self._write(self.tr("Rename cluster “{0}”").format(current),
                        lambda s: clusters.rename_cluster(s, cluster_id, name),
                        lambda _: self.tr("Cluster renamed to “{0}”.").format(name))

    def create_cluster(self) -> None:
        name = self.ask_text(self.tr("New cluster"), self.tr("Name of the new cluster:"))
        if name:
            self._write(self.tr("Create cluster “{0}”").format(name),
                        lambda s: clusters.create_cluster(s, name),
                        lambda _: self.tr("Cluster “{0}” created.").format(name))

    def merge_clusters(self, target_id: str, target_name: str, source_ids: list[str]) -> None:
        if source_ids:
            self._write(self.tr("Merge %n cluster(s) into “{0}”", "", len(source_ids)).format(
                target_name),
                lambda s: clusters.merge_clusters(s, target_id, source_ids),
                lambda moved: self.tr("%n recommendation(s) moved into “{0}”.", "",
                                      moved).format(target_name))

    def delete_cluster(self, cluster_id: str, name: str, count: int) -> None:
        if messages.confirm(self.window, self.tr("Delete cluster"), self.tr(
                "Delete the cluster “{0}”? Its %n recommendation(s) stay in the register; "
                "only the grouping goes. Edit > Undo brings it back.", "", count).format(name)):
            self._write(self.tr("Delete cluster “{0}”").format(name),
                        lambda s: clusters.delete_cluster(s, cluster_id),
                        lambda _: self.tr("Cluster “{0}” deleted.").format(name))

    def set_cluster_lead(self, cluster_id: str) -> None:
        ids = self._read(lambda s: clusters.member_ids(s, cluster_id))
        if not ids:
            messages.show_info(self.window, self.tr("Empty cluster"), self.tr(
                "This cluster has no recommendations yet: add some from the register first."))
            return
        self.set_lead(ids)

    # undo ----------------------------------------------------------------------------------
    def undo_text(self) -> str:
        if not self.undo_steps:
            return self.tr("&Undo")
        return self.tr("&Undo: {0}").format(self.undo_steps[-1].label)

    def undo_last(self) -> None:
        if not self.undo_steps or self.db is None:
            return
        step = self.undo_steps.pop()
        self.undo_changed.emit()
        db = self.db

        def undo_step(progress, cancelled):
            undo(db, step)
            return step_changes(db, step)

        def done(changed) -> None:
            self.message.emit(self.tr("Undone: {0}.").format(step.label))
            self.changed.emit(changed)

        def failed(error, details) -> None:
            messages.show_failure(self.window, self.tr("Cannot undo"), error, details)
            self.changed.emit(step_changes(db, step))  # whatever it left is shown as it is

        self.tasks.run(undo_step, title=self.tr("Undoing"), parent=self.window, on_done=done,
                       on_error=failed)
