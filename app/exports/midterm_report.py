"""The mid-term report (PDF, reportlab): the document printed and discussed page by page in
validation meetings.

Cover page; table of contents; executive summary with key figures and charts (status overall,
by theme, by institution, by mechanism); one section per theme or cluster with, for each
recommendation, its text, recommending States, position, institutions, status, accepted
progress, actions, indicators and evidence; an annex with the whole matrix as a table.
"page X of Y", running header and footer, embedded Unicode font, PDF outline for navigation.
The table of contents is laid out in the one layout pass and its page numbers written when the
pages are emitted (pdf_common.ContentsLine), rather than by a second pass over the whole
report (multiBuild); benchmarks/export_report.py compares with a single bare build.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.code_words import WORDS
from app.db.database import Database
from app.errors import Cancelled
from app.exports.headings import Headings
from app.exports.matrix import scope_ids
from app.exports.matrix_data import MatrixRow, figure, group_label, matrix_rows
from app.exports.pdf_common import (
    BOLD,
    EMBEDDED_FONT,
    FONT,
    GREY,
    MARGIN,
    NAVY,
    ContentsLine,
    grid_style,
    in_reading_order,
    numbered_canvas,
    pdf_estimate,
    register_fonts,
    styles,
    write_atomically,
)
from app.exports.report_charts import status_bars
from app.exports.scripts import drawn, paragraph
from app.i18n import _
from app.models import DatabaseInfo, ImplementationStatus, Institution, Review, State
from app.models.codes import ActionStatus, InstitutionKind
from app.services.facets import Selection
from app.services.status import NOT_ASSESSED
from app.services.vocabulary_names import state_name

REPORT_GROUPINGS = ("theme", "cluster")
MOST_BARS = 15  # categories per chart; the rest are summed in "Other"
GROUP_FILL = colors.HexColor("#D9E2F3")


@dataclass(frozen=True)
class ReportOptions:
    group_by: str = "theme"
    institution_id: str | None = None  # a ministry's scope: led or supported by it
    selection: Selection | None = None  # register filters
    query: str = ""
    title: str = ""  # default: "Mid-term report on the implementation of recommendations"
    period: str = ""  # default: from the first review's adoption year to this year
    prepared_by: str = ""  # default: the secretariat institution
    language: str = "en"


@dataclass(frozen=True)
class ReportSummary:
    path: Path
    recommendations: int
    sections: int
    pages: int


@dataclass(frozen=True)
class _Context:
    state: str
    title: str
    period: str
    prepared_by: str
    scope: str
    statuses: list[tuple[str, str]]  # (code, label) in rank order, "not assessed" last
    code_of: dict[str, str]  # stored (English) status label -> code


def write_midterm_report(db: Database, path: Path, options: ReportOptions = ReportOptions(),
                         progress: Callable[[int, int, str], None] | None = None,
                         cancelled: Callable[[], bool] | None = None) -> ReportSummary:
    if options.group_by not in REPORT_GROUPINGS:
        raise ValueError(f"group by: '{options.group_by}' is not one of "
                         f"{', '.join(REPORT_GROUPINGS)}")
    register_fonts()
    t = Headings(options.language)
    ids = scope_ids(db, options.institution_id, options.query, options.selection)
    with db.read() as session:
        rows = matrix_rows(session, ids, options.language)
        context = _context(session, options, t, len(rows))
    grouped: dict[str, list[MatrixRow]] = defaultdict(list)
    for row in rows:
        grouped[row.groups[options.group_by]].append(row)
    order = sorted(grouped, key=lambda g: (g.startswith("("), g.casefold()))
    style = styles()
    story = _cover(context, t, style)
    contents_at = len(story)
    story += _summary(rows, context, t, style)
    section_heading = t("Implementation by theme") if options.group_by == "theme" else t(
        "Implementation by cluster")
    story += [PageBreak(), _heading(f"2. {section_heading}", 0, style["h1"])]
    for number, group in enumerate(order, start=1):
        story.append(CondPageBreak(60 * mm))
        story.append(_heading(f"2.{number} {group_label(group, t)}", 1, style["h2"]))
        for row in grouped[group]:
            story += _recommendation(row, t, style)
    story += [NextPageTemplate("landscape"), PageBreak(),
              _heading(f"{t('Annex')}: {t('Implementation matrix')}", 0, style["h1"])]
    story += _annex(grouped, order, t, style)
    header = f"{context.state} — {context.title}" if context.state else context.title
    entries: list[tuple[str, int, str]] = [
        (key, level, text) for flowable in story
        for key, level, text in [getattr(flowable, "bookmark", None) or ("", 9, "")]
        if level < 2]

    def contents_at_scale(scale: float) -> list:
        levels = [_toc_style(style, 0, scale), _toc_style(style, 1, scale)]
        return [paragraph(t("Contents"), style["h1"])] + [
            ContentsLine(text, key, levels[level], right_to_left=t.right_to_left)
            for key, level, text in entries]

    story[contents_at:contents_at] = [*_on_fewest_pages(contents_at_scale), PageBreak()]
    pages = []

    def build(filename: str) -> None:
        document = _Document(filename, context, len(rows), progress, cancelled)
        document.build(story, canvasmaker=numbered_canvas(
            header, t("page {page} of {total}"), skip_first=True,
            right_to_left=t.right_to_left))
        pages.append(document.page)

    write_atomically(path, build, estimate=pdf_estimate(len(rows)))
    return ReportSummary(path, len(rows), len(order), pages[-1])


def default_period(session: Session) -> str:
    """From the year of the earliest review to this year."""
    years = [year for year in session.scalars(select(Review.year)) if year]
    this_year = date.today().year
    return f"{min(years)}–{this_year}" if years and min(years) < this_year else str(this_year)


def _context(session, options: ReportOptions, t: Headings, count: int) -> _Context:
    info = DatabaseInfo.of(session)
    state = session.get(State, info.state_id) if info and info.state_id else None
    secretariat = session.scalar(select(Institution.name).where(
        Institution.kind == InstitutionKind.SECRETARIAT, Institution.deleted.is_(False)))
    period = options.period or default_period(session)
    statuses = [(code, t(label)) for code, label in session.execute(
        select(ImplementationStatus.code, ImplementationStatus.label)
        .order_by(ImplementationStatus.rank))]
    statuses.append((NOT_ASSESSED, t("Not assessed")))
    code_of = dict((label, code) for code, label in session.execute(
        select(ImplementationStatus.code, ImplementationStatus.label)))
    code_of["Not assessed"] = NOT_ASSESSED
    if options.institution_id:
        institution = session.get(Institution, options.institution_id)
        scope = t("Recommendations led or supported by {0}").format(
            f"{institution.name} ({institution.code})")
    elif options.query or (options.selection and options.selection.values):
        scope = t("Recommendations selected in the register")
    else:
        scope = t("All recommendations in the register")
    return _Context(
        state=state_name(state.iso3, state.name, t.language) if state else "",
        title=options.title or t("Mid-term report on the implementation of recommendations"),
        period=period, prepared_by=options.prepared_by or secretariat or "",
        scope=f"{scope} ({count})", statuses=statuses, code_of=code_of)


class _Document(BaseDocTemplate):
    """Portrait pages for the report, landscape for the annex; headings with a bookmark
    feed the PDF outline (levels 0–2) and the table of contents (levels 0–1)."""

    def __init__(self, filename: str, context: _Context, total: int, progress, cancelled):
        portrait, wide = A4, landscape(A4)
        super().__init__(filename, pagesize=portrait, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=16 * mm, bottomMargin=16 * mm, title=context.title,
                         author=context.prepared_by or "NMRF Tracker",
                         subject=context.scope, creator="NMRF Tracker")
        self.addPageTemplates([
            PageTemplate("portrait", [self._frame(portrait)], pagesize=portrait),
            PageTemplate("landscape", [self._frame(wide)], pagesize=wide)])
        self.total, self.progress, self.cancelled = total, progress, cancelled
        self.placed = 0

    @staticmethod
    def frame_size(size) -> tuple[float, float]:
        return size[0] - 2 * MARGIN, size[1] - 32 * mm

    @classmethod
    def _frame(cls, size) -> Frame:
        width, height = cls.frame_size(size)
        return Frame(MARGIN, 16 * mm, width, height,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def afterFlowable(self, flowable) -> None:
        mark = getattr(flowable, "bookmark", None)
        if mark is None:
            return
        key, level, text = mark
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        if level < 2:
            return
        self.placed += 1
        if self.placed % 50 == 0:
            if self.cancelled and self.cancelled():
                raise Cancelled(_("report cancelled; nothing was written"))
            if self.progress:
                self.progress(self.placed, self.total, "")


def _toc_style(style, level: int, scale: float = 1.0) -> ParagraphStyle:
    """`scale` < 1: lines set closer (font sizes kept readable) to spare a page."""
    if level == 0:
        return ParagraphStyle("toc0", parent=style["h3"], fontSize=min(10.5, 13 * scale),
                              leading=15 * scale, spaceBefore=5 * scale, spaceAfter=0,
                              keepWithNext=0)
    return ParagraphStyle("toc1", parent=style["body"], fontSize=min(9, 11.5 * scale),
                          leading=13 * scale, leftIndent=12)


TIGHTER = (0.95, 0.9, 0.85, 0.8)


def _on_fewest_pages(make) -> list:
    """make(scale) -> the flowables of the table of contents. When setting them a little
    closer spares a page (a last page holding a line or two alone), the largest such scale
    is used."""
    width, height = _Document.frame_size(A4)

    def pages(flowables) -> int:
        total = sum(flowable.wrap(width, height)[1] + flowable.getSpaceAfter()
                    + (flowable.getSpaceBefore() if isinstance(flowable, Paragraph) else 0)
                    for flowable in flowables)
        return math.ceil(total / height)

    normal = make(1.0)
    needed = pages(normal)
    for scale in TIGHTER:
        tighter = make(scale)
        if pages(tighter) < needed:
            return tighter
    return normal


_keys = itertools.count(1)  # bookmark names, unique within the process


def _heading(text: str, level: int, style) -> Paragraph:
    heading = paragraph(escape(text), style)
    heading.bookmark = (f"h{next(_keys)}", level, text)
    return heading


def _cover(context: _Context, t: Headings, style) -> list:
    big = style["title"].clone("cover", fontSize=24, leading=30, textColor=NAVY)
    state = style["title"].clone("state", fontSize=18, leading=24)
    line = style["subtitle"].clone("line", fontSize=11, leading=16)
    story = [Spacer(1, 60 * mm)]
    if context.state:
        story.append(paragraph(escape(context.state), state))
    story += [paragraph(escape(context.title), big), Spacer(1, 8 * mm)]
    for label, value in ((t("Period"), context.period), (t("Date"), date.today().isoformat()),
                         (t("Prepared by"), context.prepared_by), (t("Scope"), context.scope)):
        if value:
            story.append(paragraph(f"<b>{escape(label)}:</b> {escape(value)}", line))
    story.append(PageBreak())
    return story


def _summary(rows: list[MatrixRow], context: _Context, t: Headings, style) -> list:
    width = A4[0] - 2 * MARGIN
    labels = dict(context.statuses)
    statuses = Counter(context.code_of.get(row.status, NOT_ASSESSED) for row in rows)
    today = date.today().isoformat()
    indicators = {i.id: i for row in rows for i in row.indicator_items}
    figures = [
        (t("Recommendations"), len(rows)),
        (t("With a lead institution"), sum(1 for row in rows if row.lead)),
        (t("With accepted progress"), sum(1 for row in rows if row.assessment_period)),
        (t("Fully implemented"), statuses.get("fully_implemented", 0)),
        (t("Partially implemented"), statuses.get("partially_implemented", 0)),
        (t("With an overdue deadline"), sum(1 for row in rows
                                            if row.deadline and row.deadline < today)),
        (t("Indicators"), len(indicators)),
        (t("Indicators off track"), sum(1 for i in indicators.values() if i.off_track())),
    ]
    story = [_heading(f"1. {t('Executive summary')}", 0, style["h1"])]
    total = len(rows) or 1
    done = statuses.get("fully_implemented", 0) + statuses.get("partially_implemented", 0)
    story.append(paragraph(escape(t(
        "Of the {0} recommendations covered, {1} ({2:.0%}) have a lead institution and {3} "
        "({4:.0%}) are fully or partially implemented according to the latest accepted "
        "progress reports; {5} have a deadline that has passed.").format(
        len(rows), figures[1][1], figures[1][1] / total, done, done / total, figures[5][1])),
        style["text"]))
    # The figure and its label as two paragraphs: an Arabic label would drop the figure's
    # size and weight from a paragraph holding both (app.exports.scripts).
    figure_style = style["body"].clone("figure", fontName=BOLD, fontSize=16, leading=19,
                                       alignment=1)
    label_style = style["body"].clone("figure-label", alignment=1)
    cells = [[[paragraph(str(value), figure_style), paragraph(escape(label), label_style)]
              for label, value in figures[i:i + 4]] for i in (0, 4)]
    cells, widths, _commands = in_reading_order(cells, [width / 4] * 4,
                                                right_to_left=t.right_to_left)
    tiles = Table(cells, style=EMBEDDED_FONT, colWidths=widths)
    tiles.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.4, GREY), ("INNERGRID", (0, 0), (-1, -1), 0.4, GREY),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [Spacer(1, 3 * mm), tiles, Spacer(1, 6 * mm)]
    overall = [(labels[code], {code: statuses[code]}) for code, _ in context.statuses
               if statuses.get(code)]
    story.append(status_bars(t("Status of the recommendations"), overall,
                             context.statuses, width, legend=False,
                             right_to_left=t.right_to_left))
    for title, key in ((t("Status by theme"), lambda row: row.groups["theme"]),
                       # Named ("MOJ — Ministry of Justice"): a code alone says little on
                       # paper read by people from outside the government.
                       (t("Status by lead institution"),
                        lambda row: row.groups["institution"] if row.lead
                        else t("(no lead institution)")),
                       (t("Status by mechanism"), lambda row: row.groups["mechanism"])):
        story += [Spacer(1, 6 * mm), _breakdown(rows, key, title, context, t, width)]
    return story


def _breakdown(rows, key, title, context: _Context, t: Headings, width):
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        counts[key(row)][context.code_of.get(row.status, NOT_ASSESSED)] += 1
    ranked = sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    if len(ranked) > MOST_BARS:
        other: Counter[str] = Counter()
        for _, counter in ranked[MOST_BARS - 1:]:
            other.update(counter)
        others = t("Other ({0})").format(len(counts) - MOST_BARS + 1)
        ranked = [*ranked[:MOST_BARS - 1], (others, other)]
    return status_bars(title, [(label, dict(counter)) for label, counter in ranked],
                       context.statuses, width, right_to_left=t.right_to_left)


def _recommendation(row: MatrixRow, t: Headings, style) -> list:
    status = t(row.status)
    deadline = row.deadline
    if deadline and deadline < date.today().isoformat():
        deadline += f" ({t('overdue')})"
    heading = _heading(f"{row.reference} — {status}" if row.reference else status, 2,
                       style["h3"])
    facts = [(t("Recommending States"), row.recommending_states),
             (t("Position"), t(row.position)), (t("Source"), row.source),
             (t("Lead institution"), row.lead), (t("Supporting institutions"), row.supporting),
             (t("SDG targets"), row.sdg_targets), (t("Next deadline"), deadline)]
    if row.assessment_period:
        facts.append((t("Progress ({0})").format(row.assessment_period), row.narrative or "—"))
        if row.next_steps:
            facts.append((t("Next steps"), row.next_steps))
    else:
        facts.append((t("Progress"), t("No accepted progress report yet.")))
    if row.action_items:
        statuses = WORDS[ActionStatus]
        facts.append((t("Actions"), "\n".join(f"• {title} ({t(statuses.get(status, status))})"
                                               for title, status in row.action_items)))
    if row.evidence_items:
        facts.append((t("Evidence"), "; ".join(row.evidence_items)))
    # One paragraph a fact, not a two-column table: the same reading order at a third of the
    # layout cost, which a 1,000-recommendation report pays twice (see benchmarks/).
    story = [heading, paragraph(escape(row.text), style["text"])]
    story += [paragraph(f'<font color="#555555"><b>{escape(label)}:</b></font> '
                        + escape(value).replace("\n", "<br/>"), style["fact"])
              for label, value in facts if value]
    width = A4[0] - 2 * MARGIN
    if row.indicator_items:
        story.append(Spacer(1, 2 * mm))
        story.append(_indicator_table(row, t, style, width))
    story.append(Spacer(1, 5 * mm))
    return story


def _indicator_table(row: MatrixRow, t: Headings, style, width) -> Table:
    head = [paragraph(escape(text), style["head"]) for text in (
        t("Indicator"), t("Baseline"), t("Latest"), t("Target"), t("Progress"))]
    data = [head]
    for indicator in row.indicator_items:
        share = indicator.progress
        progress = "—" if share is None else f"{share:.0%}"
        if indicator.off_track():
            progress += f" ({t('off track')})"
        data.append([paragraph(escape(f"{indicator.name} ({indicator.unit})"
                                      if indicator.unit else indicator.name), style["body"]),
                     figure(indicator.baseline[1]), figure(indicator.latest),
                     figure(indicator.target[1]), paragraph(escape(progress), style["body"])])
    data, widths, commands = in_reading_order(
        data, [width * share for share in (0.46, 0.12, 0.12, 0.12, 0.18)],
        [("FONT", (1, 1), (3, -1), style["body"].fontName, 8.5),
         ("ALIGN", (1, 1), (3, -1), "RIGHT")], right_to_left=t.right_to_left)
    table = Table(data, style=EMBEDDED_FONT, repeatRows=1, colWidths=widths)
    table.setStyle(grid_style())
    table.setStyle(TableStyle(commands))
    return table


def _annex(grouped, order, t: Headings, style) -> list:
    """One table, header repeated on every page, bold group rows across it as in OHCHR's
    matrices. A group row is a plain bold string running across cells drawn without inner
    lines: spanned cells would have reportlab recompute the spans of the whole table at every
    page break."""
    width = landscape(A4)[0] - 2 * MARGIN
    # The source (mechanism and document) tells apart the same reference in two documents:
    # "5(b)" of CRC/C/…/CO/5-6 and "5(b)" of CEDAW/C/…/CO/7.
    shares = (0.06, 0.12, 0.35, 0.08, 0.08, 0.11, 0.11, 0.09)
    data = [[paragraph(escape(text), style["head"]) for text in (
        t("Ref."), t("Source"), t("Recommendation"), t("Position"), t("Lead"), t("Supporting"),
        t("Status"), t("Next deadline"))]]
    lines = colors.HexColor("#999999")
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), FONT, 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("GRID", (0, 0), (-1, 0), 0.4, lines)]
    body = style["body"]
    for group in order:
        at = len(data)
        # One line running on across the row (a cell of its own would wrap in the narrow
        # reference column): drawn as it is, Arabic shaped, Chinese in its font.
        label, font = drawn(f"{group_label(group, t)} ({len(grouped[group])})", BOLD, 8.5)
        commands += [("BACKGROUND", (0, at), (-1, at), GROUP_FILL),
                     ("FONT", (0, at), (0, at), font, 8.5), ("BOX", (0, at), (-1, at), 0.4, lines)]
        data.append([label] + [""] * (len(shares) - 1))
        # Short single-line values as plain cells: no paragraph to lay out.
        data += [[row.reference, paragraph(escape(_source(row)), body),
                  paragraph(escape(row.text), body), paragraph(
            escape(t(row.position)), body), paragraph(escape(row.lead), body),
            paragraph(escape(row.supporting), body), paragraph(escape(t(row.status)), body),
            row.deadline] for row in grouped[group]]
        commands.append(("GRID", (0, at + 1), (-1, len(data) - 1), 0.4, lines))
    data, widths, commands = in_reading_order(data, [width * s for s in shares], commands,
                                              right_to_left=t.right_to_left)
    table = LongTable(data, repeatRows=1, style=EMBEDDED_FONT, colWidths=widths)
    table.setStyle(TableStyle(commands))
    return [table]


def _source(row: MatrixRow) -> str:
    mechanism = row.groups.get("mechanism", "")
    return mechanism if row.source in ("", mechanism) else f"{mechanism} · {row.source}"
