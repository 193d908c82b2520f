"""The empty register most importer tests start from (a module may define its own `db`):
in a file, and in a database on the test server, so that every import runs on both."""

import pytest


@pytest.fixture
def db(any_db):
    return any_db
