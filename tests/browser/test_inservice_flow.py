"""An in-service from start to finish in a real browser: the educator creates it, a member
checks in with the code, the educator issues certificates, the certificate is among the
member's activities and counts on the dashboard, the manager sees the member's progress in the
team matrix, and the certificate's public verification page says valid — then revoked."""

from __future__ import annotations

import os
import re
from datetime import date, timedelta
from typing import Any

import pytest
from django.utils import timezone

from tests.browser.conftest import chromium_path

pytestmark = pytest.mark.browser

PASSWORD = "In-Service-2026!"


def field(page: Any, text: str) -> Any:
    return page.get_by_label(re.compile(rf"^\s*{re.escape(text)}:?(\s*\*)?\s*$"))


@pytest.fixture(autouse=True)
def _needs_chromium() -> None:
    if chromium_path() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but chromium is missing (apt-get install chromium)")
        pytest.skip("chromium is not installed; the in-service browser flow was not run")


@pytest.fixture
def laboratory(settings: Any, live_server: Any) -> dict[str, Any]:
    """Riverside laboratory: an educator, a manager and Tess, who holds MLS(ASCP)."""
    from cetrack.accounts.models import User
    from cetrack.orgs.models import Membership, Organisation
    from cetrack.records import services

    settings.CETRACK_PUBLIC_URL = live_server.url  # verification links point at this server
    org = Organisation.objects.create(name="Riverside Hospital Laboratory", slug="riverside")
    people = {}
    for role, name in (
        ("educator", "Erin Educator"),
        ("manager", "Mona Manager"),
        ("member", "Tess Tech"),
    ):
        user = User.objects.create_user(f"{role}@riverside.example", PASSWORD, name=name)
        Membership.objects.create(user=user, organisation=org, role=role, consent_at=timezone.now())
        people[role] = user
    services.save_credential(
        people["member"], {"rules": "ascp/MLS", "cycle_end": date.today() + timedelta(days=500)}
    )
    return {"org": org, **people}


def log_in(page: Any, email: str) -> None:
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    field(page, "Email").fill(email)
    field(page, "Password").fill(PASSWORD)
    field(page, "Password").press("Enter")
    page.wait_for_url(re.compile(r"/$"))


def test_in_service_from_creation_to_revocation(
    page: Any, step: Any, laboratory: Any, settings: Any
) -> None:
    org = laboratory["org"]
    if not 2 <= timezone.localtime(timezone.now()).hour < 22:
        # Near midnight the session would end tomorrow, and its certificate rightly count only
        # from then: run the day in a zone where it is afternoon.
        settings.TIME_ZONE = "Etc/GMT+6"
    start = timezone.localtime(timezone.now() - timedelta(minutes=5))
    end = start + timedelta(minutes=60)
    assert end.date() == timezone.localdate()

    with step("the educator creates an in-service"):
        log_in(page, "educator@riverside.example")
        page.goto(f"/orgs/{org.pk}/inservice/")
        page.get_by_role("link", name="New session").click()
        field(page, "Title").fill("Blood culture contamination")
        field(page, "Starts").fill(start.strftime("%Y-%m-%dT%H:%M"))
        field(page, "Ends").fill(end.strftime("%Y-%m-%dT%H:%M"))
        field(page, "Instructional minutes").fill("50")
        page.get_by_label("Microbiology").check()
        field(page, "Accreditation").select_option("pace")
        field(page, "P.A.C.E. provider number").fill("519")
        field(page, "Program (course) number").fill("519-204-26")
        field(page, "Instructors").fill("Sam Lee, MLS(ASCP)")
        page.get_by_role("button", name="Create").click()
        page.get_by_role("heading", name="Blood culture contamination").wait_for()
        code = page.locator("#checkin-code").inner_text().strip()
        assert re.fullmatch(r"[A-Z2-9]{6}", code)

    with step("the check-in screen shows the code and its QR code"):
        page.get_by_role("link", name="Show the check-in screen").click()
        assert page.get_by_label("Check-in code").inner_text().replace(" ", "") == code
        assert page.locator(".qr svg").count() == 1

    with step("a member checks in with the code"):
        log_in(page, "member@riverside.example")
        page.get_by_role("link", name="In-service").first.click()
        page.get_by_label("Check-in code").fill(code.lower())
        page.get_by_role("button", name="Check in").click()
        page.get_by_text("Checked in to “Blood culture contamination”").wait_for()

    with step("the educator issues the certificates"):
        log_in(page, "educator@riverside.example")
        page.goto(f"/orgs/{org.pk}/inservice/")
        page.get_by_role("link", name="Blood culture contamination").click()
        assert page.get_by_role("checkbox", name="Tess Tech").is_checked()
        page.get_by_role("button", name="Issue certificates").click()
        page.get_by_text("1 certificate issued").wait_for()

    with step("the certificate is among the member's activities and counts on the dashboard"):
        log_in(page, "member@riverside.example")
        assert float(page.get_by_test_id("earned").first.inner_text().strip()) == 1
        page.get_by_role("link", name="Activities", exact=True).click()
        row = page.locator(".activity", has_text="Blood culture contamination")
        assert "Issued by Riverside Hospital Laboratory" in row.inner_text()
        assert "counts" in row.inner_text()
        row.get_by_role("link", name="Blood culture contamination").click()
        assert page.get_by_role("link", name=re.compile(r"^certificate-blood-culture")).count() == 1
        verify = page.get_by_role("link", name="Verify this certificate").get_attribute("href")

    with step("the manager sees the member's progress in the team matrix"):
        log_in(page, "manager@riverside.example")
        page.goto(f"/orgs/{org.pk}/compliance/")
        matrix = page.locator("table.matrix").inner_text()
        assert "Tess Tech" in matrix and "MLS(ASCP)" in matrix
        assert re.search(r"\b1 / 36\b", matrix), matrix[:400]

    with step("the public verification page says valid"):
        page.context.clear_cookies()
        page.goto(verify)
        page.get_by_text("Valid", exact=True).first.wait_for()

    with step("the educator revokes it, and the page says revoked"):
        log_in(page, "educator@riverside.example")
        page.goto(f"/orgs/{org.pk}/inservice/")
        page.get_by_role("link", name="Blood culture contamination").click()
        page.get_by_label("Reason for revoking the certificate of Tess Tech").fill(
            "Issued to the wrong person"
        )
        page.get_by_role("button", name="Revoke").click()
        page.get_by_text("Revoked the certificate of Tess Tech").wait_for()
        page.context.clear_cookies()
        page.goto(verify)
        page.get_by_text("Revoked", exact=True).first.wait_for()
        assert "Issued to the wrong person" in page.content()
