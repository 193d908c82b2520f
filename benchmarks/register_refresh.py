"""From a bulk "Set lead" to the repainted register, in the real window (issue 23, point 8).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/register_refresh.py --db LARGE.db

Opens a copy of LARGE.db in the main window at 1366x768 and waits for the register. Then, best
of 3, selects the first N recommendations of a search (default 2,000), sets their lead as the
Edit menu does (the institution chooser answered), and times until the write and every refresh
it started are done and the window has painted. Beside it, the same write followed by the
full reload the window did before every write until issue 23 (`refresh_after_edit`: a new
register reader, facet index, dashboard and every page), and the write alone (`run_undoable`,
the floor: no window can show the change before it is written).
"""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from window_copy import open_copy_in_window  # benchmarks/, run as a script


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--selected", type=int, default=2000)
    args = parser.parse_args()
    application, window, folder = open_copy_in_window(args.db)
    from app.services import assignments
    from app.services.choices import institution_choices
    from app.services.undo import run_undoable

    def settle() -> None:
        while window.db is None or window.tasks.busy:
            application.processEvents()
            time.sleep(0.001)
        application.processEvents()

    settle()
    page, actions = window.recommendations, window.register_actions
    page.search.setText("")
    page.apply_search()
    settle()
    ids = [page.model.recommendation_id(row) for row in range(args.selected)]
    with window.db.read() as session:
        institutions = [inst_id for inst_id, _ in institution_choices(session)][:6]
    print(f"recommendations: {page.total}; {len(ids)} selected; window 1366x768; best of 3")

    def timed(run) -> float:
        best = float("inf")
        for attempt in range(3):
            chosen = institutions[attempt % len(institutions)]
            started = time.perf_counter()
            run(chosen)
            settle()
            best = min(best, time.perf_counter() - started)
        return best * 1000

    def through_the_window(chosen: str) -> None:
        actions.choose = lambda *_args, **_kwargs: chosen
        actions.set_lead(ids)

    def write_then_reload_everything(chosen: str) -> None:
        run_undoable(window.db, "lead", lambda session: assignments.set_lead(session, ids, chosen))
        window.refresh_after_edit()

    def write_only(chosen: str) -> None:
        run_undoable(window.db, "lead", lambda session: assignments.set_lead(session, ids, chosen))

    window_ms = timed(through_the_window)
    reload_ms = timed(write_then_reload_everything)
    floor_ms = timed(write_only)
    print(f"  Set lead, as the window does it now:      {window_ms:8.0f} ms")
    print(f"  the write, then reloading every page:     {reload_ms:8.0f} ms")
    print(f"  the write alone (floor):                  {floor_ms:8.0f} ms")
    print(f"  window / floor {window_ms / floor_ms:.2f}x; "
          f"reload everything / floor {reload_ms / floor_ms:.2f}x")
    window.tasks.wait()
    window.close_database()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
