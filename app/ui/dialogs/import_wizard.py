"""File > Import…: choose files, say what the files do not, see the dry run, import."""

from __future__ import annotations

from html import escape
from pathlib import Path
from textwrap import shorten

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.code_words import import_field_words
from app.db.database import Database
from app.errors import Cancelled
from app.importers.encodings import file_encoding
from app.importers.engine import (
    ImportOptions,
    ImportStep,
    ImportSummary,
    KeptReadings,
    detect_format,
    run_import,
)
from app.importers.model import ImportFileError, NeedsMapping, ReviewInfo
from app.models.codes import ImportFormat, PositionCode
from app.services.vocabulary_names import state_choices
from app.ui import messages
from app.ui.bidi import shown
from app.ui.code_labels import code_label
from app.ui.dialogs.mapping_page import MappingPage
from app.ui.tasks import TaskRunner

PATH_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def _spin(maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, maximum)
    box.setSpecialValueText("—")
    return box


class _FilesPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Files to import"))
        self.setSubTitle(self.tr(
            "OHCHR matrices (.docx), UPR Info and UHRI exports, and your own tables (.csv, "
            ".xlsx). The same recommendation from two sources becomes one; importing a file "
            "again changes nothing."))
        self.files = QListWidget()
        add = QPushButton(self.tr("Add files…"))
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(self.add_files)
        remove.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)

        self.state = QComboBox()
        self.state.addItem(self.tr("(as the file says)"), None)
        for iso3, name in state_choices():
            self.state.addItem(name, iso3)
        self.cycle, self.session, self.year = _spin(10), _spin(200), _spin(2100)
        self.symbol = QLineEdit()
        self.symbol.setPlaceholderText(self.tr("e.g. A/HRC/40/6"))
        review = QGroupBox(self.tr("Only if the file does not say it"))
        form = QFormLayout(review)
        form.addRow(self.tr("State under review:"), self.state)
        form.addRow(self.tr("UPR cycle:"), self.cycle)
        form.addRow(self.tr("Session:"), self.session)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Report symbol:"), self.symbol)

        layout = QVBoxLayout(self)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        layout.addWidget(review)

    def add_files(self) -> None:
        self.add_paths(messages.choose_files_to_import(self))

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self.completeChanged.emit()

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            try:
                kind = detect_format(path)
            except NeedsMapping:
                kind = ImportFormat.TABLE
            except ImportFileError as error:
                messages.show_user_error(self, self.tr("Import"), str(error))
                continue
            encoding = file_encoding(path)
            # The name and what it was read as; the folder is in the tooltip (a long path
            # would push what matters out of sight).
            # "name — format — encoding", without nested parentheses, the file's name in its
            # own direction: an Arabic window would otherwise jumble the three
            self.files.addItem(" — ".join(filter(None, (
                shown(path.name), code_label(ImportFormat, kind), encoding))))
            item = self.files.item(self.files.count() - 1)
            item.setToolTip(str(path))
            item.setData(PATH_ROLE, str(path))
            item.setData(KIND_ROLE, kind)
        self.completeChanged.emit()

    def tables(self) -> list[Path]:
        """Files whose columns a person must map."""
        return [path for path in self.paths() if self.kind(path) == "table"]

    def kind(self, path: Path) -> str:
        for i in range(self.files.count()):
            if self.files.item(i).data(PATH_ROLE) == str(path):
                return self.files.item(i).data(KIND_ROLE)
        return ""

    def nextId(self) -> int:
        return ImportWizard.MAPPING if self.tables() else ImportWizard.DRY_RUN

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).data(PATH_ROLE))
                for i in range(self.files.count())]

    def review(self) -> ReviewInfo:
        return ReviewInfo(
            mechanism=None, state=self.state.currentData(),
            cycle=self.cycle.value() or None, session=self.session.value() or None,
            year=self.year.value() or None, symbol=self.symbol.text().strip() or None)

    def isComplete(self) -> bool:
        return self.files.count() > 0


