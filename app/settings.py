"""The user's preferences kept between runs (a small JSON file, no Qt)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.atomic import atomic_write
from app.db.address import is_server_address

log = logging.getLogger(__name__)
MAX_RECENT = 8


@dataclass
class Settings:
    recent_databases: list[str] = field(default_factory=list)
    # Named register views per database (its database_id): {"query", "selection", "sort",
    # "descending"}; a view only makes sense in the database whose ids it names.
    saved_views: dict[str, dict[str, dict]] = field(default_factory=dict)
    register_columns: str = ""  # the table header's own state: order, widths, hidden
    # The register's splitters and whether its filters show (RegisterLayoutMixin).
    register_layout: dict = field(default_factory=dict)
    side_bar_compact: bool = False  # the side bar shows only symbols
    # Who works on each database (its database_id): {"name", "role", "institution_id"}.
    profiles: dict[str, dict] = field(default_factory=dict)
    # Backups kept per database: the newest `backups_keep_last`, and the newest of each of
    # the `backups_keep_months` months before them (see app.db.backups).
    backups_keep_last: int = 10
    backups_keep_months: int = 12
    # The folder each kind of file dialog last saved to or opened from ("report", "matrix"…).
    last_folders: dict[str, str] = field(default_factory=dict)
    # The window's language (app.languages code); "" follows the system's.
    language: str = ""
    path: Path | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path) -> Settings:
        views: dict[str, dict[str, dict]] = {}
        columns = ""
        profiles: dict[str, dict] = {}
        keep: dict[str, int] = {}
        folders: dict[str, str] = {}
        layout: dict = {}
        compact = False
        language = ""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            recent = [str(p) for p in data.get("recent_databases", []) if isinstance(p, str)]
            stored = data.get("saved_views", {})
            if isinstance(stored, dict):
                views = {database: {name: view for name, view in named.items()
                                    if isinstance(view, dict)}
                         for database, named in stored.items() if isinstance(named, dict)}
            if isinstance(data.get("register_columns"), str):
                columns = data["register_columns"]
            if isinstance(data.get("profiles"), dict):
                profiles = {key: value for key, value in data["profiles"].items()
                            if isinstance(value, dict)}
            if isinstance(data.get("side_bar_compact"), bool):
                compact = data["side_bar_compact"]
            if isinstance(data.get("register_layout"), dict):
                layout = data["register_layout"]
            if isinstance(data.get("last_folders"), dict):
                folders = {kind: folder for kind, folder in data["last_folders"].items()
                           if isinstance(kind, str) and isinstance(folder, str)}
            if isinstance(data.get("language"), str):
                language = data["language"]
            keep = {name: data[name] for name in ("backups_keep_last", "backups_keep_months")
                    if isinstance(data.get(name), int) and not isinstance(data[name], bool)
                    and data[name] >= 1}
        except FileNotFoundError:
            recent = []
        except (OSError, ValueError, AttributeError):
            log.warning("settings file %s unreadable; starting with defaults", path)
            recent = []
        return cls(recent_databases=recent[:MAX_RECENT], saved_views=views,
                   register_columns=columns, profiles=profiles, last_folders=folders,
                   register_layout=layout, side_bar_compact=compact, language=language,
                   path=path, **keep)

    def views_of(self, database_id: str) -> dict[str, dict]:
        return dict(sorted(self.saved_views.get(database_id, {}).items(),
                           key=lambda item: item[0].casefold()))

    def save_view(self, database_id: str, name: str, view: dict) -> None:
        self.saved_views.setdefault(database_id, {})[name] = view
        self.save()

    def delete_view(self, database_id: str, name: str) -> None:
        self.saved_views.get(database_id, {}).pop(name, None)
        self.save()

    def remember_database(self, database: Path | str) -> None:
        entry = _entry(database)
        self.recent_databases = [entry] + [p for p in self.recent_databases if p != entry]
        del self.recent_databases[MAX_RECENT:]
        self.save()

    def forget_database(self, database: Path | str) -> None:
        entry = _entry(database)
        self.recent_databases = [p for p in self.recent_databases if p != entry]
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {k: v for k, v in asdict(self).items() if k != "path"}
        with atomic_write(self.path, f"the settings {self.path.name}") as temporary:
            temporary.write_text(json.dumps(data, indent=2), encoding="utf-8")


class SavedViews:
    """The saved register views of one database, kept in the settings file."""

    def __init__(self, settings: Settings, database_id: str):
        self._settings, self._database_id = settings, database_id

    def names(self) -> list[str]:
        return list(self._settings.views_of(self._database_id))

    def get(self, name: str) -> dict:
        return self._settings.views_of(self._database_id).get(name, {})

    def put(self, name: str, view: dict) -> None:
        self._settings.save_view(self._database_id, name, view)

    def remove(self, name: str) -> None:
        self._settings.delete_view(self._database_id, name)


def _entry(database: Path | str) -> str:
    """A recent database as the list keeps it: a file by its absolute path, a server's
    database by its address (without a password: see app.db.server.shown_address)."""
    return str(database) if is_server_address(database) else str(Path(database).absolute())
