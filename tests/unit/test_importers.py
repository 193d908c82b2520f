"""Importing: dry run, all-or-nothing, idempotence, corrections, near misses, bad input."""

import gc
import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.errors import Cancelled, UserError
from app.importers import engine
from app.importers.engine import (
    ImportOptions,
    ImportStep,
    file_labels,
    read_file,
    run_import,
)
from app.importers.model import ReviewInfo
from app.models import (
    Assignment,
    ChangeRecord,
    ExternalReference,
    ImportRecord,
    Recommendation,
    RecommendingState,
)
from app.services import institutions
from tests.builders import ohchr_matrix, upr_info_csv
from tests.conftest import cycle_collections_during

SOURCE = "Source of Position: A/HRC/43/15 - Para 121"
ROWS = [
    (f"121.1 Ratify the International Convention for the Protection of All Persons from "
     f"Enforced Disappearance (France) (Lithuania);\n{SOURCE}", "Supported",
     "- Acceptance of international norms\nSDGs:\n- 16 - PEACE, JUSTICE AND STRONG "
     "INSTITUTIONS\nAffected persons:\n- Disappeared persons"),
    (f"121.2 Ratify the Optional Protocol to the Convention against Torture (Estonia);\n{SOURCE}",
     "Noted", "A12 Acceptance of international norms"),
    (f"121.3 Ratify the Optional Protocol to the Convention against Torture (Portugal);\n"
     f"{SOURCE}", "Supported/Noted", "A12 Acceptance of international norms"),
]


def counts(db):
    with db.read() as session:
        return (session.scalar(select(func.count(Recommendation.id))),
                session.scalar(select(func.count(ChangeRecord.id))))


def test_matrix_imports_with_states_themes_groups_and_sdgs(db, tmp_path):
    matrix = ohchr_matrix(tmp_path / "slovenia.docx", ROWS)
    summary = run_import(db, [matrix], ImportOptions())
    assert (summary.applied, summary.created, summary.reviews_created) == (True, 3, 1)
    with db.read() as session:
        positions = dict(session.execute(
            select(Recommendation.reference, Recommendation.position_code)).all())
        assert positions == {"121.1": "supported", "121.2": "noted",
                             "121.3": "supported_in_part"}
        first = session.scalar(select(Recommendation).where(Recommendation.reference == "121.1"))
        assert first.position_source == "A/HRC/43/15 - Para 121"
        assert first.review.symbol == "A/HRC/43/15" and first.review.session == 34
        assert session.scalar(select(func.count()).select_from(RecommendingState).where(
            RecommendingState.recommendation_id == first.id)) == 2
        record = session.scalar(select(ImportRecord))
        assert (record.file_name, record.format, record.created) == ("slovenia.docx",
                                                                    "ohchr-matrix", 3)


def test_identical_texts_in_two_paragraphs_stay_two_recommendations(db, tmp_path):
    run_import(db, [ohchr_matrix(tmp_path / "m.docx", ROWS)], ImportOptions())
    assert counts(db)[0] == 3


def test_dry_run_reports_and_writes_nothing(db, tmp_path):
    matrix = ohchr_matrix(tmp_path / "m.docx", ROWS)
    before = counts(db)
    summary = run_import(db, [matrix], ImportOptions(), dry_run=True)
    assert (summary.dry_run, summary.applied, summary.created) == (True, False, 3)
    assert counts(db) == before


def test_reimport_changes_nothing(db, tmp_path):
    matrix = ohchr_matrix(tmp_path / "m.docx", ROWS)
    run_import(db, [matrix], ImportOptions())
    before = counts(db)
    again = run_import(db, [matrix], ImportOptions())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert counts(db) == before


