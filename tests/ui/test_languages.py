"""The window in each UN language: translated, right to left in Arabic, within 1366 pixels."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from app.languages import ENGLISH, language_named
from app.ui.language import install_translators, offered_languages
from app.ui.main_window import MainWindow
from tests.conftest import packaging_tool
from tests.ui.conftest import wait_for_database

ROOT = Path(__file__).resolve().parents[2]


TRANSLATIONS = packaging_tool("translations")
TRANSLATED = [code for code in TRANSLATIONS.LANGUAGES if code != "en"]


def _sources_translated_otherwise(code: str) -> set[str]:
    """The English sources whose translation in this language reads differently."""
    root = ET.parse(ROOT / "resources" / "translations" / f"nmrf_tracker_{code}.ts").getroot()
    found = set()
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if message.get("numerus") != "yes" and (translation.text or "") not in ("", source):
            found.add(source.replace("&", ""))
    return found


def _visible_texts(window) -> list[str]:
    texts = [menu.title() for menu in window.menuBar().findChildren(type(window.menuBar()
                                                                           .addMenu("x")))]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisible() and widget.text():
            texts.append(widget.text().replace("&", ""))
    return texts


@pytest.fixture
def in_language(qapp):
    """Installs a language for one test, then English again for the others."""
    def install(code: str):
        return install_translators(qapp, language_named(code))
    yield install
    install_translators(qapp, ENGLISH)


def test_every_finished_catalogue_is_offered_in_its_own_name():
    names = {language.code: language.name for language in offered_languages()}
    assert names["en"] == "English"
    for code in TRANSLATED:
        assert code in names, f"nmrf_tracker_{code}.qm is not shipped"
    if "ar" in names:
        assert names["ar"] == "العربية"


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_main_pages_speak_the_language_and_fit_a_laptop(qtbot, window, in_language,
                                                              code):
    in_language(code)
    shown = MainWindow(paths=window.paths, settings=window.settings, tasks=window.tasks,
                       author=window.author)
    qtbot.addWidget(shown)
    shown.resize(1366, 768)
    shown.show()
    shown.open_demo()
    wait_for_database(qtbot, shown)
    assert shown.recommendations.model.rowCount() == 300
    untranslated = _sources_translated_otherwise(code)
    assert shown.menuBar().actions()[0].text() != "&File"
    for page in (shown.recommendations, shown.dashboard, shown.plan, shown.calendar,
                 shown.institutions, shown.exchange, shown.vocabularies, shown.activity):
        shown.show_page(page)
        qtbot.wait(10)
        left_in_english = [text for text in _visible_texts(shown) if text in untranslated]
        assert not left_in_english, f"{type(page).__name__} in {code}: {left_in_english}"
        assert shown.minimumSizeHint().width() <= 1366, type(page).__name__
    right_to_left = language_named(code).right_to_left
    assert shown.isRightToLeft() is right_to_left
    assert (QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft) is right_to_left
    if right_to_left:
        # One kind of digit everywhere: dates in the forms as in the tables (0-9).
        assert QLocale().zeroDigit() == "0"
        assert QLocale().toString(QDate(2026, 3, 5), "d/M/yyyy") == "5/3/2026"
    # The first row is selected and read in full, right to left too (select_row).
    assert shown.recommendations.detail.detail is not None
    shown.tasks.wait()
    shown.close_database()


def test_choosing_a_language_reopens_the_window_in_it_with_the_database(qtbot, window,
                                                                        in_language):
    if "fr" not in TRANSLATED:
        pytest.skip("the French catalogue is not finished")
    window.open_demo()
    wait_for_database(qtbot, window)
    database = window.db
    french = next(action for action in window.language_menu.actions()
                  if action.text() == "Français")
    french.trigger()
    successors = [widget for widget in QApplication.topLevelWidgets()
                  if isinstance(widget, MainWindow) and widget.isVisible()]
    assert len(successors) == 1 and successors[0] is not window
    successor = successors[0]
    qtbot.addWidget(successor)
    assert successor.db is database, "the database is handed over, not reopened"
    assert window.db is None
    assert window.settings.language == "fr"
    assert successor.menuBar().actions()[0].text() == "&Fichier"
    saved = type(window.settings).load(window.settings.path)
    assert saved.language == "fr", "kept for the next start"
    successor.tasks.wait()
    successor.close_database()


def test_a_translation_that_loses_a_field_is_reported(tmp_path, monkeypatch):
    broken = tmp_path / "nmrf_tracker_fr.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr"><context>'
        "<name>MainWindow</name><message><source>Cannot open {0}</source>"
        "<translation>Impossible d’ouvrir</translation></message><message>"
        "<source> — off track</source><translation>— hors trajectoire</translation>"
        "</message></context></TS>", encoding="utf-8")
    monkeypatch.setattr(TRANSLATIONS, "FOLDER", tmp_path)
    found = TRANSLATIONS.mismatches("fr")
    assert len(found) == 2
    assert "Cannot open {0}" in found[0]


def test_the_user_guide_exists_in_each_language_and_opens_in_the_windows(qtbot, in_language):
    from app.ui.dialogs.help import GUIDE_PAGES, GuideDialog, guide_page

    for language in ("en", *TRANSLATED):
        for name in GUIDE_PAGES:
            assert guide_page(name, language).parent.name == language, (language, name)
    in_language("fr")
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "Pour le secrétariat" in dialog.tabs.widget(0).toPlainText()
    assert dialog.tabs.tabText(1) == "Point focal"


@pytest.mark.parametrize("code, created_action, created_indicator", [
    # A participle would agree with the kind ("Action créée", "Indicateur créé"): the
    # sentences are worded so that nothing has to agree with what is filled in.
    ("fr", "Création : Action « Former les juges »", "Création : Indicateur « Part »"),
    ("ar", "إنشاء: إجراء «Former les juges»", "إنشاء: مؤشر «Part»"),
])
def test_a_change_is_told_in_a_sentence_that_agrees_whatever_it_names(
        in_language, code, created_action, created_indicator):
    from datetime import datetime

    from app.services.history import Change
    from app.ui.change_sentences import ChangeSentences
    from app.ui.change_words import ChangeWords

    in_language(code)
    sentences = ChangeSentences(ChangeWords())

    def created(table: str, name: str) -> str:
        return sentences.sentence(Change(when=datetime(2026, 1, 5), author="amina",
                                         table=table, operation="insert", row_id="1",
                                         fields=(), name=name))

    assert created("action", "Former les juges") == created_action
    assert created("indicator", "Part") == created_indicator
    assert ChangeWords().what("action", "insert") == created_action.split(" «")[0]
