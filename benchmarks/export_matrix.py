"""The Excel matrix of a large register beside the raw libraries doing the same work, in one run.

    .venv/bin/python benchmarks/export_matrix.py --db /tmp/nmrf-10k.db

Baseline (issue 6): the cells our matrix holds (rows read beforehand, outside the timing),
written by openpyxl's write-only workbook with no styles, no groups, no cover or summary.
Second baseline, the whole of the same work done raw: sqlite3 running the very statements
our export sends (captured from the engine) and fetching every row, plus that openpyxl
writing. Ours: `write_matrix` as the window and the CLI call it, reading the database
included. Issue 6's target: within 1.5x.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

RUNS = 3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    os.environ.setdefault("NMRF_TRACKER_HOME", tempfile.mkdtemp(prefix="nmrf-bench-"))
    from openpyxl import Workbook
    from sqlalchemy import event

    from app.db.lifecycle import open_database
    from app.exports.matrix import COLUMNS, write_matrix
    from app.exports.matrix_data import matrix_rows
    from app.services.register_reader import RegisterReader

    with open_database(args.db, author="benchmark", read_only=True) as db, \
            tempfile.TemporaryDirectory() as folder:
        ids = RegisterReader(db).ids()
        with db.read() as session:
            rows = matrix_rows(session, ids, "en")
        cells = [[getattr(row, attribute) or None for _, attribute, _ in COLUMNS]
                 for row in rows]
        # Every statement SQLite runs for the export, parameters written in (the export
        # sends some straight through the driver, past SQLAlchemy's events).
        statements: list[str] = []

        def trace(dbapi_connection, _record, _proxy):
            dbapi_connection.set_trace_callback(statements.append)

        event.listen(db.engine, "checkout", trace)
        db.engine.dispose()  # connections already pooled would not be traced
        summary = write_matrix(db, Path(folder) / "warm-up.xlsx")
        event.remove(db.engine, "checkout", trace)
        db.engine.dispose()
        selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]

        def write_cells() -> float:
            started = time.perf_counter()
            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet("Matrix")
            sheet.append([header for header, _, _ in COLUMNS])
            for line in cells:
                sheet.append(line)
            workbook.save(Path(folder) / "raw.xlsx")
            return time.perf_counter() - started

        def read_raw() -> float:
            connection = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
            started = time.perf_counter()
            for statement in selects:
                connection.execute(statement).fetchall()
            elapsed = time.perf_counter() - started
            connection.close()
            return elapsed

        def ours() -> float:
            started = time.perf_counter()
            write_matrix(db, Path(folder) / "ours.xlsx")
            return time.perf_counter() - started

        raw_write, raw_read, our_times = [], [], []
        for _ in range(RUNS):
            raw_write.append(write_cells())
            raw_read.append(read_raw())
            our_times.append(ours())
    write, read, mine = (statistics.median(t) for t in (raw_write, raw_read, our_times))
    print(f"recommendations: {summary.recommendations} in {summary.groups} groups "
          f"(median of {RUNS} runs each)")
    print(f"openpyxl write-only, same cells, no styles:         {write:6.2f} s")
    print(f"sqlite3, the same {len(selects)} statements, every row fetched: {read:6.2f} s")
    print(f"ours (read database, group, style, cover, summary, chart): {mine:6.2f} s")
    print(f"ratio to the openpyxl writing: {mine / write:.2f}x (target 1.5x); to the raw "
          f"reading and writing: {mine / (write + read):.2f}x")


if __name__ == "__main__":
    main()
