"""Build a large secretariat database of real recommendation texts for the register benchmarks.

    .venv/bin/python benchmarks/build_upr_info_database.py --size 100000 --out /tmp/nmrf-100k.db

Imports the seven UPR Info export files (58,684 recommendations), then, until --size is
reached, copies of their rows shifted by 40 sessions (so they land in later, fictional UPR
sessions and count as new recommendations), all through `run_import` like a user's import.
A lead institution is then set on two recommendations out of three, through the same service
the window's bulk action uses. Benchmark input only: the shifted sessions are not real data.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import tempfile
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "real" / \
    "upr-info-export-2018"
SESSION_COLUMN = -1
SESSION_SHIFT = 40
INSTITUTIONS = [("MOJ", "Ministry of Justice"), ("MOH", "Ministry of Health"),
                ("MOE", "Ministry of Education"), ("MFA", "Ministry of Foreign Affairs"),
                ("MOI", "Ministry of the Interior"), ("MWCSW", "Ministry of Women")]


def shifted_copy(paths: list[Path], folder: Path, shift: int, rows_wanted: int) -> list[Path]:
    written, copies = 0, []
    for path in paths:
        if written >= rows_wanted:
            break
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
        header, body = rows[0], rows[1:rows_wanted - written + 1]
        for row in body:
            if row and row[SESSION_COLUMN].isdigit():
                row[SESSION_COLUMN] = str(int(row[SESSION_COLUMN]) + shift)
        target = folder / f"{shift:03d}-{path.name}"
        with target.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle, delimiter=";").writerows([header, *body])
        copies.append(target)
        written += len(body)
    return copies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    if args.out.exists():
        raise SystemExit(f"{args.out} exists; remove it or choose another --out")
    os.environ.setdefault("NMRF_TRACKER_HOME", tempfile.mkdtemp(prefix="nmrf-bench-"))
    from app.db.lifecycle import create_database
    from app.importers.engine import ImportOptions, run_import
    from app.services import assignments, institutions
    from app.services.register_reader import count_recommendations

    paths = sorted(args.data.glob("[0-9]*.csv"))
    if not paths:
        raise SystemExit(f"no UPR Info export files in {args.data}")
    started = time.perf_counter()
    with create_database(args.out, author="benchmark") as db, \
            tempfile.TemporaryDirectory() as folder:
        run_import(db, paths, ImportOptions(accept_partial=True))
        shift = SESSION_SHIFT
        while True:
            with db.read() as session:
                count = count_recommendations(session)
            print(f"  {count} recommendations after {time.perf_counter() - started:.0f} s",
                  flush=True)
            if count >= args.size:
                break
            # Rows per recommendation in the export is about 1.04; a little more is harmless.
            copies = shifted_copy(paths, Path(folder), shift, int((args.size - count) * 1.05))
            run_import(db, copies, ImportOptions(accept_partial=True))
            shift += SESSION_SHIFT
        with db.write() as session:
            codes = [institutions.add_institution(session, code, name)
                     for code, name in INSTITUTIONS]
        with db.read() as session:
            from app.services.register_reader import recommendation_ids
            ids = recommendation_ids(session)
        rng = random.Random(4)
        chosen = [rec_id for rec_id in ids if rng.random() < 2 / 3]
        for start in range(0, len(chosen), 5_000):
            with db.write() as session:
                assignments.set_lead(session, chosen[start:start + 5_000], rng.choice(codes))
    print(f"built {args.out} with {count} recommendations in "
          f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
