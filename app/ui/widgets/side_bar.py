"""The side bar of pages: labels, or only symbols to give a 1366-pixel screen its width
back (the choice is kept in the settings)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QToolButton, QVBoxLayout, QWidget

WIDE, NARROW = 168, 52
ICON = 22


def _drawn(symbol: str, colour: str) -> QPixmap:
    pixmap = QPixmap(ICON * 2, ICON * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    font = QFont()
    font.setPixelSize(int(ICON * 1.5))
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, symbol)
    painter.end()
    pixmap.setDevicePixelRatio(2)
    return pixmap


def symbol_icon(symbol: str) -> QIcon:
    """A page's icon drawn from one character of the fonts (no image files): dark blue, and
    white on the selection's blue."""
    icon = QIcon(_drawn(symbol, "#1f4e79"))
    icon.addPixmap(_drawn(symbol, "#ffffff"), QIcon.Mode.Selected)
    return icon


class SideBar(QWidget):
    compact_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setIconSize(QSize(ICON, ICON))
        self.list.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        self.toggle = QToolButton()
        self.compact = False
        self.toggle.clicked.connect(lambda: self.set_compact(not self.compact))
        self.toggle.setAutoRaise(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignRight)
        self._labels: list[str] = []
        self.compact = False
        self.set_compact(False)

    def add_page(self, label: str, symbol: str) -> None:
        item = QListWidgetItem(symbol_icon(symbol), "" if self.compact else label)
        item.setToolTip(label)
        self.list.addItem(item)
        self._labels.append(label)

    def set_compact(self, compact: bool) -> None:
        self.compact = compact
        for row, label in enumerate(self._labels):
            self.list.item(row).setText("" if compact else label)
        self.setFixedWidth(NARROW if compact else WIDE)
        self.toggle.setText("»" if compact else "«")
        self.toggle.setToolTip(self.tr("Show the names of the pages") if compact
                               else self.tr("Only symbols: more room for the pages"))
        self.compact_changed.emit(compact)
