"""CE funding in a real browser on the demo laboratory: the manager approves a request over its
member's allowance (only with a reason), the demo technician's renewal plan shows the LabCE
package at $0 paid by the subscription, and no funding page has a serious or critical axe
violation. Marked `browser` (run with -m browser, Debian's chromium)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from tests.browser.axe import violations
from tests.tools import require

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture
def context(live_server: Any, monkeypatch: Any) -> Iterator[Any]:
    import os
    import shutil

    # Playwright's sync API runs an event loop in this thread (see tests/browser/conftest.py).
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    found = os.environ.get("CHROMIUM_PATH") or shutil.which(CHROMIUM)
    executable = require(found, f"no chromium at {CHROMIUM}: the funding browser test was not run")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=["--no-sandbox"]
        )
        opened = browser.new_context(
            base_url=live_server.url, viewport={"width": 1280, "height": 900}
        )
        opened.set_default_timeout(30_000)
        yield opened
        browser.close()


@pytest.fixture
def demo(db: Any, settings: Any, tmp_path: Any) -> Any:
    from cetrack.web.demo import load_demo

    settings.EVIDENCE_DIR = tmp_path / "evidence"
    settings.CETRACK_MFA_REQUIRED = False  # the manager looks at pages, not two-factor set-up
    return load_demo()


def _log_in(context: Any, email: str, password: str) -> Any:
    context.clear_cookies()  # one person at a time
    page = context.new_page()
    response = page.goto("/accounts/login/")
    assert response is not None and response.status == 200, page.content()[:2000]
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(re.compile(r"/($|\?)"))
    return page


def _axe(page: Any, url: str, found: dict[str, list[str]]) -> None:
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    problems = violations(page)
    if problems:
        found[url] = problems


def test_funding_in_the_browser(context: Any, demo: Any) -> None:
    from cetrack.funding.models import FundingRequest, Subscription
    from cetrack.orgs.demo import DEMO_SLUG
    from cetrack.orgs.models import Organisation

    org = Organisation.objects.get(slug=DEMO_SLUG)
    base = f"/orgs/{org.pk}/funding/"
    chen = FundingRequest.objects.get(organisation=org, membership__user__email__startswith="chen")
    subscription = Subscription.objects.get(organisation=org)
    found: dict[str, list[str]] = {}

    manager = _log_in(context, demo.manager_email, demo.password)
    for tail in ("", "new/", "queue/", "budgets/", "sponsor/", "subscriptions/"):
        _axe(manager, base + tail, found)
    _axe(manager, f"{base}subscriptions/{subscription.pk}/", found)
    _axe(manager, f"{base}requests/{chen.pk}/", found)
    # Chen's tuition is over his $2,500 allowance: refused without a reason, approved with one.
    manager.get_by_role("button", name="Approve").click()
    manager.get_by_text("To approve anyway, give the reason for the override.").first.wait_for()
    manager.get_by_label("Reason to exceed the budget").fill("SBB lead position approved by HR")
    manager.get_by_role("button", name="Approve").click()
    manager.get_by_text("Approved although it exceeds").wait_for()
    chen.refresh_from_db()
    assert chen.status == "approved" and "by $700" in chen.overrun

    technician = _log_in(context, demo.email, demo.password)
    _axe(technician, base, found)
    technician.goto("/plan/")
    technician.get_by_role("button", name=re.compile("Make a plan")).click()
    technician.wait_for_url(re.compile(r"/plan/\?"))
    label = technician.get_by_test_id("paid-by").first
    assert (
        "paid by Bayside Regional Laboratory's LabCE (MediaLab) subscription" in label.inner_text()
    )
    assert violations(technician) == []
    assert not found, "serious or critical axe violations:\n" + "\n".join(
        f"{where}: {line}" for where, lines in found.items() for line in lines
    )
