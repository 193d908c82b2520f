"""The consolidation summary as a PDF: per file, what came of it and of each change that did
not simply apply — to file with the meeting papers or send to the institution."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table

from app.code_words import field_words, record_words, words
from app.exchange.consolidate import FileResult
from app.exports.pdf_common import (
    EMBEDDED_FONT,
    grid_style,
    in_reading_order,
    numbered_canvas,
    register_fonts,
    styles,
    write_atomically,
)
from app.exports.scripts import paragraph
from app.i18n import _, current_language
from app.languages import language_named
from app.models.codes import ChangeOutcome, ExchangeFileStatus


def write_consolidation_summary(path: Path, results: list[FileResult], *,
                                database_title: str = "") -> Path:
    register_fonts()
    style = styles()
    right_to_left = language_named(current_language()).right_to_left
    width = landscape(A4)[0] - 30 * mm
    story = [paragraph(escape(_("Consolidation summary")), style["h1"]),
             paragraph(escape(f"{database_title} · {date.today().isoformat()} · "
                              + _("files: {0}").format(len(results))), style["small"]),
             Spacer(1, 4 * mm)]
    for result in results:
        data = result.as_json()
        story.append(paragraph(escape(f"{result.file} — {result.institution or '?'}"),
                               style["h2"]))
        facts = [_("Status: {0}").format(words(ExchangeFileStatus, result.status))]
        if result.reason:
            facts.append(result.reason)
        if result.unsigned:
            facts.append(_("Unsigned changes from a whole database file, accepted by the "
                           "operator."))
        if result.new_device:
            facts.append(_("New device registered, key fingerprint {0}.").format(
                result.fingerprint))
        facts.append(_("{0} applied, {1} unchanged, {2} rejected, {3} in conflict.").format(
            data["applied"], data["unchanged"], len(data["rejected"]), data["conflicts"]))
        story += [paragraph(escape(fact), style["text"]) for fact in facts]
        details = [o for o in result.outcomes
                   if o.outcome in (ChangeOutcome.REJECTED, ChangeOutcome.CONFLICT)]
        if details:
            rows = [[paragraph(escape(text), style["head"]) for text in (
                _("Change"), _("Record"), _("Outcome"), _("Reason or fields in conflict"))]]
            for outcome in details:
                rows.append([str(outcome.seq),
                             paragraph(escape(f"{record_words(outcome.table)} "
                                              f"{outcome.row_id}"), style["body"]),
                             paragraph(escape(words(ChangeOutcome, outcome.outcome)),
                                       style["body"]),
                             paragraph(escape(outcome.reason or ", ".join(
                                 field_words(field) for field in outcome.conflict_fields)),
                                 style["body"])])
            rows, widths, commands = in_reading_order(
                rows, [width * share for share in (0.08, 0.32, 0.1, 0.5)],
                right_to_left=right_to_left)
            table = Table(rows, repeatRows=1, style=EMBEDDED_FONT, colWidths=widths)
            table.setStyle(grid_style())
            table.setStyle(commands)
            story += [Spacer(1, 2 * mm), table]
        story.append(Spacer(1, 5 * mm))

    def build(filename: str) -> None:
        document = SimpleDocTemplate(filename, pagesize=landscape(A4), leftMargin=15 * mm,
                                     rightMargin=15 * mm, topMargin=16 * mm,
                                     bottomMargin=16 * mm, title=_("Consolidation summary"))
        document.build(story, canvasmaker=numbered_canvas(_("Consolidation summary"),
                                                          _("page {page} of {total}"),
                                                          right_to_left=right_to_left))

    write_atomically(Path(path), build)
    return Path(path)