def test_corrected_file_updates_metadata_but_not_the_secretariats_work(db, tmp_path):
    run_import(db, [ohchr_matrix(tmp_path / "v1.docx", ROWS)], ImportOptions())
    with db.write() as session:
        rec = session.scalar(select(Recommendation).where(Recommendation.reference == "121.2"))
        rec.priority = "high"
        moj = institutions.add_institution(session, "MOJ", "Ministry of Justice")
        institutions.assign(session, moj, "lead", recommendation_id=rec.id)
    corrected = [ROWS[0], (ROWS[1][0], "Supported", ROWS[1][2]), ROWS[2]]
    summary = run_import(db, [ohchr_matrix(tmp_path / "v2.docx", corrected)], ImportOptions())
    assert (summary.created, summary.updated, summary.unchanged) == (0, 1, 2)
    with db.read() as session:
        rec = session.scalar(select(Recommendation).where(Recommendation.reference == "121.2"))
        assert (rec.position_code, rec.priority) == ("supported", "high")
        assert session.scalar(select(func.count(Assignment.id))) == 1
        change = session.scalars(select(ChangeRecord).where(
            ChangeRecord.row_id == rec.id).order_by(ChangeRecord.seq.desc())).first()
        assert json.loads(change.changes) == {"position_code": ["noted", "supported"]}


def test_same_recommendation_from_two_sources_is_one(db, tmp_path):
    run_import(db, [ohchr_matrix(tmp_path / "m.docx", ROWS)], ImportOptions())
    csv = upr_info_csv(tmp_path / "upr.csv", [
        ("Slovenia", "Ratify the International Convention for the Protection of All Persons "
         "from Enforced Disappearance", "France", "Supported", 5, "International instruments",
         34),
        ("Slovenia", "Ratify the International Convention for the Protection of All Persons "
         "from Enforced Disappearance", "Lithuania", "Supported", 5, "International instruments",
         34),
    ])
    summary = run_import(db, [csv], ImportOptions())
    assert (summary.created, summary.updated) == (0, 1)
    with db.read() as session:
        rec = session.scalar(select(Recommendation).where(Recommendation.reference == "121.1"))
        assert rec.action_category == 5
        sources = set(session.scalars(select(ExternalReference.source).where(
            ExternalReference.recommendation_id == rec.id)))
        assert sources == {"ohchr-matrix", "upr-info"}


def test_a_near_miss_is_held_for_confirmation_never_merged(db, tmp_path):
    run_import(db, [ohchr_matrix(tmp_path / "m.docx", ROWS)], ImportOptions())
    csv = upr_info_csv(tmp_path / "upr.csv", [
        ("Slovenia", "Ratify the International Convention for the Protection of all persons "
         "against Enforced Disappearances", "France", "Supported", 5, "", 34)])
    held = run_import(db, [csv], ImportOptions())
    assert held.created == 0 and len(held.to_confirm) == 1
    assert held.to_confirm[0].existing_reference == "121.1"
    assert counts(db)[0] == 3
    created = run_import(db, [csv], ImportOptions(hold_near_misses=False))
    assert created.created == 1 and counts(db)[0] == 4


def test_a_rejected_row_stops_the_import_unless_partial_is_accepted(db, tmp_path):
    csv = upr_info_csv(tmp_path / "upr.csv", [
        ("Slovenia", "Adopt a national action plan", "France", "Supported", 4, "", 34),
        ("Slovenia", "Ratify the Convention", "Sierra Lene", "Supported", 4, "", 34),
        ("Slovenia", "Protect defenders", "Chile", "Acepted", 4, "", 34),
    ])
    summary = run_import(db, [csv], ImportOptions())
    assert not summary.applied and counts(db) == (0, 0)
    reasons = {(r.row, r.field): r.reason for r in summary.rejected}
    assert "did you mean 'Sierra Leone'" in reasons[(3, "recommending State")]
    assert "'Acepted' is not one of Supported" in reasons[(4, "position")]
    partial = run_import(db, [csv], ImportOptions(accept_partial=True))
    assert partial.applied and partial.created == 1 and counts(db)[0] == 1


def test_cancelling_leaves_nothing(db, tmp_path):
    rows = [("Slovenia", f"Recommendation number {n}", "France", "Supported", 3, "", 34)
            for n in range(2500)]
    csv = upr_info_csv(tmp_path / "upr.csv", rows)
    with pytest.raises(Cancelled):
        run_import(db, [csv], ImportOptions(), cancelled=lambda: True)
    assert counts(db) == (0, 0)


