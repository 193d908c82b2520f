"""One recommendation in full, for the detail pane: metadata, assignment, status, history."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, union_all
from sqlalchemy.orm import Session

from app.models import (
    Action,
    AffectedGroup,
    Assessment,
    Assignment,
    Base,
    ChangeRecord,
    Cluster,
    ClusterMember,
    Deadline,
    ExternalReference,
    ImplementationStatus,
    Indicator,
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
from app.models.institution import PERSON_ROLES
from app.services.evidence import evidence_of
from app.services.status import current_statuses

# Tables whose rows hang off one recommendation: their changes belong in its history.
LINKED_TABLES = {
    "assignment": Assignment, "recommendation_theme": RecommendationTheme,
    "recommendation_sdg": RecommendationSdg, "recommending_state": RecommendingState,
    "recommendation_affected_group": RecommendationAffectedGroup,
    "cluster_member": ClusterMember, "external_reference": ExternalReference,
    "assessment": Assessment,
}
HISTORY_LIMIT = 500


def _role_rank(role: str) -> int:
    """Main focal point first, then the alternate, then the validating authority."""
    return PERSON_ROLES.index(role) if role in PERSON_ROLES else len(PERSON_ROLES)


@dataclass(frozen=True)
class InstitutionRole:
    code: str
    name: str
    role: str  # lead / supporting
    focal_points: list[tuple[str, str, str]]  # (name, role, contact)
    status: str  # its latest accepted assessment's status label, "" when none
    institution_id: str = ""


@dataclass(frozen=True)
class AssessmentLine:
    period: str
    institution: str
    status: str
    workflow_state: str
    narrative: str
    id: str = ""
    institution_id: str = ""
    next_steps: str = ""
    return_comment: str = ""
    evidence: tuple = ()  # EvidenceRow of the files attached


@dataclass(frozen=True)
class HistoryEntry:
    """One changed field, as codes (the window words them: ui/change_words.py); linked
    rows' ids already replaced by their names."""

    when: datetime
    author: str
    what: str  # the table: "recommendation", "assessment", ...
    operation: str  # insert, update, delete, restore
    field: str  # the column: "workflow_state", "institution_id", ...
    old: Any
    new: Any


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
    status: str
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

    states = names(select(State.name).join(RecommendingState)
                   .where(RecommendingState.recommendation_id == rec_id,
                          RecommendingState.deleted.is_(False)).order_by(State.name))
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
        sdgs.append(f"{target} ({short})" if target else f"{number}. {short}")
    clusters = names(select(Cluster.name).join(ClusterMember)
                     .where(ClusterMember.recommendation_id == rec_id,
                            ClusterMember.deleted.is_(False), Cluster.deleted.is_(False))
                     .order_by(Cluster.name))
    sources = [f"{source}: {identifier}" for source, identifier in session.execute(
        select(ExternalReference.source, ExternalReference.identifier)
        .where(ExternalReference.recommendation_id == rec_id,
               ExternalReference.deleted.is_(False)))]
    status_labels = dict(session.execute(
        select(ImplementationStatus.code, ImplementationStatus.label)).all())

    assessments = session.execute(
        select(Assessment, Institution.code)
        .join(Institution, Institution.id == Assessment.institution_id)
        .where(Assessment.recommendation_id == rec_id, Assessment.deleted.is_(False))
        .order_by(Assessment.period.desc(), Institution.code)).all()
    latest_accepted: dict[str, str] = {}
    for assessment, code in sorted(assessments, key=lambda a: (a[0].accepted_at is None,
                                                               a[0].accepted_at)):
        if assessment.workflow_state == "accepted":
            latest_accepted[code] = status_labels.get(assessment.status_code, "")

    attached = evidence_of(session, [a.id for a, _ in assessments])
    roles = []
    for role, institution in session.execute(
            select(Assignment.role, Institution).join(Institution)
            .where(Assignment.recommendation_id == rec_id, Assignment.deleted.is_(False))
            .order_by(Assignment.role != "lead", Institution.code)):
        found = session.scalars(select(Person).where(
            Person.institution_id == institution.id, Person.deleted.is_(False)))
        people = [(p.full_name, p.role, " · ".join(filter(None, (p.email, p.phone))))
                  for p in sorted(found, key=lambda p: (_role_rank(p.role), p.full_name))]
        roles.append(InstitutionRole(institution.code, institution.name, role, people,
                                     latest_accepted.get(institution.code, ""),
                                     institution.id))

    review_label = " · ".join(filter(None, (
        mechanism, f"cycle {review.cycle}" if review.cycle else "",
        f"session {review.session}" if review.session else "",
        str(review.year) if review.year else "")))
    return RecommendationDetail(
        id=rec.id, reference=rec.reference or "", text=rec.text,
        translation=rec.translation or "", mechanism=mechanism, mechanism_name=mechanism_name,
        review=review_label, symbol=review.symbol or "", position_code=rec.position_code,
        position=position, position_source=rec.position_source or "",
        priority=rec.priority or "", notes=rec.notes or "", recommending_states=states,
        themes=themes, affected_groups=groups, sdgs=sdgs, clusters=clusters, sources=sources,
        status=status_labels.get(current_statuses(session, [rec_id]).get(rec_id, ""), ""),
        roles=roles,
        assessments=[AssessmentLine(a.period, code, status_labels.get(a.status_code, ""),
                                    a.workflow_state, a.narrative or "", a.id,
                                    a.institution_id, a.next_steps or "",
                                    a.return_comment or "", tuple(attached.get(a.id, ())))
                     for a, code in assessments],
        row_version=rec.row_version,
    )


