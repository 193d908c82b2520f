"""The empty register most importer tests start from (a module may define its own `db`)."""

import pytest

from app.db.lifecycle import create_database
from tests.conftest import AUTHOR


@pytest.fixture
def db(tmp_path):
    database = create_database(tmp_path / "register.db", author=AUTHOR)
    yield database
    database.close()
