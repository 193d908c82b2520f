"""Table cells with the searched words marked, as the detail pane marks them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFontMetrics, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.widgets.highlight import highlight

# Qt's own item text sits this far inside the cell on each side (focus frame margin + 1).
TEXT_MARGIN = 3


def marked_to_fit(text: str, query: str, metrics: QFontMetrics, width: int,
                  mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> str:
    """The cell text cut to `width` with an ellipsis, as Qt cuts plain cells, then marked:
    marking first and clipping would cut a long text mid-letter with no sign it goes on."""
    return highlight(metrics.elidedText(text, mode, max(width, 0)), query)


class HighlightDelegate(QStyledItemDelegate):
    """Draws the cell text as rich text with `query()`'s words marked; plain cells (no query,
    or no match) are left to Qt's own drawing so they look exactly like the others."""

    def __init__(self, query, parent=None):
        super().__init__(parent)
        self._query = query  # a callable: the search as it currently is

    def paint(self, painter, option, index) -> None:
        query = self._query()
        if not query:
            super().paint(painter, option, index)
            return
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        style = options.widget.style() if options.widget else None
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options,
                                         options.widget) if style else options.rect
        marked = marked_to_fit(options.text, query, QFontMetrics(options.font),
                               text_rect.width() - 2 * TEXT_MARGIN, options.textElideMode)
        if "<span" not in marked:  # no match in what can be seen
            super().paint(painter, option, index)
            return
        options.text = ""
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
        painter.save()
        painter.setClipRect(text_rect)
        top = text_rect.top() + (text_rect.height() - document.size().height()) / 2
        painter.translate(text_rect.left() + TEXT_MARGIN, top)
        document.documentLayout().draw(painter, context)
        painter.restore()
