"""Right-to-left lines in the PDF reports: reportlab's bidi hook served by python-bidi.

reportlab lays out right-to-left paragraphs (style wordWrap="RTL") and shapes Arabic words
with HarfBuzz (uharfbuzz) itself, but it orders a line's words through one function,
`log2vis`, of ReportLab's own "rlbidi" package, which is not on PyPI. This module provides
that function with python-bidi's implementation of the Unicode bidirectional algorithm
(UAX #9) and registers it under the name reportlab looks for — before reportlab is first
imported anywhere: `app/__init__.py` installs it.
"""

from __future__ import annotations

import sys
import types


def log2vis(text: str, base_direction: str = "RTL", clean: bool = True,
            positions_V_to_L: list | None = None) -> str:
    """The line in visual order (left to right as drawn), brackets mirrored where the text
    runs right to left; `positions_V_to_L` receives, for each visual position, the index of
    its character in `text`. Bidi control characters are dropped (rlbidi's `clean`)."""
    from bidi import algorithm as uba  # on first use: every start imports this module

    storage = uba.get_empty_storage()
    level = 1 if (base_direction or "").upper() == "RTL" else 0
    storage["base_level"], storage["base_dir"] = level, "LR"[level]
    uba.get_embedding_levels(text, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    uba.explicit_embed_and_overrides(storage, False)
    uba.resolve_weak_types(storage, False)
    uba.resolve_neutral_types(storage, False)
    uba.resolve_implicit_levels(storage, False)
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    chars = storage["chars"]
    if positions_V_to_L is not None:
        positions_V_to_L[:] = [char["index"] for char in chars]
    return "".join(char["ch"] for char in chars)


def install() -> None:
    if "reportlab.pdfgen.textobject" in sys.modules and "rlbidi" not in sys.modules:
        raise RuntimeError("reportlab was imported before its right-to-left hook")
    module = types.ModuleType("rlbidi")
    module.log2vis = log2vis  # type: ignore[attr-defined]  # a module made to be imported
    sys.modules.setdefault("rlbidi", module)
