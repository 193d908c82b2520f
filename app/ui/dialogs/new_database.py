"""Wizard: a new secretariat database (State, institutions, where to save it)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import UserError
from app.services.setup import (
    InstitutionSpec,
    NewDatabaseSpec,
    parse_institution_lines,
    state_problem,
)
from app.services.vocabulary_names import state_choices
from app.ui import messages
from app.ui.widgets.inputs import TextBox

EXAMPLE_INSTITUTIONS = (
    "MOJ, Ministry of Justice\nMFA, Ministry of Foreign Affairs\nMOH, Ministry of Health"
)


class _StatePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Which State does this database follow up?"))
        self.setSubTitle(self.tr("The State under review. Type to search by name."))
        self.state = QComboBox()
        self.state.setEditable(True)
        for iso3, name in state_choices():
            self.state.addItem(name, iso3)
        self.state.setCurrentIndex(-1)
        self.state.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.state.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.title_box = QLineEdit()
        self.title_box.setPlaceholderText(
            self.tr("e.g. National recommendations tracker 2025–2030"))
        form = QFormLayout(self)
        form.addRow(self.tr("State under review:"), self.state)
        form.addRow(self.tr("Title (optional):"), self.title_box)
        self.state.currentTextChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.state.currentText().strip())

    def validatePage(self) -> bool:
        problem = state_problem(self.state.currentText())
        if problem:
            messages.show_user_error(self, self.tr("State under review"), problem)
            return False
        return True


class _InstitutionsPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Institutions"))
        self.setSubTitle(self.tr(
            "One institution a line: a short code, a comma, then its name "
            "(for example: MOJ, Ministry of Justice)."))
        self.secretariat = QLineEdit(self.tr("National mechanism secretariat"))
        self.lines = TextBox()
        self.lines.setPlaceholderText(EXAMPLE_INSTITUTIONS)
        form = QFormLayout(self)
        form.addRow(self.tr("Secretariat name:"), self.secretariat)
        form.addRow(self.tr("Ministries and other institutions:"), self.lines)

    def validatePage(self) -> bool:
        try:
            parse_institution_lines(self.lines.toPlainText())
        except UserError as error:
            messages.show_user_error(self, self.tr("Institutions"), str(error))
            return False
        if not self.secretariat.text().strip():
            messages.show_user_error(self, self.tr("Institutions"),
                                     self.tr("Secretariat name: please give it a name."))
            return False
        return True


class _FilePage(QWizardPage):
    def __init__(self, default_file: Path):
        super().__init__()
        self.setTitle(self.tr("Where to keep the database"))
        self.setSubTitle(self.tr(
            "Keep it on this computer's disk (not on a USB stick) and back it up regularly "
            "with File > Back up now."))
        self.path = QLineEdit(str(default_file))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), holder)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        chosen = messages.choose_database_to_create(self, Path(self.path.text()))
        if chosen:
            self.path.setText(str(chosen))

    def isComplete(self) -> bool:
        text = self.path.text().strip()
        exists = bool(text) and Path(text).exists()
        warning = self.tr("This file already exists; choose another name.")
        self.note.setText(warning if exists else "")
        return bool(text) and not exists

    def validatePage(self) -> bool:
        folder = Path(self.path.text().strip()).absolute().parent
        while not folder.exists() and folder.parent != folder:
            folder = folder.parent
        if not os.access(folder, os.W_OK):
            messages.show_user_error(self, self.tr("Where to keep the database"), self.tr(
                "{0} cannot be written by this account (or is on read-only media); choose a "
                "folder of your own, such as Documents.").format(folder))
            return False
        return True


class NewDatabaseWizard(QWizard):
    def __init__(self, default_file: Path, parent: QWidget | None = None, *,
                 previous: NewDatabaseSpec | None = None):
        """`previous`: what was filled in before creating the database failed, offered
        again rather than lost."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("New secretariat database"))
        self.setMinimumSize(620, 460)
        self.state_page = _StatePage()
        self.institutions_page = _InstitutionsPage()
        self.file_page = _FilePage(default_file)
        for page in (self.state_page, self.institutions_page, self.file_page):
            self.addPage(page)
        if previous is not None:
            self.state_page.state.setCurrentText(previous.state)
            index = self.state_page.state.findData(previous.state)
            if index >= 0:
                self.state_page.state.setCurrentIndex(index)
            self.state_page.title_box.setText(previous.title)
            self.institutions_page.secretariat.setText(previous.secretariat.name)
            self.institutions_page.lines.setPlainText("\n".join(
                f"{institution.code}, {institution.name}"
                for institution in previous.institutions))
            self.file_page.path.setText(str(previous.path))

    def spec(self) -> NewDatabaseSpec:
        combo = self.state_page.state
        state = combo.currentData() if combo.currentText() == combo.itemText(
            combo.currentIndex()) else combo.currentText()
        return NewDatabaseSpec(
            path=Path(self.file_page.path.text().strip()),
            state=state or combo.currentText(),
            title=self.state_page.title_box.text().strip(),
            secretariat=InstitutionSpec("SEC", self.institutions_page.secretariat.text().strip(),
                                        "secretariat"),
            institutions=parse_institution_lines(self.institutions_page.lines.toPlainText()),
        )
