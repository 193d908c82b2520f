"""What every PDF report shares: the embedded Unicode font, the styles, "page X of Y" with a
running header and footer, and writing under a temporary name so a failed or cancelled report
never leaves half a file where the person expects it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import Flowable, TableStyle

from app.atomic import atomic_write
from app.exports.scripts import CJK_FONT, draw_line, paragraph
from app.paths import resource_path

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN = 14 * mm
NAVY = colors.HexColor("#1F4E79")
GREY = colors.HexColor("#555555")
ZEBRA = colors.HexColor("#F3F6FA")


def register_fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD)
        # Chinese has no bold face of its own here: bold Chinese prints regular.
        pdfmetrics.registerFont(TTFont(CJK_FONT, str(resource_path(
            "fonts", "wqy-microhei.ttc")), subfontIndex=0))
        pdfmetrics.registerFontFamily(CJK_FONT, normal=CJK_FONT, bold=CJK_FONT,
                                      italic=CJK_FONT, boldItalic=CJK_FONT)


def styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=10.5)
    return {
        "body": body,
        "text": ParagraphStyle("text", parent=body, fontSize=9.5, leading=12.5, spaceAfter=4),
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=9,
                                textColor=GREY),
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=16, leading=20,
                                spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10, leading=13,
                                   textColor=colors.HexColor("#444444"), spaceAfter=8),
        "head": ParagraphStyle("head", parent=body, fontName=BOLD, textColor=colors.white),
        "group": ParagraphStyle("group", parent=body, fontName=BOLD),
        "h1": ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=15, leading=19,
                             textColor=NAVY, spaceBefore=4, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=12, leading=15,
                             textColor=NAVY, spaceBefore=10, spaceAfter=6, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=BOLD, fontSize=9.5, leading=12,
                             spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "fact": ParagraphStyle("fact", parent=body, leftIndent=4 * mm, spaceAfter=1.5),
    }


# The first command of every table: cells start in the embedded font, not in reportlab's
# Helvetica, which a PDF names without embedding.
EMBEDDED_FONT = [("FONT", (0, 0), (-1, -1), FONT)]


def in_reading_order(rows: list[list], widths: list[float], commands: list | None = None, *,
                     right_to_left: bool) -> tuple[list[list], list[float], list]:
    """A table's rows, column widths and style commands with its columns running right to
    left in an Arabic document, as Arabic tables are read: the first column (the reference,
    the due date) on the right, plain values against the right edge of their cells. Commands
    name cells by column; they are moved with their columns."""
    commands = list(commands or [])
    if not right_to_left:
        return rows, widths, commands
    count = len(widths)

    def mirrored(column: int) -> int:
        return count - 1 - (column if column >= 0 else count + column)

    moved: list = [("ALIGN", (0, 0), (-1, -1), "RIGHT")]
    for name, (first_column, first_row), (last_column, last_row), *values in commands:
        moved.append((name, (mirrored(last_column), first_row),
                      (mirrored(first_column), last_row), *values))
    return [row[::-1] for row in rows], widths[::-1], moved


def grid_style() -> TableStyle:
    """Navy header row, thin grid, zebra rows."""
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
    ])


class RunningNote(Flowable):
    """Invisible; from where it is drawn on, footers may show `text` as {note} (the letter a
    page belongs to, in a file of letters)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def wrap(self, *_available):
        return 0, 0

    def draw(self) -> None:
        self.canv.running_note = self.text


