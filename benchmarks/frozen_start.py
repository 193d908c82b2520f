"""The frozen program beside the source install: the size of the folder and of the
installers, and the time from start to the register on screen (`--smoke-test`: the window
opens the demo database, waits for the register, saves a picture, exits), median of N runs,
each with a data folder of its own whose demo database is built by a first, uncounted run.

    .venv/bin/python packaging/build.py && .venv/bin/python benchmarks/frozen_start.py

The raw baseline in the same run is a bare PySide6 window with a table of as many rows,
started by the same Python: what any Qt program pays before our code runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))  # sizes counted as the build counts them
from build import folder_size  # noqa: E402

DIST = ROOT / "dist"
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication(sys.argv)
model = QStandardItemModel(300, 8)
for row in range(300):
    for column in range(8):
        model.setItem(row, column, QStandardItem(f"{row}.{column}"))
view = QTableView()
view.setModel(model)
view.resize(1366, 768)
view.show()
def done():
    view.grab().save(sys.argv[1])
    app.exit(0)
QTimer.singleShot(0, done)
sys.exit(app.exec())
"""


def timed(command: list[str], runs: int) -> float:
    with tempfile.TemporaryDirectory() as home:
        environment = {**os.environ, "NMRF_TRACKER_HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        picture = str(Path(home) / "window.png")
        subprocess.run([*command, picture], env=environment, check=True, capture_output=True)
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([*command, picture], env=environment, check=True,
                           capture_output=True)
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    frozen = DIST / "nmrf-tracker" / "nmrf-tracker"
    if not frozen.exists():
        print("no frozen program in dist/: run packaging/build.py first", file=sys.stderr)
        return 1
    print(f"frozen folder: {folder_size(frozen.parent) / 1e6:.1f} MB")
    for installer in sorted(DIST.glob("*.tar.gz")) + sorted(DIST.glob("*.deb")):
        print(f"{installer.name}: {installer.stat().st_size / 1e6:.1f} MB")
    source = timed([str(ROOT / ".venv" / "bin" / "nmrf-tracker"), "--smoke-test"],
                   arguments.runs)
    built = timed([str(frozen), "--smoke-test"], arguments.runs)
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "bare.py"
        script.write_text(BARE, encoding="utf-8")
        bare = timed([sys.executable, str(script)], arguments.runs)
    print(f"start to register on screen, median of {arguments.runs}: frozen {built:.2f} s, "
          f"source install {source:.2f} s ({built / source:.2f}×); a bare PySide6 table "
          f"{bare:.2f} s (frozen {built / bare:.1f}×, source {source / bare:.1f}×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
