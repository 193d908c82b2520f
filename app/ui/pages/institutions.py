"""Institutions and the people who answer for them: focal points, alternates, validators."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.directory import InstitutionRow
from app.services.institutions import PersonRow
from app.ui.dialogs.institution_forms import person_role_labels
from app.ui.qt_models.institutions import Column, InstitutionTableModel
from app.ui.widgets.heading import page_heading
from app.ui.widgets.select_row import select_row


class InstitutionsPage(QWidget):
    # What the person asked for; the window asks the details and runs the services.
    new_institution_requested = Signal()
    edit_institution_requested = Signal(str)  # institution id
    new_person_requested = Signal(str)  # institution id
    edit_person_requested = Signal(str, str)  # institution id, person id
    remove_person_requested = Signal(str, str)  # institution id, person id
    people_wanted = Signal(str)  # institution id: show its people

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = InstitutionTableModel(self)
        self.heading = page_heading()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.CODE, 70), (Column.FOCAL_POINT, 150), (Column.ALTERNATE, 150),
                              (Column.VALIDATOR, 160), (Column.LEADS, 60), (Column.SUPPORTS, 75)):
            header.resizeSection(column, width)
        self._people: list[PersonRow] = []
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _index: self._edit_institution())

        self.new_button = QPushButton(self.tr("New institution…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.new_button.clicked.connect(self.new_institution_requested.emit)
        self.edit_button.clicked.connect(self._edit_institution)

        self.people_heading = QLabel()
        font = self.people_heading.font()
        font.setBold(True)
        self.people_heading.setFont(font)
        self.people = QTableWidget(0, 5)
        self.people.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Title"),
                                               self.tr("E-mail"), self.tr("Phone")])
        self.people.verticalHeader().setVisible(False)
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        people_header = self.people.horizontalHeader()
        for index in range(4):
            people_header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        people_header.setStretchLastSection(True)
        self.people.itemDoubleClicked.connect(lambda _item: self._edit_person())
        self.people.itemSelectionChanged.connect(self._update_buttons)
        self.people_empty = QLabel(self.tr(
            "Nobody recorded yet. Add the main focal point, an alternate and the validating "
            "authority: their names appear in reports and reminder letters."))
        self.people_empty.setWordWrap(True)
        self.add_person_button = QPushButton(self.tr("Add person…"))
        self.edit_person_button = QPushButton(self.tr("Edit…"))
        self.remove_person_button = QPushButton(self.tr("Remove"))
        self.add_person_button.clicked.connect(self._add_person)
        self.edit_person_button.clicked.connect(self._edit_person)
        self.remove_person_button.clicked.connect(self._remove_person)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        people_box = QWidget()
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_bar = QHBoxLayout()
        people_bar.addWidget(self.people_heading)
        people_bar.addStretch(1)
        for button in (self.add_person_button, self.edit_person_button,
                       self.remove_person_button):
            people_bar.addWidget(button)
        people_layout.addLayout(people_bar)
        people_layout.addWidget(self.people, 1)
        people_layout.addWidget(self.people_empty)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(people_box)
        splitter.setSizes([420, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.set_editable(False)

    @property
    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def set_editable(self, editable: bool) -> None:
        """Only the secretariat keeps the directory; a ministry copy shows it."""
        self._editable = editable
        for button in (self.new_button, self.edit_button, self.add_person_button,
                       self.edit_person_button, self.remove_person_button):
            button.setVisible(editable)
        self._update_buttons()

    def show_institutions(self, rows: list[InstitutionRow]) -> None:
        keep = self.current_id
        self.model.set_rows(rows)
        self.heading.setText(self.tr("Institutions and focal points ({0})").format(len(rows)))
        row = next((n for n, r in enumerate(rows) if r.id == keep), 0 if rows else None)
        if row is not None:
            select_row(self.table, row)
            self.people_wanted.emit(self.model.row_id(row))
        else:
            self.show_people("", [])

    def select_code(self, code: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_code(row) == code:
                select_row(self.table, row)
                return
        raise KeyError(code)

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.people_wanted.emit(self.model.row_id(current.row()))
        self._update_buttons()

    def show_people(self, institution: str, people: list[PersonRow]) -> None:
        self._people = people
        self.people_heading.setText(self.tr("People of {0}").format(institution)
                                    if institution else "")
        labels = person_role_labels(self)
        self.people.setRowCount(len(people))
        for row, person in enumerate(people):
            for column, text in enumerate((person.full_name, labels.get(person.role, person.role),
                                           person.title, person.email, person.phone)):
                self.people.setItem(row, column, QTableWidgetItem(text))
        self.people.setVisible(bool(people))
        self.people_empty.setVisible(bool(institution) and not people)
        self._update_buttons()

    def _selected_person(self) -> PersonRow | None:
        rows = self.people.selectionModel().selectedRows()
        return self._people[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        has_institution = self.current_id is not None
        has_person = self._selected_person() is not None
        self.edit_button.setEnabled(has_institution)
        self.add_person_button.setEnabled(has_institution)
        self.edit_person_button.setEnabled(has_person)
        self.remove_person_button.setEnabled(has_person)

    def _edit_institution(self) -> None:
        if self.current_id and self._editable:
            self.edit_institution_requested.emit(self.current_id)

    def _add_person(self) -> None:
        if self.current_id:
            self.new_person_requested.emit(self.current_id)

    def _edit_person(self) -> None:
        person = self._selected_person()
        if person and self.current_id and self._editable:
            self.edit_person_requested.emit(self.current_id, person.id)

    def _remove_person(self) -> None:
        person = self._selected_person()
        if person and self.current_id:
            self.remove_person_requested.emit(self.current_id, person.id)
