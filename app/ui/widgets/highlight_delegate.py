"""Table cells with the searched words marked, as the detail pane marks them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.widgets.highlight import highlight


class HighlightDelegate(QStyledItemDelegate):
    """Draws the cell text as rich text with `query()`'s words marked; plain cells (no query,
    or no match) are left to Qt's own drawing so they look exactly like the others."""

    def __init__(self, query, parent=None):
        super().__init__(parent)
        self._query = query  # a callable: the search as it currently is

    def paint(self, painter, option, index) -> None:
        query = self._query()
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        marked = highlight(text, query) if query else ""
        if not query or "<span" not in marked:
            super().paint(painter, option, index)
            return
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter,
                              options.widget)
        document = QTextDocument()
        document.setDefaultFont(options.font)
        document.setDocumentMargin(0)
        document.setHtml(marked)
        document.setTextWidth(-1)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, options.palette.color(role))
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options,
                                         options.widget) if style else options.rect
        painter.save()
        painter.setClipRect(text_rect)
        top = text_rect.top() + (text_rect.height() - document.size().height()) / 2
        painter.translate(text_rect.left() + 3, top)
        document.documentLayout().draw(painter, context)
        painter.restore()
