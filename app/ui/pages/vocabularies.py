"""Reference data: themes, affected persons, mechanisms and the spellings of States."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.codes import MechanismKind, ThemeScheme
from app.services.vocabularies import Entry, Vocabulary
from app.ui.code_labels import code_labels
from app.ui.widgets.heading import page_heading
from app.ui.widgets.select_row import select_row


class VocabulariesPage(QWidget):
    entries_wanted = Signal(str)  # vocabulary
    add_requested = Signal(str)  # vocabulary
    edit_requested = Signal(str, str)  # vocabulary, entry id
    delete_requested = Signal(str, str)
    alias_requested = Signal(str)  # state id: add a spelling
    alias_removal_requested = Signal(str, str)  # state id, spelling

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = page_heading()
        self.heading.setText(self.tr("Reference data"))
        self.choice = QComboBox()
        for vocabulary, label in self.vocabulary_labels().items():
            self.choice.addItem(label, vocabulary.value)
        self.choice.currentIndexChanged.connect(lambda _i: self.entries_wanted.emit(
            self.vocabulary.value))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to narrow the list"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._narrow)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 320)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._request("edit"))
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.alias_button = QPushButton(self.tr("Add spelling…"))
        self.alias_button.setToolTip(self.tr(
            "Another way documents write this State's name, so imports recognise it"))
        self.remove_alias_button = QPushButton(self.tr("Remove spelling…"))
        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.vocabulary.value))
        self.edit_button.clicked.connect(lambda: self._request("edit"))
        self.delete_button.clicked.connect(lambda: self._request("remove"))
        self.alias_button.clicked.connect(lambda: self._request("alias"))
        self.remove_alias_button.clicked.connect(lambda: self._request("unalias"))
        self._entries: list[Entry] = []
        self._editable = False

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(16)
        top.addWidget(self.choice)
        top.addWidget(self.filter, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.alias_button, self.remove_alias_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def vocabulary_labels(self) -> dict[Vocabulary, str]:
        return {Vocabulary.THEMES: self.tr("Themes"),
                Vocabulary.AFFECTED: self.tr("Affected persons"),
                Vocabulary.MECHANISMS: self.tr("Mechanisms"),
                Vocabulary.STATES: self.tr("States and their spellings"),
                Vocabulary.REVIEWS: self.tr("Reviews and their calendar")}

    @property
    def vocabulary(self) -> Vocabulary:
        return Vocabulary(self.choice.currentData())

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._update_buttons()

    def show_entries(self, vocabulary: Vocabulary, entries: list[Entry]) -> None:
        if vocabulary != self.vocabulary:
            return
        selected = self.selected_entry()
        keep = selected.id if selected else None
        self._entries = entries
        detail = {Vocabulary.THEMES: self.tr("Scheme"),
                  Vocabulary.AFFECTED: "",
                  Vocabulary.MECHANISMS: self.tr("Kind"),
                  Vocabulary.STATES: self.tr("Other spellings"),
                  Vocabulary.REVIEWS: self.tr("Calendar")}[vocabulary]
        used = self.tr("Reviews") if vocabulary == Vocabulary.MECHANISMS else self.tr(
            "Recommendations")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), detail, used])
        self.table.setColumnHidden(2, not detail)
        self.explanation.setText({
            Vocabulary.THEMES: self.tr(
                "The UHRI themes ship with the application; themes of UPR Info exports and your "
                "own are added here or by imports."),
            Vocabulary.AFFECTED: self.tr("Groups of persons recommendations are about."),
            Vocabulary.MECHANISMS: self.tr(
                "The UPR, treaty bodies, special procedures and regional mechanisms."),
            Vocabulary.STATES: self.tr(
                "The UN member and observer States. Add the spellings your documents use "
                "(e.g. “Lao PDR”) so that imports recognise them."),
            Vocabulary.REVIEWS: self.tr(
                "Each review's adoption date gives its calendar: the mid-term report about "
                "2½ years later, the next review about 4½ years later (Edit… to adjust). "
                "The dates appear in the Calendar as deadlines."),
        }[vocabulary])
        # Theme schemes and mechanism kinds in words (the codes are the database's).
        details = code_labels()[ThemeScheme if vocabulary == Vocabulary.THEMES
                                else MechanismKind]
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            detail = details.get(entry.detail, entry.detail) if vocabulary in (
                Vocabulary.THEMES, Vocabulary.MECHANISMS) else entry.detail
            cells = (entry.code, entry.name, detail, f"{entry.used:,}")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if entry.id == keep:
                select_row(self.table, row)
        self._narrow(self.filter.text())
        self._update_buttons()

    def selected_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows and rows[0].row() < len(self._entries) \
            else None

    def select_name(self, name: str) -> None:
        for row, entry in enumerate(self._entries):
            if entry.name == name:
                select_row(self.table, row)
                return
        raise KeyError(name)

    def _narrow(self, text: str) -> None:
        words = text.casefold().split()
        for row, entry in enumerate(self._entries):
            haystack = f"{entry.code} {entry.name} {entry.detail}".casefold()
            self.table.setRowHidden(row, not all(word in haystack for word in words))

    def _update_buttons(self) -> None:
        states = self.vocabulary == Vocabulary.STATES
        fixed_list = self.vocabulary in (Vocabulary.STATES, Vocabulary.REVIEWS)
        entry = self.selected_entry()
        for button in (self.add_button, self.delete_button):
            button.setVisible(self._editable and not fixed_list)
        for button in (self.alias_button, self.remove_alias_button):
            button.setVisible(self._editable and states)
        self.edit_button.setVisible(self._editable)
        for button in (self.edit_button, self.delete_button, self.alias_button):
            button.setEnabled(entry is not None)
        self.remove_alias_button.setEnabled(entry is not None and bool(entry.detail))
        self.delete_button.setEnabled(entry is not None and not entry.used)
        if entry is not None and entry.used:
            self.delete_button.setToolTip(self.tr("Still used: rename it instead"))
        else:
            self.delete_button.setToolTip("")

    def _request(self, what: str) -> None:
        entry = self.selected_entry()
        if entry is None or not self._editable:
            return
        vocabulary = self.vocabulary.value
        if what == "edit":
            self.edit_requested.emit(vocabulary, entry.id)
        elif what == "remove":
            self.delete_requested.emit(vocabulary, entry.id)
        elif what == "alias":
            self.alias_requested.emit(entry.id)
        elif what == "unalias":
            self.alias_removal_requested.emit(entry.id, entry.detail)
