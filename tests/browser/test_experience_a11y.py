"""Accessibility as a test (issue 14): axe-core runs inside chromium on every page a technician
and a laboratory manager open, at desktop and at phone width, and finds no serious or critical
violation. The demo account and the demo laboratory give every kind of page real content."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser.axe import violations
from tests.browser.conftest import TIMEOUT_MS

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

VISITOR_PAGES = ["/", "/accounts/login/", "/accounts/signup/", "/no/such/page/"]
TECHNICIAN_PAGES = [
    "/",
    "/activities/",
    "/activities/?missing=1",
    "/activities/add/",
    "/credentials/add/?welcome=1",
    "/credentials/add/?rules=fl/technologist",
    "/capture/",
    "/catalogue/",
    "/catalogue/?gaps=on&topic=blood-banking",
    "/plan/",
    "/plan/items/",
    "/pathways/",
    "/export/",
    "/settings/",
    "/history/",
    "/orgs/",
    "/inservice/",
]


@pytest.fixture
def demo(db: Any, settings: Any) -> Any:
    from cetrack.web.demo import load_demo

    settings.CETRACK_MFA_REQUIRED = False  # the manager looks at pages, not at two-factor set-up
    return load_demo()


def _log_in(context: Any, email: str, password: str) -> Any:
    page = context.new_page()
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(re.compile(r"/($|\?)"))
    return page


def _links(page: Any, pattern: str, limit: int = 2) -> list[str]:
    hrefs = page.eval_on_selector_all("main a[href]", "els => els.map(e => e.getAttribute('href'))")
    found = [h for h in dict.fromkeys(hrefs) if re.fullmatch(pattern, h)]
    return found[:limit]


def _check(page: Any, urls: list[str], width: str, found: dict[str, list[str]]) -> None:
    for url in urls:
        response = page.goto(url)
        assert response is not None and response.status in (200, 404), (url, response)
        page.locator("main").wait_for()
        problems = violations(page)
        if problems:
            found[f"{width} {url}"] = problems


def _context(browser: Any, live_server: Any, viewport: dict[str, int]) -> Any:
    phone = viewport["width"] < 600
    context = browser.new_context(
        base_url=live_server.url, viewport=viewport, is_mobile=phone, has_touch=phone
    )
    context.set_default_timeout(TIMEOUT_MS * 3)
    return context


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_serious_violation_on_any_page(
    browser: Any, live_server: Any, demo: Any, viewport: dict[str, int]
) -> None:
    width = "phone" if viewport is PHONE else "desktop"
    found: dict[str, list[str]] = {}
    checked = 0

    context = _context(browser, live_server, viewport)
    page = context.new_page()
    _check(page, VISITOR_PAGES, width, found)
    checked += len(VISITOR_PAGES)
    context.close()

    context = _context(browser, live_server, viewport)
    page = _log_in(context, demo.email, demo.password)
    page.goto("/")
    detail = _links(page, r"/credentials/\d+/")
    page.goto("/activities/")
    detail += _links(page, r"/activities/\d+/", 1)
    urls = TECHNICIAN_PAGES + detail
    if detail:
        urls.append(detail[0] + "edit/")
    _check(page, urls, width, found)
    checked += len(urls)
    page.goto("/plan/")
    page.get_by_role("button", name=re.compile("Make a plan")).click()
    page.wait_for_url(re.compile(r"/plan/\?"))
    _check(page, [page.url], width, found)  # the plan itself
    checked += 1
    context.close()

    context = _context(browser, live_server, viewport)
    page = _log_in(context, demo.manager_email, demo.password)
    page.goto("/orgs/")
    org_pages = _links(page, r"/orgs/[\w-]+/", 1)
    manager = list(org_pages)
    for url in org_pages:
        page.goto(url)
        manager += _links(page, rf"{re.escape(url)}[\w/-]+/", 12)
    _check(page, manager, width, found)
    checked += len(manager)
    context.close()

    print(f"axe: {checked} pages at {width} width, {len(manager)} of them as a manager")
    assert checked > 30, checked
    assert len(manager) > 4, manager
    assert not found, "serious or critical axe violations:\n" + "\n".join(
        f"{where}: {line}" for where, lines in found.items() for line in lines
    )
