"""The validation-meeting pack of one institution (PDF, reportlab).

Printed for the meeting where a ministry's validating authority goes through its
recommendations: each with its current status and latest accepted progress, an empty column
for the meeting's comments, and a signature block. Unicode font shipped in resources/fonts so
accents and non-Latin names print; "page X of Y", running header and footer.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from app.exports.matrix_data import matrix_rows
from app.paths import resource_path
from app.services.catalog import RegisterReader
from app.services.institutions import institution_facts, people_of

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
PAGE = landscape(A4)
MARGIN = 14 * mm


def _register_fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=10.5)
    return {"body": body,
            "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=16,
                                    leading=20, spaceAfter=4),
            "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10, leading=13,
                                       textColor=colors.HexColor("#444444"), spaceAfter=8),
            "head": ParagraphStyle("head", parent=body, fontName=BOLD, textColor=colors.white),
            "group": ParagraphStyle("group", parent=body, fontName=BOLD)}


class _NumberedCanvas(pdf_canvas.Canvas):
    """Draws "page X of Y" once every page is known (pages are kept, then numbered)."""

    def __init__(self, *args, header: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self._pages = []
        self._header = header

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(MARGIN, PAGE[1] - 9 * mm, self._header)
            self.drawRightString(PAGE[0] - MARGIN, 8 * mm,
                                 f"page {self._pageNumber} of {total}")
            self.drawString(MARGIN, 8 * mm, f"NMRF Tracker · {date.today().isoformat()}")
            super().showPage()
        super().save()


def write_validation_pack(db, path: Path, institution_id: str) -> int:
    """Writes the pack under a temporary name, then renames it; returns how many
    recommendations it lists (led or supported by the institution)."""
    _register_fonts()
    styles = _styles()
    reader = RegisterReader(db)
    ids = reader.institution_scope(institution_id)
    with db.read() as session:
        rows = matrix_rows(session, ids)
        institution = institution_facts(session, institution_id)
        validators = [p.full_name for p in people_of(session, institution_id)
                      if p.role == "validating_authority"]
    title = f"Validation meeting — {institution.name} ({institution.code})"
    story = [Paragraph(escape(title), styles["title"]),
             Paragraph(escape(f"{len(rows)} recommendations led or supported by "
                              f"{institution.code}, as recorded on "
                              f"{date.today().isoformat()}. For each, the current status and "
                              "the latest accepted progress; the last column is for the "
                              "meeting's comments."), styles["subtitle"])]
    header = [Paragraph(text, styles["head"]) for text in (
        "Ref.", "Recommendation", "Role", "Status", "Latest accepted progress",
        "Comments from the meeting")]
    data = [header]
    for row in rows:
        role = "lead" if institution.code in row.lead.split("; ") else "supporting"
        progress = row.narrative or "—"
        if row.assessment_period:
            progress = f"{row.assessment_period}: {progress}"
        data.append([Paragraph(escape(row.reference), styles["body"]),
                     Paragraph(escape(row.text), styles["body"]),
                     Paragraph(role, styles["body"]),
                     Paragraph(escape(row.status), styles["body"]),
                     Paragraph(escape(progress), styles["body"]), ""])
    width = PAGE[0] - 2 * MARGIN
    table = LongTable(data, repeatRows=1, colWidths=[
        width * share for share in (0.06, 0.33, 0.085, 0.1, 0.225, 0.2)])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F4E79")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F3F6FA")]),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 10),
    ]))
    story += [table, Spacer(1, 10 * mm)]
    signature = [Paragraph("Validated for " + escape(institution.name), styles["group"]),
                 Spacer(1, 4 * mm)]
    for label in ("Name: " + escape(", ".join(validators) if validators else "") +
                  " " + "_" * 40, "Signature: " + "_" * 50, "Date: " + "_" * 30):
        signature += [Paragraph(label, styles["body"]), Spacer(1, 6 * mm)]
    story.append(KeepTogether(signature))
    temporary = path.with_name(f".{path.name}.part")
    try:
        document = SimpleDocTemplate(str(temporary), pagesize=PAGE, leftMargin=MARGIN,
                                     rightMargin=MARGIN, topMargin=16 * mm,
                                     bottomMargin=16 * mm, title=title,
                                     author="NMRF Tracker")
        document.build(story, canvasmaker=lambda *args, **kwargs: _NumberedCanvas(
            *args, header=title, **kwargs))
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return len(rows)
