import gc
import weakref

from app.services.memory import built_to_last


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
