"""What the window's mixins use of the object they are mixed into, declared once.

The main window, the register's commands and the register page are each built from mixins
that reach the rest of the object through `self` (`self.tasks`, `self.recommendations`…).
Each mixin derives from one of the classes here, which declares those parts for the type
checker: at run time they hold nothing but `database`, the open database or a clear error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtCore import QObject, SignalInstance
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QMainWindow,
        QPushButton,
        QSplitter,
        QStackedWidget,
        QTableView,
        QWidget,
    )

    from app.db.database import Database
    from app.open_copies import OpenCopies
    from app.paths import AppPaths
    from app.services.what_changed import WhatChanged
    from app.settings import SavedViews, Settings
    from app.ui.pages.activity import ActivityPage
    from app.ui.pages.dashboard import DashboardPage
    from app.ui.pages.exchange import ExchangePage
    from app.ui.pages.institutions import InstitutionsPage
    from app.ui.pages.plan import CalendarPage, PlanPage
    from app.ui.pages.recommendations import RecommendationsPage
    from app.ui.pages.vocabularies import VocabulariesPage
    from app.ui.qt_models.recommendations import RecommendationTableModel
    from app.ui.register_actions import RegisterActions
    from app.ui.tasks import TaskRunner
    from app.ui.widgets.detail_pane import DetailPane
    from app.ui.widgets.facet_panel import FacetPanel

    _WindowBase = QMainWindow
    _CommandsBase = QObject
    _PageBase = QWidget
else:
    _WindowBase = _CommandsBase = _PageBase = object


class _OpenDatabase:
    db: Database | None

    @property
    def database(self) -> Database:
        """The open database: the commands that use it are offered only while one is."""
        if self.db is None:
            raise RuntimeError("no database is open")
        return self.db


class WindowParts(_OpenDatabase, _WindowBase):
    if TYPE_CHECKING:
        paths: AppPaths
        settings: Settings
        tasks: TaskRunner
        author: str
        pages: QStackedWidget
        navigation: QListWidget
        recommendations: RecommendationsPage
        register_actions: RegisterActions
        dashboard: DashboardPage
        plan: PlanPage
        calendar: CalendarPage
        activity: ActivityPage
        exchange: ExchangePage
        institutions: InstitutionsPage
        vocabularies: VocabulariesPage
        actor_label: QLabel
        import_action: QAction
        clusters_action: QAction
        completed_action: QAction
        edit_actions: dict[str, QAction]
        _stale_pages: set[QWidget]

        def attach(self, db: Database) -> None: ...
        def close_database(self) -> None: ...
        def open_path(self, path: Path) -> None: ...
        def show_page(self, page: QWidget) -> None: ...
        def refresh_after(self, changed: WhatChanged) -> None: ...
        def refresh_after_edit(self) -> None: ...
        def _action(self, menu: Any, text: str, slot: Callable[..., Any],
                    shortcut: Any = None) -> QAction: ...
        def _show_plan(self) -> None: ...
        def _show_calendar(self) -> None: ...
        def _show_activity(self) -> None: ...
        def _show_exchange(self) -> None: ...
        def with_unlocked_key(self, then: Callable[[], object]) -> None: ...
        def ask_to_unlock(self, locked: Any) -> bool: ...


class CommandParts(_OpenDatabase, _CommandsBase):
    if TYPE_CHECKING:
        window: QWidget
        tasks: TaskRunner
        open_copies: OpenCopies
        changed: SignalInstance

        def choose(self, title: str, prompt: str, items: list[tuple[str, str]],
                   extra: tuple[str, str] | None = None) -> str | None: ...
        def ask_text(self, title: str, prompt: str, text: str = "") -> str | None: ...
        def _read(self, function: Callable[..., Any]) -> Any: ...
        def _write(self, label: str, work: Callable[..., Any],
                   report: Callable[[Any], str]) -> None: ...
        def _label_of(self, items: list[tuple[str, str]], chosen: str) -> str: ...


class RegisterPageParts(_PageBase):
    if TYPE_CHECKING:
        model: RecommendationTableModel
        views: SavedViews | None
        facets: FacetPanel
        view_box: QComboBox
        save_view_button: QPushButton
        search: QLineEdit
        table: QTableView
        detail: DetailPane
        results: QSplitter
        splitter: QSplitter
        filters_button: QPushButton

        def _show_facets(self) -> None: ...
        def _show_count(self, keep_detail: bool = False) -> None: ...
