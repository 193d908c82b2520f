"""The six UN languages the application speaks, and which one a run uses (no Qt)."""

from __future__ import annotations

import locale
import os
from dataclasses import dataclass

FOLLOW_SYSTEM = ""  # the setting's value when the user has not chosen


@dataclass(frozen=True)
class Language:
    code: str  # as the catalogues are named: "fr", "zh_CN"
    name: str  # in its own words, so that whoever cannot read the window finds theirs
    right_to_left: bool = False
    # The locale the window formats dates and numbers in. Arabic uses one whose digits are
    # 0–9, as UN Arabic documents print paragraph numbers and as recommendation references
    # (142.8) are written: one kind of digit everywhere, dates included.
    locale: str = ""

    @property
    def qt_locale(self) -> str:
        return self.locale or self.code


UN_LANGUAGES = (
    Language("en", "English", locale="en_GB"),
    Language("fr", "Français", locale="fr_FR"),
    Language("es", "Español", locale="es_ES"),
    Language("ar", "العربية", right_to_left=True, locale="ar_AE"),
    Language("ru", "Русский", locale="ru_RU"),
    Language("zh_CN", "中文", locale="zh_CN"),
)
ENGLISH = UN_LANGUAGES[0]
_BY_CODE = {language.code: language for language in UN_LANGUAGES}


def language_named(code: str) -> Language:
    """One of the six UN languages by its code; English for a code that is none of them."""
    return _BY_CODE.get(code, ENGLISH)


def language_for(preference: str, system_locale: str) -> Language:
    """The language chosen in the settings, else the system's when it is a UN language, else
    English. `system_locale` is a locale name such as "fr_CA", "zh_Hans_CN" or "ar-EG"."""
    if preference in _BY_CODE:
        return _BY_CODE[preference]
    name = system_locale.replace("-", "_")
    if name.startswith("zh"):
        # Simplified Chinese is the UN's; Traditional readers read it better than English.
        return _BY_CODE["zh_CN"]
    return _BY_CODE.get(name.split("_")[0].split(".")[0].lower(), ENGLISH)


LANGUAGE_VARIABLE = "NMRF_TRACKER_LANGUAGE"  # this run's language, whatever the settings say
_ENGLISH_NAMES = {"english": "en", "french": "fr", "spanish": "es", "arabic": "ar",
                  "russian": "ru", "chinese": "zh_CN"}


def system_locale_name() -> str:
    """The system's language as a locale name ("fr_FR"), without Qt: the environment's
    variables, else what Python reads from the system ("French_France" on Windows)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "").split(":")[0]
        if value and value != "POSIX" and value.split(".")[0] != "C":
            return value
    name = locale.getlocale()[0] or ""
    return _ENGLISH_NAMES.get(name.split("_")[0].lower(), name)


def command_line_language() -> Language:
    """The language the command line writes in: NMRF_TRACKER_LANGUAGE, else the one chosen
    in the window (the same settings file), else the system's."""
    from app.paths import app_paths
    from app.settings import Settings

    chosen = os.environ.get(LANGUAGE_VARIABLE, "")
    if chosen not in _BY_CODE:
        chosen = Settings.load(app_paths().settings_file).language
    return language_for(chosen, system_locale_name())
