"""What the Qt-free core says — documents, validation errors, import rejections, the command
line — in the six UN languages, through gettext catalogues compiled into resources/locale.

The window has Qt's catalogues (resources/translations); the two follow the same language
setting and the same glossary. `packaging/core_messages.py` extracts the messages (Babel),
merges them into the .po files and compiles the .mo files, which are committed: the running
application needs nothing but the standard library's gettext. JSON output keeps codes and
English.
"""

from __future__ import annotations

import gettext
import threading
from functools import cache

from app.paths import resource_path

DOMAIN = "nmrf_tracker"
ENGLISH = "en"
_local = threading.local()  # the language of what this thread writes
_default = [ENGLISH]  # the language chosen for the whole run (window or command line)


@cache
def catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of one language; English (the source) is the empty one."""
    if language == ENGLISH:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(resource_path("locale")),
                               languages=[language], fallback=True)


def use_language(language: str) -> None:
    """The language of the run: what the core says from now on, in every thread."""
    _default[0] = language


def current_language() -> str:
    return getattr(_local, "language", None) or _default[0]


def N_(text: str) -> str:
    """Marks a text for the catalogue that is translated later, where it is shown."""
    return text


def _(text: str) -> str:
    return catalogue(current_language()).gettext(text)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a count ("1 row", "3 rows"); Arabic and Russian have more than two."""
    return catalogue(current_language()).ngettext(singular, plural, count)


class speaking:
    """`with speaking("fr"):` — the messages of a document written in another language than
    the window's, in this thread only."""

    def __init__(self, language: str):
        self.language, self._before = language, None

    def __enter__(self):
        self._before = getattr(_local, "language", None)
        _local.language = self.language
        return self

    def __exit__(self, *_exc) -> None:
        _local.language = self._before