def test_each_file_of_an_import_records_what_it_did(db, tmp_path):
    matrix = ohchr_matrix(tmp_path / "m.docx", ROWS)
    csv = upr_info_csv(tmp_path / "upr.csv", [
        ("Slovenia", "Ratify the International Convention for the Protection of All Persons "
         "from Enforced Disappearance", "Chile", "Supported", 5, "International instruments",
         34),
        ("Slovenia", "Protect human rights defenders", "Chile", "Supported", 4, "", 34)])

    def records():
        with db.read() as session:
            return {(r.file_name, r.created, r.updated, r.unchanged)
                    for r in session.scalars(select(ImportRecord))}

    summary = run_import(db, [matrix, csv], ImportOptions())
    assert (summary.created, summary.updated, summary.unchanged) == (4, 0, 0)
    # The CSV's first row adds Chile and a source to 121.1, which the matrix created
    assert records() == {("m.docx", 3, 0, 0), ("upr.csv", 1, 1, 0)}
    assert [(f.file, f.created, f.updated, f.unchanged) for f in summary.files] == [
        ("m.docx", 3, 0, 0), ("upr.csv", 1, 1, 0)]
    again = run_import(db, [matrix, csv], ImportOptions())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    assert records() - {("m.docx", 3, 0, 0), ("upr.csv", 1, 1, 0)} == {
        ("m.docx", 0, 0, 3), ("upr.csv", 0, 0, 2)}


def test_two_files_of_the_same_name_keep_their_own_counts_and_the_same_file_is_read_once(
        db, tmp_path):
    (tmp_path / "2019").mkdir()
    (tmp_path / "2024").mkdir()
    old = upr_info_csv(tmp_path / "2019" / "upr.csv", [
        ("Slovenia", "Protect human rights defenders", "Chile", "Supported", 4, "", 34)])
    new = upr_info_csv(tmp_path / "2024" / "upr.csv", [
        ("Slovenia", "Protect human rights defenders", "Chile", "Supported", 4, "", 34),
        ("Slovenia", "Abolish the death penalty", "Spain", "Acepted", 4, "", 34)])

    summary = run_import(db, [old, new, tmp_path / "2019" / ".." / "2019" / "upr.csv"],
                         ImportOptions(accept_partial=True))
    assert [(f.file, f.recommendations, f.created, f.unchanged)
            for f in summary.files] == [("2019/upr.csv", 1, 1, 0), ("2024/upr.csv", 2, 0, 1)]
    assert [(r.file, r.row) for r in summary.rejected] == [("2024/upr.csv", 3)]
    with db.read() as session:
        assert sorted((r.file_name, r.created, r.unchanged, r.rejected)
                      for r in session.scalars(select(ImportRecord))) == [
            ("2019/upr.csv", 1, 0, 0), ("2024/upr.csv", 0, 1, 1)]


def test_kept_readings_read_a_file_again_only_when_it_or_the_reading_options_change(
        db, tmp_path, monkeypatch):
    reads = []
    monkeypatch.setattr(engine, "read_file", lambda path, *rest: reads.append(path.name)
                        or read_file(path, *rest))
    rows = [("Slovenia", "Protect human rights defenders", "Chile", "Supported", 4, "", 34)]
    csv = upr_info_csv(tmp_path / "upr.csv", rows)
    readings = engine.KeptReadings()
    assert run_import(db, [csv], ImportOptions(), dry_run=True, readings=readings).created == 1
    assert run_import(db, [csv], ImportOptions(), readings=readings).created == 1
    assert reads == ["upr.csv"]
    upr_info_csv(csv, [*rows, ("Slovenia", "Abolish the death penalty", "Spain", "Noted", 4,
                               "", 34)])
    assert run_import(db, [csv], ImportOptions(), readings=readings).created == 1
    run_import(db, [csv], ImportOptions(review=ReviewInfo(state="Slovenia")), readings=readings)
    assert reads == ["upr.csv"] * 3


