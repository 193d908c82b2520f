"""The register's room on a 1366×768 laptop: the filter panel can be hidden, the splitters
keep where they were put, and the detail grows when a tab that needs room is chosen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter

from app.ui.host_parts import RegisterPageParts

# Height the detail pane takes for the Status and Plan tabs (narrative and next steps; the
# indicator chart) when it is smaller: seen whole without dragging the splitter.
ROOMY_DETAIL = 340
MIN_TABLE = 200  # the table above keeps about eight rows


class RegisterLayoutMixin(RegisterPageParts):
    """For RecommendationsPage: `self.splitter` (filters | results), `self.results` (table
    over detail), `self.facets`, `self.detail`, `self.filters_button`."""

    def toggle_filters(self, *_checked) -> None:
        self.set_filters_visible(not self.facets.isVisible())

    def set_filters_visible(self, visible: bool) -> None:
        self.facets.setVisible(visible)
        self.filters_button.setText(self.tr("Hide filters") if visible
                                    else self.tr("Show filters"))
        self.filters_button.setToolTip(self.tr(
            "Give the table and the detail the whole width; the filters still apply"))

    def _detail_tab_changed(self, index: int) -> None:
        if self.detail.widget(index) in (self.detail.status_tab, self.detail.plan):
            sizes = self.results.sizes()
            total = sum(sizes)
            if sizes[1] < ROOMY_DETAIL and total > ROOMY_DETAIL + MIN_TABLE:
                self.results.setSizes([total - ROOMY_DETAIL, ROOMY_DETAIL])

    def layout_state(self) -> dict:
        """What to keep in the settings: the splitters and whether the filters show."""
        return {"filters_hidden": not self.facets.isVisibleTo(self),
                "splitter": _state(self.splitter), "results": _state(self.results)}

    def restore_layout_state(self, state: dict) -> None:
        for name, splitter in (("splitter", self.splitter), ("results", self.results)):
            if isinstance(state.get(name), str):
                splitter.restoreState(QByteArray.fromBase64(state[name].encode("ascii")))
        self.set_filters_visible(not state.get("filters_hidden", False))


def _state(splitter: QSplitter) -> str:
    return bytes(splitter.saveState().toBase64().data()).decode("ascii")
