"""No raw name of the database reaches a person in the History and Activity views: every
kind of record, operation, field and coded value the change log holds has words."""

from __future__ import annotations

import json
import re

from sqlalchemy import select

from app.db.lifecycle import open_database
from app.models import ChangeRecord
from app.services.history import activity
from app.ui.change_words import ChangeWords, coded_values, field_labels, record_kinds
from app.ui.widgets.history_table import field_rows, fill_history, history_rows, history_table
from tests.conftest import AUTHOR, led_by

CODE = re.compile(r"^[a-z]+(_[a-z]+)+$")  # snake_case, as columns and codes are written
# A code inside a sentence: snake_case ("workflow_state") or hyphenated ("would-apply").
RAW_WORD = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b|\b(?:would-apply|already-imported)\b")


def test_every_kind_of_record_and_every_column_the_change_log_can_hold_has_words():
    from app.models import AUDIT_COLUMNS, Base, tracked_tables

    kinds, fields = record_kinds(), field_labels()
    for table in tracked_tables():
        assert table in kinds, table
        for column in Base.metadata.tables[table].columns:
            assert column.name in fields or column.name in AUDIT_COLUMNS | {"id"}, \
                f"{table}.{column.name}"


def test_every_code_the_models_allow_has_words():
    from app.models.institution import ASSIGNMENT_ROLES, INSTITUTION_KINDS, PERSON_ROLES
    from app.models.tracking import (
        ACTION_STATUSES,
        DEADLINE_KINDS,
        INDICATOR_DIRECTIONS,
        INDICATOR_KINDS,
    )

    values = coded_values()
    for field, codes in (("role", ASSIGNMENT_ROLES + PERSON_ROLES),
                         ("kind", INDICATOR_KINDS + DEADLINE_KINDS + INSTITUTION_KINDS),
                         ("status", ACTION_STATUSES), ("direction", INDICATOR_DIRECTIONS)):
        assert set(codes) <= set(values[field]), (field, set(codes) - set(values[field]))


def test_every_label_table_words_its_codes():
    for table in (record_kinds(), field_labels()):
        for code, words in table.items():
            assert words and words != code, code
    for field, values in coded_values().items():
        assert field in field_labels(), field
        for code, words in values.items():
            assert words and words != code and not CODE.match(words), (field, code)


def _shown(tree) -> list[str]:
    return [text for row in history_rows(tree) for text in row[2:]] + field_rows(tree)


def test_the_demo_change_log_is_shown_in_words(qtbot, demo_path):
    with open_database(demo_path, author=AUTHOR, read_only=True) as db, db.read() as session:
        kinds = set(session.scalars(select(ChangeRecord.table_name).distinct()))
        fields = {name for changes in session.scalars(select(ChangeRecord.changes))
                  for name in json.loads(changes)}
        changes = activity(session, limit=5000)
    words = ChangeWords()
    assert all(kind in words.kinds for kind in kinds), kinds - set(words.kinds)
    assert all(name in words.fields for name in fields - {"id"}), \
        fields - set(words.fields) - {"id"}
    tree = history_table()
    qtbot.addWidget(tree)
    fill_history(tree, changes)
    assert tree.topLevelItemCount() == len(changes)  # one row per change
    raw = {word for text in _shown(tree) for word in RAW_WORD.findall(text)}
    assert not raw, sorted(raw)[:10]
    sentences = [row[3] for row in history_rows(tree)]
    assert any(re.fullmatch(r"Progress report for \S+ accepted \(\w+\)", s) for s in sentences)
    assert any(re.fullmatch(r"\w+ leads \S+", s) for s in sentences)


def test_conflicting_values_are_shown_as_typed():
    from app.ui.dialogs.conflicts import shown_value

    assert [shown_value(v) for v in (75.0, 70, 0.5, "text", None, True)] == [
        "75", "70", "0.5", "text", "", "true"]


def test_activity_shows_deletions_and_filters_by_recommendation_and_institution(demo_path):
    from app.services import assignments

    with open_database(demo_path, author=AUTHOR) as db:
        with db.read() as session:
            moj, rec_id, reference = led_by(session, "MOJ")
        with db.write() as session:
            assignments.remove_institution(session, [rec_id], moj)
        with db.read() as session:
            for_it = activity(session, reference=reference)
            assert for_it and any(entry.table == "assignment" and entry.operation == "delete"
                                  and entry.new_value("deleted") is True
                                  for entry in for_it)  # a deletion is a line of its own
            assert all(entry.table in ("recommendation", "assignment", "assessment",
                                      "recommendation_theme", "recommending_state",
                                      "recommendation_sdg", "recommendation_affected_group",
                                      "cluster_member", "external_reference")
                       for entry in for_it)
            of_moj = activity(session, institution_id=moj)
            assert of_moj and {entry.table for entry in of_moj} <= {
                "institution", "person", "assignment", "assessment", "indicator", "deadline"}
            both = activity(session, reference=reference, institution_id=moj)
            assert both and len(both) < min(len(for_it), len(of_moj)) + 1
    words = ChangeWords()
    assert words.what("assignment", "delete") == "Assignment deleted"
    assert words.value("deleted", True) == "Yes"
