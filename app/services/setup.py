"""Starting a new secretariat database (the first-run wizard and `nmrf-tracker new`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.lifecycle import create_database
from app.errors import ValidationError
from app.models import DatabaseInfo
from app.services.institutions import add_institution
from app.services.reference import require_state


@dataclass(frozen=True)
class InstitutionSpec:
    code: str
    name: str
    kind: str = "ministry"


@dataclass
class NewDatabaseSpec:
    path: Path
    state: str
    title: str = ""
    secretariat: InstitutionSpec = InstitutionSpec("SEC", "National mechanism secretariat",
                                                   "secretariat")
    institutions: list[InstitutionSpec] = field(default_factory=list)


def parse_institution_lines(text: str) -> list[InstitutionSpec]:
    """One institution a line: 'CODE, Name' or 'CODE<tab>Name' (what people paste)."""
    specs = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        separator = "\t" if "\t" in line else ","
        code, _, name = line.partition(separator)
        if not name.strip():
            raise ValidationError(
                f"institutions, line {number}: expected 'CODE, Name' (for example "
                f"'MOJ, Ministry of Justice'), got '{line.strip()}'"
            )
        specs.append(InstitutionSpec(code.strip().upper(), name.strip()))
    return specs


def create_secretariat_database(spec: NewDatabaseSpec, *, author: str) -> Database:
    codes = [spec.secretariat.code] + [i.code for i in spec.institutions]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise ValidationError(f"institution codes: {', '.join(duplicates)} used more than once")

    def populate(session: Session, info: DatabaseInfo) -> None:
        state = require_state(session, spec.state, field_name="State under review")
        info.state_id = state.id
        info.title = spec.title or f"{state.name} — national recommendations tracker"
        for institution in [spec.secretariat, *spec.institutions]:
            add_institution(session, institution.code, institution.name, institution.kind)

    return create_database(spec.path, author=author, populate=populate)
