"""Who may do what: the services check it, the window only hides what would be refused.

The person working is an Actor, put on the write session by `Database.write()`. Without one
(the command line, the demo builder) the actor is the secretariat: whoever holds the
secretariat's file at a terminal holds all of it anyway.

- secretariat: everything, except validating on behalf of a ministry;
- focal point: progress reports (assessments) of their own institution — write and submit;
- validating authority: validates or returns what their institution submitted;
- read only: nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from app.db.database import ACTOR_KEY
from app.errors import PermissionDenied
from app.i18n import _
from app.models import Institution
from app.models.actor import Actor
from app.models.codes import UserRole, values

SECRETARIAT, FOCAL_POINT, VALIDATING_AUTHORITY, READ_ONLY = UserRole
ROLES = values(UserRole)
__all__ = ["FOCAL_POINT", "READ_ONLY", "ROLES", "SECRETARIAT", "VALIDATING_AUTHORITY", "Actor"]


HOLDER_OF_THE_FILE = Actor("", SECRETARIAT)


def actor_of(session: Session) -> Actor:
    return session.info.get(ACTOR_KEY) or HOLDER_OF_THE_FILE


@contextmanager
def acting_as(session: Session, actor: Actor) -> Iterator[None]:
    """Within the block, the session's changes are made by `actor` (demo, tests)."""
    previous = session.info.get(ACTOR_KEY)
    session.info[ACTOR_KEY] = actor
    try:
        yield
    finally:
        session.info[ACTOR_KEY] = previous


def _role_label(role: str) -> str:
    return role.replace("_", " ")


def _code(session: Session, institution_id: str | None) -> str:
    institution = session.get(Institution, institution_id) if institution_id else None
    return institution.code if institution is not None else "?"


def require(session: Session, permission: str, institution_id: str | None, what: str) -> None:
    """Refuses, saying who could, unless `can()` allows: the one place a rule is written."""
    actor = actor_of(session)
    if can(actor, permission, institution_id):
        return
    if permission == "validate":
        raise PermissionDenied(_("Only the validating authority of {0} can {1}; you are "
                                 "working as {2}.").format(
                                   _code(session, institution_id), what,
                                   _role_label(actor.role)))
    if permission == "report_progress" and actor.role == FOCAL_POINT:
        raise PermissionDenied(
            _("You can {0} only for {1}, your institution; this belongs to {2}.").format(
                what, _code(session, actor.institution_id), _code(session, institution_id)))
    if permission == "report_progress":
        raise PermissionDenied(_("A {0} cannot {1}; a focal point of {2} or the "
                                 "secretariat can.").format(
                                   _role_label(actor.role), what,
                                   _code(session, institution_id)))
    raise PermissionDenied(_("Only the secretariat can {0}; you are working as {1}.").format(
                               what, _role_label(actor.role)))


def require_secretariat(session: Session, what: str) -> None:
    require(session, "edit_register", None, what)


def require_own_institution(session: Session, institution_id: str, what: str) -> None:
    """The secretariat, or a focal point of that very institution."""
    require(session, "report_progress", institution_id, what)


def require_responsible(session: Session, institution_id: str | None, what: str) -> None:
    """Records an institution answers for: its focal points or the secretariat; records of
    no institution: the secretariat only."""
    if institution_id:
        require_own_institution(session, institution_id, what)
    else:
        require_secretariat(session, what)


def require_validator(session: Session, institution_id: str, what: str) -> None:
    require(session, "validate", institution_id, what)


def can(actor: Actor, permission: str, institution_id: str | None = None) -> bool:
    """The same rules, asked in advance by the window to hide or disable a command."""
    if permission == "edit_register":
        return actor.role == SECRETARIAT
    if permission == "report_progress":
        return actor.role == SECRETARIAT or (
            actor.role == FOCAL_POINT and actor.institution_id == institution_id)
    if permission == "validate":
        return actor.role == VALIDATING_AUTHORITY and actor.institution_id == institution_id
    if permission == "accept":
        return actor.role == SECRETARIAT
    raise ValueError(f"unknown permission {permission}")
