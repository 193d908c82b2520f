"""The shipped vocabularies' names in the language being written, where the UN publishes
them (resources/reference/*_names.tsv: a key, then one column per language); a name the UN
publishes in English only stays in English. The database keeps the English names: they are
what imports match."""

from __future__ import annotations

from functools import cache

from app.i18n import current_language
from app.services.reference_data import read_table

GOAL_LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh_CN")


@cache
def _names(table: str) -> dict[str, dict[str, str]]:
    """language → key → name, for one of the *_names.tsv tables."""
    names: dict[str, dict[str, str]] = {language: {} for language in GOAL_LANGUAGES}
    for key, *translations in read_table(table):
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
