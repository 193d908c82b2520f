"""ORM classes only (no Qt). Importing this package registers every table on Base.metadata."""

from app.models.base import AUDIT_COLUMNS, Base, Replicated, new_id, new_ids, utcnow
from app.models.evidence import Evidence, EvidenceBlob
from app.models.institution import Assignment, Institution, Person
from app.models.recommendation import (
    Cluster,
    ClusterMember,
    ExternalReference,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationSdg,
    RecommendationTheme,
    RecommendingState,
    Review,
)
from app.models.reference import (
    AffectedGroup,
    ImplementationStatus,
    Mechanism,
    Position,
    SdgGoal,
    SdgTarget,
    State,
    StateAlias,
    Theme,
)
from app.models.system import (
    ChangeRecord,
    Conflict,
    DatabaseInfo,
    Device,
    ExchangeLedger,
    ImportRecord,
)
from app.models.tracking import (
    Action,
    ActionRecommendation,
    Assessment,
    Deadline,
    Indicator,
    IndicatorLink,
    IndicatorValue,
)

__all__ = [
    "AUDIT_COLUMNS",
    "Action",
    "ActionRecommendation",
    "AffectedGroup",
    "Assessment",
    "Assignment",
    "Base",
    "ChangeRecord",
    "Cluster",
    "ClusterMember",
    "Conflict",
    "DatabaseInfo",
    "Deadline",
    "Device",
    "Evidence",
    "EvidenceBlob",
    "ExchangeLedger",
    "ExternalReference",
    "ImplementationStatus",
    "ImportRecord",
    "Indicator",
    "IndicatorLink",
    "IndicatorValue",
    "Institution",
    "Mechanism",
    "Person",
    "Position",
    "Recommendation",
    "RecommendationAffectedGroup",
    "RecommendationSdg",
    "RecommendationTheme",
    "RecommendingState",
    "Replicated",
    "Review",
    "SdgGoal",
    "SdgTarget",
    "State",
    "StateAlias",
    "Theme",
    "new_id",
    "new_ids",
    "utcnow",
]


def tracked_tables() -> frozenset[str]:
    """Tables whose every change goes through the change log."""
    return frozenset(
        mapper.class_.__tablename__
        for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__tracked__", False)
    )
