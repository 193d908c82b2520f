"""Headings of the printed reports in the six UN languages a secretariat may present them in.

The wording lives in the core's gettext catalogues (app.i18n, resources/locale), like every
other message of the Qt-free code; a document is written in the language chosen for it,
whatever the window's. Recorded data (recommendation texts, narratives, names) is printed
as entered. A heading missing from a catalogue falls back to English rather than failing a
report; packaging/core_messages.py --check (run by the tests) finds none missing.
"""

from __future__ import annotations

from app.i18n import N_, catalogue
from app.languages import UN_LANGUAGES, language_named

LANGUAGES = {language.code: language.name for language in UN_LANGUAGES}


# Printed through a variable (database labels, f-strings): marked so the catalogue has them.
PRINTED_THROUGH_A_VARIABLE = (
    N_("Annex"),
    N_("Cancelled"),
    N_("Completed"),
    N_("Executive summary"),
    N_("For the attention of"),
    N_("Implementation matrix"),
    N_("In progress"),
    N_("No longer relevant"),
    N_("Not applicable"),
    N_("Not implemented"),
    N_("Not started"),
    N_("Noted"),
    N_("Ongoing"),
    N_("Pending"),
    N_("Planned"),
    N_("Subject"),
    N_("Supported"),
    N_("Supported in part"),
    N_("To"),
    N_("off track"),
    N_("overdue"),
)


class Headings:
    """t("Executive summary") in the chosen language."""

    def __init__(self, language: str = "en"):
        if language not in LANGUAGES:
            raise ValueError(f"language: '{language}' is not one of {', '.join(LANGUAGES)}")
        self.language = language
        self._catalogue = catalogue(language)
        self.right_to_left = language_named(language).right_to_left

    def __call__(self, text: str) -> str:
        return self._catalogue.gettext(text)
