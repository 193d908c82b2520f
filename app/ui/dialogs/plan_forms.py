"""Forms of the plan: an action, an indicator, an indicator value."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.codes import ActionStatus, IndicatorDirection, IndicatorKind
from app.ui import messages
from app.ui.code_labels import choices
from app.ui.widgets.inputs import DateBox, TextBox


class _Form(QDialog):
    """A titled form with Save/Cancel and a line for the first problem found."""

    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a40000")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check_and_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def number(self, edit: QLineEdit, field: str, required: bool = False) -> float | None:
        """The number typed ("1 250,5" and "1,250.5" both read), or a problem naming the
        field; raises ValueError after showing it."""
        text = edit.text().strip().replace(" ", "").replace("\u00a0", "")
        if not text:
            if required:
                self.problem.setText(self.tr("{0}: a number is needed.").format(field))
                raise ValueError(field)
            return None
        if text.count(",") == 1 and "." not in text:
            text = text.replace(",", ".")
        text = text.replace(",", "")
        try:
            return float(text)
        except ValueError:
            self.problem.setText(self.tr("{0}: “{1}” is not a number.").format(
                field, edit.text()))
            raise

    def check(self) -> None:
        """Raises ValueError after showing the problem."""

    def _check_and_accept(self) -> None:
        try:
            self.check()
        except ValueError:
            return
        self.accept()


class ActionDialog(_Form):
    def __init__(self, institutions: list[tuple[str, str]], parent: QWidget | None = None,
                 *, everyone: list[tuple[str, str]] | None = None, current: dict | None = None):
        """`institutions`: who may lead; `everyone`: who may support; `current`: editing."""
        super().__init__(self.tr("Edit action") if current else self.tr("New action"), parent)
        self.resize(600, 520)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Train 300 police officers on the new law"))
        self.status = QComboBox()
        for status, words in choices(ActionStatus):
            self.status.addItem(words, status)
        self.lead = QComboBox()
        for institution_id, label in institutions:
            self.lead.addItem(label, institution_id)
        self.start = DateBox()
        self.end = DateBox(date(date.today().year + 1, 12, 31))
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(self.tr("amount"))
        self.currency = QLineEdit()
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText(self.tr("EUR"))
        money = QHBoxLayout()
        money.addWidget(self.budget, 1)
        money.addWidget(self.currency)
        self.description = TextBox()
        self.outcome = TextBox()
        self.supporting = QListWidget()
        self.supporting.setMaximumHeight(90)
        for institution_id, label in everyone or []:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, institution_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.supporting.addItem(item)
        self.form.addRow(self.tr("Title:"), self.title)
        self.form.addRow(self.tr("Lead institution:"), self.lead)
        if everyone:
            self.form.addRow(self.tr("Supporting:"), self.supporting)
        self.form.addRow(self.tr("Status:"), self.status)
        self.form.addRow(self.tr("Starts:"), self.start)
        self.form.addRow(self.tr("Ends:"), self.end)
        self.form.addRow(self.tr("Budget:"), money)
        self.form.addRow(self.tr("Description:"), self.description)
        self.form.addRow(self.tr("Expected outcome:"), self.outcome)
        if current:
            self._fill(current)

    def _fill(self, current: dict) -> None:
        self.title.setText(current["title"])
        self.status.setCurrentIndex(max(0, self.status.findData(current["status"])))
        self.lead.setCurrentIndex(max(0, self.lead.findData(current["lead_institution_id"])))
        self.lead.setEnabled(False)  # the lead answers for the action: a new one if it changes
        for edit, day in ((self.start, current["start_date"]), (self.end, current["end_date"])):
            if day:
                edit.setDate(QDate(day.year, day.month, day.day))
        if current["budget_amount"] is not None:
            self.budget.setText(f"{current['budget_amount']:g}")
        self.currency.setText(current["budget_currency"] or "")
        self.description.setPlainText(current["description"] or "")
        self.outcome.setPlainText(current["expected_outcome"] or "")
        for row in range(self.supporting.count()):
            item = self.supporting.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in current["supporting_institution_ids"]:
                item.setCheckState(Qt.CheckState.Checked)

    def supporting_ids(self) -> list[str]:
        return [self.supporting.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.supporting.count())
                if self.supporting.item(r).checkState() == Qt.CheckState.Checked]

    def check(self) -> None:
        if not self.title.text().strip():
            self.problem.setText(self.tr("Title: an action needs a title."))
            raise ValueError("title")
        if self.end.day() < self.start.day():
            self.problem.setText(self.tr("Ends: the end date is before the start date."))
            raise ValueError("dates")
        amount = self.number(self.budget, self.tr("Budget"))
        if amount is not None and len(self.currency.text().strip()) != 3:
            self.problem.setText(self.tr("Budget: give the currency as three letters (EUR, "
                                         "XOF, USD)."))
            raise ValueError("currency")

    def values(self) -> dict:
        amount = self.number(self.budget, self.tr("Budget"))
        return {"title": self.title.text().strip(), "status": self.status.currentData(),
                "lead_institution_id": self.lead.currentData(),
                "start_date": self.start.day(), "end_date": self.end.day(),
                "budget_amount": amount,
                "budget_currency": self.currency.text().strip().upper() or None,
                "description": self.description.toPlainText().strip() or None,
                "expected_outcome": self.outcome.toPlainText().strip() or None,
                "supporting_institution_ids": self.supporting_ids()}


class IndicatorDialog(_Form):
    def __init__(self, institutions: list[tuple[str, str]], parent: QWidget | None = None,
                 *, current: dict | None = None, actions: list[tuple[str, str]] | None = None):
        """`actions`: the recommendation's actions the indicator may measure."""
        super().__init__(self.tr("Edit indicator") if current else self.tr("New indicator"),
                         parent)
        self.resize(560, 460)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Share of births registered within 30 days"))
        self.kind = QComboBox()
        for kind, words in choices(IndicatorKind):
            self.kind.addItem(words, kind)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("%, people, cases…"))
        self.direction = QComboBox()
        for direction, words in choices(IndicatorDirection):
            self.direction.addItem(words, direction)
        self.institution = QComboBox()
        for institution_id, label in institutions:
            self.institution.addItem(label, institution_id)
        self.baseline = QLineEdit()
        self.baseline_date = DateBox()
        self.target = QLineEdit()
        self.target_date = DateBox(date(date.today().year + 2, 12, 31))
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. Civil registry annual statistics"))
        self.disaggregation = QLineEdit()
        self.disaggregation.setPlaceholderText(self.tr("e.g. sex, age group, region"))
        self.action = QComboBox()
        self.action.addItem(self.tr("(the recommendation itself)"), None)
        for action_id, title in actions or []:
            self.action.addItem(title, action_id)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Type:"), self.kind)
        self.form.addRow(self.tr("Unit:"), self.unit)
        self.form.addRow(self.tr("Direction:"), self.direction)
        self.form.addRow(self.tr("Responsible institution:"), self.institution)
        self.form.addRow(self.tr("Baseline value:"), self.baseline)
        self.form.addRow(self.tr("Baseline date:"), self.baseline_date)
        self.form.addRow(self.tr("Target value:"), self.target)
        self.form.addRow(self.tr("Target date:"), self.target_date)
        self.form.addRow(self.tr("Data source:"), self.source)
        self.form.addRow(self.tr("Disaggregated by:"), self.disaggregation)
        if actions:
            self.form.addRow(self.tr("Measures:"), self.action)
        if current:
            self.name.setText(current["name"])
            self.kind.setCurrentIndex(max(0, self.kind.findData(current["kind"])))
            self.unit.setText(current["unit"] or "")
            self.direction.setCurrentIndex(max(0, self.direction.findData(current["direction"])))
            self.institution.setCurrentIndex(
                max(0, self.institution.findData(current["institution_id"])))
            self.institution.setEnabled(False)
            for edit, value in ((self.baseline, current["baseline_value"]),
                                (self.target, current["target_value"])):
                edit.setText("" if value is None else f"{value:g}")
            for box, day in ((self.baseline_date, current["baseline_date"]),
                             (self.target_date, current["target_date"])):
                if day:
                    box.setDate(QDate(day.year, day.month, day.day))
            self.source.setText(current["data_source"] or "")
            self.disaggregation.setText(current.get("disaggregation") or "")

    def check(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Name: an indicator needs a name."))
            raise ValueError("name")
        self.number(self.baseline, self.tr("Baseline value"))
        self.number(self.target, self.tr("Target value"))
        if self.target_date.day() <= self.baseline_date.day():
            self.problem.setText(self.tr("Target date: it should come after the baseline."))
            raise ValueError("dates")

    def values(self) -> dict:
        return {"name": self.name.text().strip(), "kind": self.kind.currentData(),
                "unit": self.unit.text().strip(), "direction": self.direction.currentData(),
                "institution_id": self.institution.currentData(),
                "baseline_value": self.number(self.baseline, ""),
                "baseline_date": self.baseline_date.day(),
                "target_value": self.number(self.target, ""),
                "target_date": self.target_date.day(),
                "data_source": self.source.text().strip() or None,
                "disaggregation": self.disaggregation.text().strip() or None}

    def measured_action(self) -> str | None:
        return self.action.currentData()


class ValueDialog(_Form):
    def __init__(self, indicator: str, unit: str, period: str, parent: QWidget | None = None):
        super().__init__(self.tr("Value of “{0}”").format(indicator), parent)
        self.resize(460, 260)
        self.period = QLineEdit(period)
        self.date = DateBox()
        self.value = QLineEdit()
        self.value.setPlaceholderText(unit)
        self.note = TextBox()
        self.note.setPlaceholderText(self.tr("Where the figure comes from, anything unusual"))
        self.evidence_path: Path | None = None
        self.evidence_label = QLabel(self.tr("none"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self._choose_evidence)
        evidence = QHBoxLayout()
        evidence.addWidget(self.evidence_label, 1)
        evidence.addWidget(choose)
        self.form.addRow(self.tr("Period:"), self.period)
        self.form.addRow(self.tr("Date:"), self.date)
        self.form.addRow(self.tr("Value:"), self.value)
        self.form.addRow(self.tr("Note:"), self.note)
        self.form.addRow(self.tr("Source document:"), evidence)

    def _choose_evidence(self) -> None:
        chosen = messages.choose_evidence_files(self)
        if chosen:
            self.set_evidence(chosen[0])

    def set_evidence(self, path: Path) -> None:
        self.evidence_path = path
        self.evidence_label.setText(path.name)

    def check(self) -> None:
        if not self.period.text().strip():
            self.problem.setText(self.tr("Period: say which period the value is for."))
            raise ValueError("period")
        self.number(self.value, self.tr("Value"), required=True)

    def values(self) -> dict:
        return {"period": self.period.text().strip(), "value_date": self.date.day(),
                "value": self.number(self.value, "", required=True),
                "note": self.note.toPlainText().strip() or None}


class DeadlineDialog(_Form):
    def __init__(self, institutions: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(self.tr("New deadline"), parent)
        self.resize(480, 220)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Written contribution to the mid-term report"))
        self.kind = QComboBox()
        for kind, label in (("other", self.tr("Other")),
                            ("report_due", self.tr("Report to a treaty body")),
                            ("midterm_report", self.tr("Mid-term report")),
                            ("next_review", self.tr("Next review")),
                            ("indicator_reporting", self.tr("Indicator reporting"))):
            self.kind.addItem(label, kind)
        self.due = DateBox(date.today())
        self.institution = QComboBox()
        for institution_id, label in institutions:
            self.institution.addItem(label, institution_id)
        self.form.addRow(self.tr("What is due:"), self.title)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Due on:"), self.due)
        self.form.addRow(self.tr("Institution:"), self.institution)

    def check(self) -> None:
        if not self.title.text().strip():
            self.problem.setText(self.tr("What is due: say what the deadline is for."))
            raise ValueError("title")

    def values(self) -> dict:
        return {"title": self.title.text().strip(), "kind": self.kind.currentData(),
                "due_date": self.due.day(), "institution_id": self.institution.currentData()}
