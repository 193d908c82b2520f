"""Files written whole or not at all: under a temporary name beside the target, flushed to
disk, then renamed over it in one step. A failure (a full disk above all) leaves neither a
partial file nor the temporary one, and says so in one sentence."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.disk_space import is_disk_full, not_enough_space, require_space


@contextmanager
def atomic_write(path: Path, what: str, *, estimate: int = 0) -> Iterator[Path]:
    """Yields the temporary path to write; `estimate` (bytes) is checked against the free
    space first. `what` names the file in messages ("the matrix matrix.xlsx")."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.part")
    require_space(path.parent, estimate, what)
    try:
        temporary.unlink(missing_ok=True)
        yield temporary
        with open(temporary, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except Exception as error:
        if is_disk_full(error):
            raise not_enough_space(path.parent, estimate or None, what) from error
        raise
    finally:
        temporary.unlink(missing_ok=True)
