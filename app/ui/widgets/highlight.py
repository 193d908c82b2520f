"""Mark the words of a search in a text, whatever their accents and case (HTML)."""

from __future__ import annotations

import re
import unicodedata
from html import escape

MARK_STYLE = "background-color:#ffe866;color:#000000"


def _fold(char: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return (base[:1] or char).casefold()[:1] or char


def highlight(text: str, query: str) -> str:
    """`text` as HTML with every word starting with a word of `query` marked (Qt's rich text
    has no <mark>, so a styled span)."""
    words = [w for w in re.findall(r"\w+", "".join(_fold(c) for c in query)) if w]
    if not words:
        return escape(text)
    folded = "".join(_fold(c) for c in text)  # one folded character per original character
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*")
    parts, last = [], 0
    for match in pattern.finditer(folded):
        parts.append(escape(text[last:match.start()]))
        parts.append(f"<span style='{MARK_STYLE}'>{escape(text[match.start():match.end()])}"
                     "</span>")
        last = match.end()
    parts.append(escape(text[last:]))
    return "".join(parts)
