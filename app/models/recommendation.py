"""Reviews (source documents), recommendations and what is attached to them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Replicated
from app.models.codes import PositionCode


class Review(Replicated, Base):
    """One source document: a UPR Working Group report, concluding observations, a visit report."""

    __tablename__ = "review"

    mechanism_id: Mapped[str] = mapped_column(ForeignKey("mechanism.id"), index=True)
    state_id: Mapped[str] = mapped_column(ForeignKey("state.id"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    symbol: Mapped[str | None] = mapped_column(String(100), unique=True)
    cycle: Mapped[int | None] = mapped_column(Integer)
    session: Mapped[int | None] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    adoption_date: Mapped[date | None] = mapped_column(Date)
    midterm_due_date: Mapped[date | None] = mapped_column(Date)
    next_review_date: Mapped[date | None] = mapped_column(Date)


class Recommendation(Replicated, Base):
    __tablename__ = "recommendation"
    __table_args__ = (
        UniqueConstraint("review_id", "reference"),
        CheckConstraint(
            "action_category IS NULL OR action_category BETWEEN 1 AND 5", name="action_category"
        ),
        CheckConstraint(
            "priority IS NULL OR priority IN ('high', 'medium', 'low')", name="priority"
        ),
    )

    review_id: Mapped[str] = mapped_column(ForeignKey("review.id"), index=True)
    # Paragraph number in the source document ("186.28"); absent in UPR Info exports.
    reference: Mapped[str | None] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(Text)
    translation: Mapped[str | None] = mapped_column(Text)
    position_code: Mapped[str] = mapped_column(
        ForeignKey("position.code"), default=PositionCode.PENDING, index=True
    )
    position_source: Mapped[str | None] = mapped_column(String(300))
    action_category: Mapped[int | None] = mapped_column(Integer)
    priority: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str | None] = mapped_column(Text)

    review: Mapped[Review] = relationship()


class RecommendingState(Replicated, Base):
    __tablename__ = "recommending_state"
    __table_args__ = (UniqueConstraint("recommendation_id", "state_id"),)

    recommendation_id: Mapped[str] = mapped_column(ForeignKey("recommendation.id"), index=True)
    state_id: Mapped[str] = mapped_column(ForeignKey("state.id"), index=True)


class RecommendationTheme(Replicated, Base):
    __tablename__ = "recommendation_theme"
    __table_args__ = (UniqueConstraint("recommendation_id", "theme_id"),)

    recommendation_id: Mapped[str] = mapped_column(ForeignKey("recommendation.id"), index=True)
    theme_id: Mapped[str] = mapped_column(ForeignKey("theme.id"), index=True)


class RecommendationAffectedGroup(Replicated, Base):
    __tablename__ = "recommendation_affected_group"
    __table_args__ = (UniqueConstraint("recommendation_id", "affected_group_id"),)

    recommendation_id: Mapped[str] = mapped_column(ForeignKey("recommendation.id"), index=True)
    affected_group_id: Mapped[str] = mapped_column(ForeignKey("affected_group.id"), index=True)


class RecommendationSdg(Replicated, Base):
    """Link to an SDG goal, and to one of its targets when the source is that precise."""

    __tablename__ = "recommendation_sdg"
    __table_args__ = (UniqueConstraint("recommendation_id", "goal_id", "target_id"),)

    recommendation_id: Mapped[str] = mapped_column(ForeignKey("recommendation.id"), index=True)
    goal_id: Mapped[str] = mapped_column(ForeignKey("sdg_goal.id"), index=True)
    target_id: Mapped[str | None] = mapped_column(ForeignKey("sdg_target.id"), index=True)


class ExternalReference(Replicated, Base):
    """Identifier of the recommendation in a source (OHCHR matrix row, UPR Info, UHRI)."""

    __tablename__ = "external_reference"
    __table_args__ = (UniqueConstraint("source", "identifier"),)

    recommendation_id: Mapped[str] = mapped_column(ForeignKey("recommendation.id"), index=True)
    source: Mapped[str] = mapped_column(String(40))
    identifier: Mapped[str] = mapped_column(String(300))


class Cluster(Replicated, Base):
    """A user-defined group of recommendations treated together."""

    __tablename__ = "cluster"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)


class ClusterMember(Replicated, Base):
    __tablename__ = "cluster_member"
    __table_args__ = (UniqueConstraint("cluster_id", "recommendation_id"),)

    cluster_id: Mapped[str] = mapped_column(ForeignKey("cluster.id"), index=True)
    recommendation_id: Mapped[str] = mapped_column(ForeignKey("recommendation.id"), index=True)
