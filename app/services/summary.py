"""What a database file is, in a few numbers (`nmrf-tracker info`, the About box)."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from app import __version__
from app.db.database import Database
from app.models import (
    DatabaseInfo,
    Institution,
    Mechanism,
    Position,
    Recommendation,
    Review,
    State,
)
from app.services.status import NOT_ASSESSED, current_statuses


@dataclass(frozen=True)
class InstitutionInfo:
    code: str
    name: str
    kind: str


@dataclass
class DatabaseSummary:
    path: str
    application_version: str
    schema: str
    role: str
    title: str
    is_demo: bool
    state: str | None
    institution: str | None
    recommendations: int
    by_mechanism: dict[str, int] = field(default_factory=dict)
    by_position: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    institutions: list[InstitutionInfo] = field(default_factory=list)

    def as_json(self) -> dict:
        return asdict(self)


def summarize(db: Database) -> DatabaseSummary:
    with db.read() as session:
        schema = MigrationContext.configure(session.connection()).get_current_revision() or ""
        info = DatabaseInfo.of(session)
        state = session.get(State, info.state_id) if info.state_id else None
        own_institution = (
            session.get(Institution, info.institution_id) if info.institution_id else None
        )
        live = Recommendation.deleted.is_(False)
        total = session.scalar(select(func.count(Recommendation.id)).where(live))
        by_mechanism = dict(
            session.execute(
                select(Mechanism.code, func.count(Recommendation.id))
                .join(Review, Review.mechanism_id == Mechanism.id)
                .join(Recommendation, Recommendation.review_id == Review.id)
                .where(live)
                .group_by(Mechanism.code)
                .order_by(Mechanism.code)
            ).tuples().all()
        )
        by_position = dict(
            session.execute(
                select(Position.code, func.count(Recommendation.id))
                .join(Recommendation, Recommendation.position_code == Position.code)
                .where(live)
                .group_by(Position.code)
                .order_by(Position.sort_order)
            ).tuples().all()
        )
        statuses = current_statuses(session)
        live_ids = session.scalars(select(Recommendation.id).where(live))
        by_status = Counter(statuses.get(rec_id, NOT_ASSESSED) for rec_id in live_ids)
        institutions = [
            InstitutionInfo(code, name, kind)
            for code, name, kind in session.execute(
                select(Institution.code, Institution.name, Institution.kind)
                .where(Institution.deleted.is_(False))
                .order_by(Institution.code)
            )
        ]
        return DatabaseSummary(
            path=db.location,
            application_version=__version__,
            schema=schema,
            role=info.role,
            title=info.title,
            is_demo=info.is_demo,
            state=state.name if state else None,
            institution=own_institution.code if own_institution else None,
            recommendations=total or 0,
            by_mechanism=by_mechanism,
            by_position=by_position,
            by_status=dict(sorted(by_status.items())),
            institutions=institutions,
        )
