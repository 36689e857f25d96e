"""Two-factor authentication (issue 15, point 3): anyone may turn on an authenticator app with
recovery codes; managers and administrators of an organisation, and site staff, must — their
organisation pages, API calls and the admin site say so until they have it — and cannot switch
it off; the secret is stored encrypted; every change is in the owner's history."""

from __future__ import annotations

import re
from typing import Any

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.test import Client

from cetrack.accounts.models import ApiToken
from tests.web.orgs.conftest import Lab, lab  # noqa: F401  (fixture)
from tests.web.test_security import inline_script

PASSWORD = "alice-password-1"


@pytest.fixture
def required(settings: Any) -> None:
    settings.CETRACK_MFA_REQUIRED = True


def code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def log_in(client: Client, email: str, password: str, next_url: str = "") -> Any:
    url = "/accounts/login/" + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"login": email, "password": password})


def turn_on(user: Any) -> str:
    """An authenticator app for `user` (as the set-up page leaves it); returns its secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    RecoveryCodes.activate(user)
    return secret


def test_anyone_turns_it_on_and_then_needs_a_code_to_log_in(
    alice: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = Client()
    assert log_in(client, alice.email, PASSWORD).status_code == 302
    asked = client.get("/accounts/2fa/totp/activate/")  # allauth asks for the password again
    assert asked["Location"].startswith("/accounts/reauthenticate/")
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    response = client.get("/accounts/2fa/totp/activate/")
    page = response.content.decode()
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert inline_script(page) == []
    secret = re.search(r'id="authenticator_secret"[^>]*value="([A-Z2-7]+)"', page)
    assert secret, page
    assert 'src="data:image/svg+xml;base64,' in page  # the QR code, allowed by the CSP
    with django_capture_on_commit_callbacks(execute=True):  # allauth signals after commit
        done = client.post("/accounts/2fa/totp/activate/", {"code": code(secret.group(1))})
    assert done.status_code == 302
    stored = Authenticator.objects.get(user=alice, type="totp").data["secret"]
    assert secret.group(1) not in stored  # encrypted at rest
    history = client.get("/history/").content.decode()
    assert "Two-factor authentication: authenticator app added" in history

    client.post("/accounts/logout/")
    step = log_in(client, alice.email, PASSWORD)
    assert step.status_code == 302 and step["Location"] == "/accounts/2fa/authenticate/"
    assert client.get("/activities/").status_code == 302  # not signed in yet
    wrong = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert "Incorrect code" in wrong.content.decode()
    assert (
        client.post("/accounts/2fa/authenticate/", {"code": code(secret.group(1))}).status_code
        == 302
    )
    assert client.get("/activities/").status_code == 200


def test_a_recovery_code_works_once(alice: Any) -> None:
    turn_on(alice)
    recovery = RecoveryCodes(Authenticator.objects.get(user=alice, type="recovery_codes"))
    spare = recovery.get_unused_codes()[0]
    first = Client()
    log_in(first, alice.email, PASSWORD)
    assert first.post("/accounts/2fa/authenticate/", {"code": spare}).status_code == 302
    assert first.get("/activities/").status_code == 200
    second = Client()
    log_in(second, alice.email, PASSWORD)
    again = second.post("/accounts/2fa/authenticate/", {"code": spare})
    assert again.status_code == 200 and "Incorrect code" in again.content.decode()


def test_a_manager_without_it_is_asked_to_set_it_up(required: None, lab: Lab) -> None:  # noqa: F811
    manager = lab.users["manager"]
    client = Client()
    landed = log_in(client, manager.email, "pw-" + manager.email)
    assert landed["Location"] == "/settings/two-factor/"
    page = client.get("/settings/two-factor/").content.decode()
    assert "You are manager of Bayside Laboratory" in page
    assert 'href="/accounts/2fa/totp/activate/"' in page
    team = client.get(f"/orgs/{lab.org.pk}/compliance/")
    assert team.status_code == 403 and "Set up two-factor authentication" in team.content.decode()
    assert client.get(f"/orgs/{lab.org.pk}/").status_code == 403  # every page of that organisation
    assert client.get("/activities/").status_code == 200  # their own records are theirs
    _, token = ApiToken.issue(manager, "script")
    api = Client(headers={"Authorization": f"Bearer {token}"})
    refused = api.get(f"/api/orgs/{lab.org.pk}/compliance")
    assert refused.status_code == 403
    assert "Two-factor authentication is required" in refused.json()["detail"]

    turn_on(manager)
    assert client.get(f"/orgs/{lab.org.pk}/compliance/").status_code == 200
    assert api.get(f"/api/orgs/{lab.org.pk}/compliance").status_code == 200


def test_members_and_educators_are_not_asked(required: None, lab: Lab) -> None:  # noqa: F811
    for persona in ("member", "educator"):
        user = lab.users[persona]
        client = Client()
        assert log_in(client, user.email, "pw-" + user.email)["Location"] != "/settings/two-factor/"
        assert client.get(f"/orgs/{lab.org.pk}/").status_code == 200


def test_it_cannot_be_switched_off_while_required(required: None, lab: Lab) -> None:  # noqa: F811
    admin = lab.users["admin"]
    secret = turn_on(admin)
    client = Client()
    log_in(client, admin.email, "pw-" + admin.email)
    client.post("/accounts/2fa/authenticate/", {"code": code(secret)})
    client.post("/accounts/reauthenticate/", {"password": "pw-" + admin.email})
    page = client.get("/accounts/2fa/totp/deactivate/", follow=True).content.decode()
    assert "stays on for managers, organisation administrators and site administrators" in page
    assert Authenticator.objects.filter(user=admin, type="totp").exists()


def test_settings_say_whether_it_is_on_and_whether_it_is_required(
    required: None,
    lab: Lab,  # noqa: F811
) -> None:
    page = lab.client("manager").get("/settings/").content.decode()
    assert "required for you</strong>, as manager of Bayside Laboratory" in page
    assert "Set up two-factor authentication" in page
    turn_on(lab.users["member"])
    page = lab.client("member").get("/settings/").content.decode()
    assert "On: every login asks for a code" in page and "required for you" not in page


def test_staff_need_it_for_the_admin_site(required: None, admin_user: Any) -> None:
    client = Client()
    log_in(client, admin_user.email, "password", next_url="/admin/")
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"] == "/settings/two-factor/"
    assert "a site administrator" in client.get(response["Location"]).content.decode()
    secret = turn_on(admin_user)
    client = Client()
    step = log_in(client, admin_user.email, "password", next_url="/admin/")
    assert step["Location"] == "/accounts/2fa/authenticate/"
    done = client.post("/accounts/2fa/authenticate/", {"code": code(secret)})
    assert done["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
