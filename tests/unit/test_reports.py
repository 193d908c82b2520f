"""PDF reports, read back with pypdf as a reader (or a search engine) would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from app.db.lifecycle import open_database
from app.errors import Cancelled, ValidationError
from app.exports.headings import Headings
from app.exports.matrix_data import matrix_rows
from app.exports.midterm_report import ReportOptions, write_midterm_report
from app.exports.reminder_letters import write_reminder_letters
from app.exports.validation_pack import write_validation_pack
from app.i18n import catalogue
from app.services import institutions
from app.services.plan import calendar_rows
from app.services.reference import institution_id_of
from app.services.register import update_recommendation
from app.services.register_reader import RegisterReader
from tests.conftest import AUTHOR


def test_validation_pack_lists_the_institution_with_pages_and_unicode_names(any_demo,
                                                                            tmp_path):
    with open_database(any_demo, author=AUTHOR) as db:
        with db.write() as session:
            moj = institution_id_of(session, "MOJ")
            institutions.add_person(session, moj, "Nguyễn Thị Hồng", "validating_authority")
        out = tmp_path / "moj.pdf"
        count = write_validation_pack(db, out, moj)
    pdf = PdfReader(out)
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert count > 0
    assert "Validation meeting — Ministry of Justice (MOJ)" in text
    assert f"page 1 of {len(pdf.pages)}" in text
    assert "Comments from the meeting" in text
    assert "Nguyễn Thị Hồng" in text, "non-Latin names print with the embedded font"
    fonts = {str(font) for page in pdf.pages
             for font in page["/Resources"]["/Font"].values()
             for font in [font.get_object()["/BaseFont"]]}
    assert any("DejaVuSans" in font for font in fonts)
    assert not list(tmp_path.glob(".*.part"))


def _text(path) -> tuple[PdfReader, list[str]]:
    pdf = PdfReader(path)
    return pdf, [page.extract_text() for page in pdf.pages]


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces as single spaces (wrapped lines rejoined)."""
    return " ".join(text.split())


def _outline_titles(pdf, items=None, depth=0) -> list[tuple[int, str, int]]:
    """(level, title, 1-based page) of every outline entry, in order."""
    found = []
    for item in pdf.outline if items is None else items:
        if isinstance(item, list):
            found += _outline_titles(pdf, item, depth + 1)
        else:
            found.append((depth, item.title, pdf.get_destination_page_number(item) + 1))
    return found


def test_midterm_report_has_cover_contents_figures_sections_annex_and_outline(any_demo,
                                                                               tmp_path):
    with open_database(any_demo, author=AUTHOR) as db:
        ids = RegisterReader(db).ids()
        with db.write() as session:
            update_recommendation(session, ids[0], text="Protect the Bình Định fishers and "
                                                        "the Đồng Nai communities (Côte)")
            rows = matrix_rows(session, ids, "en")
        summary = write_midterm_report(db, tmp_path / "midterm.pdf",
                                       ReportOptions(period="2022–2025"))
    pdf, pages = _text(tmp_path / "midterm.pdf")
    text = flat("\n".join(pages))
    assert summary.recommendations == len(ids) and summary.pages == len(pdf.pages)
    assert "Mid-term report on the implementation of recommendations" in flat(pages[0])
    assert "Republic of Veridia" in pages[0] and "2022–2025" in pages[0]
    assert "page 1 of" not in pages[0], "the cover carries no running header or footer"
    assert f"page 2 of {len(pdf.pages)}" in pages[1] and "Contents" in pages[1]
    assert "Bình Định fishers and the Đồng Nai communities" in text
    with_lead = sum(1 for row in rows if row.lead)
    assert f"Of the {len(ids)} recommendations covered, {with_lead} " in text
    for chart in ("Status of the recommendations", "Status by theme",
                  "Status by lead institution", "Status by mechanism"):
        assert chart in text
    themes = {row.groups["theme"] for row in rows}
    assert summary.sections == len(themes)
    outline = _outline_titles(pdf)
    top = [title for level, title, _ in outline if level == 0]
    assert top == ["1. Executive summary", "2. Implementation by theme",
                   "Annex: Implementation matrix"]
    sections = [(title, page) for level, title, page in outline if level == 1]
    assert {title.split(" ", 1)[1] for title, _ in sections} == themes
    recommendations = [title for level, title, _ in outline if level == 2]
    assert len(recommendations) == len(ids)
    contents = "\n".join(pdf.pages[number].extract_text(extraction_mode="layout")
                         for number in (1, 2))
    for title, page in sections[:5] + sections[-2:]:
        # The table of contents gives the page the outline (and the reader) lands on.
        assert title in pages[page - 1]
        line = next(line for line in contents.splitlines() if line.strip().startswith(title))
        assert line.split()[-1] == str(page), (title, line)
    annex = next(page for level, title, page in outline if title.startswith("Annex"))
    assert pdf.pages[annex - 1].mediabox.width > pdf.pages[annex - 1].mediabox.height
    assert "Next deadline" in flat(pages[annex - 1])
    # Each row names its source: the same reference in two documents is told apart.
    annex_text = flat("".join(pages[annex - 1:]))
    assert "Source" in annex_text and "UPR · DEMO/A/HRC" in annex_text
    assert not list(tmp_path.glob(".*.part"))


