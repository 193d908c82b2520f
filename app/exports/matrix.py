"""The implementation matrix as an Excel workbook (openpyxl, write-only for large registers).

Laid out like OHCHR's matrices of recommendations — bold group rows (by theme, institution,
mechanism, cluster or SDG goal) — extended with the tracking columns, and made to print:
frozen header repeated on every page, autofilter, wrapped text, landscape, fit to width.
A cover sheet says what, when and with which filters; a summary sheet counts statuses.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList

from app.atomic import atomic_write
from app.db.database import Database
from app.errors import Cancelled
from app.exports.headings import N_, Headings
from app.exports.matrix_data import GROUPINGS, MatrixRow, group_label, matrix_rows
from app.i18n import _
from app.services.facets import Selection
from app.services.memory import collector_paused
from app.services.register_reader import RegisterReader

# (header, attribute, width in characters). The essential columns come first: they are what
# prints (PRINTED), readable on A4 landscape; the others follow for the screen and filters.
COLUMNS = (
    (N_("Reference"), "reference", 10), (N_("Recommendation"), "text", 52),
    (N_("Position"), "position", 13),
    (N_("Lead"), "lead", 9), (N_("Supporting"), "supporting", 14), (N_("Status"), "status", 15),
    (N_("Progress (accepted report)"), "narrative", 36),
    (N_("Recommending States"), "recommending_states", 22), (N_("Source"), "source", 16),
    (N_("Themes"), "themes", 24), (N_("Affected persons"), "affected", 18),
    (N_("SDG targets"), "sdg_targets", 10), (N_("Period"), "assessment_period", 9),
    (N_("Next steps"), "next_steps", 28), (N_("Actions"), "actions", 30),
    (N_("Indicators (baseline → latest → target)"), "indicators", 30),
    (N_("Next deadline"), "deadline", 12), (N_("Evidence"), "evidence", 22),
)
PRINTED = 7  # the first columns, up to the accepted progress
# The columns whose values are words of the application (database labels), translated.
TRANSLATED_COLUMNS = frozenset(("position", "status"))
GROUPING_WORDS = {"theme": N_("Theme"), "institution": N_("Lead institution"),
                  "mechanism": N_("Mechanism"), "cluster": N_("Cluster"),
                  "sdg": N_("SDG goal")}
# Row heights: LibreOffice shows a row without one as a single line, the wrapped text running
# over the rows below. Calibri 11 fits about 1.1 characters a unit of column width on a line
# of 15 points; an estimate on the generous side (a row a little tall, never text cut).
CHARACTERS_PER_WIDTH = 1.1
LINE_POINTS = 15
MAX_ROW_POINTS = 409  # Excel's largest row height
# Text that a spreadsheet would run as a formula or a command (CSV/formula injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
# What a row of the matrix takes in the saved workbook, with a margin (measured on the demo:
# 0.15 KB); the free space is checked for that before writing.
MATRIX_BYTES_PER_ROW = 500
_FORMULA_FIRST = frozenset(FORMULA_STARTS)
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
GROUP_FILL = PatternFill("solid", fgColor="D9E2F3")
WRAP = Alignment(wrap_text=True, vertical="top")
# Group labels run on across their shaded row, as in OHCHR's matrices, instead of wrapping
# inside the narrow reference column.
ONE_LINE = Alignment(wrap_text=False, vertical="center")


@dataclass(frozen=True)
class MatrixOptions:
    group_by: str = "theme"
    institution_id: str | None = None  # a ministry's scope: led or supported by it
    selection: Selection | None = None  # register filters
    query: str = ""
    title: str = ""  # "Implementation matrix" in the workbook's language
    sheet_per_institution: bool = False  # also one sheet per lead institution
    language: str = "en"  # of the headings, sheet names, positions and statuses


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


def normal_style_wraps(workbook: Workbook) -> None:
    """Makes the workbook's Normal style wrapped and top-aligned, as a person would in Excel
    (Home > Cell Styles > Normal > Modify): Excel writes that change into the Normal style and
    the default cell format, which is what this does, and shows every cell without a format
    of its own that way. Styling 180,000 matrix cells one by one was most of openpyxl's time
    for a 10,000-row matrix. openpyxl has no public call for it: the tests read the
    alignment back from the saved file. LibreOffice shows cells without a format of their
    own in their row's format instead: see `_matrix`."""
    workbook._named_styles["Normal"].alignment = WRAP
    default = StyleArray()
    default.alignmentId = workbook._alignments.add(WRAP)
    workbook._cell_styles = IndexedList([default])


