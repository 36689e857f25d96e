"""A catalogue item taken becomes one ledger entry, the same for the planner and the planning
app: its accreditation number is the course's number, nothing is invented."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from cetrack.core.catalogue.entry import catalogue_entry
from cetrack.core.catalogue.model import CatalogueItem
from cetrack.core.ledger import Person, read_activity
from cetrack.core.planner.contribution import PLANNED, item_activity

WEBINAR = CatalogueItem(
    id="labce-antibody",
    kind="on-demand",
    title="Antibody Identification",
    provider="LabCE",
    amount=Decimal("1.5"),
    topics=("blood-banking",),
    accreditation="pace",
    accreditation_number="519-204-25",
    approvals=("FL",),
)


def test_the_accreditation_number_is_the_course_number() -> None:
    entry = catalogue_entry(WEBINAR, date(2025, 3, 2))
    assert entry is not None
    assert entry["course_number"] == "519-204-25"
    assert "accrediting_agency_number" not in entry and "approval_number" not in entry
    assert entry["completed_on"] == date(2025, 3, 2) and entry["hours"] == Decimal("1.5")
    assert entry["approvals"] == ["fl"]
    activity, problems = read_activity(entry)  # a valid ledger activity as it stands
    assert activity is not None, problems


def test_the_planner_completes_the_same_entry_with_planned_documentation() -> None:
    activity = item_activity(WEBINAR, date(2025, 3, 2), Person("Alice Tech"))
    assert activity is not None
    assert activity.course_number == "519-204-25"
    assert activity.accrediting_agency_number == PLANNED and activity.approval_number == PLANNED
    assert activity.participant_name == "Alice Tech"


def test_a_dated_item_keeps_its_dates_unless_taken_later() -> None:
    conference = CatalogueItem(
        id="ascls-2026", kind="conference", title="ASCLS Annual Meeting", amount=Decimal("12"),
        start=date(2026, 7, 20), end=date(2026, 7, 23),
    )  # fmt: skip
    entry = catalogue_entry(conference, None)
    assert entry is not None and (entry["start"], entry["end"]) == (
        date(2026, 7, 20),
        date(2026, 7, 23),
    )
    # Marked done before it took place: it was another occasion, completed on the day given.
    taken = catalogue_entry(conference, date(2026, 3, 1), today=date(2026, 3, 1))
    assert taken is not None and taken["completed_on"] == date(2026, 3, 1)


def test_a_package_gives_no_entry_and_an_undated_item_needs_a_day() -> None:
    package = CatalogueItem(id="bundle", kind="package", title="Bundle", includes=("a", "b"))
    assert catalogue_entry(package, date(2025, 1, 1)) is None
    with pytest.raises(ValueError, match="needs a completion date"):
        catalogue_entry(WEBINAR, None)
