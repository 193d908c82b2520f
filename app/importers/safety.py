"""Treat every input file as hostile: sizes, zip bombs, XML entities, encodings."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

from app.i18n import _
from app.importers.model import ImportFileError

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_PART_BYTES = 100 * 1024 * 1024
MAX_TOTAL_UNZIPPED = 400 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
MAX_ENTRIES = 10_000  # a big workbook or document has a few hundred parts
# One import holds every row in memory until it is saved (one transaction, all or nothing):
# 100,000 rows of new recommendations peak at about 0.85 GB (benchmarks/import_memory.py).
MAX_IMPORT_ROWS = 100_000


def read_bytes(path: Path) -> tuple[bytes, str]:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ImportFileError(_("{0}: no such file").format(path.name)) from None
    if size == 0:
        raise ImportFileError(_("{0}: the file is empty").format(path.name))
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            _("{0}: {1:.0f} MB is larger than the {2} MB an import "
                                  "accepts").format(
                path.name, size / 1_048_576, MAX_FILE_BYTES // 1_048_576)
        )
    data = path.read_bytes()
    return data, hashlib.sha256(data).hexdigest()


def check_office_zip(path: Path) -> None:
    """A .docx/.xlsx is a zip of XML parts: refuse bombs and entity tricks before parsing.
    The one gate every Office file goes through: its size, how many parts, how big they
    unpack, and XML without DTDs."""
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ImportFileError(_("{0}: cannot be read ({1})").format(
                                  path.name, error.strerror)) from None
    if size > MAX_FILE_BYTES:
        raise ImportFileError(_("{0}: {1:.0f} MB is larger than the {2} MB an import "
                                  "accepts").format(
                                  path.name, size / 1_048_576, MAX_FILE_BYTES // 1_048_576))
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ImportFileError(
            _("{0}: not a readable Office file (the zip container is damaged or truncated)").format(
                path.name)
        ) from None
    except OSError as error:
        raise ImportFileError(_("{0}: cannot be read ({1})").format(
                                  path.name, error.strerror)) from None
    with archive:
        if len(archive.infolist()) > MAX_ENTRIES:
            raise ImportFileError(_("{0}: {1} parts, more than the {2} an Office file of this "
                                    "kind can have; refused as a possible zip bomb").format(
                                      path.name, len(archive.infolist()), MAX_ENTRIES))
        total = 0
        for info in archive.infolist():
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MAX_PART_BYTES or total > MAX_TOTAL_UNZIPPED or (
                    info.file_size > 1_000_000 and ratio > MAX_COMPRESSION_RATIO):
                raise ImportFileError(
                    _("{0}: part {1} would unpack to {2:.0f} MB; refused as a possible zip "
                      "bomb").format(path.name, info.filename, info.file_size / 1_048_576)
                )
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            try:
                part = archive.read(info)
            except (zipfile.BadZipFile, EOFError, OSError) as error:
                raise ImportFileError(
                    _("{0}: part {1} is damaged ({2})").format(path.name, info.filename, error)
                ) from None
            if part.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise ImportFileError(
                    _("{0}: part {1} is UTF-16, which Office never writes").format(
                        path.name, info.filename)
                )
            # A DTD (and so any entity) must come before the root element; Office files never
            # have one, and refusing it rules out entity expansion and external entities.
            if b"<!DOCTYPE" in part or b"<!ENTITY" in part:
                raise ImportFileError(
                    _("{0}: part {1} declares a DTD or entities, which Office files never "
                      "need; refused").format(path.name, info.filename)
                )


def count_rows(path: Path) -> int:
    """How many rows a table file holds, read as a stream (never the whole file in memory):
    the lines of a text file (a quoted line break counts as two, so this is never less than
    the rows), or the rows a workbook's first sheet says it spans. 0 for other files."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        import openpyxl

        check_office_zip(path)
        try:
            workbook = openpyxl.load_workbook(path, read_only=True)
        except Exception:  # a damaged workbook: its reader will say so
            return 0
        try:
            return workbook.worksheets[0].max_row or 0
        finally:
            workbook.close()
    if suffix not in (".csv", ".txt", ".tsv", ""):
        return 0
    lines = returns = 0  # line feeds, carriage returns
    last = b""
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            lines += block.count(b"\n")
            returns += block.count(b"\r")
            last = block[-1:]
    # Old Macs end lines with a carriage return alone (no line feed at all).
    return (lines or returns) + (last not in (b"\n", b"\r", b""))
