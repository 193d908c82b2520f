"""PDF reports, read back with pypdf as a reader (or a search engine) would."""

from __future__ import annotations

from pypdf import PdfReader

from app.db.lifecycle import open_database
from app.exports.validation_pack import write_validation_pack
from app.services import institutions
from app.services.reference import institution_id_of
from tests.conftest import AUTHOR


def test_validation_pack_lists_the_institution_with_pages_and_unicode_names(demo_path,
                                                                            tmp_path):
    with open_database(demo_path, author=AUTHOR) as db:
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
