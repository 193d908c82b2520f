"""Lists a person picks from when editing many recommendations at once."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import ImplementationStatus, Institution, Position, SdgTarget, Theme

Choice = tuple[str, str]  # (id, label)


def institution_choices(session: Session) -> list[Choice]:
    return [(i.id, f"{i.code} — {i.name}") for i in session.scalars(
        select(Institution).where(Institution.deleted.is_(False)).order_by(Institution.code))]


def theme_choices(session: Session) -> list[Choice]:
    themes = session.scalars(select(Theme).where(Theme.deleted.is_(False))
                             .order_by(Theme.code.is_(None), Theme.code, func.lower(Theme.name)))
    return [(t.id, f"{t.code} — {t.name}" if t.code else t.name) for t in themes]


def sdg_target_choices(session: Session) -> list[Choice]:
    targets = session.execute(select(SdgTarget.id, SdgTarget.code, SdgTarget.text)
                              .where(SdgTarget.deleted.is_(False))).all()
    def numeric(code: str) -> tuple:
        """"1.10" after "1.2", lettered targets ("1.a") after the numbered ones."""
        return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in code.split("."))
    return [(target_id, f"{code} — {text}")
            for target_id, code, text in sorted(targets, key=lambda t: numeric(t[1]))]


def position_choices(session: Session) -> list[Choice]:
    return [(code, label) for code, label in session.execute(
        select(Position.code, Position.label).order_by(Position.sort_order))]


def status_choices(session: Session) -> list[Choice]:
    return [(code, label) for code, label in session.execute(
        select(ImplementationStatus.code, ImplementationStatus.label)
        .order_by(ImplementationStatus.rank))]
