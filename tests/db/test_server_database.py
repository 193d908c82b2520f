"""A master on a PostgreSQL server (issue 26): the same schema, reference data, change log
and services as a file, several people at once."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import func, select

from app.db.lifecycle import create_database, open_database
from app.errors import DatabaseFileError, ValidationError
from app.models import ChangeRecord, Institution, Recommendation, State, Theme
from app.services import institutions, register
from app.services.reference import find_state
from tests.conftest import AUTHOR, REPO


def add_recommendation(db) -> str:
    with db.write() as session:
        review = register.add_review(session, register.ReviewSpec(
            mechanism_code="UPR", state_id=find_state(session, "Slovenia").id, cycle=4))
        return register.add_recommendation(session, register.RecommendationSpec(
            review_id=review, text="Ratify the Convention.", reference="1.1",
            position_code="supported"))


def test_a_register_is_set_up_in_an_empty_server_database_like_in_a_new_file(
        server_address, tmp_path):
    with pytest.raises(DatabaseFileError, match="holds no register yet; set one up with "
                                                "`nmrf-tracker new --db postgresql://"):
        open_database(server_address, author=AUTHOR)
    with create_database(tmp_path / "file.db", author=AUTHOR) as file_db, \
            file_db.read() as session:
        on_file = [session.scalar(select(func.count()).select_from(model))
                   for model in (State, Theme)]
    with create_database(server_address, author=AUTHOR) as first:
        identity = first.identity
        with first.read() as session:
            assert [session.scalar(select(func.count()).select_from(model))
                    for model in (State, Theme)] == on_file
    with open_database(server_address, author="Bob") as again:
        assert again.identity == identity
    with pytest.raises(DatabaseFileError, match="already holds a register"):
        create_database(server_address, author=AUTHOR)


def test_the_services_and_the_change_log_work_alike_on_both_backends(any_db):
    rec_id = add_recommendation(any_db)
    with any_db.write() as session:
        institutions.add_institution(session, "MOJ", "Ministry of Justice")
        register.update_recommendation(session, rec_id, notes="Lead: Justice")
    with any_db.read() as session:
        assert session.get(Recommendation, rec_id).notes == "Lead: Justice"
        assert session.get(Recommendation, rec_id).row_version == 2
        seqs = list(session.scalars(select(ChangeRecord.seq).order_by(ChangeRecord.seq)))
    assert seqs == list(range(1, len(seqs) + 1)) and len(seqs) >= 4


def test_an_edit_from_a_copy_someone_else_changed_is_refused_with_who_and_when(any_db):
    rec_id = add_recommendation(any_db)
    with any_db.read() as session:
        seen = session.get(Recommendation, rec_id).row_version
    with any_db.write(author="Amina") as session:
        register.update_recommendation(session, rec_id, expected_version=seen, notes="first")
    with pytest.raises(ValidationError, match=r"changed by Amina on \d{4}-\d\d-\d\d \d\d:\d\d"
                       ), any_db.write(author="Bob") as session:
        register.update_recommendation(session, rec_id, expected_version=seen, notes="second")
    with any_db.read() as session:
        assert session.get(Recommendation, rec_id).notes == "first", "nothing was lost"


EDITOR = textwrap.dedent("""
    import sys
    from app.db.lifecycle import open_database
    from app.errors import DatabaseFileError, ValidationError
    from app.services import institutions, register

    address, rec_id, seen, author = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    with open_database(address, author=author) as db:
        for number in range(25):  # writes interleaved with the other process's
            with db.write() as session:
                institutions.add_institution(session, f"{author}{number}", f"Office {number}")
        try:
            with db.write() as session:
                register.update_recommendation(session, rec_id, expected_version=seen,
                                               notes=f"by {author}")
            print("saved")
        except ValidationError as refused:
            print(refused)
