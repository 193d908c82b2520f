"""Where the application keeps its files.

NMRF_TRACKER_HOME overrides every folder (tests, portable installs); otherwise the platform's
user folders are used through platformdirs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

HOME_ENV = "NMRF_TRACKER_HOME"
_PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class AppPaths:
    data: Path
    logs: Path
    backups: Path
    config: Path

    @property
    def default_database(self) -> Path:
        return self.data / "nmrf-tracker.db"

    @property
    def demo_database(self) -> Path:
        return self.data / "demo.db"

    @property
    def open_copies(self) -> Path:
        """Evidence copied for the system's viewer while the application runs
        (app/open_copies.py)."""
        return self.data / "open-copies"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.json"

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.logs, self.backups, self.config):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths() -> AppPaths:
    override = os.environ.get(HOME_ENV)
    if override:
        root = Path(override).expanduser()
        return AppPaths(root / "data", root / "logs", root / "backups", root / "config")
    dirs = platformdirs.PlatformDirs("nmrf-tracker", appauthor=False)
    data = Path(dirs.user_data_dir)
    return AppPaths(data, Path(dirs.user_log_dir), data / "backups", Path(dirs.user_config_dir))


def bundled_dir(name: str) -> Path:
    """Folder of `migrations` or `resources`.

    In a wheel they live in app/_bundled/ (see pyproject.toml); in a source checkout or an
    editable install they stay at the top level of the repository, as the design card wants.
    """
    for candidate in (_PACKAGE_DIR / "_bundled" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the application's {name} folder is missing from the installation")


def resource_path(*parts: str) -> Path:
    return bundled_dir("resources").joinpath(*parts)


def migrations_dir() -> Path:
    return bundled_dir("migrations")
