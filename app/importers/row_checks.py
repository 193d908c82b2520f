"""A parsed row's coded values checked against the register's vocabulary before it is matched:
its position, its SDG targets and its recommending States. Nothing here reads or writes rows
of the register."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import _
from app.importers.model import ParsedRecommendation, RowRejected
from app.importers.value_words import choices
from app.importers.vocabulary import KnownNames
from app.models.codes import PositionCode


@dataclass(frozen=True)
class CheckedRow:
    position: str
    recommending_state_ids: list[str]


def checked_row(record: ParsedRecommendation, vocabulary: KnownNames,
                mechanism: str | None) -> CheckedRow:
    """RowRejected names the first value that is not one the register knows."""
    if record.position:
        position = vocabulary.values.code("position", record.position)
    else:  # only the UPR asks the State for a position
        position = PositionCode.PENDING if mechanism == "UPR" else PositionCode.NOT_APPLICABLE
    if position is None:
        raise RowRejected("position", _("'{0}' is not one of {1}").format(
            record.position, choices("position")), record.position)
    unknown_targets = [c for c in record.sdg_targets if c not in vocabulary.target_by_code]
    if unknown_targets:
        raise RowRejected("SDG target", _("'{0}' is not one of the 169 SDG targets (1.1 to "
                                          "17.19)").format(unknown_targets[0]),
                          unknown_targets[0])
    states = []
    for name in record.recommending_states:
        state_id = vocabulary.state_id(name)
        if state_id is None:
            raise RowRejected("recommending State", vocabulary.unknown_state(name), name)
        states.append(state_id)
    return CheckedRow(position, states)
