"""The "Plan my renewal" page always answers: the demo account gets a plan from the starter
catalogue, a Florida technologist a partial plan with each gap left explained, and figures of
progress are the engine's one definition (surplus labelled as surplus)."""

from __future__ import annotations

from datetime import date
from importlib import resources
from typing import Any

import pytest
from django.test import Client

from cetrack.core.ledger import parse_ledger
from cetrack.core.rules.library import default_library
from cetrack.records.services import evaluate_for, import_ledger
from tests.web.conftest import make_credential

AS_OF = "2026-12-06"


@pytest.fixture
def demo_client(alice: Any) -> Client:
    """Alice holding the demo account's records (web/demo.py loads the same ledger)."""
    text = resources.files("cetrack.data").joinpath("demo-ledger.toml").read_text("utf-8")
    parsed = parse_ledger(text, "demo-ledger.toml", default_library().check_credential)
    assert parsed.ledger is not None
    import_ledger(alice, parsed.ledger, replace=True)
    client = Client()
    client.force_login(alice)
    return client


def test_the_demo_account_plan_page_shows_a_plan(alice: Any, demo_client: Client) -> None:
    page = demo_client.get(f"/plan/?as_of={AS_OF}")
    assert page.status_code == 200
    plan = page.context["plan"]
    entries = {e.id: e for _label, month in plan.months for e in month}
    # The $95 LabCE package closes MLS(ASCP) and MT(AMT); Florida stays partly open.
    assert "pkg-01" in entries and entries["pkg-01"].price == "$95"
    assert plan.status == "partial" and plan.cost == "$95"
    rows = {c.credential: c for c in plan.coverage}
    assert rows["my-mls"].status_after == "met" and rows["my-amt"].status_after == "met"
    assert {g.name for g in plan.gaps_left} >= {"Florida laws and rules"}
    content = page.content.decode()
    assert "MLS &amp; MLT Comprehensive CE Package" in content
    assert "Gaps left, and why" in content and "Add all to my plan" in content


def test_the_plan_page_uses_the_engines_progress_and_labels_surplus(
    alice: Any, demo_client: Client
) -> None:
    page = demo_client.get(f"/plan/?as_of={AS_OF}")
    mls = next(c for c in page.context["plan"].coverage if c.credential == "my-mls")
    evaluation = evaluate_for(alice, date.fromisoformat(AS_OF))
    progress = next(r for r in evaluation.credentials if r.credential.id == "my-mls").progress
    assert progress is not None
    # 35.5 of 36 count (microbiology 0.5 short); the 5 earned beyond that are surplus.
    assert mls.before == "35.5" and progress.counted == 3550 and mls.required == "36"
    assert mls.surplus_before == "5" and progress.surplus == 500
    assert '35.5 / 36 points <small class="muted">(+ 5 surplus)</small>' in page.content.decode()


def test_a_florida_technologist_sees_the_gaps_left_and_what_would_close_them(
    alice: Any, alice_client: Client
) -> None:
    make_credential(
        alice,
        id="fl-tech",
        rules="fl/technologist",
        license_number="TC99999",
        categories=["microbiology", "hematology"],
    )
    page = alice_client.get(f"/plan/?as_of={AS_OF}")
    plan = page.context["plan"]
    assert plan.status == "partial"
    gaps = {g.name: g for g in plan.gaps_left}
    assert {"HIV/AIDS", "Florida laws and rules"} <= set(gaps)
    laws = gaps["Florida laws and rules"]
    assert laws.missing == "1 hour" and "approval expired on 31 Dec 2025" in laws.reason
    assert laws.candidates[0] == (
        "fl-02",
        "Laws and Rules of the Florida Board of Clinical Laboratory Personnel",
    )
    content = page.content.decode()
    assert "Gaps left, and why" in content and "Worth checking" in content
    assert 'href="/catalogue/?q=fl-02"' in content
    # The board-approved medical-errors course is planned, its price flagged, not $0.
    entry = next(e for _label, month in plan.months for e in month if e.id == "fl-08")
    assert not entry.price_stated and entry.price == "price not stated — check"


def test_the_catalogue_says_when_a_yearly_meeting_is_next_expected(alice_client: Client) -> None:
    rows = {r.item.id: r for r in alice_client.get("/catalogue/?q=ADLM").context["rows"]}
    # ADLM 2026 (26-30 July 2026) is past: the next edition is expected, not confirmed.
    latest = rows["conf-03"].dates
    assert "26 Jul 2026 – 30 Jul 2026" in latest and "next expected in July" in latest
    assert latest.endswith("(not confirmed)")
    # A one-time workshop of 2020 is simply past, shown when past events are asked for.
    assert not alice_client.get("/catalogue/?q=wks-05").context["rows"]
    (workshop,) = alice_client.get("/catalogue/?q=wks-05&past=on").context["rows"]
    assert workshop.dates == "27 Feb 2020; past"


def test_adding_a_plan_keeps_an_unstated_price_unstated(alice: Any, demo_client: Client) -> None:
    from cetrack.planning.models import PlannedItem

    response = demo_client.post("/plan/add/", {"as_of": AS_OF})
    assert response.status_code == 302
    prices = dict(PlannedItem.objects.filter(owner=alice).values_list("item_id", "price"))
    assert prices["pkg-01"] == 95 and prices["fl-08"] is None  # never a made-up $0
    page = demo_client.get("/plan/items/").content.decode()
    assert "$95 to spend" in page and "price not stated — check" in page
