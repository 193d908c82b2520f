"""An import from start to end: detect, read, match, and write in one transaction.

A dry run takes exactly the same path and rolls the transaction back, so what it reports is
what the import would do. Rejected rows stop the whole import unless the caller accepts a
partial one; a cancelled import leaves nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.db.database import Database, roll_back
from app.errors import Cancelled, UserError
from app.i18n import _, ngettext
from app.importers.encodings import first_line
from app.importers.match_index import NearMiss
from app.importers.merge import FileTally, Merger
from app.importers.model import (
    FORMATS,
    ImportFileError,
    NeedsMapping,
    ParsedFile,
    ParsedRecommendation,
    Rejection,
    ReviewCount,
    ReviewInfo,
)
from app.importers.ohchr_docx import read_ohchr_matrix
from app.importers.safety import MAX_FILE_BYTES, MAX_IMPORT_ROWS, count_rows
from app.importers.table import looks_like_uhri, read_table, read_table_rows
from app.importers.upr_info import looks_like_upr_info, read_upr_info
from app.importers.value_words import UnknownValueMapping, ValueWords
from app.importers.vocabulary import KnownNames
from app.models import DatabaseInfo, ImportRecord
from app.models.codes import ImportFormat
from app.progress import Progress
from app.services.memory import collector_paused
from app.services.permissions import require_secretariat


class ImportStep(StrEnum):
    """What an import reports as its progress text; the window words each step."""

    READING = "reading"  # done: the index of the file being read, total: the number of files
    MATCHING = "matching"  # recommendations matched to the register so far
    WRITING = "writing"  # rows, search index and change records written so far
    SAVING = "saving"  # the commit: from here on a Cancel comes too late


@dataclass
class ImportOptions:
    format: str | None = None
    review: ReviewInfo = field(default_factory=lambda: ReviewInfo(mechanism=None))
    accept_partial: bool = False
    hold_near_misses: bool = True
    mapping: dict[str, str] | None = None
    # Near misses a person confirmed as the same recommendation, as "file name:row".
    confirmed_same: frozenset[str] = frozenset()
    encoding: str | None = None  # of text tables; None: detected
    # A file's own words for coded values: field -> word -> code ("consider" -> "pending")
    values: dict[str, dict[str, str]] | None = None


SAMPLES = 3


def describe_contents(summary: ImportSummary, parsed_files: list[ParsedFile],
                      vocabulary: KnownNames, own_state_id: str | None) -> None:
    others: dict[str, None] = {}
    for parsed in parsed_files:
        for record in parsed.records:
            review = record.review
            if review.state and own_state_id and vocabulary.state_id(review.state) not in (
                    None, own_state_id):
                others[review.state] = None
    summary.samples = [record for parsed in parsed_files for record in parsed.records][:SAMPLES]
    summary.other_states = list(others)


@dataclass(frozen=True)
class FileImport:
    """What one file of an import holds and did: its counts enter the import history."""

    file: str  # as the import names it (see file_labels)
    format: str
    sha256: str
    recommendations: int
    created: int
    updated: int
    unchanged: int
    encoding: str = ""  # of a text table: "Windows-1252 (detected)"

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class LeftOut:
    """Rows of a file that are not recommendations, by the type the file gives them."""

    file: str
    type: str
    rows: int

    def described(self) -> str:
        return ngettext("{0}: {1} row of type '{2}'", "{0}: {1} rows of type '{2}'",
                        self.rows).format(self.file, self.rows, self.type)


@dataclass
class ImportSummary:
    dry_run: bool
    applied: bool = False
    files: list[FileImport] = field(default_factory=list)
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    reviews_created: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    to_confirm: list[NearMiss] = field(default_factory=list)
    # What the files hold, for the person to check before importing: the reviews with their
    # counts, a few rows, and the States under review that are not the database's.
    reviews: list[ReviewCount] = field(default_factory=list)
    samples: list[ParsedRecommendation] = field(default_factory=list)
    other_states: list[str] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)

    @property
    def rows_rejected(self) -> int:
        return sum(rejection.rows for rejection in self.rejected)

    def as_json(self) -> dict:
        return {
            "dry_run": self.dry_run, "applied": self.applied,
            "files": [file.as_json() for file in self.files],
            "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
            "reviews_created": self.reviews_created,
            "rejected": [r.as_json() for r in self.rejected],
            "to_confirm": [n.as_json() for n in self.to_confirm],
            "left_out": [asdict(left) for left in self.left_out],
        }


def detect_format(path: Path, *, has_mapping: bool = False, encoding: str | None = None
                  ) -> str:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return ImportFormat.OHCHR_MATRIX
    if suffix in (".csv", ".txt", ".xlsx"):
        if suffix != ".xlsx" and looks_like_upr_info(first_line(path, encoding)):
            return ImportFormat.UPR_INFO
        header, rows, _digest, _encoding = read_table_rows(path, encoding=encoding)
        rows.close()
        if looks_like_uhri(header):
            return ImportFormat.UHRI
        if has_mapping:
            return ImportFormat.TABLE
        raise NeedsMapping(
            _("{0}: columns not recognised ({1}); map them to the fields (CLI: --mapping "
              "FILE)").format(path.name, ", ".join(h for h in header if h)), header)
    raise ImportFileError(
        _("{0}: format not recognised; NMRF Tracker reads OHCHR matrices (.docx), UPR Info "
          "exports (.csv), UHRI exports and other tables (.csv, .xlsx)").format(path.name)
    )


def read_file(path: Path, options: ImportOptions, vocabulary: KnownNames) -> ParsedFile:
    if not path.is_file():
        raise ImportFileError(_("{0}: no such file").format(path))
    kind = options.format or detect_format(path, has_mapping=options.mapping is not None,
                                           encoding=options.encoding)
    if kind in (ImportFormat.UHRI, ImportFormat.TABLE):
        if kind == ImportFormat.TABLE and options.mapping is None:
            raise ImportFileError(_("{0}: a table needs a column mapping (--mapping FILE)").format(
                                      path.name))
        # UHRI names its own columns
        mapping = options.mapping if kind == ImportFormat.TABLE else None
        return read_table(path, options.review, mapping, kind, options.encoding)
    if kind == ImportFormat.OHCHR_MATRIX:
        return read_ohchr_matrix(path, options.review, vocabulary.is_state)
    if kind == ImportFormat.UPR_INFO:
        return read_upr_info(path, options.encoding)
    raise ImportFileError(_("--format: '{0}' is not one of {1}").format(kind, ', '.join(FORMATS)))


def run_import(
    db: Database,
    paths: Sequence[Path],
    options: ImportOptions,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    readings: KeptReadings | None = None,
) -> ImportSummary:
    # The rows, links and change records of a large import all live until its commit: see
    # collector_paused (the full UPR Info export: 25 s -> 19 s, 13 full collections avoided).
    with collector_paused():
        return _run_import(db, paths, options, dry_run, progress or (lambda *_: None),
                           cancelled or (lambda: False),
                           readings.read if readings is not None else read_file)


def file_labels(paths: Sequence[Path]) -> list[str]:
    """How the import names each file in its counts, rejections and history: the file name,
    or as much of its folder as tells two files of the same name apart
    ("2019/matrix.docx" and "2024/matrix.docx"), so that neither takes the other's counts."""
    parts = [Path(path).resolve().parts for path in paths]
    depth = [1] * len(parts)
    while True:
        labels = ["/".join(p[-d:]) for p, d in zip(parts, depth, strict=True)]
        shared = {label for label in labels if labels.count(label) > 1}
        deeper = [i for i, label in enumerate(labels)
                  if label in shared and depth[i] < len(parts[i])]
        if not deeper:
            return labels
        for i in deeper:
            depth[i] += 1


