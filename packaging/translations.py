"""The window's translation catalogues: resources/translations/nmrf_tracker_<language>.ts/.qm.

    .venv/bin/python packaging/translations.py           # extract, merge into the .ts, compile
    .venv/bin/python packaging/translations.py --check   # exit 1 if a catalogue is behind
    .venv/bin/python packaging/translations.py --todo fr # the unfinished entries, numbered
    .venv/bin/python packaging/translations.py --fill fr FILE  # "number<TAB>translation" lines

Messages are found in app/ui by reading the code (ast), under the context the window looks
them up in (app/ui/translate_where_written.py: the class, or function, the call is written
in; a module's `_tr`-style wrapper by the context it passes to QCoreApplication.translate).
lupdate cannot see through those wrappers, so this does the extraction and Qt's lrelease the
compiling. English is the source language: its catalogue holds only the plural forms of the
counts ("%n backup(s)" → "1 backup", "3 backups"), worded by rule. The .qm files are
committed: a fresh clone and the wheel run without Qt's tools; the tests run --check.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))  # the tools share message_fields
from message_fields import keeps_fields  # noqa: E402

SOURCES = ROOT / "app" / "ui"
FOLDER = ROOT / "resources" / "translations"
# The languages whose catalogues are complete and offered in the window; a language joins
# when its catalogue has no unfinished entry (--check enforces it for those listed).
LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh_CN")
# Plural forms per language, as Qt counts them (qtbase/src/corelib/kernel/qtranslator.cpp).
PLURAL_FORMS = {"en": 2, "fr": 2, "es": 2, "ru": 3, "ar": 6, "zh_CN": 1}
# A verb after a counted noun agrees with it: "1 row was rejected", "3 rows were rejected".
_SINGULAR_VERBS = (("(s) were", " was"), ("(s) wait", " waits"), ("(s) stay", " stays"))


@dataclass(frozen=True, order=True)
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False


def singular(text: str) -> str:
    for plural, one in _SINGULAR_VERBS:
        text = text.replace(plural, one)
    return text.replace("(s)", "")


def plural(text: str) -> str:
    return text.replace("(s)", "s")


# --- extraction -------------------------------------------------------------------------------

def _constant(node: ast.AST | None, names: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return names.get(node.id)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _constant(node.left, names), _constant(node.right, names)
        return left + right if left is not None and right is not None else None
    return None


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module functions that are `return QCoreApplication.translate("Context", text)`."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.body) == 1 \
                and isinstance(node.body[0], ast.Return) \
                and isinstance(call := node.body[0].value, ast.Call) \
                and isinstance(call.func, ast.Attribute) and call.func.attr == "translate" \
                and call.args and isinstance(call.args[0], ast.Constant):
            found[node.name] = call.args[0].value
    return found


def _module_of(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


class _Finder(ast.NodeVisitor):
    def __init__(self, wrappers: dict[str, str], names: dict[str, str], where: str):
        self.wrappers, self.names, self.where = wrappers, names, where
        self.scope: list[str] = []
        self.messages: list[Message] = []
        self.problems: list[str] = []

    def _enter(self, node, name: str) -> None:
        self.scope.append(name)
        self.generic_visit(node)
        self.scope.pop()

    def visit_ClassDef(self, node):
        self._enter(node, node.name)

    def visit_FunctionDef(self, node):
        self._enter(node, node.name)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Call(self, node: ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "tr" and isinstance(func, ast.Attribute):
            self._add(self.scope[0] if self.scope else "<module>", node.args, 0)
        elif name == "translate" and isinstance(func, ast.Attribute) and len(node.args) >= 2 \
                and _constant(node.args[0], self.names) is not None \
                and self.scope and self.scope[-1] not in self.wrappers:
            self._add(_constant(node.args[0], self.names), node.args[1:], 0)
        elif isinstance(func, ast.Name) and name in self.wrappers:
            self._add(self.wrappers[name], node.args, 0)
        self.generic_visit(node)

    def _add(self, context: str, args: list[ast.AST], first: int) -> None:
        if len(args) <= first:
            return
        source = _constant(args[first], self.names)
        if source is None:
            if not (isinstance(args[first], ast.Name) and args[first].id == "text"):
                self.problems.append(f"{self.where}:{args[first].lineno}: a translated text "
                                     "must be written out, not computed")
            return
        comment = _constant(args[first + 1], self.names) if len(args) > first + 1 else ""
        self.messages.append(Message(context, source, comment or "", len(args) > first + 2))


def extract() -> tuple[list[Message], list[str]]:
    trees = {path: ast.parse(path.read_text(encoding="utf-8"))
             for path in sorted(SOURCES.rglob("*.py"))}
    wrappers_by_module = {_module_of(path): _wrappers(tree) for path, tree in trees.items()}
    messages, problems = set(), []
    for path, tree in trees.items():
        wrappers = dict(wrappers_by_module[_module_of(path)])
        for node in tree.body:  # wrappers imported from another module
            if isinstance(node, ast.ImportFrom) and node.module in wrappers_by_module:
                for alias in node.names:
                    if alias.name in wrappers_by_module[node.module]:
                        wrappers[alias.asname or alias.name] = \
                            wrappers_by_module[node.module][alias.name]
        names = {target.id: node.value.value for node in tree.body
                 if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant)
                 and isinstance(node.value.value, str)
                 for target in node.targets if isinstance(target, ast.Name)}
        finder = _Finder(wrappers, names, str(path.relative_to(ROOT)))
        finder.visit(tree)
        messages.update(finder.messages)
        problems += finder.problems
    return sorted(messages), problems


# --- catalogues --------------------------------------------------------------------------------

def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or FOLDER) / f"nmrf_tracker_{language}.ts"


def read_ts(path: Path) -> dict[tuple[str, str, str], list[str] | None]:
    """(context, source, comment) → its forms, None while unfinished."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            finished = translation.get("type") is None and all(forms)
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] \
                = forms if finished else None
    return found


