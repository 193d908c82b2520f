"""Steps the window tests share: open the demo, select rows, read facet counts and leads."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from sqlalchemy import select

from app.models import Assignment, Institution
from app.services.facets import Facet
from tests.ui.conftest import wait_for_database


def open_demo(qtbot, window, demo_path):
    window.open_path(demo_path)
    wait_for_database(qtbot, window)
    return window.recommendations


def facet_count(page, facet: Facet, value: str) -> int:
    counts = page.model.reader.facet_counts(page.model.query, page.model.selection)
    return next(c.count for c in counts[facet] if c.value == value)


def select_rows(page, rows) -> list[str]:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    return page.selected_ids()


def institution_id(window, code: str) -> str:
    with window.db.read() as session:
        return session.scalar(select(Institution.id).where(Institution.code == code))


def leads(window, ids) -> dict[str, str]:
    with window.db.read() as session:
        return dict(session.execute(
            select(Assignment.recommendation_id, Institution.code).join(Institution)
            .where(Assignment.recommendation_id.in_(ids), Assignment.role == "lead",
                   Assignment.deleted.is_(False))).all())


def fill_indicator(window, rec_id: str, name: str, baseline: str, target: str) -> None:
    """Fills and saves the new-indicator dialog as a person would."""
    dialog = window.register_actions.add_indicator(rec_id)
    dialog.name.setText(name)
    dialog.baseline.setText(baseline)
    dialog.target.setText(target)
    dialog._check_and_accept()
