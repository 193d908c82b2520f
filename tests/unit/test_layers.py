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


# Which package of app/ may import which: the core's layers, lowest first. "app" is a module
# at the top of app/ (errors, i18n, paths, names…), which anyone may use; the window and the
# command line (ui, and app/cli*.py, app/main.py) may use everything.
MAY_IMPORT = {
    "models": {"app"},
    "db": {"app", "models"},
    "services": {"app", "models", "db", "exchange"},
    "exports": {"app", "models", "db", "services"},
    "exchange": {"app", "models", "db", "services", "exports"},
    "importers": {"app", "models", "db", "services", "exchange", "exports"},
}


def _package(path: Path) -> str:
    parts = path.relative_to(APP).parts
    return parts[0] if len(parts) > 1 else "app"


def _imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, package of app/ imported, names) of each `from app… import …` of a module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app."):
            parts = node.module.split(".")
            package = parts[1] if (APP / parts[1]).is_dir() else "app"
            found.append((node.lineno, package, [alias.name for alias in node.names]))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("app."):
                    parts = alias.name.split(".")
                    package = parts[1] if (APP / parts[1]).is_dir() else "app"
                    found.append((node.lineno, package, []))
    return found


def test_each_package_imports_only_the_layers_below_it():
    offenders = []
    for path in APP.rglob("*.py"):
        own = _package(path)
        if own not in MAY_IMPORT:
            continue
        for line, package, _names in _imports(path):
            if package != own and package not in MAY_IMPORT[own]:
                offenders.append(f"{path.relative_to(APP.parent)}:{line} imports app.{package}")
    assert offenders == []


def test_no_package_borrows_another_ones_private_helpers():
    offenders = []
    for path in APP.rglob("*.py"):
        own = _package(path)
        for line, package, names in _imports(path):
            borrowed = [name for name in names if name.startswith("_") and name != "_"]
            if package != own and borrowed:
                offenders.append(f"{path.relative_to(APP.parent)}:{line} takes {borrowed}")
    assert offenders == []


def test_the_layer_check_sees_a_forbidden_import(tmp_path):
    assert ("db" not in MAY_IMPORT["models"] and "services" not in MAY_IMPORT["db"]
            and "exchange" not in MAY_IMPORT["exports"])
    assert any(package == "services" for _line, package, _names in
               _imports(APP / "exchange" / "ministry.py")), "the walker reads imports"
