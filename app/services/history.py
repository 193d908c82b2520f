"""What changed, from the change log: one `Change` per change record, with what a person needs
to read it — which recommendation it concerns (reference and review), which institution, in
which role — and its fields, ids already replaced by names. The window words it
(app/ui/change_words.py); the codes stay codes here."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, union_all
from sqlalchemy.orm import Session

from app.db.change_codec import model_of
from app.models import (
    Action,
    AffectedGroup,
    Assessment,
    Assignment,
    ChangeRecord,
    Cluster,
    ClusterMember,
    Deadline,
    ExternalReference,
    Indicator,
    Institution,
    Mechanism,
    Person,
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
from app.models.codes import ChangeOperation

# Tables whose rows hang off one recommendation: their changes belong in its history.
LINKED_TABLES: dict[str, Any] = {  # Any: each has an id and a recommendation_id
    "assignment": Assignment, "recommendation_theme": RecommendationTheme,
    "recommendation_sdg": RecommendationSdg, "recommending_state": RecommendingState,
    "recommendation_affected_group": RecommendationAffectedGroup,
    "cluster_member": ClusterMember, "external_reference": ExternalReference,
    "assessment": Assessment,
}
HISTORY_LIMIT = 500
# What a change's row is read for, when the model has it.
_CONTEXT_COLUMNS = ("recommendation_id", "institution_id", "role", "title", "name",
                    "indicator_id", "action_id", "cluster_id")
_PARENTS = ("indicator_id", "action_id", "cluster_id")
# Fields an insert records that say nothing to a reader (the row's own link, its flag).
_BOOKKEEPING = ("recommendation_id", "deleted")


@dataclass(frozen=True)
class FieldChange:
    field: str  # the column: "workflow_state", "institution_id", ...
    old: Any
    new: Any


@dataclass(frozen=True)
class Change:
    """One change record: a row created, changed, deleted or restored."""

    when: datetime
    author: str
    table: str  # "recommendation", "assessment", ...
    operation: str  # ChangeOperation
    row_id: str
    fields: tuple[FieldChange, ...]
    reference: str = ""  # the recommendation it concerns, if any ("142.8")
    review: str = ""  # that recommendation's review ("A/HRC/52/10")
    institution: str = ""  # the institution concerned, by its code
    role: str = ""  # an assignment's role (AssignmentRole)
    name: str = ""  # the record's own name: an institution's code, an action's title…

    def new_value(self, field: str) -> Any:
        return next((f.new for f in self.fields if f.field == field), None)


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
        names.update(session.execute(query).tuples().all())
    return names


def _in_chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def changes_of(session: Session, records: Iterable[ChangeRecord]) -> list[Change]:
    """The records as changes, in the order given."""
    records = list(records)
    names = _id_names(session)
    by_table: dict[str, list[str]] = {}
    for record in records:
        by_table.setdefault(record.table_name, []).append(record.row_id)
    # What each row concerns, read from the row as it is now (an update records only what
    # changed; a deleted row keeps its links).
    recommendation_of: dict[str, str] = {}
    institution_of: dict[str, str] = {}
    role_of: dict[str, str] = {}
    name_of: dict[str, str] = {}
    for table, row_ids in by_table.items():
        try:
            model = model_of(table)
        except KeyError:  # a table of a later version, in a file from elsewhere
            continue
        for chunk in _in_chunks(list(dict.fromkeys(row_ids))):
            if table == "recommendation":
                recommendation_of.update((row_id, row_id) for row_id in chunk)
                continue
            columns = [model.id] + [getattr(model, name) for name in _CONTEXT_COLUMNS
                                    if hasattr(model, name)]
            for row in session.execute(select(*columns).where(model.id.in_(chunk))):
                values = row._mapping
                if values.get("recommendation_id"):
                    recommendation_of[row.id] = values["recommendation_id"]
                if values.get("institution_id"):
                    institution_of[row.id] = names.get(values["institution_id"], "")
                if values.get("role") and table == "assignment":
                    role_of[row.id] = values["role"]
                # A row without a name of its own is named by what it belongs to: an
                # indicator's value by the indicator, an action's assignment by the action.
                own = values.get("title") or values.get("name")
                parent = next((names[values[key]] for key in _PARENTS
                               if values.get(key) in names), "")
                if own or parent:
                    name_of[row.id] = own or parent
    recommendations: dict[str, tuple[str, str]] = {}
    for chunk in _in_chunks(list(set(recommendation_of.values()))):
        for rec_id, reference, symbol in session.execute(
                select(Recommendation.id, Recommendation.reference, Review.symbol)
                .join(Review, Review.id == Recommendation.review_id)
                .where(Recommendation.id.in_(chunk))):
            recommendations[rec_id] = (reference or "", symbol or "")
    changes = []
    for record in records:
        fields = tuple(
            FieldChange(name, names.get(old, old) if isinstance(old, str) else old,
                        names.get(new, new) if isinstance(new, str) else new)
            for name, (old, new) in sorted(json.loads(record.changes).items())
            if not (record.operation == ChangeOperation.INSERT and name in _BOOKKEEPING))
        reference, review = recommendations.get(
            recommendation_of.get(record.row_id, ""), ("", ""))
        changes.append(Change(
            record.created_at, record.author, record.table_name, record.operation,
            record.row_id, fields, reference, review,
            institution_of.get(record.row_id, ""), role_of.get(record.row_id, ""),
            names.get(record.row_id) or name_of.get(record.row_id, "")))
    return changes


def recommendation_history(session: Session, rec_id: str) -> list[Change]:
    """Every recorded change to the recommendation and the rows attached to it, newest
    first."""
    row_ids = [rec_id]
    for model in LINKED_TABLES.values():
        row_ids += session.scalars(select(model.id).where(model.recommendation_id == rec_id))
    return _newest_first(session, row_ids)


# What hangs off an action or an indicator: its history shows their changes too.
_CHILDREN = {"action": (("assignment", "action_id"), ("action_recommendation", "action_id"),
                        ("deadline", "action_id")),
             "indicator": (("indicator_value", "indicator_id"), ("indicator_link", "indicator_id"),
                           ("deadline", "indicator_id"))}


def row_history(session: Session, table: str, row_id: str) -> list[Change]:
    """The history of one record and of the rows that belong to it, newest first."""
    ids = [row_id]
    for child, column in _CHILDREN.get(table, ()):
        model = model_of(child)
        ids += session.scalars(select(model.id).where(getattr(model, column) == row_id))
    return _newest_first(session, ids)


def _newest_first(session: Session, row_ids: list[str]) -> list[Change]:
    records: list[ChangeRecord] = []
    for chunk in _in_chunks(row_ids):
        records += session.scalars(select(ChangeRecord).where(ChangeRecord.row_id.in_(chunk)))
    records.sort(key=lambda r: (r.created_at, r.seq), reverse=True)
    return changes_of(session, records[:HISTORY_LIMIT])


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
             institution_id: str | None = None, limit: int = HISTORY_LIMIT) -> list[Change]:
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
    return changes_of(session, session.scalars(query.limit(limit)))


def activity_choices(session: Session) -> tuple[list[str], list[str]]:
    """Who has changed something, and in which kinds of records."""
    authors = list(session.scalars(select(ChangeRecord.author).distinct()
                                   .order_by(ChangeRecord.author)))
    tables = list(session.scalars(select(ChangeRecord.table_name).distinct()
                                  .order_by(ChangeRecord.table_name)))
    return authors, tables
