"""The Content-Security-Policy breaks nothing in a real browser: the pages, htmx's filtering and
deleting, the API docs (Swagger UI) and the admin work, and chromium reports no policy
violation anywhere (an inline script would be reported: "Refused to ...")."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from tests.browser.test_flow import EMAIL, PASSWORD, field

pytestmark = pytest.mark.browser


def _records() -> Any:
    from cetrack.accounts.models import User
    from cetrack.records import services
    from tests.web.conftest import pdf_bytes

    user = User.objects.create_user(EMAIL, PASSWORD, name="Alice Tech", is_staff=True)
    user.is_superuser = True
    user.save()
    services.save_credential(user, {"rules": "ascp/MLS", "cycle_end": date(2027, 6, 30)})
    for number, topic in enumerate(["hematology", "safety"]):
        row = services.save_activity(
            user,
            {
                "title": f"Course {number}",
                "completed_on": date(2025, 3, number + 1),
                "hours": 2,
                "topics": [topic],
                "accreditation": "pace",
            },
        ).saved
        services.attach_certificate(user, row, f"course-{number}.pdf", pdf_bytes())
    return user


def test_no_page_trips_the_content_security_policy(page: Any, step: Any) -> None:
    _records()
    violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text or "Refused to" in message.text
            else None
        ),
    )
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => "
        "console.error('Refused to: CSP ' + e.violatedDirective + ' ' + e.blockedURI));"
    )

    with step("log in"):
        page.goto("/accounts/login/")
        field(page, "Email").fill(EMAIL)
        field(page, "Password").fill(PASSWORD)
        field(page, "Password").press("Enter")
        page.wait_for_url(re.compile(r"/$"))

    page.on("dialog", lambda dialog: dialog.accept())  # "Delete …? It is kept in your history"

    with step("htmx filters and deletes on the activity list"):
        page.goto("/activities/")
        page.get_by_label("Area").select_option("safety")
        page.wait_for_url(re.compile(r"area=safety"))
        assert page.locator("li.activity").count() == 1
        page.get_by_role("button", name="Delete Course 1").click()
        page.get_by_text("Deleted “Course 1”").wait_for()

    with step("the other pages"):
        for url in [
            "/",
            "/activities/add/",
            "/credentials/add/?welcome=1",
            "/export/",
            "/settings/",
            "/capture/",
            "/plan/",
        ]:
            page.goto(url)
            page.locator("main").wait_for()

    with step("the API docs render with Swagger UI"):
        page.goto("/api/docs")
        page.get_by_text("cetrack API").first.wait_for()
        page.locator(".opblock").first.wait_for()

    with step("the admin"):
        page.goto("/admin/")
        page.get_by_role("link", name="Catalogue entries").first.wait_for()

    assert violations == []