class _SummaryView(QWidget):
    """Counts, rejected rows and near misses of one run (dry or real)."""

    def __init__(self):
        super().__init__()
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        # What the files hold: the reviews found with their counts, a few rows, and a
        # warning when they are about another State than the database's.
        self.contents = QLabel()
        self.contents.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Row"), self.tr("Field"),
                                              self.tr("What is wrong / what to confirm")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 210), (1, 90), (2, 120)):
            header.resizeSection(column, width)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts)
        layout.addWidget(self.contents)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the space only while the table is hidden

    def show_summary(self, summary: ImportSummary) -> None:
        self.counts.setText(self.tr(
            "Recommendations: <b>{0:,}</b> new, <b>{1:,}</b> updated, <b>{2:,}</b> unchanged. "
            "New reviews: {3:,}. Rows rejected: <b>{4:,}</b>. Similar texts to confirm: "
            "<b>{5:,}</b>.").format(summary.created, summary.updated, summary.unchanged,
                                    summary.reviews_created, summary.rows_rejected,
                                    len(summary.to_confirm)))
        self.contents.setText(self.contents_text(summary))
        # One line for the rows of one unknown value: its first row and how many it has
        rows = [(r.file, r.row if r.rows == 1 else self.tr("{0} (%n rows)", "", r.rows)
                 .format(r.row), import_field_words(r.field), r.reason)
                for r in summary.rejected] + [
            (n.file, n.row, self.tr("same?"),
             self.tr("{0:.1%} like {1}: “{2}” — tick “same?” to merge it, else it is left "
                     "out").format(
                 n.similarity, n.existing_reference or self.tr("an existing recommendation"),
                 n.existing_text[:120]))
            for n in summary.to_confirm]
        self.table.setRowCount(len(rows))
        for index, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem("" if value is None else str(value))
                item.setToolTip(item.text())
                self.table.setItem(index, column, item)
            if index >= len(summary.rejected):
                confirm = self.table.item(index, 2)
                confirm.setFlags(confirm.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                confirm.setCheckState(Qt.CheckState.Unchecked)
                confirm.setData(Qt.ItemDataRole.UserRole, f"{values[0]}:{values[1]}")
        self.table.setVisible(bool(rows))

    def contents_text(self, summary: ImportSummary) -> str:
        parts = []
        if summary.other_states:
            warning = self.tr("These files are about {0}, not the State this database "
                              "follows; check that they are the right ones before "
                              "importing.").format(", ".join(summary.other_states))
            parts.append(f"<p style='color:#a40000'><b>{escape(warning)}</b></p>")
        if summary.reviews:
            lines = [self.tr("{0}: %n recommendation(s)", "", review.recommendations).format(
                escape(review.placed())) for review in summary.reviews[:5]]
            more = len(summary.reviews) - 5
            if more > 0:
                lines.append(self.tr("and %n other review(s)", "", more))
            parts.append(self.tr("<b>Found:</b> {0}").format("; ".join(lines)))
        encodings = [f"{escape(entry.file)}: {escape(entry.encoding)}"
                     for entry in summary.files if entry.encoding]
        if encodings:
            parts.append(self.tr("<b>Read as:</b> {0}").format("; ".join(encodings)))
        if summary.left_out:
            parts.append(self.tr("<b>Left out, not recommendations:</b> {0}").format(
                "; ".join(escape(left.described()) for left in summary.left_out)))
        if summary.samples:
            parts.append(self.tr("<b>First rows:</b>") + "<br>" + "<br>".join(
                f"{escape(sample.file)} {escape(sample.reference or '')} — "
                f"{escape(shorten(sample.text, 140))}" for sample in summary.samples))
        return "<br>".join(parts)

    def confirmed_same(self) -> frozenset[str]:
        return frozenset(
            item.data(Qt.ItemDataRole.UserRole)
            for row in range(self.table.rowCount())
            if (item := self.table.item(row, 2)) is not None
            and item.data(Qt.ItemDataRole.UserRole)
            and item.checkState() == Qt.CheckState.Checked)


class _ValueChooser(QGroupBox):
    """For each position the dry run did not know ("consider", 1,234 rows), the code it
    means: kept in `values` (the mapping's own words), used by the next dry run."""

    CHOOSABLE = {"position": PositionCode}

    def __init__(self, values: dict[str, dict[str, str]]):
        super().__init__(self.tr("Words this database does not know"))
        self.values = values
        self.form = QFormLayout(self)
        # The label takes the width: the value in quotes can be long, the choices are not
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.setVisible(False)

    def show_unknown(self, summary: ImportSummary) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        unknown = {(r.field, r.value): r.rows for r in summary.rejected
                   if r.field in self.CHOOSABLE and r.value}
        for (field_name, value), rows in unknown.items():
            box = QComboBox()
            box.addItem(self.tr("(leave these rows rejected)"), None)
            for code in self.CHOOSABLE[field_name]:
                box.addItem(code_label(self.CHOOSABLE[field_name], code), code.value)
            box.currentIndexChanged.connect(
                lambda _index, f=field_name, v=value, b=box: self.choose(f, v, b.currentData()))
            # The file's words keep their own direction in an Arabic window
            label = QLabel(self.tr("“{0}” ({1}, %n row(s)) means:", "", rows).format(
                shown(shorten(value, 60)), import_field_words(field_name)))
            label.setToolTip(value)
            self.form.addRow(label, box)
        if unknown:
            self.form.addRow(QLabel(self.tr("Then run the dry run again.")))
        self.setVisible(bool(unknown))

    def choose(self, field_name: str, value: str, code: str | None) -> None:
        words = self.values.setdefault(field_name, {})
        if code is None:
            words.pop(value, None)
        else:
            words[value] = code


class _RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard, *, dry_run: bool):
        super().__init__()
        self.owner, self.dry_run = wizard, dry_run
        self.summary: ImportSummary | None = None
        self.ended = False
        self.view = _SummaryView()
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        if dry_run:
            self.setTitle(self.tr("What the import would do"))
            self.setSubTitle(self.tr("A dry run: nothing has been written yet."))
            self.accept_partial = QCheckBox(self.tr(
                "Import the valid rows even though some rows are rejected"))
            self.create_near = QCheckBox(self.tr(
                "Import the similar texts not ticked “same?” as new recommendations (instead "
                "of leaving them out)"))
            for box in (self.accept_partial, self.create_near):
                box.toggled.connect(self.completeChanged)
            again = QPushButton(self.tr("Run the dry run again"))
            again.clicked.connect(self.initializePage)
            self.values = _ValueChooser(wizard.mapping_page.values)
            layout.addWidget(self.values)
            layout.addWidget(self.accept_partial)
            layout.addWidget(self.create_near)
            layout.addWidget(again, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            self.setTitle(self.tr("Import"))
            self.setFinalPage(True)
        layout.addWidget(self.view, 1)

    def initializePage(self) -> None:
        self.summary = None
        self.ended = False
        self.status.setText(self.tr("Working…"))
        self.view.setVisible(False)
        self.completeChanged.emit()
        self.owner.start(self, dry_run=self.dry_run)

    def finished(self, summary: ImportSummary | None, error_text: str | None = None) -> None:
        self.summary = summary
        self.ended = True
        if summary is None:
            self.status.setText(error_text or "")
        elif self.dry_run:
            self.status.setText(self.tr("Dry run finished."))
        elif summary.applied:
            self.status.setText(self.tr("Imported. The register now shows the new "
                                        "recommendations."))
        else:
            self.status.setText(self.tr("Nothing was imported: some rows are rejected."))
        if summary is not None:
            self.view.show_summary(summary)
            self.view.setVisible(True)
        if self.dry_run and summary is not None:
            self.values.show_unknown(summary)
        elif self.dry_run:
            self.values.setVisible(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.summary is None:
            # An import that failed or was cancelled is over: Finish closes the wizard (there
            # is no way back past the dry run to run it again).
            return not self.dry_run and self.ended
        if self.dry_run and self.summary.rejected:
            return self.accept_partial.isChecked()
        return True


class ImportWizard(QWizard):
    FILES, MAPPING, DRY_RUN, RUN = range(4)

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.tasks = db, tasks
        self.imported = False
        self.readings = KeptReadings()  # the import reuses what its dry run read
        # The window keeps a closed wizard as its child: not the files it read (a large
        # UPR Info export is 85 MB of parsed rows).
        self.finished.connect(lambda _result: self.readings.clear())
        self.setWindowTitle(self.tr("Import recommendations"))
        self.setMinimumSize(860, 560)
        self.files_page = _FilesPage()
        self.mapping_page = MappingPage()
        self.dry_page = _RunPage(self, dry_run=True)
        self.run_page = _RunPage(self, dry_run=False)
        for page_id, page in ((self.FILES, self.files_page), (self.MAPPING, self.mapping_page),
                              (self.DRY_RUN, self.dry_page), (self.RUN, self.run_page)):
            self.setPage(page_id, page)
        # The dry run's page starts the import: its button says so, and once pressed there
        # is no going back to run it a second time, nor a wizard Cancel that would only
        # close the window while the import goes on (the progress dialog has the real one).
        self.dry_page.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.importing = False
        self.currentIdChanged.connect(self._entered)

    def reject(self) -> None:
        if not self.importing:  # Escape or the title bar's close while importing: ignored
            super().reject()

    def _entered(self, page_id: int) -> None:
        tables = self.files_page.tables()
        if page_id == self.MAPPING and tables:
            try:
                self.mapping_page.show_file(tables[0])
            except ImportFileError as error:
                messages.show_user_error(self, self.tr("Import"), str(error))
                self.back()

    def import_options(self) -> ImportOptions:
        return ImportOptions(review=self.files_page.review(),
                             accept_partial=self.dry_page.accept_partial.isChecked(),
                             hold_near_misses=not self.dry_page.create_near.isChecked(),
                             mapping=self.mapping_page.mapping() if self.files_page.tables()
                             else None,
                             confirmed_same=self.dry_page.view.confirmed_same(),
                             values={field_name: dict(words) for field_name, words
                                     in self.mapping_page.values.items()})

    def start(self, page: _RunPage, *, dry_run: bool) -> None:
        paths, options, db = self.files_page.paths(), self.import_options(), self.db

        def done(summary: ImportSummary) -> None:
            self.importing = False
            self.imported = self.imported or summary.applied
            page.finished(summary)

        def failed(error: BaseException, details: str) -> None:
            self.importing = False
            if isinstance(error, Cancelled):  # the person's own choice: no message box
                page.finished(None, self.tr("Cancelled: nothing was imported."))
                return
            page.finished(None, str(error))
            messages.show_failure(self, self.tr("Import"), error, details)

        self.importing = not dry_run
        self.tasks.run(
            lambda progress, cancelled: run_import(db, paths, options, dry_run=dry_run,
                                                   progress=progress, cancelled=cancelled,
                                                   readings=self.readings),
            title=self.tr("Checking the files") if dry_run else self.tr("Importing"),
            parent=self, on_done=done, on_error=failed, cancellable=True,
            describe=lambda so_far, total, step: self.describe_step(paths, so_far, total, step),
            too_late_to_cancel=lambda step: step == ImportStep.SAVING,
        )

    def describe_step(self, paths: list[Path], done: int, total: int, step: str) -> str:
        """The words of the import's progress report (it reports step names, untranslated)."""
        if step == ImportStep.READING:
            return self.tr("Reading {file} (file {number} of {count})").format(
                file=Path(paths[min(done, len(paths) - 1)]).name, number=done + 1, count=total)
        if step == ImportStep.MATCHING:
            return self.tr("Matching recommendations with the register: {done:,} of "
                           "{total:,}").format(done=done, total=total)
        if step == ImportStep.WRITING:
            return self.tr("Writing the recommendations, their links and their change records")
        if step == ImportStep.SAVING:
            return self.tr("Saving to the database file. This last step cannot be cancelled.")
        return step
