"""The figures of the dashboard: status by theme, institution, mechanism and SDG goal, what
is overdue, what waits for someone, what changed lately."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ChangeRecord, ImplementationStatus, Institution
from app.services.facets import NO_LEAD, OVERDUE, Facet, FacetIndex
from app.services.plan import indicator_rows
from app.services.status import NOT_ASSESSED

BREAKDOWNS = (Facet.THEME, Facet.LEAD, Facet.MECHANISM, Facet.SDG)
MAX_BARS = 12
RECENT = 15


@dataclass(frozen=True)
class Bar:
    value: str  # the facet value the bar stands for (click: filter the register by it)
    label: str
    segments: list[tuple[str, int]]  # (status code, count), least advanced first

    @property
    def total(self) -> int:
        return sum(count for _, count in self.segments)


@dataclass(frozen=True)
class Activity:
    """A recent change, as codes (the window words them): the table, the operation, the
    fields changed, and for a progress report its new stage, for an assignment its role
    and institution code."""

    when: datetime
    author: str
    table: str
    operation: str
    fields: tuple[str, ...]
    stage: str = ""
    role: str = ""
    institution: str = ""


@dataclass
class Dashboard:
    total: int
    with_lead: int
    overdue: int
    waiting_validation: int
    waiting_acceptance: int
    statuses: list[tuple[str, str]]  # (code, label) in order of progress
    breakdowns: dict[Facet, list[Bar]] = field(default_factory=dict)
    overdue_by_institution: list[tuple[str, str, int]] = field(default_factory=list)
    recent: list[Activity] = field(default_factory=list)
    leads: list[str] = field(default_factory=list)  # every institution leading something
    indicators: int = 0
    indicators_off_track: int = 0


def build_dashboard(session: Session, index: FacetIndex) -> Dashboard:
    statuses = [(code, label) for code, label in session.execute(
        select(ImplementationStatus.code, ImplementationStatus.label)
        .order_by(ImplementationStatus.rank))]
    if NOT_ASSESSED not in dict(statuses):
        statuses.append((NOT_ASSESSED, "Not assessed"))
    order = {code: rank for rank, (code, _) in enumerate(statuses)}
    total = len(index.all_ids)
    no_lead = dict((value, count) for value, _, count in index.values_of(Facet.LEAD)).get(
        NO_LEAD, 0)
    overdue = dict((value, count) for value, _, count in index.values_of(Facet.DEADLINE)).get(
        OVERDUE, 0)
    reports = {value: count for value, _, count in index.values_of(Facet.REPORT)}
    board = Dashboard(total=total, with_lead=total - no_lead, overdue=overdue,
                      waiting_validation=reports.get("submitted", 0),
                      waiting_acceptance=reports.get("validated", 0), statuses=statuses,
                      leads=[value for value, _, _ in index.values_of(Facet.LEAD)
                             if value != NO_LEAD])
    for facet in BREAKDOWNS:
        pairs = index.cross_counts(facet, Facet.STATUS)
        bars = []
        for value, label, _count in index.values_of(facet):
            if facet == Facet.LEAD and value == NO_LEAD:
                continue
            segments = sorted(((status, n) for (row, status), n in pairs.items() if row == value),
                              key=lambda item: order.get(item[0], len(order)))
            bars.append(Bar(value, label, segments))
        board.breakdowns[facet] = bars[:MAX_BARS]
    indicators = indicator_rows(session)
    board.indicators = len(indicators)
    board.indicators_off_track = sum(1 for indicator in indicators if indicator.off_track())
    overdue_pairs = index.cross_counts(Facet.LEAD, Facet.DEADLINE)
    board.overdue_by_institution = sorted(
        ((value, index.label(Facet.LEAD, value), n) for (value, kind), n in overdue_pairs.items()
         if kind == OVERDUE and value != NO_LEAD), key=lambda item: (-item[2], item[1]))
    codes = dict(session.execute(select(Institution.id, Institution.code)).tuples().all())
    for record in session.scalars(select(ChangeRecord).order_by(ChangeRecord.created_at.desc(),
                                                                ChangeRecord.seq.desc())
                                  .limit(RECENT)):
        changes = json.loads(record.changes)
        board.recent.append(Activity(
            record.created_at, record.author, record.table_name, record.operation,
            tuple(sorted(changes)),
            stage=changes.get("workflow_state", [None, ""])[1] or "",
            role=changes.get("role", [None, ""])[1] or "",
            institution=codes.get(changes.get("institution_id", [None, None])[1], "")))
    return board
