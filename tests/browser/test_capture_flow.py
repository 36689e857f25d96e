"""A folder of certificates becomes a correct ledger through the review screen, in a real browser:
upload a certificate PDF and the provider's transcript, check each draft beside its file, merge
the repeat, and export the ledger."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.browser.test_flow import EMAIL, PASSWORD, field
from tests.capture.samples import TRANSCRIPT, certificate_pdf

pytestmark = pytest.mark.browser


def test_upload_review_merge_and_export(page: Any, step: Any, tmp_path: Path) -> None:
    from cetrack.accounts.models import User

    User.objects.create_user(EMAIL, PASSWORD, name="Alice Tech")
    folder = tmp_path / "certificates"
    folder.mkdir()
    (folder / "antibody.pdf").write_bytes(certificate_pdf())
    (folder / "ascls-transcript.csv").write_bytes(TRANSCRIPT)

    with step("log in and upload two files"):
        page.goto("/accounts/login/")
        field(page, "Email").fill(EMAIL)
        field(page, "Password").fill(PASSWORD)
        field(page, "Password").press("Enter")
        page.wait_for_url(re.compile(r"/$"))
        page.get_by_role("link", name="Import certificates").click()
        page.get_by_label(re.compile("^Files")).set_input_files(
            [str(folder / "antibody.pdf"), str(folder / "ascls-transcript.csv")]
        )
        page.get_by_role("button", name="Read files").click()
        page.get_by_text("2 of 2 files read").wait_for()

    with step("the certificate's draft is pre-filled and shown beside its file"):
        page.get_by_role("link", name=re.compile(r"^Review 3 activities")).click()
        assert field(page, "Title").input_value() == "Antibody Identification Case Studies"
        assert field(page, "Completed on").input_value() == "2025-03-02"
        assert page.get_by_alt_text("Page 1 of antibody.pdf").count() == 1
        page.get_by_role("button", name="Add activity").click()

    with step("the transcript's row of the same course is offered as a merge"):
        page.get_by_text("looks like an activity you already have").wait_for()
        page.get_by_role("button", name="Merge: link this file to it").click()

    with step("the other transcript row is added"):
        assert field(page, "Title").input_value() == "Urine Sediment Review"
        # A transcript row names no accreditation: the reviewer picks the one printed.
        field(page, "Accreditation").select_option("pace")
        page.get_by_role("button", name="Add activity").click()
        page.get_by_text("Nothing left to review").wait_for()

    with step("the exported ledger holds exactly the two courses"):
        answer = page.request.get("/export/ledger.toml")
        assert answer.ok
        ledger = tomllib.loads(answer.text())
        titles = sorted(a["title"] for a in ledger["activity"])
        assert titles == ["Antibody Identification Case Studies", "Urine Sediment Review"]
        antibody = next(a for a in ledger["activity"] if a["title"].startswith("Antibody"))
        assert antibody["hours"] == 1.5 or str(antibody["hours"]) == "1.5"
