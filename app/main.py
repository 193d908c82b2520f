"""Composition root of the window: paths → logging → settings → QApplication → window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from app import APP_NAME
from app.logging_setup import configure_logging, current_user
from app.paths import app_paths
from app.settings import Settings

log = logging.getLogger(__name__)


def install_translators(app) -> list:
    from PySide6.QtCore import QLocale, QTranslator

    from app.paths import resource_path

    translators = []
    folder = resource_path("translations")
    # English first: it holds the plural forms ("1 backup", "3 backups") that every language
    # falls back on; the translator installed last is asked first.
    english, local = QTranslator(app), QTranslator(app)
    if english.load("nmrf_tracker_en", str(folder)):
        app.installTranslator(english)
        translators.append(english)
    if not QLocale().name().startswith("en") and local.load(
            QLocale(), "nmrf_tracker", "_", str(folder)):
        app.installTranslator(local)
        translators.append(local)
    return translators


def install_error_hook(window) -> None:
    from app.ui.dialogs.error_dialog import ErrorDialog

    def hook(kind, error, trace) -> None:
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unhandled error\n%s", details)
        ErrorDialog(f"{kind.__name__}: {error}", details, app_paths().logs, window).exec()

    sys.excepthook = hook


def build_window(*, database: Path | None = None, demo: bool = False):
    """The window, opening what was asked for; the welcome page when nothing was."""
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskRunner

    paths = app_paths().ensure()
    settings = Settings.load(paths.settings_file)
    window = MainWindow(paths=paths, settings=settings, tasks=TaskRunner(), author=current_user())
    if demo:
        window.open_demo()
    elif database is not None:
        window.open_path(database)
    elif settings.recent_databases and Path(settings.recent_databases[0]).exists():
        window.open_path(Path(settings.recent_databases[0]))
    return window


def run_window(*, database: Path | None = None, demo: bool = False) -> int:
    configure_logging()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("NMRF Tracker")
    install_translators(app)
    window = build_window(database=database, demo=demo)
    install_error_hook(window)
    window.show()
    return app.exec()
