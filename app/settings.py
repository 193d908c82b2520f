"""The user's preferences kept between runs (a small JSON file, no Qt)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)
MAX_RECENT = 8


@dataclass
class Settings:
    recent_databases: list[str] = field(default_factory=list)
    path: Path | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            recent = [str(p) for p in data.get("recent_databases", []) if isinstance(p, str)]
        except FileNotFoundError:
            recent = []
        except (OSError, ValueError, AttributeError):
            log.warning("settings file %s unreadable; starting with defaults", path)
            recent = []
        return cls(recent_databases=recent[:MAX_RECENT], path=path)

    def remember_database(self, database: Path) -> None:
        entry = str(Path(database).absolute())
        self.recent_databases = [entry] + [p for p in self.recent_databases if p != entry]
        del self.recent_databases[MAX_RECENT:]
        self.save()

    def forget_database(self, database: Path) -> None:
        entry = str(Path(database).absolute())
        self.recent_databases = [p for p in self.recent_databases if p != entry]
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {k: v for k, v in asdict(self).items() if k != "path"}
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, indent=2), encoding="utf-8")
        os.replace(temporary, self.path)
