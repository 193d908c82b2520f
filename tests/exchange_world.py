"""A secretariat and its ministries in one test: files issued, opened, edited, sent back."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.change_codec import table_of
from app.db.lifecycle import open_database
from app.exchange.consolidate import FileResult, consolidate_files
from app.exchange.issue import issue_file
from app.exchange.ministry import apply_secretariat_file, open_first_file, submit_file
from app.exchange.rows import canonical, read_rows, writable_fields
from app.exchange.scope import institution_scope
from app.models import Assignment, Institution
from app.services.permissions import FOCAL_POINT, SECRETARIAT, Actor
from app.services.tracking import add_assessment

AUTHOR = "tester"


class World:
    def __init__(self, master: Path, folder: Path):
        self.master = master
        self.folder = folder
        self.copies: dict[str, Path] = {}
        # The one-time passphrase of each file issued with one, as given by phone.
        self.passphrases: dict[Path, str] = {}
        self._names = itertools.count(1)
        with open_database(master, author=AUTHOR) as db, db.read() as session:
            self.institutions = {code: id_ for code, id_ in session.execute(
                select(Institution.code, Institution.id))}

    def _file(self, stem: str) -> Path:
        return self.folder / f"{stem}-{next(self._names)}.nmrf"

    def issue(self, code: str, **options) -> Path:
        out = self._file(f"to-{code}")
        with open_database(self.master, author=AUTHOR) as db:
            summary = issue_file(db, code, out, **options)
        if summary.passphrase is not None:
            self.passphrases[out] = summary.passphrase
        return out

    def open(self, code: str, file: Path):
        path = self.copies.setdefault(code, self.folder / f"{code}.db")
        passphrase = self.passphrases.get(file)
        if not path.exists():
            db, summary = open_first_file(path, file, author=AUTHOR, passphrase=passphrase)
            db.close()
            return summary
        with open_database(path, author=AUTHOR) as db:
            return apply_secretariat_file(db, file, passphrase=passphrase)

    def submit(self, code: str) -> Path:
        out = self._file(f"from-{code}")
        with open_database(self.copies[code], author=AUTHOR) as db:
            submit_file(db, out)
        return out

    def consolidate(self, *files: Path, **options) -> list[FileResult]:
        # The operator compared each file's fingerprint with its focal point and accepted it.
        if options.pop("accept_new_device", True):
            options.setdefault("accept_devices", [
                _fingerprint_or_device(path) for path in files])
        with open_database(self.master, author=AUTHOR) as db:
            return consolidate_files(db, list(files), **options)

    def sync(self, code: str) -> None:
        """The ministry sends what it has, the secretariat answers, the ministry opens it."""
        self.consolidate(self.submit(code))
        self.open(code, self.issue(code))

    def edit(self, where: str, change: Callable[[Session, Any], Any], *,
             as_secretariat: bool = False):
        """Runs change(session, world) on the master ("master") or a ministry's copy, as a
        focal point of that ministry (or as the secretariat with as_secretariat)."""
        path = self.master if where == "master" else self.copies[where]
        with open_database(path, author=AUTHOR) as db:
            if where != "master" and not as_secretariat:
                db.actor = Actor(f"Focal point {where}", FOCAL_POINT, self.institutions[where])
            else:
                db.actor = Actor("Secretariat", SECRETARIAT)
            with db.write() as session:
                return change(session, self)

    def read(self, where: str, query: Callable[[Session], Any]):
        path = self.master if where == "master" else self.copies[where]
        with open_database(path, author=AUTHOR, read_only=True) as db, db.read() as session:
            result = query(session)
            session.expunge_all()  # what was read stays readable once the session is gone
            return result

    def scope_state(self, where: str, code: str) -> dict[str, dict[str, dict]]:
        """The rows of the institution's scope (as the master sees the scope) in `where`,
        without the columns each side keeps for itself."""
        scope = self.read("master", lambda s: institution_scope(s, self.institutions[code]))
        def rows(session):
            # canonical: a moment read from a server carries its offset, from a file not
            return {name: {row["id"]: {k: canonical(table_of(name), k, v)
                                       for k, v in row.items() if k in writable_fields(name)}
                           for row in read_rows(session, name, ids)}
                    for name, ids in scope.items()}
        return self.read(where, rows)


def first_recommendation(session: Session, institution_id: str) -> str:
    return session.scalar(select(Assignment.recommendation_id).where(
        Assignment.institution_id == institution_id, Assignment.role == "lead",
        Assignment.recommendation_id.is_not(None), Assignment.deleted.is_(False))
        .order_by(Assignment.recommendation_id))


def writes_assessment(code: str, narrative: str):
    """An edit for World.edit: a new assessment of `code` on its first recommendation."""
    def change(session, world):
        institution = world.institutions[code]
        return add_assessment(session, recommendation_id=first_recommendation(session,
                                                                              institution),
                              institution_id=institution, period="2026-H2",
                              status_code="in_progress", narrative=narrative)
    return change


def words_in(output: str) -> dict[str, str]:
    """The environment that opens a first file with the twelve words `exchange issue`
    printed (the line after it says so)."""
    lines = output.splitlines()
    [said] = [number for number, line in enumerate(lines) if "twelve words" in line]
    return {"NMRF_TRACKER_FILE_PASSPHRASE": lines[said + 1].strip()}


def signer_of(path: Path) -> str:
    """The fingerprint of the key that signed an exchange file, as the operator sees it."""
    from app.exchange.container import read_exchange_file
    from app.exchange.identity import local_identities

    return read_exchange_file(Path(path), local_identities()).signer_fingerprint


def _fingerprint_or_device(path: Path) -> str:
    """What the operator reads out when accepting a device: the key's fingerprint, or the
    device id of an unsigned database."""
    from app.exchange.raw_database import inspect_raw_database

    for read in (lambda: signer_of(path),
                 lambda: inspect_raw_database(Path(path)).device_id):
        try:
            return read()
        except Exception:
            continue
    return ""
