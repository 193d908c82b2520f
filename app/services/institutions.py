"""Institutions, their people, and who is responsible for what."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models import Assignment, Institution, Person, new_id
from app.models.institution import ASSIGNMENT_ROLES, INSTITUTION_KINDS, PERSON_ROLES

_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,29}$")


def add_institution(
    session: Session, code: str, name: str, kind: str = "ministry", contact: str | None = None
) -> str:
    code = code.strip().upper()
    if not _CODE.match(code):
        raise ValidationError(
            f"institution code: '{code}' should be 1 to 30 letters, digits, '-' or '_'"
        )
    if not name.strip():
        raise ValidationError(f"institution {code}: the name is empty")
    if kind not in INSTITUTION_KINDS:
        raise ValidationError(
            f"institution {code}: kind '{kind}' is not one of {', '.join(INSTITUTION_KINDS)}"
        )
    if session.scalar(select(Institution.id).where(Institution.code == code)):
        raise ValidationError(f"institution code: '{code}' is already used")
    institution = Institution(id=new_id(), code=code, name=name.strip(), kind=kind, contact=contact)
    session.add(institution)
    return institution.id


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
    if role not in PERSON_ROLES:
        raise ValidationError(f"person {full_name}: role '{role}' is not one of {PERSON_ROLES}")
    person = Person(
        id=new_id(),
        institution_id=institution_id,
        full_name=full_name,
        role=role,
        title=title,
        email=email,
        phone=phone,
    )
    session.add(person)
    return person.id


def assign(
    session: Session,
    institution_id: str,
    role: str,
    *,
    recommendation_id: str | None = None,
    cluster_id: str | None = None,
    action_id: str | None = None,
) -> str:
    if role not in ASSIGNMENT_ROLES:
        raise ValidationError(f"assignment role '{role}' is not one of {ASSIGNMENT_ROLES}")
    targets = [t for t in (recommendation_id, cluster_id, action_id) if t is not None]
    if len(targets) != 1:
        raise ValidationError(
            "an assignment concerns exactly one recommendation, cluster or action"
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
