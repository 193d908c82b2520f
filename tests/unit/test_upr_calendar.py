"""A table that gives a State and a year is placed in its UPR review by the shipped calendar
of sessions (issue 25, point 3)."""

import csv
from dataclasses import replace

from sqlalchemy import select

from app.importers.engine import ImportOptions, run_import
from app.importers.model import ReviewInfo
from app.importers.upr_calendar import UprCalendar
from app.models import Review
from tests.builders import upr_info_csv


def state_year_table(path, rows):
    """rows: (State, Year or "", Session or "", Recommendation, Recommending State)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["State", "Year", "Session", "Recommendation", "Recommending State",
                         "Position"])
        for state, year, session, text, recommending in rows:
            writer.writerow([state, year, session, text, recommending, "Supported"])
    return path


# A researcher's list of UPR recommendations: the mechanism given for the whole file
COMPILED = ImportOptions(review=ReviewInfo(mechanism="UPR"), mapping={
    "state": "State", "year": "Year", "session": "Session", "text": "Recommendation",
    "recommending_states": "Recommending State", "position": "Position"})


def reviews(db):
    with db.read() as session:
        return sorted((r.cycle, r.session, r.year) for r in session.scalars(select(Review)))


def test_the_calendar_lists_every_session_in_order_with_its_cycle():
    calendar = UprCalendar.shipped()
    numbers = [s.number for s in calendar.sessions]
    assert numbers == list(range(1, len(numbers) + 1))
    opened = [(s.year, s.month) for s in calendar.sessions]
    assert opened == sorted(opened) and all(1 <= month <= 12 for _, month in opened)
    cycles = [s.cycle for s in calendar.sessions]
    assert cycles == sorted(cycles)
    assert [calendar.cycle_of_session(n) for n in (1, 12, 13, 26, 27, 36, 40, 41)] == [
        1, 1, 2, 2, 3, 3, 3, 4]
    assert calendar.sessions[35].year == 2020 and calendar.sessions[35].month == 11
    assert calendar.cycle_of_session(len(numbers) + 1) is None


def test_a_year_names_the_cycles_held_in_it_and_those_adopted_in_it():
    calendar = UprCalendar.shipped()
    assert calendar.cycles_of_year(2019) == [3]
    assert calendar.cycles_held(2012) == [2]
    assert calendar.cycles_of_year(2012) == [1, 2]  # session 12, October 2011, adopted 2012
    assert calendar.cycles_held(2022) == [3, 4]


def test_a_state_and_a_year_create_the_review_of_that_cycle(db, tmp_path):
    table = state_year_table(tmp_path / "compiled.csv", [
        ("Egypt", "2019", "", "Ratify the Optional Protocol to the Convention against Torture",
         "France"),
        ("Egypt", "2019", "", "Abolish the death penalty", "Spain")])
    summary = run_import(db, [table], COMPILED)
    assert not summary.rejected
    assert [review.placed() for review in summary.reviews] == [
        "UPR Egypt, cycle 3, 2019 (new review)"]
    assert reviews(db) == [(3, None, 2019)]


def test_a_state_and_a_year_join_the_review_of_that_cycle_already_in_the_register(db, tmp_path):
    run_import(db, [upr_info_csv(tmp_path / "upr-info.csv", [
        ("Egypt", "Abolish the death penalty", "Spain", "Noted", 4, "", 34)])], ImportOptions())
    table = state_year_table(tmp_path / "compiled.csv", [
        ("Egypt", "2020", "", "Abolish the death penalty", "Spain"),
        ("Egypt", "2020", "", "Ratify the Optional Protocol to the Convention against Torture",
         "France")])
    summary = run_import(db, [table], COMPILED)
    assert (summary.reviews_created, summary.created, summary.updated) == (0, 1, 1)
    assert [review.placed() for review in summary.reviews] == [
        "UPR Egypt, cycle 3, session 34 (already in the register)"]
    assert reviews(db) == [(3, 34, 2020)]  # the year it lacked, as the file gives it


def test_a_year_of_two_cycles_is_refused_until_the_register_or_the_file_says_which(db, tmp_path):
    rows = [("Egypt", "2022", "", f"Recommendation number {n}", "Chile") for n in range(3)]
    refused = run_import(db, [state_year_table(tmp_path / "2022.csv", rows)], COMPILED)
    assert len(refused.rejected) == 1 and refused.rows_rejected == 3
    assert str(refused.rejected[0]) == (
        "2022.csv, row 2 and 2 other rows with the same value: year: UPR sessions of cycles "
        "3, 4 were held in 2022; give the cycle or the session (a Cycle or Session column, or "
        "CLI --cycle)")
    assert reviews(db) == []
    run_import(db, [upr_info_csv(tmp_path / "upr-info.csv", [
        ("Egypt", "Abolish the death penalty", "Spain", "Noted", 4, "", 41)])], ImportOptions())
    joined = run_import(db, [state_year_table(tmp_path / "2022.csv", rows)], COMPILED)
    assert (joined.rows_rejected, joined.reviews_created, joined.created) == (0, 0, 3)
    assert reviews(db) == [(4, 41, 2022)]


def test_a_year_outside_the_calendar_and_a_session_without_a_cycle(db, tmp_path):
    last = UprCalendar.shipped().last_year
    table = state_year_table(tmp_path / "compiled.csv", [
        ("Egypt", str(last + 3), "", "Abolish the death penalty", "Spain"),
        ("Egypt", "", "UPR 20", "Ratify the Optional Protocol to the Convention against "
         "Torture", "France")])
    summary = run_import(db, [table], replace(COMPILED, accept_partial=True))
    assert [str(r) for r in summary.rejected] == [
        f"compiled.csv, row 2: year: {last + 3} is outside the UPR calendar (2008 to {last}); "
        "give the cycle or the session (a Cycle or Session column, or CLI --cycle)"]
    assert reviews(db) == [(2, 20, None)]
