"""`self.tr` that finds its text under the class the call is written in.

Qt's linguist tools file each `self.tr("…")` under the class whose body holds it; PySide6's
own `tr` looks it up under the class of the object at run time. In a window assembled from
mixins (ExchangeCommandsMixin's code runs on a MainWindow) the two differ and the text would
never be translated, plural forms included. This `tr` takes the context from the calling
code's qualified name (Python 3.11's `co_qualname`: "ExchangeCommandsMixin._submit.<locals>.
<lambda>" → "ExchangeCommandsMixin"), which is what lupdate wrote.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication


class TranslateWhereWritten:
    """First among the bases, so that it comes before QObject.tr."""

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        context = sys._getframe(1).f_code.co_qualname.split(".", 1)[0]
        return QCoreApplication.translate(context, text, disambiguation, n)
