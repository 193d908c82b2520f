"""Unexpected errors: a readable message, copyable details, and the way to the log folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ErrorDialog(QDialog):
    def __init__(self, summary: str, details: str, log_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.resize(640, 420)
        self.log_folder = log_folder
        message = QLabel(
            self.tr(
                "NMRF Tracker met an unexpected problem. Your saved data is safe: the last "
                "change was not written. Please send the details below to your IT support."
            )
        )
        message.setWordWrap(True)
        headline = QLabel(f"<b>{summary}</b>")
        headline.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        open_logs = QPushButton(self.tr("Open log folder"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(open_logs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        copy.clicked.connect(self.copy_details)
        open_logs.clicked.connect(self.open_log_folder)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(headline)
        layout.addWidget(self.details, 1)
        layout.addWidget(QLabel(self.tr("Log folder: {0}").format(log_folder)))
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_folder)))
