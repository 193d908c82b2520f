"""Every writing system in the PDF reports: each paragraph set by what its text is.

DejaVu Sans carries Latin, Cyrillic and Arabic; a paragraph with Chinese in it is set in
WenQuanYi Micro Hei, which has Latin letters and digits as well (TrueType outlines, Apache
2.0 — reportlab embeds TrueType, not the CFF outlines of Noto Sans CJK). A paragraph whose
first letter is Arabic is laid out right to left: shaped
by HarfBuzz, ordered by the bidirectional algorithm (app.exports.right_to_left) and aligned
to the right; one that starts with a Latin letter stays left to right, so an English
recommendation quoted in an Arabic report reads as written. The choice is made from the
text, not from the report's language: an English report prints an Arabic narrative right.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from html import unescape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.textobject import bidiShapedText
from reportlab.platypus import Paragraph

CJK_FONT = "WenQuanYiMicroHei"
_TAG = re.compile(r"(<[^>]*>)")
# Inline tags reportlab cannot yet order right to left without losing the spaces around
# them: an Arabic paragraph keeps its line breaks and drops bold or italic inside a line.
_INLINE_TAG = re.compile(r"</?(?:b|i|u|strong|em|font|span)\b[^>]*>")
_CJK_RUN = re.compile("[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
                      "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+")


def first_strong_direction(text: str) -> str | None:
    """"R" or "L" after the first letter with a direction of its own (UAX #9, P2)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return None


def has_right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def has_chinese(text: str) -> bool:
    return _CJK_RUN.search(text) is not None


def _plain(markup: str) -> str:
    return unescape(_TAG.sub("", markup))


@cache
def _right_to_left(style: ParagraphStyle) -> ParagraphStyle:
    alignment = TA_RIGHT if style.alignment == TA_LEFT else style.alignment
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=alignment,
                          wordWrap="RTL", shaping=1)


@cache
def _mixed(style: ParagraphStyle) -> ParagraphStyle:
    """Left to right, with Arabic words inside shaped and ordered."""
    return ParagraphStyle(f"{style.name}-mixed", parent=style, wordWrap="LTR", shaping=1)


@cache
def _chinese(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-cjk", parent=style, fontName=CJK_FONT,
                          wordWrap="CJK")


def font_for(text: str, font: str) -> str:
    """The font a single line drawn on the canvas (a chart label, a page header) needs."""
    return CJK_FONT if has_chinese(text) else font


def paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """reportlab's Paragraph (the same mini-markup), in the direction and fonts of its
    text."""
    plain = _plain(markup)
    if first_strong_direction(plain) == "R":
        return Paragraph(_INLINE_TAG.sub("", markup), _right_to_left(style))
    if has_right_to_left(plain):
        return Paragraph(_INLINE_TAG.sub("", markup), _mixed(style))
    if has_chinese(plain):
        return Paragraph(markup, _chinese(style))
    return Paragraph(markup, style)


def drawn(text: str, font: str, size: float) -> tuple[str, str]:
    """(text, font) for a single line drawn as it is, on the canvas or in a chart: Arabic
    shaped and in visual order, Chinese in the CJK font."""
    font = font_for(text, font)
    if has_right_to_left(text):
        direction = "RTL" if first_strong_direction(text) == "R" else "LTR"
        return bidiShapedText(text, direction, fontName=font, fontSize=size,
                              shaping=True)[0], font
    return text, font


def draw_line(canvas, x: float, y: float, text: str, font: str, size: float, *,
              right: bool = False) -> None:
    shown, font = drawn(text, font, size)
    canvas.setFont(font, size)
    (canvas.drawRightString if right else canvas.drawString)(x, y, shown)
