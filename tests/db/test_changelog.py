"""Every write through the services lands in the change log with correct old and new values."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, update

from app.db.fast_read import PreparedRead
from app.db.lifecycle import create_database
from app.errors import ChangeLogError
from app.models import ChangeRecord, Institution, Recommendation
from app.services import institutions, register
from tests.conftest import AUTHOR


def records(db, table=None):
    with db.read() as session:
        query = select(ChangeRecord).order_by(ChangeRecord.seq)
        if table:
            query = query.where(ChangeRecord.table_name == table)
        return [
            (r.seq, r.operation, r.table_name, r.row_id, r.base_row_version, json.loads(r.changes),
             r.author, r.device_id)
            for r in session.scalars(query)
        ]


def test_insert_update_delete_restore_are_recorded(empty_db):
    with empty_db.write() as session:
        moj = institutions.add_institution(session, "MOJ", "Ministry of Justice")
    with empty_db.write(author="amina") as session:
        session.get(Institution, moj).name = "Ministry of Justice and Human Rights"
    with empty_db.write() as session:
        session.get(Institution, moj).deleted = True
    with empty_db.write() as session:
        session.get(Institution, moj).deleted = False
    log = records(empty_db)
    assert [(seq, op, base) for seq, op, _, _, base, *_ in log] == [
        (1, "insert", 0), (2, "update", 1), (3, "delete", 2), (4, "restore", 3)]
    assert all(row_id == moj and table == "institution" for _, _, table, row_id, *_ in log)
    assert log[0][5] == {"code": [None, "MOJ"], "name": [None, "Ministry of Justice"],
                         "kind": [None, "ministry"], "deleted": [None, False]}
    assert log[1][5] == {"name": ["Ministry of Justice", "Ministry of Justice and Human Rights"]}
    assert log[1][6] == "amina"
    assert log[2][5] == {"deleted": [False, True]}
    assert {device for *_, device in log} == {empty_db.identity.device_id}
    with empty_db.read() as session:
        row = session.get(Institution, moj)
        assert row.row_version == 4 and row.updated_by == AUTHOR and row.created_by == AUTHOR


def test_setting_the_same_value_records_nothing(empty_db):
    with empty_db.write() as session:
        moj = institutions.add_institution(session, "MOJ", "Ministry of Justice")
    with empty_db.write() as session:
        session.get(Institution, moj).name = "Ministry of Justice"
    assert len(records(empty_db)) == 1


def test_old_value_is_right_even_when_the_attribute_was_expired(empty_db):
    with empty_db.write() as session:
        moj = institutions.add_institution(session, "MOJ", "Ministry of Justice")
    with empty_db.write() as session:
        row = session.get(Institution, moj)
        session.expire(row, ["name"])
        row.name = "Justice"
    assert records(empty_db)[-1][5] == {"name": ["Ministry of Justice", "Justice"]}


def test_a_failed_unit_of_work_leaves_neither_data_nor_records(empty_db):
    with pytest.raises(RuntimeError), empty_db.write() as session:
        institutions.add_institution(session, "MOJ", "Ministry of Justice")
        raise RuntimeError("cancelled")
    assert records(empty_db) == []
    with empty_db.read() as session:
        assert session.scalar(select(Institution).where(Institution.code == "MOJ")) is None


def test_hard_delete_is_refused(empty_db):
    with empty_db.write() as session:
        moj = institutions.add_institution(session, "MOJ", "Ministry of Justice")
    with pytest.raises(ChangeLogError, match="never deleted"), empty_db.write() as session:
        session.delete(session.get(Institution, moj))


@pytest.mark.parametrize(
    "statement",
    [
        update(Institution).values(name="x"),
        delete(Institution),
        insert(Institution).values(id="x", code="X", name="x"),
        update(Recommendation.__table__).values(text="x"),
    ],
    ids=["orm-update", "orm-delete", "orm-insert", "core-update"],
)
def test_bulk_statements_on_tracked_tables_are_refused(empty_db, statement):
    with pytest.raises(ChangeLogError, match="bypass the change log"), empty_db.write() as s:
        s.execute(statement)


def test_read_sessions_cannot_write(empty_db):
    with pytest.raises(ChangeLogError, match="read-only"), empty_db.read() as session:
        session.add(Institution(code="MOJ", name="Ministry of Justice"))
        session.flush()


def test_every_demo_row_has_its_insert_record(demo_path):
    from app.db.lifecycle import open_database

    with open_database(demo_path, author=AUTHOR) as db, db.read() as session:
        recommendation_ids = set(session.scalars(select(Recommendation.id)))
        inserted = set(session.scalars(
            select(ChangeRecord.row_id).where(ChangeRecord.table_name == "recommendation",
                                              ChangeRecord.operation == "insert")))
        seqs = list(session.scalars(select(ChangeRecord.seq).order_by(ChangeRecord.seq)))
    assert recommendation_ids == inserted
    assert seqs == list(range(1, len(seqs) + 1))


FIELDS = st.sampled_from(["text", "notes", "priority", "position_code", "action_category"])
VALUES = {
    "text": st.text(min_size=1, max_size=30).filter(str.strip),
    "notes": st.none() | st.text(max_size=30),
    "priority": st.sampled_from([None, "high", "medium", "low"]),
    "position_code": st.sampled_from(["supported", "noted", "supported_in_part", "pending"]),
    "action_category": st.none() | st.integers(1, 5),
}
EDITS = st.lists(
    st.tuples(st.integers(0, 2), FIELDS).flatmap(
        lambda pair: st.tuples(st.just(pair[0]), st.just(pair[1]), VALUES[pair[1]])),
    max_size=25,
)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS, batch=st.integers(1, 4))
def test_replaying_the_log_reconstructs_every_row(tmp_path_factory, edits, batch):
    db = create_database(tmp_path_factory.mktemp("prop") / "p.db", author=AUTHOR)
    try:
        with db.write() as session:
            from app.services.reference import find_state

            review = register.add_review(session, register.ReviewSpec(
                mechanism_code="UPR", state_id=find_state(session, "FRA").id))
            ids = [register.add_recommendation(session, register.RecommendationSpec(
                review_id=review, text=f"Recommendation {n}", reference=f"1.{n}"))
                for n in range(3)]
        for start in range(0, len(edits), batch):
            with db.write() as session:
                for index, field, value in edits[start:start + batch]:
                    if field == "text":
                        value = value.strip()
                    register.update_recommendation(session, ids[index], **{field: value})
        replayed: dict[str, dict] = {}
        versions: dict[str, int] = {}
        for _, operation, _table, row_id, base, changes, *_ in records(db, "recommendation"):
            assert versions.get(row_id, 0) == base, "each change builds on the previous version"
            versions[row_id] = base + 1
            state = replayed.setdefault(row_id, {})
            for field, (old, new) in changes.items():
                if operation != "insert":
                    assert state.get(field) == old, f"old value of {field} must match"
                state[field] = new
        with db.read() as session:
            for rec_id in ids:
                row = session.get(Recommendation, rec_id)
                for field in VALUES:
                    assert replayed[rec_id].get(field) == getattr(row, field)
                assert row.row_version == versions[rec_id]
    finally:
        db.close()


def test_bulk_writer_stores_rows_and_records_exactly_as_the_orm_does(empty_db):
    from sqlalchemy import text

    from app.db.bulk import BulkWriter
    from app.db.change_codec import encoded_changes

    with empty_db.write() as session:
        by_orm = institutions.add_institution(session, "MOJ", "Ministry of Justice")
    with empty_db.write() as session:
        writer = BulkWriter(session)
        by_bulk = writer.insert(Institution, code="MOH", name="Ministry of Health",
                                kind="ministry")
        writer.flush()
    with empty_db.read() as session:
        stored = dict(session.execute(text(
            "SELECT id, created_at || '|' || updated_at FROM institution")).all())
        orm_row, bulk_row = session.get(Institution, by_orm), session.get(Institution, by_bulk)
        assert (bulk_row.deleted, bulk_row.row_version) == (orm_row.deleted, orm_row.row_version)
    # Same textual form, so both sort and compare alike in SQL.
    assert len(stored[by_bulk]) == len(stored[by_orm])
    assert "+" not in stored[by_bulk]
    log = records(empty_db, "institution")
    assert [op for _, op, *_ in log] == ["insert", "insert"]
    assert set(log[0][5]) == set(log[1][5])
    with empty_db.read() as session:
        kept = list(session.scalars(text(
            "SELECT changes FROM change_record WHERE table_name = 'institution'")))
    # One encoding whoever wrote the record: compact, keys sorted, text as written.
    assert kept and all(raw == encoded_changes(json.loads(raw)) for raw in kept)


def test_reading_never_waits_for_a_writer(empty_db):
    """A long write (an import) must not block the window's reads: readers take a deferred
    transaction. Before, a reader asked for the write lock and failed with 'database is
    locked' after the busy timeout."""
    with empty_db.write() as writing:
        institutions.add_institution(writing, "MOJ", "Ministry of Justice")
        writing.flush()
        with empty_db.read() as reading:
            assert reading.scalar(select(Institution.id)) is None, "sees the last commit"
    with empty_db.read() as reading:
        assert reading.scalar(select(Institution.code)) == "MOJ"


