"""Peak memory of an import's dry run, beside the raw library reading the same file.

    .venv/bin/python benchmarks/import_memory.py [--rows 1000000] [--data DIR] [--keep FILE]

Two inputs: the full UPR Info export (61,014 rows, ../shared/data/real, when present) and a
generated UPR Info file of --rows rows (about 110 MB for a million: every row its own
recommendation, as in the report of issue 19). Each figure is the peak resident memory
(resource.getrusage, ru_maxrss) of a fresh process: ours runs `nmrf-tracker import --dry-run`,
the baseline only reads the same file with the csv module row by row. Target: ours under
1 GB for the million rows, or a clear refusal up front naming the limit.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "real" / "upr-info-export-2018"
HEADER = "SuR;Rgrp;Org;Recommendation;RS;Rgrp;Org;Response;Action;Issue;Session"
WORDS = ("ratify", "convention", "ensure", "children", "women", "torture", "detention",
         "education", "rural", "access", "justice", "strengthen", "national", "plan",
         "discrimination", "persons", "disabilities", "violence", "protect", "rights")
STATES = ("Slovenia", "France", "Peru", "Chile", "Egypt", "China", "Norway", "Kenya")
BASELINE = """
import csv, sys
count = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.reader(handle, delimiter=";"):
            count += 1
print(count)
"""
MEASURE = """
import resource, subprocess, sys
status = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kB on Linux
print(peak, status.returncode, status.stderr.decode()[-300:].replace(chr(10), " "))
"""


def generate(path: Path, rows: int) -> None:
    pick = random.Random(19)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        handle.write(HEADER + "\r\n")
        for number in range(rows):
            text = " ".join(pick.choice(WORDS) for _ in range(9)) + f" (item {number})"
            handle.write(";".join([
                pick.choice(STATES), "EEG", "EU", text.capitalize(), pick.choice(STATES),
                "WEOG", "", "Supported", str(pick.randint(1, 5)), "Torture", "34"]) + "\r\n")


def peak_of(command: list[str]) -> tuple[float, float, str]:
    """(peak MB, seconds, what went wrong) of one command in a fresh process."""
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True,
                            text=True, check=True)
    peak, status, error = result.stdout.split(" ", 2)
    return int(peak) / 1024, time.perf_counter() - started, \
        "" if status == "0" or "rejected" in error else error.strip()


def measure(label: str, files: list[Path], folder: Path) -> None:
    database = folder / f"{label}.db"
    env_cli = [sys.executable, "-m", "app"]
    if not database.exists():
        subprocess.run([*env_cli, "new", "--db", str(database), "--state", "Slovenia"],
                       cwd=REPO, check=True, capture_output=True)
    raw_mb, raw_s, _ = peak_of([sys.executable, "-c", BASELINE, *map(str, files)])
    ours_mb, ours_s, error = peak_of([*env_cli, "import", "--db", str(database),
                                      *map(str, files), "--dry-run", "--format", "upr-info",
                                      "--accept-partial"])
    size = sum(path.stat().st_size for path in files) / 1_048_576
    print(f"{label}: {size:.0f} MB of CSV")
    print(f"  baseline csv.reader  peak {raw_mb:7.0f} MB   {raw_s:6.1f} s")
    print(f"  ours --dry-run       peak {ours_mb:7.0f} MB   {ours_s:6.1f} s   "
          f"({ours_mb / raw_mb:.1f}x the baseline's memory)")
    if error:
        print(f"  ours said: {error}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--keep", type=Path, help="write the generated file here (reused)")
    args = parser.parse_args()
    os.chdir(REPO)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        os.environ["NMRF_TRACKER_HOME"] = str(folder / "home")
        real = sorted(args.data.glob("*.csv")) if args.data.is_dir() else []
        if real:
            measure("full UPR Info export", real, folder)
        generated = args.keep or folder / "generated.csv"
        if not generated.exists():
            generate(generated, args.rows)
        measure(f"generated {args.rows:,} rows", [generated], folder)


if __name__ == "__main__":
    main()
