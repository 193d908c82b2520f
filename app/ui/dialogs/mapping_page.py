"""The import wizard's mapping step: which column of a home-made table holds which field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.importers.model import ImportFileError
from app.importers.table import FIELDS, auto_mapping, load_mapping, read_table_rows, save_mapping
from app.ui import messages

PREVIEW_ROWS = 5


def field_labels(widget: QWidget) -> dict[str, str]:
    return {
        "text": widget.tr("Recommendation text (required)"),
        "state": widget.tr("State under review"),
        "mechanism": widget.tr("Mechanism"),
        "treaty_body": widget.tr("Treaty body"),
        "special_procedure": widget.tr("Special procedure"),
        "symbol": widget.tr("Document symbol"),
        "reference": widget.tr("Paragraph / reference"),
        "year": widget.tr("Year"),
        "cycle": widget.tr("UPR cycle"),
        "session": widget.tr("Session"),
        "position": widget.tr("Position / response"),
        "position_source": widget.tr("Source of position"),
        "recommending_states": widget.tr("Recommending States"),
        "sdg_goals": widget.tr("SDG goals"),
        "sdg_targets": widget.tr("SDG targets"),
        "groups": widget.tr("Affected persons"),
        "themes": widget.tr("Themes"),
        "action_category": widget.tr("Action category (1–5)"),
        "type": widget.tr("Type (rows not of a recommendation are left out)"),
        "source_id": widget.tr("The source's own identifier"),
    }


class MappingPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Which column holds what"))
        self.setSubTitle(self.tr(
            "This table's columns were not recognised. Choose the column for each field; only "
            "the recommendation text is required. Save the mapping to reuse it next time."))
        self.file_label = QLabel()
        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setMaximumHeight(170)
        self.choices: dict[str, QComboBox] = {}
        form_holder = QWidget()
        form = QFormLayout(form_holder)
        for name, label in field_labels(self).items():
            box = QComboBox()
            box.currentIndexChanged.connect(self.completeChanged)
            self.choices[name] = box
            form.addRow(label + ":", box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_holder)
        load = QPushButton(self.tr("Load a mapping…"))
        save = QPushButton(self.tr("Save this mapping…"))
        load.clicked.connect(self.load)
        save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(load)
        buttons.addWidget(save)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)
        self.header: list[str] = []
        # The file's own words for coded values: from a mapping loaded, and from what the
        # person chose for the values the dry run did not know
        self.values: dict[str, dict[str, str]] = {}

    def show_file(self, path: Path) -> None:
        header, rows, _digest, _encoding = read_table_rows(path)
        sample = [cells for _, (_, cells) in zip(range(PREVIEW_ROWS), rows, strict=False)]
        rows.close()
        self.header = header
        self.file_label.setText(self.tr("First rows of {0}:").format(path.name))
        self.preview.setColumnCount(len(header))
        self.preview.setHorizontalHeaderLabels(header)
        self.preview.setRowCount(len(sample))
        for row, cells in enumerate(sample):
            for column, value in enumerate(cells[: len(header)]):
                self.preview.setItem(row, column, QTableWidgetItem(str(value)))
        self.preview.resizeColumnsToContents()
        guessed = auto_mapping(header)
        for name, box in self.choices.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(none)"), None)
            for heading in header:
                if heading:
                    box.addItem(heading, heading)
            if name in guessed:
                box.setCurrentIndex(box.findData(header[guessed[name]]))
            box.blockSignals(False)
        self.completeChanged.emit()

    def mapping(self) -> dict[str, str]:
        return {name: box.currentData() for name, box in self.choices.items()
                if box.currentData() is not None}

    def set_mapping(self, mapping: dict[str, str]) -> list[str]:
        missing = []
        for name, column in mapping.items():
            index = self.choices[name].findData(column)
            if index < 0:
                missing.append(column)
            else:
                self.choices[name].setCurrentIndex(index)
        return missing

    def load(self) -> None:
        path = messages.choose_mapping_to_load(self)
        if path is None:
            return
        try:
            saved = load_mapping(path)
            missing = self.set_mapping(saved.columns)
            self.values = saved.values
        except ImportFileError as error:
            messages.show_user_error(self, self.tr("Mapping"), str(error))
            return
        if missing:
            messages.show_user_error(self, self.tr("Mapping"), self.tr(
                "{0}: these columns are not in this table: {1}").format(
                path.name, ", ".join(missing)))

    def save(self) -> None:
        path = messages.choose_mapping_to_save(self)
        if path is not None:
            save_mapping(path, self.mapping(), self.values)

    def isComplete(self) -> bool:
        return "text" in self.mapping() and set(self.mapping()) <= set(FIELDS)
