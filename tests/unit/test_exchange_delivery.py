"""Files lost, repeated, late, damaged or forged; raw databases; conflicts decided."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest
from sqlalchemy import select

from app.db.address import is_server_address
from app.db.lifecycle import copy_database, open_database
from app.exchange import container
from app.exchange.conflicts import list_conflicts, resolve_conflict
from app.exchange.consolidate import revoke_device
from app.exchange.container import (
    ExchangeRejected,
    read_exchange_file,
    write_exchange_file,
)
from app.exchange.identity import device_key, local_identities
from app.exchange.keys import DeviceKey
from app.models import Assessment, ChangeRecord, Conflict, Device, Evidence, EvidenceBlob
from app.services.evidence import EvidenceSpec, store_evidence
from tests.exchange_world import World, writes_assessment


@pytest.fixture
def world(any_demo, tmp_path) -> World:
    world = World(any_demo, tmp_path)
    world.open("MOJ", world.issue("MOJ"))
    world.sync("MOJ")
    return world


def _master_state(world: World):
    return world.read("master", lambda s: (
        s.scalar(select(ChangeRecord.seq).order_by(ChangeRecord.seq.desc()).limit(1)),
        sorted((a.id, a.narrative) for a in s.scalars(select(Assessment))),
        s.scalar(select(Device.last_seq_applied).where(Device.status == "active"))))


def test_the_same_file_twice_or_an_older_file_after_a_newer_changes_nothing(world):
    world.edit("MOJ", writes_assessment("MOJ", "one"))
    older = world.submit("MOJ")
    world.edit("MOJ", writes_assessment("MOJ", "two"))
    newer = world.submit("MOJ")
    [first] = world.consolidate(newer)
    assert first.status == "applied" and first.count("applied") == 2
    state = _master_state(world)
    [again] = world.consolidate(newer)
    [late] = world.consolidate(older)
    assert (again.status, late.status) == ("already-imported", "already-imported")
    assert _master_state(world) == state


def test_a_gap_in_sequence_numbers_is_reported_not_papered_over(world, tmp_path):
    if is_server_address(world.master):
        pytest.skip("the master restored from a file's backup over itself: files only")
    before = tmp_path / "master-before.db"
    copy_database(world.master, before)
    world.edit("MOJ", writes_assessment("MOJ", "one"))
    world.sync("MOJ")  # the ministry now believes change 1 acknowledged
    world.edit("MOJ", writes_assessment("MOJ", "two"))
    second = world.submit("MOJ")
    shutil.copyfile(before, world.master)  # the secretariat restored an older backup
    [result] = world.consolidate(second)
    assert result.status == "rejected"
    assert "changes 1–1 of this device of MOJ never arrived" in result.reason
    assert "two" not in {narrative for _, narrative in _master_state(world)[1]}


def test_damaged_and_forged_files_are_rejected_whole(world, tmp_path, monkeypatch):
    world.edit("MOJ", writes_assessment("MOJ", "one"))
    good = world.submit("MOJ")
    data = good.read_bytes()
    truncated = tmp_path / "truncated.nmrf"
    truncated.write_bytes(data[: len(data) // 2])
    flipped = tmp_path / "flipped.nmrf"
    at = len(data) * 2 // 3  # inside the encrypted signed records
    flipped.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:])
    content = read_exchange_file(good, local_identities())
    # Anyone can encrypt to the secretariat (its recipient is public): the signature decides.
    to_master = [_key_of(world.master).recipient]
    forged = write_exchange_file(tmp_path / "forged.nmrf", content.manifest, content.changes,
                                 content.evidence, DeviceKey.generate(),
                                 recipients=to_master).path
    with monkeypatch.context() as patched:  # as a later version would write it
        patched.setattr(container, "FORMAT", container.FORMAT + 1)
        newer = write_exchange_file(tmp_path / "newer.nmrf", content.manifest,
                                    content.changes, content.evidence,
                                    _key_of(world.copies["MOJ"]), recipients=to_master).path
    state = _master_state(world)
    results = world.consolidate(truncated, flipped, forged, newer)
    assert [r.status for r in results] == ["rejected"] * 4
    assert "damaged or altered" in results[0].reason and "damaged or altered" in results[1].reason
    assert "signed with another key" in results[2].reason
    assert "newer version" in results[3].reason
    assert _master_state(world) == state


def test_a_ministry_file_for_another_secretariat_is_refused_unread(world, tmp_path,
                                                                   monkeypatch):
    from app.db.lifecycle import create_database
    from app.services.demo import populate_demo

    world.edit("MOJ", writes_assessment("MOJ", "for our secretariat only"))
    file = world.submit("MOJ")
    other = create_database(tmp_path / "other-secretariat.db", author="t",
                            populate=lambda s, i: populate_demo(s, i, size=10))
    other.close()
    monkeypatch.setattr(container, "_read_container", _no_parsing)
    with open_database(other.path, author="t") as db:
        from app.exchange.consolidate import consolidate_files
        [result] = consolidate_files(db, [file], accept_devices=[])
    assert result.status == "rejected"
    assert "encrypted for another database, not this one" in result.reason


def _no_parsing(*args, **kwargs):
    raise AssertionError("a file that did not decrypt was parsed")


def test_exchange_files_hold_no_text_name_e_mail_or_evidence_in_clear(world, tmp_path):
    from app.exchange.scope import institution_scope
    from app.models import Person, Recommendation

    def secrets(session):
        scope = institution_scope(session, world.institutions["MOJ"])
        texts = [r.text[:30] for r in session.scalars(select(Recommendation).where(
            Recommendation.id.in_(sorted(scope["recommendation"]))))]
        people = [value for p in session.scalars(select(Person)) for value in
                  (p.full_name, p.email, p.phone) if value and len(value) > 4]
        return texts, people
    texts, people = world.read("master", secrets)
    assert texts and people
    content = b"%PDF-1.4\n% the victim's statement, page 1\n"
    report = world.edit("MOJ", writes_assessment("MOJ", "Statement received from the family"))
    world.edit("MOJ", lambda session, _world: store_evidence(session, EvidenceSpec(
        content=content, original_name="statement.pdf", title="Statement of the family",
        assessment_id=report)))
    issued = world.passphrases and next(iter(world.passphrases))  # the first, whole copy
    for file in (issued, world.issue("MOJ"), world.submit("MOJ")):
        data = file.read_bytes()
        for secret in [*texts, *people, "Statement received", "Statement of the family"]:
            assert secret.encode() not in data, (file.name, secret)
        assert content[:24] not in data and b"SQLite format 3" not in data


def test_unknown_and_revoked_devices_are_rejected(world, tmp_path):
    world.edit("MOJ", writes_assessment("MOJ", "one"))
    file = world.submit("MOJ")
    # a second ministry device never registered
    world.open("MOH", world.issue("MOH"))
    moh_file = world.submit("MOH")
    [unknown] = world.consolidate(moh_file, accept_new_device=False)
    assert unknown.status == "rejected" and "not registered yet" in unknown.reason
    with open_database(world.master, author="t") as db, db.write() as session:
        revoke_device(session, session.scalar(select(Device.id).where(
            Device.institution_id == world.institutions["MOJ"])))
    [revoked] = world.consolidate(file, accept_new_device=False)
    assert revoked.status == "rejected" and "revoked" in revoked.reason
    assert revoked.device_to_accept
    # It comes back only through the same explicit acceptance, by its fingerprint.
    [back] = world.consolidate(file, accept_devices=[revoked.fingerprint.lower()])
    assert back.status == "applied"
    assert world.read("master", lambda s: s.get(Device, back.device_id).status) == "active"


def test_a_forged_file_with_a_fresh_key_is_not_accepted_by_another_fingerprint(world, tmp_path):
    world.edit("MOJ", writes_assessment("MOJ", "genuine"))
    genuine = read_exchange_file(world.submit("MOJ"), local_identities())
    forger = DeviceKey.generate()
    device = "f0f0f0f0-0000-7000-8000-000000000001"
    forged = tmp_path / "from-MOJ-forged.nmrf"
    write_exchange_file(forged, {**genuine.manifest, "device_id": device},
                        [{**record, "device_id": device} for record in genuine.changes],
                        genuine.evidence, forger, recipients=[_key_of(world.master).recipient])
    state = _master_state(world)
    [result] = world.consolidate(forged, accept_devices=[genuine.signer_fingerprint])
    assert result.status == "rejected" and "not registered yet" in result.reason
    assert forger.fingerprint in result.reason and result.fingerprint == forger.fingerprint
    assert _master_state(world) == state


def test_a_raw_database_needs_confirmation_and_hostile_ones_are_refused(world, tmp_path):
    report = world.edit("MOJ", writes_assessment("MOJ", "sent as a whole database"))
    mailed = tmp_path / "moj-mailed.db"
    copy_database(world.copies["MOJ"], mailed)
    [unconfirmed] = world.consolidate(mailed)
    assert unconfirmed.status == "rejected" and "unsigned" in unconfirmed.reason
    hostile = tmp_path / "hostile.db"
    copy_database(world.copies["MOJ"], hostile)
    connection = sqlite3.connect(hostile)
    connection.execute("CREATE VIEW spy AS SELECT * FROM person")
    connection.commit()
    connection.close()  # the view reaches the main file, which is all that travels
    [refused] = world.consolidate(hostile, accept_unsigned=True)
    assert refused.status == "rejected" and "view spy" in refused.reason
    [accepted] = world.consolidate(mailed, accept_unsigned=True)
    assert accepted.status == "applied" and accepted.unsigned
    assert world.read("master", lambda s: s.get(Assessment, report).narrative) == \
        "sent as a whole database"


def test_ministry_refuses_files_of_another_key_older_ones_and_skipped_ones(world, tmp_path):
    second = world.issue("MOJ")
    world.open("MOJ", second)
    content = read_exchange_file(second, local_identities())
    to_copy = [_key_of(world.copies["MOJ"]).recipient]
    # an older file: its high-water mark is below what this copy has
    stale = write_exchange_file(tmp_path / "stale.nmrf", content.manifest | {"master_seq": 1},
                                content.changes, content.evidence, _master_key(world),
                                recipients=to_copy)
    with pytest.raises(ExchangeRejected, match="older than a file already opened"):
        world.open("MOJ", stale.path)
    # a file that assumes an earlier one was opened here, when it never was
    applied = content.manifest["master_seq"]
    skipping = write_exchange_file(
        tmp_path / "skipping.nmrf", content.manifest | {"since": applied + 5,
                                                        "master_seq": applied + 9},
        content.changes, content.evidence, _master_key(world),
                                recipients=to_copy)
    with pytest.raises(ExchangeRejected, match="a file in between was never opened"):
        world.open("MOJ", skipping.path)
    other = write_exchange_file(tmp_path / "other.nmrf", content.manifest, content.changes,
                                content.evidence, DeviceKey.generate(), recipients=to_copy)
    with pytest.raises(ExchangeRejected, match="signed by another key"):
        world.open("MOJ", other.path)
    newer = write_exchange_file(tmp_path / "new-app.nmrf",
                                content.manifest | {"schema_generation": 999,
                                                    "master_seq": 10**6},
                                content.changes, content.evidence, _master_key(world),
                                recipients=to_copy)
    with pytest.raises(ExchangeRejected, match="newer version"):
        world.open("MOJ", newer.path)


def _key_of(path) -> DeviceKey:
    with open_database(path, author="t", read_only=True) as db:
        return device_key(db.identity.device_id)


def _master_key(world: World) -> DeviceKey:
    return _key_of(world.master)


def test_a_resolved_conflict_goes_back_and_the_copies_converge(world):
    report = world.edit("MOJ", writes_assessment("MOJ", "first"))
    world.sync("MOJ")

    def narrative(text):
        def change(session, _world):
            session.get(Assessment, report).narrative = text
        return change
    world.edit("master", narrative("secretariat"))
    world.edit("MOJ", narrative("ministry"))
    world.consolidate(world.submit("MOJ"))
    [conflict] = world.read("master", lambda s: list_conflicts(s))
    assert (conflict.base, conflict.master, conflict.incoming) == ("first", "secretariat",
                                                                   "ministry")
    assert conflict.institution == "MOJ"
    world.edit("master", lambda s, w: resolve_conflict(
        s, conflict.id, "merged", "both were right", "secretariat and ministry"))
    world.open("MOJ", world.issue("MOJ"))
    assert world.read("MOJ", lambda s: s.get(Assessment, report).narrative) == \
        "secretariat and ministry"
    assert world.scope_state("MOJ", "MOJ") == world.scope_state("master", "MOJ")
    assert world.read("master", lambda s: s.scalar(select(Conflict.status))) == "resolved"


def test_evidence_travels_with_the_report_it_documents(world):
    content = b"%PDF-1.4\n% decree of 3 March\n"
    report = world.edit("MOJ", writes_assessment("MOJ", "decree adopted"))
    evidence = world.edit("MOJ", lambda session, _world: store_evidence(session, EvidenceSpec(
        content=content, original_name="decree.pdf", title="Decree 2026-14",
        assessment_id=report)))
    file = world.submit("MOJ")
    assert hashlib.sha256(content).hexdigest() in read_exchange_file(
        file, local_identities()).evidence
    [result] = world.consolidate(file)
    assert result.count("applied") == 2
    stored = world.read("master", lambda s: (s.get(Evidence, evidence).title,
                                             s.get(EvidenceBlob, s.get(Evidence,
                                                                       evidence).sha256).content))
    assert stored == ("Decree 2026-14", content)
