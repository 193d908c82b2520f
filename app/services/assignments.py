"""Who leads and who supports each recommendation, and the other edits made to many at once.

Every function takes a selection of recommendation ids, changes only what needs changing and
returns how many recommendations it changed, so the window can say "12 changed, 3 already so".
Rows are never hard-deleted: a role taken away is soft-deleted and given back by restoring it,
which keeps one row per (recommendation, institution) and a readable history.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import _
from app.models import (
    Assignment,
    Institution,
    Recommendation,
    RecommendationSdg,
    RecommendationTheme,
    SdgTarget,
    Theme,
    new_id,
)
from app.models.codes import AssignmentRole, Priority
from app.services.permissions import require_secretariat

PRIORITIES = (Priority.HIGH, Priority.MEDIUM, Priority.LOW)
_CHUNK = 500  # stays under SQLite's limit of bound parameters per statement


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def live_recommendations(session: Session, recommendation_ids: Iterable[str]) -> list[str]:
    """The ids that still exist, in the order given; none at all is a clear error."""
    wanted = list(dict.fromkeys(recommendation_ids))
    if not wanted:
        raise ValidationError(_("selection: select at least one recommendation"))
    live: set[str] = set()
    for chunk in _chunks(wanted):
        live.update(session.scalars(select(Recommendation.id).where(
            Recommendation.id.in_(chunk), Recommendation.deleted.is_(False))))
    return [rec_id for rec_id in wanted if rec_id in live]


def _institution(session: Session, institution_id: str) -> Institution:
    institution = session.get(Institution, institution_id)
    if institution is None or institution.deleted:
        raise ValidationError(_("institution: it no longer exists (deleted meanwhile?)"))
    return institution


def _assignments(session: Session, rec_ids: list[str]) -> dict[str, list[Assignment]]:
    found: dict[str, list[Assignment]] = defaultdict(list)
    for chunk in _chunks(rec_ids):
        for assignment in session.scalars(
                select(Assignment).where(Assignment.recommendation_id.in_(chunk))):
            if assignment.recommendation_id is not None:  # an action's have none
                found[assignment.recommendation_id].append(assignment)
    return found


def _give_role(session: Session, existing: list[Assignment], rec_id: str, institution_id: str,
               role: str) -> None:
    """The institution gets `role`, reusing its row for this recommendation if it has one."""
    mine = [a for a in existing if a.institution_id == institution_id]
    if mine:
        row = mine[0]
        row.role, row.deleted = role, False
    else:
        session.add(Assignment(id=new_id(), institution_id=institution_id, role=role,
                               recommendation_id=rec_id))


def _change_roles(session: Session, recommendation_ids: Iterable[str], institution_id: str,
                  change: Callable[[list[Assignment], str], bool]) -> int:
    """Calls `change(assignment rows, recommendation id)` per recommendation; counts the Trues."""
    require_secretariat(session, "assign institutions")
    _institution(session, institution_id)
    rec_ids = live_recommendations(session, recommendation_ids)
    existing = _assignments(session, rec_ids)
    return sum(1 for rec_id in rec_ids if change(existing[rec_id], rec_id))


def set_lead(session: Session, recommendation_ids: Iterable[str], institution_id: str) -> int:
    """One lead per recommendation: the previous lead, if another, steps down entirely; a
    supporting institution made lead stops being supporting."""
    def change(rows: list[Assignment], rec_id: str) -> bool:
        if any(a.role == AssignmentRole.LEAD and a.institution_id == institution_id
               and not a.deleted for a in rows):
            return False
        for row in rows:
            if row.role == AssignmentRole.LEAD and not row.deleted:
                row.deleted = True
        _give_role(session, rows, rec_id, institution_id, AssignmentRole.LEAD)
        return True
    return _change_roles(session, recommendation_ids, institution_id, change)


def add_supporting(session: Session, recommendation_ids: Iterable[str],
                   institution_id: str) -> int:
    """Adds the institution as supporting where it has no role yet (a lead stays lead)."""
    def change(rows: list[Assignment], rec_id: str) -> bool:
        if any(a.institution_id == institution_id and not a.deleted for a in rows):
            return False
        _give_role(session, rows, rec_id, institution_id, AssignmentRole.SUPPORTING)
        return True
    return _change_roles(session, recommendation_ids, institution_id, change)


def remove_institution(session: Session, recommendation_ids: Iterable[str],
                       institution_id: str) -> int:
    require_secretariat(session, "assign institutions")
    rec_ids = live_recommendations(session, recommendation_ids)
    changed = 0
    for rows in _assignments(session, rec_ids).values():
        for row in rows:
            if row.institution_id == institution_id and not row.deleted:
                row.deleted = True
                changed += 1
    return changed


def set_priority(session: Session, recommendation_ids: Iterable[str],
                 priority: str | None) -> int:
    require_secretariat(session, "set priorities")
    if priority is not None and priority not in PRIORITIES:
        raise ValidationError(_("priority: '{0}' is not one of {1}").format(
                                  priority, ', '.join(PRIORITIES)))
    changed = 0
    for chunk in _chunks(live_recommendations(session, recommendation_ids)):
        for recommendation in session.scalars(
                select(Recommendation).where(Recommendation.id.in_(chunk))):
            if recommendation.priority != priority:
                recommendation.priority = priority
                changed += 1
    return changed


def _add_link(session: Session, model, rec_ids: list[str], column: str, value: str,
              **extra) -> int:
    require_secretariat(session, "edit recommendations")
    existing = {}
    for chunk in _chunks(rec_ids):
        for row in session.scalars(select(model).where(
                model.recommendation_id.in_(chunk), getattr(model, column) == value)):
            existing[row.recommendation_id] = row
    changed = 0
    for rec_id in rec_ids:
        row = existing.get(rec_id)
        if row is None:
            session.add(model(id=new_id(), recommendation_id=rec_id, **{column: value}, **extra))
        elif row.deleted:
            row.deleted = False
        else:
            continue
        changed += 1
    return changed


def add_theme(session: Session, recommendation_ids: Iterable[str], theme_id: str) -> int:
    theme = session.get(Theme, theme_id)
    if theme is None or theme.deleted:
        raise ValidationError(_("theme: it no longer exists (deleted meanwhile?)"))
    rec_ids = live_recommendations(session, recommendation_ids)
    return _add_link(session, RecommendationTheme, rec_ids, "theme_id", theme_id)


def add_sdg_target(session: Session, recommendation_ids: Iterable[str], target_id: str) -> int:
    target = session.get(SdgTarget, target_id)
    if target is None or target.deleted:
        raise ValidationError(_("SDG target: it no longer exists"))
    rec_ids = live_recommendations(session, recommendation_ids)
    return _add_link(session, RecommendationSdg, rec_ids, "target_id", target_id,
                     goal_id=target.goal_id)
