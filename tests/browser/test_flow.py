"""A technician's first session, in a real browser: sign up, add a credential, record an activity
with its certificate, watch the dashboard move, and take the transcript and audit packet away."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import pdf_bytes

pytestmark = pytest.mark.browser

EMAIL = "kim.lab@example.org"
PASSWORD = "Coag-Panel-2026!"
TITLE = "Coagulation cascade update"
CERTIFICATE_NAME = "coag-certificate.pdf"


def field(page: Any, text: str) -> Any:
    """The control labelled `text` (allauth adds a ":", required fields an aria-hidden "*")."""
    return page.get_by_label(re.compile(rf"^\s*{re.escape(text)}:?(\s*\*)?\s*$"))


def _earned(page: Any) -> float:
    return float(page.get_by_test_id("earned").first.inner_text().strip())


def _meter(page: Any) -> tuple[int, float]:
    """The credential's total progress bar: (aria-valuenow, rendered width of the fill in px)."""
    bar = page.get_by_role("progressbar", name=re.compile(r"total$", re.IGNORECASE)).first
    fill = bar.locator("span").bounding_box()
    return int(bar.get_attribute("aria-valuenow")), (fill["width"] if fill else 0.0)


def _download(page: Any, link_name: str) -> bytes:
    """Follow a download link the way a person does, after checking the server answers it."""
    link = page.get_by_role("link", name=link_name)
    href = link.get_attribute("href")
    answer = page.request.get(href)
    assert answer.ok, f"{href} answered {answer.status}: {answer.text()[:120]!r}"
    with page.expect_download() as pending:
        link.click()
    return Path(pending.value.path()).read_bytes()


def test_sign_up_record_and_download(page: Any, step: Any) -> None:
    today = date.today()
    cycle_end = today + timedelta(days=400)
    completed = today - timedelta(days=20)
    certificate = pdf_bytes("Certificate of completion: coagulation cascade update")

    with step("sign up"):
        page.goto("/accounts/signup/")
        field(page, "Your name as on your licence").fill("Kim Lab")
        field(page, "Email").fill(EMAIL)
        field(page, "Password").fill(PASSWORD)
        field(page, "Password (again)").fill(PASSWORD)
        page.get_by_role("button", name=re.compile("sign up", re.IGNORECASE)).click()

    with step("land logged in on the first-run credential picker"):
        page.wait_for_url(re.compile(r"/credentials/add/\?welcome=1$"))
        assert page.get_by_role("button", name="Log out").count() == 1
        assert page.get_by_role("heading", name=re.compile("Welcome, Kim Lab")).is_visible()

    with step("add a credential by its name"):
        page.get_by_label("Search by name, body or state").fill("MLS(ASCP)")
        page.get_by_label("Medical Laboratory Scientist — MLS(ASCP)").check()
        page.get_by_role("button", name="Continue").click()
        field(page, "Current cycle ends").fill(cycle_end.isoformat())
        page.get_by_role("button", name="Save credential").click()
        page.wait_for_url(re.compile(r"/credentials/add/\?welcome=1$"))
        status = page.get_by_role("status").first.inner_text()
        assert "Added Medical Laboratory Scientist, MLS(ASCP)" in status

    with step("dashboard shows nothing earned"):
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Dashboard").click()
        page.wait_for_url(re.compile(r"/$"))
        earned_before = _earned(page)
        value_before, width_before = _meter(page)
        assert earned_before == 0, earned_before
        assert value_before == 0, value_before

    with step("add an activity with a certificate"):
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Add activity").click()
        field(page, "Title").fill(TITLE)
        field(page, "Provider").fill("ASCLS Region IV")
        field(page, "Completed on").fill(completed.isoformat())
        field(page, "Amount").fill("4")
        field(page, "Unit").select_option("hours")
        field(page, "Kind").select_option("course")
        field(page, "Hematology").check()
        field(page, "Safety").check()
        field(page, "Accreditation").select_option("pace")
        field(page, "Certificate (PDF, PNG or JPEG, optional)").set_input_files(
            {"name": CERTIFICATE_NAME, "mimeType": "application/pdf", "buffer": certificate}
        )
        page.get_by_role("button", name="Save activity").click()
        page.wait_for_url(re.compile(r"/activities/\d+/$"))
        assert TITLE in page.get_by_role("status").inner_text()
        assert page.get_by_text(CERTIFICATE_NAME).first.is_visible()

    with step("dashboard shows the points earned"):
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Dashboard").click()
        page.wait_for_url(re.compile(r"/$"))
        earned_after = _earned(page)
        value_after, width_after = _meter(page)
        assert earned_after == 4, f"earned {earned_before} → {earned_after}"
        assert value_after > value_before, f"aria-valuenow {value_before} → {value_after}"
        assert width_after > width_before, f"bar width {width_before}px → {width_after}px"
        assert page.get_by_text("1 activity recorded").is_visible()

    with step("open the credential page"):
        page.get_by_role("heading", level=2).get_by_role("link").first.click()
        page.wait_for_url(re.compile(r"/credentials/\d+/$"))
        assert _earned(page) == 4
        assert page.get_by_role("link", name=TITLE).first.is_visible()

    with step("download the transcript"):
        transcript = _download(page, "Transcript (PDF)")
        assert transcript.startswith(b"%PDF"), transcript[:20]

    with step("download the audit packet"):
        packet = zipfile.ZipFile(io.BytesIO(_download(page, "Audit packet (ZIP)")))
        names = packet.namelist()
        assert "manifest.json" in names, names
        assert "transcript.pdf" in names, names
        json.loads(packet.read("manifest.json"))
        assert packet.read("transcript.pdf").startswith(b"%PDF")
        attached = [n for n in names if packet.read(n) == certificate]
        assert attached, f"the uploaded certificate is not in the packet: {names}"


