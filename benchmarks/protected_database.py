"""Search, import and matrix export on a database protected by a password (SQLCipher) beside
the same on the plain database, in one run.

    .venv/bin/python benchmarks/protected_database.py --db /tmp/nmrf-10k.db \\
        [--data ../shared/data/real/upr-info-export-2018]

Two copies of --db: one left plain, one protected with `protect_database`. On each: the
register's full-text search (the matching ids of six queries, each read from the file,
best of five), the
import of the first file of the UPR Info export (run_import, as the CLI runs it, into a fresh
copy each time), and the implementation matrix (write_matrix). Issue 24's target: the
protected database within 1.3x the plain one on each.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "real" / \
    "upr-info-export-2018"
QUERIES = ["ratify", "women violence", "child", "torture detention", "cote", "educ rural"]
PASSWORD = "benchmark password, thrown away"


def best_of(times: int, work: Callable[[], None]) -> float:
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def measure(path: Path, data: Path, folder: Path) -> dict[str, float]:
    from app.db.lifecycle import copy_database, open_database
    from app.db.search import matching_ids
    from app.exports.matrix import write_matrix
    from app.importers.engine import ImportOptions, run_import

    figures = {}
    with open_database(path, author="benchmark") as db:
        def search() -> None:
            # Each query read from the file (the register keeps answers it already has).
            for query in QUERIES:
                with db.read() as session:
                    matching_ids(session.connection(), query)
        search()
        figures["search"] = best_of(5, search)
        figures["matrix export"] = best_of(
            3, lambda: write_matrix(db, folder / f"{path.stem}-matrix.xlsx"))
    imports = []
    for attempt in range(2):
        target = folder / f"{path.stem}-import-{attempt}.db"
        copy_database(path, target)
        with open_database(target, author="benchmark") as db:
            started = time.perf_counter()
            run_import(db, [data], ImportOptions(accept_partial=True))
            imports.append(time.perf_counter() - started)
    figures["import"] = min(imports)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    os.environ.setdefault("NMRF_TRACKER_HOME", tempfile.mkdtemp(prefix="nmrf-bench-"))
    from app.db.conversion import protect_database
    from app.db.lifecycle import copy_database

    data = sorted(args.data.glob("*.csv"))[0]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        plain, protected = folder / "plain.db", folder / "protected.db"
        copy_database(args.db, plain)
        copy_database(args.db, protected)
        started = time.perf_counter()
        protect_database(protected, PASSWORD)
        print(f"protecting the copy of {args.db.name}: {time.perf_counter() - started:.1f} s "
              f"(a backup, the export, its check)")
        ours = {"plain": measure(plain, data, folder),
                "protected": measure(protected, data, folder)}
    print(f"{'':16}{'plain':>10}{'protected':>12}{'ratio':>8}   (target 1.3x)")
    for what, seconds in ours["plain"].items():
        other = ours["protected"][what]
        print(f"{what:16}{seconds * 1000:8.0f} ms{other * 1000:10.0f} ms{other / seconds:7.2f}x")


if __name__ == "__main__":
    main()
