"""Starting a new secretariat database (the first-run wizard and `nmrf-tracker new`)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.lifecycle import create_database
from app.db.reference_data import read_reference_table
from app.errors import ValidationError
from app.i18n import _
from app.models import DatabaseInfo
from app.models.codes import InstitutionKind
from app.names import match_key
from app.services.institutions import INSTITUTION_CODE, add_institution
from app.services.reference import require_state


@dataclass(frozen=True)
class InstitutionSpec:
    code: str
    name: str
    kind: str = InstitutionKind.MINISTRY


@dataclass
class NewDatabaseSpec:
    path: Path | str  # a file, or an empty database on a server (postgresql://…)
    state: str
    title: str = ""
    secretariat: InstitutionSpec = InstitutionSpec("SEC", "National mechanism secretariat",
                                                   "secretariat")
    institutions: list[InstitutionSpec] = field(default_factory=list)


def parse_institution_lines(text: str, *, reserved: tuple[str, ...] = ("SEC",)
                            ) -> list[InstitutionSpec]:
    """One institution a line: 'CODE, Name' or 'CODE<tab>Name' (what people paste). Each
    code well formed and used once (`reserved`: the secretariat's)."""
    specs = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        separator = "\t" if "\t" in line else ","
        code, _separator, name = line.partition(separator)
        code = code.strip().upper()
        where = f"institutions, line {number}"
        if not name.strip():
            raise ValidationError(
                _("{0}: expected 'CODE, Name' (for example 'MOJ, Ministry of Justice'), got "
                  "'{1}'").format(where, line.strip())
            )
        if not INSTITUTION_CODE.match(code):
            raise ValidationError(_("{0}: the code '{1}' should be 1 to 30 letters, digits, "
                                    "'-' or '_'").format(where, code))
        if code in reserved:
            raise ValidationError(_("{0}: the code {1} is the secretariat's; choose "
                                      "another").format(
                                      where, code))
        if code in seen:
            raise ValidationError(_("{0}: the code {1} is already used on line {2}").format(
                                      where, code, seen[code]))
        seen[code] = number
        specs.append(InstitutionSpec(code, name.strip()))
    return specs


def state_problem(text: str) -> str | None:
    """Why `text` names no shipped State (None: it names one, by name, ISO-3 code or one of
    the spellings real documents use), with the closest names suggested."""
    wanted = match_key(text)
    names = []
    for iso3, name, _status, *aliases in read_reference_table("states.tsv"):
        spellings = [iso3, name, *(aliases[0].split("|") if aliases and aliases[0] else [])]
        if wanted in {match_key(spelling) for spelling in spellings}:
            return None
        names.append(name)
    near = difflib.get_close_matches(text.strip(), names, n=2, cutoff=0.75)
    return (f"State under review: '{text.strip()}' is not a State known here"
            + (f" (did you mean {' or '.join(near)}?)" if near else "; choose one from the "
               "list"))


def create_secretariat_database(spec: NewDatabaseSpec, *, author: str) -> Database:
    codes = [spec.secretariat.code] + [i.code for i in spec.institutions]
    duplicates = sorted({code for code in codes if codes.count(code) > 1})
    if duplicates:
        raise ValidationError(_("institution codes: {0} used more than once").format(
                                  ', '.join(duplicates)))

    def populate(session: Session, info: DatabaseInfo) -> None:
        state = require_state(session, spec.state, field_name="State under review")
        info.state_id = state.id
        info.title = spec.title or f"{state.name} — national recommendations tracker"
        for institution in [spec.secretariat, *spec.institutions]:
            add_institution(session, institution.code, institution.name, institution.kind)

    return create_database(spec.path, author=author, populate=populate)
