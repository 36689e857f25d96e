"""Properties of the engine that must hold for any ledger."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from cetrack.core.engine import MET, NOT_MET, evaluate
from cetrack.core.ledger import Activity, Amount, Credential, Ledger, Person
from cetrack.core.rules.library import default_library

AS_OF = date(2026, 11, 21)
LIBRARY = default_library()
TOPICS = [
    "safety",
    "ethics",
    "blood-banking",
    "chemistry",
    "hematology",
    "microbiology",
    "histology",
    "hiv-aids",
    "medical-errors",
    "fl-laws-rules",
    "management",
]
KINDS = [
    "course",
    "live-session",
    "workshop",
    "in-service",
    "staff-meeting",
    "academic",
    "presentation",
    "employment",
    "self-study",
]
CREDENTIALS = [
    Credential("mls", "ascp/MLS", cycle_end=date(2027, 6, 30)),
    Credential("htl", "ascp/HTL", cycle_end=date(2026, 12, 31)),
    Credential("amt", "amt/MT", certified_on=date(2018, 3, 15)),
    Credential("ca", "ca/CLS", cycle_end=date(2027, 1, 31)),
    Credential("fl", "fl/supervisor", categories=("chemistry", "hematology")),
    Credential("tn", "tn/technologist", cycle_end=date(2027, 3, 31)),
]

activities = st.builds(
    lambda n, days, unit, value, kind, topics, acc, approved: Activity(
        id=f"a{n}",
        title="Generated course",
        start=AS_OF - timedelta(days=days),
        end=AS_OF - timedelta(days=days),
        amount=Amount(unit, Decimal(value) if unit != "ceu" else Decimal(value) / 10),
        kind=kind,
        provider="Provider",
        topics=tuple(topics),
        accreditation=acc,
        participant_name="Pat Doe",
        course_number="C1",
        accrediting_agency_number="A1",
        approvals=("fl",) if approved else (),
        certificate="c.pdf",
    ),
    n=st.integers(0, 10_000),
    days=st.integers(0, 1500),
    unit=st.sampled_from(["hours", "minutes", "ceu", "points", "semester_hours"]),
    value=st.integers(1, 60),
    kind=st.sampled_from(KINDS),
    topics=st.lists(st.sampled_from(TOPICS), max_size=3, unique=True),
    acc=st.sampled_from(["P.A.C.E.", "ACCENT", "employer", "none", "university"]),
    approved=st.booleans(),
)


def _unique(items: list[Activity]) -> list[Activity]:
    return [dataclasses.replace(a, id=f"a{i}") for i, a in enumerate(items)]


@settings(max_examples=120, deadline=None)
@given(base=st.lists(activities, max_size=25), extra=activities)
def test_adding_an_activity_never_lowers_earned_nor_turns_met_into_not_met(base, extra):
    base = _unique(base)
    extra = dataclasses.replace(extra, id="extra")
    person = Person("Pat Doe")
    before = evaluate(Ledger(person, tuple(CREDENTIALS), tuple(base)), AS_OF, LIBRARY)
    after = evaluate(Ledger(person, tuple(CREDENTIALS), (*base, extra)), AS_OF, LIBRARY)
    for old, new in zip(before.credentials, after.credentials, strict=True):
        assert new.earned >= old.earned, old.credential.rules
        for old_req, new_req in zip(old.requirements, new.requirements, strict=True):
            assert new_req.earned >= old_req.earned, (old.credential.rules, old_req.id)
        if old.status == MET:
            assert new.status != NOT_MET, old.credential.rules


@settings(max_examples=60, deadline=None)
@given(items=st.lists(activities, max_size=30))
def test_every_activity_is_either_counted_or_excluded_with_a_reason(items):
    items = _unique(items)
    evaluation = evaluate(Ledger(Person("Pat Doe"), tuple(CREDENTIALS), tuple(items)), AS_OF)
    for result in evaluation.credentials:
        counted = {c.activity for c in result.counted}
        excluded = {e.activity for e in result.excluded}
        assert all(e.reason for e in result.excluded)
        assert counted.isdisjoint(excluded)
        assert counted | excluded == {a.id for a in items}
        assert result.earned == sum(c.credit for c in result.counted)
