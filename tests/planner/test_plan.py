"""The renewal planner in the domain's language: a person's gaps, a small catalogue, a plan.

Each test writes a ledger inline, a hand-made catalogue, asks for the cheapest plan and checks
what a technician would see: what to buy, what it costs, and the engine's verdict afterwards.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from cetrack.core.catalogue.model import Catalogue, CatalogueItem
from cetrack.core.engine import MET, evaluate
from cetrack.core.ledger import Ledger
from cetrack.core.planner import (
    greedy_plan,
    item_activity,
    make_plan,
    plan_json,
    render_plan_text,
)
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
    package,
)

# Missing: hematology 2, safety 1, total 8 points (5 of them in any area).
MLS_CATALOGUE = (
    course("hem-a", 2, ("hematology",), 20),
    course("hem-b", 3, ("hematology",), 45),
    course("hem-saf", 3, ("hematology", "safety"), 35),
    course("saf-a", 1, ("safety",), 10),
    course("mgmt-5", 5, ("management",), 25),
    course("chem-3", 3, ("chemistry",), 12),
    course("qc-2", 2, ("quality",), 9),
    course("hem-big", 8, ("hematology",), 200),
    course("unaccredited", 8, ("hematology", "safety"), 1, accreditation="none"),
)


def plan_for(person: Ledger, items: tuple[CatalogueItem, ...] | list[CatalogueItem], **options):
    return make_plan(person, Catalogue(tuple(items)), as_of=AS_OF, library=LIBRARY, **options)


def test_closes_ascp_mls_gaps_at_least_cost():
    plan = plan_for(ledger(MLS, MLS_28), MLS_CATALOGUE)
    assert plan.status == "optimal"
    # 2 hematology ($20) + 1 safety ($10) + 5 more points as 3 + 2 ($12 + $9) = $51.
    assert plan.cost == Decimal(51)
    assert set(plan.purchases) == {"hem-a", "saf-a", "chem-3", "qc-2"}
    assert plan.coverage["mls"] == (2800, 3600)
    assert plan.confirmed
    (row,) = plan.credentials
    assert row.status_before != MET and row.status_after == MET
    assert "unaccredited" not in plan.purchases  # ASCP does not accept it, however cheap


def test_a_package_beats_buying_the_courses_one_by_one():
    items = [
        *MLS_CATALOGUE,
        course("pk-hem", 3, ("hematology",), None),  # only in the package
        course("pk-saf", 1, ("safety",), 10),
        course("pk-gen", 4, ("general",), None),
        package("bundle", 30, ("pk-hem", "pk-saf", "pk-gen")),
    ]
    plan = plan_for(ledger(MLS, MLS_28), items)
    assert plan.status == "optimal"
    assert plan.purchases == ("bundle",)
    assert plan.cost == Decimal(30)
    assert {i.id: i.via for i in plan.items} == {
        "pk-hem": "bundle",
        "pk-saf": "bundle",
        "pk-gen": "bundle",
    }
    assert all(i.price == 0 for i in plan.items)
    assert plan.confirmed


def test_greedy_is_strictly_worse_when_a_conference_covers_two_gaps():
    # Missing hematology 2, safety 1 and microbiology 2 (5 points, all in areas).
    mls = ledger(
        MLS,
        done("chem", "2025-03-01", "points = 2", '["chemistry"]')
        + done("bb", "2025-04-01", "points = 2", '["blood-banking"]')
        + done("ethics", "2025-06-01", "points = 1", '["ethics"]')
        + done("mgmt", "2025-07-01", "points = 26", '["management"]'),
    )
    day = date(2027, 3, 10)
    items = [
        course("hem-cheap", 2, ("hematology",), 16),  # $8 a point: greedy's first pick
        course("saf-dear", 1, ("safety",), 20),
        course("micro-dear", 2, ("microbiology",), 40),
        CatalogueItem(
            "conf",
            "conference",
            "Spring meeting",
            price=Decimal(50),
            accreditation="pace",
            format="in-person",
            start=day,
            end=day,
            includes=("s-hem", "s-saf", "s-micro"),
        ),
        event("s-hem", day, 2, ("hematology",), None, kind="conference-session"),
        event("s-saf", day, 1, ("safety",), None, kind="conference-session"),
        event("s-micro", day, 2, ("microbiology",), None, kind="conference-session"),
    ]
    best = plan_for(mls, items)
    greedy = greedy_plan(mls, Catalogue(tuple(items)), as_of=AS_OF, library=LIBRARY)
    assert best.status == "optimal" and best.purchases == ("conf",)
    assert best.cost == Decimal(50)
    assert greedy.status == "feasible" and greedy.confirmed
    assert greedy.cost == Decimal(66)  # hem-cheap, then the conference anyway
    assert greedy.cost > best.cost
    assert any("cheapest credit first would cost $66" in line for line in best.explanation)
    assert all(i.date == day for i in best.items)
    assert best.schedule == (("2027-03", ("s-hem", "s-micro", "s-saf")),)


def test_one_item_counts_toward_two_credentials():
    # MLS: 38 points but hematology 2 and safety 1 missing; AMT MT: 38 of 45 points.
    both = ledger(
        MLS + credential("amt", "amt/MT", certified_on="2024-03-15"),
        MLS_28 + done("amt-rest", "2025-08-01", "points = 10", '["management"]'),
    )
    items = [
        course("hem-saf", 8, ("hematology", "safety"), 40),
        course("hem", 8, ("hematology",), 35),
        course("saf", 1, ("safety",), 10),
    ]
    plan = plan_for(both, items)
    assert plan.status == "optimal" and plan.confirmed
    # One $40 course closes both: bought once, counted for each.
    assert plan.purchases == ("hem-saf",) and plan.cost == Decimal(40)
    (item,) = plan.items
    assert item.credentials == ("mls", "amt")
    assert plan.coverage == {"mls": (3300, 3600), "amt": (3800, 4500)}


def test_budget_too_small_gives_the_best_partial_plan_and_names_the_gap():
    plan = plan_for(ledger(MLS, MLS_28), MLS_CATALOGUE, budget=40)
    # $51 closes everything; within $40 the least missing is 2 points (safety closed and 6 of
    # the 8 points, hematology still short 2), for $31.
    assert plan.status == "partial" and not plan.confirmed
    assert plan.purchases == ("chem-3", "qc-2", "saf-a") and plan.cost == Decimal(31)
    assert plan.coverage["mls"] == (2800, 3400)
    (hematology, total) = plan.gaps_left
    assert (hematology.requirement, hematology.missing) == ("hematology", 200)
    assert "not within the budget of $40" in hematology.reason
    assert "“Course hem-a”" in hematology.reason and "hem-a" in hematology.candidates
    assert "unaccredited" not in hematology.candidates  # ASCP refuses it: nothing to check
    assert (total.requirement, total.missing) == ("total", 200)
    text = "\n".join(plan.explanation)
    assert (
        "budget too small: $40 available, but the cheapest way to close every gap costs $51" in text
    )
    assert "MLS(ASCP) is missing" in text and "Hematology 2" in text


def test_an_event_after_the_deadline_is_not_used():
    # ASCP declarations close 30 days before the cycle end (2027-06-30): 2027-05-31.
    items = [
        *MLS_CATALOGUE,
        event(
            "webinar-late",
            date(2027, 6, 10),
            8,
            ("hematology", "safety"),
            0,
            accreditation="accent",
        ),
        event(
            "webinar-past",
            AS_OF - timedelta(days=3),
            8,
            ("hematology", "safety"),
            0,
            accreditation="accent",
        ),
    ]
    plan = plan_for(ledger(MLS, MLS_28), items)
    assert plan.cost == Decimal(51)
    assert "webinar-late" not in {i.id for i in plan.items}
    on_time = [
        *items,
        event(
            "webinar-ok", date(2027, 5, 20), 8, ("hematology", "safety"), 0, accreditation="accent"
        ),
    ]
    plan = plan_for(ledger(MLS, MLS_28), on_time)
    assert plan.cost == 0 and [i.id for i in plan.items] == ["webinar-ok"]
    assert plan.items[0].date == date(2027, 5, 20)


def test_nothing_before_the_deadline_explains_the_dates():
    items = [event("late-hem", date(2027, 6, 10), 2, ("hematology",), 5)]
    plan = plan_for(ledger(MLS, MLS_28), [*items, course("gen", 8, ("safety",), 1)])
    assert plan.status == "partial"
    assert plan.purchases == ("gen",)  # what can be closed is: safety and the total but 2
    (hematology,) = plan.gaps_left
    assert hematology.name == "Hematology" and hematology.missing == 200
    assert "“Course late-hem” (10 Jun 2027) — after every deadline" in hematology.reason
    assert "before 31 May 2027" in hematology.reason
    assert hematology.candidates == ()  # an event after the deadline is nothing to check


def test_every_event_after_the_deadline_leaves_everything_open():
    items = [
        event(f"late-{n}", date(2027, 6, 10 + n), 8, ("hematology", "safety"), 5) for n in range(3)
    ]
    plan = plan_for(ledger(MLS, MLS_28), items)
    assert plan.status == "partial" and not plan.items and plan.cost == 0
    assert plan.coverage["mls"] == (2800, 2800)
    assert {g.requirement for g in plan.gaps_left} == {"hematology", "safety", "total"}
    assert all("after every deadline" in g.reason for g in plan.gaps_left)
    assert "nothing in the catalogue closes any of them" in plan.explanation[0]


def test_hours_per_week_limit():
    # 8 points missing in any area: one semester hour (15 points, capped at 18) is cheapest, but
    # takes 45 hours; eight one-point courses take 8.
    mls = ledger(
        MLS,
        done("chem", "2025-03-01", "points = 2", '["chemistry"]')
        + done("bb", "2025-04-01", "points = 2", '["blood-banking"]')
        + done("micro", "2025-05-01", "points = 2", '["microbiology"]')
        + done("hem", "2025-05-02", "points = 2", '["hematology"]')
        + done("saf", "2025-05-03", "points = 1", '["safety"]')
        + done("ethics", "2025-06-01", "points = 1", '["ethics"]')
        + done("mgmt", "2025-07-01", "points = 18", '["management"]'),
    )
    items = [
        course(
            "univ",
            1,
            ("chemistry",),
            30,
            kind="degree-program",
            unit="semester_hours",
            accreditation="university",
        ),
        *(course(f"one-{n}", 1, ("general",), 10) for n in range(10)),
    ]
    free = plan_for(mls, items)
    assert free.purchases == ("univ",) and free.cost == Decimal(30)
    assert free.hours == Decimal(45)
    # 27 weeks until 2027-05-31 at 1 hour a week: 27 hours, not 45.
    busy = plan_for(mls, items, hours_per_week=1)
    assert busy.status == "optimal" and busy.cost == Decimal(80) and busy.hours == Decimal(8)
    assert all(i.date is not None and i.date <= date(2027, 5, 31) for i in busy.items)
    assert busy.confirmed
    swamped = plan_for(mls, items, hours_per_week=Decimal("0.2"))
    # 0.2 hours a week until 31 May 2027 are 5.48 hours: five one-point courses, 3 points short.
    assert swamped.status == "partial" and swamped.hours == Decimal(5)
    assert all(i.date is not None and i.date <= date(2027, 5, 31) for i in swamped.items)
    (total,) = swamped.gaps_left
    assert total.missing == 300 and "not within 0.2 hours a week" in total.reason
    text = "\n".join(swamped.explanation)
    assert "hours per week too low" in text and "needs at least 8 hours" in text


def test_employer_paid_items_cost_nothing():
    items = [
        *MLS_CATALOGUE,
        course(
            "lab-hem-saf",
            8,
            ("hematology", "safety"),
            120,
            kind="in-service",
            accreditation="employer",
        ),
    ]
    plan = plan_for(ledger(MLS, MLS_28), items, employer_paid_ids=("lab-hem-saf",))
    assert plan.cost == 0 and [i.id for i in plan.items] == ["lab-hem-saf"]
    marked = [
        *MLS_CATALOGUE[:-1],
        course("own", 8, ("hematology", "safety"), 90, employer_paid=True),
    ]
    plan = plan_for(ledger(MLS, MLS_28), marked)
    assert plan.cost == 0 and plan.purchases == ()


FLORIDA = credential("fl", "fl/technologist", categories='["chemistry"]', license_number='"TC1"')
# Florida's biennium 2026-09-01 .. 2028-08-31: everything but 2 hours of medical errors.
FLORIDA_DONE = (
    done("hiv", "2026-09-10", "hours = 1", '["hiv-aids"]', approvals='["fl"]')
    + done("laws", "2026-09-11", "hours = 1", '["fl-laws-rules"]', approvals='["fl"]')
    + done("chem", "2026-09-12", "hours = 1", '["chemistry"]', approvals='["fl"]')
    + done("general", "2026-09-13", "hours = 19", '["management"]', approvals='["fl"]')
)


def test_florida_medical_errors_only_from_board_approved_courses():
    items = [
        course("errors-cheap", 2, ("medical-errors",), 5),
        course(
            "errors-fl", 2, ("medical-errors",), 25, accreditation="state-board", approvals=("fl",)
        ),
        course("general", 2, ("management",), 3),
    ]
    plan = plan_for(ledger(FLORIDA, FLORIDA_DONE), items)
    assert plan.status == "optimal" and plan.confirmed
    assert plan.purchases == ("errors-fl",) and plan.cost == Decimal(25)
    (row,) = plan.credentials
    assert row.deadline == date(2028, 8, 31)
    without = plan_for(ledger(FLORIDA, FLORIDA_DONE), items[:1] + items[2:])
    assert without.status == "partial" and not without.items
    errors = next(g for g in without.gaps_left if g.requirement == "medical-errors")
    assert errors.name == "Prevention of medical errors (board-approved)"
    assert "“Course errors-cheap” — accredited by ASCLS P.A.C.E., no FL board approval" in (
        errors.reason
    )
    assert errors.candidates == ("errors-cheap",)


def test_the_after_coverage_is_the_engines():
    person = ledger(MLS, MLS_28)
    plan = plan_for(person, MLS_CATALOGUE)
    by_id = {i.id: i for i in MLS_CATALOGUE}
    planned = tuple(item_activity(by_id[p.id], AS_OF, person.person) for p in plan.items)
    after = Ledger(person.person, person.credentials, person.activities + planned)  # type: ignore[operator]
    (mls,) = evaluate(after, date(2027, 5, 31), LIBRARY).credentials
    assert mls.status == MET and mls.missing == 0
    assert plan.coverage["mls"][1] == mls.required - mls.missing


def test_partial_plan_json_lists_the_gaps_left():
    plan = plan_for(ledger(MLS, MLS_28), MLS_CATALOGUE, budget=40)
    data = plan_json(plan)
    assert data["status"] == "partial" and data["cost"] == 31
    assert [set(g) for g in data["gaps_left"]] == [
        {"credential", "requirement", "name", "missing", "reason", "candidates"}
    ] * 2
    hematology = data["gaps_left"][0]
    assert hematology["credential"] == "mls" and hematology["requirement"] == "hematology"
    assert hematology["name"] == "Hematology" and hematology["missing"] == 2
    assert "hem-a" in hematology["candidates"]
    text = render_plan_text(plan)
    assert "PARTIAL" in text and "Gaps left:" in text and "Hematology 2 points" in text


def test_plan_json_has_exactly_the_documented_keys():
    plan = plan_for(ledger(MLS, MLS_28), MLS_CATALOGUE)
    data = plan_json(plan)
    assert set(data) == {
        "status",
        "cost",
        "hours",
        "purchases",
        "items",
        "coverage",
        "explanation",
        "gaps_left",
    }
    assert data["status"] == "optimal" and data["cost"] == 51 and data["hours"] == 8
    assert data["gaps_left"] == []
    assert data["coverage"] == {"mls": {"before": 28, "after": 36}}
    for row in data["items"]:
        assert set(row) <= {"id", "title", "price", "date", "credentials"}
        assert {"id", "title", "price", "credentials"} <= set(row)
    text = render_plan_text(plan)
    assert "before: 28 of 36 points" in text and "after:  36 of 36 points — met" in text
    assert "any time before 2027-05-31" in text and "Total cost: $51" in text


def test_a_met_credential_needs_no_plan():
    person = ledger(
        MLS, MLS_28 + done("more", "2026-01-01", "points = 8", '["hematology", "safety"]')
    )
    plan = plan_for(person, MLS_CATALOGUE)
    assert plan.status == "optimal" and plan.cost == 0 and not plan.items
    assert plan.coverage["mls"] == (3600, 3600)


def test_member_prices_and_formats():
    items = [
        course("hem-saf", 3, ("hematology", "safety"), 60, member_price=20),
        course("gen-5", 5, ("general",), 15, format="in-person"),
        course("gen-5-online", 5, ("general",), 40),
    ]
    member = plan_for(ledger(MLS, MLS_28), items, member=True)
    assert member.cost == Decimal(35)
    online = plan_for(ledger(MLS, MLS_28), items, member=True, formats=("online",))
    assert online.cost == Decimal(60)


def test_hours_per_week_with_two_deadlines_shifts_work_after_the_first():
    # California CLS (cycle ends 2027-01-31) misses 2 hours; MLS (declaration closes
    # 2027-05-31) misses 4 points. At 0.2 hours a week there are 2.05 hours before 31 January:
    # two courses then (they count for both), two after (they count for MLS only).
    person = ledger(
        MLS + credential("ca", "ca/CLS", cycle_end="2027-01-31"),
        done("old", "2024-09-01", "points = 10", '["management"]')
        + done("chem", "2025-03-01", "points = 2", '["chemistry"]')
        + done("bb", "2025-04-01", "points = 2", '["blood-banking"]')
        + done("micro", "2025-05-01", "points = 2", '["microbiology"]')
        + done("hem", "2025-05-02", "points = 2", '["hematology"]')
        + done("saf", "2025-05-03", "points = 1", '["safety"]')
        + done("ethics", "2025-06-01", "points = 1", '["ethics"]')
        + done("mgmt", "2025-07-01", "points = 12", '["management"]'),
    )
    items = [course(f"one-{n}", 1, ("general",), 10) for n in range(6)]
    plan = plan_for(person, items, hours_per_week=Decimal("0.2"))
    assert plan.status == "optimal" and plan.confirmed
    assert plan.cost == Decimal(40)
    early = [i for i in plan.items if i.date is not None and i.date <= date(2027, 1, 31)]
    late = [i for i in plan.items if i.date is not None and i.date > date(2027, 1, 31)]
    assert len(early) == 2 and all(i.credentials == ("mls", "ca") for i in early)
    assert len(late) == 2 and all(i.credentials == ("mls",) for i in late)
    assert plan.coverage == {"mls": (3200, 3600), "ca": (2200, 2400)}
    # Without the limit, four courses done now count for both.
    assert plan_for(person, items).cost == Decimal(40)


def test_an_expired_licence_is_planned_for_reinstatement():
    # An expired California licence needs 12 hours within the 12 months before renewal.
    person = ledger(
        credential("ca", "ca/CLS", cycle_end="2025-04-30", status='"expired"'),
        done("recent", "2026-08-01", "hours = 4", '["chemistry"]')
        # Inside the last 12 months today, but no longer on the reinstatement date.
        + done("aging", "2026-01-10", "hours = 4", '["chemistry"]'),
    )
    items = [course(f"c{n}", 4, ("microbiology",), 20) for n in range(4)]
    plan = plan_for(person, items)
    assert plan.status == "optimal" and plan.confirmed
    (row,) = plan.credentials
    assert row.deadline == AS_OF + timedelta(days=90)
    assert row.deadline_basis == "reinstated within 90 days"
    assert plan.cost == Decimal(40) and plan.coverage["ca"] == (400, 1200)


def test_academic_credit_counts_only_up_to_the_cap():
    # ASCP counts academic credit up to half the 36 points: a 3-semester-hour course (45
    # points) gives at most 18, so 20 missing points need 2 more from another course.
    person = ledger(
        MLS,
        done("chem", "2025-03-01", "points = 2", '["chemistry"]')
        + done("bb", "2025-04-01", "points = 2", '["blood-banking"]')
        + done("micro", "2025-05-01", "points = 2", '["microbiology"]')
        + done("hem", "2025-05-02", "points = 2", '["hematology"]')
        + done("saf", "2025-05-03", "points = 1", '["safety"]')
        + done("ethics", "2025-06-01", "points = 1", '["ethics"]')
        + done("mgmt", "2025-07-01", "points = 6", '["management"]'),
    )
    items = [
        course(
            "univ",
            3,
            ("chemistry",),
            50,
            kind="degree-program",
            unit="semester_hours",
            accreditation="university",
        ),
        course("two", 2, ("general",), 15),
        course("twenty", 20, ("general",), 400),
    ]
    plan = plan_for(person, items)
    assert plan.status == "optimal" and plan.confirmed
    assert set(plan.purchases) == {"univ", "two"} and plan.cost == Decimal(65)
    assert plan.coverage["mls"] == (1600, 3600)
