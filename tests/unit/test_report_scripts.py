"""Every script in the PDF reports: Arabic shaped and right to left, Chinese in its font,
mixed text, every font embedded; the core's catalogues complete."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db.lifecycle import copy_database, open_database
from app.exports.midterm_report import ReportOptions, write_midterm_report
from app.exports.pdf_common import in_reading_order
from app.exports.right_to_left import log2vis
from app.exports.scripts import first_strong_direction
from app.i18n import catalogue
from tests.conftest import AUTHOR, packaging_tool

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def reports(tmp_path_factory, demo_template):
    folder = tmp_path_factory.mktemp("scripts")
    copy_database(demo_template, folder / "demo.db")
    with open_database(folder / "demo.db", author=AUTHOR) as db:
        for language in ("ar", "zh_CN", "ru"):
            write_midterm_report(db, folder / f"{language}.pdf",
                                 ReportOptions(language=language))
    return folder


def _lines(path: Path, page: int) -> list[str]:
    text = PdfReader(path).pages[page].extract_text()
    # HarfBuzz draws Arabic letters in their joined forms; NFKC reads them as letters.
    return [unicodedata.normalize("NFKC", line).strip() for line in text.splitlines()]


def _read_right_to_left(line: str) -> list[str]:
    """The words of a line as an Arabic reader meets them: pypdf gives each word's letters
    in order and the words as they stand on the page, left to right."""
    words = line.split()
    return words[::-1] if first_strong_direction(line) == "R" else words


def test_the_bidi_hook_orders_a_mixed_line_as_unicode_says():
    positions: list[int] = []
    shown = log2vis("التوصية 142.8 (UPR)", "RTL", positions_V_to_L=positions)
    assert shown == "(UPR) 142.8 ةيصوتلا"
    assert sorted(positions) == list(range(len(shown)))


def test_an_arabic_report_reads_right_to_left_in_logical_order(reports):
    cover = " ".join(_lines(reports / "ar.pdf", 0))
    assert "Republic of Veridia" in cover, "an English name inside an Arabic page"
    summary = _lines(reports / "ar.pdf", 2)
    heading = next(line for line in summary if "الملخص" in line)
    # pypdf puts the section number where its own reading meets it; the words are the test.
    assert [word for word in _read_right_to_left(heading)
            if first_strong_direction(word) == "R"] == ["الملخص", "التنفيذي"]
    for phrase in ("لها مؤسسة رائدة", "مؤشرات خارج المسار", "لها موعد نهائي متأخر"):
        assert phrase.split() in [_read_right_to_left(line) for line in summary], phrase
    title = [_read_right_to_left(line) for line in _lines(reports / "ar.pdf", 0)]
    assert ["تقرير", "منتصف", "المدة", "عن", "تنفيذ", "التوصيات"] in title


def _across(path: Path, *headings: str) -> dict[str, float]:
    """Where each heading stands across its page (points from the left), on the first page
    that prints them all."""
    for page in PdfReader(path).pages:
        found: dict[str, float] = {}
        line: list = []  # pieces of the line being read, and where it starts

        def visit(text, cm, tm, _font, _size, found=found, line=line):
            if text.strip():
                # Each piece as drawn (a chart's label), and whole lines (below).
                found.setdefault(unicodedata.normalize("NFKC", text).strip(),
                                 cm[4] + tm[4] * cm[0])
            if text.strip() and not line:
                line.append(cm[4] + tm[4] * cm[0])
            if not line:
                return
            line.append(text)
            if text.endswith("\n"):
                # Chinese may come a character at a time: a line is what is between breaks.
                words = unicodedata.normalize("NFKC", "".join(line[1:])).strip()
                found.setdefault(words, line[0])
                line.clear()

        page.extract_text(visitor_text=visit)
        if all(heading in found for heading in headings):
            return {heading: found[heading] for heading in headings}
    raise AssertionError(f"no page of {path.name} prints {headings}")


@pytest.mark.parametrize("language", ["ar", "zh_CN"])
def test_the_annex_columns_run_in_the_direction_of_the_language(reports, language):
    words = catalogue(language)
    reference, recommendation, status = (words.gettext(text) for text in (
        "Ref.", "Recommendation", "Status"))
    if language == "ar":
        # One word a heading here: pypdf returns it as written.
        across = _across(reports / "ar.pdf", reference, recommendation)
        assert across[reference] > across[recommendation], "Arabic: the reference on the right"
    else:
        across = _across(reports / "zh_CN.pdf", reference, recommendation, status)
        assert across[reference] < across[recommendation] < across[status]


@pytest.mark.parametrize("language", ["ar", "zh_CN"])
def test_the_charts_grow_in_the_direction_of_the_language(reports, language):
    # The overall status chart of the summary: the name of a bar beside the axis's 0.
    label = catalogue(language).gettext("Not implemented")
    across = _across(reports / f"{language}.pdf", label, "0")
    if language == "ar":
        assert across[label] > across["0"], "Arabic: the names on the right"
    else:
        assert across[label] < across["0"]


def test_a_table_read_right_to_left_keeps_each_command_on_its_cells():
    rows, widths, commands = in_reading_order(
        [["ref", "text", "date"]], [10.0, 50.0, 20.0],
        [("FONT", (0, 1), (0, 1), "Bold"), ("ALIGN", (1, 0), (-1, -1), "RIGHT")],
        right_to_left=True)
    assert rows == [["date", "text", "ref"]] and widths == [20.0, 50.0, 10.0]
    assert commands == [("ALIGN", (0, 0), (-1, -1), "RIGHT"), ("FONT", (2, 1), (2, 1), "Bold"),
                        ("ALIGN", (0, 0), (1, -1), "RIGHT")]
    assert in_reading_order([["a", "b"]], [1.0, 2.0], right_to_left=False) == (
        [["a", "b"]], [1.0, 2.0], [])


def test_a_chinese_report_keeps_its_words_and_the_english_it_quotes(reports):
    cover = "".join(_lines(reports / "zh_CN.pdf", 0))
    assert "建议落实情况中期报告" in cover
    summary = "\n".join(_lines(reports / "zh_CN.pdf", 2))
    assert "执行摘要" in summary
    assert "在所涵盖的" in summary and "项建议中" in summary
    section = "\n".join(_lines(reports / "zh_CN.pdf", 4))
    assert "的进展报告" in section or "牵头机构" in section
    assert any(word in section for word in ("Ensure", "Ratify", "Adopt", "Strengthen")), \
        "the English recommendation texts print beside the Chinese headings"


def test_cyrillic_prints(reports):
    assert "Резюме" in "\n".join(_lines(reports / "ru.pdf", 2))


@pytest.mark.parametrize("language", ["ar", "zh_CN", "ru"])
def test_every_font_of_the_reports_is_embedded(reports, language):
    fonts = {}
    for page in PdfReader(reports / f"{language}.pdf").pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() \
                if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            fonts[font["/BaseFont"]] = descriptor is not None and "/FontFile2" in \
                descriptor.get_object()
    assert fonts and all(fonts.values()), fonts
    if language == "zh_CN":
        assert any("WenQuanYi" in name for name in fonts)


def test_the_core_catalogues_are_complete_and_compiled():
    assert packaging_tool("core_messages").check() == []


def test_the_window_and_the_documents_say_the_same_words():
    """One glossary: a status reads the same in the register and in the printed report."""
    import xml.etree.ElementTree as ET

    from app.i18n import catalogue

    words = ("Not implemented", "Not started", "In progress", "Partially implemented",
             "Fully implemented", "No longer relevant", "Supported", "Supported in part",
             "Noted", "Not applicable", "Not assessed", "Supporting", "Cancelled",
             "Completed", "Ongoing", "Planned")
    for language in ("fr", "es", "ar", "ru", "zh_CN"):
        root = ET.parse(ROOT / "resources" / "translations"
                        / f"nmrf_tracker_{language}.ts").getroot()
        window = {message.findtext("source"): message.find("translation").text
                  for context in root.iter("context") if context.findtext("name") in (
                      "CodeLabels", "DetailPane") for message in context.iter("message")}
        document = catalogue(language)
        differ = {word: (window[word], document.gettext(word)) for word in words
                  if word in window and window[word] != document.gettext(word)}
        assert differ == {}, language
