"""Looking up reference data by the names people and documents use."""

from __future__ import annotations

import difflib

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError, ValidationError
from app.i18n import _
from app.models import Institution, State, StateAlias
from app.names import match_key


def find_state(session: Session, text: str) -> State | None:
    """A State by ISO-3 code, name or any known spelling; None when nothing matches."""
    text = text.strip()
    if len(text) == 3 and text.isalpha():
        state = session.scalar(select(State).where(State.iso3 == text.upper()))
        if state is not None:
            return state
    return session.scalar(
        select(State)
        .join(StateAlias, StateAlias.state_id == State.id)
        .where(StateAlias.match_key == match_key(text), StateAlias.deleted.is_(False))
    )


def require_state(session: Session, text: str, *, field_name: str = "State") -> State:
    state = find_state(session, text)
    if state is not None:
        return state
    aliases = dict(session.execute(select(StateAlias.match_key, StateAlias.alias)
                                   .where(StateAlias.deleted.is_(False))).tuples().all())
    close = difflib.get_close_matches(match_key(text), list(aliases), n=1, cutoff=0.75)
    hint = f"; did you mean '{aliases[close[0]]}'?" if close else ""
    raise ValidationError(_("{0}: '{1}' is not a known State{2}").format(field_name, text, hint))


def institution_id_of(session: Session, code: str) -> str:
    """The institution a code names, or a clear error listing the codes there are."""
    found = session.scalar(select(Institution.id).where(
        Institution.code == code.strip().upper(), Institution.deleted.is_(False)))
    if found is None:
        codes = ", ".join(session.scalars(select(Institution.code).where(
            Institution.deleted.is_(False)).order_by(Institution.code)))
        raise UserError(_("institution '{0}' is not known here (codes: {1})").format(
                            code, codes or 'none'))
    return found