def test_midterm_report_for_one_institution_by_cluster(any_demo, tmp_path):
    with open_database(any_demo, author=AUTHOR) as db:
        with db.read() as session:
            moj = institution_id_of(session, "MOJ")
        scope = RegisterReader(db).institution_scope(moj)
        summary = write_midterm_report(db, tmp_path / "moj.pdf",
                                       ReportOptions(group_by="cluster", institution_id=moj))
    _, pages = _text(tmp_path / "moj.pdf")
    assert summary.recommendations == len(scope) > 0
    assert "Recommendations led or supported by Ministry of Justice (MOJ)" in flat(pages[0])
    assert "2. Implementation by cluster" in "\n".join(pages)


def test_cancelled_report_leaves_no_file(any_demo, tmp_path):
    with open_database(any_demo, author=AUTHOR) as db, pytest.raises(Cancelled):
        write_midterm_report(db, tmp_path / "m.pdf", cancelled=lambda: True)
    assert list(tmp_path.glob("*.pdf")) == [] and not list(tmp_path.glob(".*.part"))


def test_reminder_letters_one_per_institution_with_what_is_overdue(any_demo, tmp_path):
    today = date.today()
    with open_database(any_demo, author=AUTHOR) as db:
        with db.read() as session:
            due = [row for row in calendar_rows(session)
                   if row.institution and row.due_date <= today + timedelta(days=60)]
            moi = institution_id_of(session, "MOI")
            main = [p.full_name for p in institutions.people_of(session, moi)
                    if p.role == "focal_point_main"]
        letters = write_reminder_letters(db, tmp_path / "all.pdf", within_days=60)
        only = write_reminder_letters(db, tmp_path / "moi.pdf", moi, within_days=60)
    assert letters.letters == len({row.institution for row in due}) > 1
    assert letters.overdue == sum(1 for row in due if row.due_date < today)
    assert letters.due_soon == sum(1 for row in due if row.due_date >= today)
    _, pages = _text(tmp_path / "all.pdf")
    text = flat("\n".join(pages))
    for row in due:
        assert flat(row.title) in text
    _, pages = _text(tmp_path / "moi.pdf")
    assert only.letters == 1
    assert "Ministry of the Interior" in flat(pages[0]) and main[0] in flat(pages[0])
    assert "Days overdue" in flat(pages[0]) and "Signature" in pages[-1]
    assert "MOI — Ministry of the Interior" in pages[0], "the footer names the letter"


def test_reminders_refuse_an_empty_set_of_letters(empty_db, tmp_path):
    with pytest.raises(ValidationError, match="no institution has anything overdue"):
        write_reminder_letters(empty_db, tmp_path / "r.pdf")
    assert not list(tmp_path.glob("*r.pdf*"))


EXECUTIVE_SUMMARY = {"fr": "Résumé analytique", "es": "Resumen ejecutivo",
                     "ru": "Резюме", "zh_CN": "执行摘要"}


@pytest.mark.parametrize("language", ["fr", "es", "ar", "ru", "zh_CN"])
def test_every_report_heading_exists_in_each_language(any_demo, tmp_path, monkeypatch,
                                                      language):
    missing = set()
    translate = Headings.__call__
    translated = catalogue(language)._catalog  # gettext's table: msgid → translation

    def recording(self, text):
        if not translated.get(text):
            missing.add(text)
        return translate(self, text)

    monkeypatch.setattr(Headings, "__call__", recording)
    with open_database(any_demo, author=AUTHOR) as db:
        with db.read() as session:
            moh = institution_id_of(session, "MOH")
        write_midterm_report(db, tmp_path / "m.pdf", ReportOptions(language=language))
        write_validation_pack(db, tmp_path / "v.pdf", moh, language=language)
        write_reminder_letters(db, tmp_path / "r.pdf", within_days=400, language=language)
    assert missing == set()
    if language in EXECUTIVE_SUMMARY:
        _, pages = _text(tmp_path / "m.pdf")
        assert EXECUTIVE_SUMMARY[language] in "\n".join(pages)


def test_a_contents_running_a_few_lines_over_a_page_is_set_closer_to_fit():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle

    from app.exports.midterm_report import _Document, _on_fewest_pages
    from app.exports.pdf_common import ContentsLine

    _, height = _Document.frame_size(A4)

    def make(count):
        def lines(scale):
            style = ParagraphStyle("line", fontSize=9, leading=13 * scale)
            return [ContentsLine(f"2.{n} A theme", f"k{n}", style) for n in range(count)]
        return lines

    just_over = int(height // 13) + 2  # a page and two lines at the normal spacing
    chosen = _on_fewest_pages(make(just_over))
    assert chosen[0].style.leading < 13  # closer: one page
    far_over = int(height // 13) * 2  # two full pages: closer would not spare one
    assert _on_fewest_pages(make(far_over))[0].style.leading == 13


def test_long_chart_labels_wrap_onto_a_second_line_rather_than_being_cut():
    from app.exports.report_charts import LABEL_CHARACTERS, _short

    name = "Ministry of Women, Children and Social Welfare (MWCSW)"
    assert len(name) > LABEL_CHARACTERS
    assert _short(name).replace("\n", " ") == name and "\n" in _short(name)
    assert _short("MOJ") == "MOJ"
    very_long = " ".join(["Commission"] * 12)
    _, second = _short(very_long).split("\n")
    assert second.endswith("…") and len(second) <= LABEL_CHARACTERS
