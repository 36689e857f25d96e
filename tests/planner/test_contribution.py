"""What a catalogue item would give each credential, read off the engine's own rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cetrack.core.catalogue.model import Catalogue
from cetrack.core.engine import evaluate
from cetrack.core.planner import TOTAL, item_contributions, open_gaps, rank_by_gaps
from tests.planner import (
    AS_OF,
    LIBRARY,
    MLS,
    MLS_28,
    course,
    credential,
    done,
    event,
    ledger,
)

BOTH = MLS + credential("amt", "amt/MT", certified_on="2024-03-15")


def test_open_gaps_are_the_engines_missing_credit_with_a_deadline():
    mls, amt = open_gaps(ledger(BOTH, MLS_28), AS_OF, LIBRARY)
    assert mls.is_open and amt.is_open
    assert {g.requirement: g.missing for g in mls.gaps} == {
        "safety": 100,
        "hematology": 200,
        TOTAL: 800,
    }
    assert mls.deficit == mls.missing == 800
    # ASCP: the declaration closes 30 days before the credential expires on 2027-06-30.
    assert (mls.deadline, mls.deadline_basis) == (date(2027, 5, 31), "the declaration closes")
    # AMT: the three-year cycle from certification ends 2027-03-14; no declaration window.
    assert (amt.deadline, amt.deadline_basis) == (date(2027, 3, 14), "the cycle ends")
    assert amt.deficit == 1700
    assert [c.id for c in mls.caps] == ["academic"] and mls.caps[0].limit == 1800


def test_an_item_counts_where_the_rule_set_accepts_it():
    person = ledger(BOTH, MLS_28)
    gaps = open_gaps(person, AS_OF, LIBRARY)
    mls, amt = item_contributions(course("x", 2, ("hematology", "safety"), 10), gaps, person.person)
    assert (mls.credit, mls.requirements, mls.reason) == (
        200,
        ("safety", "hematology", TOTAL),
        None,
    )
    assert (amt.credit, amt.requirements) == (200, (TOTAL,))
    # Not accredited: ASCP refuses it with its own words; AMT applies no accreditation list.
    mls, amt = item_contributions(
        course("y", 2, ("hematology",), 10, accreditation="none"), gaps, person.person
    )
    assert mls.credit == 0 and "ASCP accepts formal CE from" in (mls.reason or "")
    assert amt.credit == 200


def test_units_are_converted_by_each_rule_set():
    person = ledger(BOTH, MLS_28)
    gaps = open_gaps(person, AS_OF, LIBRARY)
    ceu = course("ceu", "0.2", ("chemistry",), 10, unit="ceu")
    minutes = course("min", 100, ("chemistry",), 10, unit="minutes")
    academic = course(
        "univ",
        3,
        ("chemistry",),
        10,
        unit="semester_hours",
        kind="degree-program",
        accreditation="university",
    )
    assert [c.credit for c in item_contributions(ceu, gaps, person.person)] == [200, 200]
    assert [c.credit for c in item_contributions(minutes, gaps, person.person)] == [200, 200]
    mls, amt = item_contributions(academic, gaps, person.person)
    assert (mls.credit, mls.cap) == (4500, "academic")  # capped at 18 when allocated
    assert amt.credit == 0 and "publishes no conversion" in (amt.reason or "")


def test_a_live_pace_day_earns_at_most_seven_hours():
    person = ledger(MLS, MLS_28)
    gaps = open_gaps(person, AS_OF, LIBRARY)
    day = event("long-day", date(2027, 2, 1), 9, ("hematology",), 10, kind="workshop")
    (mls,) = item_contributions(day, gaps, person.person)
    assert mls.credit == 700


def test_dates_count_against_each_deadline():
    person = ledger(BOTH, MLS_28)
    gaps = open_gaps(person, AS_OF, LIBRARY)
    april = event("april", date(2027, 4, 2), 2, ("hematology",), 10)
    mls, amt = item_contributions(april, gaps, person.person)
    assert mls.credit == 200
    assert amt.credit == 0 and "after 2027-03-14" in (amt.reason or "")


def test_florida_medical_errors_need_board_approval():
    person = ledger(
        credential("fl", "fl/technologist", categories='["chemistry"]'),
        done("chem", "2026-09-12", "hours = 1", '["chemistry"]'),
    )
    gaps = open_gaps(person, AS_OF, LIBRARY)
    plain = course("errors", 2, ("medical-errors",), 5)
    approved = course("errors-fl", 2, ("medical-errors",), 5, approvals=("fl",))
    # A P.A.C.E. course without a Florida approval does not count for Florida at all.
    (fl,) = item_contributions(plain, gaps, person.person)
    assert fl.credit == 0 and fl.requirements == ()
    assert "approved by the Florida Board" in (fl.reason or "")
    (fl,) = item_contributions(approved, gaps, person.person)
    assert fl.credit == 200 and fl.requirements == ("medical-errors", TOTAL)


def test_rank_by_gaps_puts_what_fills_the_gaps_first():
    person = ledger(BOTH, MLS_28)
    items = Catalogue(
        (
            course("hem-saf", 3, ("hematology", "safety"), 35),
            course("saf", 1, ("safety",), 10),
            course("mgmt", 1, ("management",), 1),
            course("none", 3, ("hematology",), 1, accreditation="none"),
            event("late", date(2027, 7, 1), 3, ("hematology", "safety"), 0),
        )
    )
    evaluation = evaluate(person, AS_OF, LIBRARY)
    ranked = rank_by_gaps(items, evaluation, AS_OF)
    assert [r.item.id for r in ranked] == ["hem-saf", "none", "mgmt", "saf"]
    top = ranked[0]
    assert {(h.credential, h.requirement, h.hundredths) for h in top.helps} == {
        ("mls", "hematology", 200),
        ("mls", "safety", 100),
        ("mls", TOTAL, 300),
        ("amt", TOTAL, 300),
    }
    assert top.useful == 600 and top.credentials == ("mls", "amt")
    assert ranked[1].credentials == ("amt",)  # ASCP refuses unaccredited CE
    cheapest = rank_by_gaps(items, evaluation, AS_OF, by="price")
    assert cheapest[0].item.id == "none" and cheapest[0].price == Decimal(1)
