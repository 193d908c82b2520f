"""Row ids: UUID version 7 (time first, then randomness), one at a time or in a batch."""

import os
import sys
import time
import uuid

import pytest

from app.models import new_id, new_ids


def milliseconds_of(row_id: str) -> int:
    return int(row_id.replace("-", "")[:12], 16)


def random_part(row_id: str) -> str:
    return row_id[15:]  # after the time and the version digit


def test_ids_are_rfc_9562_version_7_uuids_stamped_with_the_time_they_were_made():
    before = time.time_ns() // 1_000_000
    made = [new_id() for _ in range(500)] + new_ids(500) + new_ids(1)
    after = time.time_ns() // 1_000_000
    for row_id in made:
        parsed = uuid.UUID(row_id)
        assert str(parsed) == row_id and len(row_id) == 36
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122, row_id
        assert before <= milliseconds_of(row_id) <= after
    assert len(set(made)) == len(made)


def test_a_batch_of_ids_is_unique_and_ascending_so_indexes_grow_at_their_end():
    batch = new_ids(20_000)
    assert batch == sorted(batch) and len(set(batch)) == len(batch)
    assert len({random_part(row_id) for row_id in batch}) == len(batch)
    assert new_ids(0) == []


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin",
                    reason="fork is POSIX (and unsafe with threads on macOS)")
def test_a_forked_process_does_not_repeat_its_parents_ids():
    new_id()  # the pool of random bytes is filled before the fork
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:
        os.write(write_end, new_id().encode())
        os._exit(0)
    os.close(write_end)
    ours = new_id()
    os.waitpid(child, 0)
    theirs = os.read(read_end, 64).decode()
    os.close(read_end)
    assert uuid.UUID(theirs).version == 7
    assert random_part(theirs) != random_part(ours)