def test_a_snapshot_keeps_one_view_and_ends_its_transaction(empty_db):
    """The register's keystroke reads run in a snapshot straight on a pooled connection
    (no Session): they must see one committed state throughout, never wait for a writer,
    and give the connection back with no transaction left open, even after an error."""
    codes = PreparedRead(select(Institution.code).order_by(Institution.code))
    with empty_db.write() as writing:
        institutions.add_institution(writing, "MOJ", "Ministry of Justice")
    with empty_db.snapshot() as snapshot:
        assert codes.rows(snapshot) == [("MOJ",)]
        with empty_db.write() as writing:  # commits while the snapshot is open
            institutions.add_institution(writing, "MOH", "Ministry of Health")
        assert codes.rows(snapshot) == [("MOJ",)], "the view it started with"
        driver = snapshot.driver
    assert not driver.in_transaction
    with empty_db.write() as writing:
        institutions.add_institution(writing, "MFA", "Ministry of Foreign Affairs")
        writing.flush()
        with empty_db.snapshot() as snapshot:
            assert codes.rows(snapshot) == [("MOH",), ("MOJ",)], "the last commit, no wait"
    with pytest.raises(ZeroDivisionError), empty_db.snapshot() as snapshot:
        driver = snapshot.driver
        assert len(codes.rows(snapshot)) == 3
        1 / 0  # noqa: B018
    assert not driver.in_transaction
