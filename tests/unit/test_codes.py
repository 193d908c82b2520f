"""The codes are named once (app.models.codes) and worded once for documents and the command
line (app.code_words); the window's table is checked in tests/ui/test_code_labels.py."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from app.code_words import WORDS, words
from app.models.codes import (
    CODE_KINDS,
    ActionStatus,
    AssignmentRole,
    ChangeOperation,
    ConflictStatus,
    DeviceStatus,
    ExchangeFileStatus,
    LedgerDirection,
    PositionCode,
    StatusCode,
    WorkflowState,
)

APP = Path(__file__).resolve().parents[2] / "app"
CODE = re.compile(r"^[a-z]+([_-][a-z]+)+$")  # how codes are written: "not_started", "would-apply"


def test_every_code_has_words_for_documents_and_the_command_line():
    assert set(WORDS) == set(CODE_KINDS)
    for kind in CODE_KINDS:
        table = WORDS[kind]
        assert set(table) == {member.value for member in kind}, kind.__name__
        for code, text in table.items():
            assert text and text != code and not CODE.match(text), (kind.__name__, code)


def test_an_unknown_code_is_shown_as_it_is_rather_than_failing():
    assert words(WorkflowState, "submitted") == "Waiting for validation"
    assert words(WorkflowState, "archived") == "archived"  # from a newer copy
    assert words(WorkflowState, None) == ""


def test_the_models_allow_exactly_the_codes_of_the_enumerations():
    from app.models import Base

    checks = {(table.name, constraint.name): str(constraint.sqltext)
              for table in Base.metadata.tables.values()
              for constraint in table.constraints if hasattr(constraint, "sqltext")}
    for (table, name), kind in {("assessment", "workflow_state"): WorkflowState,
                                ("action", "status"): ActionStatus,
                                ("assignment", "role"): AssignmentRole}.items():
        text = next(sql for (t, n), sql in checks.items() if t == table and n.endswith(name))
        assert set(re.findall(r"'([^']+)'", text)) == {member.value for member in kind}


# Codes that mean one thing only: compared as a literal anywhere outside the tables of words,
# they are a second spelling of the enumeration.
DISTINCT = {member.value for kind in (WorkflowState, StatusCode, PositionCode, ActionStatus,
                                      ChangeOperation, ExchangeFileStatus, DeviceStatus,
                                      ConflictStatus, AssignmentRole, LedgerDirection)
            for member in kind} - {"open", "update", "delta"}


def _compared_literals(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Compare):
            for side in (node.left, *node.comparators):
                items = side.elts if isinstance(side, ast.Tuple | ast.Set | ast.List) else [side]
                found += [(node.lineno, item.value) for item in items
                          if isinstance(item, ast.Constant) and item.value in DISTINCT]
        elif isinstance(node, ast.keyword) and node.arg in (
                "role", "status", "workflow_state", "status_code", "position_code",
                "operation", "direction") and isinstance(node.value, ast.Constant) \
                and node.value.value in DISTINCT:
            found.append((node.lineno, node.value.value))
    return found


def test_no_code_is_compared_or_stored_as_a_string_literal():
    exempt = {"code_words.py", "codes.py"}
    offenders = [f"{path.relative_to(APP)}:{line}: \"{code}\""
                 for path in sorted(APP.rglob("*.py")) if path.name not in exempt
                 for line, code in _compared_literals(path)]
    assert not offenders, "use app.models.codes:\n" + "\n".join(offenders)