def scope_ids(db: Database, institution_id: str | None = None, query: str = "",
              selection: Selection | None = None, reader: RegisterReader | None = None
              ) -> list[str]:
    """The register's recommendations under a search and filters, in register order; for one
    institution, those it leads or supports."""
    reader = reader or RegisterReader(db)
    selection = selection or Selection()
    if not institution_id:
        return reader.ids(query=query, selection=selection)
    return reader.institution_scope(institution_id, query, selection)


def write_matrix(db: Database, path: Path, options: MatrixOptions = MatrixOptions(),
                 progress: Callable[[int, int, str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> MatrixSummary:
    """Writes the workbook under a temporary name, then renames it: a cancelled or failed
    export never leaves half a file where the person expects the matrix."""
    if options.group_by not in GROUPINGS:
        raise ValueError(f"group by: '{options.group_by}' is not one of {', '.join(GROUPINGS)}")
    with collector_paused():
        return _write_matrix(db, path, options, progress, cancelled)


def _write_matrix(db, path: Path, options: MatrixOptions, progress, cancelled) -> MatrixSummary:
    reader = RegisterReader(db)
    ids = scope_ids(db, options.institution_id, options.query, options.selection, reader)
    with db.read() as session:
        rows = matrix_rows(session, ids, options.language)
    grouped: dict[str, list[MatrixRow]] = defaultdict(list)
    for row in rows:
        grouped[row.groups[options.group_by]].append(row)
    t = Headings(options.language)
    workbook = Workbook(write_only=True)
    normal_style_wraps(workbook)
    _cover(workbook, db, options, len(rows), len(grouped), reader, t)
    _matrix(workbook, grouped, progress, cancelled, t, title=t("Matrix"))
    if options.sheet_per_institution:
        by_lead: dict[str, list[MatrixRow]] = defaultdict(list)
        for row in rows:
            by_lead[row.lead.split("; ")[0] or t("(no lead institution)")].append(row)
        for lead in sorted(by_lead, key=lambda code: (code.startswith("("), code)):
            lead_groups: dict[str, list[MatrixRow]] = defaultdict(list)
            for row in by_lead[lead]:
                lead_groups[row.groups[options.group_by]].append(row)
            # Sheet names: at most 31 characters, none of []:*?/\
            _matrix(workbook, lead_groups, None, cancelled, t,
                    title=re.sub(r"[\[\]:*?/\\]", "-", lead)[:31])
    _summary(workbook, rows, options.group_by, t)
    if cancelled and cancelled():  # a small matrix is built before any row count checks
        raise Cancelled(_("export cancelled; nothing was written"))
    with atomic_write(path, f"the matrix {path.name}",
                      estimate=len(rows) * MATRIX_BYTES_PER_ROW) as temporary:
        workbook.save(temporary)
    return MatrixSummary(path, len(rows), len(grouped))


def _cover(workbook: Workbook, db, options: MatrixOptions, count: int, groups: int,
           reader: RegisterReader, t: Headings) -> None:
    sheet = workbook.create_sheet(t("Cover"))
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 80
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1  # both columns on one printed page
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    # By their names ("Theme: Right to education"), never the ids the filters hold.
    values = (options.selection or Selection()).values
    facets = reader.facets if any(values.values()) else None
    filters = "; ".join(
        f"{facet.value.replace('_', ' ').capitalize()}: "
        f"{', '.join(sorted(facets.label(facet, value) for value in chosen))}"
        for facet, chosen in values.items() if chosen and facets is not None)
    lines = [
        (options.title or t("Implementation matrix"), ""),
        (t("Database"), db.identity.title or db.path.name),
        (t("Produced"), datetime.now().strftime("%Y-%m-%d %H:%M")),
        (t("Grouped by"), t(GROUPING_WORDS.get(options.group_by, options.group_by))),
        (t("Institution"), t("led or supported by it") if options.institution_id
         else t("all")),
        (t("Search"), options.query or "—"),
        (t("Filters"), filters or "—"),
        (t("Recommendations"), count),
        (t("Groups"), groups),
    ]
    for number, (label, value) in enumerate(lines):
        if number == 0:  # the title runs on across the sheet
            first = text_cell(sheet, label, font=Font(bold=True, size=16), alignment=ONE_LINE)
        else:
            first = text_cell(sheet, label, font=Font(bold=True))
        sheet.append([first, text_cell(sheet, value)])


def _matrix(workbook: Workbook, grouped: dict[str, list[MatrixRow]], progress, cancelled,
            t: Headings, title: str):
    sheet = workbook.create_sheet(title)
    for index, (_header, _attribute, width) in enumerate(COLUMNS):
        sheet.column_dimensions[_letter(index)].width = width
    sheet.freeze_panes = "C2"
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    # The essential columns fitted to the page width: about 10 pt on A4 (all eighteen fitted
    # together printed at 4 pt). The other columns stay on screen, outside the print area.
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4  # inches
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    header_font = Font(bold=True, color="FFFFFF")
    sheet.row_dimensions[1] = {"ht": str(2 * LINE_POINTS + 2), "customHeight": "1"}
    sheet.append([text_cell(sheet, t(header), font=header_font, fill=HEADER_FILL,
                            alignment=WRAP) for header, _, _ in COLUMNS])
    translated = [attribute in TRANSLATED_COLUMNS for _, attribute, _ in COLUMNS]
    # The body rows carry the wrapped format as their row format too: LibreOffice gives it
    # to their unformatted cells (Excel takes the Normal style; see normal_style_wraps).
    # ("general" is the default horizontal alignment: stated, it makes a format of its own,
    # distinct from the Normal style's, so the rows name it.)
    wrapped_row = sheet.row_dimensions[2]
    wrapped_row.alignment = Alignment(wrap_text=True, vertical="top", horizontal="general")
    # Its attributes once, as the row writer reads them: the row object would compute its
    # style index again for each of 10,000 rows.
    row_format = dict(wrapped_row)
    row_number = 1
    cells_of = attrgetter(*(attribute for _, attribute, _ in COLUMNS))
    per_line = [max(1, int(width * CHARACTERS_PER_WIDTH)) for _, _, width in COLUMNS]
    done, total = 0, sum(len(rows) for rows in grouped.values())
    for group in sorted(grouped, key=lambda g: (g.startswith("("), g.casefold())):
        row_number += 1
        sheet.row_dimensions.pop(row_number, None)
        sheet.append([text_cell(sheet, f"{group_label(group, t)} ({len(grouped[group])})",
                                font=Font(bold=True), fill=GROUP_FILL, alignment=ONE_LINE)]
                     + [text_cell(sheet, None, fill=GROUP_FILL) for _ in COLUMNS[1:]])
        for row in grouped[group]:
            row_number += 1
            values = tuple(t(value) if words and value else value
                           for value, words in zip(cells_of(row), translated, strict=True))
            lines = _lines(values, per_line)
            sheet.row_dimensions[row_number] = row_format if lines == 1 else {
                **row_format, "ht": str(min(MAX_ROW_POINTS, lines * LINE_POINTS + 2)),
                "customHeight": "1"}
            sheet.append([text_cell(sheet, value) if value and value[0] in _FORMULA_FIRST
                          else value or None for value in values])
            done += 1
            if done % 500 == 0:
                if cancelled and cancelled():
                    raise Cancelled(_("export cancelled; nothing was written"))
                if progress:
                    progress(done, total, "")
    last_row = max(total + len(grouped) + 1, 2)
    sheet.auto_filter.ref = f"A1:{_letter(len(COLUMNS) - 1)}{last_row}"
    sheet.print_area = f"A1:{_letter(PRINTED - 1)}{last_row}"


def _lines(values: tuple, per_line: list[int]) -> int:
    """How many lines the tallest cell of a row wraps to (see CHARACTERS_PER_WIDTH)."""
    most = 1
    for value, room in zip(values, per_line, strict=True):
        if value and (len(value) > room or "\n" in value):
            most = max(most, sum(-(-len(part) // room) or 1 for part in value.split("\n")))
    return most


def _summary(workbook: Workbook, rows: list[MatrixRow], group_by: str, t: Headings) -> None:
    sheet = workbook.create_sheet(t("Summary"))
    grouping = t(GROUPING_WORDS.get(group_by, group_by))
    statuses = sorted({row.status for row in rows})
    counts = Counter((row.groups[group_by], row.status) for row in rows)
    groups = sorted({row.groups[group_by] for row in rows}, key=str.casefold)
    sheet.column_dimensions["A"].width = 40
    sheet.append([text_cell(sheet, grouping, font=Font(bold=True))]
                 + [text_cell(sheet, t(status), font=Font(bold=True)) for status in statuses]
                 + [text_cell(sheet, t("Total"), font=Font(bold=True))])
    for group in groups:
        values = [counts[(group, status)] for status in statuses]
        sheet.append([text_cell(sheet, group), *values, sum(values)])
    if groups and statuses:
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = t("Status by {0}").format(grouping)
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
