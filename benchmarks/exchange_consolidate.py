"""Consolidating one ministry file of N changes into a small and a large master.

    .venv/bin/python benchmarks/build_large_database.py --size 10000 --out /tmp/nmrf-10k.db
    .venv/bin/python benchmarks/build_large_database.py --size 100000 --out /tmp/nmrf-100k.db
    .venv/bin/python benchmarks/exchange_consolidate.py --small /tmp/nmrf-10k.db \\
        --large /tmp/nmrf-100k.db

For each master (a copy; the inputs are not changed): a whole copy is issued to the institution
with the most recommendations, opened as that ministry, N changes are made there through the
services (half new progress reports, half edits of them), the file is prepared, then
`consolidate_file` is timed on the master — verification, device registration, scope checks,
field-level merge, change records and the stored summary. Issue 7's target: the cost grows with
the file, not the master (the large master within 1.3x of the small one). Printed beside it:
raw `sqlite3.executemany` of N rows into one table (the floor of writing anything), and the
backup of the master taken before a real consolidation (that one grows with the master, by
nature: it copies it).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path


def raw_baseline(count: int, folder: Path) -> float:
    connection = sqlite3.connect(folder / "raw.db")
    connection.execute("CREATE TABLE assessment (id TEXT PRIMARY KEY, narrative TEXT)")
    rows = [(str(uuid.uuid4()), f"Progress {n}") for n in range(count)]
    started = time.perf_counter()
    with connection:
        connection.executemany("INSERT INTO assessment VALUES (?, ?)", rows)
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def measure(master_source: Path, changes: int, folder: Path) -> tuple[int, float, float, str]:
    # Throw-away keys, protected by a throw-away passphrase where there is no keyring.
    os.environ.setdefault("NMRF_TRACKER_KEY_PASSPHRASE", "benchmark only, thrown away")
    from sqlalchemy import func, select

    from app.db.lifecycle import copy_database, open_database
    from app.exchange.consolidate import consolidate_file
    from app.exchange.container import read_exchange_file
    from app.exchange.identity import local_identities
    from app.exchange.issue import issue_file
    from app.exchange.ministry import open_first_file, submit_file
    from app.models import Assignment, Institution, Recommendation
    from app.services.maintenance import backup_database
    from app.services.permissions import FOCAL_POINT, Actor
    from app.services.tracking import add_assessment

    master = folder / "master.db"
    copy_database(master_source, master)
    with open_database(master, author="benchmark") as db:
        with db.read() as session:
            size = session.scalar(select(func.count(Recommendation.id)))
            code, institution = session.execute(
                select(Institution.code, Institution.id).join(
                    Assignment, Assignment.institution_id == Institution.id)
                .group_by(Institution.id).order_by(func.count(Assignment.id).desc())).first()
        issue_file(db, code, folder / "to-ministry.nmrf")
    ministry, _ = open_first_file(folder / "ministry.db", folder / "to-ministry.nmrf",
                                  author="benchmark")
    with ministry:
        ministry.actor = Actor("Focal point", FOCAL_POINT, institution)
        with ministry.read() as session:
            recommendations = session.scalars(select(Assignment.recommendation_id).where(
                Assignment.institution_id == institution,
                Assignment.recommendation_id.is_not(None))).all()
        with ministry.write() as session:
            reports = [add_assessment(session, recommendation_id=recommendations[
                n % len(recommendations)], institution_id=institution, period="2026-H2",
                status_code="in_progress", narrative=f"Progress {n}")
                for n in range(changes // 2)]
        with ministry.write() as session:
            from app.models import Assessment

            for n, report in enumerate(reports):
                session.get(Assessment, report).narrative = f"Progress {n}, revised"
        submit_file(ministry, folder / "from-ministry.nmrf")
    with open_database(master, author="benchmark") as db:
        started = time.perf_counter()
        returned = folder / "from-ministry.nmrf"
        result = consolidate_file(db, returned, accept_devices=[
            read_exchange_file(returned, local_identities()).signer_fingerprint])
        elapsed = time.perf_counter() - started
        assert result.status == "applied", result.reason
        assert result.count("applied") == changes, result.as_json()
        started = time.perf_counter()
        backup_database(db, folder / "backup.db")
        backup = time.perf_counter() - started
    return size, elapsed, backup, code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=Path, required=True)
    parser.add_argument("--large", type=Path, required=True)
    parser.add_argument("--changes", type=int, default=5000)
    args = parser.parse_args()
    os.environ.setdefault("NMRF_TRACKER_HOME", tempfile.mkdtemp(prefix="nmrf-bench-"))
    figures = []
    for source in (args.small, args.large):
        with tempfile.TemporaryDirectory(prefix="nmrf-bench-") as folder:
            figures.append(measure(source, args.changes, Path(folder)))
            raw = raw_baseline(args.changes, Path(folder))
    for size, elapsed, backup, code in figures:
        print(f"master of {size:>7,} recommendations ({code}): consolidate {args.changes:,} "
              f"changes {elapsed:7.2f} s ({elapsed / args.changes * 1000:.2f} ms/change); "
              f"backup before it {backup:6.2f} s")
    print(f"raw sqlite3 executemany of {args.changes:,} rows: {raw:.3f} s")
    ratio = figures[1][1] / figures[0][1]
    print(f"large master / small master: {ratio:.2f}x (target <= 1.3x)")


if __name__ == "__main__":
    main()
