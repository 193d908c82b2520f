"""app/exchange/change_records.py: a travelling change record is parsed whole or refused."""

from __future__ import annotations

import pytest

from app.exchange.change_records import ExchangedChange, MalformedChange

GOOD = {"id": "c1", "device_id": "d1", "seq": 3, "table_name": "assessment", "row_id": "r1",
        "operation": "update", "base_row_version": 2,
        "changes": {"narrative": ["before", "after"]}, "author": "Focal point",
        "created_at": "2026-12-03T08:00:00+00:00"}


def test_a_well_formed_record_reads_back_as_it_was_written():
    change = ExchangedChange.parse(GOOD, "change 1")
    assert (change.seq, change.new_values()) == (3, {"narrative": "after"})
    assert change.as_json() == GOOD
    assert change.evidence_sha256() is None


def test_an_evidence_row_names_its_file():
    evidence = GOOD | {"table_name": "evidence", "operation": "insert",
                       "changes": {"sha256": [None, "ab" * 32], "title": [None, "Decree"]}}
    assert ExchangedChange.parse(evidence, "change 1").evidence_sha256() == "ab" * 32


@pytest.mark.parametrize(("broken", "said"), [
    ("not a record", "change 7 is not a well-formed change record"),
    (GOOD | {"seq": "3"}, "change 7 is not a well-formed change record"),
    (GOOD | {"seq": True}, "change 7 is not a well-formed change record"),
    ({k: v for k, v in GOOD.items() if k != "author"}, "not a well-formed change record"),
    (GOOD | {"operation": "drop"}, "change 7: unknown operation 'drop'"),
    (GOOD | {"table_name": "device"}, "change 7: unknown table 'device'"),
    (GOOD | {"changes": {"row_version": [1, 2]}}, "unknown field row_version of assessment"),
    (GOOD | {"changes": {"narrative": "after"}}, "a field is not an [old, new] pair"),
])
def test_a_malformed_record_is_refused_with_where_and_why(broken, said):
    with pytest.raises(MalformedChange, match=said.replace("[", r"\[")):
        ExchangedChange.parse(broken, "change 7")
