"""The register: filters on the left, every recommendation in the middle, its text on the right.

The page reads through a RegisterReader and never writes: edits go through RegisterActions
(set by the window), which runs the services and asks the page to refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services.facets import Selection
from app.services.permissions import can
from app.services.register_reader import RegisterReader
from app.ui.pages.register_layout import RegisterLayoutMixin
from app.ui.pages.saved_views import SavedViewsMixin
from app.ui.qt_models.recommendations import (
    HIDDEN_AT_FIRST,
    Column,
    RecommendationTableModel,
)
from app.ui.widgets.detail_pane import DetailPane
from app.ui.widgets.facet_panel import FacetPanel
from app.ui.widgets.heading import page_heading
from app.ui.widgets.highlight_delegate import HighlightDelegate
from app.ui.widgets.select_row import select_row

SEARCH_DELAY_MS = 200  # results as you type, without a query per keystroke


class RecommendationsPage(SavedViewsMixin, RegisterLayoutMixin, QWidget):
    # (kind, ids): "lead", "supporting", "cluster", "priority", "theme", "sdg"
    edit_requested = Signal(str, list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RecommendationTableModel(parent=self)
        self.heading = page_heading()
        self.total = 0
        self.views = None  # SavedViews of the open database, set by the window
        self.facets = FacetPanel()
        self.facets.setMinimumWidth(200)
        self._facet_timer = QTimer(self)
        self._facet_timer.setSingleShot(True)
        self._facet_timer.setInterval(0)  # after the tick's own signal has returned
        self._facet_timer.timeout.connect(self.apply_filters)
        self.facets.selection_changed.connect(lambda _selection: self._facet_timer.start())
        self.view_box = QComboBox()
        # Saved views' names can be long; the list opens wider than the box.
        self.view_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.view_box.setMinimumContentsLength(16)
        self.view_box.setToolTip(self.tr("Reopen a saved view: its search, filters and sort"))
        self.view_box.activated.connect(self._open_view_at)
        self.save_view_button = QPushButton(self.tr("Save view…"))
        self.save_view_button.setToolTip(self.tr(
            "Keep the current search, filters and sort under a name"))
        self.save_view_button.clicked.connect(self.ask_and_save_view)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr(
            "Search reference, text and notes (Ctrl+F) — “cote ratif” finds “Côte … ratify”"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        find.setWhatsThis(self.tr("Search the register"))

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.highlighter = HighlightDelegate(lambda: self.model.query, self.table)
        for column in (Column.REFERENCE, Column.TEXT):
            self.table.setItemDelegateForColumn(column, self.highlighter)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((Column.REFERENCE, 62), (Column.MECHANISM, 76), (Column.REVIEW, 96),
                              (Column.POSITION, 116), (Column.LEAD, 64), (Column.SUPPORTING, 96),
                              (Column.STATUS, 140), (Column.DEADLINE, 96), (Column.THEMES, 120),
                              (Column.SDGS, 64)):
            # At least the heading's own width: "Lead" is longer in other languages.
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        for column in HIDDEN_AT_FIRST:
            header.setSectionHidden(column, True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self._default_header_state = header.saveState()
        header.setSortIndicator(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.table.selectionModel().selectionChanged.connect(self._update_selection_bar)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(lambda _index: self.detail.setFocus())
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy_selection)
        copy.setWhatsThis(self.tr("Copy the selected rows (tab-separated, for Excel or Word)"))

        self.selection_label = QLabel()
        self.edit_buttons: dict[str, QAction] = {}
        # A tool bar rather than a row of buttons: where the words are longer than the
        # window is wide (French, Russian), the commands that do not fit go behind ».
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addWidget(self.selection_label)
        for kind, text in self.edit_commands():
            action = bar.addAction(text)
            action.triggered.connect(lambda _=False, k=kind: self.request_edit(k))
            self.edit_buttons[kind] = action
        table_column = QWidget()
        table_layout = QVBoxLayout(table_column)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(bar)
        table_layout.addWidget(self.table, 1)

        self.detail = DetailPane()
        self.detail.setMinimumHeight(120)
        self.detail.history_wanted.connect(self._show_history)
        self.detail.plan_wanted.connect(self.show_plan)
        self.detail.go_to_requested.connect(self.go_to)
        self.detail.cluster_requested.connect(
            lambda ids: self.edit_requested.emit("cluster", ids))

        self.no_match = QLabel()
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        self.empty = QLabel(self.tr(
            "No recommendations in this database yet.\n\n"
            "Import them with File > Import recommendations… (Ctrl+I): OHCHR matrices of "
            "recommendations (.docx) and UPR Info exports (.csv)."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        # The text below the table, not beside it: on a 1366-pixel screen with the filters
        # open, a third column would leave the recommendation text a few words wide.
        self.results = results = QSplitter(Qt.Orientation.Vertical)
        results.addWidget(table_column)
        results.addWidget(self.detail)
        results.setStretchFactor(0, 3)
        results.setStretchFactor(1, 1)
        results.setSizes([430, 170])
        self.detail.currentChanged.connect(self._detail_tab_changed)
        self.body = QStackedWidget()
        self.body.addWidget(results)
        self.body.addWidget(self.empty)
        self.body.addWidget(self.no_match)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.facets)
        self.splitter.addWidget(self.body)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([230, 960])

        self.filters_button = QPushButton()
        self.filters_button.clicked.connect(self.toggle_filters)
        self.set_filters_visible(True)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.filters_button)
        top.addWidget(QLabel(self.tr("View:")))
        top.addWidget(self.view_box)
        top.addWidget(self.save_view_button)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._update_selection_bar()
        self._fill_view_box()

    def edit_commands(self) -> list[tuple[str, str]]:
        return [("lead", self.tr("Set lead…")), ("supporting", self.tr("Add supporting…")),
                ("cluster", self.tr("Add to cluster…")), ("priority", self.tr("Priority…")),
                ("theme", self.tr("Add theme…")), ("sdg", self.tr("Add SDG target…"))]

    def show_register(self, reader: RegisterReader | None, ids: list[str]) -> None:
        """A database was opened (or closed): everything shown, no search, no filter."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.total = len(ids)
        self.model.set_reader(reader, ids)
        self._fill_view_box()
        self._show_facets()
        self._show_count()

    def show_loading(self) -> None:
        """While a database's register is being read (seconds for a very large one)."""
        self.heading.setText(self.tr("Recommendations"))
        self.no_match.setText(self.tr("Loading the register…"))
        self.body.setCurrentWidget(self.no_match)

    def refresh_register(self, reader: RegisterReader) -> None:
        """The data changed: same search, filters, sort and selected rows, fresh figures."""
        selected = set(self.selected_ids())
        current = self.table.currentIndex()
        current_id = self.model.recommendation_id(current.row()) if current.isValid() else None
        query, selection = self.model.query, self.model.selection
        sort = self.model.sort_state
        self.model.set_reader(reader, [])
        self.total = reader.total()
        self.model.restore_sort(*sort)
        self.model.set_filter(query, selection)
        self._show_facets()
        self._show_count(keep_detail=True)
        self.select_ids(selected, current_id)

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.recommendation_id(row) for row in rows]

    def select_ids(self, ids: set[str], current_id: str | None = None) -> None:
        selection_model = self.table.selectionModel()
        selection_model.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in self.model.rows_of(ids):
            selection_model.select(self.model.index(row, 0), flags)
        if current_id is not None:
            rows = self.model.rows_of({current_id})
            if rows:
                selection_model.setCurrentIndex(
                    self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
                self._show_detail(self.model.index(rows[0], 0), None)

    def apply_filters(self) -> None:
        self._facet_timer.stop()
        self.model.set_filter(self.search.text(), self.facets.selection)
        self._show_facets()
        self._show_count()

    def _show_facets(self) -> None:
        reader = self.model.reader
        if reader is None or not self.total:
            self.facets.show_counts({}, Selection())
            self.facets.setEnabled(False)
            return
        self.facets.setEnabled(True)
        self.facets.show_counts(reader.facet_counts(self.model.query, self.model.selection),
                                self.model.selection)

    def show_cluster(self, cluster_id: str) -> None:
        """The register narrowed to one cluster, nothing else."""
        self.show_selection(Selection.of(cluster=[cluster_id]))

    def show_selection(self, selection: Selection) -> None:
        """The register with exactly these filters and no search (a click elsewhere)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_filter("", selection)
        self._show_facets()
        self._show_count()

    # columns -------------------------------------------------------------------------------
    def _column_menu(self, position) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in Column:
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # The recommendation text is what the register is for: it cannot be hidden.
            action.setEnabled(column != Column.TEXT)
            action.toggled.connect(lambda shown, c=column: self.set_column_shown(c, shown))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        menu.exec(header.mapToGlobal(position))

    def set_column_shown(self, column: Column, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not shown)

    def reset_columns(self) -> None:
        self.table.horizontalHeader().restoreState(self._default_header_state)

    def column_state(self) -> str:
        """Order, widths and hidden columns, as text for the settings file."""
        return bytes(self.table.horizontalHeader().saveState().toBase64().data()).decode("ascii")

    def restore_column_state(self, state: str) -> None:
        if state:
            header = self.table.horizontalHeader()
            if not header.restoreState(QByteArray.fromBase64(state.encode("ascii"))):
                header.restoreState(self._default_header_state)
            header.setSectionHidden(Column.TEXT, False)

    # selection and editing -----------------------------------------------------------------
    def _update_selection_bar(self, *_args) -> None:
        count = len(self.table.selectionModel().selectedRows())
        editable = self.model.reader is not None and self.model.reader.editable
        if not editable:
            self.selection_label.setText(self.tr(
                "%n selected (only the secretariat edits the register)", "", count))
        else:
            self.selection_label.setText(self.tr("%n selected:", "", count) if count
                                         else self.tr("Select rows to edit:"))
        for button in self.edit_buttons.values():
            button.setEnabled(bool(count) and editable)
            button.setVisible(editable)

    def request_edit(self, kind: str) -> None:
        ids = self.selected_ids()
        if ids and self.model.reader is not None and self.model.reader.editable:
            self.edit_requested.emit(kind, ids)

    def _context_menu(self, position) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        for kind, text in self.edit_commands():
            menu.addAction(text, lambda k=kind: self.request_edit(k))
        menu.addAction(self.tr("Plan an action for these…"),
                       lambda: self.edit_requested.emit("action", self.selected_ids()))
        menu.addSeparator()
        menu.addAction(self.tr("Copy"), self.copy_selection)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def copied_text(self) -> str:
        """Selected rows as tab-separated text with a header line: pastes into Excel or Word."""
        header = [self.model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
        lines = ["\t".join(header)]
        for row in sorted(index.row() for index in self.table.selectionModel().selectedRows()):
            data = self.model.row_data(row)
            if data is None:
                continue
            cells = [data.reference, " ".join(data.text.split()), data.mechanism,
                     f"{data.review} {data.symbol}".strip(), data.position, data.lead,
                     data.supporting, data.status or self.tr("Not assessed"),
                     data.next_deadline, data.themes, data.sdgs]
            lines.append("\t".join(cell.replace("\t", " ") for cell in cells))
        return "\n".join(lines)

    def copy_selection(self) -> None:
        if self.table.selectionModel().selectedRows():
            QGuiApplication.clipboard().setText(self.copied_text())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.search.text(), self.facets.selection)
        self._show_facets()
        self._show_count()

    def _show_count(self, keep_detail: bool = False) -> None:
        shown = self.model.rowCount()
        if self.model.query or self.model.selection:
            self.heading.setText(self.tr("Recommendations ({0} of {1})").format(shown,
                                                                                self.total))
        else:
            self.heading.setText(self.tr("Recommendations ({0})").format(shown))
        if not self.total:
            self.body.setCurrentWidget(self.empty)
        elif not shown and self.model.query:
            self.no_match.setText(self.tr(
                "No recommendation matches “{0}”{1}.\n\nEvery word must appear (as the start of "
                "a word); try fewer or shorter words.").format(
                    self.model.query,
                    self.tr(" with the filters ticked") if self.model.selection else ""))
            self.body.setCurrentWidget(self.no_match)
        elif not shown:
            self.no_match.setText(self.tr(
                "No recommendation has all the values ticked.\n\nUntick some filters, or "
                "Clear them."))
            self.body.setCurrentWidget(self.no_match)
        else:
            self.body.setCurrentIndex(0)
        self._update_selection_bar()
        if keep_detail:
            return
        self.detail.show_message(self.tr("Select a recommendation to read it in full."))
        if shown:
            select_row(self.table, 0)

    def _show_detail(self, current, _previous) -> None:
        if not current.isValid() or self.model.reader is None:
            return
        detail = self.model.reader.detail(self.model.recommendation_id(current.row()))
        if detail is None:
            self.detail.show_message(self.tr("This recommendation was deleted meanwhile."))
            return
        self.detail.set_editable(self.model.reader.editable)
        self.detail.actor = self.model.reader.actor
        self.detail.show_detail(detail, self.model.query)

    def go_to(self, rec_id: str) -> None:
        """Selects the recommendation, widening the view (search, filters) if it is hidden."""
        if not self.model.rows_of({rec_id}):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.model.set_filter("", Selection())
            self._show_facets()
            self._show_count(keep_detail=True)
        rows = self.model.rows_of({rec_id})
        if rows:
            select_row(self.table, rows[0])
            self.table.scrollTo(self.model.index(rows[0], 0))

    def show_plan(self, rec_id: str) -> None:
        reader = self.model.reader
        if reader is None:
            return
        actions, indicators = reader.plan(rec_id)
        roles = self.detail.detail.roles if self.detail.detail else []
        actor = reader.actor
        allowed = any(can(actor, "report_progress", r.institution_id) for r in roles)
        self.detail.plan.set_commands(allowed, allowed or any(
            can(actor, "report_progress", i.institution_id) for i in indicators))
        self.detail.plan.show_plan(actions, indicators, self.tr(
            "No action or indicator yet for this recommendation. The lead institution plans "
            "them with Add action… and Add indicator…"))

    def _show_history(self, rec_id: str) -> None:
        if self.model.reader is not None:
            self.detail.show_history(self.model.reader.history(rec_id))