def _distinct(paths: Sequence[Path]) -> list[Path]:
    """The same file named twice is read once: it would otherwise match itself."""
    seen: set[Path] = set()
    distinct = []
    for path in map(Path, paths):
        if (where := path.resolve()) not in seen:
            seen.add(where)
            distinct.append(path)
    return distinct


def _labelled(parsed: ParsedFile, label: str) -> ParsedFile:
    if label != (parsed.label or Path(parsed.path).name):
        for record in parsed.records:
            record.file = label
        parsed.rejections = [replace(r, file=label) for r in parsed.rejections]
    parsed.label = label
    return parsed


class KeptReadings:
    """The files a dry run read, kept for the import that follows it in the window: a file
    is read again only when its content or the options it is read with have changed (the
    full UPR Info export takes over a second to read)."""

    def __init__(self):
        self._kept: dict[Path, tuple[tuple, ParsedFile]] = {}

    def read(self, path: Path, options: ImportOptions, vocabulary: KnownNames) -> ParsedFile:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return read_file(path, options, vocabulary)  # which says what is wrong
        with path.open("rb") as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
        read_with = (digest, options.format, replace(options.review),
                     dict(options.mapping) if options.mapping is not None else None)
        kept = self._kept.get(path.resolve())
        if kept is not None and kept[0] == read_with:
            return kept[1]
        parsed = read_file(path, options, vocabulary)
        self._kept[path.resolve()] = (read_with, parsed)
        return parsed

    def __len__(self) -> int:
        return len(self._kept)

    def clear(self) -> None:
        self._kept.clear()