def test_a_broken_file_is_named_by_its_folder_when_another_has_its_name(db, tmp_path):
    for folder in ("2019", "2024"):
        (tmp_path / folder).mkdir()
    good = upr_info_csv(tmp_path / "2019" / "upr.csv", [
        ("Slovenia", "Protect human rights defenders", "Chile", "Supported", 4, "", 34)])
    (tmp_path / "2024" / "upr.csv").write_bytes(b"")
    with pytest.raises(UserError, match=r"^2024/upr\.csv: the file is empty"):
        run_import(db, [good, tmp_path / "2024" / "upr.csv"], ImportOptions())


def test_file_labels_go_up_the_folders_only_as_far_as_needed():
    assert file_labels([Path("/a/x/m.docx"), Path("/b/x/m.docx"), Path("/a/u.csv")]) == [
        "a/x/m.docx", "b/x/m.docx", "u.csv"]


def test_progress_goes_through_reading_matching_writing_and_saving(db, tmp_path):
    rows = [("Slovenia", f"Recommendation number {n}", "France", "Supported", 3, "", 34)
            for n in range(2500)]
    files = [upr_info_csv(tmp_path / "a.csv", rows[:1200]),
             upr_info_csv(tmp_path / "b.csv", rows[1200:])]
    reports = []
    summary = run_import(db, files, ImportOptions(),
                         progress=lambda done, total, step: reports.append((done, total, step)))
    assert summary.applied and summary.created == 2500
    steps = [step for _, _, step in reports]
    assert steps[:2] == [ImportStep.READING, ImportStep.READING]
    assert [(done, total) for done, total, step in reports if step == "reading"] == [(0, 2),
                                                                                  (1, 2)]
    assert ImportStep.MATCHING in steps and steps[-1] == ImportStep.SAVING
    writing = [(done, total) for done, total, step in reports if step == ImportStep.WRITING]
    # 2,500 recommendations, their States, source references, search entries, change records
    assert len(writing) > 5 and writing[-1][0] == writing[-1][1] > 10_000
    assert [done for done, _ in writing] == sorted(done for done, _ in writing)


def test_cancelling_while_writing_leaves_nothing(db, tmp_path):
    rows = [("Slovenia", f"Recommendation number {n}", "France", "Supported", 3, "", 34)
            for n in range(2500)]
    csv = upr_info_csv(tmp_path / "upr.csv", rows)
    written = []

    def progress(done, total, step):
        if step == ImportStep.WRITING:
            written.append(done)

    with pytest.raises(Cancelled):
        run_import(db, [csv], ImportOptions(), progress=progress,
                   cancelled=lambda: len(written) > 2)
    assert written[-1] > 0, "rows were written before the Cancel"
    assert counts(db) == (0, 0)
    with db.read() as session:
        assert session.scalar(select(func.count(ImportRecord.id))) == 0


def bad_docx_with_entity(path):
    ohchr_matrix(path, ROWS)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"?>", b'?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>', 1)
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("empty.csv", lambda p: p.write_bytes(b""), "empty"),
        ("notes.docx", lambda p: p.write_text("minutes"), "not a readable Office file"),
        ("truncated.docx", lambda p: p.write_bytes(
            ohchr_matrix(p.with_name("full.docx"), ROWS).read_bytes()[:3000]),
         "not a readable Office file"),
        ("bomb.docx", bad_docx_with_entity, "declares a DTD or entities"),
        ("huge.csv", lambda p: upr_info_csv(p, [("Slovenia", "x" * 200_000, "France",
                                                 "Supported", 3, "", 10)]), "field larger"),
        ("other.csv", lambda p: p.write_text("a,b,c\n1,2,3\n"), "columns not recognised"),
        ("slides.pptx", lambda p: p.write_text("x"), "format not recognised"),
    ],
)
def test_hostile_or_broken_files_get_a_clear_error_and_change_nothing(db, tmp_path, name, make,
                                                                      message):
    path = tmp_path / name
    make(path)
    before = counts(db)
    with pytest.raises(UserError) as caught:
        run_import(db, [path], ImportOptions())
    assert name in str(caught.value) and message in str(caught.value)
    assert counts(db) == before


