"""Each role through the progress-report cycle, and the refusals, at the service level."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Assessment
from app.services import assignments, clusters, register, tracking
from app.services.permissions import (
    FOCAL_POINT,
    READ_ONLY,
    SECRETARIAT,
    VALIDATING_AUTHORITY,
    Actor,
    PermissionDenied,
    can,
)
from app.services.status import current_statuses


@pytest.fixture
def world(empty_db, recommendation):
    rec_id, moj, moh = recommendation
    with empty_db.write() as session:
        assignments.set_lead(session, [rec_id], moj)
    people = {
        "secretariat": Actor("Sara Secretariat", SECRETARIAT),
        "moj focal point": Actor("Amina (MOJ)", FOCAL_POINT, moj),
        "moh focal point": Actor("Hugo (MOH)", FOCAL_POINT, moh),
        "moj validator": Actor("Paula (MOJ)", VALIDATING_AUTHORITY, moj),
        "moh validator": Actor("Oscar (MOH)", VALIDATING_AUTHORITY, moh),
        "reader": Actor("Rita", READ_ONLY),
    }
    return empty_db, rec_id, moj, people


def as_(db, actor):
    db.actor = actor
    return db.write()


def test_the_full_cycle_each_step_by_its_role(world):
    db, rec_id, moj, people = world
    with as_(db, people["moj focal point"]) as session:
        assessment = tracking.add_assessment(session, recommendation_id=rec_id,
                                             institution_id=moj, period="2026-H1",
                                             status_code="in_progress", narrative="Draft law")
    with as_(db, people["moj focal point"]) as session:
        tracking.move_assessment(session, assessment, "submitted")
    with as_(db, people["moj validator"]) as session:
        tracking.move_assessment(session, assessment, "validated")
    with as_(db, people["secretariat"]) as session:
        tracking.move_assessment(session, assessment, "accepted")
    db.actor = None
    with db.read() as session:
        row = session.get(Assessment, assessment)
        assert (row.workflow_state, row.created_by, row.updated_by) == (
            "accepted", "Amina (MOJ)", "Sara Secretariat")
        assert current_statuses(session) == {rec_id: "in_progress"}


@pytest.mark.parametrize(("who", "step", "message"), [
    ("moh focal point", "report", "only for MOH, your institution"),
    ("moj validator", "report", "validating authority cannot report progress"),
    ("reader", "report", "read only cannot report progress"),
    ("moj focal point", "validate", "Only the validating authority of MOJ"),
    ("moh validator", "validate", "Only the validating authority of MOJ"),
    ("secretariat", "validate", "Only the validating authority of MOJ"),
    ("moj focal point", "accept", "Only the secretariat can accept"),
    ("moj validator", "accept", "Only the secretariat can accept"),
    ("moj focal point", "set lead", "Only the secretariat can assign institutions"),
    ("moj focal point", "edit text", "Only the secretariat can edit recommendations"),
    ("moj validator", "cluster", "Only the secretariat can manage clusters"),
])
def test_refusals_name_the_role_and_change_nothing(world, who, step, message):
    db, rec_id, moj, people = world
    with as_(db, people["moj focal point"]) as session:
        draft = tracking.add_assessment(session, recommendation_id=rec_id, institution_id=moj,
                                        period="2026-H1", status_code="in_progress")
    submitted = draft
    with as_(db, people["moj focal point"]) as session:
        tracking.move_assessment(session, submitted, "submitted")
    if step == "accept":
        with as_(db, people["moj validator"]) as session:
            tracking.move_assessment(session, submitted, "validated")
    before = _snapshot(db)
    actions = {
        "report": lambda s: tracking.add_assessment(
            s, recommendation_id=rec_id, institution_id=moj, period="2026-H2",
            status_code="in_progress"),
        "validate": lambda s: tracking.move_assessment(s, submitted, "validated"),
        "accept": lambda s: tracking.move_assessment(s, submitted, "accepted"),
        "set lead": lambda s: assignments.set_lead(s, [rec_id], moj),
        "edit text": lambda s: register.update_recommendation(s, rec_id, notes="x"),
        "cluster": lambda s: clusters.create_cluster(s, "Justice"),
    }
    with pytest.raises(PermissionDenied, match=message), as_(db, people[who]) as session:
        actions[step](session)
    assert _snapshot(db) == before


def _snapshot(db):
    db.actor = None
    with db.read() as session:
        return sorted((a.id, a.workflow_state) for a in session.scalars(select(Assessment)))


def test_the_window_asks_the_same_rules(world):
    _, _, moj, people = world
    assert can(people["moj focal point"], "report_progress", moj)
    assert not can(people["moh focal point"], "report_progress", moj)
    assert can(people["moj validator"], "validate", moj)
    assert not can(people["secretariat"], "validate", moj)
    assert can(people["secretariat"], "accept") and not can(people["moj focal point"], "accept")
    assert not can(people["reader"], "edit_register")
    with pytest.raises(ValueError, match="belongs to an institution"):
        Actor("Nobody", FOCAL_POINT)


def test_plan_actions_indicators_and_values_by_role(world):
    from datetime import date

    from app.services.plan import action_rows, indicator_rows

    db, rec_id, moj, people = world
    with as_(db, people["moj focal point"]) as session:
        tracking.add_action(session, tracking.ActionSpec(
            title="Train judges", recommendation_ids=[rec_id], lead_institution_id=moj,
            start_date=date(2026, 1, 1), end_date=date(2026, 3, 1), status="ongoing",
            budget_amount=12000, budget_currency="EUR"))
        indicator = tracking.add_indicator(session, tracking.IndicatorSpec(
            name="Judges trained", kind="process", unit="people", baseline_value=0,
            baseline_date=date(2026, 1, 1), target_value=200, target_date=date(2027, 1, 1),
            institution_id=moj, recommendation_ids=[rec_id]))
        tracking.record_indicator_value(session, indicator, period="2026-H1",
                                        value_date=date(2026, 6, 30), value=50)
    with pytest.raises(PermissionDenied, match="only for MOH"), \
            as_(db, people["moh focal point"]) as session:
        tracking.record_indicator_value(session, indicator, period="2026-H2",
                                        value_date=date(2026, 12, 31), value=300)
    with pytest.raises(PermissionDenied, match="only for MOH"), \
            as_(db, people["moh focal point"]) as session:
        tracking.add_action(session, tracking.ActionSpec(title="X", lead_institution_id=moj))
    with pytest.raises(Exception, match="three-letter"), \
            as_(db, people["secretariat"]) as session:
        tracking.add_action(session, tracking.ActionSpec(
            title="Y", lead_institution_id=moj, budget_amount=5, budget_currency="euros"))
    db.actor = None
    with db.read() as session:
        [action] = action_rows(session, recommendation_id=rec_id, today=date(2026, 6, 1))
        [row] = indicator_rows(session, recommendation_id=rec_id)
    assert (action.lead, action.budget, action.recommendations, action.overdue) == (
        "MOJ", "12,000 EUR", "1.1", True)
    assert row.latest == 50 and row.progress == 0.25
    # Half the time gone (mid-2026 of 2026-2027), a quarter of the way: off track.
    assert row.off_track(date(2026, 7, 2)) and not row.off_track(date(2026, 3, 1))


def test_changing_plans_reports_and_deadlines_by_role(world):
    from datetime import date

    from app.errors import ValidationError
    from app.services import tracking_edits
    from app.services.plan import action_facts, calendar_rows

    db, rec_id, moj, people = world
    with as_(db, people["moj focal point"]) as session:
        action = tracking.add_action(session, tracking.ActionSpec(
            title="Train judges", lead_institution_id=moj, recommendation_ids=[rec_id]))
        report = tracking.add_assessment(session, recommendation_id=rec_id, institution_id=moj,
                                         period="2026-H1", status_code="not_started")
        deadline = tracking.add_deadline(session, kind="other", title="Send figures",
                                         due_date=date(2026, 5, 1), institution_id=moj)
    with as_(db, people["moj focal point"]) as session:
        facts = action_facts(session, action)
        facts.update(title="Train 300 judges", status="ongoing")
        del facts["lead_institution_id"]
        tracking_edits.update_action(session, action, **facts)
        tracking_edits.update_assessment(session, report, period="2026-H1",
                                     status_code="in_progress", narrative="Started",
                                     next_steps=None)
        tracking_edits.complete_deadline(session, deadline, date(2026, 4, 30))
    with pytest.raises(PermissionDenied, match="only for MOH"), \
            as_(db, people["moh focal point"]) as session:
        tracking_edits.update_action(session, action, **facts)
    with as_(db, people["moj focal point"]) as session:
        tracking.move_assessment(session, report, "submitted")
    with pytest.raises(ValidationError, match="submitted and can no longer be changed"), \
            as_(db, people["moj focal point"]) as session:
        tracking_edits.update_assessment(session, report, period="2026-H1",
                                     status_code="fully_implemented", narrative="Done",
                                     next_steps=None)
    db.actor = None
    with db.read() as session:
        assert action_facts(session, action)["title"] == "Train 300 judges"
        assert session.get(Assessment, report).status_code == "in_progress"
        [row] = calendar_rows(session, include_completed=True)
        assert row.completed_on == date(2026, 4, 30)


def test_review_calendar_keeps_its_deadlines_in_step(world):
    from datetime import date

    from app.errors import ValidationError
    from app.models import Deadline, Recommendation
    from app.services.register import derived_calendar, set_review_calendar

    db, rec_id, _, people = world
    with db.read() as session:
        review_id = session.get(Recommendation, rec_id).review_id
    adoption = date(2027, 3, 1)
    midterm, next_review = derived_calendar(adoption)
    with as_(db, people["secretariat"]) as session:
        set_review_calendar(session, review_id, adoption_date=adoption,
                            midterm_due_date=midterm, next_review_date=next_review)
    with as_(db, people["secretariat"]) as session:
        set_review_calendar(session, review_id, adoption_date=adoption,
                            midterm_due_date=date(2029, 9, 30), next_review_date=None)
    with pytest.raises(ValidationError, match="after the adoption"), \
            as_(db, people["secretariat"]) as session:
        set_review_calendar(session, review_id, adoption_date=adoption,
                            midterm_due_date=date(2026, 1, 1), next_review_date=None)
    with pytest.raises(PermissionDenied, match="Only the secretariat"), \
            as_(db, people["moj focal point"]) as session:
        set_review_calendar(session, review_id, adoption_date=None, midterm_due_date=None,
                            next_review_date=None)
    db.actor = None
    with db.read() as session:
        live = {(d.kind, d.due_date) for d in session.scalars(
            select(Deadline).where(Deadline.deleted.is_(False)))}
    assert live == {("midterm_report", date(2029, 9, 30))}
    assert (midterm, next_review) == (date(2029, 8, 30), date(2031, 8, 30))


def test_an_action_end_is_a_milestone_that_follows_the_action(world):
    from datetime import date

    from app.services import tracking_edits
    from app.services.plan import action_facts, calendar_rows

    db, _, moj, people = world
    with as_(db, people["moj focal point"]) as session:
        action = tracking.add_action(session, tracking.ActionSpec(
            title="Open two legal aid offices", lead_institution_id=moj, status="ongoing",
            start_date=date(2026, 1, 1), end_date=date(2026, 9, 30)))
    db.actor = None
    with db.read() as session:
        [milestone] = calendar_rows(session, institution_id=moj)
    assert (milestone.kind, milestone.due_date) == ("action_milestone", date(2026, 9, 30))

    def change(**values):
        with as_(db, people["moj focal point"]) as session:
            facts = action_facts(session, action)
            del facts["lead_institution_id"]
            tracking_edits.update_action(session, action, **(facts | values))
        db.actor = None
        with db.read() as session:
            return calendar_rows(session, institution_id=moj, include_completed=True)

    [moved] = change(end_date=date(2026, 12, 31))
    assert moved.due_date == date(2026, 12, 31) and moved.completed_on is None
    [done] = change(status="completed")
    assert done.completed_on is not None
    assert change(status="cancelled") == []


def test_the_window_offers_exactly_the_workflow_steps_the_service_allows(world):
    """For every person and every step from every state, may_move (what the detail pane
    shows) and move_assessment (what is done) give the same answer."""
    from app.models.codes import WorkflowState

    db, rec_id, moj, people = world
    with as_(db, people["secretariat"]) as session:
        assessment = tracking.add_assessment(session, recommendation_id=rec_id,
                                             institution_id=moj, period="2026-H1",
                                             status_code="in_progress", narrative="Draft law")
    paths = {WorkflowState.DRAFT: [], WorkflowState.SUBMITTED: ["submitted"],
             WorkflowState.VALIDATED: ["submitted", "validated"],
             WorkflowState.RETURNED: ["submitted", "returned"],
             WorkflowState.ACCEPTED: ["submitted", "validated", "accepted"]}
    doers = {"submitted": "moj focal point", "validated": "moj validator",
             "returned": "moj validator", "accepted": "secretariat"}
    compared = 0
    for state, path in paths.items():
        for step in WorkflowState:
            for name, actor in people.items():
                with as_(db, people["secretariat"]) as session:
                    session.get(Assessment, assessment).workflow_state = WorkflowState.DRAFT
                for taken in path:
                    with as_(db, people[doers[taken]]) as session:
                        tracking.move_assessment(session, assessment, taken, comment="why")
                offered = tracking.may_move(actor, state, step, moj)
                try:
                    with as_(db, actor) as session:
                        tracking.move_assessment(session, assessment, step, comment="why")
                    done = True
                except PermissionDenied:
                    done = False
                except Exception as error:  # no such step
                    assert "cannot go from" in str(error)
                    done = False
                assert offered == done, (name, state, step)
                compared += 1
    assert compared == len(paths) * len(WorkflowState) * len(people)
