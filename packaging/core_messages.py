"""The core's gettext catalogues: resources/locale/<language>/LC_MESSAGES/nmrf_tracker.po/.mo.

    .venv/bin/python packaging/core_messages.py            # extract, merge, compile
    .venv/bin/python packaging/core_messages.py --check    # exit 1 if a catalogue is behind
    .venv/bin/python packaging/core_messages.py --todo ar  # untranslated, numbered
    .venv/bin/python packaging/core_messages.py --fill ar FILE  # "number<TAB>translation"

Messages are read from the Qt-free code (everything under app/ but app/ui) with Babel: the
arguments of _("…"), N_("…") (marked for later, e.g. database labels printed in a
document), t("…") (a document's headings) and ngettext("…", "…", n). Plural forms follow
each language's rule (Arabic six, Russian three, Chinese one); in --todo/--fill they are
separated by " || ". The .mo files are committed, so the application runs on the standard
library's gettext alone; the tests run --check.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))  # the tools share message_fields
from message_fields import keeps_fields  # noqa: E402

SOURCES = ROOT / "app"
FOLDER = ROOT / "resources" / "locale"
DOMAIN = "nmrf_tracker"
LANGUAGES = ("fr", "es", "ar", "ru", "zh_CN")
STABLE_DATE = datetime(2026, 1, 1, tzinfo=UTC)
KEYWORDS = {"_": None, "N_": None, "t": None, "ngettext": (1, 2)}


def extract() -> Catalog:
    template = Catalog(project="NMRF Tracker", domain=DOMAIN)
    for path in sorted(SOURCES.rglob("*.py")):
        if "ui" in path.relative_to(SOURCES).parts[:1]:
            continue
        for line, message, comments, _context in extract_from_file(
                "python", str(path), keywords=KEYWORDS):
            template.add(message, locations=[(str(path.relative_to(ROOT)), line)],
                         auto_comments=comments)
    return template


def po_path(language: str, folder: Path | None = None) -> Path:
    return (folder or FOLDER) / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def _read(language: str, folder: Path | None = None) -> Catalog:
    path = po_path(language, folder)
    if not path.exists():
        return Catalog(locale=language, domain=DOMAIN)
    with path.open("rb") as file:
        catalogue = read_po(file, locale=language, domain=DOMAIN)
    # The header's dates would be "now": fixed, so that compiling twice gives the same file.
    catalogue.creation_date = catalogue.revision_date = STABLE_DATE
    return catalogue


def merge(language: str, template: Catalog, folder: Path | None = None) -> Path:
    """Writes the catalogue: every message of the code, with the translations it had."""
    known = _read(language)
    catalogue = Catalog(locale=language, domain=DOMAIN, project="NMRF Tracker",
                        fuzzy=False)
    for message in template:
        if not message.id:
            continue
        previous = known.get(message.id)
        wanted = catalogue.num_plurals if message.pluralizable else 1
        translation = previous.string if previous is not None else None
        if isinstance(translation, (tuple, list)) and len(translation) != wanted:
            translation = None
        if not translation:
            translation = ("",) * wanted if message.pluralizable else ""
        catalogue.add(message.id, string=translation, locations=message.locations)
    path = po_path(language, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    # No dates or locations in the file: it changes only when a message does.
    write_po(buffer, catalogue, width=100, omit_header=False, sort_output=True,
             include_lineno=False, no_location=True)
    text = "\n".join(line for line in buffer.getvalue().decode("utf-8").splitlines()
                     if not line.startswith(('"POT-Creation-Date', '"PO-Revision-Date')))
    path.write_text(text + "\n", encoding="utf-8")
    return path


def compile_mo(language: str, folder: Path | None = None) -> Path:
    catalogue = _read(language, folder)
    target = po_path(language, folder).with_suffix(".mo")
    with target.open("wb") as file:
        write_mo(file, catalogue, use_fuzzy=False)
    return target


def _untranslated(catalogue: Catalog) -> list:
    return [message for message in catalogue if message.id and (
        not message.string or (isinstance(message.string, tuple)
                               and not all(message.string)))]


def mismatches(catalogue: Catalog) -> list[str]:
    """Translations that lost or gained a {0} or a tag, or the spaces at their ends."""
    found = []
    for message in catalogue:
        if not message.id or not message.string:
            continue
        sources = message.id if message.pluralizable else (message.id,)
        forms = message.string if message.pluralizable else (message.string,)
        for form in forms:
            source = sources[-1] if message.pluralizable else sources[0]
            if form and not keeps_fields(source, form, count="{0}"
                                         if message.pluralizable else ""):
                found.append(f"{catalogue.locale}: “{str(source)[:50]}” → “{form[:50]}” does "
                             "not keep the source's {}, tags or spaces at its ends")
    return found


def build() -> None:
    template = extract()
    for language in LANGUAGES:
        merge(language, template)
        compile_mo(language)


def check() -> list[str]:
    problems = []
    template = extract()
    with tempfile.TemporaryDirectory() as folder:
        for language in LANGUAGES:
            committed = po_path(language)
            fresh = merge(language, template, Path(folder))
            if not committed.exists() or committed.read_text("utf-8") != fresh.read_text(
                    "utf-8"):
                problems.append(f"{committed.relative_to(ROOT)}: out of date with the code; "
                                "run packaging/core_messages.py")
            missing = _untranslated(_read(language, Path(folder)))
            if missing:
                problems.append(f"{committed.relative_to(ROOT)}: {len(missing)} untranslated, "
                                f"e.g. “{str(missing[0].id)[:60]}”")
            problems += mismatches(_read(language, Path(folder)))
            mo = compile_mo(language, Path(folder))
            shipped = committed.with_suffix(".mo")
            if not shipped.exists() or shipped.read_bytes() != mo.read_bytes():
                problems.append(f"{shipped.relative_to(ROOT)}: not compiled from the "
                                "current catalogue")
    return problems


def todo(language: str) -> None:
    catalogue = _read(language)
    left = {message.id for message in _untranslated(catalogue)}
    for number, message in enumerate(sorted(m for m in catalogue if m.id), 1):
        if message.id in left:
            source = " || ".join(message.id) if message.pluralizable else message.id
            kind = " [plural]" if message.pluralizable else ""
            print(f"{number}{kind}\t" + source.replace("\n", "\\n"))


def fill(language: str, answers: Path) -> int:
    catalogue = _read(language)
    messages = sorted(m for m in catalogue if m.id)
    for line in answers.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        number, _, text = line.partition("\t")
        message = messages[int(number.split()[0]) - 1]
        text = text.rstrip("\r").replace("\\n", "\n")
        message.string = tuple(text.split(" || ")) if message.pluralizable else text
    buffer = io.BytesIO()
    write_po(buffer, catalogue, width=100)
    po_path(language).write_bytes(buffer.getvalue())
    merge(language, extract())
    compile_mo(language)
    return len(_untranslated(_read(language)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--todo", metavar="LANGUAGE")
    parser.add_argument("--fill", nargs=2, metavar=("LANGUAGE", "FILE"))
    args = parser.parse_args(argv)
    if args.todo:
        todo(args.todo)
        return 0
    if args.fill:
        print(f"{args.fill[0]}: {fill(args.fill[0], Path(args.fill[1]))} untranslated")
        return 0
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
