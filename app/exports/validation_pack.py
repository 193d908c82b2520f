"""The validation-meeting pack of one institution (PDF, reportlab).

Printed for the meeting where a ministry's validating authority goes through its
recommendations: each with its current status and latest accepted progress, an empty column
for the meeting's comments, and a signature block. Unicode font shipped in resources/fonts so
accents and non-Latin names print; "page X of Y", running header and footer.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, SimpleDocTemplate, Spacer

from app.db.database import Database
from app.exports.headings import Headings
from app.exports.matrix_data import matrix_rows
from app.exports.pdf_common import (
    EMBEDDED_FONT,
    MARGIN,
    grid_style,
    in_reading_order,
    numbered_canvas,
    pdf_estimate,
    register_fonts,
    styles,
    write_atomically,
)
from app.exports.scripts import paragraph
from app.models.codes import PersonRole
from app.services.institutions import institution_facts, people_of
from app.services.register_reader import RegisterReader

PAGE = landscape(A4)


def write_validation_pack(db: Database, path: Path, institution_id: str,
                          language: str = "en") -> int:
    """Writes the pack under a temporary name, then renames it; returns how many
    recommendations it lists (led or supported by the institution)."""
    register_fonts()
    style = styles()
    t = Headings(language)
    reader = RegisterReader(db)
    ids = reader.institution_scope(institution_id)
    with db.read() as session:
        rows = matrix_rows(session, ids, language)
        institution = institution_facts(session, institution_id)
        validators = [p.full_name for p in people_of(session, institution_id)
                      if p.role == PersonRole.VALIDATING_AUTHORITY]
    title = t("Validation meeting — {0}").format(f"{institution.name} ({institution.code})")
    story = [paragraph(escape(title), style["title"]),
             paragraph(escape(t(
                 "{0} recommendations led or supported by {1}, as recorded on {2}. For each, "
                 "the current status and the latest accepted progress; the last column is "
                 "for the meeting's comments.").format(
                 len(rows), institution.code, date.today().isoformat())), style["subtitle"])]
    header = [paragraph(escape(text), style["head"]) for text in (
        t("Ref."), t("Recommendation"), t("Role"), t("Status"), t("Latest accepted progress"),
        t("Comments from the meeting"))]
    data = [header]
    for row in rows:
        role = t("lead") if institution.code in row.lead.split("; ") else t("supporting")
        progress = row.narrative or "—"
        if row.assessment_period:
            progress = f"{row.assessment_period}: {progress}"
        data.append([paragraph(escape(row.reference), style["body"]),
                     paragraph(escape(row.text), style["body"]),
                     paragraph(escape(role), style["body"]),
                     paragraph(escape(t(row.status)), style["body"]),
                     paragraph(escape(progress), style["body"]), ""])
    width = PAGE[0] - 2 * MARGIN
    data, widths, commands = in_reading_order(
        data, [width * share for share in (0.06, 0.33, 0.085, 0.1, 0.225, 0.2)],
        right_to_left=t.right_to_left)
    table = LongTable(data, repeatRows=1, style=EMBEDDED_FONT, colWidths=widths)
    table.setStyle(grid_style())
    table.setStyle(commands)
    table.setStyle([("BOTTOMPADDING", (0, 1), (-1, -1), 10)])
    story += [table, Spacer(1, 10 * mm)]
    signature = [paragraph(escape(t("Validated for {0}").format(institution.name)),
                           style["group"]), Spacer(1, 4 * mm)]
    for label in (f"{t('Name')}: {', '.join(validators)} " + "_" * 40,
                  f"{t('Signature')}: " + "_" * 50, f"{t('Date')}: " + "_" * 30):
        signature += [paragraph(escape(label), style["body"]), Spacer(1, 6 * mm)]
    story.append(KeepTogether(signature))

    def build(filename: str) -> None:
        document = SimpleDocTemplate(filename, pagesize=PAGE, leftMargin=MARGIN,
                                     rightMargin=MARGIN, topMargin=16 * mm,
                                     bottomMargin=16 * mm, title=title,
                                     author="NMRF Tracker")
        document.build(story, canvasmaker=numbered_canvas(title, t("page {page} of {total}"),
                                                         right_to_left=t.right_to_left))

    write_atomically(path, build, estimate=pdf_estimate(len(rows)))
    return len(rows)
