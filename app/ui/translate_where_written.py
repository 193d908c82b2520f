"""`tr` finds its text under the class (or function) the call is written in.

PySide6's own `QObject.tr` looks a text up under the class of the object at run time. In a
window assembled from mixins (ExchangeCommandsMixin's code runs on a MainWindow), and in a
dialog inheriting its form (ActionDialog from _Form), that is not where the catalogue files
it, and the text would never be translated, plural forms included. This `tr` takes the
context from the calling code's qualified name (Python 3.11's `co_qualname`:
"ExchangeCommandsMixin._submit.<locals>.<lambda>" → "ExchangeCommandsMixin"), the rule by
which packaging/translations.py extracts the messages. Installed once, when app.ui is
imported, so that every widget follows it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject


def tr_where_written(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    context = sys._getframe(1).f_code.co_qualname.split(".", 1)[0]
    return QCoreApplication.translate(context, text, disambiguation, n)


def install() -> None:
    QObject.tr = tr_where_written  # type: ignore[method-assign]  # the point of this module
