"""Shared fixtures: offscreen Qt, a temporary home per test, demo and empty databases."""

from __future__ import annotations

import gc
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read English, whatever the language of the machine they run on.
os.environ["NMRF_TRACKER_LANGUAGE"] = "en"
# Device keys go to a keyring of the test's own (tests/file_keyring.py), subprocesses too.
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.file_keyring.FileKeyring"
os.environ.pop("NMRF_TRACKER_KEY_PASSPHRASE", None)

from app.db.lifecycle import copy_database, create_database
from app.services.demo import populate_demo

REPO = Path(__file__).resolve().parent.parent


def packaging_tool(name: str):
    """A script of packaging/ (translations, core_messages) loaded as a module; registered in
    sys.modules first, since its dataclasses look their module up."""
    spec = importlib.util.spec_from_file_location(name, REPO / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SNAPSHOT_V1 = FIXTURES / "schema-1-5a0a6e1fe98a.db"
REAL_DATA = REPO.parent / "shared" / "data" / "real"
AUTHOR = "tester"


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch) -> Path:
    """Every test gets its own application folders; no test touches the real user folders."""
    from app.exchange.key_store import forget_unlocked_keys

    folder = tmp_path / "home"
    monkeypatch.setenv("NMRF_TRACKER_HOME", str(folder))
    yield folder
    forget_unlocked_keys()


@pytest.fixture
def no_system_keyring(monkeypatch):
    """A computer without a keyring: keys go to the passphrase-protected file."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    yield
    keyring.set_keyring(previous)


def set_time_zone(posix_zone: str) -> None:
    """Make the process read the clock in `posix_zone` ("UTC0", "NPT-5:45" = UTC+5:45)."""
    if not hasattr(time, "tzset"):
        pytest.skip("the time zone cannot be changed in a running process on Windows")
    os.environ["TZ"] = posix_zone
    time.tzset()


@pytest.fixture(autouse=True)
def utc_clock():
    """Times shown on screen are local: the tests read them in UTC whatever the machine's
    zone; a test may switch with set_time_zone, undone afterwards."""
    if not hasattr(time, "tzset"):
        yield
        return
    before = os.environ.get("TZ")
    set_time_zone("UTC0")
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A demo database built once per run; tests get copies (see `demo_path`)."""
    folder = tmp_path_factory.mktemp("demo-template")
    os.environ["NMRF_TRACKER_HOME"] = str(folder / "home")
    path = folder / "demo.db"
    db = create_database(path, author=AUTHOR, populate=lambda s, i: populate_demo(s, i, size=120))
    db.close()
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    target = tmp_path / "demo.db"
    copy_database(demo_template, target)
    return target


@pytest.fixture(params=["sqlite", "postgresql"])
def any_demo(request, demo_path) -> Path | str:
    """The demo register on each backend: a copy of the file, and the same register copied
    to a database on the test server (`nmrf-tracker copy`)."""
    if request.param == "sqlite":
        return demo_path
    return request.getfixturevalue("server_demo")


@pytest.fixture
def server_demo(demo_path, server_address) -> str:
    """The demo register copied to a database of its own on the test server."""
    from app.db.transfer import copy_register

    copy_register(demo_path, server_address, author=AUTHOR)
    return server_address


@pytest.fixture
def empty_db(tmp_path):
    db = create_database(tmp_path / "empty.db", author=AUTHOR)
    yield db
    db.close()


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The throw-away PostgreSQL server `make test` starts (tests/postgres_cluster.py). On CI
    its absence is a failure, not a skip: the server suites must run there."""
    from tests.postgres_cluster import URL_VARIABLE

    address = os.environ.get(URL_VARIABLE)
    if not address:
        if os.environ.get("CI"):
            pytest.fail(f"{URL_VARIABLE} is not set: run the tests through `make test`")
        pytest.skip(f"no PostgreSQL server for the tests ({URL_VARIABLE}; `make test` "
                    "starts one)")
    return address


@pytest.fixture
def server_address(postgres_server):
    """The address of a new, empty database of the test's own on the test server."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin_url = make_url(postgres_server).set(drivername="postgresql+psycopg")
    name = f"nmrf_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        yield admin_url.set(database=name, drivername="postgresql").render_as_string(
            hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, tmp_path):
    """An empty register on each backend: a file, and a database on the test server."""
    where = (tmp_path / "empty.db" if request.param == "sqlite"
             else request.getfixturevalue("server_address"))
    db = create_database(where, author=AUTHOR)
    yield db
    db.close()


