"""Matching names the way real documents spell them."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_ALPHANUMERIC = re.compile(r"[^0-9a-z]+")
_NOT_A_LETTER = re.compile(r"[\W_]+")


@lru_cache(maxsize=65536)
def match_key(name: str) -> str:
    """Accents, case, apostrophes, punctuation and spaces removed.

    "Côte d’Ivoire", "Cote d'Ivoire" and the typo "Sierra Le one" all reduce to the key of
    the name they mean; "&" reads as "and" so "St Kitts & Nevis" meets "St Kitts and Nevis".
    """
    decomposed = unicodedata.normalize("NFKD", name.replace("&", " and "))
    without_marks = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_ALPHANUMERIC.sub("", without_marks.casefold())


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """match_key, or for a name written without Latin letters ("الجزائر", "Алжир", "阿尔及利亚")
    its letters in any script, case and spaces aside (match_key keeps Latin letters only)."""
    return match_key(name) or _NOT_A_LETTER.sub(
        "", unicodedata.normalize("NFKC", name).casefold())
