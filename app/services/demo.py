"""Deterministic demo data about a fictional State (never real recommendation texts).

`populate_demo(session, info, size=...)` fills a new database: reviews across the UPR, treaty
bodies and a special procedure, recommendations, institutions with focal points, assignments,
clusters, actions, indicators with value series, assessments in every workflow state,
deadlines (some overdue) and a few evidence files. The same seed and `today` give the same
data; `size` scales it (benchmarks use 100,000).
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.reference_data import read_reference_table, reference_id
from app.models import AffectedGroup, DatabaseInfo, State, Theme
from app.models.codes import ActionStatus, StatusCode, WorkflowState
from app.paths import resource_path
from app.progress import Progress
from app.services import clusters, register, tracking
from app.services import institutions as inst_service
from app.services.evidence import EvidenceSpec, store_evidence
from app.services.permissions import VALIDATING_AUTHORITY, Actor, acting_as

DEMO_STATE_ISO3 = "XVR"  # ISO 3166 reserves X.. codes for user-assigned, fictional use
DEMO_STATE_NAME = "Republic of Veridia (fictional)"
DEMO_TITLE = "DEMO — fictional Republic of Veridia (generated data, not real recommendations)"


# Review: mechanism, share of recommendations, cycle, year, symbol, paragraph, title
_REVIEWS = [
    ("UPR", 0.30, 3, 2020, "DEMO/A/HRC/46/9", "128", "Universal Periodic Review, third cycle"),
    ("UPR", 0.40, 4, 2025, "DEMO/A/HRC/61/12", "142", "Universal Periodic Review, fourth cycle"),
    ("CRC", 0.10, None, 2022, "DEMO/CRC/C/XVR/CO/5-6", "", "Concluding observations (CRC)"),
    ("CEDAW", 0.08, None, 2023, "DEMO/CEDAW/C/XVR/CO/8", "", "Concluding observations (CEDAW)"),
    ("CAT", 0.07, None, 2021, "DEMO/CAT/C/XVR/CO/3", "", "Concluding observations (CAT)"),
    ("SP-EDUCATION", 0.05, None, 2024, "DEMO/A/HRC/59/40/Add.1", "",
     "Visit of the Special Rapporteur on the right to education"),
]
_QUALIFIERS = [
    "",
    ", in consultation with civil society",
    ", with a clear timeline and dedicated budget",
    ", and report on progress in its next report",
    ", in line with its international obligations",
    ", paying particular attention to rural areas",
    ", including through international cooperation",
]
_SDG_BY_THEME = {
    "E22": ["2.1"], "E41": ["3.8"], "E43": ["3.7", "5.6"], "E51": ["4.1"], "E52": ["4.5"],
    "F13": ["5.2"], "D29": ["5.2"], "F12": ["5.1"], "F31": ["5.3"], "F14": ["5.5"],
    "E26": ["6.1", "6.2"], "E32": ["8.5", "8.8"], "G4": ["8.8", "10.7"], "F33": ["8.7"],
    "E24": ["1.3"], "E25": ["1.2"], "B31": ["10.3", "16.b"], "D6": ["16.9"], "D51": ["16.3"],
    "D43": ["16.10"], "A45": ["16.a"], "B73": ["13.1"], "D27": ["16.2"], "F42": ["11.2"],
    "F45": ["4.5"], "A62": ["17.18"], "H1": ["16.10"],
}
_STATUSES = [StatusCode.IN_PROGRESS, StatusCode.PARTIALLY_IMPLEMENTED,
             StatusCode.FULLY_IMPLEMENTED, StatusCode.NOT_STARTED, StatusCode.IN_PROGRESS,
             StatusCode.PARTIALLY_IMPLEMENTED, StatusCode.NOT_IMPLEMENTED]


@dataclass
class _Institution:
    id: str
    code: str
    prefixes: tuple[str, ...]
    focal_point: str
    validator: str


def _demo_state(session: Session) -> str:
    state = session.scalar(select(State).where(State.iso3 == DEMO_STATE_ISO3))
    if state is None:
        state = State(iso3=DEMO_STATE_ISO3, name=DEMO_STATE_NAME, un_status="fictional",
                      is_fictional=True)
        session.add(state)
        session.flush()
    return state.id


def _people_names(rng: random.Random) -> Callable[[], str]:
    lines = [line.split() for line in
             resource_path("demo", "names.txt").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    given, family = lines
    return lambda: f"{rng.choice(given)} {rng.choice(family)}"


def _institutions(session: Session, rng: random.Random) -> list[_Institution]:
    name = _people_names(rng)
    made = []
    secretariat = inst_service.add_institution(
        session, "SEC", "NMRF Secretariat (Ministry of Foreign Affairs)", "secretariat"
    )
    inst_service.add_person(session, secretariat, name(), "secretariat", title="Coordinator")
    for code, kind, label, prefixes in read_reference_table("institutions.tsv", folder="demo"):
        institution_id = inst_service.add_institution(session, code, label, kind)
        focal = inst_service.add_person(
            session, institution_id, name(), "focal_point_main", title="Human rights focal point",
            email=f"focal.point@{code.lower()}.demo.invalid",
        )
        inst_service.add_person(session, institution_id, name(), "focal_point_alternate")
        validator = inst_service.add_person(
            session, institution_id, name(), "validating_authority", title="Director-General"
        )
        made.append(_Institution(institution_id, code, tuple(prefixes.split()), focal, validator))
    return made


def _lead_for(theme_code: str, institutions: list[_Institution], rng: random.Random):
    matching = [i for i in institutions if any(theme_code.startswith(p) for p in i.prefixes)]
    return rng.choice(matching or institutions)


def _pdf_bytes(title: str, lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.setTitle(title)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, 770, title)
    pdf.setFont("Helvetica", 10)
    for offset, line in enumerate(["DEMO DOCUMENT — fictional data", *lines]):
        pdf.drawString(72, 740 - 16 * offset, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def populate_demo(
    session: Session,
    info: DatabaseInfo,
    *,
    size: int = 300,
    seed: int = 2026,
    today: date | None = None,
    progress: Progress | None = None,
) -> None:
    rng = random.Random(seed)
    today = today or date.today()
    report = progress or (lambda done, total, text: None)
    state_id = _demo_state(session)
    info.state_id, info.title, info.is_demo = state_id, DEMO_TITLE, True

    templates = list(read_reference_table("recommendations.tsv", folder="demo"))
    theme_ids = {code: reference_id("theme", code)
                 for code, _ in read_reference_table("themes.tsv")}
    known_themes = set(session.scalars(select(Theme.code)))
    groups = list(session.scalars(select(AffectedGroup.id).order_by(AffectedGroup.code)))
    recommenders = list(session.scalars(
        select(State.id).where(State.un_status == "member").order_by(State.iso3)))
    institutions = _institutions(session, rng)

    rec_ids: list[tuple[str, str, _Institution | None]] = []
    for mechanism, share, cycle, year, symbol, paragraph, title in _REVIEWS:
        adopted = date(year, 3, 15)
        review_id = register.add_review(session, register.ReviewSpec(
            mechanism_code=mechanism, state_id=state_id, title=title, symbol=symbol,
            cycle=cycle, year=year, adoption_date=adopted,
            midterm_due_date=adopted + timedelta(days=913) if mechanism == "UPR" else None,
            next_review_date=adopted + timedelta(days=1643) if mechanism == "UPR" else None,
        ))
        if mechanism == "UPR":
            tracking.add_deadline(session, kind="midterm_report", review_id=review_id,
                                  title=f"Mid-term report, UPR cycle {cycle}",
                                  due_date=adopted + timedelta(days=913),
                                  completed_on=adopted + timedelta(days=900)
                                  if cycle == 3 else None)
        else:
            tracking.add_deadline(session, kind="report_due", review_id=review_id,
                                  title=f"Next periodic report to {mechanism}",
                                  due_date=adopted + timedelta(days=365 * 4))
        count = max(1, round(size * share))
        for number in range(1, count + 1):
            theme_code, template = rng.choice(templates)
            upr = mechanism == "UPR"
            position = (rng.choices(["supported", "noted", "supported_in_part"], [75, 20, 5])[0]
                        if upr else "not_applicable")
            rec_id = register.add_recommendation(session, register.RecommendationSpec(
                review_id=review_id,
                reference=f"{paragraph}.{number}" if upr else f"{number}({'abcd'[number % 4]})",
                text=template + rng.choice(_QUALIFIERS) + ".",
                position_code=position,
                position_source=f"{symbol}/Add.1" if upr else None,
                action_category=rng.randint(2, 5) if upr else None,
                recommending_state_ids=rng.sample(recommenders, rng.choice([1, 1, 1, 2, 3]))
                if upr else [],
                theme_ids=[theme_ids[c] for c in {theme_code, rng.choice(templates)[0]}
                           if c in known_themes],
                affected_group_ids=rng.sample(groups, rng.choice([0, 1, 1, 2])),
                sdg_target_ids=[reference_id("sdg_target", t)
                                for t in _SDG_BY_THEME.get(theme_code, [])],
            ))
            lead = None if rng.random() < 0.06 else _lead_for(theme_code, institutions, rng)
            if lead is not None:
                inst_service.assign(session, lead.id, "lead", recommendation_id=rec_id)
                for helper in rng.sample([i for i in institutions if i is not lead],
                                         rng.choice([0, 1, 1, 2])):
                    inst_service.assign(session, helper.id, "supporting", recommendation_id=rec_id)
            rec_ids.append((rec_id, theme_code, lead))
            if len(rec_ids) % 200 == 0:
                report(len(rec_ids), size, "recommendations")
    _clusters(session, rng, rec_ids)
    _plan_and_follow_up(session, rng, today, rec_ids, institutions)
    report(size, size, "done")


def _clusters(session: Session, rng: random.Random, rec_ids) -> None:
    by_theme: dict[str, list[str]] = {}
    for rec_id, theme_code, _ in rec_ids:
        by_theme.setdefault(theme_code[:2], []).append(rec_id)
    names = {"F1": "Gender equality and violence against women", "D2": "Torture and detention",
             "E5": "Inclusive education", "F3": "Children's rights", "A4": "National framework"}
    for prefix, name in names.items():
        members = by_theme.get(prefix, [])
        if members:
            cluster_id = clusters.create_cluster(session, name, "Demo cluster")
            clusters.add_members(session, cluster_id, members[:40])


def _plan_and_follow_up(session, rng, today, rec_ids, institutions) -> None:
    assigned = [(r, t, lead) for r, t, lead in rec_ids if lead is not None]
    workflow_cycle = [WorkflowState.DRAFT, WorkflowState.SUBMITTED, WorkflowState.VALIDATED,
                      WorkflowState.ACCEPTED, WorkflowState.ACCEPTED, WorkflowState.RETURNED]
    for index, (rec_id, theme_code, lead) in enumerate(assigned):
        if index % 6 == 0:
            start = today - timedelta(days=rng.randint(60, 700))
            end = start + timedelta(days=rng.randint(120, 900))
            status = ActionStatus.COMPLETED if end < today and rng.random() < 0.5 else (
                ActionStatus.ONGOING if start < today else ActionStatus.PLANNED)
            following = assigned[index + 1:index + 4]
            linked = [rec_id] + [r for r, _, other in following if other is lead]
            action_id = tracking.add_action(session, tracking.ActionSpec(
                title=f"Implementation measure {index // 6 + 1} ({lead.code})",
                description="Demo action drawn up by the secretariat with the lead institution.",
                expected_outcome="Measurable progress reported at mid-term.",
                start_date=start, end_date=end, status=status,
                budget_amount=float(rng.randrange(5, 500) * 1000), budget_currency="USD",
                recommendation_ids=linked, lead_institution_id=lead.id,
            ))
            if index % 18 == 0:
                _indicator(session, rng, today, rec_id, action_id, lead)
        if index % 10 < 7:
            state = workflow_cycle[index % len(workflow_cycle)]
            assessment_id = tracking.add_assessment(
                session, recommendation_id=rec_id, institution_id=lead.id, period="2026-H1",
                status_code=rng.choice(_STATUSES), author_id=lead.focal_point,
                narrative="Demo progress update: measures under way as described in the plan.",
                next_steps="Continue implementation and report at mid-term.",
            )
            steps = list(WorkflowState)  # draft, submitted, validated, accepted, returned
            path = steps[1:steps.index(state) + 1]
            if state == WorkflowState.RETURNED:
                path = [WorkflowState.SUBMITTED, WorkflowState.RETURNED]
            validator = Actor("Demo validating authority", VALIDATING_AUTHORITY, lead.id)
            for step in path:
                # Validating and returning a submission are the ministry's validator's acts.
                by_validator = step in (WorkflowState.VALIDATED, WorkflowState.RETURNED)
                with acting_as(session, validator) if by_validator else nullcontext():
                    tracking.move_assessment(
                        session, assessment_id, step,
                        person_id=lead.validator if step == WorkflowState.VALIDATED else None,
                        comment="Please add the figures for 2025." if step == WorkflowState.RETURNED
                        else None,
                    )
            if index % 40 == 0:
                store_evidence(session, EvidenceSpec(
                    content=_pdf_bytes("Circular on implementation", [f"Institution: {lead.code}",
                                                                      f"Theme: {theme_code}"]),
                    original_name=f"circular-{lead.code.lower()}-{index}.pdf",
                    title=f"Ministerial circular ({lead.code})", evidence_date=today,
                    assessment_id=assessment_id,
                ))


def _indicator(session, rng, today, rec_id, action_id, lead) -> None:
    baseline = float(rng.randint(10, 60))
    target = baseline + rng.randint(10, 40)
    indicator_id = tracking.add_indicator(session, tracking.IndicatorSpec(
        name=f"Share of cases handled within the legal time limit ({lead.code})",
        kind=rng.choice(["structural", "process", "outcome"]), unit="%",
        baseline_value=baseline, baseline_date=today - timedelta(days=3 * 365),
        target_value=target, target_date=today + timedelta(days=2 * 365),
        direction="increase", disaggregation="sex, age, region",
        data_source="Administrative records (demo)", institution_id=lead.id,
        recommendation_ids=[rec_id], action_ids=[action_id],
    ))
    value = baseline
    for year_back in (2, 1, 0):
        value += rng.uniform(-2, (target - baseline) / 3)
        value_date = date(today.year - year_back, 6, 30)
        value_id = tracking.record_indicator_value(
            session, indicator_id, period=str(value_date.year), value_date=value_date,
            value=round(value, 1), author_id=lead.focal_point, note="Demo value",
        )
        if year_back == 0:
            store_evidence(session, EvidenceSpec(
                content=f"year,value\n{value_date.year},{round(value, 1)}\n".encode(),
                original_name=f"indicator-{lead.code.lower()}-{value_date.year}.csv",
                title="Source table (demo)", indicator_value_id=value_id,
            ))
    tracking.add_deadline(session, kind="indicator_reporting", indicator_id=indicator_id,
                          institution_id=lead.id, title="Annual indicator value due",
                          due_date=date(today.year, 6, 30) + timedelta(days=rng.choice([-40, 25])))
