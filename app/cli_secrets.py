"""Passphrases and passwords on the command line: from an environment variable (scripts),
typed on the terminal, or — with neither — one sentence, never a wait."""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable

from app.errors import UserError
from app.i18n import _

ATTEMPTS = 3


def given_or_typed(variable: str, ask: Callable[[], str], cannot_ask: str) -> str:
    """The value of `variable`, else ask() on a terminal, else UserError(cannot_ask)."""
    given = os.environ.get(variable)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UserError(cannot_ask)
    return ask()


def typed_twice(prompt: str) -> str:
    """A new secret, typed twice alike."""
    for _attempt in range(ATTEMPTS):
        first = getpass.getpass(prompt)
        if first == getpass.getpass(_("The same again: ")):
            return first
        print("nmrf-tracker: " + _("the two differ; again"), file=sys.stderr)
    raise UserError(_("the passphrases typed differed; nothing changed"))
