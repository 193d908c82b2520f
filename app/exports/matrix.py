"""The implementation matrix as an Excel workbook (openpyxl, write-only for large registers).

Laid out like OHCHR's matrices of recommendations — bold group rows (by theme, institution,
mechanism, cluster or SDG goal) — extended with the tracking columns, and made to print:
frozen header repeated on every page, autofilter, wrapped text, landscape, fit to width.
A cover sheet says what, when and with which filters; a summary sheet counts statuses.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.exports.matrix_data import GROUPINGS, MatrixRow, matrix_rows
from app.services.catalog import RegisterReader
from app.services.facets import Selection

# (header, attribute, width in characters)
COLUMNS = (
    ("Reference", "reference", 9), ("Recommendation", "text", 60),
    ("Recommending States", "recommending_states", 22), ("Position", "position", 13),
    ("Source", "source", 16), ("Themes", "themes", 24), ("Affected persons", "affected", 18),
    ("SDG targets", "sdg_targets", 10), ("Lead", "lead", 9), ("Supporting", "supporting", 14),
    ("Status", "status", 15), ("Period", "assessment_period", 9),
    ("Progress (accepted report)", "narrative", 40), ("Next steps", "next_steps", 28),
    ("Actions", "actions", 30), ("Indicators (baseline → latest → target)", "indicators", 30),
    ("Next deadline", "deadline", 12), ("Evidence", "evidence", 22),
)
# Text that a spreadsheet would run as a formula or a command (CSV/formula injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
GROUP_FILL = PatternFill("solid", fgColor="D9E2F3")
WRAP = Alignment(wrap_text=True, vertical="top")


class ExportCancelled(Exception):
    pass


@dataclass(frozen=True)
class MatrixOptions:
    group_by: str = "theme"
    institution_id: str | None = None  # a ministry's scope: led or supported by it
    selection: Selection | None = None  # register filters
    query: str = ""
    title: str = "Implementation matrix"
    sheet_per_institution: bool = False  # also one sheet per lead institution


@dataclass(frozen=True)
class MatrixSummary:
    path: Path
    recommendations: int
    groups: int


def text_cell(sheet, value, **style) -> WriteOnlyCell:
    """A cell whose text is always text: never a formula, whatever it starts with."""
    cell = WriteOnlyCell(sheet, value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"  # after the value: assigning a value would make it a formula
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


class StyledCells:
    """Cells sharing one style, made fast: openpyxl registers a style by hashing it each
    time one is set (most of the time of a 10,000-row matrix); here it is registered once
    and its index copied to every cell."""

    def __init__(self, sheet, **style):
        self.sheet = sheet
        self._style = text_cell(sheet, None, **style)._style

    def __call__(self, value) -> WriteOnlyCell | None:
        if value is None:
            return None  # an empty cell needs no style, and is not written at all
        cell = text_cell(self.sheet, value)
        # Shared, not copied: a write-only cell is serialised once and never restyled.
        cell._style = self._style
        return cell


def scope_ids(db, institution_id: str | None = None, query: str = "",
              selection: Selection | None = None) -> list[str]:
    """The register's recommendations under a search and filters, in register order; for one
    institution, those it leads or supports."""
    reader = RegisterReader(db)
    selection = selection or Selection()
    if not institution_id:
        return reader.ids(query=query, selection=selection)
    return reader.institution_scope(institution_id, query, selection)


def write_matrix(db, path: Path, options: MatrixOptions = MatrixOptions(),
                 progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> MatrixSummary:
    """Writes the workbook under a temporary name, then renames it: a cancelled or failed
    export never leaves half a file where the person expects the matrix."""
    if options.group_by not in GROUPINGS:
        raise ValueError(f"group by: '{options.group_by}' is not one of {', '.join(GROUPINGS)}")
    ids = scope_ids(db, options.institution_id, options.query, options.selection)
    with db.read() as session:
        rows = matrix_rows(session, ids)
    grouped: dict[str, list[MatrixRow]] = defaultdict(list)
    for row in rows:
        grouped[row.groups[options.group_by]].append(row)
    workbook = Workbook(write_only=True)
    _cover(workbook, db, options, len(rows), len(grouped))
    _matrix(workbook, grouped, progress, cancelled)
    if options.sheet_per_institution:
        by_lead: dict[str, list[MatrixRow]] = defaultdict(list)
        for row in rows:
            by_lead[row.lead.split("; ")[0] or "(no lead)"].append(row)
        for lead in sorted(by_lead, key=lambda code: (code.startswith("("), code)):
            lead_groups: dict[str, list[MatrixRow]] = defaultdict(list)
            for row in by_lead[lead]:
                lead_groups[row.groups[options.group_by]].append(row)
            # Sheet names: at most 31 characters, none of []:*?/\
            _matrix(workbook, lead_groups, None, cancelled,
                    title=re.sub(r"[\[\]:*?/\\]", "-", lead)[:31])
    _summary(workbook, rows, options.group_by)
    temporary = path.with_name(f".{path.name}.part")
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return MatrixSummary(path, len(rows), len(grouped))


def _cover(workbook: Workbook, db, options: MatrixOptions, count: int, groups: int) -> None:
    sheet = workbook.create_sheet("Cover")
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 80
    filters = "; ".join(f"{facet.value}: {', '.join(sorted(values))}"
                        for facet, values in (options.selection or Selection()).values.items())
    lines = [
        (options.title, ""),
        ("Database", db.identity.title or db.path.name),
        ("Produced", datetime.now().strftime("%Y-%m-%d %H:%M")),
        ("Grouped by", options.group_by),
        ("Institution", "led or supported by it" if options.institution_id else "all"),
        ("Search", options.query or "—"),
        ("Filters", filters or "—"),
        ("Recommendations", count),
        ("Groups", groups),
    ]
    for number, (label, value) in enumerate(lines):
        font = Font(bold=True, size=16) if number == 0 else Font(bold=True)
        sheet.append([text_cell(sheet, label, font=font), text_cell(sheet, value)])


def _matrix(workbook: Workbook, grouped: dict[str, list[MatrixRow]], progress, cancelled,
            title: str = "Matrix"):
    sheet = workbook.create_sheet(title)
    for index, (_, _, width) in enumerate(COLUMNS):
        sheet.column_dimensions[_letter(index)].width = width
    sheet.freeze_panes = "C2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    header_font = Font(bold=True, color="FFFFFF")
    sheet.append([text_cell(sheet, header, font=header_font, fill=HEADER_FILL, alignment=WRAP)
                  for header, _, _ in COLUMNS])
    wrapped = StyledCells(sheet, alignment=WRAP)
    done, total = 0, sum(len(rows) for rows in grouped.values())
    for group in sorted(grouped, key=lambda g: (g.startswith("("), g.casefold())):
        sheet.append([text_cell(sheet, f"{group} ({len(grouped[group])})",
                                font=Font(bold=True), fill=GROUP_FILL)]
                     + [text_cell(sheet, None, fill=GROUP_FILL) for _ in COLUMNS[1:]])
        for row in grouped[group]:
            sheet.append([wrapped(getattr(row, attribute) or None)
                          for _, attribute, _ in COLUMNS])
            done += 1
            if done % 500 == 0:
                if cancelled and cancelled():
                    raise ExportCancelled()
                if progress:
                    progress(done, total, "")
    last_row = total + len(grouped) + 1
    sheet.auto_filter.ref = f"A1:{_letter(len(COLUMNS) - 1)}{max(last_row, 2)}"


def _summary(workbook: Workbook, rows: list[MatrixRow], group_by: str) -> None:
    sheet = workbook.create_sheet("Summary")
    statuses = sorted({row.status for row in rows})
    counts = Counter((row.groups[group_by], row.status) for row in rows)
    groups = sorted({row.groups[group_by] for row in rows}, key=str.casefold)
    sheet.column_dimensions["A"].width = 40
    sheet.append([text_cell(sheet, group_by.capitalize(), font=Font(bold=True))]
                 + [text_cell(sheet, status, font=Font(bold=True)) for status in statuses]
                 + [text_cell(sheet, "Total", font=Font(bold=True))])
    for group in groups:
        values = [counts[(group, status)] for status in statuses]
        sheet.append([text_cell(sheet, group), *values, sum(values)])
    if groups and statuses:
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = f"Status by {group_by}"
        chart.height = max(7.5, 0.6 * len(groups))
        chart.width = 24
        data = Reference(sheet, min_col=2, max_col=1 + len(statuses), min_row=1,
                         max_row=1 + len(groups))
        categories = Reference(sheet, min_col=1, min_row=2, max_row=1 + len(groups))
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(categories)
        sheet.add_chart(chart, f"{_letter(len(statuses) + 3)}2")


def _letter(index: int) -> str:
    return get_column_letter(index + 1)
