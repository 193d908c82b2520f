"""The window's language: its catalogues, Qt's own, the locale of dates and the direction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QApplication

from app.i18n import use_language
from app.languages import ENGLISH, FOLLOW_SYSTEM, UN_LANGUAGES, Language, language_for
from app.paths import resource_path
from app.ui.bidi import IsolatedCellsStyle

_installed: list[QTranslator] = []


def _catalogue_folder() -> str:
    return str(resource_path("translations"))


def _qt_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def offered_languages() -> list[Language]:
    """English, and every language whose catalogue ships with the application."""
    folder = resource_path("translations")
    return [language for language in UN_LANGUAGES if language is ENGLISH
            or (folder / f"nmrf_tracker_{language.code}.qm").exists()]


def chosen_language(preference: str) -> Language:
    language = language_for(preference, QLocale.system().name())
    return language if language in offered_languages() else ENGLISH


def install_translators(app: QCoreApplication, language: Language | None = None) -> list:
    """Replaces the catalogues installed before: English plural forms first (what every
    language falls back on), then Qt's own for the standard buttons and dialogs, then ours;
    the translator installed last is asked first."""
    language = language or chosen_language(FOLLOW_SYSTEM)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    wanted = [("nmrf_tracker_en", _catalogue_folder())]
    if language is not ENGLISH:
        wanted += [(f"qtbase_{language.code}", _qt_folder()),
                   (f"nmrf_tracker_{language.code}", _catalogue_folder())]
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language.qt_locale))
    use_language(language.code)  # what the core says, and the documents' first choice
    if isinstance(app, QApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language.right_to_left
                               else Qt.LayoutDirection.LeftToRight)
        _draw_cells_isolated(app, language.right_to_left)
    return list(_installed)


def _draw_cells_isolated(app: QApplication, wanted: bool) -> None:
    current = app.style()
    if wanted and not isinstance(current, IsolatedCellsStyle):
        app.setStyle(IsolatedCellsStyle(current.name()))
    elif not wanted and isinstance(current, IsolatedCellsStyle):
        app.setStyle(current.baseStyle().name())


def remove_translators(app: QCoreApplication) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def add_language_menu(window) -> None:
    """Settings > Language: each language in its own name, so that anyone finds theirs."""
    menu = window.menuBar().addMenu(window.tr("&Language"))
    group = QActionGroup(window)
    current = window.settings.language
    entries = [(FOLLOW_SYSTEM, window.tr("As the system ({0})").format(
        chosen_language(FOLLOW_SYSTEM).name))]
    entries += [(language.code, language.name) for language in offered_languages()]
    for code, name in entries:
        action = menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == current)
        group.addAction(action)
        action.triggered.connect(lambda _=False, c=code: switch_language(window, c))
        if code == FOLLOW_SYSTEM:
            menu.addSeparator()
    window.language_menu = menu


def switch_language(window, code: str) -> None:
    """Keeps the choice and reopens the window in it, with the same database open."""
    from app.ui import messages
    from app.ui.main_window import MainWindow

    if code == window.settings.language:
        return
    if window.tasks.busy:
        messages.show_info(window, window.tr("Language"), window.tr(
            "Wait until the work in progress has finished, then choose the language again."))
        return
    window.settings.language = code
    window.settings.save()
    application = QCoreApplication.instance()
    assert application is not None, "a window exists, so the application does"
    install_translators(application, chosen_language(code))
    successor = MainWindow(paths=window.paths, settings=window.settings, tasks=window.tasks,
                           author=window.author)
    database, window.db = window.db, None
    successor.setGeometry(window.geometry())
    if database is not None:
        successor.attach(database)
    successor.show()
    window.close()