""")


def test_two_processes_editing_at_once_lose_nothing_and_the_second_writer_is_told(
        server_address):
    with create_database(server_address, author=AUTHOR) as db:
        rec_id = add_recommendation(db)
        with db.read() as session:
            seen = session.get(Recommendation, rec_id).row_version
    editors = [subprocess.Popen([sys.executable, "-c", EDITOR, server_address, rec_id,
                                 str(seen), author], cwd=REPO, stdout=subprocess.PIPE,
                                text=True) for author in ("Amina", "Bob")]
    said = sorted(editor.communicate(timeout=120)[0].strip() for editor in editors)
    assert [editor.returncode for editor in editors] == [0, 0]
    with open_database(server_address, author=AUTHOR) as db, db.read() as session:
        notes = session.get(Recommendation, rec_id).notes
        offices = session.scalar(select(func.count()).select_from(Institution))
        seqs = list(session.scalars(select(ChangeRecord.seq)))
    first = notes.removeprefix("by ")
    assert said[1] == "saved" and f"changed by {first} on " in said[0]
    assert offices == 50, "every write of both processes is kept"
    assert len(seqs) == len(set(seqs)), "the change log numbers each change once"


DEFERRED_FOREIGN_KEYS = (
    "SELECT count(*) FILTER (WHERE condeferred), count(*) FROM pg_constraint "
    "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace")


def test_a_server_database_of_the_previous_schema_is_upgraded_to_foreign_keys_checked_at_commit(
        server_address):
    from alembic import command

    from app.db.lifecycle import alembic_config
    from app.db.server import server_engine

    create_database(server_address, author=AUTHOR).close()
    engine = server_engine(server_address)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "e8b4c1d7a2f5")  # the schema before deferred keys
    with engine.connect() as connection:
        deferred, keys = connection.exec_driver_sql(DEFERRED_FOREIGN_KEYS).one()
    assert deferred == 0 and keys > 30
    open_database(server_address, author=AUTHOR).close()
    with engine.connect() as connection:
        assert connection.exec_driver_sql(DEFERRED_FOREIGN_KEYS).one() == (keys, keys)
    engine.dispose()


def test_a_link_may_be_written_before_the_row_it_points_to_within_one_write(any_db):
    """As an import writes a recommendation's theme link before the new theme (SQLite checks
    foreign keys at commit; the server, since migration f2c9a4e6b1d8, too)."""
    from app.db.bulk import BulkWriter
    from app.models import RecommendationTheme
    from app.models.codes import ThemeScheme

    rec_id = add_recommendation(any_db)
    with any_db.write() as session:
        writer = BulkWriter(session)
        theme_id = "0" * 8 + "-0000-7000-8000-" + "0" * 12
        writer.insert(RecommendationTheme, recommendation_id=rec_id, theme_id=theme_id)
        writer.insert(Theme, id=theme_id, code=None, name="Death penalty",
                      scheme=ThemeScheme.UPR_INFO)
        writer.flush()
    with any_db.read() as session:
        assert session.get(Theme, theme_id).name == "Death penalty"


def _downgrade(server_address: str, revision: str) -> None:
    from alembic import command

    from app.db.lifecycle import alembic_config
    from app.db.server import server_engine

    engine = server_engine(server_address)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


def test_a_server_database_of_the_previous_schema_gets_a_search_index_of_its_recommendations(
        server_address):
    from app.services.register_reader import RegisterReader

    with create_database(server_address, author=AUTHOR) as db:
        add_recommendation(db)
    _downgrade(server_address, "f2c9a4e6b1d8")  # the schema before the server's index
    with open_database(server_address, author=AUTHOR) as db:
        reader = RegisterReader(db)
        assert [row.reference for row in reader.rows(reader.ids(query="ratif conv"))] == ["1.1"]


def test_a_login_that_may_not_add_unaccent_is_told_what_to_ask_the_administrator(
        server_address):
    """The upgrade that adds the search index needs the unaccent extension; a login without
    the right to add it gets the statement to hand to the server's administrator, and the
    database stays as it was."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from app.db.server import server_engine
    from app.errors import UserError

    create_database(server_address, author=AUTHOR).close()
    _downgrade(server_address, "f2c9a4e6b1d8")
    clerk = f"clerk_{uuid.uuid4().hex[:8]}"
    admin = server_engine(server_address)
    with admin.begin() as connection:
        for statement in ("DROP EXTENSION unaccent", f"CREATE ROLE {clerk} LOGIN",
                          f"GRANT ALL ON SCHEMA public TO {clerk}",
                          f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {clerk}",
                          f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {clerk}"):
            connection.exec_driver_sql(statement)
    try:
        as_clerk = make_url(server_address).set(username=clerk).render_as_string(
            hide_password=False)
        with pytest.raises(UserError, match=r"CREATE EXTENSION unaccent;.*in that database"):
            open_database(as_clerk, author=AUTHOR)
        probe = create_engine(make_url(as_clerk).set(drivername="postgresql+psycopg"))
        with probe.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar() == "f2c9a4e6b1d8"
        probe.dispose()
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP OWNED BY {clerk}")
            connection.exec_driver_sql(f"DROP ROLE {clerk}")
        admin.dispose()


def test_a_register_set_up_on_a_server_lands_whole_or_not_at_all(server_address):
    """The schema, the reference data and what `populate` writes are one transaction: a
    failure half-way leaves the database empty, ready to be set up again."""
    from app.db.server import current_revision, server_engine

    def fail(session, _info):
        session.flush()
        raise RuntimeError("the network went down")

    with pytest.raises(RuntimeError, match="network"):
        create_database(server_address, author=AUTHOR, populate=fail)
    engine = server_engine(server_address)
    assert current_revision(engine) is None
    with engine.connect() as connection:
        assert connection.exec_driver_sql(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").scalar() == 0
    engine.dispose()
    create_database(server_address, author=AUTHOR).close()
