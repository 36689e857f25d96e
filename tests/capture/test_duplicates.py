"""The same course from two sources is one activity; similar but different courses are not."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from cetrack.core.capture.draft import Draft, Field
from cetrack.core.capture.duplicates import find_duplicates, merge_drafts
from cetrack.core.ledger import Activity, Amount


def draft(origin: str = "pdf-text", **values: str) -> Draft:
    return Draft({k: Field(v, 0.9, v) for k, v in values.items()}, origin)


def activity(
    title: str, end: date, unit: str = "hours", value: str = "1.5", **extra: str
) -> Activity:
    return Activity(
        id="a1", title=title, start=end, end=end, amount=Amount(unit, Decimal(value)), **extra
    )


PDF = draft(
    title="Antibody Identification: Case Studies",
    completed_on="2025-03-02",
    hours="1.5",
    provider="American Society for Clinical Laboratory Science",
    participant_name="Alice Tech",
)


def test_pdf_and_transcript_row_of_one_course_match() -> None:
    row = draft(
        "csv",
        title="Antibody identification case studies",
        completed_on="2025-03-02",
        ceu="0.15",
        provider="ASCLS",
    )
    (match,) = find_duplicates([PDF, row])
    assert match.draft == 1 and match.other == 0
    assert "same credit" in match.reasons


def test_a_draft_already_in_the_ledger_is_reported_against_it() -> None:
    existing = activity("Antibody Identification - Case Studies", date(2025, 3, 2))
    (match,) = find_duplicates([PDF], [existing])
    assert match.activity_id == "a1"


def test_part_one_and_part_two_are_different_courses() -> None:
    one = draft(title="Hemostasis Part 1", completed_on="2025-03-02", hours="1")
    two = draft(title="Hemostasis Part 2", completed_on="2025-03-02", hours="1")
    assert find_duplicates([one, two]) == ()


def test_different_dates_or_credit_are_different_courses() -> None:
    later = draft(title=PDF.text("title") or "", completed_on="2025-06-02", hours="1.5")
    more = draft(title=PDF.text("title") or "", completed_on="2025-03-02", hours="3")
    assert find_duplicates([PDF, later]) == ()
    assert find_duplicates([PDF, more]) == ()


def test_a_day_apart_still_matches_time_zones_differ() -> None:
    badge = draft("badge", title=PDF.text("title") or "", completed_on="2025-03-03", hours="1.5")
    (match,) = find_duplicates([PDF, badge])
    assert "dates a day apart" in match.reasons


def test_same_course_number_matches_despite_a_reworded_title() -> None:
    a = draft(
        title="Transfusion Reactions",
        completed_on="2025-03-02",
        hours="1",
        course_number="20-123456",
    )
    b = draft(
        "cebroker",
        title="Recognizing transfusion reactions at the bedside",
        completed_on="2025-03-02",
        course_number="20 123456",
    )
    (match,) = find_duplicates([a, b])
    assert "same course number" in match.reasons


def test_different_providers_do_not_match() -> None:
    other = draft(
        title=PDF.text("title") or "", completed_on="2025-03-02", hours="1.5", provider="LabCE"
    )
    assert find_duplicates([PDF, other]) == ()


def test_merge_keeps_both_sources_fields_and_one_amount() -> None:
    row = draft(
        "csv",
        title="Antibody identification case studies",
        completed_on="2025-03-02",
        ceu="0.15",
        license_number="CLS 1234",
    )
    merged = merge_drafts(PDF, row)
    assert merged.text("license_number") == "CLS 1234"
    assert merged.text("participant_name") == "Alice Tech"
    assert merged.amount_field == "hours" and "ceu" not in merged.fields
