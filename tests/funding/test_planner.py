"""A subscription's catalogue items are employer-paid in the planner for the members holding a
seat, and only for them: the plan prices them at $0 with the label "paid by <org>'s <provider>
subscription", the catalogue page says so, and everyone else sees the catalogue price."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from cetrack.funding import subscriptions
from cetrack.planning.catalogue import site_catalogue

AS_OF = "2026-12-06"
LABEL = "paid by Bayside Laboratory's LabCE (MediaLab) subscription"


@pytest.fixture
def labce(lab: Any) -> Any:
    """LabCE with the comprehensive package and the Florida bundle; a seat for Tess only."""
    data = {
        "provider": "LabCE (MediaLab)",
        "seats": 5,
        "renews_on": timezone.localdate() + timedelta(days=90),
        "items": ["pkg-01", "fl-04"],
    }
    saved = subscriptions.save_subscription(
        lab.users["admin"], lab.org, data, site_catalogue().catalogue
    ).saved
    assert subscriptions.assign_seat(lab.users["admin"], saved, lab.memberships["member"]).ok
    return saved


def paid(lab: Any, persona: str) -> dict[str, str]:
    return subscriptions.paid_items_for(lab.users[persona], site_catalogue().catalogue)


def test_seat_holders_get_the_items_and_what_packages_include(lab: Any, labce: Any) -> None:
    assert paid(lab, "member") == {
        "pkg-01": LABEL,
        "fl-04": LABEL,
        "fl-01": LABEL,
        "fl-02": LABEL,
        "fl-03": LABEL,
    }
    assert paid(lab, "member2") == {} and paid(lab, "manager") == {}


def test_every_item_of_the_provider_when_the_subscription_says_so(lab: Any, labce: Any) -> None:
    labce.items, labce.all_items = [], True
    labce.save()
    covered = set(paid(lab, "member"))
    assert {"pkg-01", "pkg-02", "pkg-03", "pkg-04", "fl-01", "fl-04"} <= covered
    assert all(site_catalogue().catalogue.by_id[i].provider == "LabCE (MediaLab)" for i in covered)


def test_nothing_is_paid_once_the_seat_the_subscription_or_the_membership_ends(
    lab: Any, labce: Any
) -> None:
    labce.renews_on = timezone.localdate() - timedelta(days=1)
    labce.save()
    assert paid(lab, "member") == {}  # the renewal date passed: not running
    labce.renews_on = timezone.localdate()
    labce.save()
    assert paid(lab, "member")  # runs through its renewal day
    [seat] = subscriptions.holders(labce)
    subscriptions.end_seat(lab.users["admin"], seat)
    assert paid(lab, "member") == {}
    assert subscriptions.assign_seat(lab.users["admin"], labce, lab.memberships["member"]).ok
    lab.memberships["member"].left_at = timezone.now()
    lab.memberships["member"].save()
    assert paid(lab, "member") == {}


def _entries(response: Any) -> dict[str, Any]:
    plan = response.context["plan"]
    return {e.id: e for _label, month in plan.months for e in month}


def test_the_plan_of_a_seat_holder_prices_the_items_at_0_with_the_label(
    lab: Any, labce: Any
) -> None:
    tess = lab.client("member").get(f"/plan/?as_of={AS_OF}")
    ron = lab.client("member2").get(f"/plan/?as_of={AS_OF}")
    assert tess.status_code == ron.status_code == 200
    mine, theirs = _entries(tess), _entries(ron)
    assert theirs["pkg-01"].price == "$95" and theirs["pkg-01"].paid_by == ""
    assert mine["pkg-01"].paid_by == LABEL
    assert tess.context["plan"].cost == "$0" and ron.context["plan"].cost == "$95"
    page = tess.content.decode().replace("&#x27;", "'")
    assert f"$0, {LABEL}" in page
    assert LABEL not in ron.content.decode().replace("&#x27;", "'")


def test_adding_a_covered_item_to_my_plan_costs_me_nothing(lab: Any, labce: Any) -> None:
    from cetrack.planning.models import PlannedItem

    client = lab.client("member")
    client.post("/plan/items/add/", {"item": "pkg-01"})
    lab.client("member2").post("/plan/items/add/", {"item": "pkg-01"})
    prices = dict(PlannedItem.objects.values_list("owner__name", "price"))
    assert prices == {"Tess Tech": 0, "Ron Runner": 95}


def test_the_catalogue_page_says_what_the_subscription_pays_for(lab: Any, labce: Any) -> None:
    page = lab.client("member").get("/catalogue/?q=LabCE").content.decode()
    assert LABEL in page.replace("&#x27;", "'")
    other = lab.client("member2").get("/catalogue/?q=LabCE").content.decode()
    assert LABEL not in other.replace("&#x27;", "'")
