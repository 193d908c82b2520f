"""Progress of a long command on one terminal line, rewritten in place.

Only for a person at a terminal: when stderr goes to a file or a pipe (scripts, CI), nothing
is written, so logs and `--json` consumers see exactly what they did before.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from app.importers.engine import ImportStep


def import_step_text(done: int, total: int, step: str) -> str:
    if step == ImportStep.READING:
        return f"Reading file {done + 1} of {total}…"
    if step == ImportStep.MATCHING:
        return f"Matching recommendations: {done:,} of {total:,}"
    if step == ImportStep.WRITING and total:
        return f"Writing: {done:,} of {total:,} rows"
    if step == ImportStep.WRITING:
        return "Writing…"
    return "Saving…"


class TerminalProgress:
    """A `progress(done, total, step)` callback that keeps one line up to date; use it as a
    context manager so that the line is wiped before the command prints its result."""

    def __init__(self, stream: TextIO | None = None,
                 describe: Callable[[int, int, str], str] = import_step_text):
        self.stream = stream or sys.stderr
        self.describe = describe
        self.shown = ""
        self.active = self.stream.isatty()

    def __call__(self, done: int, total: int, step: str) -> None:
        if not self.active:
            return
        text = self.describe(done, total, step)
        if text != self.shown:
            self.stream.write("\r" + text.ljust(len(self.shown)))
            self.stream.flush()
            self.shown = text

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, *_) -> None:
        if self.active and self.shown:
            self.stream.write("\r" + " " * len(self.shown) + "\r")
            self.stream.flush()
