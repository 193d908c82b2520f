"""A recommendation's current implementation status, derived from accepted assessments.

Rule: for each institution take its latest accepted assessment; the recommendation's status
is the least advanced of those (lowest rank in resources/reference/statuses.tsv). A
recommendation is only as far along as the slowest institution working on it. With no
accepted assessment the status is "not assessed" (None).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from app.db.fast_read import PreparedRead, Reading, among, id_list
from app.models import Assessment, ImplementationStatus
from app.models.codes import StatusCode, WorkflowState

NOT_ASSESSED = "not_assessed"
# One colour per status wherever statuses are drawn (dashboard, PDF charts): red for the
# worst through green for done, grey for what no longer counts or has not been assessed.
STATUS_COLOURS = {
    StatusCode.NOT_IMPLEMENTED: "#c0392b", StatusCode.NOT_STARTED: "#e67e22",
    StatusCode.IN_PROGRESS: "#f1c40f", StatusCode.PARTIALLY_IMPLEMENTED: "#5dade2",
    StatusCode.FULLY_IMPLEMENTED: "#27ae60",
    StatusCode.NO_LONGER_RELEVANT: "#95a5a6", NOT_ASSESSED: "#d5d8dc",
}


_ACCEPTED = (
    select(
        Assessment.recommendation_id,
        Assessment.institution_id,
        Assessment.status_code,
        ImplementationStatus.rank,
    )
    .join(ImplementationStatus, ImplementationStatus.code == Assessment.status_code)
    .where(Assessment.workflow_state == WorkflowState.ACCEPTED, Assessment.deleted.is_(False))
    .order_by(Assessment.accepted_at, Assessment.period)
)
_ALL_ACCEPTED = PreparedRead(_ACCEPTED)
_ACCEPTED_AMONG = PreparedRead(_ACCEPTED.where(among(Assessment.recommendation_id)))


def current_statuses(
    reading: Reading, recommendation_ids: Iterable[str] | None = None
) -> dict[str, str]:
    if recommendation_ids is None:
        accepted = _ALL_ACCEPTED.rows(reading)
    else:
        accepted = _ACCEPTED_AMONG.rows(reading, ids=id_list(recommendation_ids))
    latest: dict[tuple[str, str], tuple[str, int]] = {}
    for rec_id, institution_id, status_code, rank in accepted:
        latest[(rec_id, institution_id)] = (status_code, rank)
    combined: dict[str, tuple[str, int]] = {}
    for (rec_id, _), (status_code, rank) in latest.items():
        if rec_id not in combined or rank < combined[rec_id][1]:
            combined[rec_id] = (status_code, rank)
    return {rec_id: status for rec_id, (status, _) in combined.items()}