def test_near_misses_are_found_when_both_sources_come_in_one_import(db, tmp_path):
    matrix = ohchr_matrix(tmp_path / "m.docx", ROWS)
    csv = upr_info_csv(tmp_path / "upr.csv", [
        ("Slovenia", "Ratify the International Convention for the Protection of all persons "
         "against Enforced Disappearances", "France", "Supported", 5, "", 34)])
    summary = run_import(db, [matrix, csv], ImportOptions())
    assert (summary.created, len(summary.to_confirm)) == (3, 1)


def test_words_split_by_stray_spaces_are_the_same_text(db, tmp_path):
    split = [(ROWS[0][0].replace("Enforced", "En forced").replace("Protection", "Protec tion"),
              *ROWS[0][1:])]
    run_import(db, [ohchr_matrix(tmp_path / "m.docx", split)], ImportOptions())
    csv = upr_info_csv(tmp_path / "upr.csv", [
        ("Slovenia", "Ratify the International Convention for the Protection of All Persons "
         "from Enforced Disappearance", "France", "Supported", 5, "", 34)])
    summary = run_import(db, [csv], ImportOptions())
    assert (summary.created, summary.updated, summary.to_confirm) == (0, 1, [])


def test_a_near_miss_confirmed_as_the_same_is_merged(db, tmp_path):
    run_import(db, [ohchr_matrix(tmp_path / "m.docx", ROWS)], ImportOptions())
    csv = upr_info_csv(tmp_path / "upr.csv", [
        ("Slovenia", "Ratify the International Convention for the Protection of all persons "
         "against Enforced Disappearances", "Chile", "Supported", 5, "", 34)])
    held = run_import(db, [csv], ImportOptions(), dry_run=True).to_confirm[0]
    merged = run_import(db, [csv], ImportOptions(
        confirmed_same=frozenset({f"{held.file}:{held.row}"})))
    assert (merged.created, merged.updated, merged.to_confirm) == (0, 1, [])
    with db.read() as session:
        states = session.scalar(select(func.count()).select_from(RecommendingState).where(
            RecommendingState.recommendation_id == held.existing_id))
    assert states == 3, "France and Lithuania from the matrix, Chile from UPR Info"
    again = run_import(db, [csv], ImportOptions())
    assert (again.created, again.updated, again.unchanged, again.to_confirm) == (0, 0, 1, [])


def test_reimporting_either_source_of_a_merged_recommendation_changes_nothing(db, tmp_path):
    matrix = ohchr_matrix(tmp_path / "m.docx", ROWS)
    csv = upr_info_csv(tmp_path / "upr.csv", [
        ("Slovenia", "Ratify the International Convention for the Protection of All Persons "
         "from Enforced Disappearance", "France", "Supported", 5, "", 34)])
    run_import(db, [matrix, csv], ImportOptions())
    for path in (csv, matrix, csv):
        again = run_import(db, [path], ImportOptions())
        assert (again.created, again.updated) == (0, 0), path.name


def test_an_import_runs_without_stopping_for_cycle_collections(db, tmp_path):
    # The rows, links and change records of an import live until its commit and would make
    # Python walk every object again and again for nothing (see collector_paused). With a
    # threshold of one, any allocation in an unpaused import would set off a collection.
    path = upr_info_csv(tmp_path / "u.csv", [
        ("France", f"Strengthen institution number {number}", "Chile", "Supported", 4, "", 29)
        for number in range(50)])
    summary, collections = cycle_collections_during(
        lambda: run_import(db, [path], ImportOptions()))
    assert summary.created == 50
    # A handful at the edges, on the way in and out of the pause; unpaused, tens of thousands.
    assert len(collections) < 20
    assert gc.isenabled()
