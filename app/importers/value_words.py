"""The words files use for coded values, in the six UN languages, and the ones a person maps.

A position written "accepted", "under consideration", "Acceptée", "Apoyada", "مؤيدة",
"Поддержана" or "支持", or an implementation status written "ongoing", "En cours" or
"已落实", is the code the register keeps; a mapping ({"values": {"position": {"consider":
"pending"}}}) adds a file's own words.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cache

from app.db.reference_data import read_reference_table
from app.i18n import N_, _
from app.models.codes import PositionCode, StatusCode, values

CODES = {"position": values(PositionCode), "status": values(StatusCode)}
# What a person is shown as the choices, in the order of the vocabulary
CHOICE_WORDS = {
    "position": N_("Supported, Supported in part (Supported/Noted), Noted, Pending, "
                   "Not applicable"),
    "status": N_("Not started, In progress, Partially implemented, Fully implemented, "
                 "Not implemented, No longer relevant"),
}


def value_key(text: str) -> str:
    """Letters and digits of any script, without case, accents or Arabic vowel marks
    ("Acceptée" and "acceptee", "جزئياً" and "جزئيا" are one key)."""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("œ", "oe"))
    return "".join(char for char in folded
                   if char.isalnum() and not unicodedata.combining(char))


def choices(field_name: str) -> str:
    return _(CHOICE_WORDS[field_name])


@cache
def shipped_spellings() -> dict[str, dict[str, str]]:
    """field -> key of a spelling -> code, from resources/reference/value_spellings.tsv."""
    spellings: dict[str, dict[str, str]] = {name: {} for name in CODES}
    for field_name, code, words in read_reference_table("value_spellings.tsv"):
        for word in words.split("|"):
            spellings[field_name][value_key(word)] = code
        spellings[field_name][value_key(code)] = code
    return spellings


class UnknownValueMapping(ValueError):
    """A mapping's value is not a code of its field: the message names both."""


@dataclass
class ValueWords:
    """The shipped spellings, with a mapping's own words first."""

    mapped: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def with_mapping(cls, mapping: dict[str, dict[str, str]] | None) -> ValueWords:
        mapped: dict[str, dict[str, str]] = {}
        for field_name, words in (mapping or {}).items():
            if field_name not in CODES:
                raise UnknownValueMapping(_("values: '{0}' has no coded values; the fields "
                                            "with values are {1}").format(
                                              field_name, ", ".join(CODES)))
            mapped[field_name] = {}
            for word, meaning in words.items():
                code = shipped_spellings()[field_name].get(value_key(meaning))
                if code is None:
                    raise UnknownValueMapping(
                        _("values: {0} '{1}' is mapped to '{2}', which is not one of {3}").format(
                            field_name, word, meaning, choices(field_name)))
                mapped[field_name][value_key(word)] = code
        return cls(mapped)

    def code(self, field_name: str, written: str) -> str | None:
        """The code `written` means, or None when it is no spelling we know."""
        key = value_key(written)
        if not key:
            return None
        for words in (self.mapped.get(field_name, {}), shipped_spellings()[field_name]):
            for candidate in (key, key.removesuffix("s")):
                if candidate in words:
                    return words[candidate]
        return None
