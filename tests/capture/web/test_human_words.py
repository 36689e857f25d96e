"""Capture pages speak as every other page does: dates as '2 Mar 2025', fields and readers by
their names, never ledger keys or ISO dates (date inputs keep ISO values: browsers need them)."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from typing import Any

from django.test import Client
from django.utils import timezone

from cetrack.capture.models import Batch, UploadedFile
from cetrack.core.names import day_text
from tests.capture.samples import TRANSCRIPT
from tests.web.conftest import make_activity

from .helpers import drafts_of, upload, visible_text

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
LEDGER_KEY = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")  # completed_on, accrediting_agency_number


def expired_badge() -> bytes:
    """An Open Badge issued 2 Mar 2025 that expired on 2 Apr 2025."""
    return json.dumps(
        {
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": {"id": "https://ce.example/issuer", "type": ["Profile"], "name": "CE Ex"},
            "validFrom": "2025-03-02T12:00:00Z",
            "validUntil": "2025-04-02T12:00:00Z",
            "name": "Antibody Identification",
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "achievement": {
                    "id": "urn:uuid:1",
                    "type": ["Achievement"],
                    "name": "Antibody Identification: Case Studies",
                    "description": "Approved for 1.5 P.A.C.E.® contact hours.",
                },
            },
        }
    ).encode()


def test_a_reviewed_draft_shows_dates_and_names_in_words(alice: Any, alice_client: Client) -> None:
    upload(alice_client, ("badge.json", expired_badge()))
    (draft,) = drafts_of(alice)
    html = alice_client.get(f"/capture/drafts/{draft.pk}/").content.decode()
    text = visible_text(html)
    assert "this badge expired on 2 Apr 2025" in text
    assert "read from its Open Badge" in text and "badge data" not in text
    # The fields to check are named as the form labels them.
    flagged = re.search(r"Please check: ([^.]*)\.", text).group(1)  # type: ignore[union-attr]
    assert "Accreditation" in flagged.split(", ") and "accreditation" not in flagged
    assert not ISO_DAY.search(text), ISO_DAY.findall(text)
    assert not LEDGER_KEY.search(text), LEDGER_KEY.findall(text)
    # The date input itself keeps the ISO value a browser needs.
    assert re.search(r'<input type="date" name="completed_on" value="2025-03-02"', html)


def test_a_repeat_is_named_with_its_date_in_words(alice: Any, alice_client: Client) -> None:
    make_activity(
        alice,
        title="Antibody Identification Case Studies",
        completed_on=date(2025, 3, 2),
        hours=Decimal("1.5"),
    )
    upload(alice_client, ("ascls.csv", TRANSCRIPT))
    repeat_draft = drafts_of(alice)[0]
    text = visible_text(alice_client.get(f"/capture/drafts/{repeat_draft.pk}/").content.decode())
    assert "looks like an activity you already have" in text
    assert "Antibody Identification Case Studies ( 2 Mar 2025 ," in text
    assert "read from its rows (a CSV transcript)" in text
    assert not ISO_DAY.search(text), ISO_DAY.findall(text)


def test_the_upload_list_and_an_upload_show_when_in_words(alice: Any, alice_client: Client) -> None:
    batch_url = upload(alice_client, ("ascls.csv", TRANSCRIPT))["Location"]
    uploaded = timezone.localtime(Batch.objects.get(owner=alice).created_at)
    when = f"{day_text(uploaded.date())} {uploaded:%H:%M}"
    listing = visible_text(alice_client.get("/capture/").content.decode())
    assert f"Recent uploads Uploaded Files To review {when} 1 2" in listing
    batch_page = visible_text(alice_client.get(batch_url).content.decode())
    assert f"Upload of {when}" in batch_page
    for text in (listing, batch_page):
        assert not ISO_DAY.search(text), ISO_DAY.findall(text)


def test_the_column_step_offers_fields_by_name(alice: Any, alice_client: Client) -> None:
    batch_url = upload(alice_client, ("odd.csv", b"Course,Finished\nSafety,03/02/2025\n"))[
        "Location"
    ]
    text = visible_text(alice_client.get(batch_url).content.decode())
    assert "Columns of this file" in text
    for label in ("Completed on", "Contact hours", "CEU", "Licence number on the certificate"):
        assert label in text
    assert not LEDGER_KEY.search(text), LEDGER_KEY.findall(text)
    assert "completed on" not in text and "Ceu" not in text


def test_a_mapping_mistake_names_the_field_in_words(alice: Any, alice_client: Client) -> None:
    upload(alice_client, ("odd.csv", b"Course,Finished\nSafety,03/02/2025\n"))
    upload_row = UploadedFile.objects.get(owner=alice)
    for field, words in (("completed_on", "completed on"), ("ceu", "CEU")):
        answer = alice_client.post(
            f"/capture/files/{upload_row.pk}/columns/",
            {"header_row": "1", "column_1": field, "column_2": field},
            follow=True,
        )
        text = visible_text(answer.content.decode())
        assert f"odd.csv: two columns are mapped to {words}" in text
        assert field not in text


def test_reader_messages_and_untitled_drafts_are_shown_in_words(
    alice: Any, alice_client: Client
) -> None:
    batch_url = upload(alice_client, ("ascls.csv", TRANSCRIPT))["Location"]
    upload_row = UploadedFile.objects.get(owner=alice)
    # A reader's message that quotes a ledger key and an ISO date, as core messages may.
    upload_row.errors = [
        {"code": "odd", "message": "completed_on 2025-06-03 is after `cycle_end`", "where": "row 4"}
    ]
    upload_row.save(update_fields=["errors"])
    untitled = drafts_of(alice)[1]
    untitled.fields = {k: v for k, v in untitled.fields.items() if k != "title"}
    untitled.save(update_fields=["fields"])
    text = visible_text(alice_client.get(batch_url).content.decode())
    assert "row 4: the completion date 3 Jun 2025 is after the cycle end date" in text
    assert "Untitled activity (row 3)" in text
    assert f"draft {untitled.pk}" not in text
