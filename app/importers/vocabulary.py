"""Reference data loaded once per import, and the rules that resolve names against it."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.bulk import BulkWriter
from app.db.reference_data import read_reference_table
from app.i18n import _
from app.importers.model import ThemeRef
from app.importers.value_words import ValueWords
from app.models import AffectedGroup, Mechanism, SdgGoal, SdgTarget, State, StateAlias, Theme
from app.models.codes import ThemeScheme
from app.names import match_key, name_key


@dataclass
class KnownNames:
    """The names an import recognises, read once from the database: States and their
    spellings, mechanisms, themes, groups of persons, SDG goals and targets."""
    state_by_key: dict[str, str] = field(default_factory=dict)
    state_by_iso3: dict[str, str] = field(default_factory=dict)
    state_by_iso2: dict[str, str] = field(default_factory=dict)
    alias_by_key: dict[str, str] = field(default_factory=dict)
    mechanism_by_code: dict[str, str] = field(default_factory=dict)
    mechanism_by_name: dict[str, str] = field(default_factory=dict)
    mechanism_kind: dict[str, str] = field(default_factory=dict)
    theme_by_code: dict[str, str] = field(default_factory=dict)
    theme_by_name: dict[tuple[str, str], str] = field(default_factory=dict)
    group_by_key: dict[str, str] = field(default_factory=dict)
    group_by_code: dict[str, str] = field(default_factory=dict)
    goal_by_number: dict[int, str] = field(default_factory=dict)
    target_by_code: dict[str, tuple[str, str]] = field(default_factory=dict)
    values: ValueWords = field(default_factory=ValueWords)  # positions and statuses

    @classmethod
    def load(cls, session: Session) -> KnownNames:
        vocabulary = cls()
        for key, alias, state_id in session.execute(
            select(StateAlias.match_key, StateAlias.alias, StateAlias.state_id)
            .where(StateAlias.deleted.is_(False))
        ):
            vocabulary.state_by_key[key] = state_id
            vocabulary.alias_by_key[key] = alias
        for iso3, state_id in session.execute(select(State.iso3, State.id)):
            vocabulary.state_by_iso3[iso3] = state_id
        vocabulary._add_shipped_names()
        for code, name, kind, mechanism_id in session.execute(
            select(Mechanism.code, Mechanism.name, Mechanism.kind, Mechanism.id)
        ):
            vocabulary.mechanism_by_code[code] = mechanism_id
            vocabulary.mechanism_by_name[match_key(name)] = code
            vocabulary.mechanism_kind[code] = kind
        for code, name, scheme, theme_id in session.execute(
            select(Theme.code, Theme.name, Theme.scheme, Theme.id).where(Theme.deleted.is_(False))
        ):
            if code:
                vocabulary.theme_by_code[code] = theme_id
            vocabulary.theme_by_name.setdefault((scheme, match_key(name)), theme_id)
        for code, name, group_id in session.execute(
            select(AffectedGroup.code, AffectedGroup.name, AffectedGroup.id)
        ):
            vocabulary.group_by_key[match_key(name)] = group_id
            vocabulary.group_by_code[code] = group_id
        vocabulary.goal_by_number = dict(session.execute(
            select(SdgGoal.number, SdgGoal.id)).tuples().all())
        for code, target_id, goal_id in session.execute(
            select(SdgTarget.code, SdgTarget.id, SdgTarget.goal_id)
        ):
            vocabulary.target_by_code[code] = (target_id, goal_id)
        return vocabulary

    def _add_shipped_names(self) -> None:
        """The States' names in the six UN languages and their ISO 3166 alpha-2 codes, as
        shipped (resources/reference/state_names.tsv, state_un_names.tsv, state_codes.tsv):
        "Égypte", "Египет", "مصر", "EG", "Fédération de Russie" name their State wherever a
        file says so. A spelling the database gives another State keeps its meaning."""
        for iso3, *names in [*read_reference_table("state_names.tsv"),
                             *read_reference_table("state_un_names.tsv")]:
            state_id = self.state_by_iso3.get(iso3)
            if state_id is None:  # removed from this database
                continue
            for name in names:
                if key := name_key(name):
                    self.state_by_key.setdefault(key, state_id)
                    self.alias_by_key.setdefault(key, name)
        for iso3, iso2 in read_reference_table("state_codes.tsv"):
            if (state_id := self.state_by_iso3.get(iso3)) is not None:
                self.state_by_iso2[iso2] = state_id

    def is_state(self, name: str) -> bool:
        return name_key(name) in self.state_by_key

    def state_id(self, name: str) -> str | None:
        """By name in any of the six languages, any case and spacing ("cotedivoire"), or
        by ISO 3166 code written in capitals ("CIV", "CI")."""
        text = name.strip()
        if len(text) == 3 and text.isupper() and text in self.state_by_iso3:
            return self.state_by_iso3[text]
        if len(text) == 2 and text.isupper() and text in self.state_by_iso2:
            return self.state_by_iso2[text]
        return self.state_by_key.get(name_key(text))

    def closest_state(self, name: str) -> str | None:
        close = difflib.get_close_matches(match_key(name), list(self.alias_by_key), n=1,
                                          cutoff=0.75)
        return self.alias_by_key[close[0]] if close else None

    def unknown_state(self, name: str) -> str:
        closest = self.closest_state(name)
        if closest:
            return _("'{0}' is not a known State; did you mean '{1}'? (add the spelling as an "
                     "alias if it is one)").format(name, closest)
        return _("'{0}' is not a known State (add the spelling as an alias if it is "
                 "one)").format(name)

    def mechanism_code(self, *names: str | None) -> str | None:
        """The mechanism a table row names, most specific first: "CRC", "Committee on the
        Rights of the Child", a special procedure's mandate, "Universal Periodic Review"."""
        for name in filter(None, (n.strip() if n else None for n in names)):
            if name.upper() in self.mechanism_by_code:
                return name.upper()
            key = match_key(name)
            if key in self.mechanism_by_name:
                return self.mechanism_by_name[key]
            if key in ("upr", "universalperiodicreview"):
                return "UPR"
            procedures = {k: c for k, c in self.mechanism_by_name.items()
                          if self.mechanism_kind[c] == "special_procedure"}
            close = difflib.get_close_matches(key, list(procedures), n=1, cutoff=0.6)
            if close:
                return procedures[close[0]]
            if "specialprocedure" in key or "specialrapporteur" in key or "workinggroup" in key \
                    or "independentexpert" in key:
                return "SP-OTHER"
        return None

    def theme_id(self, ref: ThemeRef, writer: BulkWriter) -> str:
        """The theme a reference names, created (never guessed) when the taxonomy lacks it."""
        if ref.code and ref.code in self.theme_by_code:
            return self.theme_by_code[ref.code]
        key = match_key(ref.name)
        for scheme in (ref.scheme, ThemeScheme.UHRI, ThemeScheme.CUSTOM):
            if (scheme, key) in self.theme_by_name and not ref.code:
                return self.theme_by_name[(scheme, key)]
        parent = self.theme_by_code.get(ref.code[:-1]) if ref.code and len(ref.code) > 2 else None
        theme_id = writer.insert(Theme, code=ref.code, name=ref.name, scheme=ref.scheme,
                                 parent_id=parent)
        if ref.code:
            self.theme_by_code[ref.code] = theme_id
        self.theme_by_name[(ref.scheme, key)] = theme_id
        return theme_id

    def group_id(self, name: str, writer: BulkWriter) -> str:
        key = match_key(name)
        if key not in self.group_by_key:
            if key in self.group_by_code:  # "youth", "judiciary": the shipped groups' codes
                self.group_by_key[key] = self.group_by_code[key]
                return self.group_by_key[key]
            code, suffix = key[:56], 1
            while code in self.group_by_code:
                suffix += 1
                code = f"{key[:56]}-{suffix}"
            label = name[:1].upper() + name[1:]
            group_id = writer.insert(AffectedGroup, code=code, name=label)
            self.group_by_key[key] = self.group_by_code[code] = group_id
        return self.group_by_key[key]
