"""Keeping the window's pages in step with the data: after a write, what changed is refreshed.

A write says what it touched (`WhatChanged`: tables and recommendations). The register takes a
reader that keeps what the change cannot have altered (`RegisterReader.updated`); each other
page lists the tables it shows and is refreshed when one of them changed — now if it is on
screen, otherwise when the person next opens it. Opening or importing into a database changes
everything and reloads every page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from app.services.choices import institution_choices
from app.services.dashboard import build_dashboard
from app.services.directory import institution_rows
from app.services.facets import FACET_TABLES
from app.services.memory import built_to_last
from app.services.register_reader import RegisterReader
from app.services.vocabularies import Vocabulary
from app.services.what_changed import WhatChanged
from app.ui.host_parts import WindowParts

_VOCABULARY_TABLES = frozenset({
    "theme", "affected_group", "sdg_goal", "sdg_target", "mechanism", "state", "state_alias",
    "position", "implementation_status", "recommendation_theme",
    "recommendation_affected_group", "recommendation_sdg", "review"})
_PLAN_TABLES = frozenset({
    "action", "action_recommendation", "indicator", "indicator_link", "indicator_value",
    "deadline", "evidence", "assignment", "institution", "recommendation"})
_INSTITUTION_TABLES = frozenset({"institution", "person", "assignment"})
ANY_TABLE = None


class PageRefreshMixin(WindowParts):
    """Mixed into MainWindow: uses its db, tasks and pages."""

    def _tables_shown(self) -> dict[QWidget, frozenset[str] | None]:
        """The tables each page (other than the register) shows; ANY_TABLE: whatever changes
        (the activity and the exchange pages follow the change log itself)."""
        return {self.dashboard: FACET_TABLES | {"review", "institution"},
                self.institutions: _INSTITUTION_TABLES,
                self.vocabularies: _VOCABULARY_TABLES,
                self.plan: _PLAN_TABLES,
                self.calendar: _PLAN_TABLES,
                self.activity: ANY_TABLE,
                self.exchange: ANY_TABLE}

    def refresh(self) -> None:
        """A database was opened or imported into: the register from the top, no filter."""
        self._load_register(WhatChanged.anything(), keep_view=False)

    def refresh_after_edit(self) -> None:
        """Anything may have changed under the register (a file consolidated, a profile
        changed): same search, filters and selection, every page read again."""
        self._load_register(WhatChanged.anything(), keep_view=True)

    def refresh_after(self, changed: WhatChanged) -> None:
        """A write of this window changed these tables: what shows them is read again."""
        if changed:
            self._load_register(changed, keep_view=True)

    def _load_register(self, changed: WhatChanged, keep_view: bool) -> None:
        # Ordering and indexing 100,000 recommendations takes seconds: never on the UI thread.
        db = self.db
        if db is None:
            return
        previous = self.recommendations.model.reader if keep_view else None
        if not keep_view:
            self.recommendations.show_loading()

        def load(progress, cancelled) -> RegisterReader:
            with built_to_last():
                if previous is None:
                    reader = RegisterReader(db)
                    reader.prepare()
                    return reader
                return previous.updated(changed)

        def show(reader: RegisterReader) -> None:
            if self.db is not db:
                return  # another database was opened meanwhile
            if keep_view:
                self.recommendations.refresh_register(reader)
            else:
                self.recommendations.show_register(reader, reader.ids())
            self._refresh_pages(changed)

        self.tasks.run(load, title=self.tr("Loading the register"), parent=self, on_done=show,
                       failure=self.tr("Cannot load the register"))

    def _refresh_pages(self, changed: WhatChanged) -> None:
        shown = self.pages.currentWidget()
        for page, tables in self._tables_shown().items():
            if changed.everything or tables is ANY_TABLE or changed.touches(tables):
                if page is shown:
                    self._refresh_page(page)
                else:
                    self._stale_pages.add(page)

    def _page_opened(self, _index: int) -> None:
        page = self.pages.currentWidget()
        if page in self._stale_pages:
            self._refresh_page(page)

    def _refresh_page(self, page: QWidget) -> None:
        self._stale_pages.discard(page)
        db = self.db
        if db is None:
            return
        if page is self.dashboard:
            self._show_dashboard()
        elif page is self.institutions:
            self.institutions.show_institutions(institution_rows(db))
        elif page is self.vocabularies:
            self._show_vocabulary(self.vocabularies.vocabulary.value)
        elif page in (self.plan, self.calendar):
            with db.read() as session:
                choices = institution_choices(session)
            page.set_institutions(choices)
            if page is self.plan:
                self._show_plan()
            else:
                self._show_calendar()
        elif page is self.activity:
            self._show_activity()
        elif page is self.exchange:
            self._show_exchange()

    def _show_dashboard(self) -> None:
        db, reader = self.db, self.recommendations.model.reader
        if db is None or reader is None:
            return

        def build(progress, cancelled):
            with db.read() as session:
                return build_dashboard(session, reader.facets)

        def show(board: Any) -> None:
            if self.db is db:  # not a database closed meanwhile
                self.dashboard.show_dashboard(board)

        self.tasks.run(build, title=self.tr("Counting for the dashboard"), parent=self,
                       on_done=show)

    def _show_vocabulary(self, vocabulary: str) -> None:
        if self.db is not None:
            self.vocabularies.show_entries(
                Vocabulary(vocabulary), self.register_actions.vocabulary_entries(vocabulary))
