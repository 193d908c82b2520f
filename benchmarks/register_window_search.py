"""What a search costs in the real window: from the search being applied to the window painted.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/register_window_search.py --db LARGE.db

Opens LARGE.db (a copy: the window records its settings and may migrate it) in the main window
at 1366x768, waits for the register to load, then for each query applies the search as the
search box's timer does and times, best of 5: the table model's filter, the facet panel's
counts, the heading and the first row's detail, and the paint that follows. No raw baseline:
issue 4's ratio is register_search.py's; this is the absolute time a person waits after
pausing in their typing (the search box waits 200 ms for the typing to pause first).
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from window_copy import open_copy_in_window  # benchmarks/, run as a script

QUERIES = ["child", "ratify", "torture detention", "cote"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    application, window, folder = open_copy_in_window(args.db)
    page = window.recommendations
    print(f"recommendations: {page.total}; window 1366x768, {len(QUERIES)} queries, best of 5")
    for query in QUERIES:
        steps: dict[str, list[float]] = {"filter": [], "facets": [], "heading + detail": [],
                                         "paint": []}
        for _ in range(5):
            page.search.setText("a different query")
            page.apply_search()
            application.processEvents()
            page.search.blockSignals(True)  # the timer is not what is measured
            page.search.setText(query)
            page.search.blockSignals(False)
            marks = [time.perf_counter()]
            page.model.set_filter(query, page.facets.selection)
            marks.append(time.perf_counter())
            page._show_facets()
            marks.append(time.perf_counter())
            page._show_count()
            marks.append(time.perf_counter())
            application.processEvents()
            marks.append(time.perf_counter())
            for name, start, end in zip(steps, marks, marks[1:], strict=False):
                steps[name].append((end - start) * 1000)
        best = {name: min(times) for name, times in steps.items()}
        parts = ", ".join(f"{name} {ms:.1f}" for name, ms in best.items())
        print(f"  {query!r:22} matches {page.model.rowCount():6}  {parts}  "
              f"total {sum(best.values()):.1f} ms")
    window.tasks.wait()
    window.close_database()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
