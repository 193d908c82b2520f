"""The main window: welcome page until a database is open, then navigation and pages."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.db.address import database_location, is_server_address, location_name
from app.db.database import Database
from app.db.lifecycle import create_database, on_read_only_media, open_database
from app.db.protection import PasswordNeeded
from app.errors import ReadOnlyDatabaseError
from app.models.codes import DatabaseRole
from app.open_copies import OpenCopies
from app.paths import AppPaths
from app.services.demo import populate_demo
from app.services.imports import import_history
from app.services.setup import NewDatabaseSpec, create_secretariat_database
from app.settings import SavedViews, Settings
from app.ui import messages
from app.ui.backup_commands import BackupCommandsMixin
from app.ui.dialogs.import_history import ImportHistoryDialog
from app.ui.dialogs.import_wizard import ImportWizard
from app.ui.dialogs.new_database import NewDatabaseWizard
from app.ui.exchange_commands import ExchangeCommandsMixin
from app.ui.help_commands import HelpCommandsMixin
from app.ui.key_commands import KeyCommandsMixin
from app.ui.language import add_language_menu
from app.ui.page_refresh import PageRefreshMixin
from app.ui.pages.activity import ActivityPage
from app.ui.pages.dashboard import DashboardPage
from app.ui.pages.institutions import InstitutionsPage
from app.ui.pages.plan import CalendarPage, PlanPage
from app.ui.pages.recommendations import RecommendationsPage
from app.ui.pages.vocabularies import VocabulariesPage
from app.ui.pages.welcome import WelcomePage
from app.ui.profile_mixin import ProfileMixin
from app.ui.protect_commands import ProtectCommandsMixin
from app.ui.register_actions import RegisterActions
from app.ui.report_commands import ReportCommandsMixin
from app.ui.tasks import TaskRunner
from app.ui.tracking_pages import TrackingPagesMixin
from app.ui.widgets.banner import DatabaseBanners
from app.ui.widgets.side_bar import SideBar

log = logging.getLogger(__name__)


class MainWindow(PageRefreshMixin, ProfileMixin, TrackingPagesMixin, ReportCommandsMixin,
                 ExchangeCommandsMixin, KeyCommandsMixin, ProtectCommandsMixin, BackupCommandsMixin,
                 HelpCommandsMixin, QMainWindow):
    database_changed = Signal()

    def __init__(self, *, paths: AppPaths, settings: Settings, tasks: TaskRunner, author: str):
        super().__init__()
        self.paths, self.settings, self.tasks, self.author = paths, settings, tasks, author
        messages.use_settings(settings)  # file dialogs remember their folders there
        self.db: Database | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1366, 768)

        self.welcome = WelcomePage()
        self.recommendations = RecommendationsPage()
        self.open_copies = OpenCopies(paths.open_copies)
        self.register_actions = RegisterActions(self, tasks, self.open_copies)
        self.register_actions.changed.connect(self.refresh_after)
        self.register_actions.message.connect(
            lambda text: self.statusBar().showMessage(text, 10_000))
        self.recommendations.edit_requested.connect(self.edit_selection)
        self.recommendations.detail.edit_requested.connect(
            self.register_actions.edit_recommendation)
        self.recommendations.detail.similar_wanted.connect(self.find_similar)
        self.recommendations.detail.assessment_requested.connect(
            self.register_actions.new_assessment)
        self.recommendations.detail.move_requested.connect(
            self.register_actions.move_assessment)
        self.recommendations.detail.attach_requested.connect(
            self.register_actions.attach_evidence)
        self.recommendations.detail.open_evidence_requested.connect(
            self.register_actions.open_evidence)
        self.recommendations.detail.edit_assessment_requested.connect(
            self.register_actions.edit_assessment)
        plan = self.recommendations.detail.plan
        plan.edit_action_requested.connect(self.register_actions.edit_action)
        plan.action_evidence_requested.connect(self.register_actions.action_evidence)
        plan.history_requested.connect(self.register_actions.record_history)
        plan.delete_requested.connect(self.register_actions.delete_plan_item)
        plan.edit_indicator_requested.connect(self.register_actions.edit_indicator)
        plan.add_action_requested.connect(
            lambda: self.register_actions.add_action(self._shown_recommendation()))
        plan.add_indicator_requested.connect(
            lambda: self.register_actions.add_indicator(self._shown_recommendation()))
        plan.record_value_requested.connect(self.register_actions.record_value)
        self.recommendations.detail.assign_requested.connect(
            lambda kind, rec_id: self.edit_selection(kind, [rec_id]))
        self.recommendations.restore_column_state(settings.register_columns)
        self.recommendations.restore_layout_state(settings.register_layout)
        self.institutions = InstitutionsPage()
        actions = self.register_actions
        self.institutions.new_institution_requested.connect(actions.new_institution)
        self.institutions.edit_institution_requested.connect(actions.edit_institution)
        self.institutions.new_person_requested.connect(actions.new_person)
        self.institutions.edit_person_requested.connect(actions.edit_person)
        self.institutions.remove_person_requested.connect(actions.remove_person)
        self.institutions.people_wanted.connect(
            lambda institution_id: self.db is not None and self.institutions.show_people(
                *actions.people(institution_id)))
        self.dashboard = DashboardPage()
        self.dashboard.show_requested.connect(self.show_in_register)
        self.dashboard.plan_requested.connect(lambda: self.show_page(self.plan))
        self.plan = PlanPage()
        self.plan.filters_changed.connect(self._show_plan)
        self.plan.view.add_action_requested.connect(lambda: actions.add_action(None))
        self.plan.view.add_indicator_requested.connect(lambda: actions.add_indicator(None))
        self.plan.view.record_value_requested.connect(actions.record_value)
        self.plan.view.edit_action_requested.connect(actions.edit_action)
        self.plan.view.action_evidence_requested.connect(actions.action_evidence)
        self.plan.view.history_requested.connect(actions.record_history)
        self.plan.view.delete_requested.connect(actions.delete_plan_item)
        self.plan.view.edit_indicator_requested.connect(actions.edit_indicator)
        self.calendar = CalendarPage()
        self.calendar.filters_changed.connect(self._show_calendar)
        self.calendar.add_requested.connect(actions.add_deadline)
        self.calendar.complete_requested.connect(actions.complete_deadline)
        self.activity = ActivityPage()
        self.activity.filters_changed.connect(self._show_activity)
        self.exchange = self._build_exchange_page()
        self.vocabularies = VocabulariesPage()
        self.vocabularies.entries_wanted.connect(self._show_vocabulary)
        self.vocabularies.add_requested.connect(actions.add_entry)
        self.vocabularies.edit_requested.connect(actions.edit_entry)
        self.vocabularies.delete_requested.connect(actions.delete_entry)
        self.vocabularies.alias_requested.connect(actions.add_alias)
        self.vocabularies.alias_removal_requested.connect(actions.remove_alias)
        self.side_bar = SideBar()
        self.navigation = self.side_bar.list
        self.banners = DatabaseBanners()
        self.pages = QStackedWidget()
        for label, symbol, page in ((self.tr("Recommendations"), "☰", self.recommendations),
                                    (self.tr("Dashboard"), "▤", self.dashboard),
                                    (self.tr("Plan"), "✎", self.plan),
                                    (self.tr("Calendar"), "◷", self.calendar),
                                    (self.tr("Institutions"), "⌂", self.institutions),
                                    (self.tr("Exchange"), "⇄", self.exchange),
                                    (self.tr("Reference data"), "❏", self.vocabularies),
                                    (self.tr("Activity"), "↺", self.activity)):
            self.side_bar.add_page(label, symbol)
            self.pages.addWidget(page)
        self.side_bar.set_compact(settings.side_bar_compact)
        self.side_bar.compact_changed.connect(self._remember_side_bar)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self._stale_pages: set[QWidget] = set()
        self.pages.currentChanged.connect(self._page_opened)
        workspace = QWidget()
        column = QVBoxLayout(workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banners)
        row = QHBoxLayout()
        row.addWidget(self.side_bar)
        row.addWidget(self.pages, 1)
        column.addLayout(row, 1)
        self.central = QStackedWidget()
        self.central.addWidget(self.welcome)
        self.central.addWidget(workspace)
        self.setCentralWidget(self.central)

        self.database_label = QLabel()
        # A long path must not widen the window past a laptop's screen: it is cut, and the
        # whole of it is in the tooltip.
        self.database_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                          QSizePolicy.Policy.Preferred)
        self.actor_label = QLabel()
        self.actor_label.setContentsMargins(0, 0, 16, 0)
        self.statusBar().addPermanentWidget(self.actor_label)
        self.statusBar().addPermanentWidget(self.database_label, 1)
        self._build_menus()
        self.welcome.new_requested.connect(self.new_database)
        self.welcome.open_requested.connect(self.choose_and_open)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.received_file_requested.connect(self.open_secretariat_file)
        self.welcome.recent_requested.connect(self.open_path)
        self._show_welcome()

    # menus ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(file_menu, self.tr("&New database…"), self.new_database,
                                       QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Open…"), self.choose_and_open,
                     QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self._action(file_menu, self.tr("Open the &demo"), self.open_demo)
        self._build_exchange_menu(file_menu)
        self._build_key_menu(file_menu)
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, self.tr("&Import recommendations…"),
                                          self.import_files, QKeySequence("Ctrl+I"))
        self.history_action = self._action(file_menu, self.tr("Import &history…"),
                                           self.show_import_history)
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("&Back up now…"), self.backup_now)
        self.backups_action = self._action(file_menu, self.tr("Bac&kups…"), self.show_backups)
        self._build_protect_menu(file_menu)
        self.close_action = self._action(file_menu, self.tr("&Close database"), self.close_database)
        self.profile_action = self._action(file_menu, self.tr("&Who is working…"),
                                           self.ask_profile)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit_menu, self.tr("&Undo"),
                                        self.register_actions.undo_last,
                                        QKeySequence.StandardKey.Undo)
        self.register_actions.undo_changed.connect(self._update_undo_action)
        edit_menu.addSeparator()
        shortcuts = {"lead": QKeySequence("Ctrl+L"), "cluster": QKeySequence("Ctrl+K")}
        self.edit_actions = {
            kind: self._action(edit_menu, text,
                               lambda _=False, k=kind: self.recommendations.request_edit(k),
                               shortcuts.get(kind))
            for kind, text in self.recommendations.edit_commands()}
        register_menu = self.menuBar().addMenu(self.tr("&Register"))
        self.clusters_action = self._action(register_menu, self.tr("&Clusters…"),
                                            self.show_clusters)
        self.save_view_action = self._action(register_menu, self.tr("&Save current view…"),
                                             self.recommendations.ask_and_save_view)
        self.clear_filters_action = self._action(register_menu, self.tr("Clear &filters"),
                                                 self.recommendations.facets.clear)
        reports_menu = self.menuBar().addMenu(self.tr("Re&ports"))
        self.matrix_action = self._action(reports_menu,
                                          self.tr("Implementation &matrix (Excel)…"),
                                          self.export_matrix)
        self.completed_action = self._action(reports_menu,
                                             self.tr("&Import a completed matrix…"),
                                             self.import_completed_matrix)
        reports_menu.addSeparator()
        self.midterm_action = self._action(reports_menu, self.tr("Mid-&term report (PDF)…"),
                                           self.export_midterm_report)
        self.pack_action = self._action(reports_menu,
                                        self.tr("&Validation-meeting pack (PDF)…"),
                                        self.export_validation_pack)
        self.reminders_action = self._action(reports_menu, self.tr("&Reminder letters (PDF)…"),
                                             self.export_reminder_letters)
        add_language_menu(self)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&User guide"), self.show_guide,
                     QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts)
        help_menu.addSeparator()
        self._action(help_menu, self.tr("Open &log folder"), self.open_log_folder)
        self._action(help_menu, self.tr("&About NMRF Tracker"), self.show_about)
        self._refresh_recent_menu()
        self._update_undo_action()

    def _update_undo_action(self) -> None:
        self.undo_action.setText(self.register_actions.undo_text())
        self.undo_action.setEnabled(bool(self.register_actions.undo_steps))

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_databases:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.settings.recent_databases))
        self.welcome.set_recent(self.settings.recent_databases)

    # opening and closing -------------------------------------------------------------------
    def open_path(self, path: Path | str) -> None:
        """A file's path, or a server's address (postgresql://…)."""
        path = database_location(str(path))
        self.tasks.run(
            lambda progress, cancelled: open_database(
                path, author=self.author,
                read_only=not is_server_address(path) and on_read_only_media(Path(path))),
            title=self.tr("Opening {0}").format(location_name(path)),
            parent=self,
            on_done=self.attach,
            on_error=lambda error, details: self._open_failed(path, error, details),
        )

    def _open_failed(self, path: Path | str, error: BaseException, details: str) -> None:
        if isinstance(error, PasswordNeeded):
            if self.ask_database_password(error):
                self.open_path(path)
            return
        if isinstance(error, ReadOnlyDatabaseError):  # found only when trying to write
            self.tasks.run(lambda progress, cancelled: open_database(
                path, author=self.author, read_only=True),
                title=self.tr("Opening {0}").format(location_name(path)), parent=self,
                on_done=self.attach,
                failure=self.tr("Cannot open {0}").format(location_name(path)))
            return
        messages.show_failure(self, self.tr("Cannot open {0}").format(location_name(path)),
                              error, details)
        if not is_server_address(path) and not Path(path).exists():
            self.settings.forget_database(path)
            self._refresh_recent_menu()

    def choose_and_open(self) -> None:
        chosen = messages.choose_database_to_open(self, self.paths.data)
        if chosen:
            self.open_path(chosen)

    def open_demo(self) -> None:
        demo = self.paths.demo_database
        if demo.exists():
            self.open_path(demo)
            return

        def build(progress, cancelled):
            return create_database(
                demo, author=self.author,
                populate=lambda session, info: populate_demo(session, info, progress=progress),
            )

        self.tasks.run(build, title=self.tr("Building the demo database"), parent=self,
                       on_done=self.attach,
                       failure=self.tr("Cannot build the demo"))

    def new_database(self, _checked=False, *, previous=None) -> None:
        wizard = NewDatabaseWizard(self.paths.default_database, self, previous=previous)
        if wizard.exec() != NewDatabaseWizard.DialogCode.Accepted:
            return
        spec = wizard.spec()
        self.tasks.run(
            lambda progress, cancelled: create_secretariat_database(spec, author=self.author),
            title=self.tr("Creating {0}").format(Path(spec.path).name), parent=self,
            on_done=self.attach,
            on_error=lambda e, d: self._creation_failed(e, d, spec),
        )

    def _creation_failed(self, error: BaseException, details: str,
                         spec: NewDatabaseSpec) -> None:
        messages.show_failure(self, self.tr("Cannot create the database"), error, details)
        self.new_database(previous=spec)  # what was typed is not lost

    def attach(self, db: Database) -> None:
        self.close_database()
        self.db = db
        self.register_actions.set_database(db)
        stored = self.settings.profiles.get(db.identity.database_id)
        db.actor = self._actor_from(stored) or self._default_actor(db)
        self.recommendations.views = SavedViews(self.settings, db.identity.database_id)
        self.settings.remember_database(db.location)
        self._refresh_recent_menu()
        self.refresh()
        self.central.setCurrentIndex(1)
        self.navigation.setCurrentRow(0)
        for action in self._database_actions():
            action.setEnabled(True)
        self._apply_actor()
        self._show_protect_actions_for(db.location, db.read_only)
        if stored is None:
            self.ask_profile()
        identity = db.identity
        self._show_key_actions_for(identity.role)
        secretariat = identity.role == DatabaseRole.SECRETARIAT
        role = self.tr("Secretariat database") if secretariat else self.tr("Institution copy")
        demo = self.tr("  •  DEMO DATA (fictional)") if identity.is_demo else ""
        self.banners.show_for(location_name(db.location), is_demo=identity.is_demo,
                              read_only=db.read_only)
        # The path isolated left to right: in an Arabic window its slashes stay in place.
        self.database_label.setText(f"{role}{demo}  •  \u2066{db.location}\u2069")
        self.database_label.setToolTip(db.location)
        self.setWindowTitle(f"{identity.title or location_name(db.location)} — {APP_NAME}")
        self.database_changed.emit()
        self.open_pending_exchange_file()

    def close_database(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
        self.register_actions.set_database(None)
        self.recommendations.views = None
        self.recommendations.show_register(None, [])
        self._show_welcome()

    def _show_welcome(self) -> None:
        self.central.setCurrentIndex(0)
        self.actor_label.setText("")
        self.database_label.setText(self.tr("No database open"))
        self.setWindowTitle(APP_NAME)
        for action in self._database_actions():
            action.setEnabled(False)

    def _database_actions(self) -> tuple[QAction, ...]:
        return (self.import_action, self.history_action, self.backup_action, self.backups_action,
                self.close_action,
                self.profile_action, self.matrix_action, self.completed_action,
                self.midterm_action, self.pack_action, self.reminders_action,
                self.clusters_action, self.save_view_action, self.clear_filters_action,
                *self.edit_actions.values(), *self._key_actions(),
                *self._protect_actions())

    # editing the register ------------------------------------------------------------------
    def _shown_recommendation(self) -> str | None:
        detail = self.recommendations.detail.detail
        return detail.id if detail is not None else None

    def edit_selection(self, kind: str, ids: list[str]) -> None:
        actions = self.register_actions
        command = {"lead": actions.set_lead, "supporting": actions.add_supporting,
                   "cluster": actions.add_to_cluster, "priority": actions.set_priority,
                   "theme": actions.add_theme, "sdg": actions.add_sdg_target,
                   "action": lambda ids: actions.add_action(rec_ids=ids)}[kind]
        command(ids)

    def import_files(self, paths: list[Path] | None = None) -> ImportWizard | None:
        if self.db is None:
            return None
        wizard = ImportWizard(self.db, self.tasks, self)
        if paths:
            wizard.files_page.add_paths(paths)
        wizard.finished.connect(lambda _result: self.refresh() if wizard.imported else None)
        wizard.open()
        return wizard

    def show_import_history(self) -> None:
        if self.db is not None:
            ImportHistoryDialog(import_history(self.db), self).exec()

    def _remember_side_bar(self, compact: bool) -> None:
        self.settings.side_bar_compact = compact
        self.settings.save()

    def closeEvent(self, event) -> None:
        self.settings.register_columns = self.recommendations.column_state()
        self.settings.register_layout = self.recommendations.layout_state()
        self.settings.save()
        self.tasks.wait()
        self.close_database()
        self.open_copies.remove()  # evidence opened in a viewer: no copy stays behind
        super().closeEvent(event)
