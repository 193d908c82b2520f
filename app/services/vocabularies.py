"""The secretariat's own reference lists: themes, affected persons, mechanisms, States' spellings.

Shipped entries can be renamed and new ones added; an entry still used by a recommendation
(or a review) cannot be deleted, so nothing is ever left pointing at nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import _
from app.models import (
    AffectedGroup,
    Mechanism,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationTheme,
    RecommendingState,
    Review,
    State,
    StateAlias,
    Theme,
    new_id,
)
from app.models.codes import MechanismKind, values
from app.names import match_key
from app.services.permissions import require_secretariat

MECHANISM_KINDS = values(MechanismKind)
_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(name: str) -> str:
    """"Persons with disabilities" -> "persons-with-disabilities" (accents dropped)."""
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    return _SLUG.sub("-", plain).strip("-")[:60]


class Vocabulary(StrEnum):
    THEMES = "themes"
    AFFECTED = "affected"
    MECHANISMS = "mechanisms"
    STATES = "states"
    REVIEWS = "reviews"


@dataclass(frozen=True)
class Entry:
    id: str
    code: str
    name: str
    detail: str  # scheme, kind, or the spellings known for a State
    used: int  # recommendations (reviews for a mechanism) that use it


Vocable = Theme | AffectedGroup | Mechanism | State
_MODELS: dict[Vocabulary, type[Vocable]] = {
    Vocabulary.THEMES: Theme, Vocabulary.AFFECTED: AffectedGroup,
    Vocabulary.MECHANISMS: Mechanism, Vocabulary.STATES: State}


def entries(session: Session, vocabulary: Vocabulary) -> list[Entry]:
    if vocabulary == Vocabulary.THEMES:
        used = _counts(session, RecommendationTheme.theme_id, RecommendationTheme.deleted)
        themes = session.scalars(select(Theme).where(Theme.deleted.is_(False)))
        return sorted((Entry(t.id, t.code or "", t.name, t.scheme, used.get(t.id, 0))
                       for t in themes), key=lambda e: (e.code == "", e.code, e.name.casefold()))
    if vocabulary == Vocabulary.AFFECTED:
        used = _counts(session, RecommendationAffectedGroup.affected_group_id,
                       RecommendationAffectedGroup.deleted)
        groups = session.scalars(select(AffectedGroup).where(AffectedGroup.deleted.is_(False)))
        return sorted((Entry(g.id, g.code or "", g.name, "", used.get(g.id, 0))
                       for g in groups),
                      key=lambda e: match_key(e.name))
    if vocabulary == Vocabulary.MECHANISMS:
        used = _counts(session, Review.mechanism_id, Review.deleted)
        mechanisms = session.scalars(select(Mechanism).where(Mechanism.deleted.is_(False)))
        return sorted((Entry(m.id, m.code, m.name, m.kind, used.get(m.id, 0))
                       for m in mechanisms),
                      key=lambda e: (e.detail, e.code))
    if vocabulary == Vocabulary.REVIEWS:
        used = _counts(session, Recommendation.review_id, Recommendation.deleted)
        codes = dict(session.execute(select(Mechanism.id, Mechanism.code)).tuples().all())
        found = []
        for review in session.scalars(select(Review).where(Review.deleted.is_(False))):
            name = " · ".join(filter(None, (
                codes.get(review.mechanism_id, ""),
                f"cycle {review.cycle}" if review.cycle else "",
                f"session {review.session}" if review.session else "",
                str(review.year) if review.year else "")))
            dates = "; ".join(f"{label} {day}" for label, day in (
                ("adopted", review.adoption_date), ("mid-term due", review.midterm_due_date),
                ("next review", review.next_review_date)) if day)
            found.append(Entry(review.id, review.symbol or "", name, dates,
                               used.get(review.id, 0)))
        return sorted(found, key=lambda e: e.name)
    used = _counts(session, RecommendingState.state_id, RecommendingState.deleted)
    aliases: dict[str, list[str]] = {}
    for state_id, alias in session.execute(
            select(StateAlias.state_id, StateAlias.alias).where(StateAlias.deleted.is_(False))
            .order_by(StateAlias.alias)):
        aliases.setdefault(state_id, []).append(alias)
    states = session.scalars(select(State).where(State.deleted.is_(False)))
    return sorted((Entry(s.id, s.iso3 or "", s.name,
                         "; ".join(a for a in aliases.get(s.id, []) if a != s.name),
                         used.get(s.id, 0)) for s in states), key=lambda e: match_key(e.name))


def _counts(session: Session, column: Any, deleted: Any) -> dict[str, int]:
    return dict(session.execute(
        select(column, func.count()).where(deleted.is_(False)).group_by(column)).tuples().all())


def _required(name: str, what: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("{0}: the name is empty").format(what))
    return name


def _unique_code(session: Session, model: type[Vocable], column: Any, code: str | None,
                 what: str,
                 keep_id: str | None = None) -> None:
    if not code:
        return
    clash = cast(Vocable | None, session.scalar(select(model).where(column == code)))
    if clash is not None and clash.id != keep_id:
        raise ValidationError(_("{0} code: '{1}' is already used by '{2}'").format(
                                  what, code, clash.name))


def add_entry(session: Session, vocabulary: Vocabulary, code: str, name: str,
              kind: str = "other") -> str:
    require_secretariat(session, "edit the reference lists")
    code = code.strip()
    row: Theme | AffectedGroup | Mechanism
    if vocabulary == Vocabulary.THEMES:
        name = _required(name, "theme")
        _unique_code(session, Theme, Theme.code, code or None, "theme")
        row = Theme(id=new_id(), code=code or None, name=name, scheme="custom")
    elif vocabulary == Vocabulary.AFFECTED:
        name = _required(name, "affected persons")
        code = code or _slug(name)
        _unique_code(session, AffectedGroup, AffectedGroup.code, code, "affected persons")
        row = AffectedGroup(id=new_id(), code=code, name=name)
    elif vocabulary == Vocabulary.MECHANISMS:
        name = _required(name, "mechanism")
        code = code.upper()
        if not code:
            raise ValidationError(_("mechanism {0}: a short code is needed (e.g. CMW)").format(
                                      name))
        if kind not in MECHANISM_KINDS:
            raise ValidationError(_("mechanism {0}: kind '{1}' is not one of {2}").format(
                                      code, kind, ', '.join(MECHANISM_KINDS)))
        _unique_code(session, Mechanism, Mechanism.code, code, "mechanism")
        row = Mechanism(id=new_id(), code=code, name=name, kind=kind)
    else:
        raise ValidationError(_("States: the list of States is fixed; add a spelling instead"))
    session.add(row)
    return row.id


def update_entry(session: Session, vocabulary: Vocabulary, entry_id: str, code: str,
                 name: str) -> None:
    require_secretariat(session, "edit the reference lists")
    model = _MODELS[vocabulary]
    row = cast(Vocable | None, session.get(model, entry_id))
    if row is None or row.deleted:
        raise ValidationError(_("{0}: the entry no longer exists").format(vocabulary.value))
    name = _required(name, vocabulary.value)
    code = code.strip()
    if isinstance(row, State):
        if code != row.iso3:
            raise ValidationError(_("State {0}: the ISO code cannot change").format(row.name))
        if name != row.name:
            _keep_old_spelling(session, row)
            row.name = name
            add_alias(session, row.id, name)
        return
    if vocabulary == Vocabulary.MECHANISMS:
        code = code.upper()
        if not code:
            raise ValidationError(_("mechanism {0}: a short code is needed").format(name))
    coded = cast(type[Theme | AffectedGroup | Mechanism], model)
    _unique_code(session, coded, coded.code, code or None, vocabulary.value, keep_id=entry_id)
    if vocabulary == Vocabulary.AFFECTED and not code:
        raise ValidationError(_("affected persons {0}: a code is needed").format(name))
    for field, value in (("code", code or None), ("name", name)):
        if getattr(row, field) != value:
            setattr(row, field, value)


def _keep_old_spelling(session: Session, state: State) -> None:
    """Renaming a State keeps the former name as a spelling, so older files still match."""
    key = match_key(state.name)
    if session.scalar(select(StateAlias.id).where(StateAlias.match_key == key)) is None:
        session.add(StateAlias(id=new_id(), state_id=state.id, alias=state.name, match_key=key))


def delete_entry(session: Session, vocabulary: Vocabulary, entry_id: str) -> None:
    require_secretariat(session, "edit the reference lists")
    if vocabulary == Vocabulary.STATES:
        raise ValidationError(_("States: the list of States is fixed"))
    entry = next((e for e in entries(session, vocabulary) if e.id == entry_id), None)
    if entry is None:
        raise ValidationError(_("{0}: the entry no longer exists").format(vocabulary.value))
    if entry.used:
        what = "reviews" if vocabulary == Vocabulary.MECHANISMS else "recommendations"
        raise ValidationError(_("{0}: still used by {1} {2}; rename it instead, or remove it "
                                "from them first").format(
                                  entry.code or entry.name, entry.used, what))
    row = cast(Theme | AffectedGroup | Mechanism | None,
               session.get(_MODELS[vocabulary], entry_id))
    if row is None:
        raise ValidationError(_("{0}: the entry no longer exists").format(vocabulary.value))
    # Codes are unique in the table: free this one, so a later import or a new entry may
    # use it again instead of meeting (or silently reviving) the deleted row.
    row.code = None if vocabulary == Vocabulary.THEMES else f"{row.code}~{row.id[:8]}"[:40]
    row.deleted = True


def add_alias(session: Session, state_id: str, alias: str) -> None:
    """Another spelling of a State, as documents write it ("Viet Nam", "Côte d’Ivoire")."""
    require_secretariat(session, "edit the reference lists")
    alias = " ".join(alias.split())
    key = match_key(alias)
    if not key:
        raise ValidationError(_("spelling: it has no letters"))
    existing = session.scalar(select(StateAlias).where(StateAlias.match_key == key))
    if existing is not None:
        if existing.state_id != state_id and not existing.deleted:
            owner = session.get(State, existing.state_id)
            raise ValidationError(_("spelling '{0}': already means {1}").format(
                alias, owner.name if owner else existing.state_id))
        existing.state_id, existing.deleted = state_id, False
        return
    session.add(StateAlias(id=new_id(), state_id=state_id, alias=alias, match_key=key))


def remove_alias(session: Session, state_id: str, alias: str) -> None:
    require_secretariat(session, "edit the reference lists")
    state = session.get(State, state_id)
    if state is not None and match_key(alias) == match_key(state.name):
        raise ValidationError(_("spelling '{0}': it is the State's own name").format(alias))
    row = session.scalar(select(StateAlias).where(StateAlias.match_key == match_key(alias),
                                                  StateAlias.state_id == state_id))
    if row is not None and not row.deleted:
        row.deleted = True
