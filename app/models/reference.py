"""Reference vocabularies: States, mechanisms, themes, affected persons, SDGs, positions."""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Replicated
from app.models.codes import ThemeScheme


class State(Replicated, Base):
    __tablename__ = "state"

    iso3: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    un_status: Mapped[str] = mapped_column(String(20), default="member")
    is_fictional: Mapped[bool] = mapped_column(Boolean, default=False)

    aliases: Mapped[list[StateAlias]] = relationship(back_populates="state")


class StateAlias(Replicated, Base):
    """Another spelling of a State's name as found in real documents ("Turkey", "Cape Verde")."""

    __tablename__ = "state_alias"

    state_id: Mapped[str] = mapped_column(ForeignKey("state.id"), index=True)
    alias: Mapped[str] = mapped_column(String(200))
    # Accents, apostrophes, case and spaces removed: "Côte d’Ivoire" and "Cote d'Ivoire" meet.
    match_key: Mapped[str] = mapped_column(String(200), unique=True)

    state: Mapped[State] = relationship(back_populates="aliases")


class Mechanism(Replicated, Base):
    __tablename__ = "mechanism"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(30))  # upr, treaty_body, special_procedure, ...
    name: Mapped[str] = mapped_column(String(300))


class Theme(Replicated, Base):
    """A UHRI theme (coded, e.g. "A12") or a plain theme name used by later matrices."""

    __tablename__ = "theme"

    code: Mapped[str | None] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("theme.id"), index=True)
    # Which taxonomy: "uhri" (OHCHR's Universal Human Rights Index), "upr-info" (UPR Info's
    # issues) or "custom" (added by the secretariat or found in a later matrix).
    scheme: Mapped[str] = mapped_column(String(20), default=ThemeScheme.UHRI,
                                        server_default=ThemeScheme.UHRI.value)


class AffectedGroup(Replicated, Base):
    __tablename__ = "affected_group"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(300))


class SdgGoal(Replicated, Base):
    __tablename__ = "sdg_goal"

    number: Mapped[int] = mapped_column(Integer, unique=True)
    short_name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(Text)


class SdgTarget(Replicated, Base):
    __tablename__ = "sdg_target"

    code: Mapped[str] = mapped_column(String(10), unique=True)
    goal_id: Mapped[str] = mapped_column(ForeignKey("sdg_goal.id"), index=True)
    text: Mapped[str] = mapped_column(Text)


class Position(Base):
    """Fixed vocabulary: the State's position on a recommendation."""

    __tablename__ = "position"

    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    label: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ImplementationStatus(Base):
    """Fixed vocabulary: how far a recommendation is implemented."""

    __tablename__ = "implementation_status"

    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    label: Mapped[str] = mapped_column(String(100))
    rank: Mapped[int] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


