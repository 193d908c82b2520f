"""`nmrf-tracker --smoke-test FILE.png`: proof that an installed program opens its window.

The window opens the demo database at 1366×768, waits until the register lists its
recommendations, saves the window as a picture and quits with 0; if the register has not
shown within WAIT_SECONDS it says so and quits with 1. packaging/smoke_test.py runs it on
the frozen build, in English and in French."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

WAIT_SECONDS = 180  # a first start builds the demo database; a slow laptop, offscreen


def watch(app: QApplication, window, picture: Path, catalogues: list) -> QTimer:
    """catalogues: the QTranslators installed, named in the report (Qt's own included: an
    installed program must carry them)."""
    started = time.monotonic()
    window.resize(1366, 768)

    def look() -> None:
        shown = window.recommendations.model.rowCount()
        if window.db is not None and not window.tasks.busy and shown:
            timer.stop()
            app.processEvents()
            picture.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(picture)):
                print(f"smoke test: cannot save the picture {picture}", file=sys.stderr)
                app.exit(1)
                return
            print(f"smoke test: the register showed {shown} recommendations after "
                  f"{time.monotonic() - started:.1f} s; picture: {picture}")
            names = ", ".join(Path(c.filePath()).name for c in catalogues) or "none"
            print(f"smoke test: catalogues: {names}")
            app.exit(0)
        elif time.monotonic() - started > WAIT_SECONDS:
            timer.stop()
            print(f"smoke test: the register did not show within {WAIT_SECONDS} s",
                  file=sys.stderr)
            app.exit(1)

    timer = QTimer(window)
    timer.timeout.connect(look)
    timer.start(100)
    return timer
