"""Counts in the window read "1 backup", "3 backups": every %n message of app/ui has its
English forms in the committed catalogue, and the window loads it."""

from __future__ import annotations

from tests.conftest import packaging_tool


def _builder():
    return packaging_tool("translations")


def test_the_english_plural_catalogue_is_up_to_date_with_the_window():
    assert _builder().main(["--check"]) == 0, \
        "run .venv/bin/python packaging/translations.py and commit what it writes"


def test_english_forms_agree_with_their_count():
    builder = _builder()
    source = "%n row(s) were rejected. Import the other rows on their own?"
    assert builder.singular(source) == "%n row was rejected. Import the other rows on their own?"
    assert builder.plural(source).startswith("%n rows were rejected.")


def test_the_window_says_one_backup_and_three_backups(qapp):
    from PySide6.QtCore import QCoreApplication

    from app.languages import ENGLISH
    from app.ui.language import install_translators

    translators = install_translators(qapp, ENGLISH)
    assert translators, "resources/translations/nmrf_tracker_en.qm was not loaded"
    tr = QCoreApplication.translate
    assert tr("ExchangeCommandsMixin", "%n change(s)", "", 1) == "1 change"
    assert tr("ExchangeCommandsMixin", "%n change(s)", "", 3) == "3 changes"


def test_a_count_written_in_a_mixin_is_found_from_the_window(qapp, qtbot, window):
    """lupdate files a mixin's messages under the mixin's name; the window must find them."""
    from app.languages import ENGLISH
    from app.ui.language import install_translators

    install_translators(qapp, ENGLISH)
    assert window._outside_warning(("x",)).strip().startswith("Warning: 1 row was changed")
    assert "3 rows were changed" in window._outside_warning(("x", "y", "z"))
