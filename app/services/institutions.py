"""Institutions, their people, and who is responsible for what."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.errors import ValidationError
from app.i18n import _
from app.models import Assignment, DatabaseInfo, Institution, Person, new_id
from app.models.codes import InstitutionKind
from app.models.institution import ASSIGNMENT_ROLES, INSTITUTION_KINDS, PERSON_ROLES
from app.services.permissions import require_secretariat

INSTITUTION_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,29}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def add_institution(
    session: Session, code: str, name: str, kind: str = InstitutionKind.MINISTRY,
    contact: str | None = None,
) -> str:
    require_secretariat(session, "edit the directory of institutions")
    code = code.strip().upper()
    if not INSTITUTION_CODE.match(code):
        raise ValidationError(
            _("institution code: '{0}' should be 1 to 30 letters, digits, '-' or '_'").format(code)
        )
    if not name.strip():
        raise ValidationError(_("institution {0}: the name is empty").format(code))
    if kind not in INSTITUTION_KINDS:
        raise ValidationError(
            _("institution {0}: kind '{1}' is not one of {2}").format(
                code, kind, ', '.join(INSTITUTION_KINDS))
        )
    if session.scalar(select(Institution.id).where(Institution.code == code)):
        raise ValidationError(_("institution code: '{0}' is already used").format(code))
    institution = Institution(id=new_id(), code=code, name=name.strip(), kind=kind, contact=contact)
    session.add(institution)
    return institution.id


def update_institution(session: Session, institution_id: str, *, name: str, kind: str,
                       contact: str | None = None) -> None:
    """The code stays: it names the institution in exchange files and other databases."""
    require_secretariat(session, "edit the directory of institutions")
    institution = session.get(Institution, institution_id)
    if institution is None or institution.deleted:
        raise ValidationError(_("institution: it no longer exists (deleted meanwhile?)"))
    if not name.strip():
        raise ValidationError(_("institution {0}: the name is empty").format(institution.code))
    if kind not in INSTITUTION_KINDS:
        raise ValidationError(_("institution {0}: kind '{1}' is not one of {2}").format(
                                  institution.code, kind, ', '.join(INSTITUTION_KINDS)))
    for field, value in (("name", name.strip()), ("kind", kind),
                         ("contact", (contact or "").strip() or None)):
        if getattr(institution, field) != value:
            setattr(institution, field, value)


def _checked_person(full_name: str, role: str, email: str | None) -> tuple[str, str | None]:
    full_name = " ".join(full_name.split())
    if not full_name:
        raise ValidationError(_("person: the name is empty"))
    if role not in PERSON_ROLES:
        raise ValidationError(_("person {0}: role '{1}' is not one of {2}").format(
                                  full_name, role, ', '.join(PERSON_ROLES)))
    email = (email or "").strip() or None
    if email is not None and not _EMAIL.match(email):
        raise ValidationError(_("person {0}: e-mail '{1}' should look like "
                                  "name@ministry.gov").format(
                                  full_name, email))
    return full_name, email


def add_person(
    session: Session,
    institution_id: str | None,
    full_name: str,
    role: str,
    *,
    title: str | None = None,
    email: str | None = None,
    phone: str | None = None,
) -> str:
    require_secretariat(session, "edit the directory of institutions")
    full_name, email = _checked_person(full_name, role, email)
    person = Person(
        id=new_id(),
        institution_id=institution_id,
        full_name=full_name,
        role=role,
        title=(title or "").strip() or None,
        email=email,
        phone=(phone or "").strip() or None,
    )
    session.add(person)
    return person.id


def update_person(session: Session, person_id: str, *, full_name: str, role: str,
                  title: str | None = None, email: str | None = None,
                  phone: str | None = None) -> None:
    require_secretariat(session, "edit the directory of institutions")
    person = session.get(Person, person_id)
    if person is None or person.deleted:
        raise ValidationError(_("person: no longer recorded (removed meanwhile?)"))
    full_name, email = _checked_person(full_name, role, email)
    for field, value in (("full_name", full_name), ("role", role),
                         ("title", (title or "").strip() or None), ("email", email),
                         ("phone", (phone or "").strip() or None)):
        if getattr(person, field) != value:
            setattr(person, field, value)


def remove_person(session: Session, person_id: str) -> None:
    require_secretariat(session, "edit the directory of institutions")
    person = session.get(Person, person_id)
    if person is not None and not person.deleted:
        person.deleted = True


@dataclass(frozen=True)
class PersonRow:
    id: str
    full_name: str
    role: str
    title: str
    email: str
    phone: str


def people_of(session: Session, institution_id: str) -> list[PersonRow]:
    """Main focal point first, then the alternate, the validating authority, the others."""
    order = {role: rank for rank, role in enumerate(PERSON_ROLES)}
    people = session.scalars(select(Person).where(Person.institution_id == institution_id,
                                                  Person.deleted.is_(False)))
    return [PersonRow(p.id, p.full_name, p.role, p.title or "", p.email or "", p.phone or "")
            for p in sorted(people, key=lambda p: (order.get(p.role, len(order)),
                                                  p.full_name))]


def assign(
    session: Session,
    institution_id: str,
    role: str,
    *,
    recommendation_id: str | None = None,
    cluster_id: str | None = None,
    action_id: str | None = None,
) -> str:
    require_secretariat(session, "assign institutions")
    if role not in ASSIGNMENT_ROLES:
        raise ValidationError(_("assignment role '{0}' is not one of {1}").format(
                                  role, ASSIGNMENT_ROLES))
    targets = [t for t in (recommendation_id, cluster_id, action_id) if t is not None]
    if len(targets) != 1:
        raise ValidationError(
            _("an assignment concerns exactly one recommendation, cluster or action")
        )
    assignment = Assignment(
        id=new_id(),
        institution_id=institution_id,
        role=role,
        recommendation_id=recommendation_id,
        cluster_id=cluster_id,
        action_id=action_id,
    )
    session.add(assignment)
    return assignment.id


@dataclass(frozen=True)
class InstitutionFacts:
    id: str
    code: str
    name: str
    kind: str
    contact: str


def institution_facts(session: Session, institution_id: str) -> InstitutionFacts:
    institution = session.get(Institution, institution_id)
    if institution is None or institution.deleted:
        raise ValidationError(_("institution: it no longer exists (deleted meanwhile?)"))
    return InstitutionFacts(institution.id, institution.code, institution.name, institution.kind,
                            institution.contact or "")


def database_institution(db: Database) -> str | None:
    """The institution a ministry copy was issued to (None in the secretariat's file)."""
    with db.read() as session:
        return session.scalar(select(DatabaseInfo.institution_id))
