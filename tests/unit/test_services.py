"""Services: validation messages, evidence store, status rule, new database, demo content."""

from datetime import date

import pytest
from sqlalchemy import func, select

from app.db.lifecycle import open_database
from app.errors import ValidationError
from app.models import (
    Action,
    Assessment,
    Deadline,
    Evidence,
    EvidenceBlob,
    IndicatorValue,
    Institution,
    Person,
)
from app.services import institutions, register, tracking
from app.services.evidence import EvidenceSpec, evidence_hash_problems, store_evidence
from app.services.permissions import VALIDATING_AUTHORITY, Actor, acting_as
from app.services.setup import (
    InstitutionSpec,
    NewDatabaseSpec,
    create_secretariat_database,
    parse_institution_lines,
)
from app.services.status import current_statuses
from app.services.summary import summarize
from tests.conftest import AUTHOR

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_unknown_position_names_the_field_and_the_choices(empty_db, recommendation):
    rec_id, *_ = recommendation
    with pytest.raises(ValidationError) as caught, empty_db.write() as session:
        register.update_recommendation(session, rec_id, position_code="Acepted")
    assert "position: 'Acepted' is not one of supported, supported_in_part, noted" in str(
        caught.value)


def test_action_category_must_be_one_to_five(empty_db, recommendation):
    rec_id, *_ = recommendation
    with pytest.raises(ValidationError, match="action category: 7"), empty_db.write() as s:
        register.update_recommendation(s, rec_id, action_category=7)


def test_institution_codes_are_checked(empty_db):
    with pytest.raises(ValidationError, match="already used"), empty_db.write() as session:
        institutions.add_institution(session, "MOJ", "Justice")
        institutions.add_institution(session, "moj", "Justice again")
    with pytest.raises(ValidationError, match="letters, digits"), empty_db.write() as session:
        institutions.add_institution(session, "M O J", "Justice")


def test_evidence_is_stored_once_by_hash_and_checked_by_content(empty_db):
    with empty_db.write() as session:
        first = store_evidence(session, EvidenceSpec(PDF, "decree.pdf", "Decree"))
        second = store_evidence(session, EvidenceSpec(PDF, "copy-of-decree.pdf", "Decree copy"))
    with empty_db.read() as session:
        assert session.scalar(select(func.count()).select_from(EvidenceBlob)) == 1
        assert session.get(Evidence, first).media_type == "application/pdf"
        assert session.get(Evidence, first).sha256 == session.get(Evidence, second).sha256
        assert evidence_hash_problems(session) == []
    refused = r"setup\.exe: this type of file is not accepted"
    with pytest.raises(ValidationError, match=refused), empty_db.write() as session:
        store_evidence(session, EvidenceSpec(b"MZ\x90\x00" * 10, "setup.exe", "Tool"))
    with pytest.raises(ValidationError, match=r"report\.pdf: this type"), empty_db.write() as s:
        store_evidence(s, EvidenceSpec(b"MZ\x90\x00 not a pdf", "report.pdf", "Disguised"))


def test_status_is_the_least_advanced_latest_accepted_assessment(empty_db, recommendation):
    rec_id, moj, moh = recommendation

    def accepted(institution, status, period):
        with empty_db.write() as session:
            assessment = tracking.add_assessment(
                session, recommendation_id=rec_id, institution_id=institution, period=period,
                status_code=status)
            tracking.move_assessment(session, assessment, "submitted")
            with acting_as(session, Actor("Validator", VALIDATING_AUTHORITY, institution)):
                tracking.move_assessment(session, assessment, "validated")
            tracking.move_assessment(session, assessment, "accepted")

    with empty_db.read() as session:
        assert current_statuses(session) == {}
    accepted(moj, "in_progress", "2025")
    accepted(moj, "fully_implemented", "2026")
    with empty_db.read() as session:
        assert current_statuses(session) == {rec_id: "fully_implemented"}
    accepted(moh, "partially_implemented", "2026")
    with empty_db.read() as session:
        assert current_statuses(session) == {rec_id: "partially_implemented"}


def test_workflow_refuses_skipped_steps_and_silent_returns(empty_db, recommendation):
    rec_id, moj, _ = recommendation
    with empty_db.write() as session:
        assessment = tracking.add_assessment(session, recommendation_id=rec_id,
                                             institution_id=moj, period="2026",
                                             status_code="in_progress")
    refused = "from 'draft' to 'accepted'"
    with pytest.raises(ValidationError, match=refused), empty_db.write() as session:
        tracking.move_assessment(session, assessment, "accepted")
    with empty_db.write() as session:
        tracking.move_assessment(session, assessment, "submitted")
    with pytest.raises(ValidationError, match="say why"), empty_db.write() as session:
        tracking.move_assessment(session, assessment, "returned")


def test_institution_lines_are_parsed_with_row_errors():
    assert parse_institution_lines("moj, Ministry of Justice\n\nMOH\tMinistry of Health") == [
        InstitutionSpec("MOJ", "Ministry of Justice"), InstitutionSpec("MOH", "Ministry of Health")]
    with pytest.raises(ValidationError, match="line 2: expected 'CODE, Name'"):
        parse_institution_lines("MOJ, Justice\nHealth ministry")


def test_new_secretariat_database(tmp_path):
    spec = NewDatabaseSpec(path=tmp_path / "civ.db", state="Cote d'Ivoire",
                           institutions=[InstitutionSpec("MOJ", "Ministry of Justice")])
    with create_secretariat_database(spec, author=AUTHOR) as db:
        summary = summarize(db)
    assert summary.state == "Côte d'Ivoire"
    assert [i.code for i in summary.institutions] == ["MOJ", "SEC"]
    assert summary.role == "secretariat" and not summary.is_demo


def test_new_database_with_an_unknown_state_leaves_no_file(tmp_path):
    spec = NewDatabaseSpec(path=tmp_path / "x.db", state="Atlantis")
    with pytest.raises(ValidationError, match="'Atlantis' is not a known State"):
        create_secretariat_database(spec, author=AUTHOR)
    assert list(tmp_path.iterdir()) == []


def test_demo_has_every_part_populated(any_demo):
    with open_database(any_demo, author=AUTHOR) as db:
        summary = summarize(db)
        with db.read() as session:
            workflow = set(session.scalars(select(Assessment.workflow_state).distinct()))
            overdue = session.scalar(select(func.count(Deadline.id)).where(
                Deadline.due_date < date.today(), Deadline.completed_on.is_(None)))
            counts = {model.__name__: session.scalar(select(func.count()).select_from(model))
                      for model in (Action, IndicatorValue, Evidence, Person, Institution)}
    assert summary.is_demo and "fictional" in summary.title
    assert summary.recommendations == 120
    assert {"UPR", "CRC", "CEDAW", "CAT", "SP-EDUCATION"} <= set(summary.by_mechanism)
    assert workflow == {"draft", "submitted", "validated", "accepted", "returned"}
    assert overdue > 0
    assert counts["Institution"] == 16 and counts["Person"] >= 45
    assert all(count > 0 for count in counts.values())


def test_demo_is_deterministic(tmp_path):
    from app.db.lifecycle import create_database
    from app.services.demo import populate_demo
    from app.services.register_reader import RegisterReader

    texts = []
    for name in ("a.db", "b.db"):
        with create_database(tmp_path / name, author=AUTHOR, populate=lambda s, i: populate_demo(
                s, i, size=30, today=date(2026, 1, 1))) as db:
            reader = RegisterReader(db)
            texts.append([(r.reference, r.text, r.lead) for r in reader.rows(reader.ids())])
    assert texts[0] == texts[1]