class ContentsLine(Flowable):
    """One line of a table of contents laid out in the single layout pass: the title and its
    dot leader now, the page number when pages are emitted (numbered_canvas knows then on which
    page each heading's bookmark landed). A two-pass table of contents would lay out a large
    report twice."""

    NUMBER_WIDTH = 28

    def __init__(self, text: str, key: str, style: ParagraphStyle, *,
                 right_to_left: bool = False):
        super().__init__()
        self.key, self.style, self.right_to_left = key, style, right_to_left
        if right_to_left:
            # Every title against the right edge, English ones quoted in Arabic included.
            style = style.clone(f"{style.name}-right", alignment=TA_RIGHT, leftIndent=0,
                                rightIndent=style.leftIndent)
        self.title = paragraph(escape(text), style)

    def wrap(self, available_width, available_height):
        self.width = available_width
        _, self.height = self.title.wrap(available_width - self.NUMBER_WIDTH, available_height)
        self.height += self.style.spaceBefore
        return self.width, self.height

    def draw(self) -> None:
        """Title, dot leader, page number; right to left the number is on the left."""
        title_at = self.NUMBER_WIDTH if self.right_to_left else 0
        self.title.drawOn(self.canv, title_at, 0)
        lines = self.title.blPara.lines
        # Text width of the last line: the paragraph's width less the space left on it.
        spare = (getattr(lines[-1], "extraSpace", None) or lines[-1][0]) if lines else 0
        size = self.style.fontSize
        baseline = self.title.height - self.style.leading * len(lines) + (
            self.style.leading - size)
        dots = spare - 6
        self.canv.setFont(FONT, size)
        self.canv.setFillColor(GREY)
        count = int(dots / pdfmetrics.stringWidth(". ", FONT, size)) if dots > 0 else 0
        if self.right_to_left:
            self.canv.drawString(self.NUMBER_WIDTH - 4, baseline, ". " * count)
            number_right = self.NUMBER_WIDTH - 8
        else:
            self.canv.drawRightString(self.width - self.NUMBER_WIDTH + 4, baseline,
                                      ". " * count)
            number_right = self.width
        x, y = self.canv.absolutePosition(number_right, baseline)
        left, top = self.canv.absolutePosition(0, self.height)
        right, _bottom = self.canv.absolutePosition(self.width, 0)
        self.canv.contents_slots = [*getattr(self.canv, "contents_slots", []),
                                    (self.key, x, y, size, (left, y - 2, right, top))]


def numbered_canvas(header: str, footer: str, *, skip_first: bool = False,
                    right_to_left: bool = False):
    """A canvas maker drawing the running header and the footer — "page {page} of {total}",
    {note} from RunningNote — once every page is known (pages are kept, then numbered).
    With skip_first the cover page stays clean. Right to left, the header starts on the
    right and the page number sits on the left."""

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Not Helvetica, which every page would name without embedding it.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._marks: list[tuple[str, dict[str, Any]]] = []
            self.contents_slots: list[tuple[str, float, float, float, Any]] = []

        def bookmarkPage(self, key, **kwargs):
            # A destination names the page being emitted, and pages are only emitted in
            # save(): kept with the page and set then, or every bookmark would point at page 1.
            self._marks.append((key, kwargs))

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._marks = []
            self.contents_slots = []
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            page_of = {key: number for number, state in enumerate(self._pages, start=1)
                       for key, _ in state["_marks"]}
            for state in self._pages:
                # Links made while emitting are numbered on: a page's saved count would reuse
                # names already given.
                annotations: int = self._annotationCount  # type: ignore[has-type]
                self.__dict__.update(state)
                self._annotationCount = max(annotations,
                                            self._annotationCount)  # type: ignore[has-type]
                for key, x, y, size, link in getattr(self, "contents_slots", []):
                    if key in page_of:
                        self.setFont(FONT, size)
                        self.setFillColorRGB(0, 0, 0)
                        self.drawRightString(x, y, str(page_of[key]))
                        self.linkRect("", key, link, relative=0)
                if not (skip_first and self._pageNumber == 1):
                    width, height = self._pagesize
                    self.setFillColor(GREY)
                    start, end = (width - MARGIN, MARGIN) if right_to_left else (
                        MARGIN, width - MARGIN)
                    if header:
                        draw_line(self, start, height - 9 * mm, header, FONT, 7.5,
                                  right=right_to_left)
                    draw_line(self, end, 8 * mm, footer.format(
                        page=self._pageNumber, total=total,
                        note=getattr(self, "running_note", "")), FONT, 7.5,
                        right=not right_to_left)
                    draw_line(self, start, 8 * mm,
                              f"NMRF Tracker · {date.today().isoformat()}", FONT, 7.5,
                              right=right_to_left)
                for key, kwargs in self._marks:
                    super().bookmarkPage(key, **kwargs)
                super().showPage()
            super().save()

    return NumberedCanvas


# What a report takes, at most: the embedded fonts, then each recommendation it prints
# (measured on the demo: 1 KB per recommendation in the mid-term report, 0.2 MB of fonts).
PDF_BYTES_FIXED = 400_000
PDF_BYTES_PER_RECOMMENDATION = 3_000


def pdf_estimate(recommendations: int) -> int:
    return PDF_BYTES_FIXED + recommendations * PDF_BYTES_PER_RECOMMENDATION


def write_atomically(path: Path, build: Callable[[str], None], *, estimate: int = 0) -> None:
    """build(file name) writes the PDF; the finished file then replaces `path` in one step,
    once the disk was found to have room for `estimate` bytes (see pdf_estimate)."""
    with atomic_write(path, f"the report {Path(path).name}", estimate=estimate) as temporary:
        build(str(temporary))
