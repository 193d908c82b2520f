"""`nmrf-tracker copy`: a register moved whole from a file to a server and back (issue 26,
point 4): the same rows with the same ids, checked sound on both sides, and nothing left
behind when a copy fails."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from app.db.lifecycle import create_database, open_database
from app.db.server import current_revision, server_engine
from app.db.transfer import copy_register
from app.errors import DatabaseFileError
from app.models import Base, ChangeRecord, Device, Institution, Recommendation
from app.services import register
from app.services.maintenance import check_database
from app.services.register_reader import RegisterReader
from tests.conftest import AUTHOR


def _comparable(value):
    if isinstance(value, datetime):
        return (value.replace(tzinfo=UTC) if value.tzinfo is None else value).astimezone(UTC)
    return value


def every_row(location) -> dict[str, list[tuple]]:
    with open_database(location, author=AUTHOR, read_only=True) as db, db.read() as session:
        return {table.name: [tuple(map(_comparable, row)) for row in session.execute(
                    select(table).order_by(*table.primary_key.columns))]
                for table in Base.metadata.sorted_tables}


def test_a_register_copied_to_a_server_and_back_is_the_same_register(
        demo_path, server_address, tmp_path):
    with open_database(demo_path, author=AUTHOR) as db, db.write() as session:
        ministry = session.scalars(select(Institution)).first()
        session.add(Device(institution_id=ministry.id, name="Ministry of Justice laptop",
                           public_key=bytes(range(32)), age_recipient="age1example",
                           last_seq_applied=41))
    source = every_row(demo_path)
    to_server = copy_register(demo_path, server_address, author=AUTHOR)
    back = tmp_path / "back.db"
    copy_register(server_address, back, author=AUTHOR)

    assert to_server.rows["recommendation"] == len(source["recommendation"]) > 100
    assert to_server.rows["evidence_blob"] > 0 and to_server.rows["device"] > 0
    assert every_row(server_address) == source, "ids, change log, evidence and devices"
    assert every_row(back) == source
    for location in (demo_path, server_address, back):
        report = check_database(location, author=AUTHOR)
        assert report.ok, report.problems
    with open_database(server_address, author=AUTHOR) as db:
        reader = RegisterReader(db)
        found = reader.ids(query="rights")
        assert found and len(found) < len(source["recommendation"])
        with db.write() as session:  # work goes on there: the change log continues
            register.update_recommendation(session, found[0], notes="Moved to the server")
        with db.read() as session:
            last = session.scalars(select(ChangeRecord).order_by(ChangeRecord.seq.desc())
                                   .where(ChangeRecord.device_id == db.identity.device_id)
                                   ).first()
            assert last.row_id == found[0]
            assert last.seq == max(r.seq for r in session.scalars(select(ChangeRecord).where(
                ChangeRecord.device_id == db.identity.device_id)))
    with open_database(back, author=AUTHOR) as db:
        assert RegisterReader(db).ids(query="rights") == found, "the file's index rebuilt"
    assert check_database(server_address, author=AUTHOR).ok


def test_a_copy_goes_only_to_a_new_file_or_an_empty_database(demo_path, server_address,
                                                              tmp_path):
    create_database(server_address, author=AUTHOR).close()
    with pytest.raises(DatabaseFileError, match="already holds a register"):
        copy_register(demo_path, server_address, author=AUTHOR)
    existing = tmp_path / "existing.db"
    create_database(existing, author=AUTHOR).close()
    with pytest.raises(DatabaseFileError, match="already exists"):
        copy_register(server_address, existing, author=AUTHOR)
    with open_database(existing, author=AUTHOR, read_only=True) as db, db.read() as session:
        assert session.scalar(select(Recommendation.id)) is None, "left as it was"


@pytest.mark.parametrize("to_server", [True, False])
def test_a_copy_that_fails_half_way_leaves_nothing_at_its_target(
        demo_path, tmp_path, request, to_server):
    target = (request.getfixturevalue("server_address") if to_server
              else tmp_path / "copies" / "c.db")

    def fail_half_way(done, total, _step):
        if done > total / 2:
            raise OSError("the stick was pulled out")

    with pytest.raises(OSError, match="pulled out"):
        copy_register(demo_path, target, author=AUTHOR, progress=fail_half_way)
    if to_server:
        engine = server_engine(target)
        assert current_revision(engine) is None, "not even the schema"
        engine.dispose()
    else:
        assert list((tmp_path / "copies").iterdir()) == []
    copy_register(demo_path, target, author=AUTHOR)  # the target can take the copy still
