"""The pure side of CE funding (cetrack.core.funding): the §127 limit per tax year as a dated,
sourced setting, the split of a payment at the limit, budget overruns and the payment status."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cetrack.core.funding import (
    MOVES,
    BudgetLine,
    default_limits,
    load_limits,
    move_problem,
    overruns,
    split_section_127,
)

D = Decimal


def test_the_section_127_limit_is_5250_through_2026_from_sources() -> None:
    limits = default_limits()
    year = limits.for_year(2026)
    assert (year.amount, year.confirmed, year.confidence) == (D("5250.00"), True, "official")
    assert any("irs.gov" in str(s.url) for s in year.sources)
    assert all(s.verified_on.isoformat() == "2026-12-06" for s in year.sources)


def test_a_year_after_the_last_figure_is_shown_but_not_confirmed() -> None:
    later = default_limits().for_year(2027)
    assert later.amount == D("5250.00") and not later.confirmed
    assert later.confidence == "unverified"
    assert "indexes the $5,250 for inflation" in later.note
    earlier = default_limits().for_year(2010)
    assert not earlier.confirmed and "No figure on file for 2010" in earlier.note


LIMITS = """
schema = 1
[[limit]]
from_year = 2016
through_year = 2026
amount = "5250.00"
confidence = "official"
sources = ["irs"]
[[limit]]
from_year = 2027
through_year = 2027
amount = "5400.00"
confidence = "official"
sources = ["irs"]
[beyond]
confidence = "unverified"
note = "not published"
[[source]]
id = "irs"
url = "https://www.irs.gov/"
title = "IRS"
verified_on = 2026-12-06
confidence = "official"
"""


def test_a_published_figure_for_a_new_year_is_one_more_entry() -> None:
    limits, problems = load_limits(LIMITS, "limits.toml")
    assert problems == [] and limits is not None
    assert limits.for_year(2027).amount == D("5400.00") and limits.for_year(2027).confirmed
    assert limits.for_year(2028).amount == D("5400.00") and not limits.for_year(2028).confirmed


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("from_year = 2027", "from_year = 2026"), "2016–2026 overlaps 2026–2027"),
        (('sources = ["irs"]\n[beyond]', 'sources = ["nope"]\n[beyond]'), "unknown source 'nope'"),
        (("schema = 1", "schema = 2"), "'schema = 1' is required"),
        (('amount = "5400.00"', 'amount = "-1"'), "greater than 0"),
        (("[beyond]", "[beyond"), "not valid TOML"),
    ],
)
def test_a_bad_limits_file_is_reported_not_raised(change: tuple[str, str], message: str) -> None:
    limits, problems = load_limits(LIMITS.replace(*change), "limits.toml")
    assert limits is None
    assert any(message in str(p) for p in problems), problems


@pytest.mark.parametrize(
    ("amount", "used", "within", "above"),
    [
        ("2000", "0", "2000", "0"),
        ("2000", "4000", "1250", "750"),  # crosses the limit: the excess is split off
        ("2000", "5250", "0", "2000"),  # the year's limit already used
        ("2000", "6000", "0", "2000"),
        ("5250", "0", "5250", "0"),
    ],
)
def test_a_section_127_payment_splits_at_the_years_limit(
    amount: str, used: str, within: str, above: str
) -> None:
    split = split_section_127(D(amount), D(used), D("5250"))
    assert (split.within, split.above) == (D(within), D(above))
    assert split.within + split.above == D(amount)


def test_overruns_say_by_how_much_each_budget_is_exceeded() -> None:
    lines = [
        BudgetLine("organisation", "Lab's 2026 budget", D("10000"), D("9000")),
        BudgetLine("department:1", "Hematology's 2026 budget", D("2000"), D("1900")),
        BudgetLine("member:1", "Tess's allowance", D("2500"), D("0")),
    ]
    found = overruns(lines, D("450"))
    assert [(o.line.key, o.over) for o in found] == [("department:1", D("350"))]
    assert overruns(lines, D("100")) == ()  # exactly at the limit fits
    assert len(overruns(lines, D("1001"))) == 2


def test_the_payment_status_moves() -> None:
    allowed = {(a, b) for a, targets in MOVES.items() for b in targets}
    assert allowed == {
        ("requested", "approved"),
        ("requested", "denied"),
        ("requested", "cancelled"),
        ("approved", "paid"),
        ("approved", "reimbursed"),
        ("approved", "cancelled"),
    }
    for current in MOVES:
        for target in MOVES:
            problem = move_problem(current, target)
            assert (problem is None) == ((current, target) in allowed), (current, target)
    assert move_problem("requested", "paid") == "Approve the request before recording a payment."
    assert move_problem("paid", "cancelled") == (
        "The request is paid: it cannot be cancelled any more."
    )
    assert move_problem("approved", "denied") == "An approved request cannot be denied."
    assert move_problem("requested", "bogus") == "unknown status 'bogus'"
