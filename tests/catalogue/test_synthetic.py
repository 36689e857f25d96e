"""The synthetic catalogue generator: determinism, labelling, shape and speed."""

from __future__ import annotations

import time
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

import pytest

from cetrack.core.catalogue.files import read_catalogue_csv, write_catalogue_csv
from cetrack.core.catalogue.model import ITEM_KINDS, Catalogue
from cetrack.core.catalogue.search import effective_price
from cetrack.core.catalogue.synthetic import synthetic_catalogue
from cetrack.core.vocabulary import vocabulary

START = date(2026, 11, 21)


@cache
def sample() -> Catalogue:
    return synthetic_catalogue(5_000, seed=7, start=START)


def test_deterministic_for_a_seed() -> None:
    one = synthetic_catalogue(800, seed=3, start=START)
    assert one == synthetic_catalogue(800, seed=3, start=START)
    assert one != synthetic_catalogue(800, seed=4, start=START)


@pytest.mark.parametrize("n", [0, 1, 7, 19, 20, 50, 333, 2_000])
def test_exact_size_and_valid_file(n: int) -> None:
    catalogue = synthetic_catalogue(n, seed=n, start=START)
    assert len(catalogue.items) == n
    assert len(catalogue.by_id) == n
    again = read_catalogue_csv(write_catalogue_csv(catalogue), "syn.csv")
    assert again.problems == () and again.items == catalogue.items


def test_clearly_labelled() -> None:
    for item in sample().items:
        assert item.synthetic
        assert item.id.startswith("syn-")
        assert item.provider is not None and item.provider.endswith("(synthetic)")
        assert item.url is None  # no invented links


def test_spans_every_kind_topic_and_accreditation() -> None:
    items = sample().items
    assert set(ITEM_KINDS) == {item.kind for item in items}
    assert set(vocabulary().topics) == {topic for item in items for topic in item.topics}
    accreditations = Counter(item.accreditation for item in items)
    for accreditation in ("pace", "cmle", "accent", "accme", "state-board", "employer"):
        assert accreditations[accreditation] > 0
    assert {item.format for item in items} == {"online", "in-person", "hybrid"}


def test_prices() -> None:
    catalogue = sample()
    courses = [item for item in catalogue.items if item.kind == "online-course"]
    prices = [item.price for item in courses if item.price is not None]
    assert sum(price == 0 for price in prices) > len(prices) // 5  # many free
    assert sum(Decimal(10) <= price <= Decimal(60) for price in prices) > len(prices) // 2
    package_only = [item for item in courses if item.price is None]
    assert package_only, "some courses are only sold in a package"
    for item in package_only:
        parents = catalogue.included_in(item.id)
        assert parents and all(catalogue.by_id[p].kind == "package" for p in parents)
        assert effective_price(item, catalogue) is not None


def test_packages() -> None:
    catalogue = sample()
    packages = [item for item in catalogue.items if item.kind == "package"]
    assert len(packages) == 20
    for package in packages:
        assert package.price is not None and Decimal(40) <= package.price <= Decimal(250)
        assert 20 <= len(package.includes) <= 200
        assert all(catalogue.by_id[i].kind == "online-course" for i in package.includes)


def test_conferences_include_sessions_within_their_dates() -> None:
    catalogue = sample()
    conferences = [item for item in catalogue.items if item.kind == "conference"]
    assert conferences
    for conference in conferences:
        assert conference.price is not None
        assert Decimal(300) <= conference.price <= Decimal(900)
        assert 10 <= len(conference.includes) <= 40
        assert conference.start and conference.end and conference.usual_month
        for session_id in conference.includes:
            session = catalogue.by_id[session_id]
            assert session.kind == "conference-session" and session.price is None
            assert session.start and conference.start <= session.start <= conference.end
            assert effective_price(session, catalogue) == conference.price


def test_dates_within_the_horizon_and_florida_and_employer_items() -> None:
    catalogue = synthetic_catalogue(3_000, seed=1, start=START, horizon_days=365)
    last = START + timedelta(days=365)
    for item in catalogue.items:
        for day in (item.start, item.end):
            if day is not None:
                assert START <= day <= last, item
    florida = [item for item in catalogue.items if "fl" in item.approvals]
    assert {topic for item in florida for topic in item.topics} == {
        "hiv-aids",
        "medical-errors",
        "fl-laws-rules",
    }
    in_services = [item for item in catalogue.items if item.kind == "in-service"]
    assert in_services and all(i.price == 0 and i.employer_paid for i in in_services)
    assert all(i.accreditation == "employer" for i in in_services)


@pytest.mark.slow  # a wall-clock bound: run once, in the slow pass, not twice under load
def test_fifty_thousand_items_quickly() -> None:
    began = time.perf_counter()
    catalogue = synthetic_catalogue(50_000, seed=0, start=START)
    elapsed = time.perf_counter() - began
    assert len(catalogue.items) == 50_000
    for item in catalogue.items:
        if item.kind == "package":
            assert 20 <= len(item.includes) <= 200
        elif item.price is None:
            assert catalogue.included_in(item.id), item.id
    assert elapsed < 5.0, f"took {elapsed:.2f}s"  # ~0.8 s measured; generous for a busy CI