@pytest.fixture
def snapshot_copy(tmp_path) -> Path:
    target = tmp_path / "snapshot.db"
    shutil.copyfile(SNAPSHOT_V1, target)
    return target


def real_data(*parts: str) -> Path:
    path = REAL_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"real data not available at {path}")
    return path


@pytest.fixture
def recommendation(empty_db):
    """One UPR recommendation to Slovenia and two institutions, MOJ and MOH (no roles yet)."""
    from app.services import institutions, register
    from app.services.reference import find_state

    with empty_db.write() as session:
        review = register.add_review(session, register.ReviewSpec(
            mechanism_code="UPR", state_id=find_state(session, "Slovenia").id, cycle=4))
        rec_id = register.add_recommendation(session, register.RecommendationSpec(
            review_id=review, text="Ratify the Convention.", reference="1.1",
            position_code="supported"))
        moj = institutions.add_institution(session, "MOJ", "Ministry of Justice")
        moh = institutions.add_institution(session, "MOH", "Ministry of Health")
    return rec_id, moj, moh



def cycle_collections_during(action) -> tuple[object, list[int]]:
    """What `action()` returns, and the cycle collections Python started while it ran, with a
    threshold of one so that any allocation outside a pause of the collector sets one off."""
    started: list[int] = []

    def record(phase, info):
        if phase == "start":
            started.append(info["generation"])

    thresholds = gc.get_threshold()
    gc.callbacks.append(record)
    gc.set_threshold(1, 1, 1)
    try:
        result = action()
    finally:
        gc.set_threshold(*thresholds)
        gc.callbacks.remove(record)
    return result, started


# Read-only media and full disks, for real: a small tmpfs mounted for the test. Mounting needs
# an administrator; elsewhere the tests that use these skip and say why.
def _mount(folder: Path, *options: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if not shutil.which("mount") or getattr(os, "geteuid", lambda: 1)() != 0:
        pytest.skip("mounting a small file system for the test needs an administrator")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join(options), "tmpfs",
                             str(folder)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({result.stderr.strip()})")


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.fixture
def stick(tmp_path, demo_path):
    """A write-protected stick holding a sound database (written, then remounted
    read-only)."""
    folder = tmp_path / "stick"
    _mount(folder, "size=64m")
    try:
        copy_database(demo_path, folder / "moj.db")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder / "moj.db"
    finally:
        _unmount(folder)


@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "small"
    _mount(folder, "size=2m")
    try:
        yield folder
    finally:
        _unmount(folder)


def led_by(session, code: str) -> tuple[str, str, str]:
    """(institution id, recommendation id, reference) of a recommendation `code` leads."""
    from sqlalchemy import select

    from app.models import Assignment, Recommendation
    from app.models.codes import AssignmentRole
    from app.services.reference import institution_id_of

    institution_id = institution_id_of(session, code)
    rec_id, reference = session.execute(
        select(Recommendation.id, Recommendation.reference).join(
            Assignment, Assignment.recommendation_id == Recommendation.id).where(
            Assignment.institution_id == institution_id, Assignment.role == AssignmentRole.LEAD,
            Assignment.deleted.is_(False))).first()
    return institution_id, rec_id, reference


@pytest.fixture(autouse=True)
def english_core_messages():
    """A test that switched the core's language (the command line does, per run) leaves
    English behind it for the next."""
    yield
    from app.i18n import use_language

    use_language("en")
