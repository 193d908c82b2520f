"""Help > User guide (one offline page per role) and Help > Keyboard shortcuts (read from
the window's own actions, so the list is never out of date)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import current_language
from app.paths import resource_path

GUIDE_PAGES = ("secretariat", "focal-point", "validating-authority")


def guide_page(name: str, language: str | None = None) -> Path:
    """The page in the interface's language when there is one, else in English."""
    language = language or current_language()
    for folder in (language, "en"):
        page = resource_path("guide", folder, f"{name}.html")
        if page.is_file():
            return page
    raise FileNotFoundError(name)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, role: str = "secretariat"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(860, 640)
        titles = {"secretariat": self.tr("Secretariat"), "focal-point": self.tr("Focal point"),
                  "validating-authority": self.tr("Validating authority")}
        self.tabs = QTabWidget()
        for name in GUIDE_PAGES:
            browser = QTextBrowser()
            browser.setOpenExternalLinks(False)
            page = guide_page(name)
            browser.setSearchPaths([str(page.parent)])
            browser.setSource(QUrl.fromLocalFile(str(page)))
            self.tabs.addTab(browser, titles[name])
        self.tabs.setCurrentIndex(GUIDE_PAGES.index(role) if role in GUIDE_PAGES else 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) of every menu action and shortcut of the window that has keys."""
    rows = []
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty() and action.text():
            rows.append((action.text().replace("&", "").rstrip("…").rstrip("."),
                         action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis() and not shortcut.key().isEmpty():
            rows.append((shortcut.whatsThis(),
                         shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)))
    return sorted(set(rows), key=lambda row: row[0].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(520, 480)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for number, (what, keys) in enumerate(rows):
            self.table.setItem(number, 0, QTableWidgetItem(what))
            self.table.setItem(number, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
