"""The window's background work run at once, in the test's own thread.

A UI test then reads the result of a click on the next line, instead of polling until a
worker thread is done. What runs is what the window runs (the same task functions, the same
done and failure handlers); only the thread differs. The threaded runner itself is tested in
test_tasks.py, and the e2e tests start the real program.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from app.ui.tasks import TaskFunction, TaskRunner, failure_shown


class InlineTaskRunner(TaskRunner):
    def __init__(self) -> None:
        super().__init__()
        self.cancel_requested = False  # what cancelled() answers: a test sets it to cancel
        self.reported: list[tuple[int, int, str]] = []

    def run(self, function: TaskFunction, *, title: str, parent: QWidget | None,
            on_done: Callable[[Any], None],
            on_error: Callable[[BaseException, str], None] | None = None,
            failure: str | None = None, **_dialog_options) -> None:
        try:
            result = function(lambda done, total, text: self.reported.append(
                (done, total, text)), lambda: self.cancel_requested)
        except Exception as error:  # handed to the window as the worker thread would
            (on_error or failure_shown(parent, failure or title))(error, traceback.format_exc())
        else:
            on_done(result)
