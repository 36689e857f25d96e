"""The review screen in a real browser: the certificate's page is shown as an image beside the
form, zoomable, and the region a field was read from is outlined when its input has focus."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.browser.test_flow import EMAIL, PASSWORD, field
from tests.capture.samples import certificate_pdf

pytestmark = pytest.mark.browser


def _box(locator: Any) -> dict[str, float]:
    found = locator.bounding_box()
    assert found is not None
    return dict(found)


def test_the_page_beside_the_form_shows_where_each_field_was_read(
    page: Any, step: Any, tmp_path: Path
) -> None:
    from cetrack.accounts.models import User

    User.objects.create_user(EMAIL, PASSWORD, name="Alice Tech")
    certificate = tmp_path / "antibody.pdf"
    certificate.write_bytes(certificate_pdf())

    with step("upload a certificate and open its draft"):
        page.goto("/accounts/login/")
        field(page, "Email").fill(EMAIL)
        field(page, "Password").fill(PASSWORD)
        field(page, "Password").press("Enter")
        page.wait_for_url(re.compile(r"/$"))
        page.get_by_role("link", name="Import certificates").click()
        page.get_by_label(re.compile("^Files")).set_input_files([str(certificate)])
        page.get_by_role("button", name="Read files").click()
        page.get_by_text("1 of 1 file read").wait_for()
        page.get_by_role("link", name="Review 1 activity").click()

    image = page.get_by_alt_text("Page 1 of antibody.pdf")
    with step("the page itself is shown as an image, not in a PDF viewer"):
        image.wait_for()
        page.wait_for_function(
            "document.querySelector('.page img').complete"
            " && document.querySelector('.page img').naturalWidth > 0"
        )
        assert page.locator("iframe").count() == 0
        assert page.locator(".read-from:visible").count() == 0

    with step("focusing the title outlines the title's line on the page"):
        field(page, "Title").focus()
        title = page.locator('.read-from[data-field="title"]')
        title.wait_for(state="visible")
        picture, region = _box(image), _box(title)
        assert (
            picture["x"] <= region["x"]
            and region["x"] + region["width"] <= picture["x"] + picture["width"]
        )
        middle = (region["y"] + region["height"] / 2 - picture["y"]) / picture["height"]
        assert 0.1 < middle < 0.25, middle  # "Course Title: ..." is the page's third line
        assert page.locator(".read-from:visible").count() == 1

    with step("focusing the date moves the outline to the date's line, lower down"):
        field(page, "Completed on").focus()
        date = page.locator('.read-from[data-field="completed_on"]')
        date.wait_for(state="visible")
        assert not title.is_visible()
        assert _box(date)["y"] > region["y"]

    with step("zooming in makes the page larger, and fit brings it back"):
        before = _box(image)["width"]
        page.get_by_role("button", name="Zoom in").click()
        assert _box(image)["width"] > before * 1.2
        page.get_by_role("button", name="Fit").click()
        assert abs(_box(image)["width"] - before) < 2
