"""Builds the window's English plural forms: resources/translations/nmrf_tracker_en.ts and .qm.

The window's counts are written once, with Qt's %n ("%n backup(s) of this database"); a
catalogue gives each language its forms ("1 backup", "3 backups"). English is the source
language, so its catalogue holds only those plural messages, worded here by rule, and is
loaded under every other language's. Run it after adding or changing a count in app/ui:

    .venv/bin/python packaging/translations.py          # rewrite the .ts and the .qm
    .venv/bin/python packaging/translations.py --check  # exit 1 if they are out of date

The .qm is committed (a fresh clone and the wheel need no Qt tools to run); the test suite
runs --check.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TS, QM = FOLDER / "nmrf_tracker_en.ts", FOLDER / "nmrf_tracker_en.qm"
# A verb after a counted noun agrees with it: "1 row was rejected", "3 rows were rejected".
_SINGULAR_VERBS = (("(s) were", " was"), ("(s) wait", " waits"), ("(s) stay", " stays"))


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    return str(here) if here.exists() else f"pyside6-{name}"


def singular(text: str) -> str:
    for plural, one in _SINGULAR_VERBS:
        text = text.replace(plural, one)
    return text.replace("(s)", "")


def plural(text: str) -> str:
    return text.replace("(s)", "s")


def build(ts: Path, qm: Path) -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app" / "ui").rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder) / "en.ts"
        subprocess.run([_tool("lupdate"), *sources, "-pluralonly", "-source-language", "en",
                        "-target-language", "en", "-no-obsolete", "-locations", "none",
                        "-silent", "-ts", str(raw)], check=True, cwd=ROOT)
        tree = ET.parse(raw)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        if "(s)" not in source:
            raise SystemExit(f"{ts.name}: the count “{source[:60]}” has no “(s)” to put in "
                             "the singular and plural; write it as “%n thing(s)”")
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        forms[0].text, forms[1].text = singular(source), plural(source)
    ET.indent(tree)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only say whether the committed files are up to date")
    args = parser.parse_args(argv)
    if not args.check:
        build(TS, QM)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        ts, qm = Path(folder) / TS.name, Path(folder) / QM.name
        build(ts, qm)
        stale = [path.name for path, fresh in ((TS, ts), (QM, qm))
                 if not path.exists() or path.read_bytes() != fresh.read_bytes()]
    if stale:
        print(f"{', '.join(stale)}: out of date with the counts in app/ui; run "
              "packaging/translations.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
