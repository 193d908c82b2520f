"""Keeping Python's cycle collector off data that holds no reference cycles."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def built_to_last() -> Iterator[None]:
    """What is built inside is afterwards out of the cycle collector's reach.

    The register's order, facet index and search maps are a million small objects that live
    until the next refresh. Each full collection would walk them all — about 100 ms at 100,000
    recommendations, a visible stall in the middle of typing a search. They hold no reference
    cycles, so reference counting still frees them when a refresh replaces them. Garbage is
    collected first, including what an earlier freeze kept, so nothing dead is frozen for good.
    """
    gc.unfreeze()
    gc.collect()
    yield
    gc.freeze()


_pause_lock = threading.Lock()
_pauses = 0
_enabled_before = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic cycle collection inside; the collector runs again when the last of the
    overlapping pauses (an export in one thread, another in a second) ends.

    An export builds a hundred thousand rows, lists and strings that all live until its file
    is written, then go at once. Each time that many objects survive, Python walks every
    object of the process (a full collection): two or three times for a 10,000-recommendation
    matrix, a tenth of its time, and nothing found, since rows hold no reference cycles.
    Reference counting still frees everything as usual; only cycles wait for the end.
    """
    global _pauses, _enabled_before
    with _pause_lock:
        if _pauses == 0:
            _enabled_before = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _enabled_before:
                gc.enable()
