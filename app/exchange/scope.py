"""What belongs in an institution's copy, worked out from the master's own data.

An institution receives the reference data, the list of institutions, its own people, the
recommendations it leads or supports with everything attached to them (their assignments,
actions, indicators and values, its own progress reports, deadlines, evidence), and the people
those rows name. Nothing else: another institution's progress reports stay at the secretariat.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.change_codec import table_of
from app.exchange.rows import CHUNK
from app.models.codes import AssignmentRole

REFERENCE_TABLES = ("state", "state_alias", "mechanism", "theme", "affected_group", "sdg_goal",
                    "sdg_target", "institution")
RECOMMENDATION_LINKS = ("recommending_state", "recommendation_theme",
                        "recommendation_affected_group", "recommendation_sdg",
                        "external_reference")
PERSON_COLUMNS = {"assessment": ("author_id", "validated_by_id", "accepted_by_id"),
                  "indicator_value": ("author_id",)}


def _ids_where(session: Session, name: str, column: str, values: Iterable[str],
               *extra) -> set[str]:
    table = table_of(name)
    wanted = sorted(set(values))
    found: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        found.update(session.scalars(select(table.c.id).where(
            table.c[column].in_(wanted[start:start + CHUNK]), *extra)))
    return found


def values_where(session: Session, name: str, wanted_column: str, column: str,
                 values: Iterable[str]) -> set[str]:
    """Values of one column of the live rows whose other column is among `values`."""
    table = table_of(name)
    wanted = sorted(set(values))
    found: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        found.update(session.scalars(select(table.c[wanted_column]).where(
            table.c[column].in_(wanted[start:start + CHUNK]), table.c.deleted.is_(False))))
    return found


def _column_values(session: Session, name: str, ids: Iterable[str], column: str) -> set[str]:
    table = table_of(name)
    wanted = sorted(set(ids))
    found: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        found.update(value for value in session.scalars(select(table.c[column]).where(
            table.c.id.in_(wanted[start:start + CHUNK]))) if value is not None)
    return found


def _rows(session: Session, name: str, ids: Iterable[str], *columns: str):
    table = table_of(name)
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), CHUNK):
        yield from session.execute(select(table.c.id, *(table.c[c] for c in columns)).where(
            table.c.id.in_(wanted[start:start + CHUNK])))


def assigned_recommendations(session: Session, institution_id: str) -> set[str]:
    """Recommendations the institution leads or supports now (in the master)."""
    assignment = table_of("assignment")
    return set(session.scalars(select(assignment.c.recommendation_id).where(
        assignment.c.institution_id == institution_id, assignment.c.deleted.is_(False),
        assignment.c.recommendation_id.is_not(None))))


def led_actions(session: Session, institution_id: str) -> set[str]:
    assignment = table_of("assignment")
    return set(session.scalars(select(assignment.c.action_id).where(
        assignment.c.institution_id == institution_id, assignment.c.deleted.is_(False),
        assignment.c.role == AssignmentRole.LEAD, assignment.c.action_id.is_not(None))))


def institution_scope(session: Session, institution_id: str,
                      recommendations: set[str] | None = None) -> dict[str, set[str]]:
    """table → ids of the rows in the institution's copy. With `recommendations`, only what
    hangs from those (a recommendation newly assigned: the whole of it travels)."""
    whole = recommendations is None
    recs = (assigned_recommendations(session, institution_id) if whole
            else set(recommendations or ()))
    scope: dict[str, set[str]] = defaultdict(set)
    scope["recommendation"] = recs
    scope["review"] = _column_values(session, "recommendation", recs, "review_id")
    for name in RECOMMENDATION_LINKS:
        scope[name] = _ids_where(session, name, "recommendation_id", recs)
    scope["cluster_member"] = _ids_where(session, "cluster_member", "recommendation_id", recs)
    scope["cluster"] = _column_values(session, "cluster_member", scope["cluster_member"],
                                      "cluster_id")

    links = _ids_where(session, "action_recommendation", "recommendation_id", recs)
    scope["action_recommendation"] = links
    actions = _column_values(session, "action_recommendation", links, "action_id")
    if whole:
        actions |= led_actions(session, institution_id)
    scope["action"] = actions

    links = _ids_where(session, "indicator_link", "recommendation_id", recs)
    links |= _ids_where(session, "indicator_link", "action_id", actions)
    indicators = _column_values(session, "indicator_link", links, "indicator_id")
    if whole:
        indicators |= set(session.scalars(select(table_of("indicator").c.id).where(
            table_of("indicator").c.institution_id == institution_id)))
        # links of its own indicators to what it sees (not to other institutions' rows)
        own_links = _ids_where(session, "indicator_link", "indicator_id", indicators)
        for row_id, rec, action in _rows(session, "indicator_link", own_links,
                                         "recommendation_id", "action_id"):
            if rec in recs or action in actions:
                links.add(row_id)
    scope["indicator"] = indicators
    scope["indicator_link"] = links
    scope["indicator_value"] = _ids_where(session, "indicator_value", "indicator_id",
                                          indicators)

    assessment = table_of("assessment")
    scope["assessment"] = _ids_where(session, "assessment", "recommendation_id", recs,
                                     assessment.c.institution_id == institution_id)

    scope["assignment"] = (_ids_where(session, "assignment", "recommendation_id", recs)
                           | _ids_where(session, "assignment", "action_id", actions))

    deadline = table_of("deadline")
    deadlines = (_ids_where(session, "deadline", "recommendation_id", recs)
                 | _ids_where(session, "deadline", "action_id", actions)
                 | _ids_where(session, "deadline", "indicator_id", indicators))
    if whole:
        deadlines |= set(session.scalars(select(deadline.c.id).where(
            deadline.c.institution_id == institution_id,
            deadline.c.recommendation_id.is_(None), deadline.c.action_id.is_(None),
            deadline.c.indicator_id.is_(None))))
        deadlines |= _ids_where(session, "deadline", "review_id", scope["review"],
                                deadline.c.recommendation_id.is_(None),
                                deadline.c.action_id.is_(None),
                                deadline.c.indicator_id.is_(None),
                                or_(deadline.c.institution_id.is_(None),
                                    deadline.c.institution_id == institution_id))
    scope["deadline"] = _only_pointing_inside(session, deadlines, scope)

    scope["evidence"] = (_ids_where(session, "evidence", "assessment_id", scope["assessment"])
                         | _ids_where(session, "evidence", "indicator_value_id",
                                      scope["indicator_value"])
                         | _ids_where(session, "evidence", "action_id", actions))

    person = table_of("person")
    people = set(session.scalars(select(person.c.id).where(
        person.c.institution_id == institution_id))) if whole else set()
    for name, columns in PERSON_COLUMNS.items():
        for column in columns:
            people |= _column_values(session, name, scope[name], column)
    scope["person"] = people
    if whole:
        for name in REFERENCE_TABLES:
            scope[name] = set(session.scalars(select(table_of(name).c.id)))
    return scope


def _only_pointing_inside(session: Session, deadlines: set[str],
                          scope: dict[str, set[str]]) -> set[str]:
    """A deadline travels only if everything it points to travels too."""
    return {row.id for row in _rows(session, "deadline", deadlines, "recommendation_id",
                                     "action_id", "indicator_id", "review_id")
            if (row.recommendation_id is None or row.recommendation_id in scope["recommendation"])
            and (row.action_id is None or row.action_id in scope["action"])
            and (row.indicator_id is None or row.indicator_id in scope["indicator"])
            and (row.review_id is None or row.review_id in scope["review"])}
