"""Bad ledgers get a clear, located message and nothing is evaluated from them."""

from __future__ import annotations

import textwrap

import pytest

from cetrack.core.ledger import parse_ledger
from cetrack.core.rules.library import default_library

HEADER = """\
format = 1
[person]
name = "Pat Doe"

[[credential]]
id = "mls"
rules = "ascp/MLS"
cycle_end = 2027-06-30
"""

GOOD_ACTIVITY = """
[[activity]]
id = "a1"
title = "Coagulation update"
completed_on = 2025-03-02
hours = 1.5
kind = "course"
topics = ["hematology"]
accreditation = "P.A.C.E."
"""


def problems_of(text: str) -> list[str]:
    result = parse_ledger(textwrap.dedent(text), "pat.toml", default_library().check_credential)
    assert result.ledger is None or not result.problems
    return [str(p) for p in result.problems]


def test_a_good_ledger_has_no_problems():
    result = parse_ledger(HEADER + GOOD_ACTIVITY, "pat.toml", default_library().check_credential)
    assert result.ok
    assert result.ledger is not None
    assert result.ledger.activities[0].amount.value == pytest.approx(1.5)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            "hours = 1.5",
            ["pat.toml:14: [[activity]] #1 'hours': must be a positive number, got -2"],
        ),
    ],
)
def test_negative_hours_point_at_the_line(change, expected):
    text = HEADER + GOOD_ACTIVITY.replace(change, "hours = -2")
    assert problems_of(text) == expected


@pytest.mark.parametrize(
    ("old", "new", "fragment"),
    [
        ("hours = 1.5", "hours = 900", "not plausible for one activity"),
        (
            "hours = 1.5",
            "hours = 1.5\nminutes = 90",
            "give exactly one amount, not hours and minutes",
        ),
        ("hours = 1.5", "", "an amount is required"),
        ("hours = 1.5", 'hours = "two"', "expected a number"),
        ("hours = 1.5", "hours = 1.555", "at most two decimals"),
        ('kind = "course"', 'kind = "webinar"', "unknown kind 'webinar'"),
        ('topics = ["hematology"]', 'topics = ["hematolgy"]', "did you mean 'hematology'"),
        (
            "completed_on = 2025-03-02",
            "start = 2025-03-05\nend = 2025-03-02",
            "end 2025-03-02 is before start 2025-03-05",
        ),
        (
            "completed_on = 2025-03-02",
            'completed_on = "2025-02-30"',
            "'2025-02-30' is not a real date",
        ),
        ("completed_on = 2025-03-02", "completed_on = 1890-01-01", "outside any plausible CE date"),
        ("completed_on = 2025-03-02", "", "a date is required"),
        (
            'title = "Coagulation update"',
            'title = "Coagulation update"\nhuors = 2',
            "unknown key 'huors'; did you mean 'hours'?",
        ),
        ("hours = 1.5", "hours = 1.5\nbreak_minutes = 20", "break_minutes applies to 'minutes'"),
    ],
)
def test_activity_mistakes_are_explained(old, new, fragment):
    messages = problems_of(HEADER + GOOD_ACTIVITY.replace(old, new))
    assert any(fragment in m for m in messages), messages
    assert all(m.startswith("pat.toml:") for m in messages)


def test_impossible_toml_date_is_reported_with_its_line():
    messages = problems_of(HEADER + GOOD_ACTIVITY.replace("2025-03-02", "2025-02-30"))
    assert len(messages) == 1
    assert "not valid TOML" in messages[0] and "line 13" in messages[0]


def test_duplicated_activity_ids_are_reported():
    messages = problems_of(HEADER + GOOD_ACTIVITY + GOOD_ACTIVITY)
    assert any("duplicate id 'a1' (first used by [[activity]] #1)" in m for m in messages)


def test_unknown_rule_set_names_the_program_choices():
    messages = problems_of(HEADER.replace("ascp/MLS", "ascp/MSL") + GOOD_ACTIVITY)
    assert any("unknown rule set 'ascp/MSL'" in m and "ascp/MLS" in m for m in messages)
    assert messages[0].startswith("pat.toml:7:")


def test_a_credential_without_a_cycle_date_is_refused():
    messages = problems_of(HEADER.replace("cycle_end = 2027-06-30", "") + GOOD_ACTIVITY)
    assert any("needs cycle_end or certified_on" in m for m in messages)


def test_a_newer_format_is_refused_with_advice():
    messages = problems_of(HEADER.replace("format = 1", "format = 2") + GOOD_ACTIVITY)
    assert messages == [
        "pat.toml:1: 'format': this ledger is format 2, written by a newer cetrack; this version "
        "reads format 1 — upgrade cetrack"
    ]


def test_text_that_is_not_toml_is_refused():
    messages = problems_of("this is not a ledger\n")
    assert len(messages) == 1 and "not valid TOML" in messages[0]


def test_florida_needs_licensed_categories():
    text = HEADER.replace('rules = "ascp/MLS"\ncycle_end = 2027-06-30', 'rules = "fl/technologist"')
    messages = problems_of(text + GOOD_ACTIVITY)
    assert any("fl/technologist needs the licensed categories" in m for m in messages)


def test_several_problems_are_all_reported_at_once():
    bad = GOOD_ACTIVITY.replace("hours = 1.5", "hours = -1").replace('"course"', '"nope"')
    messages = problems_of(HEADER + bad)
    assert len(messages) == 2
