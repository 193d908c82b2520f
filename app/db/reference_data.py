"""Load the vocabularies shipped in resources/reference into a new database.

Ids are derived from the codes (UUID 5), so the same State or theme has the same id in every
database ever created: files exchanged between installations refer to them safely.
"""

from __future__ import annotations

import csv
import uuid
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.orm import Session

from app.models import (
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
from app.names import match_key
from app.paths import resource_path

REFERENCE_NAMESPACE = uuid.UUID("6f1c1d52-58a4-4c1e-9a43-2f0f5e8b7a10")


def reference_id(kind: str, code: str) -> str:
    return str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{code}"))


def read_reference_table(name: str, folder: str = "reference") -> Iterator[list[str]]:
    """Rows of a tab-separated file in resources/reference (or resources/demo); '#' lines are
    comments."""
    path: Path = resource_path(folder, name)
    with path.open(encoding="utf-8", newline="") as handle:
        for line_number, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
            if not row or row[0].startswith("#"):
                continue
            if any(cell != cell.strip() for cell in row):
                raise ValueError(f"{name} line {line_number}: stray spaces around a value")
            yield row


def _theme_parent_code(code: str) -> str | None:
    if len(code) == 1:
        return None
    return code[:-1] if len(code) > 2 else code[0]


def load_reference_data(session: Session) -> None:
    for iso3, name, un_status, aliases in read_reference_table("states.tsv"):
        state_id = reference_id("state", iso3)
        session.add(State(id=state_id, iso3=iso3, name=name, un_status=un_status))
        spellings = {name, *filter(None, aliases.split("|"))}
        for key, spelling in {match_key(s): s for s in sorted(spellings)}.items():
            session.add(
                StateAlias(
                    id=reference_id("state_alias", key),
                    state_id=state_id,
                    alias=spelling,
                    match_key=key,
                )
            )
    for code, kind, name in read_reference_table("mechanisms.tsv"):
        session.add(Mechanism(id=reference_id("mechanism", code), code=code, kind=kind, name=name))
    for code, name in read_reference_table("themes.tsv"):
        parent = _theme_parent_code(code)
        session.add(
            Theme(
                id=reference_id("theme", code),
                code=code,
                name=name,
                parent_id=reference_id("theme", parent) if parent else None,
            )
        )
    for code, name in read_reference_table("affected_persons.tsv"):
        session.add(AffectedGroup(id=reference_id("affected_group", code), code=code, name=name))
    for number, short_name, title in read_reference_table("sdg_goals.tsv"):
        session.add(
            SdgGoal(
                id=reference_id("sdg_goal", number),
                number=int(number),
                short_name=short_name,
                title=title,
            )
        )
    for code, text in read_reference_table("sdg_targets.tsv"):
        goal = code.split(".")[0]
        session.add(
            SdgTarget(
                id=reference_id("sdg_target", code),
                code=code,
                goal_id=reference_id("sdg_goal", goal),
                text=text,
            )
        )
    for order, (code, label, description) in enumerate(read_reference_table("positions.tsv")):
        session.add(Position(code=code, label=label, description=description, sort_order=order))
    for order, (code, label, rank) in enumerate(read_reference_table("statuses.tsv")):
        session.add(ImplementationStatus(code=code, label=label, rank=int(rank), sort_order=order))
    session.flush()
