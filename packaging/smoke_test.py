"""The smoke test of the built program: what a focal point and a secretariat do first, run
from the frozen folder (not from the sources), in English and in French.

    .venv/bin/python packaging/smoke_test.py dist/nmrf-tracker

Each step runs the frozen executable with a data folder of its own (NMRF_TRACKER_HOME) and a
home folder of its own, then checks what it printed and wrote: --version, demo, check,
info --json, importing a real OHCHR matrix, both PDF reports with their fonts embedded, the
matrix, an exchange round trip (issue, open, submit, consolidate) and the window opened
offscreen on the demo database (--smoke-test). At the end nothing may have been written
outside the data folder and the outputs asked for. Exit 0 when every step passed.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))  # the version as the build reads it
from build import version  # noqa: E402

MATRIX = ROOT / "tests" / "fixtures" / "real" / \
    "Slovenia_UPR34_2019_Thematic_list_of_Recommendations.docx"
STEP_SECONDS = 600


class Failed(Exception):
    pass


class Program:
    def __init__(self, folder: Path, scratch: Path, language: str):
        self.executable = folder / ("nmrf-tracker.exe" if os.name == "nt" else "nmrf-tracker")
        self.data, self.home, self.out = (scratch / name for name in ("data", "home", "out"))
        for place in (self.data, self.home, self.out):
            place.mkdir(parents=True, exist_ok=True)
        self.language = language
        self.environment = {
            **{name: value for name, value in os.environ.items()
               if not name.startswith(("NMRF_TRACKER", "XDG_", "PYTHON"))},
            "NMRF_TRACKER_HOME": str(self.data), "NMRF_TRACKER_LANGUAGE": language,
            # A build machine has no system keyring: the keys go to protected files.
            "NMRF_TRACKER_KEY_PASSPHRASE": "the smoke test's key passphrase",
            "HOME": str(self.home), "USERPROFILE": str(self.home),
            "QT_QPA_PLATFORM": "offscreen"}

    def run(self, *arguments: str, expect: int = 0, environment: dict[str, str] | None = None
            ) -> str:
        done = subprocess.run([str(self.executable), *arguments], cwd=self.out,
                              env={**self.environment, **(environment or {})},
                              capture_output=True, text=True,
                              encoding="utf-8", timeout=STEP_SECONDS)
        if done.returncode != expect:
            raise Failed(f"nmrf-tracker {' '.join(arguments)}: exit {done.returncode}, "
                         f"expected {expect}\n{done.stdout}\n{done.stderr}")
        return done.stdout


def fonts_embedded(pdf: Path) -> bool:
    """Every font a page uses is embedded: the file holds FontFile2 streams and names no
    standard font (Helvetica and the like, which a PDF may use without embedding)."""
    data = pdf.read_bytes()
    return b"/FontFile2" in data and b"/Helvetica" not in data and b"/Times-Roman" not in data


def steps(program: Program, version: str) -> list[str]:
    said = []
    out = program.out

    def check(condition: bool, what: str) -> None:
        if not condition:
            raise Failed(what)
        said.append(what)

    printed = program.run("--version")
    check(version in printed, f"--version says {version}")
    program.run("demo", "--db", str(out / "demo.db"))
    check((out / "demo.db").is_file(), "demo writes a database")
    program.run("check", "--db", str(out / "demo.db"))
    said.append("check finds the demo sound")
    info = json.loads(program.run("info", "--db", str(out / "demo.db"), "--json"))
    check(info["role"] == "secretariat" and info["recommendations"] > 0,
          "info --json describes the demo")
    program.run("new", "--db", str(out / "master.db"), "--state", "Slovenia")
    imported = program.run("import", "--db", str(out / "master.db"), str(MATRIX), "--json")
    check(json.loads(imported)["created"] > 100, "a real OHCHR matrix imports")
    for kind, name in (("midterm", "midterm.pdf"), ("validation", "validation.pdf")):
        extra = ["--institution", "MOJ"] if kind == "validation" else []
        program.run("export", "report", "--db", str(out / "demo.db"), "--kind", kind,
                    "--out", str(out / name), "--language", program.language, *extra)
        check(fonts_embedded(out / name), f"the {kind} report has its fonts embedded")
    program.run("export", "matrix", "--db", str(out / "demo.db"), "--out",
                str(out / "matrix.xlsx"), "--language", program.language)
    check((out / "matrix.xlsx").read_bytes()[:2] == b"PK", "the matrix is a workbook")
    issued = program.run("exchange", "issue", "--db", str(out / "demo.db"), "--institution",
                         "MOJ", "--out", str(out / "to-MOJ.nmrf"))
    # The focal point's computer (its own keys) and the twelve words read to them.
    words = next(line.strip() for line in issued.splitlines()
                 if line.startswith("    ") and len(line.split()) == 12)
    ministry = {"NMRF_TRACKER_HOME": str(program.data.parent / "ministry-data"),
                "NMRF_TRACKER_FILE_PASSPHRASE": words}
    program.run("exchange", "open", "--db", str(out / "MOJ.db"), str(out / "to-MOJ.nmrf"),
                environment=ministry)
    program.run("exchange", "submit", "--db", str(out / "MOJ.db"), "--out",
                str(out / "from-MOJ.nmrf"), environment=ministry)
    refused = json.loads(program.run("exchange", "consolidate", "--db", str(out / "demo.db"),
                                     str(out / "from-MOJ.nmrf"), "--json", expect=2))
    fingerprint = refused[0]["fingerprint"]
    done = json.loads(program.run("exchange", "consolidate", "--db", str(out / "demo.db"),
                                  str(out / "from-MOJ.nmrf"), "--accept-device",
                                  fingerprint, "--json"))
    check(done[0]["status"] == "applied",
          "an exchange round trip, encrypted, opened with its twelve words, consolidates")
    program.run("backup", "--db", str(out / "demo.db"), "--out", str(out / "copy.db"))
    password = {"NMRF_TRACKER_DB_PASSWORD": "the smoke test's database password"}
    program.run("protect", "--db", str(out / "copy.db"), environment=password)
    program.run("info", "--db", str(out / "copy.db"), expect=2)
    sound = program.run("check", "--db", str(out / "copy.db"), environment=password)
    check(not (out / "copy.db").read_bytes().startswith(b"SQLite format 3") and bool(sound),
          "a database protected by a password is refused without it and sound with it")
    window = program.run("--smoke-test", str(out / "window.png"))
    catalogues = [] if program.language == "en" else [
        f"qtbase_{program.language}.qm", f"nmrf_tracker_{program.language}.qm"]
    check("the register showed" in window and all(c in window for c in catalogues)
          and (out / "window.png").stat().st_size > 10_000,
          "the window opens on the demo database" + (
              f" with Qt's and our {program.language} catalogues" if catalogues else ""))
    written = sorted(str(path.relative_to(program.home)) for path in program.home.rglob("*")
                     if path.is_file())
    check(not written, "nothing written outside the data folder and the outputs"
          + (f" (found: {', '.join(written[:5])})" if written else ""))
    return said


DEB_PATHS = ("./opt/nmrf-tracker/nmrf-tracker", "./usr/bin/nmrf-tracker",
             "./usr/share/applications/nmrf-tracker.desktop",
             "./usr/share/mime/packages/nmrf-tracker.xml",
             "./usr/share/icons/hicolor/256x256/apps/nmrf-tracker.png",
             "./usr/share/icons/hicolor/scalable/apps/nmrf-tracker.svg")


def check_deb(dist: Path) -> list[str]:
    """The .deb beside the folder installs the program, its launcher, menu entry, file type
    and icon where Debian looks for them (dpkg -i itself needs an administrator)."""
    said = []
    for package in sorted(dist.glob("nmrf-tracker_*.deb")):
        listed = subprocess.run(["dpkg-deb", "--contents", str(package)], capture_output=True,
                                text=True, check=True).stdout
        paths = {line.split()[5] for line in listed.splitlines() if len(line.split()) > 5}
        missing = [path for path in DEB_PATHS if path not in paths]
        if missing:
            raise Failed(f"{package.name} lacks {', '.join(missing)}")
        fields = subprocess.run(["dpkg-deb", "--field", str(package), "Version", "Depends"],
                                capture_output=True, text=True, check=True).stdout
        if f"Version: {version()}" not in fields or "libxcb-cursor0" not in fields:
            raise Failed(f"{package.name}: control fields {fields!r}")
        said.append(f"{package.name} holds the program, launcher, menu entry, type and icon")
    return said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="the frozen folder (dist/nmrf-tracker)")
    parser.add_argument("--language", action="append",
                        help="en, fr… (default: English, then French)")
    arguments = parser.parse_args(argv)
    started = time.monotonic()
    for language in arguments.language or ["en", "fr"]:
        with tempfile.TemporaryDirectory(prefix=f"nmrf-smoke-{language}-") as scratch:
            program = Program(arguments.folder.resolve(), Path(scratch), language)
            try:
                for line in steps(program, version()):
                    print(f"[{language}] ok: {line}")
            except (Failed, subprocess.TimeoutExpired) as failure:
                print(f"[{language}] FAILED: {failure}", file=sys.stderr)
                return 1
    if shutil.which("dpkg-deb"):
        try:
            for line in check_deb(arguments.folder.resolve().parent):
                print(f"ok: {line}")
        except Failed as failure:
            print(f"FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"smoke test passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
