"""Import the full UPR Info export (61,014 rows) and print, in the same run, a raw baseline.

    .venv/bin/python benchmarks/import_upr_info.py [--data ../shared/data/real/upr-info-export-2018]
        [--server postgresql://user@host/any_database]

Baseline: read the same CSV files with the csv module and executemany every row into one
SQLite table. Ours: `run_import` as the CLI and the window run it (parse, group rows into
recommendations, resolve States, match, write rows, links and change records, one
transaction). Target in issue 3: ours within 4x the baseline.

A third figure, the SQLite floor, separates what the data model costs from what our Python
costs: every row our import wrote (recommendations, links, themes, source references,
change records, import records, the full-text index) copied with one INSERT … SELECT per
table into an empty database of the same schema, no Python work and no foreign-key checks.
No import into this schema can be faster than that floor; the target of issue 25 is ours
within 3x of it.

A fourth figure, the driver floor, is what any Python import pays to hand those same rows to
SQLite: fetched beforehand, then executemany, table by table, in one transaction. What lies
between it and ours is our own Python work (parsing, matching, building rows and records).

With --server (issue 26, point 7), the same import into a new database on that PostgreSQL
server, and its floor there: every table the import wrote copied by one INSERT … SELECT into
a twin table in a schema of its own (CREATE TABLE … (LIKE … INCLUDING ALL): the same columns
and indexes, the GIN index of the search too; no foreign keys, as in the SQLite floor). The
database is dropped at the end.
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


def sqlite_floor(folder: Path) -> tuple[float, dict[str, int]]:
    """Every row the import wrote, each table copied with one INSERT … SELECT into an empty
    database of the same schema (foreign keys off, the same synchronous mode), the full-text
    index rebuilt by SQLite from the copied rows: the fastest this data can land."""
    from app.db.lifecycle import create_database

    target = folder / "floor.db"
    with create_database(target, author="benchmark"):
        pass
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("ATTACH DATABASE ? AS imported", (str(folder / "ours.db"),))
    tables = [name for (name,) in connection.execute(
        "SELECT name FROM imported.sqlite_master WHERE type = 'table' AND name NOT LIKE "
        "'sqlite_%' AND name NOT LIKE 'recommendation_search_%' AND name != 'alembic_version'")]
    before = {table: connection.execute(f"SELECT count(*) FROM main.{table}").fetchone()[0]
              for table in tables}
    after = {table: connection.execute(f"SELECT count(*) FROM imported.{table}").fetchone()[0]
             for table in tables}
    written = {table: after[table] - before[table] for table in tables
               if after[table] != before[table]}
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("PRAGMA synchronous=FULL")
    for table in written:  # what the new database already holds, as a fresh import finds it
        connection.execute(f"DELETE FROM main.{table}")
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    for table in written:
        connection.execute(f"INSERT INTO main.{table} SELECT * FROM imported.{table}")
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed, written


def driver_floor(folder: Path, written: dict[str, int]) -> float:
    """The same rows through executemany, as a Python program must hand them over."""
    from app.db.lifecycle import create_database

    target = folder / "driver.db"
    with create_database(target, author="benchmark"):
        pass
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("ATTACH DATABASE ? AS imported", (str(folder / "ours.db"),))
    rows = {}
    for table in written:
        connection.execute(f"DELETE FROM main.{table}")
        rows[table] = connection.execute(f"SELECT * FROM imported.{table}").fetchall()
    connection.execute("DETACH DATABASE imported")
    connection.execute("PRAGMA foreign_keys=OFF")
    connection.execute("PRAGMA synchronous=FULL")
    started = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    for table, values in rows.items():
        if values:
            marks = ", ".join("?" for _ in values[0])
            connection.executemany(f"INSERT INTO main.{table} VALUES ({marks})", values)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def on_server(paths: list[Path], address: str) -> tuple[float, float, dict[str, int]]:
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from app.db.lifecycle import create_database
    from app.importers.engine import ImportOptions, run_import

    admin_url = make_url(address).set(drivername="postgresql+psycopg")
    name = f"nmrf_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    target = admin_url.set(database=name)
    try:
        with create_database(target.render_as_string(hide_password=False),
                             author="benchmark") as db:
            engine = db.engine
            with engine.connect() as connection:
                tables = [table for (table,) in connection.exec_driver_sql(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename != 'alembic_version'")]
                before = {table: connection.exec_driver_sql(
                    f"SELECT count(*) FROM {table}").scalar() for table in tables}
            started = time.perf_counter()
            run_import(db, paths, ImportOptions(accept_partial=True))
            ours_time = time.perf_counter() - started
            with engine.begin() as connection:
                written = {}
                for table in tables:
                    count = connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                    if count != before[table]:
                        written[table] = count - before[table]
                connection.exec_driver_sql("CREATE SCHEMA floor")
                for table in written:
                    connection.exec_driver_sql(
                        f"CREATE TABLE floor.{table} (LIKE public.{table} INCLUDING ALL)")
            with engine.begin() as connection:
                started = time.perf_counter()
                for table in written:
                    connection.exec_driver_sql(
                        f"INSERT INTO floor.{table} OVERRIDING SYSTEM VALUE "
                        f"SELECT * FROM public.{table}")
            floor_time = time.perf_counter() - started
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()
    return ours_time, floor_time, written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--server", metavar="postgresql://…",
                        help="measure the import into a new database on this server instead")
    args = parser.parse_args()
    paths = sorted(args.data.glob("[0-9]*.csv"))
    if not paths:
        raise SystemExit(f"no UPR Info export files in {args.data}")
    if args.server:
        os.environ.setdefault("NMRF_TRACKER_HOME", tempfile.mkdtemp(prefix="nmrf-bench-"))
        ours_time, floor_time, written = on_server(paths, args.server)
        print(f"ours (run_import into PostgreSQL): {ours_time:7.2f} s")
        print("PostgreSQL floor, one INSERT ... SELECT per table: "
              + ", ".join(f"{table} {count:,}" for table, count in written.items()))
        print(f"floor:                     {floor_time:7.2f} s")
        print(f"ours / floor:              {ours_time / floor_time:7.1f}x  (target: 3x)")
        return
    with tempfile.TemporaryDirectory() as folder:
        raw_time, rows = baseline(paths, Path(folder))
        our_time, summary = ours(paths, Path(folder))
        floor_time, written = sqlite_floor(Path(folder))
        driver_time = driver_floor(Path(folder), written)
    print(f"rows read:                 {rows}")
    print(f"baseline (csv + executemany into one table): {raw_time:7.2f} s")
    print(f"ours (run_import, {summary.created} recommendations, change log): {our_time:7.2f} s")
    print(f"ratio:                     {our_time / raw_time:7.1f}x  (target: 4x)")
    print("SQLite floor, the rows the import wrote, one INSERT ... SELECT per table: "
          + ", ".join(f"{table} {count:,}" for table, count in written.items()))
    print(f"floor:                     {floor_time:7.2f} s")
    print(f"ours / floor:              {our_time / floor_time:7.1f}x  (target: 3x)")
    print(f"driver floor (the same rows by executemany): {driver_time:7.2f} s "
          f"= {driver_time / floor_time:.1f}x the floor; ours / driver floor: "
          f"{our_time / driver_time:.1f}x")


if __name__ == "__main__":
    main()
