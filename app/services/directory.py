"""Institutions and their people, for lists in the window and reports."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from app.db.database import Database
from app.models import Assignment, Institution, Person
from app.models.codes import AssignmentRole, PersonRole


@dataclass(frozen=True)
class InstitutionRow:
    id: str
    code: str
    name: str
    kind: str
    focal_point: str
    alternate: str
    validating_authority: str
    lead_count: int
    supporting_count: int


def institution_rows(db: Database) -> list[InstitutionRow]:
    with db.read() as session:
        people: dict[tuple[str, str], list[str]] = defaultdict(list)
        for institution_id, role, name in session.execute(
            select(Person.institution_id, Person.role, Person.full_name)
            .where(Person.deleted.is_(False))
            .order_by(Person.full_name)
        ):
            people[(institution_id, role)].append(name)
        counts: dict[tuple[str, str], int] = {
            (institution_id, role): count
            for institution_id, role, count in session.execute(
                select(Assignment.institution_id, Assignment.role, func.count())
                .where(Assignment.deleted.is_(False), Assignment.recommendation_id.is_not(None))
                .group_by(Assignment.institution_id, Assignment.role)
            )
        }
        return [
            InstitutionRow(
                id=i.id,
                code=i.code,
                name=i.name,
                kind=i.kind,
                focal_point=", ".join(people[(i.id, PersonRole.FOCAL_POINT_MAIN)]),
                alternate=", ".join(people[(i.id, PersonRole.FOCAL_POINT_ALTERNATE)]),
                validating_authority=", ".join(people[(i.id, PersonRole.VALIDATING_AUTHORITY)]),
                lead_count=counts.get((i.id, AssignmentRole.LEAD), 0),
                supporting_count=counts.get((i.id, AssignmentRole.SUPPORTING), 0),
            )
            for i in session.scalars(
                select(Institution).where(Institution.deleted.is_(False)).order_by(Institution.code)
            )
        ]
