"""Input widgets that forgive: a text box that Tab leaves, a date field a date can be typed in.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QPlainTextEdit, QWidget

SEPARATORS = "-/. "


class TextBox(QPlainTextEdit):
    """Several lines of text; Tab moves on to the next field as in every other field of a
    form (Ctrl+Tab types a tab character)."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Tab and \
                event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.insertPlainText("\t")
            event.accept()
            return
        super().keyPressEvent(event)


class DateBox(QDateEdit):
    """A date picked from the calendar or typed whole ("2024-01-01"): Qt's own field only
    takes digits into a selected part, and counts the "-" typed after a complete year as a
    jump over the month."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        day = value or date.today()
        self.setDate(QDate(day.year, day.month, day.day))
        self._advanced = False  # the last digit completed a part and moved to the next
        self._typing_in: QDateTimeEdit.Section | None = None  # the part digits are typed into

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in SEPARATORS and self._advanced:
            self._advanced = False
            event.accept()  # already in the next part
            return
        typing = self._typing_in == self.currentSection()
        if text.isdigit() and not self.lineEdit().hasSelectedText() and not typing:
            self.setSelectedSection(self.currentSection())  # the digits replace the part
        before = self.currentSection()
        super().keyPressEvent(event)
        after = self.currentSection()
        self._typing_in = after if text.isdigit() and after == before else None
        self._advanced = text.isdigit() and after != before

    def focusInEvent(self, event) -> None:
        self._typing_in, self._advanced = None, False
        super().focusInEvent(event)

    def mousePressEvent(self, event) -> None:
        self._typing_in, self._advanced = None, False
        super().mousePressEvent(event)

    def day(self) -> date:
        value = self.date()
        return date(value.year(), value.month(), value.day())
