"""Text of the data kept in its own direction inside a right-to-left window.

Recommendation references, document symbols and English names are left-to-right text; in an
Arabic window the bidirectional algorithm would otherwise take the window's direction as
theirs and move their neutral characters: "5(b)" is shown "(b)5" and "5. Gender equality"
"Gender equality .5". Wrapped in a first-strong isolate, each text takes the direction of
its own first letter (Unicode UAX #9), so Arabic text stays right to left as well.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOptionViewItem

FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"


def isolated(text: str) -> str:
    if not text or text.startswith(FIRST_STRONG_ISOLATE):
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def shown(text: str) -> str:
    """The text as a custom-painted widget draws it: isolated in a right-to-left window."""
    right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return isolated(text) if right_to_left else text


class IsolatedCellsStyle(QProxyStyle):
    """Every cell of every table, tree and list drawn with its text isolated (installed for
    right-to-left languages only: the copies the clipboard gets keep the plain text)."""

    def drawControl(self, element, option, painter, widget=None) -> None:
        if element == QStyle.ControlElement.CE_ItemViewItem \
                and isinstance(option, QStyleOptionViewItem) and option.text:
            option = QStyleOptionViewItem(option)
            option.text = isolated(option.text)
        super().drawControl(element, option, painter, widget)