def _run_import(db: Database, paths: Sequence[Path], options: ImportOptions, dry_run: bool,
                report: Progress, stop: Callable[[], bool],
                read: Callable[[Path, ImportOptions, KnownNames], ParsedFile]) -> ImportSummary:
    summary = ImportSummary(dry_run=dry_run)
    with db.read() as session:
        vocabulary = KnownNames.load(session)
        own_state_id = DatabaseInfo.of(session).state_id
    try:
        vocabulary.values = ValueWords.with_mapping(options.values)
    except UnknownValueMapping as error:
        raise UserError(str(error)) from None
    paths = _distinct(paths)
    _refuse_too_many_rows(paths)
    parsed_files = []
    for index, (path, label) in enumerate(zip(paths, file_labels(paths), strict=True)):
        report(index, len(paths), ImportStep.READING)
        try:
            parsed = _labelled(read(path, options, vocabulary), label)
        except ImportFileError as error:
            message = str(error)  # the readers name the file by its name alone
            if message.startswith(f"{path.name}:"):
                message = label + message[len(path.name):]
            raise UserError(message) from None
        parsed_files.append(parsed)
        summary.rejected += parsed.rejections
        summary.left_out += [LeftOut(parsed.label, kind, rows)
                             for kind, rows in parsed.left_out.items()]
        if stop():
            raise Cancelled(_("import cancelled; nothing was changed"))
    describe_contents(summary, parsed_files, vocabulary, own_state_id)
    with db.write(rollback=dry_run) as session:
        require_secretariat(session, "import recommendations")
        merger = Merger(session, vocabulary, hold_near_misses=options.hold_near_misses,
                        confirmed_same=options.confirmed_same)
        total = sum(len(p.records) for p in parsed_files)
        done = 0
        for parsed in parsed_files:
            for record in parsed.records:
                merger.add(record)
                done += 1
                if done % 2000 == 0:
                    report(done, total, ImportStep.MATCHING)
                    if stop():
                        raise Cancelled(_("import cancelled; nothing was changed"))
        summary.rejected += merger.rejections
        summary.created, summary.updated = len(merger.created), len(merger.updated)
        summary.unchanged = len(merger.unchanged)
        summary.reviews_created = merger.reviews_created
        summary.reviews = merger.reviews.found()
        summary.to_confirm = merger.near_misses
        summary.files = [_file_import(p, merger.tallies[p.label]) for p in parsed_files]
        if dry_run or (summary.rejected and not options.accept_partial):
            # What was matched is undone; the summary says what would have been done.
            roll_back(session)
            return summary

        def writing(written: int, to_write: int, _what: str = "") -> None:
            report(written, to_write, ImportStep.WRITING)
            if stop():
                raise Cancelled(_("import cancelled; nothing was changed"))

        writing(0, 0)
        merger.writer.flush(writing)
        for parsed, file in zip(parsed_files, summary.files, strict=True):
            session.add(_import_record(parsed, file, summary, db.author))
        report(0, 0, ImportStep.SAVING)
        summary.applied = True
    return summary


def _refuse_too_many_rows(paths: Sequence[Path]) -> None:
    """Up front, before anything is parsed: an import larger than memory allows is refused
    with the limit and what to do, rather than taking the computer's memory."""
    try:
        rows = sum(count_rows(Path(path)) for path in paths if Path(path).is_file())
    except (OSError, ImportFileError):
        return  # the reader itself will say what is wrong with the file
    if rows > MAX_IMPORT_ROWS:
        names = ", ".join(file_labels(paths))
        raise UserError(
            _("{0}: {1:,} rows, more than the {2:,} one import takes (it holds every row in "
              "memory until it is saved, all or nothing); split the table into files of at "
              "most {3:,} rows and import them one after the other — importing a "
              "recommendation again changes nothing, so parts may overlap").format(
                names, rows, MAX_IMPORT_ROWS, MAX_IMPORT_ROWS))


def _file_import(parsed: ParsedFile, tally: FileTally) -> FileImport:
    return FileImport(parsed.label, parsed.format, parsed.sha256, len(parsed.records),
                      len(tally.created), len(tally.updated), len(tally.unchanged),
                      parsed.encoding)


def _import_record(parsed: ParsedFile, counts: FileImport, summary: ImportSummary,
                   author: str) -> ImportRecord:
    """The file's own counts: in an import of several files, each says what it did."""
    name = parsed.label
    return ImportRecord(
        file_name=name, file_sha256=parsed.sha256, format=parsed.format,
        created=counts.created, updated=counts.updated, unchanged=counts.unchanged,
        rejected=sum(r.rows for r in summary.rejected if r.file == name),
        to_confirm=sum(1 for n in summary.to_confirm if n.file == name),
        details=json.dumps({"rejected": [r.as_json() for r in summary.rejected if r.file == name],
                            "to_confirm": [n.as_json() for n in summary.to_confirm
                                           if n.file == name]}, ensure_ascii=False),
        imported_by=author,
    )
