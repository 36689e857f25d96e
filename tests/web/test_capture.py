"""The upload → review → confirm flow, merges of repeats with undo, and who may see what."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client

from cetrack.capture.models import Draft, UploadedFile
from cetrack.records.models import Activity
from tests.capture.samples import TRANSCRIPT, certificate_pdf

from .conftest import make_activity


def upload(client: Client, *files: tuple[str, bytes]) -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    payload = [SimpleUploadedFile(name, content) for name, content in files]
    return client.post("/capture/", {"files": payload})


def drafts_of(user: Any) -> list[Draft]:
    return list(Draft.objects.filter(owner=user).order_by("file_id", "position"))


def review_post(client: Client, draft: Draft, **changes: Any) -> Any:
    page = client.get(f"/capture/drafts/{draft.pk}/")
    form = page.context["form"]
    data: dict[str, Any] = {}
    for field in form:
        value = field.value()
        if value in (None, ""):
            continue
        data[field.html_name] = value
    data.update(changes)
    return client.post(f"/capture/drafts/{draft.pk}/", data)


def test_anonymous_is_sent_to_login(client: Client) -> None:
    response = client.get("/capture/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_certificate_becomes_an_activity_with_its_file(alice: Any, alice_client: Client) -> None:
    response = upload(alice_client, ("antibody.pdf", certificate_pdf()))
    assert response.status_code == 302
    batch_page = alice_client.get(response["Location"])
    assert b"1 of 1 file read" in batch_page.content
    (draft,) = drafts_of(alice)
    page = alice_client.get(f"/capture/drafts/{draft.pk}/")
    assert page.status_code == 200
    assert page.context["form"].initial["title"] == "Antibody Identification Case Studies"
    assert str(page.context["form"].initial["completed_on"]) == "2025-03-02"
    # The certificate's page is shown beside the form, as an image (not a PDF viewer).
    assert f'/capture/files/{draft.file_id}/pages/1.png"'.encode() in page.content

    confirmed = review_post(alice_client, draft)
    assert confirmed.status_code == 302
    activity = Activity.objects.get(owner=alice)
    assert activity.title == "Antibody Identification Case Studies"
    assert str(activity.amount_value) == "1.50" and activity.amount_unit == "hours"
    assert activity.certificates.count() == 1
    draft.refresh_from_db()
    assert draft.state == "confirmed" and draft.activity == activity


def test_transcript_row_repeating_a_certificate_is_merged_and_can_be_undone(
    alice: Any, alice_client: Client
) -> None:
    upload(alice_client, ("antibody.pdf", certificate_pdf()), ("ascls.csv", TRANSCRIPT))
    certificate_draft, repeat_draft, other_draft = drafts_of(alice)
    assert review_post(alice_client, certificate_draft).status_code == 302
    activity = Activity.objects.get(owner=alice)

    # A transcript row names no accreditation: the reviewer picks the one the course had.
    clash = review_post(alice_client, repeat_draft, accreditation="pace")
    assert clash.status_code == 409  # the reviewer is asked: merge or keep both?
    assert b"looks like an activity you already have" in clash.content
    merge_url = f"/capture/drafts/{repeat_draft.pk}/merge/{activity.pk}/"
    assert merge_url.encode() in clash.content

    form = clash.context["form"]
    data = {f.html_name: f.value() for f in form if f.value() not in (None, "")}
    assert alice_client.post(merge_url, data).status_code == 302
    repeat_draft.refresh_from_db()
    assert repeat_draft.state == "merged" and repeat_draft.activity == activity
    assert Activity.objects.filter(owner=alice, deleted_at__isnull=True).count() == 1

    assert alice_client.post(f"/capture/drafts/{repeat_draft.pk}/undo/").status_code == 302
    repeat_draft.refresh_from_db()
    assert repeat_draft.state == "pending" and repeat_draft.activity is None

    # The other transcript row is a different course: added without a question.
    assert review_post(alice_client, other_draft, accreditation="pace").status_code == 302
    assert Activity.objects.filter(owner=alice, deleted_at__isnull=True).count() == 2


def test_keep_both_adds_a_separate_activity(alice: Any, alice_client: Client) -> None:
    make_activity(
        alice,
        title="Antibody Identification Case Studies",
        completed_on=date(2025, 3, 2),
        hours=Decimal("1.5"),
    )
    upload(alice_client, ("antibody.pdf", certificate_pdf()))
    (draft,) = drafts_of(alice)
    assert review_post(alice_client, draft).status_code == 409
    assert review_post(alice_client, draft, keep_both="1").status_code == 302
    assert Activity.objects.filter(owner=alice).count() == 2


def test_undo_of_a_confirmed_draft_removes_the_activity(alice: Any, alice_client: Client) -> None:
    upload(alice_client, ("antibody.pdf", certificate_pdf()))
    (draft,) = drafts_of(alice)
    review_post(alice_client, draft)
    alice_client.post(f"/capture/drafts/{draft.pk}/undo/")
    draft.refresh_from_db()
    assert draft.state == "pending"
    assert not Activity.objects.filter(owner=alice, deleted_at__isnull=True).exists()


def test_discard_and_undo(alice: Any, alice_client: Client) -> None:
    upload(alice_client, ("antibody.pdf", certificate_pdf()))
    (draft,) = drafts_of(alice)
    alice_client.post(f"/capture/drafts/{draft.pk}/discard/")
    draft.refresh_from_db()
    assert draft.state == "discarded"
    alice_client.post(f"/capture/drafts/{draft.pk}/undo/")
    draft.refresh_from_db()
    assert draft.state == "pending"


def test_zip_with_a_bad_member_still_reads_the_others(alice: Any, alice_client: Client) -> None:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("certs/antibody.pdf", certificate_pdf())
        bundle.writestr("certs/broken.pdf", b"%PDF-1.4\n garbage without an end")
        bundle.writestr("certs/notes.docx", b"\x00\x01binary junk")
        bundle.writestr("__MACOSX/._antibody.pdf", b"resource fork")
    response = upload(alice_client, ("folder.zip", archive.getvalue()))
    assert response.status_code == 302
    files = {f.original_name: f for f in UploadedFile.objects.filter(owner=alice)}
    assert len(files) == 3  # the macOS resource fork is skipped
    good = next(f for name, f in files.items() if name.endswith("antibody.pdf"))
    broken = next(f for name, f in files.items() if name.endswith("broken.pdf"))
    junk = next(f for name, f in files.items() if name.endswith("notes.docx"))
    assert good.status == "read" and good.drafts.count() == 1
    assert broken.status == "failed" and broken.errors
    assert junk.status == "failed" and "not a file cetrack reads" in junk.errors[0]["message"]
    page = alice_client.get(response["Location"])
    assert broken.errors[0]["message"].encode() in page.content


def test_empty_upload_is_refused_with_a_message(alice_client: Client) -> None:
    response = alice_client.post("/capture/", {})
    assert response.status_code == 400
    assert b"Choose one or more files" in response.content


def test_low_confidence_and_missing_fields_are_highlighted(
    alice: Any, alice_client: Client
) -> None:
    # A CE Broker full-credit roster row: no title, no hours — the reviewer must supply them.
    roster = b"123456,654321,,,CLS 1234,3/2/2025,State=FL,Profession=CLS\n"
    upload(alice_client, ("roster.csv", roster))
    (draft,) = drafts_of(alice)
    page = alice_client.get(f"/capture/drafts/{draft.pk}/")
    assert page.status_code == 200
    assert "Amount" in page.context["flagged"] and "Title" in page.context["flagged"]
    assert b'class="check"' in page.content
    refused = review_post(alice_client, draft)
    assert refused.status_code == 400  # no amount: nothing is saved
    assert not Activity.objects.filter(owner=alice).exists()
    done = review_post(alice_client, draft, title="HIV/AIDS update", amount_value="1")
    assert done.status_code == 302
    activity = Activity.objects.get(owner=alice)
    assert activity.license_number == "CLS 1234" and activity.approvals == ["fl"]


def test_transcript_without_an_amount_column_is_mapped_by_hand(
    alice: Any, alice_client: Client
) -> None:
    transcript = b"Course,Finished,Credit given\nSafety refresher,03/02/2025,1.5\n"
    response = upload(alice_client, ("odd.csv", transcript))
    batch_page = alice_client.get(response["Location"])
    upload_row = UploadedFile.objects.get(owner=alice)
    assert not drafts_of(alice)
    assert b"Columns of this file" in batch_page.content
    mapped = alice_client.post(
        f"/capture/files/{upload_row.pk}/columns/",
        {
            "header_row": "1",
            "column_1": "title",
            "header_1": "Course",
            "column_2": "completed_on",
            "header_2": "Finished",
            "column_3": "hours",
            "header_3": "Credit given",
            "date_order": "mdy",
            "save_as": "My hospital",
        },
    )
    assert mapped.status_code == 302
    (draft,) = drafts_of(alice)
    assert draft.fields["hours"]["value"] == "1.5"
    assert draft.fields["completed_on"]["value"] == "2025-03-02"
    from cetrack.capture.models import ColumnPreset

    assert ColumnPreset.objects.get(owner=alice).name == "My hospital"


def test_a_bad_mapping_is_explained_and_changes_nothing(alice: Any, alice_client: Client) -> None:
    response = upload(alice_client, ("odd.csv", b"Course,Finished\nSafety,03/02/2025\n"))
    upload_row = UploadedFile.objects.get(owner=alice)
    answer = alice_client.post(
        f"/capture/files/{upload_row.pk}/columns/",
        {"header_row": "1", "column_1": "title", "column_2": "title"},
        follow=True,
    )
    assert b"two columns are mapped to title" in answer.content
    upload_row.refresh_from_db()
    assert upload_row.columns == "" and response.status_code == 302


@pytest.mark.parametrize(
    "path", ["/capture/{batch}/", "/capture/files/{file}/", "/capture/drafts/{draft}/"]
)
def test_another_user_cannot_see_uploads(
    alice: Any, alice_client: Client, bob_client: Client, path: str
) -> None:
    upload(alice_client, ("antibody.pdf", certificate_pdf()))
    (draft,) = drafts_of(alice)
    url = path.format(batch=draft.file.batch_id, file=draft.file_id, draft=draft.pk)
    assert alice_client.get(url).status_code == 200
    assert bob_client.get(url).status_code == 404


@pytest.mark.parametrize("action", ["discard", "undo", "merge/{activity}"])
def test_another_user_cannot_act_on_drafts(
    alice: Any, alice_client: Client, bob: Any, bob_client: Client, action: str
) -> None:
    upload(alice_client, ("antibody.pdf", certificate_pdf()))
    (draft,) = drafts_of(alice)
    theirs = make_activity(bob, title="Bob's course")
    url = f"/capture/drafts/{draft.pk}/" + action.format(activity=theirs.pk) + "/"
    assert bob_client.post(url).status_code == 404
    draft.refresh_from_db()
    assert draft.state == "pending"


def test_uploaded_file_is_served_inline_and_sandboxed(alice: Any, alice_client: Client) -> None:
    upload(alice_client, ("antibody.pdf", certificate_pdf()))
    (draft,) = drafts_of(alice)
    response = alice_client.get(f"/capture/files/{draft.file_id}/")
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["Content-Security-Policy"] == "frame-ancestors 'self'"
    assert response["X-Content-Type-Options"] == "nosniff"
