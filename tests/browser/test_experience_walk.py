"""Done when (issue 14): a new user walks from the landing page through sign-up, an ASCP MLS
certification and a Florida licence, three imported certificates and a plan — and every click
is counted. The count is recorded in the README ("Getting started in N clicks"); fewer is
better, and the test fails if the walk grows past its budget.

A "click" is one pointer action a person makes: a button or link pressed, a box ticked, an
option chosen. Typing into a field is not a click (Enter to submit is)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.browser.axe import violations
from tests.browser.test_flow import field
from tests.capture.samples import certificate_pdf

pytestmark = pytest.mark.browser

CLICK_BUDGET = 20  # the count recorded in the README; lower it when the walk gets shorter
README = Path(__file__).resolve().parents[2] / "README.md"
NAME = "Dana Whitfield"
EMAIL = "dana.whitfield@example.org"
PASSWORD = "Hemolysis-Index-2026!"
COURSES = [
    ("Antibody Identification Case Studies", "1.5 contact hours"),
    ("Transfusion Reactions Update", "2 contact hours"),
    ("Florida Laws and Rules for Laboratory Personnel", "1 contact hour"),
]


class Clicks:
    """Counts the person's clicks; each goes through here."""

    def __init__(self, page: Any) -> None:
        self.page, self.count, self.log = page, 0, []

    def __call__(self, locator: Any, what: str) -> None:
        locator.click()
        self.count += 1
        self.log.append(what)

    def check(self, locator: Any, what: str) -> None:
        locator.check()
        self.count += 1
        self.log.append(what)

    def enter(self, locator: Any, what: str) -> None:
        locator.press("Enter")
        self.count += 1
        self.log.append(what)


def test_a_new_user_gets_started_in_few_clicks(page: Any, step: Any, tmp_path: Path) -> None:
    click = Clicks(page)
    files = []
    for number, (title, amount) in enumerate(COURSES):
        when = date.today() - timedelta(days=30 + number)
        path = tmp_path / f"certificate-{number + 1}.pdf"
        path.write_bytes(
            certificate_pdf(
                name=NAME, title=title, when=f"{when:%B} {when.day}, {when.year}", amount=amount
            )
        )
        files.append(str(path))

    with step("the landing page says what cetrack is"):
        page.goto("/")
        assert page.get_by_role("heading", level=1).is_visible()
        assert not violations(page)
        click(page.get_by_role("link", name=re.compile("^Sign up")).first, "Sign up")

    with step("sign up with the name on the licence"):
        field(page, "Your name as on your licence").fill(NAME)
        field(page, "Email").fill(EMAIL)
        field(page, "Password").fill(PASSWORD)
        field(page, "Password (again)").fill(PASSWORD)
        click.enter(field(page, "Password (again)"), "submit the sign-up form")
        page.wait_for_url(re.compile(r"/credentials/add/\?welcome=1$"))
        assert page.get_by_role("heading", name=re.compile(f"Welcome, {NAME}")).is_visible()

    with step("an ASCP MLS certification by its name"):
        page.get_by_label("Search by name, body or state").fill("MLS(ASCP)")
        click.check(page.get_by_label("Medical Laboratory Scientist — MLS(ASCP)"), "pick MLS(ASCP)")
        click(page.get_by_role("button", name="Continue"), "Continue")
        field(page, "Current cycle ends").fill((date.today() + timedelta(days=500)).isoformat())
        click(page.get_by_role("button", name="Save credential"), "Save credential")
        page.wait_for_url(re.compile(r"/credentials/add/\?welcome=1$"))

    with step("a Florida licence: only its categories asked"):
        page.get_by_label("Search by name, body or state").fill("florida technologist")
        click.check(
            page.get_by_label("Florida Clinical laboratory technologist licence"),
            "pick the Florida licence",
        )
        click(page.get_by_role("button", name="Continue"), "Continue")
        assert "Leave it blank" in page.locator("main").inner_text()  # Florida's shared cycle
        click.check(field(page, "Immunohematology (blood banking)"), "tick a category")
        click.check(field(page, "Hematology"), "tick a category")
        click(page.get_by_role("button", name="Save credential"), "Save credential")
        page.wait_for_url(re.compile(r"/credentials/add/\?welcome=1$"))
        assert "You keep:" in page.locator("main").inner_text()

    with step("three certificates imported and checked"):
        click(page.get_by_role("link", name="Next: add your CE certificates"), "Next")
        page.get_by_label(re.compile("^Files")).set_input_files(files)
        click.count += 1  # choosing the files in the browser's dialog
        click.log.append("choose three files")
        click(page.get_by_role("button", name="Read files"), "Read files")
        page.get_by_text("3 of 3 files read").wait_for(timeout=60_000)
        click(page.get_by_role("link", name=re.compile(r"^Review 3 activities")), "Review")
        for title, _ in COURSES:
            assert field(page, "Title").input_value() == title
            click(page.get_by_role("button", name="Add activity"), f"add {title}")
            page.wait_for_load_state()
        page.get_by_text("Nothing left to review").wait_for()

    with step("the dashboard counts them and says what is missing"):
        click(
            page.get_by_role("navigation", name="Main").get_by_role("link", name="Dashboard"),
            "Dashboard",
        )
        text = page.locator("main").inner_text()
        assert "Medical Laboratory Scientist, MLS(ASCP)" in text
        assert "Florida Clinical laboratory technologist licence" in text
        assert "Find CE" in text

    with step("a plan, added to my planned items"):
        click(page.get_by_role("link", name=re.compile("^Plan the cheapest way")).first, "Plan")
        page.get_by_test_id("plan-status").wait_for()  # the dashboard's link makes the plan
        click(page.get_by_role("button", name="Add all to my plan"), "Add all to my plan")
        page.wait_for_url(re.compile(r"/plan/items/$"))
        assert page.locator("li.planned-item").count() > 0

    print(f"\nclicks: {click.count} — " + "; ".join(click.log))
    assert click.count <= CLICK_BUDGET, (click.count, click.log)
    readme = README.read_text(encoding="utf-8")
    recorded = re.search(r"getting started takes (\d+) clicks", readme)
    assert recorded, "the README records the click count of this walk"
    assert int(recorded.group(1)) == click.count, (
        f"README says {recorded.group(1)} clicks, the walk took {click.count}: update the README"
    )
