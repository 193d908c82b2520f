"""The core never imports Qt: only app/ui/ and the composition root app/main.py may."""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[2] / "app"
ALLOWED = {APP / "main.py"}


def qt_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        found += [f"{path.relative_to(APP.parent)}:{node.lineno} imports {name}"
                  for name in names if name.split(".")[0] in {"PySide6", "shiboken6"}]
    return found


def test_nothing_outside_ui_imports_pyside6():
    offenders = []
    for path in APP.rglob("*.py"):
        if (APP / "ui") in path.parents or path in ALLOWED:
            continue
        offenders += qt_imports(path)
    assert offenders == []


def test_the_check_itself_sees_a_qt_import(tmp_path):
    sample = APP / "ui" / "tasks.py"
    assert qt_imports(sample), "the import walker must detect PySide6 imports"


def test_no_module_is_over_500_lines():
    long_files = [
        f"{path.relative_to(APP.parent)} ({count} lines)"
        for path in APP.rglob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > 500
    ]
    assert long_files == []
