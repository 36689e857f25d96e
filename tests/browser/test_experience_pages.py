"""Phone and keyboard (issue 14), in chromium: the phone menu, a form's error summary taking
focus, the topic picker as one searchable stop, removals confirmed and undone, and the
pathways profile growing a row with a button."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser.axe import violations
from tests.browser.test_flow import EMAIL, PASSWORD, field

pytestmark = pytest.mark.browser


def _log_in(page: Any) -> None:
    from cetrack.accounts.models import User

    User.objects.create_user(EMAIL, PASSWORD, name="Kim Lab")
    page.goto("/accounts/login/")
    field(page, "Email").fill(EMAIL)
    field(page, "Password").fill(PASSWORD)
    field(page, "Password").press("Enter")
    page.wait_for_url(re.compile(r"/($|\?)"))


def test_the_phone_menu_folds_the_navigation(page: Any, step: Any) -> None:
    _log_in(page)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/")
    nav = page.get_by_role("navigation", name="Main")
    menu = page.get_by_role("button", name="Menu")
    with step("folded: one button, no links"):
        assert menu.is_visible() and menu.get_attribute("aria-expanded") == "false"
        assert not nav.get_by_role("link", name="Activities").is_visible()
        top = page.locator("header.top").bounding_box()
        assert top and top["height"] < 80, top  # one line, not four
    with step("opened from the keyboard, closed with Escape"):
        menu.focus()
        page.keyboard.press("Enter")
        assert menu.get_attribute("aria-expanded") == "true"
        assert nav.get_by_role("link", name="Activities").is_visible()
        nav.get_by_role("link", name="Activities").focus()
        page.keyboard.press("Escape")
        assert menu.get_attribute("aria-expanded") == "false"
        assert page.evaluate("() => document.activeElement.textContent") == "Menu"
    with step("no sideways scrolling"):
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, overflow


def test_every_error_at_once_with_focus_on_the_summary(page: Any, step: Any) -> None:
    _log_in(page)
    page.goto("/activities/add/")
    field(page, "Amount").fill("1.555")
    page.get_by_role("button", name="Save activity").click()
    with step("one summary lists every problem and has the focus"):
        summary = page.locator("[data-error-summary]")
        assert summary.is_visible()
        assert page.evaluate("() => document.activeElement.dataset.errorSummary") == ""
        links = summary.get_by_role("link")
        assert links.count() >= 3, links.all_inner_texts()
    with step("a screen reader hears each control's error"):
        title = field(page, "Title")
        described = title.get_attribute("aria-describedby") or ""
        assert all(page.locator(f"#{i}").count() == 1 for i in described.split())
        assert "required" in page.locator(f"#{described.split()[-1]}").inner_text()
    with step("the summary's link takes the person to the field"):
        summary.get_by_role("link", name=re.compile("^Title")).click()
        assert page.evaluate("() => document.activeElement.id") == "id_title"


def test_removing_a_credential_asks_first_and_can_be_undone(page: Any, step: Any) -> None:
    from cetrack.accounts.models import User
    from tests.web.conftest import make_credential

    _log_in(page)
    make_credential(User.objects.get(email=EMAIL))
    page.goto("/")
    page.locator(".card h2 a").first.click()
    with step("dismissing the question keeps it"):
        page.once("dialog", lambda dialog: dialog.dismiss())
        page.get_by_role("button", name="Remove this credential").click()
        assert re.search(r"/credentials/\d+/$", page.url)
    with step("accepting removes it, and the toast undoes it"):
        page.once("dialog", lambda dialog: dialog.accept())
        page.get_by_role("button", name="Remove this credential").click()
        page.wait_for_url(re.compile(r"/$"))
        page.get_by_role("button", name="Undo").click()
        page.wait_for_url(re.compile(r"/credentials/\d+/$"))
        assert (
            "Restored Medical Laboratory Scientist" in page.get_by_role("status").first.inner_text()
        )


def test_the_pathways_profile_adds_a_row_with_a_button(page: Any, step: Any) -> None:
    _log_in(page)
    page.goto("/pathways/")
    jobs = page.get_by_role("group", name="Laboratory experience")
    before = jobs.locator("div.form.entry").count()
    with step("a button adds an empty job and puts the cursor in it"):
        jobs.get_by_role("button", name="Add another job").click()
        assert jobs.locator("div.form.entry").count() == before + 1
        total = page.locator("#id_job-TOTAL_FORMS").input_value()
        assert int(total) == before + 1
        focused = page.evaluate("() => document.activeElement.name")
        assert focused.startswith(f"job-{before}-"), focused


def test_the_amount_splits_by_topic_when_two_are_ticked(page: Any, step: Any) -> None:
    _log_in(page)
    page.goto("/activities/add/")
    split = page.get_by_label(re.compile("record one activity per topic"))
    with step("one topic: no split offered"):
        field(page, "HIV/AIDS").check()
        assert not split.is_visible()
    with step("two topics: the split asks one amount per topic"):
        field(page, "Prevention of medical errors").check()
        split.check()
        assert page.get_by_role("spinbutton", name="HIV/AIDS").is_visible()
        assert page.get_by_role("spinbutton", name="Prevention of medical errors").is_visible()
        assert not violations(page)
