"""Rotating log file in the user's log folder; the same for the window and the CLI."""

from __future__ import annotations

import getpass
import logging
import logging.handlers
from pathlib import Path

from app.paths import app_paths

LOG_FILE_NAME = "nmrf-tracker.log"


def configure_logging() -> Path:
    paths = app_paths().ensure()
    log_file = paths.logs / LOG_FILE_NAME
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(log_file) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
        )
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return log_file


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"
