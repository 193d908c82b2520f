"""Evidence opened with the system's viewer leaves no copy behind.

Evidence may concern individual victims; the database keeps it, and the viewer needs a file.
Each running application writes those copies into a folder of its own under the
application's data folder (readable by its owner only), holding a lock file for as long as
it runs. The folder is removed when the application closes; a folder whose lock nobody holds
belongs to an application that ended without removing it (a crash, a viewer on Windows still
holding the file), and is removed at the next start.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from filelock import FileLock, Timeout

SESSION_PREFIX = "session-"
LOCK_NAME = "in-use.lock"
# Where the first versions put their copies, in a folder shared and never emptied.
LEGACY_FOLDER = Path(tempfile.gettempdir()) / "nmrf-tracker-evidence"


class OpenCopies:
    """The copies of one running application."""

    def __init__(self, root: Path):
        self.root = root
        self._folder: Path | None = None
        self._lock: FileLock | None = None

    def folder(self) -> Path:
        """This application's folder, made (owner-only) at the first copy."""
        if self._folder is None:
            self.root.mkdir(parents=True, exist_ok=True)
            folder = Path(tempfile.mkdtemp(prefix=SESSION_PREFIX, dir=self.root))
            lock = FileLock(folder / LOCK_NAME)
            lock.acquire()
            self._folder, self._lock = folder, lock
        return self._folder

    def remove(self) -> None:
        """Every copy this application made, removed (it is closing)."""
        folder, lock = self._folder, self._lock
        self._folder = self._lock = None
        if folder is None or lock is None:
            return
        lock.release()
        shutil.rmtree(folder, ignore_errors=True)


def remove_leftovers(root: Path) -> list[Path]:
    """The folders of applications that ended without removing them, removed; returns those
    that could not be (a file still open in a viewer on Windows: tried again next start)."""
    shutil.rmtree(LEGACY_FOLDER, ignore_errors=True)
    if not root.is_dir():
        return []
    left = []
    for folder in sorted(root.glob(f"{SESSION_PREFIX}*")):
        lock = FileLock(folder / LOCK_NAME, timeout=0)
        try:
            lock.acquire()
        except Timeout:
            continue  # a running application's
        lock.release()
        shutil.rmtree(folder, ignore_errors=True)
        if folder.exists():
            left.append(folder)
    return left
