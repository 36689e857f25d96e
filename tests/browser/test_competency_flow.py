"""Competency from start to finish in a real browser: the manager defines a test system and
assigns a member, the member shows as due, an assessor records and signs the six elements, the
member acknowledges, and the site's inspection binder contains the record."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from tests.browser.conftest import chromium_path
from tests.competency.conftest import SIX
from tests.tools import require

pytestmark = pytest.mark.browser
PASSWORD = "Competency-2026!"


@pytest.fixture(autouse=True)
def _needs_chromium() -> None:
    require(chromium_path(), "chromium is not installed; the competency browser flow was not run")


@pytest.fixture
def laboratory(live_server: Any) -> dict[str, Any]:
    """Harbour laboratory, one site: Mona the manager (a technical supervisor there: she may
    assess high-complexity testing) and Tess."""
    from cetrack.accounts.models import User
    from cetrack.competency import services
    from cetrack.orgs.models import Membership, Organisation, Site

    org = Organisation.objects.create(name="Harbour Laboratory", slug="harbour")
    site = Site.objects.create(organisation=org, name="Harbour core lab", state="FL")
    people = {}
    for role, name in (("manager", "Mona Manager"), ("member", "Tess Tech")):
        user = User.objects.create_user(f"{role}@harbour.example", PASSWORD, name=name)
        people[role] = Membership.objects.create(
            user=user, organisation=org, role=role, site=site, consent_at=timezone.now()
        )
    data = {"position": "technical-supervisor", "since": timezone.localdate() - timedelta(days=900)}
    assert services.record_qualification(people["manager"].user, people["manager"], site, data).ok
    return {"org": org, "site": site}


def field(scope: Any, text: str) -> Any:
    return scope.get_by_label(re.compile(rf"^\s*{re.escape(text)}:?(\s*\*)?\s*$"))


def log_in(page: Any, email: str) -> None:
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    field(page, "Email").fill(email)
    field(page, "Password").fill(PASSWORD)
    field(page, "Password").press("Enter")
    page.wait_for_url(re.compile(r"/$"))


def _record_element(page: Any, element: str, data: dict[str, Any]) -> None:
    section = page.locator(f"#element-{element}")
    labels = {
        "result": "Result",
        "method": "Method",
        "notes": "Notes (what was observed; records by title and date)",
        "sample_results": "Samples and results (ID, result, expected)",
        "score_correct": "Score: correct",
        "score_total": "out of",
    }
    for key, value in data.items():
        control = field(section, labels[key])
        if key in ("result", "method"):
            control.select_option(value=value)
        else:
            control.fill(str(value))
    section.get_by_role("button", name="Save").click()
    page.wait_for_load_state()


def test_competency_from_test_system_to_binder(page: Any, step: Any, laboratory: Any) -> None:
    org, site = laboratory["org"], laboratory["site"]
    began = timezone.localdate() - timedelta(days=190)

    with step("the manager defines a test system"):
        log_in(page, "manager@harbour.example")
        page.goto(f"/orgs/{org.pk}/competency/sites/{site.pk}/systems/")
        field(page, "Name").fill("Coagulation on ACL TOP 550")
        field(page, "Analyte or test").fill("PT/INR, aPTT")
        field(page, "Specialty").select_option(label="Hematology")
        field(page, "Complexity").select_option(label="High complexity")
        page.get_by_role("button", name="Add test system").click()
        page.get_by_role("heading", name="Coagulation on ACL TOP 550").wait_for()

    with step("the manager assigns Tess"):
        field(page, "Member").select_option(label="Tess Tech")
        field(page, "First day of patient testing on it").fill(began.isoformat())
        page.get_by_role("button", name="Assign").click()
        page.get_by_role("link", name="Tess Tech").wait_for()

    with step("Tess shows as overdue on the site's due list"):
        page.goto(f"/orgs/{org.pk}/competency/sites/{site.pk}/")
        row = page.get_by_role("row").filter(has_text="Tess Tech")
        assert "Overdue" in row.inner_text() and "6-month assessment" in row.inner_text()
        row.get_by_role("link", name="Assess").click()

    with step("the assessor records the six elements"):
        page.get_by_role("button", name="Start the assessment").click()
        page.get_by_text("Still needed before signing").wait_for()
        for element, data in SIX.items():
            _record_element(page, element, data)
        assert page.get_by_text("Still needed before signing").count() == 0

    with step("the assessor signs"):
        page.get_by_role("button", name="Sign as assessor").click()
        page.get_by_text("Signed, awaiting the member's acknowledgement").wait_for()

    with step("Tess acknowledges; the assessment is locked"):
        log_in(page, "member@harbour.example")
        page.goto(f"/orgs/{org.pk}/competency/")
        page.get_by_role("link", name=re.compile("Coagulation on ACL TOP 550 — 6-month")).click()
        page.get_by_role("button", name="Acknowledge").click()
        page.get_by_text("Signed and acknowledged (locked)").wait_for()
        page.goto(f"/orgs/{org.pk}/competency/")
        assert "Cleared" in page.get_by_role("row").filter(has_text="Coagulation").inner_text()

    with step("the binder contains Tess's competency record"):
        log_in(page, "manager@harbour.example")
        page.goto(f"/orgs/{org.pk}/binders/")
        page.get_by_role("button", name="Prepare binder").click()
        with page.expect_download() as download:
            page.get_by_role("link", name="Download ZIP").first.click()
        with open(download.value.path(), "rb") as stream:
            archive = zipfile.ZipFile(io.BytesIO(stream.read()))
        assert "members/Tess Tech/competency/record.pdf" in archive.namelist()
