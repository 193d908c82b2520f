"""The wheel carries migrations/ and resources/: installed on its own, it creates databases."""

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.slow
def test_installed_wheel_creates_and_checks_a_database(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels),
         str(REPO)],
        check=True, timeout=600,
    )
    wheel = next(wheels.glob("nmrf_tracker-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    site_packages = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip())
    # Dependencies come from the test environment's site-packages (a plain path entry, so its
    # .pth files, including the editable install of this checkout, are not processed); the
    # application itself comes only from the wheel.
    (site_packages / "test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)],
                   check=True, timeout=300)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["NMRF_TRACKER_HOME"] = str(tmp_path / "home")

    def run(*args):
        return subprocess.run([str(venv / "bin" / "nmrf-tracker"), *args], cwd=outside, env=env,
                              capture_output=True, text=True, timeout=300)

    where = subprocess.run([str(python), "-c", "import app, app.paths as p; "
                            "print(app.__file__); print(p.migrations_dir()); "
                            "print(p.resource_path('reference'))"],
                           cwd=outside, env=env, capture_output=True, text=True, check=True)
    for line in where.stdout.splitlines():
        assert line.startswith(str(site_packages)), where.stdout
    database = outside / "from-wheel.db"
    created = run("demo", "--db", str(database), "--size", "20")
    assert created.returncode == 0, created.stderr
    checked = run("check", "--db", str(database))
    assert checked.returncode == 0, checked.stderr
    # The compiled catalogues travel in the wheel: the core speaks French from it, and the
    # window's .qm files and the CJK font are there for the window and the reports.
    env["NMRF_TRACKER_LANGUAGE"] = "fr"
    french = run("check", "--db", str(database))
    assert french.returncode == 0 and ": intègre (" in french.stdout, french.stdout
    bundled = site_packages / "app" / "_bundled" / "resources"
    for shipped in ("translations/nmrf_tracker_ar.qm", "locale/zh_CN/LC_MESSAGES/nmrf_tracker.mo",
                    "fonts/wqy-microhei.ttc"):
        assert (bundled / shipped).is_file(), shipped