def test_add_activity_form_works_from_the_keyboard(page: Any, step: Any) -> None:
    from cetrack.accounts.models import User

    User.objects.create_user(EMAIL, PASSWORD, name="Kim Lab")

    with step("log in"):
        page.goto("/accounts/login/")
        field(page, "Email").fill(EMAIL)
        field(page, "Password").fill(PASSWORD)
        field(page, "Password").press("Enter")
        page.wait_for_url(re.compile(r"/$"))
        page.goto("/activities/add/")

    form = page.locator("main form.form")
    controls = form.locator("input:not([type=hidden]), select, textarea")

    with step("every control has a label that finds it"):
        unlabelled, ambiguous = [], []
        for index in range(controls.count()):
            control = controls.nth(index)
            ident = control.get_attribute("id")
            label = control.evaluate(
                "e => Array.from(e.labels || []).map(l => l.innerText.replace('*', '').trim())"
                ".join(' ')"
            )
            if not ident or not label:
                unlabelled.append(control.evaluate("e => e.outerHTML.slice(0, 80)"))
                continue
            found = field(page, label)
            if found.count() != 1 or found.get_attribute("id") != ident:
                ambiguous.append(f"{label!r} → {found.count()} controls")
        assert controls.count() > 10, controls.count()
        assert not unlabelled, f"controls without a label: {unlabelled}"
        assert not ambiguous, f"labels that do not name one control: {ambiguous}"
        assert page.get_by_role("group", name="Topics").is_visible()

    with step("Tab reaches every control, in order, with a visible focus ring"):
        # The 25 topics are one searchable list: its filter and one box are Tab stops, the
        # arrow keys move between the boxes (tabindex -1 on the others).
        expected = [
            controls.nth(i).get_attribute("id")
            for i in range(controls.count())
            if controls.nth(i).evaluate("e => e.tabIndex >= 0 && e.getClientRects().length > 0")
        ]  # hidden: the split by topic, offered once two topics are ticked
        topic_stops = [i for i in expected if i and i.startswith("id_topics")]
        assert topic_stops == ["id_topics_filter", "id_topics_0"], topic_stops
        field(page, "Title").focus()
        reached, no_ring = [], []
        for _ in range(3 * len(expected)):  # a date input takes a Tab per day/month/year part
            ident, ring = page.evaluate(
                "() => [document.activeElement.id,"
                " getComputedStyle(document.activeElement).outlineStyle]"
            )
            if ident in expected and ident not in reached:
                reached.append(ident)
                if ring == "none":
                    no_ring.append(ident)
            if page.evaluate("() => document.activeElement.type") == "submit":
                break
            page.keyboard.press("Tab")
        assert reached == expected, f"tab order {reached} != document order {expected}"
        assert not no_ring, f"no focus outline on {no_ring}"
        assert page.evaluate("() => document.activeElement.textContent") == "Save activity"

    with step("fill and submit from the keyboard"):
        field(page, "Title").focus()
        page.keyboard.type("Keyboard-only safety refresher")
        field(page, "Amount").focus()
        page.keyboard.type("1")
        field(page, "Find topics").focus()
        page.keyboard.type("safety")
        page.keyboard.press("Enter")  # the one box left is ticked; Enter never submits here
        assert field(page, "Safety").is_checked()
        field(page, "Accreditation").select_option("pace")
        page.get_by_role("button", name="Save activity").focus()
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"/activities/\d+/$"))
        assert "Keyboard-only safety refresher" in page.get_by_role("status").inner_text()
