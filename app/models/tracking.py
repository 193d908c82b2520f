"""The implementation plan and its follow-up: actions, indicators, assessments, deadlines."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Replicated
from app.models.codes import (
    ActionStatus,
    DeadlineKind,
    IndicatorDirection,
    IndicatorKind,
    WorkflowState,
    values,
)
from app.models.institution import _one_of

ACTION_STATUSES = values(ActionStatus)
INDICATOR_KINDS = values(IndicatorKind)
INDICATOR_DIRECTIONS = values(IndicatorDirection)
WORKFLOW_STATES = values(WorkflowState)
DEADLINE_KINDS = values(DeadlineKind)


class Action(Replicated, Base):
    """A measure of the implementation plan, linked to one or many recommendations."""

    __tablename__ = "action"
    __table_args__ = (CheckConstraint(_one_of("status", ACTION_STATUSES), name="status"),)

    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    expected_outcome: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    budget_amount: Mapped[float | None] = mapped_column(Float)
    budget_currency: Mapped[str | None] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(20), default=ActionStatus.PLANNED)


class ActionRecommendation(Replicated, Base):
    __tablename__ = "action_recommendation"
    __table_args__ = (UniqueConstraint("action_id", "recommendation_id"),)

    action_id: Mapped[str] = mapped_column(ForeignKey("action.id"), index=True)
    recommendation_id: Mapped[str] = mapped_column(ForeignKey("recommendation.id"), index=True)


class Indicator(Replicated, Base):
    __tablename__ = "indicator"
    __table_args__ = (
        CheckConstraint(_one_of("kind", INDICATOR_KINDS), name="kind"),
        CheckConstraint(_one_of("direction", INDICATOR_DIRECTIONS), name="direction"),
    )

    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(60), default="")
    baseline_value: Mapped[float | None] = mapped_column(Float)
    baseline_date: Mapped[date | None] = mapped_column(Date)
    target_value: Mapped[float | None] = mapped_column(Float)
    target_date: Mapped[date | None] = mapped_column(Date)
    direction: Mapped[str] = mapped_column(String(20), default=IndicatorDirection.INCREASE)
    disaggregation: Mapped[str | None] = mapped_column(Text)
    data_source: Mapped[str | None] = mapped_column(Text)
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institution.id"), index=True)


class IndicatorLink(Replicated, Base):
    """What an indicator measures: a recommendation or an action."""

    __tablename__ = "indicator_link"
    __table_args__ = (
        CheckConstraint(
            "(recommendation_id IS NULL) <> (action_id IS NULL)", name="one_target"
        ),
        UniqueConstraint("indicator_id", "recommendation_id", "action_id"),
    )

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id"), index=True)
    recommendation_id: Mapped[str | None] = mapped_column(
        ForeignKey("recommendation.id"), index=True
    )
    action_id: Mapped[str | None] = mapped_column(ForeignKey("action.id"), index=True)


class IndicatorValue(Replicated, Base):
    __tablename__ = "indicator_value"
    __table_args__ = (
        CheckConstraint(_one_of("workflow_state", WORKFLOW_STATES), name="workflow_state"),
    )

    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id"), index=True)
    period: Mapped[str] = mapped_column(String(40))
    value_date: Mapped[date] = mapped_column(Date)
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    workflow_state: Mapped[str] = mapped_column(String(20), default=WorkflowState.DRAFT)


class Assessment(Replicated, Base):
    """A progress update on one recommendation by one institution for one reporting period."""

    __tablename__ = "assessment"
    __table_args__ = (
        CheckConstraint(_one_of("workflow_state", WORKFLOW_STATES), name="workflow_state"),
    )

    recommendation_id: Mapped[str] = mapped_column(ForeignKey("recommendation.id"), index=True)
    institution_id: Mapped[str] = mapped_column(ForeignKey("institution.id"), index=True)
    period: Mapped[str] = mapped_column(String(40))
    status_code: Mapped[str] = mapped_column(ForeignKey("implementation_status.code"))
    narrative: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    workflow_state: Mapped[str] = mapped_column(String(20), default=WorkflowState.DRAFT, index=True)
    return_comment: Mapped[str | None] = mapped_column(Text)
    author_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"), index=True)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    validated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    validated_by_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))
    accepted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    accepted_by_id: Mapped[str | None] = mapped_column(ForeignKey("person.id"))


class Deadline(Replicated, Base):
    __tablename__ = "deadline"
    __table_args__ = (CheckConstraint(_one_of("kind", DEADLINE_KINDS), name="kind"),)

    kind: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[date] = mapped_column(Date, index=True)
    completed_on: Mapped[date | None] = mapped_column(Date)
    review_id: Mapped[str | None] = mapped_column(ForeignKey("review.id"), index=True)
    recommendation_id: Mapped[str | None] = mapped_column(
        ForeignKey("recommendation.id"), index=True
    )
    action_id: Mapped[str | None] = mapped_column(ForeignKey("action.id"), index=True)
    indicator_id: Mapped[str | None] = mapped_column(ForeignKey("indicator.id"), index=True)
    institution_id: Mapped[str | None] = mapped_column(ForeignKey("institution.id"), index=True)
