"""Reminder letters (PDF): per institution, what is overdue and what falls due soon, ready to
print, sign and hand over or scan (no e-mail needed, none sent)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
)
from sqlalchemy import select

from app.db.database import Database
from app.errors import ValidationError
from app.exports.headings import Headings
from app.exports.pdf_common import (
    EMBEDDED_FONT,
    RunningNote,
    grid_style,
    in_reading_order,
    numbered_canvas,
    register_fonts,
    styles,
    write_atomically,
)
from app.exports.scripts import paragraph
from app.models import DatabaseInfo, Institution, State
from app.models.codes import InstitutionKind, PersonRole
from app.services.institutions import people_of
from app.services.plan import DeadlineRow, calendar_rows
from app.services.vocabulary_names import state_name

DUE_SOON_DAYS = 30


@dataclass(frozen=True)
class RemindersSummary:
    path: Path
    letters: int  # one per institution
    overdue: int
    due_soon: int


@dataclass
class _Letter:
    code: str
    name: str
    addressees: list[str]
    overdue: list[DeadlineRow]
    due_soon: list[DeadlineRow]


def write_reminder_letters(db: Database, path: Path, institution_id: str | None = None, *,
                           within_days: int = DUE_SOON_DAYS, language: str = "en",
                           today: date | None = None) -> RemindersSummary:
    """One letter per institution with something overdue or due within `within_days` (only
    that institution's with institution_id); refuses to print an empty set of letters."""
    if within_days < 0:
        raise ValidationError(f"due within: expected a number of days ≥ 0, got {within_days}")
    register_fonts()
    t = Headings(language)
    today = today or date.today()
    horizon = today + timedelta(days=within_days)
    with db.read() as session:
        info = DatabaseInfo.of(session)
        found = session.execute(select(State.iso3, State.name)
                                .where(State.id == info.state_id)).first()
        state = state_name(found[0], found[1], language) if found else ""
        secretariat = session.scalar(select(Institution.name).where(
            Institution.kind == InstitutionKind.SECRETARIAT, Institution.deleted.is_(False))) or ""
        institutions = session.scalars(select(Institution).where(
            Institution.deleted.is_(False)).order_by(Institution.code)).all()
        letters = []
        for institution in institutions:
            if institution_id and institution.id != institution_id:
                continue
            due = [row for row in calendar_rows(session, institution_id=institution.id)
                   if row.due_date <= horizon]
            if not due:
                continue
            people = people_of(session, institution.id)
            addressees = [p.full_name for p in people
                          if p.role in (PersonRole.FOCAL_POINT_MAIN,
                                        PersonRole.FOCAL_POINT_ALTERNATE)]
            letters.append(_Letter(
                institution.code, institution.name, addressees,
                [row for row in due if row.due_date < today],
                [row for row in due if row.due_date >= today]))
        if not letters:
            if institution_id:
                named = session.get(Institution, institution_id)
                name = named.code if named else institution_id
                raise ValidationError(
                    f"reminders: {name} has nothing overdue or due within {within_days} days")
            raise ValidationError(f"reminders: no institution has anything overdue or due "
                                  f"within {within_days} days")
    style = styles()
    story: list = []
    for letter in letters:
        if story:
            story.append(PageBreak())
        story += _letter(letter, secretariat, state, within_days, today,
                         t, style)
    title = t("Reminder letters")

    def build(filename: str) -> None:
        document = SimpleDocTemplate(filename, pagesize=A4, leftMargin=20 * mm,
                                     rightMargin=20 * mm, topMargin=20 * mm,
                                     bottomMargin=18 * mm, title=title,
                                     author=secretariat or "NMRF Tracker")
        document.build(story, canvasmaker=numbered_canvas("", "{note}",
                                                          right_to_left=t.right_to_left))

    write_atomically(path, build)
    return RemindersSummary(path, len(letters), sum(len(x.overdue) for x in letters),
                            sum(len(x.due_soon) for x in letters))


def _letter(letter: _Letter, secretariat: str, state: str, within_days: int, today: date,
            t: Headings, style) -> list:
    text = style["text"]
    subject = t("Follow-up of human rights recommendations: overdue and upcoming deadlines")
    story = [RunningNote(f"{letter.code} — {letter.name}"),
             paragraph(f"<b>{escape(secretariat)}</b>", style["text"])]
    if state:
        story.append(paragraph(escape(state), style["small"]))
    story += [Spacer(1, 4 * mm),
              paragraph(escape(today.isoformat()), text.clone("right", alignment=2)),
              Spacer(1, 4 * mm),
              paragraph(f"{escape(t('To'))}: <b>{escape(letter.name)}</b> "
                        f"({escape(letter.code)})", text)]
    if letter.addressees:
        story.append(paragraph(f"{escape(t('For the attention of'))}: "
                               f"{escape(', '.join(letter.addressees))}", text))
    story += [Spacer(1, 5 * mm),
              paragraph(f"<b>{escape(t('Subject'))}: {escape(subject)}</b>", text),
              Spacer(1, 4 * mm),
              paragraph(escape(t("Dear colleague,")), text),
              paragraph(escape(t(
                  "According to the records of the national mechanism on {0}, the items listed "
                  "below, for which your institution is responsible, are overdue or fall due "
                  "within the next {3} days (overdue: {1}; due soon: {2}). We would be grateful "
                  "if you could complete them, or let the secretariat know the revised "
                  "timetable, and record the progress made so that it can be reported.").format(
                  today.isoformat(), len(letter.overdue), len(letter.due_soon), within_days)),
                  text)]
    width = A4[0] - 40 * mm
    if letter.overdue:
        story += [paragraph(escape(t("Overdue")), style["h3"]),
                  _items(letter.overdue, t("Days overdue"), today, t, style, width)]
    if letter.due_soon:
        story += [paragraph(escape(t("Due within {0} days").format(within_days)), style["h3"]),
                  _items(letter.due_soon, t("Days left"), today, t, style, width)]
    story += [Spacer(1, 6 * mm), paragraph(escape(t("Yours sincerely,")), text),
              KeepTogether([Spacer(1, 14 * mm),
                            paragraph(escape(t("For the secretariat")) + ": "
                                      + escape(secretariat), style["group"]),
                            Spacer(1, 6 * mm),
                            paragraph(escape(t("Name")) + ": " + "_" * 40, text),
                            Spacer(1, 4 * mm),
                            paragraph(escape(t("Signature")) + ": " + "_" * 40, text)])]
    return story


def _items(rows: list[DeadlineRow], days_heading: str, today: date, t: Headings, style,
           width: float) -> Table:
    data = [[paragraph(escape(text), style["head"]) for text in (
        t("Due date"), days_heading, t("What"), t("Concerns"))]]
    for row in rows:
        data.append([row.due_date.isoformat(), str(abs((row.due_date - today).days)),
                     paragraph(escape(row.title), style["body"]),
                     paragraph(escape(row.concerns), style["body"])])
    data, widths, commands = in_reading_order(
        data, [width * share for share in (0.15, 0.12, 0.38, 0.35)],
        right_to_left=t.right_to_left)
    table = Table(data, repeatRows=1, style=EMBEDDED_FONT, colWidths=widths)
    table.setStyle(grid_style())
    table.setStyle(commands)
    return table
