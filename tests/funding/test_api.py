"""The funding API with personas: members ask and read their own requests; managers and
administrators list everything, approve (an overrun is a 422 naming the budget and the amount)
and deny; nobody decides their own; subscriptions show seat holders to managers only."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone

from cetrack.funding import subscriptions
from cetrack.funding.budgets import set_budget
from cetrack.planning.catalogue import site_catalogue
from tests.funding.conftest import ask

D = Decimal


def api(lab: Any, persona: str, method: str, tail: str, body: Any = None) -> Any:
    client = lab.client(persona)
    path = f"/api/orgs/{lab.org.pk}/funding/{tail}"
    if method == "get":
        return client.get(path)
    return client.post(path, json.dumps(body or {}), content_type="application/json")


def test_a_member_asks_through_the_api_and_reads_only_their_own(lab: Any) -> None:
    created = api(
        lab,
        "member",
        "post",
        "requests",
        {"catalogue_item": "fl-04", "justification": "Florida renewal", "budget_year": 2026},
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert (body["member"], body["status"], body["cost"], body["kind"]) == (
        "Tess Tech",
        "requested",
        "40.00",
        "course",
    )
    assert body["title"].startswith("Florida HIV Safety") and body["catalogue_item"] == "fl-04"
    ask(lab, "member2", title="Ron's course")
    mine = api(lab, "member", "get", "requests").json()
    assert [r["title"] for r in mine] == [body["title"]]
    everything = api(lab, "manager", "get", "requests").json()
    assert {r["member"] for r in everything} == {"Tess Tech", "Ron Runner"}
    assert api(lab, "member2", "get", f"requests/{body['id']}").status_code == 404
    assert api(lab, "outsider", "get", "requests").status_code == 404
    assert api(lab, "member", "get", "requests?status=lost").status_code == 422
    assert len(api(lab, "manager", "get", "requests?status=requested&year=2026").json()) == 2


def test_bad_bodies_are_422_with_the_field(lab: Any) -> None:
    for body, field in (
        ({"title": "x", "cost": "12.345", "justification": "y", "kind": "course"}, "cost"),
        ({"title": "x", "cost": 5, "kind": "course"}, "justification"),
        ({"title": "x", "cost": 5, "justification": "y", "kind": "trip"}, "kind"),
        ({"cost": 5, "justification": "y", "catalogue_item": "nope"}, "catalogue_item"),
        (
            {"title": "x", "justification": "y", "kind": "course", "starts_on": "2026-02-30"},
            "starts_on",
        ),
    ):
        response = api(lab, "member", "post", "requests", body)
        assert response.status_code == 422, body
        assert field in {e["loc"][-1] for e in response.json()["detail"]}, response.json()
    broken = lab.client("member").post(
        f"/api/orgs/{lab.org.pk}/funding/requests", "{", content_type="application/json"
    )
    assert broken.status_code == 422


def test_approving_over_budget_is_a_422_until_an_override_is_given(lab: Any) -> None:
    assert set_budget(lab.users["admin"], lab.org, 2026, "organisation", D("1000")).ok
    row = ask(lab, cost=D("1500"))
    refused = api(lab, "manager", "post", f"requests/{row.pk}/approve", {})
    assert refused.status_code == 422
    [detail] = refused.json()["detail"]
    assert detail["loc"] == ["body", "override_reason"]
    assert (
        "exceeds Bayside Laboratory's 2026 budget ($1,000; $0 already committed) by $500"
        in (detail["msg"])
    )
    done = api(
        lab,
        "admin",
        "post",
        f"requests/{row.pk}/approve",
        {"override_reason": "Accreditation visit", "tax_treatment": "working-condition"},
    )
    assert done.status_code == 200
    assert (done.json()["status"], done.json()["approved_amount"]) == ("approved", "1500.00")
    again = api(lab, "admin", "post", f"requests/{row.pk}/approve", {})
    assert again.status_code == 422
    assert again.json()["detail"][0]["msg"] == "The request is already approved."


def test_roles_and_own_requests_on_decisions(lab: Any) -> None:
    row = ask(lab)
    assert api(lab, "member", "post", f"requests/{row.pk}/approve", {}).status_code == 403
    assert (
        api(lab, "educator", "post", f"requests/{row.pk}/deny", {"reason": "x"}).status_code == 403
    )
    assert (
        api(lab, "outsider", "post", f"requests/{row.pk}/deny", {"reason": "x"}).status_code == 404
    )
    own = ask(lab, "manager")
    refused = api(lab, "manager", "post", f"requests/{own.pk}/approve", {})
    assert refused.status_code == 403
    assert refused.json() == {"detail": "Someone else must decide on your own request."}
    assert api(lab, "manager", "post", f"requests/{row.pk}/deny", {}).status_code == 422
    denied = api(lab, "manager", "post", f"requests/{row.pk}/deny", {"reason": "Not this year"})
    assert denied.status_code == 200 and denied.json()["decision_reason"] == "Not this year"
    assert api(lab, "manager", "post", "requests/999999/deny", {"reason": "x"}).status_code == 404


def test_subscriptions_show_holders_to_managers_and_own_seats_to_members(lab: Any) -> None:
    data = {
        "provider": "LabCE (MediaLab)",
        "seats": 3,
        "renews_on": timezone.localdate() + timedelta(days=30),
        "items": ["fl-04"],
    }
    saved = subscriptions.save_subscription(
        lab.users["admin"], lab.org, data, site_catalogue().catalogue
    ).saved
    assert subscriptions.assign_seat(lab.users["admin"], saved, lab.memberships["member"]).ok
    [seen] = api(lab, "manager", "get", "subscriptions").json()
    assert seen["covered"] == ["fl-01", "fl-02", "fl-03", "fl-04"]
    assert [h["member"] for h in seen["holders"]] == ["Tess Tech"] and seen["seats_held"] == 1
    [mine] = api(lab, "member", "get", "subscriptions").json()
    assert mine["holders"] is None and mine["provider"] == "LabCE (MediaLab)"
    assert api(lab, "member2", "get", "subscriptions").json() == []
    assert api(lab, "outsider", "get", "subscriptions").status_code == 404


def test_the_operations_are_documented_with_their_roles(lab: Any) -> None:
    schema = lab.client("member").get("/api/openapi.json").json()["paths"]
    roles = {
        (path, method): op.get("x-org-roles")
        for path, ops in schema.items()
        if "/funding/" in path
        for method, op in ops.items()
    }
    base = "/api/orgs/{org_id}/funding"
    assert roles == {
        (f"{base}/requests", "get"): ["member", "educator", "manager", "admin"],
        (f"{base}/requests", "post"): ["member", "educator", "manager", "admin"],
        (f"{base}/requests/{{request_id}}", "get"): ["member", "educator", "manager", "admin"],
        (f"{base}/requests/{{request_id}}/approve", "post"): ["manager", "admin"],
        (f"{base}/requests/{{request_id}}/deny", "post"): ["manager", "admin"],
        (f"{base}/subscriptions", "get"): ["member", "educator", "manager", "admin"],
    }
    body = schema[f"{base}/requests"]["post"]["requestBody"]["content"]["application/json"]
    assert "justification" in body["schema"]["required"]
