"""A search's matches in register order, kept as places in that order."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence


class SearchListing(Sequence[str]):
    """The recommendations a search found, in register order, as places in that order; a
    place becomes an id only when its row is asked for. A common word finds tens of thousands
    of rows, and a person typing it sees the first screen of them."""

    __slots__ = ("_count", "_ordered", "_places")

    def __init__(self, places: list[int], ordered: list[str], first: Sequence[int] = ()):
        """`first`: places shown before the others whatever the order (the recommendations
        whose reference is exactly what was typed)."""
        places.sort()
        # Rows gone since the register order was read have a place past its end: last once
        # sorted, and left out by the count.
        if first:
            first = sorted(set(first))
            chosen = set(first)
            places = first + [place for place in places if place not in chosen]
            self._count = bisect_left(places, len(ordered), lo=len(first))
        else:
            self._count = bisect_left(places, len(ordered))
        self._places = places
        self._ordered = ordered

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(map(self._ordered.__getitem__,
                            self._places[slice(*index.indices(self._count))]))
        if not -self._count <= index < self._count:
            raise IndexError(index)
        return self._ordered[self._places[index % self._count]]

    def __iter__(self):
        return map(self._ordered.__getitem__, self._places[: self._count])

    def places(self) -> list[int]:
        """The matches' places in the register order, in that order."""
        return self._places[: self._count]

    def index(self, rec_id, start: int = 0, stop: int | None = None) -> int:
        return list(self).index(rec_id, start, self._count if stop is None else stop)
