"""Limits that keep one account from taking the server down, each checked before the work
starts: activities per account (web form, import, API), upload sizes reported as they are."""

from __future__ import annotations

import time
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from cetrack.records.access import activities_for
from tests.web.conftest import make_activity, pdf_bytes
from tests.web.test_api import token_client
from tests.web.test_pages import GOOD_ACTIVITY

MB = 1024 * 1024


def ledger_text(count: int, start: int = 0) -> str:
    lines = ["format = 1", "", "[person]", 'name = "Alice Tech"', ""]
    for number in range(start, start + count):
        lines += [
            "[[activity]]",
            f'id = "a{number}"',
            f'title = "Course {number}"',
            "completed_on = 2025-01-15",
            "hours = 1",
            "",
        ]
    return "\n".join(lines)


def import_ledger(client: Client, text: str, mode: str = "add") -> Any:
    upload = SimpleUploadedFile("ledger.toml", text.encode(), content_type="application/toml")
    return client.post("/import/", {"ledger": upload, "mode": mode})


# -- activities per account --------------------------------------------------------------------


def test_a_hundred_thousand_activity_ledger_is_refused_quickly(
    alice: Any, alice_client: Client
) -> None:
    text = ledger_text(100_000)
    assert len(text) < 10 * MB  # within the upload limit: the ceiling refuses it
    started = time.perf_counter()
    response = import_ledger(alice_client, text)
    elapsed = time.perf_counter() - started
    assert response.status_code == 400
    page = response.content.decode()
    assert "holds 100,000 activities" in page
    assert "at most 10,000 activities" in page and "nothing was added" in page
    assert elapsed < 5, elapsed
    assert activities_for(alice).count() == 0


def test_an_import_that_would_pass_the_ceiling_adds_nothing(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    settings.CETRACK_MAX_ACTIVITIES = 5
    for number in range(4):
        make_activity(alice, id=f"old{number}", title=f"Old {number}")
    response = import_ledger(alice_client, ledger_text(2))
    assert response.status_code == 400
    assert "4 activities are recorded and this would add 2" in response.content.decode()
    assert activities_for(alice).count() == 4
    # Replacing them makes room: the four are removed (kept in history) first.
    assert import_ledger(alice_client, ledger_text(2), mode="replace").status_code == 302
    assert sorted(activities_for(alice).values_list("ledger_id", flat=True)) == ["a0", "a1"]


def test_the_form_and_the_api_stop_at_the_ceiling(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    settings.CETRACK_MAX_ACTIVITIES = 2
    make_activity(alice, id="one", title="One")
    api = token_client(alice)
    entry = {"title": "Two", "completed_on": "2025-02-01", "hours": 1}
    assert api.post("/api/activities", entry, content_type="application/json").status_code == 201
    refused = api.post(
        "/api/activities", {**entry, "title": "Three"}, content_type="application/json"
    )
    assert refused.status_code == 422
    (problem,) = refused.json()["detail"]
    assert "at most 2 activities" in problem["msg"]
    page = alice_client.post("/activities/add/", {**GOOD_ACTIVITY, "title": "Four"})
    assert "at most 2 activities" in page.content.decode()
    assert activities_for(alice).count() == 2
    # Editing an existing one is not adding: still allowed.
    row = activities_for(alice).get(ledger_id="one")
    changed = api.patch(
        f"/api/activities/{row.pk}", {"title": "One, renamed"}, content_type="application/json"
    )
    assert changed.status_code == 200


# -- upload sizes ------------------------------------------------------------------------------


def big_pdf(size: int) -> bytes:
    head = pdf_bytes()
    return head + b"%" * (size - len(head))


def test_an_upload_over_the_limit_is_refused_with_its_real_size(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    settings.MAX_UPLOAD_BYTES = 1 * MB
    activity = make_activity(alice)
    api = token_client(alice)
    huge = SimpleUploadedFile("scan.pdf", big_pdf(5 * MB), content_type="application/pdf")
    response = api.post(f"/api/activities/{activity.pk}/certificates", {"file": huge})
    assert response.status_code == 413
    assert response.json() == {"detail": "The upload is 5.0 MB, over the 1 MB limit."}

    huge.seek(0)
    page = alice_client.post(f"/activities/{activity.pk}/certificates/", {"certificate": huge})
    assert page.status_code == 413
    assert "The upload is 5.0 MB, over the 1 MB limit." in page.content.decode()
    assert activity.certificates.count() == 0


def test_a_file_just_over_the_limit_names_its_size(
    alice: Any, alice_client: Client, settings: Any
) -> None:
    settings.MAX_UPLOAD_BYTES = 1 * MB
    activity = make_activity(alice)
    file = SimpleUploadedFile("big.pdf", big_pdf(MB + 60 * 1024), content_type="application/pdf")
    response = token_client(alice).post(
        f"/api/activities/{activity.pk}/certificates", {"file": file}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"] == "'big.pdf' is 1.1 MB, over the 1 MB limit"
    file.seek(0)
    page = alice_client.post(
        f"/activities/{activity.pk}/certificates/", {"certificate": file}, follow=True
    )
    assert "&#x27;big.pdf&#x27; is 1.1 MB, over the 1 MB limit" in page.content.decode()


def test_pages_without_a_stated_limit_take_at_most_max_request_bytes(
    alice_client: Client, settings: Any
) -> None:
    settings.MAX_REQUEST_BYTES = 2 * MB
    files = [
        SimpleUploadedFile(f"c{n}.pdf", big_pdf(MB), content_type="application/pdf")
        for n in range(3)
    ]
    response = alice_client.post("/capture/", {"files": files})
    assert response.status_code == 413
    assert "over the 2 MB limit" in response.content.decode()


def test_a_ledger_file_over_the_limit_names_its_size(alice_client: Client, settings: Any) -> None:
    settings.MAX_UPLOAD_BYTES = 1 * MB
    text = ledger_text(1) + "\n# padding\n" + "#" * (MB + 200 * 1024)
    page = import_ledger(alice_client, text).content.decode()
    assert "the file is 1.2 MB, over the 1 MB limit" in page