def _english(message: Message) -> list[str] | None:
    return [singular(message.source), plural(message.source)] if message.numerus else None


def merge(language: str, messages: list[Message], folder: Path | None = None) -> Path:
    """Writes the catalogue: every message, with the translations it already had."""
    known = read_ts(ts_path(language))
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for message in messages:
        if language == "en" and not message.numerus:
            continue
        if message.context not in contexts:
            contexts[message.context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[message.context], "name").text = message.context
        element = ET.SubElement(contexts[message.context], "message")
        if message.numerus:
            element.set("numerus", "yes")
        ET.SubElement(element, "source").text = message.source
        if message.comment:
            ET.SubElement(element, "comment").text = message.comment
        forms = _english(message) if language == "en" else known.get(
            (message.context, message.source, message.comment))
        translation = ET.SubElement(element, "translation")
        wanted = PLURAL_FORMS[language] if message.numerus else 1
        if forms is None or len(forms) != wanted:
            translation.set("type", "unfinished")
            forms = [""] * wanted
        if message.numerus:
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    tree = ET.ElementTree(root)
    ET.indent(tree)
    path = ts_path(language, folder)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    return path


def _lrelease() -> str:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    return str(here) if here.exists() else "pyside6-lrelease"


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                   check=True)


def unfinished(language: str) -> list[tuple[Message, None]]:
    messages, _ = extract()
    known = read_ts(ts_path(language))
    return [m for m in messages if known.get((m.context, m.source, m.comment)) is None]


def mismatches(language: str) -> list[str]:
    """Translations that lost or gained a {0}, a %n, a tag or a leading space."""
    found = []
    for (context, source, _comment), forms in read_ts(ts_path(language)).items():
        for form in forms or ():
            if not keeps_fields(source, form, count="%n" if "%n" in source else ""):
                found.append(f"{ts_path(language).name}: {context}: “{source[:50]}” → "
                             f"“{form[:50]}” does not keep the source's {{}}, %n, tags "
                             "or spaces at its ends")
    return found


# --- commands ----------------------------------------------------------------------------------

