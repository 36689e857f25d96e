"""Query-count guards: the pages a technician opens most must cost a fixed number of queries,
whatever the number of activities and certificates (no N+1). Each page is measured with 5
activities and again with 60, every one with a certificate; the counts must be equal and
within a budget. Runs on SQLite and, with DATABASE_URL, on PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cetrack.records import services
from tests.web.conftest import make_activity, make_credential, pdf_bytes

# Ceilings: what each page costs today (session, user, then the page's own reads). Raising one
# needs a reason; lower one when a page gets cheaper. Growth with the data fails regardless.
# dashboard: + in-service notices, + imports waiting for review and the plan in progress (2)
BUDGET = {"dashboard": 11, "activities": 8, "activity": 8}

TOPICS = ["hematology", "safety", "chemistry"]


def _add(user: Any, start: int, stop: int) -> list[Any]:
    """Activities a{start}..a{stop-1}, each with its own certificate file."""
    rows = []
    for number in range(start, stop):
        row = make_activity(
            user,
            id=f"a{number}",
            title=f"Course {number}",
            completed_on=date(2025, 1, 1) + timedelta(days=number * 5),
            topics=[TOPICS[number % len(TOPICS)]],
        )
        outcome = services.attach_certificate(
            user, row, f"course-{number}.pdf", pdf_bytes(f"Course {number}")
        )
        assert outcome.ok, outcome.problems
        rows.append(row)
    return rows


def _count(client: Client, url: str, **headers: str) -> int:
    cache.clear()  # count the cold path: the engine runs and the page is built
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, headers=headers)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured)


@pytest.fixture
def records(alice: Any) -> dict[str, Any]:
    """Alice with two credentials and five activities (each with a certificate)."""
    mls = make_credential(alice, id="mls")
    make_credential(alice, id="amt", rules="amt/MT", cycle_end=date(2027, 12, 31))
    activities = _add(alice, 0, 5)
    return {"credential": mls, "activities": activities}


def _list_urls(records: dict[str, Any]) -> list[str]:
    return [
        "/activities/",
        "/activities/?missing=1",
        f"/activities/?credential={records['credential'].pk}",
        "/activities/?area=hematology",
        "/activities/?cycle=2024-07-01:2027-06-30",
        f"/activities/?credential={records['credential'].pk}&missing=1&area=safety",
    ]


def _grows(
    alice: Any, client: Client, urls: list[str], assert_num_queries: Any, **headers: str
) -> None:
    """Count every URL's queries with 5 activities, add 55 more (each with a certificate), and
    require exactly the same counts again."""
    small = {url: _count(client, url, **headers) for url in urls}
    _add(alice, 5, 60)
    for url in urls:
        cache.clear()
        with assert_num_queries(small[url]):
            assert client.get(url, headers=headers).status_code == 200, url


def test_dashboard_queries_do_not_grow_with_activities(
    alice: Any,
    alice_client: Client,
    records: dict[str, Any],
    django_assert_max_num_queries: Any,
    django_assert_num_queries: Any,
) -> None:
    with django_assert_max_num_queries(BUDGET["dashboard"]):
        assert alice_client.get("/").status_code == 200
    _grows(alice, alice_client, ["/"], django_assert_num_queries)
    assert b"60 activities recorded" in alice_client.get("/").content


def test_a_warm_dashboard_skips_the_engine_until_a_record_changes(
    alice: Any, alice_client: Client, records: dict[str, Any], django_assert_num_queries: Any
) -> None:
    alice_client.get("/")
    # kept whole per state of her data (records.pages): the session, her row, her state token
    # and the page are all cache reads (memory here; the database table or Redis when served)
    with django_assert_num_queries(0):
        assert b"5 activities recorded" in alice_client.get("/").content
    _add(alice, 5, 6)
    assert b"6 activities recorded" in alice_client.get("/").content


def test_activity_list_queries_do_not_grow_with_activities(
    alice: Any,
    alice_client: Client,
    records: dict[str, Any],
    django_assert_max_num_queries: Any,
    django_assert_num_queries: Any,
) -> None:
    urls = _list_urls(records)
    for url in urls:
        with django_assert_max_num_queries(BUDGET["activities"]):
            assert alice_client.get(url).status_code == 200, url
    _grows(alice, alice_client, urls, django_assert_num_queries)
    page = alice_client.get("/activities/").content.decode()
    assert page.count('<li class="activity"') == 60
    assert "No certificate file attached" not in page


def test_the_htmx_rows_cost_no_more_than_the_full_list(
    alice: Any, alice_client: Client, records: dict[str, Any], django_assert_num_queries: Any
) -> None:
    urls = _list_urls(records)
    for url in urls:
        assert _count(alice_client, url, HX_Request="true") <= _count(alice_client, url), url
    _grows(alice, alice_client, urls, django_assert_num_queries, HX_Request="true")


def test_activity_detail_queries_do_not_grow_with_activities_or_its_certificates(
    alice: Any,
    alice_client: Client,
    records: dict[str, Any],
    django_assert_max_num_queries: Any,
    django_assert_num_queries: Any,
) -> None:
    first = records["activities"][0]
    url = f"/activities/{first.pk}/"
    with django_assert_max_num_queries(BUDGET["activity"]):
        assert alice_client.get(url).status_code == 200
    _grows(alice, alice_client, [url], django_assert_num_queries)
    before = _count(alice_client, url)
    for number in range(6):  # more certificates (and history rows) on the one activity
        outcome = services.attach_certificate(
            alice, first, f"extra-{number}.pdf", pdf_bytes(f"Extra {number}")
        )
        assert outcome.ok, outcome.problems
    cache.clear()  # cold, as `before` was counted (the session and user rows are cached too)
    with django_assert_num_queries(before):
        page = alice_client.get(url).content.decode()
    assert page.count("extra-") == 12  # each file, and its attachment in the history
