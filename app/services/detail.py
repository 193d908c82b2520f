"""One recommendation in full, for the detail pane: metadata, assignment, status, history."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import _
from app.models import (
    AffectedGroup,
    Assessment,
    Assignment,
    Cluster,
    ClusterMember,
    ExternalReference,
    Institution,
    Mechanism,
    Person,
    Position,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationSdg,
    RecommendationTheme,
    RecommendingState,
    Review,
    SdgGoal,
    SdgTarget,
    State,
    Theme,
)
from app.models.codes import AssignmentRole, WorkflowState
from app.models.institution import PERSON_ROLES
from app.services.evidence import evidence_of
from app.services.status import current_statuses
from app.services.vocabulary_names import goal_name, state_name
from app.services.vocabulary_names import mechanism_name as mechanism_name_in


def _role_rank(role: str) -> int:
    """Main focal point first, then the alternate, then the validating authority."""
    return PERSON_ROLES.index(role) if role in PERSON_ROLES else len(PERSON_ROLES)


@dataclass(frozen=True)
class InstitutionRole:
    code: str
    name: str
    role: str  # lead / supporting
    focal_points: list[tuple[str, str, str]]  # (name, role, contact)
    status_code: str  # its latest accepted assessment's status, "" when none
    institution_id: str = ""


@dataclass(frozen=True)
class AssessmentLine:
    period: str
    institution: str
    workflow_state: str
    narrative: str
    id: str = ""
    institution_id: str = ""
    next_steps: str = ""
    return_comment: str = ""
    evidence: tuple = ()  # EvidenceRow of the files attached
    status_code: str = ""


@dataclass(frozen=True)
class RecommendationDetail:
    id: str
    reference: str
    text: str
    translation: str
    mechanism: str
    mechanism_name: str
    review: str
    symbol: str
    position_code: str
    position: str
    position_source: str
    priority: str
    notes: str
    recommending_states: list[str]
    themes: list[str]
    affected_groups: list[str]
    sdgs: list[str]
    clusters: list[str]
    sources: list[str]
    status_code: str  # its current status, "" when not assessed
    roles: list[InstitutionRole] = field(default_factory=list)
    assessments: list[AssessmentLine] = field(default_factory=list)
    row_version: int = 0


def recommendation_detail(session: Session, rec_id: str) -> RecommendationDetail | None:
    found = session.execute(
        select(Recommendation, Review, Mechanism.code, Mechanism.name, Position.label)
        .join(Review, Review.id == Recommendation.review_id)
        .join(Mechanism, Mechanism.id == Review.mechanism_id)
        .join(Position, Position.code == Recommendation.position_code)
        .where(Recommendation.id == rec_id)).first()
    if found is None or found[0].deleted:
        return None
    rec, review, mechanism, mechanism_name, position = found

    def names(query) -> list[str]:
        return list(session.scalars(query))

    states = sorted(state_name(iso3, name) for iso3, name in session.execute(
        select(State.iso3, State.name).join(RecommendingState)
        .where(RecommendingState.recommendation_id == rec_id,
               RecommendingState.deleted.is_(False))))
    themes = [f"{code} {name}" if code else name for code, name in session.execute(
        select(Theme.code, Theme.name).join(RecommendationTheme)
        .where(RecommendationTheme.recommendation_id == rec_id,
               RecommendationTheme.deleted.is_(False)).order_by(Theme.code, Theme.name))]
    groups = names(select(AffectedGroup.name).join(RecommendationAffectedGroup)
                   .where(RecommendationAffectedGroup.recommendation_id == rec_id,
                          RecommendationAffectedGroup.deleted.is_(False))
                   .order_by(AffectedGroup.name))
    sdgs = []
    for number, short, target in session.execute(
            select(SdgGoal.number, SdgGoal.short_name, SdgTarget.code)
            .join(RecommendationSdg, RecommendationSdg.goal_id == SdgGoal.id)
            .outerjoin(SdgTarget, SdgTarget.id == RecommendationSdg.target_id)
            .where(RecommendationSdg.recommendation_id == rec_id,
                   RecommendationSdg.deleted.is_(False)).order_by(SdgGoal.number)):
        short = goal_name(number, short)
        sdgs.append(f"{target} ({short})" if target else f"{number}. {short}")
    clusters = names(select(Cluster.name).join(ClusterMember)
                     .where(ClusterMember.recommendation_id == rec_id,
                            ClusterMember.deleted.is_(False), Cluster.deleted.is_(False))
                     .order_by(Cluster.name))
    sources = [f"{source}: {identifier}" for source, identifier in session.execute(
        select(ExternalReference.source, ExternalReference.identifier)
        .where(ExternalReference.recommendation_id == rec_id,
               ExternalReference.deleted.is_(False)))]
    assessments = session.execute(
        select(Assessment, Institution.code)
        .join(Institution, Institution.id == Assessment.institution_id)
        .where(Assessment.recommendation_id == rec_id, Assessment.deleted.is_(False))
        .order_by(Assessment.period.desc(), Institution.code)).all()
    latest_accepted: dict[str, str] = {}
    for assessment, code in sorted(assessments, key=lambda a: (a[0].accepted_at is None,
                                                               a[0].accepted_at)):
        if assessment.workflow_state == WorkflowState.ACCEPTED:
            latest_accepted[code] = assessment.status_code

    attached = evidence_of(session, [a.id for a, _ in assessments])
    roles = []
    for role, institution in session.execute(
            select(Assignment.role, Institution).join(Institution)
            .where(Assignment.recommendation_id == rec_id, Assignment.deleted.is_(False))
            .order_by(Assignment.role != AssignmentRole.LEAD, Institution.code)):
        staff = session.scalars(select(Person).where(
            Person.institution_id == institution.id, Person.deleted.is_(False)))
        people = [(p.full_name, p.role, " · ".join(filter(None, (p.email, p.phone))))
                  for p in sorted(staff, key=lambda p: (_role_rank(p.role), p.full_name))]
        roles.append(InstitutionRole(institution.code, institution.name, role, people,
                                     latest_accepted.get(institution.code, ""),
                                     institution.id))

    review_label = " · ".join(filter(None, (
        mechanism, _("cycle {0}").format(review.cycle) if review.cycle else "",
        _("session {0}").format(review.session) if review.session else "",
        str(review.year) if review.year else "")))
    return RecommendationDetail(
        id=rec.id, reference=rec.reference or "", text=rec.text,
        translation=rec.translation or "", mechanism=mechanism,
        mechanism_name=mechanism_name_in(mechanism, mechanism_name),
        review=review_label, symbol=review.symbol or "", position_code=rec.position_code,
        position=position, position_source=rec.position_source or "",
        priority=rec.priority or "", notes=rec.notes or "", recommending_states=states,
        themes=themes, affected_groups=groups, sdgs=sdgs, clusters=clusters, sources=sources,
        status_code=current_statuses(session, [rec_id]).get(rec_id, ""),
        roles=roles,
        assessments=[AssessmentLine(a.period, code, a.workflow_state, a.narrative or "", a.id,
                                    a.institution_id, a.next_steps or "",
                                    a.return_comment or "", tuple(attached.get(a.id, ())),
                                    a.status_code)
                     for a, code in assessments],
        row_version=rec.row_version,
    )
