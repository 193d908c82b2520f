"""One way to do each thing: the kinds of callback and error that long work shares are
defined once (app/progress.py, app/errors.py), not restated module by module."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules():
    for module in (ROOT / "app").rglob("*.py"):
        yield str(module.relative_to(ROOT)), ast.parse(module.read_text(encoding="utf-8"))


def test_one_progress_callback_type():
    aliases = [name for name, tree in _modules() for node in tree.body
               if isinstance(node, ast.Assign) and any(
                   isinstance(target, ast.Name) and "Progress" in target.id
                   for target in node.targets)]
    assert aliases == ["app/progress.py"]


def test_one_cancellation():
    classes = [(name, node.name) for name, tree in _modules() for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef) and "Cancel" in node.name]
    assert classes == [("app/errors.py", "Cancelled")]


def test_a_dry_run_is_a_write_that_keeps_nothing(empty_db):
    from sqlalchemy import func, select

    from app.db.database import roll_back
    from app.models import Institution

    def count() -> int:
        with empty_db.read() as session:
            return session.scalar(select(func.count()).select_from(Institution))

    before = count()
    with empty_db.write(rollback=True) as session:
        session.add(Institution(code="TRY", name="Tried"))
        session.flush()
        assert session.scalar(select(func.count()).select_from(Institution)) == before + 1
    with empty_db.write() as session:
        session.add(Institution(code="TRY", name="Tried"))
        roll_back(session)  # decided inside: an import that found rejected rows
    assert count() == before
    classes = [node.name for _name, tree in _modules() for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef) and ("RollBack" in node.name
                                                      or "DryRun" in node.name)]
    assert classes == [], "no private exception to undo a transaction"


def test_one_name_per_thing_in_the_core():
    """Two classes or public functions of the same name in the core (outside the window)
    would be two things under one name, or one thing said twice."""
    seen: dict[str, list[str]] = {}
    for name, tree in _modules():
        if name.startswith("app/ui/"):
            continue
        for node in tree.body:
            if isinstance(node, ast.ClassDef | ast.FunctionDef) and not node.name.startswith("_"):
                seen.setdefault(node.name, []).append(name)
    # `main` of the command line and of the migration script; `install` of two hooks.
    allowed = {"main", "install"}
    assert {thing: where for thing, where in seen.items()
            if len(where) > 1 and thing not in allowed} == {}


def test_change_records_go_through_one_codec():
    from datetime import UTC, datetime, timedelta, timezone

    from app.db.change_codec import decoded, json_value, model_of, moment, table_of
    from app.models import Assessment

    # One time-zone rule: what was written naive is UTC; an offset is turned into UTC.
    assert moment("2026-03-01T10:00:00") == datetime(2026, 3, 1, 10, tzinfo=UTC)
    assert moment("2026-03-01T15:45:00+05:45") == datetime(2026, 3, 1, 10, tzinfo=UTC)
    stamp = datetime(2026, 3, 1, 10, tzinfo=timezone(timedelta(hours=1)))
    assert decoded(table_of("assessment"), "submitted_at", json_value(stamp)) == \
        datetime(2026, 3, 1, 9, tzinfo=UTC)
    assert model_of("assessment") is Assessment
    lookups = [name for name, tree in _modules() for node in ast.walk(tree)
               if isinstance(node, ast.Attribute) and node.attr == "mappers"]
    assert sorted(lookups) == ["app/db/change_codec.py", "app/models/__init__.py"], \
        "which model a table is: asked of the codec"
