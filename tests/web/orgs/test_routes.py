"""Every organisation route × every persona: nobody reaches what their role does not allow.

The routes are found, not listed: every URL pattern with an `<int:org_id>` parameter (in any
app) and every API operation whose path has `{org_id}`. Each must declare the roles it admits —
pages through `cetrack.orgs.access.org_view` (the view's `org_roles`), API operations through
`openapi_extra={"x-org-roles": [...]}` — so a new app's organisation routes are checked as
soon as they land. The documented answers:

- anonymous: pages redirect to sign-in, the API answers 401;
- a member of another organisation: 404 (also with their own organisation's id and this
  organisation's member, credential, site or invitation ids);
- a member whose role is not admitted: 403;
- an admitted role: neither 403 nor 404 (405 for a POST-only page fetched with GET);
- an API operation with a body answers an empty one with 422 before any role check, the same
  for everyone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from cetrack.orgs import binders
from cetrack.orgs.models import BinderExport, Invitation

PERSONAS = ("anonymous", "member", "educator", "manager", "admin", "outsider")
ROLE_OF = {"member": "member", "educator": "educator", "manager": "manager", "admin": "admin"}
SECRET_WORDS = ("Tess Tech", "Bayside Laboratory", "Tampa core lab")


def _walk(patterns: list[Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.callback


def page_routes() -> list[tuple[str, Any]]:
    return [
        (route, view)
        for route, view in _walk(get_resolver().url_patterns)
        if "<int:org_id>" in route
    ]


def api_operations() -> list[tuple[str, str, list[str] | None]]:
    from cetrack.api.api import api

    schema = api.get_openapi_schema()
    found = []
    for path, operations in schema["paths"].items():
        if "{org_id}" not in path:
            continue
        for method, operation in operations.items():
            found.append((f"{method.upper()} {path}", method, operation.get("x-org-roles")))
    return found


PAGES = page_routes()
API = api_operations()


def test_routes_are_found() -> None:
    routes = {route for route, _ in PAGES}
    assert "orgs/<int:org_id>/compliance/" in routes
    assert (
        "orgs/<int:org_id>/members/<int:membership_id>/credentials/<int:credential_id>/" in routes
    )
    assert any(name == "GET /api/orgs/{org_id}/compliance" for name, _, _ in API)


@pytest.mark.parametrize("route", [route for route, _ in PAGES])
def test_every_page_declares_its_roles(route: str) -> None:
    view = dict(PAGES)[route]
    assert getattr(view, "org_roles", None), (
        f"{route}: wrap the view in cetrack.orgs.access.org_view"
    )


@pytest.mark.parametrize("name", [name for name, _, _ in API])
def test_every_operation_declares_its_roles(name: str) -> None:
    roles = next(r for n, _, r in API if n == name)
    assert roles, f'{name}: add openapi_extra={{"x-org-roles": [...]}} and check membership_for'


def _values(lab: Any) -> dict[str, Any]:
    invitation = Invitation.objects.create(
        organisation=lab.org,
        email="new@lab.example",
        token_hash="x" * 64,
        expires_at="2999-01-01T00:00:00Z",
    )
    binder = BinderExport.objects.create(organisation=lab.org, site=lab.tampa, status="ready")
    binders.path_of(binder).parent.mkdir(parents=True, exist_ok=True)
    binders.path_of(binder).write_bytes(b"PK\x05\x06" + bytes(18))  # an empty ZIP
    return {
        "binder_id": binder.pk,
        "membership_id": lab.memberships["member"].pk,
        "credential_id": lab.records["mls"].pk,
        "site_id": lab.tampa.pk,
        "invitation_id": invitation.pk,
    }


PARAM = re.compile(r"<(?:\w+:)?(\w+)>|\{(\w+)\}")


def _fill(route: str, values: dict[str, Any], org_id: int) -> tuple[str, bool]:
    """The route with its parameters filled; whether every parameter had a known value."""
    unknown: list[str] = []

    def value(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(2)
        if name == "org_id":
            return str(org_id)
        if name in values:
            return str(values[name])
        unknown.append(name)
        return "1"

    return "/" + PARAM.sub(value, route).lstrip("/"), not unknown


def _no_secrets(response: Any) -> None:
    body = response.content.decode(errors="replace")
    for word in SECRET_WORDS:
        assert word not in body, f"denied response shows {word!r}"


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("route", [route for route, _ in PAGES])
def test_page_role_matrix(lab: Any, route: str, persona: str) -> None:
    roles = getattr(dict(PAGES)[route], "org_roles", ())
    path, known = _fill(route, _values(lab), lab.org.pk)
    client = lab.client(persona)
    for method in ("get", "post"):
        response = getattr(client, method)(path)
        if persona == "anonymous":
            assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        elif persona == "outsider":
            assert response.status_code == 404, (method, path)
            _no_secrets(response)
        elif ROLE_OF[persona] not in roles:
            assert response.status_code == 403, (method, path)
            _no_secrets(response)
        elif method == "get":
            # An id the test cannot fill (another app's object) may well be 404 for anyone.
            refused = {403, 404} if known else {403}
            assert response.status_code not in refused, (path, response.status_code)
            break  # an admitted POST would change the data; its effects have their own tests


@pytest.mark.parametrize("route", [route for route, _ in PAGES])
def test_other_organisation_admin_cannot_reach_our_objects(lab: Any, route: str) -> None:
    """The outsider administers their own organisation: with its id and our objects' ids, 404."""
    values = _values(lab)
    if not any(f"<int:{name}>" in route for name in values):
        pytest.skip("no object of this organisation in the route")
    path, _ = _fill(route, values, lab.other.pk)
    for method in ("get", "post"):
        response = getattr(lab.client("outsider"), method)(path)
        # A POST-only page answers GET with 405 before looking anything up: it reveals nothing.
        expected = {404, 405} if method == "get" else {404}
        assert response.status_code in expected, (method, path, response.status_code)
        _no_secrets(response)


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("name", [name for name, _, _ in API])
def test_api_role_matrix(lab: Any, name: str, persona: str) -> None:
    method, path_template = name.split(" ", 1)
    roles = next(r for n, _, r in API if n == name) or []
    path, _ = _fill(path_template, _values(lab), lab.org.pk)
    response = getattr(lab.client(persona), method.lower())(path)
    # An empty body is refused (422) before anyone's membership is looked at: the same answer
    # for everyone, so it tells nothing.
    empty_body = {422} if method != "GET" else set()
    if persona == "anonymous":
        assert response.status_code == 401
    elif persona == "outsider":
        assert response.status_code in {404} | empty_body
        _no_secrets(response)
    elif ROLE_OF[persona] not in roles:
        assert response.status_code in {403} | empty_body
        _no_secrets(response)
    else:
        assert response.status_code not in (401, 403), response.content[:200]
