"""Institutions, the people who act for them, and who is responsible for what."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Replicated
from app.models.codes import AssignmentRole, InstitutionKind, PersonRole, values

INSTITUTION_KINDS = values(InstitutionKind)
PERSON_ROLES = values(PersonRole)
ASSIGNMENT_ROLES = values(AssignmentRole)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


class Institution(Replicated, Base):
    __tablename__ = "institution"
    __table_args__ = (CheckConstraint(_one_of("kind", INSTITUTION_KINDS), name="kind"),)

    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default=InstitutionKind.MINISTRY.value)
    contact: Mapped[str | None] = mapped_column(Text)


class Person(Replicated, Base):
    __tablename__ = "person"
    __table_args__ = (CheckConstraint(_one_of("role", PERSON_ROLES), name="role"),)

    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institution.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(30))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(60))


class Assignment(Replicated, Base):
    """An institution's responsibility (lead or supporting) for a recommendation, cluster or
    action."""

    __tablename__ = "assignment"
    __table_args__ = (
        CheckConstraint(_one_of("role", ASSIGNMENT_ROLES), name="role"),
        CheckConstraint(
            " + ".join(
                f"CASE WHEN {column} IS NULL THEN 0 ELSE 1 END"
                for column in ("recommendation_id", "cluster_id", "action_id")
            )
            + " = 1",
            name="one_target",
        ),
    )

    institution_id: Mapped[str] = mapped_column(ForeignKey("institution.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    recommendation_id: Mapped[str | None] = mapped_column(
        ForeignKey("recommendation.id"), index=True
    )
    cluster_id: Mapped[str | None] = mapped_column(ForeignKey("cluster.id"), index=True)
    action_id: Mapped[str | None] = mapped_column(ForeignKey("action.id"), index=True)
