"""Background tasks: the progress dialog words what the task reports, Cancel goes when too late."""

import threading

from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from app.ui.tasks import TaskRunner


def test_progress_is_worded_by_the_caller_and_cancel_is_withdrawn_when_too_late(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent)
    read_shown, saving_shown = threading.Event(), threading.Event()
    results, errors = [], []

    def task(progress, cancelled):
        progress(1, 3, "reading")
        read_shown.wait(30)
        progress(0, 0, "saving")
        saving_shown.wait(30)
        return "done"

    runner.run(task, title="Importing", parent=parent, on_done=results.append,
               on_error=lambda error, details: errors.append(details), cancellable=True,
               describe=lambda done, total, step: f"{step.upper()} {done} of {total}",
               too_late_to_cancel=lambda step: step == "saving")
    dialog = parent.findChild(QProgressDialog)
    try:
        qtbot.waitUntil(lambda: "READING 1 of 3" in dialog.labelText(), timeout=10_000)
        assert dialog.labelText().startswith("Importing\n")
        assert dialog.findChild(QPushButton) is not None, "Cancel while reading"
        read_shown.set()
        qtbot.waitUntil(lambda: "SAVING" in dialog.labelText(), timeout=10_000)
        assert dialog.findChild(QPushButton) is None, "no Cancel once saving has begun"
    finally:
        read_shown.set()
        saving_shown.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=10_000)
    assert errors == [] and not runner.busy
