"""The window words every code (app/ui/code_labels.py), and no screen that shows the change
log or a consolidation shows a code: a database holding every kind of change — created,
changed, deleted, restored — and a consolidation with every outcome are rendered and read."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QTableWidget

from app.code_words import FIELD_KINDS
from app.db.lifecycle import open_database
from app.exchange.apply import Outcome
from app.exchange.consolidate import FileResult
from app.models.codes import (
    CODE_KINDS,
    AssignmentRole,
    ChangeOperation,
    ChangeOutcome,
    ExchangeFileStatus,
)
from app.services import assignments
from app.services.history import activity, recommendation_history
from app.ui.change_words import coded_values
from app.ui.code_labels import choices, code_label, code_labels
from app.ui.dialogs.consolidation import ConsolidationDialog
from app.ui.widgets.history_table import field_rows, fill_history, history_rows, history_table
from tests.conftest import AUTHOR, led_by

CODE = re.compile(r"^[a-z]+([_-][a-z]+)+$")
ALL_CODES = {member.value for kind in CODE_KINDS for member in kind}


def test_every_code_has_words_in_the_window():
    labels = code_labels()
    assert set(labels) == set(CODE_KINDS)
    for kind in CODE_KINDS:
        assert set(labels[kind]) == {member.value for member in kind}, kind.__name__
        for code, words in labels[kind].items():
            assert words and words != code and not CODE.match(words), (kind.__name__, code)
    assert [code for code, _ in choices(AssignmentRole)] == ["lead", "supporting"]
    assert code_label(ExchangeFileStatus, "from-a-newer-copy") == "from-a-newer-copy"


def test_the_history_words_each_coded_field_from_the_window_table():
    values = coded_values()
    for field, kinds in FIELD_KINDS.items():
        for kind in kinds:
            for member in kind:
                assert values[field][member.value] == code_label(kind, member.value)


def _texts(tree) -> list[str]:
    return [text for row in history_rows(tree) for text in row] + field_rows(tree)


def _raw(texts: list[str]) -> set[str]:
    """Codes shown as they are: a cell that is a code, or a snake_case word in a sentence."""
    found = {text for text in texts if text in ALL_CODES - {"other", "update"}}
    return found | {word for text in texts
                    for word in re.findall(r"\b[a-z]+(?:_[a-z]+)+\b", text)}


def test_every_kind_of_change_reads_as_a_sentence(qtbot, demo_path):
    with open_database(demo_path, author=AUTHOR) as db:
        with db.read() as session:
            moj, rec_id, reference = led_by(session, "MOJ")
        with db.write() as session:  # deleted …
            assignments.remove_institution(session, [rec_id], moj)
        with db.write() as session:  # … and restored
            assignments.set_lead(session, [rec_id], moj)
        with db.read() as session:
            everything = activity(session, limit=100_000)
            history = recommendation_history(session, rec_id)
    assert {change.operation for change in everything} == set(ChangeOperation)
    tree = history_table()
    qtbot.addWidget(tree)
    fill_history(tree, everything)
    assert tree.topLevelItemCount() == len(everything)
    assert not _raw(_texts(tree)), sorted(_raw(_texts(tree)))[:10]
    fill_history(tree, history)
    sentences = [row[3] for row in history_rows(tree)]
    assert sentences[:2] == [f"MOJ leads {reference}", f"MOJ no longer leads {reference}"]
    assert history_rows(tree)[0][2].startswith(f"{reference} (")  # with its review
    created = next(tree.topLevelItem(row) for row in range(tree.topLevelItemCount())
                   if tree.topLevelItem(row).text(3).startswith("Recommendation ")
                   and tree.topLevelItem(row).text(3).endswith(" added"))
    created.setExpanded(True)  # the fields, on demand
    assert any(created.child(n).text(3).startswith("Text: ") for n in range(created.childCount()))


def test_a_consolidation_with_every_outcome_shows_no_code(qtbot):
    tables = ["assessment", "assignment", "indicator_value", "evidence", "person"]
    outcomes = [Outcome(f"c{n}", n, table, f"r{n}", operation, outcome,
                        reason="not this institution's" if outcome == ChangeOutcome.REJECTED
                        else "", conflict_fields=["target_value", "status_code"]
                        if outcome == ChangeOutcome.CONFLICT else [])
                for n, (table, operation, outcome) in enumerate(
                    (t, o, c) for t in tables for o in ChangeOperation for c in ChangeOutcome)]
    results = [FileResult(f"file-{status.value}.nmrf", status, institution="MOJ",
                          outcomes=outcomes if status == ExchangeFileStatus.APPLIED else [])
               for status in ExchangeFileStatus]
    dialog = ConsolidationDialog(results, dry_run=False)
    qtbot.addWidget(dialog)
    cells = [table.item(row, column).text() for table in dialog.findChildren(QTableWidget)
             for row in range(table.rowCount()) for column in range(table.columnCount())
             if table.item(row, column) is not None]
    assert cells and not _raw(cells), sorted(_raw(cells))[:10]
    assert "Rejected — nothing changed" in cells and "Conflict" in cells
    assert "Target, Status" in cells  # the fields in conflict, worded
