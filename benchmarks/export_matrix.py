"""The Excel matrix of a large register beside openpyxl writing the same cells, in one run.

    .venv/bin/python benchmarks/export_matrix.py --db /tmp/nmrf-10k.db

Baseline: the cells our matrix holds (rows read beforehand, outside the timing), written by
openpyxl's write-only workbook with no styles, no groups, no cover or summary. Ours:
`write_matrix` as the window and the CLI call it, reading the database included. Issue 6's
target: within 1.5x. A second baseline writes the same cells with the one wrap style every
matrix cell has, to show what styling costs openpyxl by itself.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    os.environ.setdefault("NMRF_TRACKER_HOME", tempfile.mkdtemp(prefix="nmrf-bench-"))
    from openpyxl import Workbook

    from app.db.lifecycle import open_database
    from app.exports.matrix import COLUMNS, WRAP, StyledCells, write_matrix
    from app.exports.matrix_data import matrix_rows
    from app.services.catalog import RegisterReader

    with open_database(args.db, author="benchmark", read_only=True) as db, \
            tempfile.TemporaryDirectory() as folder:
        ids = RegisterReader(db).ids()
        with db.read() as session:
            rows = matrix_rows(session, ids)
        cells = [[getattr(row, attribute) or None for _, attribute, _ in COLUMNS]
                 for row in rows]
        started = time.perf_counter()
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Matrix")
        sheet.append([header for header, _, _ in COLUMNS])
        for line in cells:
            sheet.append(line)
        workbook.save(Path(folder) / "raw.xlsx")
        raw = time.perf_counter() - started

        # The same cells wrapped and top-aligned, as a readable matrix needs: what styling
        # alone costs openpyxl, whoever writes it.
        started = time.perf_counter()
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Matrix")
        sheet.append([header for header, _, _ in COLUMNS])
        wrapped = StyledCells(sheet, alignment=WRAP)
        for line in cells:
            sheet.append([wrapped(value) for value in line])
        workbook.save(Path(folder) / "styled.xlsx")
        styled = time.perf_counter() - started

        started = time.perf_counter()
        summary = write_matrix(db, Path(folder) / "ours.xlsx")
        ours = time.perf_counter() - started
    print(f"recommendations: {summary.recommendations} in {summary.groups} groups")
    print(f"openpyxl write-only, same cells, no styles: {raw:7.2f} s")
    print(f"openpyxl write-only, same cells, wrapped:    {styled:7.2f} s "
          f"({styled / raw:.2f}x the unstyled cells)")
    print(f"ours (read database, group, style, cover, summary, chart): {ours:7.2f} s")
    print(f"ratio: {ours / raw:.2f}x (target 1.5x); {ours / styled:.2f}x the wrapped cells")


if __name__ == "__main__":
    main()
