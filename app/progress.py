"""How long work says how far it is: one callback for imports, exports, reports, the demo,
consolidation, the bulk writer and the window's background tasks."""

from __future__ import annotations

from collections.abc import Callable

# progress(done, total, what): `what` names the step or the file ("" when there is one);
# total 0 means not known yet.
Progress = Callable[[int, int, str], None]


def no_progress(_done: int, _total: int, _what: str = "") -> None:
    """For work nobody watches."""
