"""Where a file dialog starts: the folder last used for that kind of file, else the person's
Documents folder (not the application's data folder, which nobody knows how to find)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from app.settings import Settings


class FileFolders:
    def __init__(self, settings: Settings | None = None):
        self.settings = settings

    def start(self, kind: str, name: str = "") -> str:
        """The folder to start in for `kind`, with `name` suggested in it."""
        remembered = self.settings.last_folders.get(kind) if self.settings else None
        folder = Path(remembered) if remembered and Path(remembered).is_dir() else \
            Path(platformdirs.user_documents_dir())
        return str(folder / name) if name else str(folder)

    def remember(self, kind: str, chosen: Path | None) -> Path | None:
        if chosen is not None and self.settings is not None:
            self.settings.last_folders[kind] = str(Path(chosen).absolute().parent)
            self.settings.save()
        return chosen
