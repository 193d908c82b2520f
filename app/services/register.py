"""Writing the register: reviews, recommendations and what is attached to them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import _
from app.local_time import local_time_text
from app.models import (
    Deadline,
    Mechanism,
    Position,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationSdg,
    RecommendationTheme,
    RecommendingState,
    Review,
    SdgTarget,
    new_id,
)
from app.models.codes import DeadlineKind, PositionCode
from app.services.permissions import require_secretariat


@dataclass
class ReviewSpec:
    mechanism_code: str
    state_id: str
    title: str = ""
    symbol: str | None = None
    cycle: int | None = None
    session: int | None = None
    year: int | None = None
    adoption_date: date | None = None
    midterm_due_date: date | None = None
    next_review_date: date | None = None


@dataclass
class RecommendationSpec:
    review_id: str
    text: str
    reference: str | None = None
    position_code: str = PositionCode.PENDING
    position_source: str | None = None
    action_category: int | None = None
    priority: str | None = None
    recommending_state_ids: list[str] = field(default_factory=list)
    theme_ids: list[str] = field(default_factory=list)
    affected_group_ids: list[str] = field(default_factory=list)
    sdg_target_ids: list[str] = field(default_factory=list)


def add_review(session: Session, spec: ReviewSpec) -> str:
    mechanism = session.scalar(select(Mechanism).where(Mechanism.code == spec.mechanism_code))
    if mechanism is None:
        raise ValidationError(_("mechanism: '{0}' is not a known mechanism code").format(
                                  spec.mechanism_code))
    review = Review(
        id=new_id(),
        mechanism_id=mechanism.id,
        state_id=spec.state_id,
        title=spec.title,
        symbol=spec.symbol,
        cycle=spec.cycle,
        session=spec.session,
        year=spec.year,
        adoption_date=spec.adoption_date,
        midterm_due_date=spec.midterm_due_date,
        next_review_date=spec.next_review_date,
    )
    session.add(review)
    return review.id


def _check_recommendation(session: Session, spec: RecommendationSpec) -> None:
    if not spec.text.strip():
        raise ValidationError(_("text: a recommendation needs its text"))
    if session.get(Position, spec.position_code) is None:
        codes = ", ".join(session.scalars(select(Position.code).order_by(Position.sort_order)))
        raise ValidationError(_("position: '{0}' is not one of {1}").format(
                                  spec.position_code, codes))
    if spec.action_category is not None and not 1 <= spec.action_category <= 5:
        raise ValidationError(
            _("action category: {0} is not a number from 1 to 5").format(spec.action_category)
        )


def add_recommendation(session: Session, spec: RecommendationSpec) -> str:
    _check_recommendation(session, spec)
    recommendation = Recommendation(
        id=new_id(),
        review_id=spec.review_id,
        reference=spec.reference,
        text=spec.text.strip(),
        position_code=spec.position_code,
        position_source=spec.position_source,
        action_category=spec.action_category,
        priority=spec.priority,
    )
    session.add(recommendation)
    rec_id = recommendation.id
    for state_id in dict.fromkeys(spec.recommending_state_ids):
        session.add(RecommendingState(recommendation_id=rec_id, state_id=state_id))
    for theme_id in dict.fromkeys(spec.theme_ids):
        session.add(RecommendationTheme(recommendation_id=rec_id, theme_id=theme_id))
    for group_id in dict.fromkeys(spec.affected_group_ids):
        session.add(
            RecommendationAffectedGroup(recommendation_id=rec_id, affected_group_id=group_id)
        )
    link_sdg_targets(session, rec_id, spec.sdg_target_ids)
    return rec_id


def link_sdg_targets(session: Session, recommendation_id: str, target_ids: Iterable[str]) -> None:
    for target_id in dict.fromkeys(target_ids):
        with session.no_autoflush:  # reference data: pending rows cannot change the answer
            target = session.get(SdgTarget, target_id)
        if target is None:
            raise ValidationError(_("SDG target: no target with id {0}").format(target_id))
        session.add(
            RecommendationSdg(
                recommendation_id=recommendation_id, goal_id=target.goal_id, target_id=target_id
            )
        )


EDITABLE_RECOMMENDATION_FIELDS = frozenset(
    {"reference", "text", "translation", "position_code", "position_source", "action_category",
     "priority", "notes"}
)


def update_recommendation(session: Session, recommendation_id: str, *,
                          expected_version: int | None = None, **values) -> None:
    """`expected_version`: the version the person saw; someone else's edit since is refused
    rather than silently overwritten."""
    require_secretariat(session, "edit recommendations")
    unknown = set(values) - EDITABLE_RECOMMENDATION_FIELDS
    if unknown:
        raise ValidationError(_("recommendation: fields {0} cannot be edited").format(
                                  sorted(unknown)))
    recommendation = session.get(Recommendation, recommendation_id)
    if recommendation is None or recommendation.deleted:
        raise ValidationError(_("recommendation {0} does not exist").format(recommendation_id))
    if expected_version is not None and recommendation.row_version != expected_version:
        raise ValidationError(
            _("recommendation {0}: changed by {1} on {2} since you opened it; close and "
              "edit again").format(recommendation.reference or '', recommendation.updated_by,
                                   local_time_text(recommendation.updated_at)))
    merged = {
        name: values.get(name, getattr(recommendation, name))
        for name in ("text", "position_code", "action_category")
    }
    with session.no_autoflush:
        _check_recommendation(
            session, RecommendationSpec(review_id=recommendation.review_id, **merged)
        )
    for name, value in values.items():
        setattr(recommendation, name, value)


def delete_recommendation(session: Session, recommendation_id: str) -> None:
    require_secretariat(session, "delete recommendations")
    recommendation = session.get(Recommendation, recommendation_id)
    if recommendation is None:
        raise ValidationError(_("recommendation {0} does not exist").format(recommendation_id))
    recommendation.deleted = True


MIDTERM_AFTER = timedelta(days=913)  # about two and a half years after adoption
NEXT_REVIEW_AFTER = timedelta(days=1643)  # about four and a half years


def derived_calendar(adoption: date) -> tuple[date, date]:
    """The UPR rhythm: a mid-term report half-way, the next review four and a half years on."""
    return adoption + MIDTERM_AFTER, adoption + NEXT_REVIEW_AFTER


def set_review_calendar(session: Session, review_id: str, *, adoption_date: date | None,
                        midterm_due_date: date | None, next_review_date: date | None) -> None:
    """Dates of a review and the deadlines that follow from them (kept in step)."""
    require_secretariat(session, "set a review's calendar")
    review = session.get(Review, review_id)
    if review is None or review.deleted:
        raise ValidationError(_("review: it no longer exists"))
    for later, name in ((midterm_due_date, "mid-term report"),
                        (next_review_date, "next review")):
        if adoption_date and later and later <= adoption_date:
            raise ValidationError(_("{0}: it should come after the adoption").format(name))
    review.adoption_date = adoption_date
    review.midterm_due_date = midterm_due_date
    review.next_review_date = next_review_date
    existing = {d.kind: d for d in session.scalars(select(Deadline).where(
        Deadline.review_id == review_id,
        Deadline.kind.in_((DeadlineKind.MIDTERM_REPORT, DeadlineKind.NEXT_REVIEW))))}
    label = review.symbol or str(review.year or "")
    for kind, due, title in (
            (DeadlineKind.MIDTERM_REPORT, midterm_due_date, f"Mid-term report ({label})"),
            (DeadlineKind.NEXT_REVIEW, next_review_date, f"Next review ({label})")):
        deadline = existing.get(kind)
        if due is None:
            if deadline is not None and not deadline.deleted:
                deadline.deleted = True
        elif deadline is None:
            session.add(Deadline(id=new_id(), kind=kind, title=title, due_date=due,
                                 review_id=review_id))
        else:
            deadline.deleted = False
            if deadline.due_date != due:
                deadline.due_date = due


def review_dates(session: Session, review_id: str) -> dict:
    review = session.get(Review, review_id)
    if review is None:
        raise ValidationError(_("review {0}: no longer in the register").format(review_id))
    return {"adoption_date": review.adoption_date, "midterm_due_date": review.midterm_due_date,
            "next_review_date": review.next_review_date}
