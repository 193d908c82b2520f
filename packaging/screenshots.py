"""Render the window offscreen at 1366×768 and save the README screenshots.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["NMRF_TRACKER_HOME"] = tempfile.mkdtemp(prefix="nmrf-shots-")
    from PySide6.QtWidgets import QApplication

    from app.main import build_window

    app = QApplication.instance() or QApplication(sys.argv)
    window = build_window()
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.grab().save(str(folder / "welcome.png"))
    window.open_demo()
    window.tasks.wait()
    for _ in range(20):
        app.processEvents()
    window.grab().save(str(folder / "recommendations.png"))
    window.navigation.setCurrentRow(1)
    app.processEvents()
    window.grab().save(str(folder / "institutions.png"))
    window.close_database()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
