"""The facet index's masks count exactly what set operations over the same ids would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.facets import Facet, FacetIndex, Selection

FACETS = (Facet.MECHANISM, Facet.THEME, Facet.LEAD)


@st.composite
def indexes(draw):
    all_ids = [f"rec-{n:03}" for n in range(draw(st.integers(0, 40)))]
    members = {}
    for facet in Facet:
        values = {}
        if facet in FACETS:
            for value in ("a", "b", "c"):
                values[value] = frozenset(draw(st.sets(st.sampled_from(all_ids))) if all_ids
                                          else ())
        members[facet] = values
    labels = {facet: {value: (value, "") for value in members[facet]} for facet in Facet}
    within = draw(st.sets(st.sampled_from([*all_ids, "not-in-the-index"])))
    chosen = {facet: frozenset(draw(st.sets(st.sampled_from(("a", "b", "c")), max_size=2)))
              for facet in FACETS}
    return FacetIndex(frozenset(all_ids), members, labels), members, within, Selection(chosen)


def naive_matching(members, selection: Selection, within: set[str], except_facet=None):
    found = set(within)
    for facet, values in selection.values.items():
        if facet != except_facet and values:
            found &= set().union(*(members[facet].get(value, ()) for value in values))
    return found


@settings(max_examples=150, derandomize=True)
@given(indexes())
def test_counts_and_matches_from_masks_equal_the_set_operations(case):
    index, members, within, selection = case
    known = within & index.all_ids
    assert index.matching(selection, within=within) == naive_matching(members, selection, known)
    mask = index.mask_of_bits(index.bits_of(within))
    assert index.matching(selection, within_mask=mask) == naive_matching(
        members, selection, known)
    assert index.matching(Selection(), within_mask=mask) == known
    counts = index.counts(selection, within_mask=mask)
    for facet in FACETS:
        base = naive_matching(members, selection, known, except_facet=facet)
        expected = {value: len(ids & base) for value, ids in members[facet].items()
                    if ids & base or value in selection.values.get(facet, ())}
        assert {entry.value: entry.count for entry in counts[facet]} == expected
    assert counts == index.counts(selection, within=within)
