"""Composition root of the window: paths → logging → settings → QApplication → window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from typing import cast

from app import APP_NAME
from app.languages import LANGUAGE_VARIABLE
from app.logging_setup import configure_logging, current_user
from app.open_copies import remove_leftovers
from app.paths import app_paths, resource_path
from app.settings import Settings

log = logging.getLogger(__name__)


def install_error_hook(window) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.dialogs.error_dialog import ErrorDialog

    def hook(kind, error, trace) -> None:
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unhandled error\n%s", details)
        # The window may have been reopened in another language since: the one on screen.
        parent = QApplication.activeWindow() or window
        ErrorDialog(f"{kind.__name__}: {error}", details, app_paths().logs, parent).exec()

    sys.excepthook = hook


def build_window(*, database: Path | None = None, demo: bool = False,
                 settings: Settings | None = None, exchange_file: Path | None = None,
                 tasks=None):
    """The window, opening what was asked for; the welcome page when nothing was. An
    exchange file is opened once the database is (the last one used, unless another was
    asked for). `tasks` runs its background work (a TaskRunner unless given: the UI tests
    give one that runs each task at once)."""
    from app.ui.main_window import MainWindow
    from app.ui.tasks import TaskRunner

    paths = app_paths().ensure()
    for folder in remove_leftovers(paths.open_copies):
        log.warning("evidence copies left in %s (a file still open?): removed next start",
                    folder)
    settings = settings or Settings.load(paths.settings_file)
    tasks = tasks if tasks is not None else TaskRunner()
    window = MainWindow(paths=paths, settings=settings, tasks=tasks, author=current_user())
    window.pending_exchange_file = exchange_file
    if demo:
        window.open_demo()
    elif database is not None:
        window.open_path(database)
    elif settings.recent_databases and Path(settings.recent_databases[0]).exists():
        window.open_path(Path(settings.recent_databases[0]))
    else:
        window.open_pending_exchange_file()
    return window


def run_window(*, database: Path | None = None, demo: bool = False,
               exchange_file: Path | None = None, smoke_test: Path | None = None) -> int:
    configure_logging()
    from PySide6.QtWidgets import QApplication

    from app.ui.language import chosen_language, install_translators

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("NMRF Tracker")
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resource_path("icons", "nmrf-tracker-256.png"))))
    settings = Settings.load(app_paths().ensure().settings_file)
    catalogues = install_translators(app, chosen_language(
        os.environ.get(LANGUAGE_VARIABLE) or settings.language))
    window = build_window(database=database, demo=demo or smoke_test is not None,
                          settings=settings, exchange_file=exchange_file)
    install_error_hook(window)
    if smoke_test is not None:
        from app.ui.smoke_test import watch

        watch(app, window, smoke_test, catalogues)
    window.show()
    return app.exec()
