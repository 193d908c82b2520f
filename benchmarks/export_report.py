"""The mid-term report of a register beside a bare reportlab build of the same paragraphs.

    .venv/bin/python benchmarks/build_large_database.py --size 1000 --out /tmp/nmrf-1k.db
    .venv/bin/python benchmarks/export_report.py --db /tmp/nmrf-1k.db

Baseline: every text the report prints for each recommendation (heading, text, each fact and
its value, indicator lines) and the annex rows, as plain Paragraphs in the same embedded
font, built once with SimpleDocTemplate (rows read beforehand, outside the timing). Ours:
`write_midterm_report` as the window and the CLI call it, reading the database included, with
the cover, charts, tables, outline and a table of contents (a second layout pass). Issue 6's
target: within 2.5x.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    os.environ.setdefault("NMRF_TRACKER_HOME", tempfile.mkdtemp(prefix="nmrf-bench-"))
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.db.lifecycle import open_database
    from app.exports.matrix import scope_ids
    from app.exports.matrix_data import indicator_text, matrix_rows
    from app.exports.midterm_report import write_midterm_report
    from app.exports.pdf_common import register_fonts, styles

    register_fonts()
    style = styles()
    with open_database(args.db, author="benchmark", read_only=True) as db, \
            tempfile.TemporaryDirectory() as folder:
        with db.read() as session:
            rows = matrix_rows(session, scope_ids(db), "en")
        texts = []
        for row in rows:
            texts += [f"{row.reference} — {row.status}", row.text, row.recommending_states,
                      row.position, row.source, row.lead, row.supporting, row.sdg_targets,
                      row.deadline, row.narrative, row.next_steps, row.actions, row.evidence]
            texts += [indicator_text(indicator) for indicator in row.indicator_items]
            texts += [row.reference, row.text, row.position, row.lead, row.supporting,
                      row.status, row.deadline]
        started = time.perf_counter()
        SimpleDocTemplate(str(Path(folder) / "raw.pdf"), pagesize=A4).build(
            [Paragraph(escape(text), style["body"]) for text in texts if text])
        raw = time.perf_counter() - started

        started = time.perf_counter()
        report = write_midterm_report(db, Path(folder) / "ours.pdf")
        ours = time.perf_counter() - started
    print(f"recommendations: {report.recommendations} in {report.sections} sections, "
          f"{report.pages} pages")
    print(f"reportlab, same paragraphs, one pass: {raw:7.2f} s")
    print(f"ours (read database, cover, charts, tables, outline, contents): {ours:7.2f} s")
    print(f"ratio: {ours / raw:.2f}x (target 2.5x)")


if __name__ == "__main__":
    main()
