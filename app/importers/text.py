"""Small text rules shared by the readers and the matcher."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Set

from app.names import match_key

_NOT_WORD = re.compile(r"[\W_]+")
_REFERENCE = re.compile(r"^\s*(\d+(?:\.\d+)+)\.?\s+")


def split_reference(text: str) -> tuple[str | None, str]:
    """'186.28. Continue its efforts…' -> ('186.28', 'Continue its efforts…')."""
    match = _REFERENCE.match(text)
    if not match:
        return None, text.strip()
    return match.group(1), text[match.end():].strip()


def clean(text: str) -> str:
    """Runs of white space (non-breaking spaces and line breaks included) become one space."""
    return " ".join(text.replace("\u00a0", " ").split())


def parenthesised(text: str) -> list[str]:
    """Contents of the top-level parentheses, nested ones kept: "(Bolivia (… of))"."""
    groups, depth, start = [], 0, 0
    for index, char in enumerate(text):
        if char == "(":
            if depth == 0:
                start = index + 1
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append(text[start:index])
    return groups


def state_names_in(group: str, is_state) -> list[str] | None:
    """The State names a parenthesised group lists, or None if it is not a list of States.

    "United Kingdom of Great Britain and Northern Ireland" is one State although it holds
    "and"; "Portugal, Slovakia" and "Portugal and Slovakia" are two.
    """
    whole = group.strip()
    if whole and is_state(whole):
        return [whole]
    for pattern in (r",", r",|\band\b"):
        names = [n.strip() for n in re.split(pattern, group) if n.strip()]
        if names and all(is_state(n) for n in names):
            return names
    return None


def attributed_segments(text: str, is_state: Callable[[str], bool]
                        ) -> list[tuple[str, list[str]]]:
    """The recommendations of several States an OHCHR matrix of an earlier cycle groups in
    one paragraph, each with the States it is attributed to: "Ratify ICCPR (Brazil); Speed
    up the ratification of the ICCPR (Bulgaria);" -> [("Ratify ICCPR", ["Brazil"]),
    ("Speed up the ratification of the ICCPR", ["Bulgaria"])].

    A segment ends at a parenthesised list of States, or at any parenthesis closed before a
    semicolon or the paragraph's end (a State misspelt beyond recognition still ends one).
    """
    _, body = split_reference(text)
    segments: list[tuple[str, list[str]]] = []
    start = depth = opened = 0
    for index, char in enumerate(body):
        if char == "(":
            if depth == 0:
                opened = index
            depth += 1
        elif char == ")" and depth:
            depth -= 1
            if depth:
                continue
            names = state_names_in(body[opened + 1:index], is_state)
            rest = body[index + 1:].lstrip()
            if names is not None or not rest or rest.startswith(";"):
                if segment := body[start:opened].strip(" ;"):
                    segments.append((segment, names or []))
                start = index + 1
    return segments


def text_key(text: str, attributions: Set[str] = frozenset()) -> str:
    """What two sources share of a recommendation's text.

    Leading paragraph numbers, parenthesised attributions to States ("(Maldives)",
    "(Portugal, Slovakia)"), accents, case, punctuation and spacing differ between the OHCHR
    matrix and UPR Info; the words of the recommendation do not.
    """
    _, body = split_reference(text)

    for group in parenthesised(body) if "(" in body else ():
        if state_names_in(group, lambda name: match_key(name) in attributions):
            body = body.replace(f"({group})", " ")
    folded = body.casefold()
    if not folded.isascii():
        folded = "".join(c for c in unicodedata.normalize("NFKD", folded)
                         if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", folded).split())
