"""Whether a database is named by a file's path or by a server's address (postgresql://…):
light enough for the command line to tell before it loads the database layer."""

from __future__ import annotations

from pathlib import Path

SCHEMES = ("postgresql", "postgres")


def is_server_address(location: str | Path) -> bool:
    text = str(location)
    return any(text.startswith(f"{scheme}://") or text.startswith(f"{scheme}+")
               for scheme in SCHEMES)


def database_location(text: str) -> Path | str:
    """What `--db` names: a server's address as it is written, otherwise a file's path."""
    return text if is_server_address(text) else Path(text)


def location_name(location: str | Path) -> str:
    """What a window title and a progress dialog call the register: the file's name, or the
    database's name on its server."""
    if is_server_address(location):
        return str(location).rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]
    return Path(location).name
