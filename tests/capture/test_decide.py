"""New, merge or skip: one decision for `cetrack import` and the web review screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cetrack.core.activity_fields import DOCUMENTS, KEYS, OPTIONAL_TEXT
from cetrack.core.capture.decide import decide, repeats
from cetrack.core.ledger import ACTIVITY_FIELDS, Activity, Amount

RECORD = Activity(
    id="antibody",
    title="Antibody ID",  # typed by hand, short
    start=date(2025, 3, 2),
    end=date(2025, 3, 2),
    amount=Amount("hours", Decimal("1.5")),
    provider="ASCLS",
)


def entry(**changes: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "candidate",
        "title": "Antibody Identification: Case Studies",
        "completed_on": "2025-03-02",
        "ceu": Decimal("0.15"),
        "provider": "American Society for Clinical Laboratory Science",
    }
    return {**base, **changes}


def test_a_repeat_that_adds_documentation_is_a_merge_naming_what_it_fills() -> None:
    decision = decide(entry(course_number="519-101-25"), [RECORD])
    assert decision.action == "merge" and decision.record == "antibody"
    assert dict(decision.fills) == {"course_number": "519-101-25"}
    assert "title words in common" in decision.reasons


def test_a_repeat_that_adds_nothing_is_skipped() -> None:
    # The record has a provider already: the longer name printed on the certificate is not
    # written over it.
    decision = decide(entry(), [RECORD])
    assert (decision.action, dict(decision.fills)) == ("skip", {})
    assert decide(entry(participant_name="Alice Tech"), [RECORD]).action == "merge"


def test_another_day_or_another_credit_is_new() -> None:
    assert decide(entry(completed_on="2025-03-09"), [RECORD]).action == "new"
    assert decide(entry(ceu=Decimal("0.2")), [RECORD]).action == "new"
    assert repeats(entry(completed_on="2025-03-09"), [RECORD]) == []


def test_the_registry_is_the_ledgers_list_of_keys() -> None:
    assert KEYS == ACTIVITY_FIELDS
    assert set(DOCUMENTS) <= set(OPTIONAL_TEXT)
    assert "notes" not in DOCUMENTS and "evidence" not in DOCUMENTS
