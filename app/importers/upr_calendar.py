"""The UPR Working Group's sessions: when each opened and to which cycle it belongs.

Shipped in resources/reference/upr_sessions.tsv. A table that gives a State and a year but no
session or cycle is placed in its cycle by the sessions held that year; the Council adopts a
review's outcome some months later, so a year can also name the cycle of the sessions held at
the end of the year before.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

from app.db.reference_data import read_reference_table

UPR = "UPR"  # the mechanism's code in the register
ADOPTED_NEXT_YEAR_FROM = 10  # sessions opening in October or later are adopted the year after


@dataclass(frozen=True)
class UprSession:
    number: int
    year: int
    month: int
    cycle: int


@dataclass(frozen=True)
class UprCalendar:
    sessions: tuple[UprSession, ...]

    @classmethod
    @cache
    def shipped(cls) -> UprCalendar:
        sessions = []
        for number, opened, cycle in read_reference_table("upr_sessions.tsv"):
            year, month = opened.split("-")
            sessions.append(UprSession(int(number), int(year), int(month), int(cycle)))
        return cls(tuple(sessions))

    @property
    def first_year(self) -> int:
        return self.sessions[0].year

    @property
    def last_year(self) -> int:
        return self.sessions[-1].year

    @cached_property
    def _cycle_by_session(self) -> dict[int, int]:
        return {s.number: s.cycle for s in self.sessions}

    def cycle_of_session(self, number: int) -> int | None:
        """None for a session the calendar does not list yet."""
        return self._cycle_by_session.get(number)

    def cycles_held(self, year: int) -> list[int]:
        """The cycles of the sessions held in that year."""
        return sorted({s.cycle for s in self.sessions if s.year == year})

    def cycles_of_year(self, year: int) -> list[int]:
        """The cycles a year can name: those held in it, and that of the sessions held at the
        end of the year before, whose outcomes the Council adopted in this one."""
        return sorted(set(self.cycles_held(year)) | {
            s.cycle for s in self.sessions
            if s.year == year - 1 and s.month >= ADOPTED_NEXT_YEAR_FROM})
