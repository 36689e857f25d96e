"""Every funding page × every persona with real objects in the URL (tests/web/orgs/test_routes.py
checks the roles each route declares with ids it cannot fill): the requester and managers reach
a request, nobody else does; managers' pages refuse other roles with 403; another
organisation's administrator gets 404 for our objects, with their organisation's id or ours."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from cetrack.funding import services, subscriptions
from cetrack.planning.catalogue import site_catalogue
from tests.funding.conftest import ask
from tests.web.conftest import pdf_bytes
from tests.web.orgs.test_routes import PAGES, _fill

FUNDING = [(route, view) for route, view in PAGES if "/funding/" in route]
PERSONAS = ("anonymous", "member", "member2", "educator", "manager", "admin", "outsider")
OWNER_OR_MANAGER = {"member", "manager", "admin"}


def _objects(lab: Any) -> dict[str, Any]:
    row = ask(lab)
    item = services.attach(lab.memberships["member"], row, "receipt", "r.pdf", pdf_bytes()).saved
    data = {
        "provider": "LabCE (MediaLab)",
        "seats": 5,
        "renews_on": timezone.localdate() + timedelta(days=30),
        "items": [],
    }
    subscription = subscriptions.save_subscription(
        lab.users["admin"], lab.org, data, site_catalogue().catalogue
    ).saved
    seat = subscriptions.assign_seat(lab.users["admin"], subscription, lab.memberships["member"])
    return {
        "request_id": row.pk,
        "file_id": item.pk,
        "subscription_id": subscription.pk,
        "seat_id": seat.saved.pk,
    }


def test_every_funding_route_is_in_the_matrix() -> None:
    assert len(FUNDING) == 20
    assert all(getattr(view, "org_roles", None) for _, view in FUNDING)


def _expected(route: str, roles: tuple[str, ...], persona: str) -> set[int]:
    if persona == "anonymous":
        return {302}
    if persona == "outsider":
        return {404}
    role = "member" if persona == "member2" else persona
    if role not in roles:
        return {403}
    if "<int:request_id>" in route and persona not in OWNER_OR_MANAGER:
        return {404}
    if route.endswith("/outcome/") and persona != "member":
        return {404}  # only the requester links what came of a request
    return {200, 302, 400, 405}


@pytest.mark.parametrize("persona", PERSONAS)
def test_funding_pages_with_real_objects(lab: Any, persona: str) -> None:
    values = _objects(lab)
    client = lab.client(persona)
    for route, view in FUNDING:
        path, known = _fill(route, values, lab.org.pk)
        assert known, route
        expected = _expected(route, view.org_roles, persona)
        for method in ("get", "post"):
            response = getattr(client, method)(path)
            # A POST-only page answers GET with 405 before looking anything up.
            allowed = expected | {405} if method == "get" and expected == {404} else expected
            if persona == "anonymous":
                assert "/accounts/login/" in response["Location"], path
            assert response.status_code in allowed, (persona, method, path, response.status_code)
            if 200 <= response.status_code < 300 or response.status_code == 400:
                assert b"Otto Outsider" not in response.content


def test_another_organisations_administrator_gets_404_for_our_objects(lab: Any) -> None:
    values = _objects(lab)
    client = lab.client("outsider")
    for route, _ in FUNDING:
        if not any(f"<int:{name}>" in route for name in values):
            continue
        path, _ = _fill(route, values, lab.other.pk)
        assert client.get(path).status_code in {404, 405}, path
        assert client.post(path).status_code == 404, path