def build(languages: tuple[str, ...]) -> list[str]:
    messages, problems = extract()
    for language in languages:
        ts = merge(language, messages)
        compile_qm(ts, ts.with_suffix(".qm"))
    return problems


def check() -> list[str]:
    """What is behind: unfinished entries, catalogues or .qm files not matching the code."""
    messages, problems = extract()
    for catalogue in sorted(FOLDER.glob("nmrf_tracker_*.ts")):
        problems += mismatches(catalogue.stem.removeprefix("nmrf_tracker_"))
    with tempfile.TemporaryDirectory() as folder:
        for language in LANGUAGES:
            fresh = merge(language, messages, Path(folder))
            committed = ts_path(language)
            if not committed.exists() or committed.read_text("utf-8") != fresh.read_text("utf-8"):
                problems.append(f"{committed.name}: out of date with the code; run "
                                "packaging/translations.py")
            missing = [key for key, forms in read_ts(fresh).items() if forms is None]
            if missing:
                problems.append(f"{committed.name}: {len(missing)} unfinished, e.g. "
                                f"{missing[0][0]}: “{missing[0][1][:60]}”")
            qm = Path(folder) / committed.with_suffix(".qm").name
            compile_qm(fresh, qm)
            shipped = committed.with_suffix(".qm")
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                problems.append(f"{shipped.name}: not compiled from the current catalogue")
    return problems


def todo(language: str) -> None:
    """The unfinished entries, numbered by their place among all messages (numbers stay put
    while translations are filled in), newlines written as \\n."""
    messages, _ = extract()
    known = read_ts(ts_path(language))
    for number, message in enumerate(messages, 1):
        if known.get((message.context, message.source, message.comment)) is None:
            kind = " [plural]" if message.numerus else ""
            note = f" ({message.comment})" if message.comment else ""
            source = message.source.replace("\n", "\\n")
            print(f"{number}\t{message.context}{kind}{note}\t{source}")


def fill(language: str, answers: Path) -> int:
    """Takes "number<TAB>translation" lines (numbers from --todo; plural forms separated by
    " || "; \\n for a newline), writes them into the catalogue and compiles it."""
    messages, _ = extract()
    known = read_ts(ts_path(language))
    for line in answers.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        number, _, text = line.partition("\t")
        message = messages[int(number) - 1]
        # Only the line's end is trimmed: " — off track" begins with a space on purpose.
        text = text.rstrip("\r").replace("\\n", "\n")
        forms = text.split(" || ") if message.numerus else [text]
        known[(message.context, message.source, message.comment)] = forms
    _write_known(language, known)
    return len(unfinished(language))


def _write_known(language: str, known) -> None:
    """Merges with the translations given (by rewriting the file the merge reads)."""
    messages, _ = extract()
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for (context, source, comment), forms in known.items():
        numerus = any(m.numerus for m in messages
                      if (m.context, m.source, m.comment) == (context, source, comment))
        block = ET.SubElement(root, "context")
        ET.SubElement(block, "name").text = context
        element = ET.SubElement(block, "message", numerus="yes") if numerus \
            else ET.SubElement(block, "message")
        ET.SubElement(element, "source").text = source
        if comment:
            ET.SubElement(element, "comment").text = comment
        translation = ET.SubElement(element, "translation")
        if forms is None:
            translation.set("type", "unfinished")
        elif numerus:
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
    ts_path(language).write_text(ET.tostring(root, encoding="unicode"), encoding="utf-8")
    ts = merge(language, messages)
    compile_qm(ts, ts.with_suffix(".qm"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--todo", metavar="LANGUAGE")
    parser.add_argument("--fill", nargs=2, metavar=("LANGUAGE", "FILE"))
    parser.add_argument("--language", action="append",
                        help="also write this language's catalogue (one being translated)")
    args = parser.parse_args(argv)
    if args.todo:
        todo(args.todo)
        return 0
    if args.fill:
        left = fill(args.fill[0], Path(args.fill[1]))
        print(f"{args.fill[0]}: {left} unfinished")
        return 0
    problems = check() if args.check else build(LANGUAGES + tuple(args.language or ()))
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
