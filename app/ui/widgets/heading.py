"""The title at the top of a page."""

from PySide6.QtWidgets import QLabel


def page_heading(scale: float = 1.3) -> QLabel:
    label = QLabel()
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label
