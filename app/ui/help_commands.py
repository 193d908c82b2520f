"""The Help menu: the user guide, keyboard shortcuts, the log folder, About."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from app import APP_NAME, __version__
from app.services.summary import summarize
from app.ui.dialogs.help import GuideDialog, ShortcutsDialog, shortcut_rows
from app.ui.host_parts import WindowParts


class HelpCommandsMixin(WindowParts):
    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.logs)))

    def about_text(self) -> str:
        text = self.tr(
            "<h3>{0} {1}</h3><p>Offline follow-up of UN human-rights recommendations for "
            "national mechanisms and their ministries.</p>"
            "<p>Python {2}, Qt for Python {3}</p>"
        ).format(APP_NAME, __version__, platform.python_version(), pyside_version)
        if self.db is not None:
            summary = summarize(self.db)
            text += self.tr("<p><b>Open database</b><br>{0}<br>Recommendations: {1} · "
                            "institutions: {2} · schema {3}</p>").format(
                summary.path, summary.recommendations, len(summary.institutions), summary.schema)
        text += self.tr("<p>Logs: {0}</p>").format(self.paths.logs)
        return text

    def show_guide(self, *_checked) -> GuideDialog:
        role = self.db.actor.role if self.db is not None and self.db.actor else ""
        dialog = GuideDialog(self, role={"focal_point": "focal-point",
                                         "validating_authority": "validating-authority"}.get(
            role, "secretariat"))
        dialog.open()
        return dialog

    def show_shortcuts(self, *_checked) -> ShortcutsDialog:
        dialog = ShortcutsDialog(shortcut_rows(self), self)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About NMRF Tracker"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_text())
        box.exec()
