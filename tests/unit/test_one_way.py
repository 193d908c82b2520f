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
