"""Import the full UPR Info export (61,014 rows) and print, in the same run, a raw baseline.

    .venv/bin/python benchmarks/import_upr_info.py [--data ../shared/data/real/upr-info-export-2018]

Baseline: read the same CSV files with the csv module and executemany every row into one
SQLite table. Ours: `run_import` as the CLI and the window run it (parse, group rows into
recommendations, resolve States, match, write rows, links and change records, one
transaction). Target in issue 3: ours within 4x the baseline.

A third figure, the SQLite floor, separates what the data model costs from what our Python
costs: the rows our import wrote (recommendations, their recommending States, themes, source
references and change records) copied with plain executemany into an empty database of the
same schema, no Python work and no foreign-key checks, once with and once without the change
records. No import into this schema can be faster than that floor.
"""

from __future__ import annotations

import argparse
import csv
import os
import sqlite3
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "real" / \
    "upr-info-export-2018"


def baseline(paths: list[Path], folder: Path) -> tuple[float, int]:
    connection = sqlite3.connect(folder / "raw.db")
    connection.execute("CREATE TABLE upr_info (sur, rgrp, org, recommendation, rs, rs_rgrp, "
                       "rs_org, response, action, issue, session)")
    started = time.perf_counter()
    count = 0
    with connection:
        for path in paths:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                reader = csv.reader(handle, delimiter=";")
                next(reader)
                rows = list(reader)
            count += len(rows)
            connection.executemany("INSERT INTO upr_info VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed, count


def ours(paths: list[Path], folder: Path):
    os.environ["NMRF_TRACKER_HOME"] = str(folder / "home")
    from app.db.lifecycle import create_database
    from app.importers.engine import ImportOptions, run_import

    with create_database(folder / "ours.db", author="benchmark") as db:
        started = time.perf_counter()
        summary = run_import(db, paths, ImportOptions(accept_partial=True))
        elapsed = time.perf_counter() - started
    return elapsed, summary


IMPORTED_TABLES = ("review", "theme", "recommendation", "recommending_state",
                   "recommendation_theme", "external_reference")


def sqlite_floor(folder: Path, with_change_records: bool) -> float:
    from app.db.lifecycle import create_database

    target = folder / f"floor-{with_change_records}.db"
    with create_database(target, author="benchmark"):
        pass
    source = sqlite3.connect(folder / "ours.db")
    tables = IMPORTED_TABLES + (("change_record",) if with_change_records else ())
    rows = {}
    for table in tables:
        rows[table] = source.execute(f"SELECT * FROM {table}").fetchall()
    source.close()
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("PRAGMA synchronous=FULL")
    for table in ("review", "theme", "change_record"):
        connection.execute(f"DELETE FROM {table}")
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    for table in tables:
        if rows[table]:
            marks = ",".join("?" * len(rows[table][0]))
            connection.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    paths = sorted(args.data.glob("[0-9]*.csv"))
    if not paths:
        raise SystemExit(f"no UPR Info export files in {args.data}")
    with tempfile.TemporaryDirectory() as folder:
        raw_time, rows = baseline(paths, Path(folder))
        our_time, summary = ours(paths, Path(folder))
        floor_with_log = sqlite_floor(Path(folder), with_change_records=True)
        floor_without_log = sqlite_floor(Path(folder), with_change_records=False)
    print(f"rows read:                 {rows}")
    print(f"baseline (csv + executemany into one table): {raw_time:7.2f} s")
    print(f"ours (run_import, {summary.created} recommendations, change log): {our_time:7.2f} s")
    print(f"ratio:                     {our_time / raw_time:7.1f}x  (target: 4x)")
    print(f"SQLite floor, same rows into our schema, with change records: "
          f"{floor_with_log:7.2f} s ({floor_with_log / raw_time:.1f}x baseline)")
    print(f"SQLite floor, same rows into our schema, no change records:   "
          f"{floor_without_log:7.2f} s ({floor_without_log / raw_time:.1f}x baseline)")


if __name__ == "__main__":
    main()
