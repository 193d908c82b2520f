"""Background work off the UI thread, with a progress dialog after half a second.

A task function is plain Python: `fn(progress, cancelled)` where `progress(done, total, text)`
reports and `cancelled()` says whether the person pressed Cancel. One worker thread only, so
database writes from the window are serialised (one writer). A failure is shown to the person
(`messages.show_failure`: a plain warning for a UserError, the details and the log for a
defect) unless the caller handles it; a cancelled task says nothing.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget

from app.errors import Cancelled
from app.progress import Progress
from app.ui import messages

TaskFunction = Callable[[Progress, Callable[[], bool]], Any]
PROGRESS_DELAY_MS = 500
STATUS_MESSAGE_MS = 10_000


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)


class _Task(QRunnable):
    def __init__(self, function: TaskFunction):
        super().__init__()
        self.setAutoDelete(False)
        self.function = function
        self.signals = _Signals()
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        try:
            result = self.function(self._report, self.cancel_requested.is_set)
        except BaseException as error:  # reported to the UI thread, never lost
            self.signals.failed.emit(error, traceback.format_exc())
        else:
            self.signals.finished.emit(result)

    def _report(self, done: int, total: int, text: str) -> None:
        self.signals.progress.emit(done, total, text)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[_Task] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        function: TaskFunction,
        *,
        title: str,
        parent: QWidget | None,
        on_done: Callable[[Any], object],  # what it returns is ignored
        on_error: Callable[[BaseException, str], object] | None = None,
        failure: str | None = None,
        cancellable: bool = False,
        describe: Callable[[int, int, str], str] | None = None,
        too_late_to_cancel: Callable[[str], bool] = lambda text: False,
    ) -> None:
        """`failure` titles the message shown when the task fails (default: `title`), unless
        `on_error` handles failures itself; `describe(done, total, text)` words a progress
        report for the person (the task reports plain step names from the services, which have
        no translations); `too_late_to_cancel(text)` says from which report on Cancel is
        withdrawn."""
        task = _Task(function)
        if on_error is None:
            on_error = failure_shown(parent, failure or title)
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(task.cancel_requested.set)

        def show_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if cancellable and too_late_to_cancel(text):
                dialog.setCancelButton(None)
            if describe is not None:
                text = describe(done, total, text)
            if text:
                dialog.setLabelText(f"{title}\n{text}")

        def finish(callback: Callable, *args) -> None:
            self._running.discard(task)
            dialog.reset()
            dialog.close()
            dialog.deleteLater()
            callback(*args)

        task.signals.progress.connect(show_progress)
        task.signals.finished.connect(lambda result: finish(on_done, result))
        task.signals.failed.connect(lambda error, details: finish(on_error, error, details))
        self._running.add(task)
        self._pool.start(task)

    def wait(self, timeout_ms: int = -1) -> bool:
        return self._pool.waitForDone(timeout_ms)


def failure_shown(parent: QWidget | None, title: str) -> Callable[[BaseException, str], None]:
    """The default failure handler: a message box, or for a cancel (the person asked for it)
    only a line in the window's status bar saying that nothing was changed."""
    def show(error: BaseException, details: str) -> None:
        if not isinstance(error, Cancelled):
            messages.show_failure(parent, title, error, details)
            return
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            text = str(error)
            window.statusBar().showMessage(text[:1].upper() + text[1:], STATUS_MESSAGE_MS)
    return show
