import gc
import threading
import weakref

import pytest

from app.services.memory import built_to_last, collector_paused


class _Node:
    def __init__(self):
        self.partner = self  # a reference cycle: only the cycle collector frees it


def test_what_is_built_is_frozen_and_collected_only_at_the_next_build():
    try:
        with built_to_last():
            node = _Node()
        alive = weakref.ref(node)
        assert gc.get_freeze_count() > 0
        del node
        gc.collect()
        assert alive() is not None  # frozen: ordinary collections leave it alone

        with built_to_last():
            assert alive() is None  # garbage since the last build, collected first
    finally:
        gc.unfreeze()


def test_the_collector_waits_for_the_last_of_overlapping_pauses():
    assert gc.isenabled()
    started, finish = threading.Event(), threading.Event()

    def export_in_a_worker():
        with collector_paused():
            started.set()
            finish.wait(5)

    worker = threading.Thread(target=export_in_a_worker)
    worker.start()
    assert started.wait(5)
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled(), "the worker's export is still running"
    finally:
        finish.set()
        worker.join(5)
    assert gc.isenabled()


def test_a_pause_ends_with_an_error_and_leaves_a_disabled_collector_disabled():
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("export failed")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled(), "someone else had turned it off"
    finally:
        gc.enable()
