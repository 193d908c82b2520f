"""Moments are stored in UTC (SQLite hands them back without a zone); people read them in
the time zone of the computer in front of them, as every other program on it shows time."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo


def local_time_text(moment: datetime | None, *, zone: tzinfo | None = None,
                    empty: str = "") -> str:
    """The moment to the minute in `zone`, by default the computer's own time zone."""
    if moment is None:
        return empty
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")
