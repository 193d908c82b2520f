"""Build a large demo database with the project's generator; print time beside a raw baseline.

    .venv/bin/python benchmarks/build_large_database.py --size 100000 --out /tmp/nmrf-100k.db

The generator goes through the services, so every row also writes its change record: the
ratio to the raw baseline is the price of the change log and the ORM per recommendation.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path


def raw_baseline(size: int, folder: Path) -> float:
    """The same number of recommendation rows, inserted with executemany into one table."""
    path = folder / "raw.db"
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE TABLE recommendation (id TEXT PRIMARY KEY, reference TEXT, text TEXT)"
    )
    rows = [(str(uuid.uuid4()), f"142.{n}", f"Demo recommendation number {n}.")
            for n in range(size)]
    started = time.perf_counter()
    with connection:
        connection.executemany("INSERT INTO recommendation VALUES (?, ?, ?)", rows)
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    os.environ.setdefault("NMRF_TRACKER_HOME", tempfile.mkdtemp(prefix="nmrf-bench-"))
    from app.db.lifecycle import create_database
    from app.services.demo import populate_demo

    if args.out.exists():
        raise SystemExit(f"{args.out} exists; remove it or choose another --out")
    last_report = [time.perf_counter()]

    def progress(done: int, total: int, _text: str) -> None:
        if time.perf_counter() - last_report[0] > 30:
            print(f"  {done}/{total} recommendations", flush=True)
            last_report[0] = time.perf_counter()

    started = time.perf_counter()
    with create_database(args.out, author="benchmark", populate=lambda s, i: populate_demo(
            s, i, size=args.size, progress=progress)):
        pass
    ours = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        baseline = raw_baseline(args.size, Path(folder))
    print(f"recommendations:        {args.size}")
    print(f"generator + change log: {ours:8.2f} s  ({ours / args.size * 1000:.2f} ms each)")
    print(f"raw executemany:        {baseline:8.2f} s  ({baseline / args.size * 1000:.4f} ms each)")
    print(f"ratio:                  {ours / baseline:8.1f}x "
          "(the generator also writes links, assignments, plan, assessments and change records)")
    print(f"database:               {args.out} ({args.out.stat().st_size / 1_048_576:.1f} MB)")


if __name__ == "__main__":
    main()