def recommendation_history(session: Session, rec_id: str) -> list[HistoryEntry]:
    """Every recorded change to the recommendation and the rows attached to it, newest first,
    one line per field; ids of linked rows are shown by name (institution code, theme...)."""
    row_ids = {rec_id: "recommendation"}
    for table, model in LINKED_TABLES.items():
        for row_id in session.scalars(select(model.id).where(model.recommendation_id == rec_id)):
            row_ids[row_id] = table
    names = _id_names(session)
    records = []
    ids = list(row_ids)
    for start in range(0, len(ids), 500):
        records += session.scalars(
            select(ChangeRecord).where(ChangeRecord.row_id.in_(ids[start:start + 500])))
    entries = _entries(records, names)
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries[:HISTORY_LIMIT]


def _entries(records, names: dict[str, str]) -> list[HistoryEntry]:
    """One line per changed field; ids shown by name; the bookkeeping of inserts left out.
    A deletion or a restore (an undo among them) is a line of its own: "deleted" yes/no."""
    entries = []
    for record in records:
        changes = json.loads(record.changes)
        for name, (old, new) in sorted(changes.items()):
            if record.operation == "insert" and name in ("recommendation_id", "deleted"):
                continue
            entries.append(HistoryEntry(
                record.created_at, record.author, record.table_name, record.operation, name,
                names.get(old, old) if isinstance(old, str) else old,
                names.get(new, new) if isinstance(new, str) else new))
    return entries


def _rows_of_recommendations(reference: str):
    """The recommendations of that reference and the rows attached to them (assignments,
    progress reports, themes…), as a subquery: any number of rows."""
    chosen = select(Recommendation.id).where(Recommendation.reference == reference)
    return union_all(chosen, *(select(model.id).where(model.recommendation_id.in_(chosen))
                               for model in LINKED_TABLES.values()))


def _rows_of_institution(institution_id: str):
    """The institution and the rows that are its own: its people, assignments, progress
    reports, indicators and deadlines, as a subquery."""
    return union_all(select(Institution.id).where(Institution.id == institution_id), *(
        select(model.id).where(model.institution_id == institution_id)
        for model in (Person, Assignment, Assessment, Indicator, Deadline)))


def activity(session: Session, *, author: str | None = None, table: str | None = None,
             since: datetime | None = None, reference: str | None = None,
             institution_id: str | None = None, limit: int = HISTORY_LIMIT
             ) -> list[HistoryEntry]:
    """The database-wide history, newest first, narrowed by who, what, since when, which
    recommendation (by its reference: every recommendation that has it) and which
    institution."""
    query = select(ChangeRecord).order_by(ChangeRecord.created_at.desc(),
                                          ChangeRecord.seq.desc())
    if reference and reference.strip():
        query = query.where(ChangeRecord.row_id.in_(_rows_of_recommendations(reference.strip())))
    if institution_id:
        query = query.where(ChangeRecord.row_id.in_(_rows_of_institution(institution_id)))
    if author:
        query = query.where(ChangeRecord.author == author)
    if table:
        query = query.where(ChangeRecord.table_name == table)
    if since:
        query = query.where(ChangeRecord.created_at >= since)
    return _entries(session.scalars(query.limit(limit)), _id_names(session))[:limit]


def activity_choices(session: Session) -> tuple[list[str], list[str]]:
    """Who has changed something, and in which kinds of records."""
    authors = list(session.scalars(select(ChangeRecord.author).distinct()
                                   .order_by(ChangeRecord.author)))
    tables = list(session.scalars(select(ChangeRecord.table_name).distinct()
                                  .order_by(ChangeRecord.table_name)))
    return authors, tables


def _id_names(session: Session) -> dict[str, str]:
    """Readable names for the ids a history line may show (institutions, themes, ...)."""
    names: dict[str, str] = {}
    for query in (select(Institution.id, Institution.code), select(Theme.id, Theme.name),
                  select(Person.id, Person.full_name),
                  select(State.id, State.name), select(SdgGoal.id, SdgGoal.short_name),
                  select(SdgTarget.id, SdgTarget.code), select(Cluster.id, Cluster.name),
                  select(AffectedGroup.id, AffectedGroup.name), select(Action.id, Action.title),
                  select(Indicator.id, Indicator.name), select(Mechanism.id, Mechanism.code),
                  select(Review.id, Review.symbol).where(Review.symbol.is_not(None))):
        names.update(session.execute(query).all())
    return names



# What hangs off an action or an indicator: its history shows their changes too.
_CHILDREN = {"action": (("assignment", "action_id"), ("action_recommendation", "action_id"),
                        ("deadline", "action_id")),
             "indicator": (("indicator_value", "indicator_id"), ("indicator_link", "indicator_id"),
                           ("deadline", "indicator_id"))}


def row_history(session: Session, table: str, row_id: str) -> list[HistoryEntry]:
    """The history of one record and of the rows that belong to it, newest first."""
    models = {mapper.local_table.name: mapper.class_ for mapper in Base.registry.mappers}
    ids = [row_id]
    for child, column in _CHILDREN.get(table, ()):
        model = models[child]
        ids += session.scalars(select(model.id).where(getattr(model, column) == row_id))
    records = session.scalars(select(ChangeRecord).where(ChangeRecord.row_id.in_(ids)))
    entries = _entries(records, _id_names(session))
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries[:HISTORY_LIMIT]
