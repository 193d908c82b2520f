"""The real main window on a copy of a large database, for the window benchmarks."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def open_copy_in_window(database: Path):
    """(application, window, folder): a copy of `database` (the window records its settings
    and may migrate it) opened at 1366x768 with a home folder of its own, register loaded.
    Remove `folder` at the end."""
    folder = Path(tempfile.mkdtemp(prefix="nmrf-bench-"))
    os.environ["NMRF_TRACKER_HOME"] = str(folder / "home")
    copy = folder / database.name
    shutil.copyfile(database, copy)

    from PySide6.QtWidgets import QApplication

    application = QApplication(sys.argv)
    from app.main import build_window

    window = build_window()
    window.resize(1366, 768)
    window.show()
    window.open_path(copy)
    while window.db is None or window.tasks.busy:
        application.processEvents()
        time.sleep(0.01)
    return application, window, folder
