"""Seen from a given day, past editions of yearly events move to their next expected edition
(flagged as expected), past one-time events stay past, and future dates stay as listed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cetrack.core.catalogue.files import starter_catalogue
from cetrack.core.catalogue.model import Catalogue, CatalogueItem
from cetrack.core.catalogue.occurrence import expected_text, next_occurrence, upcoming

DAY = date(2026, 12, 6)


def meeting(**fields: object) -> CatalogueItem:
    values: dict[str, object] = {
        "id": "m",
        "kind": "conference",
        "title": "Lab meeting 2025",
        "provider": "Society",
        "amount": Decimal(12),
        "recurs": "annual",
        "start": date(2025, 5, 14),
        "end": date(2025, 5, 17),
    }
    values.update(fields)
    return CatalogueItem(**values)  # type: ignore[arg-type]


def test_a_past_yearly_meeting_moves_to_its_next_edition_keeping_its_length() -> None:
    moved = next_occurrence(meeting(), DAY)
    assert (moved.start, moved.end) == (date(2027, 5, 14), date(2027, 5, 17))
    assert moved.projected == "edition" and expected_text(moved) == "expected in May 2027"
    assert moved.title == "Lab meeting 2025" and moved.amount == Decimal(12)


def test_future_and_one_time_events_stay_as_listed() -> None:
    future = meeting(start=date(2027, 3, 1), end=date(2027, 3, 2))
    assert next_occurrence(future, DAY) is future
    once = meeting(recurs="one-time")
    assert next_occurrence(once, DAY) is once and expected_text(once) == ""


def test_a_monthly_test_moves_by_months() -> None:
    monthly = meeting(kind="online-course", recurs="monthly", start=None, end=date(2026, 10, 15))
    moved = next_occurrence(monthly, DAY)
    assert moved.end == date(2026, 12, 15) and moved.start is None


def test_an_undated_yearly_event_is_expected_in_its_month_or_within_a_year() -> None:
    in_may = next_occurrence(meeting(start=None, end=None, usual_month=5), DAY)
    assert (in_may.start, in_may.end) == (date(2027, 5, 31), date(2027, 5, 31))
    assert expected_text(in_may) == "expected in May 2027"
    unknown = next_occurrence(meeting(start=None, end=None), DAY)
    assert unknown.start == date(2027, 12, 6) and unknown.projected == "year"
    assert "held every year; date not stated" in expected_text(unknown)
    course = meeting(kind="online-course", start=None, end=None)
    assert next_occurrence(course, DAY) is course  # on demand: no date to project


def test_several_past_editions_of_one_series_project_once() -> None:
    editions = Catalogue(
        (
            meeting(
                id="m24", title="Lab meeting 2024", start=date(2024, 5, 12), end=date(2024, 5, 15)
            ),
            meeting(id="m25", title="Lab meeting 2025 (Orlando)"),
        )
    )
    seen = upcoming(editions, DAY)
    older, latest = seen.items
    assert older.start == date(2024, 5, 12) and not older.projected
    assert latest.start == date(2027, 5, 14) and latest.projected
    assert upcoming(editions, DAY) is seen  # projected once per catalogue and day


def test_the_starter_catalogue_projects_adlm_once_and_keeps_its_facts() -> None:
    starter = starter_catalogue()
    seen = upcoming(starter, DAY).by_id
    assert seen["conf-03"].start == date(2027, 7, 26) and seen["conf-03"].projected
    assert not seen["conf-01"].projected and not seen["conf-02"].projected  # earlier ADLMs
    assert seen["onl-01"] is starter.by_id["onl-01"]
    unchanged = Catalogue((meeting(start=date(2027, 1, 5), end=date(2027, 1, 6)),))
    assert upcoming(unchanged, DAY) is unchanged
