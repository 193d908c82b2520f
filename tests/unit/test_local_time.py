from datetime import UTC, datetime, timedelta, timezone

from app.local_time import local_time_text
from tests.conftest import set_time_zone


def test_a_stored_moment_is_read_as_utc_and_shown_in_the_computers_zone():
    stored = datetime(2026, 11, 30, 22, 10)  # as SQLite gives it back: UTC, without a zone
    assert local_time_text(stored) == "2026-11-30 22:10"
    set_time_zone("EAT-3")
    assert local_time_text(stored) == "2026-12-01 01:10"
    assert local_time_text(stored.replace(tzinfo=UTC)) == "2026-12-01 01:10"
    set_time_zone("CLT4")
    assert local_time_text(stored) == "2026-11-30 18:10"


def test_a_moment_can_be_shown_in_a_given_zone_and_a_missing_one_as_asked():
    kathmandu = timezone(timedelta(hours=5, minutes=45))
    assert local_time_text(datetime(2026, 1, 1, 0, 0, tzinfo=UTC), zone=kathmandu) == \
        "2026-01-01 05:45"
    assert local_time_text(None) == ""
    assert local_time_text(None, empty="—") == "—"
