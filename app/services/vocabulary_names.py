"""The shipped vocabularies' names in the language being written, where the UN publishes
them (resources/reference/*_names.tsv: a key, then one column per language); a name the UN
publishes in English only stays in English. The database keeps the English names: they are
what imports match."""

from __future__ import annotations

import unicodedata
from functools import cache

from app.db.reference_data import read_reference_table
from app.i18n import current_language

GOAL_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh_CN")


@cache
def _names(table: str) -> dict[str, dict[str, str]]:
    """language → key → name, for one of the *_names.tsv tables."""
    names: dict[str, dict[str, str]] = {language: {} for language in GOAL_LANGUAGES}
    for key, *translations in read_reference_table(table):
        for language, name in zip(GOAL_LANGUAGES, translations, strict=True):
            names[language][key] = name
    return names


def goal_name(number: int, english: str, language: str | None = None) -> str:
    """An SDG's short name: "5. Égalité entre les sexes" in French."""
    return _names("sdg_goal_names.tsv").get(language or current_language(), {}).get(
        str(number), english)


def mechanism_name(code: str, english: str, language: str | None = None) -> str:
    """The UPR's and a treaty body's name ("Comité des droits de l’enfant"); a special
    procedure's mandate keeps its English name."""
    return _names("mechanism_names.tsv").get(language or current_language(), {}).get(
        code, english)


def state_name(iso3: str | None, english: str, language: str | None = None) -> str:
    """A State's name in the language being written ("Bolivie"); English as the UN writes
    it ("Bolivia (Plurinational State of)"). A State added by hand keeps the name it was
    given."""
    return _names("state_names.tsv").get(language or current_language(), {}).get(
        iso3 or "", english)


def state_choices(language: str | None = None) -> list[tuple[str, str]]:
    """(ISO-3, name in the language) of every State shipped with the application, for
    pickers before a database exists; in alphabetical order, accents aside ("Égypte" among
    the E)."""
    def alphabetical(item: tuple[str, str]) -> str:
        spelled = unicodedata.normalize("NFKD", item[1].casefold())
        return "".join(char for char in spelled if not unicodedata.combining(char))

    return sorted(((iso3, state_name(iso3, name, language))
                   for iso3, name, *_ in read_reference_table("states.tsv")), key=alphabetical)
