"""What a translation must keep of its source: the {0} fields, Qt's %n, the tags, the
spaces at its ends (shared by the window's and the core's catalogue tools)."""

from __future__ import annotations

import re

_FIELDS = re.compile(r"\{[^{}]*\}|%n|%\(\w+\)s|%[sd]|</?[a-z][a-z0-9]*|&nbsp;|\\n")


def _fields(text: str) -> list[str]:
    return sorted(_FIELDS.findall(text.replace("\n", "\\n")))


def _edges(text: str) -> tuple[bool, bool]:
    return text[:1].isspace(), text[-1:].isspace()


def keeps_fields(source: str, translation: str, *, count: str = "") -> bool:
    """A plural form may leave the count out ("one change" for 1): `count` is the
    placeholder that may be missing ("%n", or "{0}" where the count is formatted in)."""
    same = _fields(translation) == _fields(source) or (bool(count) and _fields(
        translation.replace(count, "")) == _fields(source.replace(count, "")))
    return same and _edges(translation) == _edges(source)
