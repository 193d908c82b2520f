"""Below the register: the selected recommendation in tabs (text, assignment, status, history)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models.codes import (
    AssignmentRole,
    PersonRole,
    PositionCode,
    Priority,
    StatusCode,
    WorkflowState,
)
from app.services.detail import RecommendationDetail
from app.services.history import Change
from app.services.permissions import Actor, can
from app.services.tracking import may_move
from app.ui.change_words import ChangeWords
from app.ui.code_labels import code_label
from app.ui.widgets.highlight import highlight
from app.ui.widgets.history_table import fill_history, history_rows, history_table
from app.ui.widgets.plan_view import PlanView
from app.ui.widgets.select_row import select_row

LABEL_STYLE = "color:gray;padding-right:10px;vertical-align:top"


def _facts(rows: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(
        f"<tr><td style='{LABEL_STYLE}'>{escape(label)}</td><td>{value}</td></tr>"
        for label, value in rows) + "</table>"


class FileDropArea(QWidget):
    """Accepts files dropped from the file manager while `accepting()` says so."""

    files_dropped = Signal(list)

    def __init__(self, accepting, parent: QWidget | None = None):
        super().__init__(parent)
        self._accepting = accepting
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self._accepting():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.files_dropped.emit(paths)
            event.acceptProposedAction()


class DetailPane(QTabWidget):
    edit_requested = Signal(str)  # recommendation id
    assign_requested = Signal(str, str)  # ("lead" | "supporting", recommendation id)
    history_wanted = Signal(str)  # recommendation id: the History tab was opened
    assessment_requested = Signal(str)  # recommendation id: write a progress report
    attach_requested = Signal(str, list)  # assessment id, dropped paths (empty: ask)
    edit_assessment_requested = Signal(str, str)  # assessment id, recommendation id
    open_evidence_requested = Signal(str, bool)  # evidence id, whether its name looks risky
    plan_wanted = Signal(str)  # recommendation id: the Plan tab was opened
    move_requested = Signal(str, str)  # assessment id, next workflow step
    similar_wanted = Signal(str)  # recommendation id: the Similar tab was opened
    cluster_requested = Signal(list)  # recommendation ids to put in one cluster
    go_to_requested = Signal(str)  # recommendation id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail: RecommendationDetail | None = None
        self.overview = QTextBrowser()
        self.overview.setOpenLinks(False)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Correct the reference, text, position, priority "
                                            "or notes (recorded in the history)"))
        self.edit_button.clicked.connect(lambda: self.detail and self.edit_requested.emit(
            self.detail.id))
        self.assignment = QTextBrowser()
        self.lead_button = QPushButton(self.tr("Set lead…"))
        self.supporting_button = QPushButton(self.tr("Add supporting…"))
        self.lead_button.clicked.connect(lambda: self._assign("lead"))
        self.supporting_button.clicked.connect(lambda: self._assign("supporting"))
        self.status = QTextBrowser()
        self.status.setMaximumHeight(90)
        self.assessments = QTableWidget(0, 5)
        self.assessments.setHorizontalHeaderLabels([
            self.tr("Period"), self.tr("Institution"), self.tr("Status"), self.tr("Stage"),
            self.tr("Narrative")])
        self.assessments.verticalHeader().setVisible(False)
        self.assessments.verticalHeader().setDefaultSectionSize(22)
        self.assessments.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.assessments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assessments.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.assessments.setWordWrap(False)
        assessment_header = self.assessments.horizontalHeader()
        for column in range(4):
            assessment_header.setSectionResizeMode(column,
                                                   QHeaderView.ResizeMode.ResizeToContents)
        assessment_header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.assessments.itemSelectionChanged.connect(self._update_workflow_buttons)
        self.report_button = QPushButton(self.tr("New progress report…"))
        self.report_button.clicked.connect(
            lambda: self.detail and self.assessment_requested.emit(self.detail.id))
        self.workflow_buttons = {
            "submitted": QPushButton(self.tr("Submit")),
            "validated": QPushButton(self.tr("Validate")),
            "accepted": QPushButton(self.tr("Accept")),
            "returned": QPushButton(self.tr("Return…")),
        }
        for step, button in self.workflow_buttons.items():
            button.clicked.connect(lambda _=False, s=step: self._move(s))
        # Who is working: decides which workflow buttons are offered.
        self.actor: Actor | None = None
        self.evidence = QListWidget()
        self.evidence.setMaximumHeight(70)
        self.evidence.setToolTip(self.tr("Files attached to the selected progress report; "
                                         "drop files here to attach them"))
        self.evidence.itemDoubleClicked.connect(lambda _item: self._open_evidence())
        self.edit_assessment_button = QPushButton(self.tr("Edit report…"))
        self.edit_assessment_button.setToolTip(self.tr("A draft or returned report can be changed"))
        self.edit_assessment_button.clicked.connect(self._edit_assessment)
        self.attach_button = QPushButton(self.tr("Attach evidence…"))
        self.attach_button.clicked.connect(lambda: self._attach([]))
        self.open_button = QPushButton(self.tr("Open evidence"))
        self.open_button.clicked.connect(self._open_evidence)
        self.evidence.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(bool(self.evidence.selectedItems())))
        self.history = history_table()
        self.addTab(self._with_buttons(self.overview, self.edit_button), self.tr("Recommendation"))
        self.addTab(self._with_buttons(self.assignment, self.lead_button, self.supporting_button),
                    self.tr("Assignment"))
        self.similar = QTableWidget(0, 5)
        self.similar.setHorizontalHeaderLabels([
            self.tr("Alike"), self.tr("Ref."), self.tr("Review"), self.tr("Recommendation"),
            self.tr("Lead")])
        self.similar.verticalHeader().setVisible(False)
        self.similar.verticalHeader().setDefaultSectionSize(22)
        self.similar.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.similar.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.similar.setWordWrap(False)
        header = self.similar.horizontalHeader()
        for column in (0, 1, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.similar.itemDoubleClicked.connect(self._go_to_similar)
        self.similar_ids: list[str] = []
        self.cluster_similar_button = QPushButton(self.tr("Cluster with these…"))
        self.cluster_similar_button.setToolTip(self.tr(
            "Put this recommendation and the similar ones selected in one cluster"))
        self.cluster_similar_button.clicked.connect(self._cluster_similar)
        self.go_to_button = QPushButton(self.tr("Go to"))
        self.go_to_button.setToolTip(self.tr("Show the selected one in the register "
                                             "(double-click does the same)"))
        self.go_to_button.clicked.connect(lambda: self._go_to_similar(None))
        status_box = QWidget()
        status_column = QVBoxLayout(status_box)
        status_column.setContentsMargins(0, 0, 0, 0)
        status_column.addWidget(self.status)
        status_column.addWidget(self.assessments, 1)
        # The selected report in full: its narrative and next steps (the table cuts them).
        self.report_text = QTextBrowser()
        self.report_text.setMaximumHeight(96)
        status_column.addWidget(self.report_text)
        status_column.addWidget(self.evidence)
        self.status_tab = status_tab = FileDropArea(lambda: self.attach_button.isVisible())
        status_tab.files_dropped.connect(self._attach)
        holder = self._with_buttons(status_box, self.report_button,
                                    *self.workflow_buttons.values(), self.attach_button,
                                    self.open_button)
        status_layout = QVBoxLayout(status_tab)
        status_layout.addWidget(holder)
        status_layout.setContentsMargins(0, 0, 0, 0)
        self.addTab(status_tab, self.tr("Status"))
        self.plan = PlanView()
        self.addTab(self.plan, self.tr("Plan"))
        self.addTab(self.history, self.tr("History"))
        self.addTab(self._with_buttons(self.similar, self.go_to_button,
                                       self.cluster_similar_button), self.tr("Similar"))
        self.similar_tab = self.widget(self.count() - 1)
        self.currentChanged.connect(self._tab_changed)
        self.set_editable(False)

    @staticmethod
    def _with_buttons(view: QWidget, *buttons: QPushButton) -> QWidget:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(view, 1)
        column = QVBoxLayout()
        for button in buttons:
            column.addWidget(button)
        column.addStretch(1)
        row.addLayout(column)
        return holder

    def set_editable(self, editable: bool) -> None:
        for button in (self.edit_button, self.lead_button, self.supporting_button,
                       self.cluster_similar_button):
            button.setVisible(editable)

    def _assign(self, kind: str) -> None:
        if self.detail is not None:
            self.assign_requested.emit(kind, self.detail.id)

    def _tab_changed(self, index: int) -> None:
        if self.detail is None:
            return
        if self.widget(index) is self.history:
            self.history_wanted.emit(self.detail.id)
        elif self.widget(index) is self.plan:
            self.plan_wanted.emit(self.detail.id)
        elif self.widget(index) is self.similar_tab:
            self.similar_wanted.emit(self.detail.id)

    def show_similar(self, rec_id: str, found: list) -> None:
        """`found`: (RecommendationRow, score) pairs for the recommendation `rec_id`."""
        if self.detail is None or self.detail.id != rec_id:
            return  # the person moved on while it was computed
        self.similar_ids = [row.id for row, _ in found]
        self.similar.setRowCount(len(found))
        for line, (row, score) in enumerate(found):
            cells = (f"{score:.0%}", row.reference, f"{row.mechanism} {row.review}",
                     " ".join(row.text.split()), row.lead)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row.text if column == 3 else text)
                self.similar.setItem(line, column, item)
        if not found:
            self.similar.setRowCount(1)
            item = QTableWidgetItem(self.tr("No other recommendation is much alike."))
            self.similar.setItem(0, 3, item)
            self.similar_ids = []
        self.cluster_similar_button.setEnabled(bool(found))
        self.go_to_button.setEnabled(bool(found))

    def _selected_similar(self) -> list[str]:
        rows = sorted({index.row() for index in self.similar.selectionModel().selectedRows()})
        return [self.similar_ids[row] for row in rows if row < len(self.similar_ids)]

    def _go_to_similar(self, _item) -> None:
        chosen = self._selected_similar()
        if chosen:
            self.go_to_requested.emit(chosen[0])

    def _cluster_similar(self) -> None:
        chosen = self._selected_similar() or self.similar_ids
        if self.detail is not None and chosen:
            self.cluster_requested.emit([self.detail.id, *chosen])

    def show_message(self, text: str) -> None:
        self.detail = None
        html = f"<p style='color:gray'>{escape(text)}</p>"
        for view in (self.overview, self.assignment, self.status):
            view.setHtml(html)
        self.history.clear()
        self.similar.setRowCount(0)
        self.similar_ids = []
        self.edit_button.setEnabled(False)
        self.lead_button.setEnabled(False)
        self.supporting_button.setEnabled(False)

    def show_detail(self, detail: RecommendationDetail, query: str = "") -> None:
        self.detail = detail
        for button in (self.edit_button, self.lead_button, self.supporting_button):
            button.setEnabled(True)
        none = f"<span style='color:gray'>{escape(self.tr('none'))}</span>"

        def listed(values: list[str]) -> str:
            return escape("; ".join(values)) if values else none

        title = highlight(detail.reference or self.tr("(no reference)"), query)
        facts = [
            (self.tr("Mechanism"), escape(f"{detail.mechanism} — {detail.mechanism_name}")),
            (self.tr("Review"), escape(f"{detail.review}  {detail.symbol}".strip())),
            (self.tr("Position"), escape(code_label(PositionCode, detail.position_code) + (
                f" ({detail.position_source})" if detail.position_source else ""))),
            (self.tr("Recommending States"), listed(detail.recommending_states)),
            (self.tr("Themes"), listed(detail.themes)),
            (self.tr("Affected persons"), listed(detail.affected_groups)),
            (self.tr("SDGs"), listed(detail.sdgs)),
            (self.tr("Clusters"), listed(detail.clusters)),
            (self.tr("Priority"), escape(self.priority_label(detail.priority)) or none),
            (self.tr("Status"), escape(self.status_label(detail.status_code))),
            (self.tr("Sources"), listed(detail.sources)),
        ]
        notes = (f"<p><b>{escape(self.tr('Notes'))}</b><br>{highlight(detail.notes, query)}</p>"
                 if detail.notes else "")
        translation = f"<p><i>{escape(detail.translation)}</i></p>" if detail.translation else ""
        self.overview.setHtml(f"<h3>{title}</h3><p>{highlight(detail.text, query)}</p>"
                              f"{translation}{_facts(facts)}{notes}")
        self.assignment.setHtml(self._assignment_html(detail))
        self.status.setHtml(self._status_html(detail))
        self._show_assessments(detail)
        if self.currentWidget() is self.history:
            self.history_wanted.emit(detail.id)
        elif self.currentWidget() is self.plan:
            self.plan_wanted.emit(detail.id)
        elif self.currentWidget() is self.similar_tab:
            self.similar.setRowCount(0)
            self.similar_wanted.emit(detail.id)

    def priority_label(self, code: str) -> str:
        return code_label(Priority, code) if code else ""

    def _assignment_html(self, detail: RecommendationDetail) -> str:
        if not detail.roles:
            return "<p style='color:gray'>" + escape(self.tr(
                "No institution is assigned yet. Select the recommendation (or several) and "
                "use Set lead… (Ctrl+L).")) + "</p>"
        parts = []
        for role in detail.roles:
            kind = code_label(AssignmentRole, role.role)
            people = "".join(
                f"<li>{escape(name)} <span style='color:gray'>"
                f"({escape(self.person_role_label(person_role))})"
                f"{' — ' + escape(contact) if contact else ''}</span></li>"
                for name, person_role, contact in role.focal_points)
            people = f"<ul>{people}</ul>" if people else (
                "<p style='color:gray'>" + escape(self.tr("No focal point recorded.")) + "</p>")
            parts.append(f"<p><b>{escape(kind)}: {escape(role.code)}</b> — "
                         f"{escape(role.name)}</p>{people}")
        return "".join(parts)

    def status_label(self, code: str) -> str:
        return code_label(StatusCode, code) if code else self.tr("Not assessed")

    def person_role_label(self, role: str) -> str:
        return code_label(PersonRole, role)

    def _status_html(self, detail: RecommendationDetail) -> str:
        combined = escape(self.status_label(detail.status_code))
        html = f"<p><b>{escape(self.tr('Current status'))}: {combined}</b></p>"
        per_institution = [(r.code, self.status_label(r.status_code)) for r in detail.roles
                           if r.status_code]
        if len(per_institution) > 1:
            html += _facts([(code, escape(status)) for code, status in per_institution])
            html += "<p style='color:gray'>" + escape(self.tr(
                "With several institutions, the recommendation is as far along as the least "
                "advanced of them.")) + "</p>"
        if not detail.assessments:
            return html + "<p style='color:gray'>" + escape(self.tr(
                "No progress report yet: the lead institution's focal point writes one with "
                "New progress report…")) + "</p>"
        return html

    def _show_assessments(self, detail: RecommendationDetail) -> None:
        words = ChangeWords()  # the stages in the same words as the filters and the history
        self.assessments.setRowCount(len(detail.assessments))
        for row, line in enumerate(detail.assessments):
            stage = words.value("workflow_state", line.workflow_state)
            cells = (line.period, line.institution, self.status_label(line.status_code), stage,
                     " ".join(line.narrative.split()))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                tooltip = line.narrative + (f"\n\n{self.tr('Next steps')}: {line.next_steps}"
                                            if line.next_steps else "")
                if line.return_comment and line.workflow_state == WorkflowState.RETURNED:
                    tooltip += f"\n\n{self.tr('Returned because')}: {line.return_comment}"
                item.setToolTip(tooltip or text)
                self.assessments.setItem(row, column, item)
        self.assessments.setVisible(bool(detail.assessments))
        if detail.assessments:
            select_row(self.assessments, 0)
        self._update_workflow_buttons()

    def selected_assessment(self):
        rows = self.assessments.selectionModel().selectedRows()
        if not rows or self.detail is None or rows[0].row() >= len(self.detail.assessments):
            return None
        return self.detail.assessments[rows[0].row()]

    def _update_workflow_buttons(self) -> None:
        actor, detail = self.actor, self.detail
        institutions = detail.roles if detail else []
        self.report_button.setVisible(actor is not None and any(
            can(actor, "report_progress", r.institution_id) for r in institutions))
        line = self.selected_assessment()
        may_report = actor is not None and line is not None and can(
            actor, "report_progress", line.institution_id)
        self.attach_button.setVisible(may_report)
        self.edit_assessment_button.setVisible(may_report and line.workflow_state in (
            WorkflowState.DRAFT, WorkflowState.RETURNED))
        self._show_evidence()
        for step, button in self.workflow_buttons.items():
            button.setVisible(actor is not None and line is not None and may_move(
                actor, line.workflow_state, step, line.institution_id))

    def _show_assessment_text(self, line) -> None:
        parts = [(self.tr("Narrative"), line.narrative), (self.tr("Next steps"), line.next_steps),
                 (self.tr("Returned because"), line.return_comment
                  if line.workflow_state == WorkflowState.RETURNED else "")] if line else []
        self.report_text.setHtml("".join(
            f"<p><b>{escape(label)}:</b> {escape(text)}</p>" for label, text in parts if text))
        self.report_text.setVisible(any(text for _, text in parts))

    def _show_evidence(self) -> None:
        self.evidence.clear()
        line = self.selected_assessment()
        self._show_assessment_text(line)
        for row in (line.evidence if line else ()):
            label = f"{row.title} — {row.original_name} ({row.size / 1024:,.0f} KB)"
            if not row.is_public:
                label += self.tr(" · internal")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row)
            self.evidence.addItem(item)
        self.evidence.setVisible(bool(line and line.evidence))
        self.open_button.setEnabled(False)

    def _attach(self, paths: list[str]) -> None:
        line = self.selected_assessment()
        if line is not None and self.attach_button.isVisible():
            self.attach_requested.emit(line.id, paths)

    def _edit_assessment(self) -> None:
        line = self.selected_assessment()
        if line is not None and self.detail is not None:
            self.edit_assessment_requested.emit(line.id, self.detail.id)

    def _open_evidence(self) -> None:
        items = self.evidence.selectedItems()
        if items:
            row = items[0].data(Qt.ItemDataRole.UserRole)
            self.open_evidence_requested.emit(row.id, row.looks_executable)

    def _move(self, step: str) -> None:
        line = self.selected_assessment()
        if line is not None:
            self.move_requested.emit(line.id, step)

    def show_history(self, entries: list[Change]) -> None:
        fill_history(self.history, entries)

    def history_texts(self) -> list[list[str]]:
        return history_rows(self.history)
