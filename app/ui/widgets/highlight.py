"""Mark the words of a search in a text, whatever their accents and case (HTML)."""

from __future__ import annotations

import re
import unicodedata
from html import escape

MARK_STYLE = "background-color:#ffe866;color:#000000"


def _fold(char: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return (base[:1] or char).casefold()[:1] or char


class _FoldedCharacters(dict):
    """Code point -> its folded character, worked out the first time it is met: str.translate
    then folds a whole text in C, and every table cell of a search is folded at each paint."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold(chr(code))
        return folded


_FOLDED = _FoldedCharacters()


def fold(text: str) -> str:
    """`text` without accents or case, one character for each of its characters (so that
    positions found in the folded text mark the same letters in the original)."""
    return text.translate(_FOLDED)


def highlight(text: str, query: str) -> str:
    """`text` as HTML with every word starting with a word of `query` marked (Qt's rich text
    has no <mark>, so a styled span)."""
    words = [w for w in re.findall(r"\w+", fold(query)) if w]
    if not words:
        return escape(text)
    folded = fold(text)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\w*")
    parts, last = [], 0
    for match in pattern.finditer(folded):
        parts.append(escape(text[last:match.start()]))
        parts.append(f"<span style='{MARK_STYLE}'>{escape(text[match.start():match.end()])}"
                     "</span>")
        last = match.end()
    parts.append(escape(text[last:]))
    return "".join(parts)
