"""Capture never gets stuck and agrees with the certificate upload check: one sniffer, one set
of limits; a reader that raises fails its file with a message; stale claims are the worker's
business, never a page view's."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cetrack.capture import jobs
from cetrack.capture.models import Batch, UploadedFile
from cetrack.records import evidence
from cetrack.records.models import Activity
from tests.capture.samples import certificate_pdf
from tests.web.conftest import make_activity

from .helpers import confirm, drafts_of, upload

BOM = b"\xef\xbb\xbf"


# --- one sniffer ---------------------------------------------------------------------------------


def test_a_pdf_behind_a_byte_order_mark_goes_from_upload_to_a_stored_certificate(
    alice: Any, alice_client: Client
) -> None:
    content = BOM + certificate_pdf()
    upload(alice_client, ("mailed.pdf", content))
    (draft,) = drafts_of(alice)
    assert draft.file.content_type == "application/pdf"
    response = confirm(alice_client, draft)
    assert response.status_code == 302, response.content.decode()[:2000]
    activity = Activity.objects.get(owner=alice)
    assert activity.title == "Antibody Identification Case Studies"
    (certificate,) = activity.certificates.all()
    assert certificate.original_name == "mailed.pdf"
    assert evidence.read(certificate.blob) == content  # stored as uploaded
    shown = alice_client.get(f"/certificates/{certificate.pk}/")
    assert shown.status_code == 200 and shown["Content-Type"] == "application/pdf"


def test_the_api_accepts_what_capture_reads(alice: Any) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from cetrack.accounts.models import ApiToken

    activity = make_activity(alice)
    _, token = ApiToken.issue(alice, "tests")
    client = Client(headers={"Authorization": f"Bearer {token}"})
    response = client.post(
        f"/api/activities/{activity.pk}/certificates",
        {"file": SimpleUploadedFile("mailed.pdf", BOM + certificate_pdf())},
    )
    assert response.status_code == 201, response.content
    assert activity.certificates.get().blob.content_type == "application/pdf"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"PK\x03\x04 a zip", "is not a PDF, PNG or JPEG file"),
        (b"Course,Date\nA,2025-01-01\n", "is not a PDF, PNG or JPEG file"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "is not a readable PNG image"),
    ],
)
def test_what_is_not_a_certificate_is_refused_with_a_reason(
    settings: Any, content: bytes, message: str
) -> None:
    checked = evidence.check_upload("upload.bin", content)
    assert isinstance(checked, evidence.UploadProblem) and message in checked.message


def test_an_image_over_the_pixel_limit_is_refused_from_its_header(settings: Any) -> None:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 50_000, 50_000, 8, 0, 0, 0, 0)  # 2.5 gigapixels, declared
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 100))
    png += chunk(b"IEND", b"")
    checked = evidence.check_upload("huge.png", png)
    assert isinstance(checked, evidence.UploadProblem)
    assert "2,500,000,000 pixels" in checked.message and "40 megapixels" in checked.message


def test_capture_and_attachments_share_one_size_limit(settings: Any) -> None:
    settings.MAX_UPLOAD_BYTES = 2 * 1024 * 1024
    assert jobs.evidence.limits().max_bytes == settings.MAX_UPLOAD_BYTES
    too_big = b"%PDF-1.4\n" + b"0" * settings.MAX_UPLOAD_BYTES
    checked = evidence.check_upload("big.pdf", too_big)
    assert isinstance(checked, evidence.UploadProblem) and "over the 2 MB limit" in checked.message


# --- never stuck -----------------------------------------------------------------------------------


def test_a_reader_that_raises_fails_its_file_with_a_message_and_a_log_entry(
    alice: Any, alice_client: Client, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug in a reader")

    monkeypatch.setattr(jobs, "read_file", broken)
    with caplog.at_level(logging.ERROR, logger="cetrack.capture.jobs"):
        response = upload(alice_client, ("antibody.pdf", certificate_pdf()))
    (stored,) = UploadedFile.objects.filter(owner=alice)
    assert stored.status == "failed" and stored.claimed_at is None
    assert "fault in cetrack" in stored.errors[0]["message"]
    assert any("a bug in a reader" in (r.exc_text or "") for r in caplog.records)
    page = alice_client.get(response["Location"]).content.decode()
    assert "fault in cetrack" in page and "1 of 1 file read" in page


def stale_file(alice: Any, attempts: int) -> UploadedFile:
    batch = Batch.objects.create(owner=alice)
    (stored,) = jobs.store_upload(alice, batch, "antibody.pdf", certificate_pdf())
    UploadedFile.objects.filter(pk=stored.pk).update(
        status=UploadedFile.Status.READING,
        claimed_at=timezone.now() - jobs.STALE - timedelta(minutes=1),
        attempts=attempts,
    )
    return stored


def test_the_batch_page_only_reads_the_database(alice: Any, alice_client: Client) -> None:
    stored = stale_file(alice, attempts=1)
    with CaptureQueriesContext(connection) as queries:
        response = alice_client.get(f"/capture/{stored.batch_id}/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert not [sql for sql in writes if sql.lstrip().upper().startswith(("UPDATE", "INSERT"))]
    stored.refresh_from_db()
    assert stored.status == "reading"  # left to the worker


def test_the_worker_requeues_a_stale_claim_and_reads_it(alice: Any) -> None:
    stored = stale_file(alice, attempts=1)
    call_command("capture_work")
    stored.refresh_from_db()
    assert stored.status == "read" and stored.drafts.count() == 1
    assert stored.attempts == 2


def test_the_worker_gives_up_on_a_file_that_kept_killing_its_reader(alice: Any) -> None:
    stored = stale_file(alice, attempts=jobs.MAX_ATTEMPTS)
    call_command("capture_work")
    stored.refresh_from_db()
    assert stored.status == "failed" and stored.drafts.count() == 0
    assert "cut short 3 times" in stored.errors[0]["message"]


def test_a_fresh_claim_is_not_taken_from_a_working_reader(alice: Any) -> None:
    stored = stale_file(alice, attempts=1)
    UploadedFile.objects.filter(pk=stored.pk).update(claimed_at=timezone.now())
    call_command("capture_work")
    stored.refresh_from_db()
    assert stored.status == "reading"


def test_a_table_reader_fault_does_not_take_the_upload_page_down(
    alice: Any, alice_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cetrack.capture import mapping

    response = upload(alice_client, ("ascls.csv", b"Course,Date,Hours\nQC,03/02/2025,1\n"))

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a bug in the table reader")

    monkeypatch.setattr(mapping, "read_rows", broken)
    page = alice_client.get(response["Location"])
    assert page.status_code == 200 and "1 of 1 file read" in page.content.decode()
