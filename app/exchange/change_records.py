"""A change record as it travels between databases: written from the change log into a
ministry's file (or read from a whole ministry database), and read back by consolidation.

What comes from a ministry is untrusted: `ExchangedChange.parse` checks every key's type, the
operation, the table and its columns before anything else looks at the record, so that the
code after it reads attributes, never keys that may be missing or of the wrong type.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from app.exchange.rows import is_tracked, writable_fields
from app.i18n import _
from app.models import ChangeRecord
from app.models.codes import ChangeOperation, values

OPERATIONS = values(ChangeOperation)
_KEY_TYPES: dict[str, type] = {
    "id": str, "device_id": str, "seq": int, "table_name": str, "row_id": str,
    "operation": str, "base_row_version": int, "changes": dict, "author": str,
    "created_at": str}


class MalformedChange(ValueError):
    """A record that is not a change this version can apply; the message says why."""


@dataclass(frozen=True)
class ExchangedChange:
    id: str
    device_id: str
    seq: int
    table_name: str
    row_id: str
    operation: str
    base_row_version: int
    changes: dict[str, list[Any]]  # field -> [old value, new value], as the change log keeps
    author: str
    created_at: str  # ISO moment, UTC

    @classmethod
    def of(cls, record: ChangeRecord, changes: dict[str, list[Any]]) -> ExchangedChange:
        """A record of this database's own change log (its `changes` already decoded)."""
        return cls(record.id, record.device_id, record.seq, record.table_name, record.row_id,
                   record.operation, record.base_row_version, changes, record.author,
                   record.created_at.isoformat())

    @classmethod
    def parse(cls, value: Any, where: str) -> ExchangedChange:
        """`value` as read from a file; MalformedChange names `where` and what is wrong."""
        if not isinstance(value, dict) or any(
                not isinstance(value.get(key), kind) or isinstance(value.get(key), bool)
                for key, kind in _KEY_TYPES.items()):
            raise MalformedChange(_("{0} is not a well-formed change record").format(where))
        if value["operation"] not in OPERATIONS:
            raise MalformedChange(_("{0}: unknown operation '{1}'").format(
                where, value["operation"]))
        if not is_tracked(value["table_name"]):
            raise MalformedChange(_("{0}: unknown table '{1}' (made by a newer version?)")
                                  .format(where, value["table_name"]))
        unknown = set(value["changes"]) - writable_fields(value["table_name"])
        if unknown:
            raise MalformedChange(_("{0}: unknown field {1} of {2}").format(
                where, ", ".join(sorted(unknown)), value["table_name"]))
        if any(not isinstance(pair, list) or len(pair) != 2
               for pair in value["changes"].values()):
            raise MalformedChange(_("{0}: a field is not an [old, new] pair").format(where))
        return cls(**{key: value[key] for key in _KEY_TYPES})

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def new_values(self) -> dict[str, Any]:
        """Each field's value after the change."""
        return {name: pair[1] for name, pair in self.changes.items()}

    def evidence_sha256(self) -> str | None:
        """The evidence file a new or changed evidence row refers to."""
        if self.table_name != "evidence" or "sha256" not in self.changes:
            return None
        return self.changes["sha256"][1]
