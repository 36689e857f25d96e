"""Large transcripts and audit packets are prepared on the job queue (records.builds): the
request answers at once with a page that follows the build, and the file is downloaded from
there when it is ready. Small ones are still made while the person waits."""

from __future__ import annotations

import io
import zipfile
from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from cetrack.jobs.models import Job
from cetrack.records import builds, exports, services
from tests.web.conftest import make_activity, make_credential, pdf_bytes


@pytest.fixture
def records(alice: Any, settings: Any, tmp_path: Any) -> Any:
    settings.CETRACK_EXPORT_INLINE_ROWS = 3
    settings.STORAGES = {
        **settings.STORAGES,
        "exports": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "exports")},
        },
    }
    credential = make_credential(alice)
    for number in range(5):
        activity = make_activity(
            alice, id=f"course-{number}", title=f"Course {number}", completed_on=date(2025, 3, 2)
        )
        services.attach_certificate(alice, activity, f"c{number}.pdf", pdf_bytes(f"{number}"))
    return credential


def _ask(client: Client, path: str, capture: Any, run: bool = True) -> Any:
    with capture(execute=run):
        return client.get(path)


def test_a_small_transcript_is_made_while_you_wait(
    alice: Any, alice_client: Client, records: Any, settings: Any
) -> None:
    settings.CETRACK_EXPORT_INLINE_ROWS = 150
    response = alice_client.get(f"/credentials/{records.pk}/transcript.pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    assert not Job.objects.filter(kind=builds.KIND).exists()


def test_a_large_transcript_is_prepared_in_the_background_and_downloaded_when_ready(
    alice: Any,
    alice_client: Client,
    records: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    asked = _ask(
        alice_client,
        f"/credentials/{records.pk}/transcript.pdf",
        django_capture_on_commit_callbacks,
        run=False,
    )
    assert asked.status_code == 303
    job = Job.objects.get(kind=builds.KIND)
    assert asked["Location"] == f"/export/prepared/{job.pk}/"
    waiting = alice_client.get(asked["Location"]).content.decode()
    assert "Transcript for Medical Laboratory Scientist, MLS(ASCP)" in waiting
    context = exports.transcript(alice, records)
    rows = builds.size_of("transcript", alice, context).rows
    assert rows == 5 + len(context["findings"])  # the activities and the findings
    assert f"{rows} rows to lay out" in waiting
    assert "This page updates itself" in waiting and 'hx-trigger="every 2s"' in waiting

    builds_run = _ask(
        alice_client,
        f"/credentials/{records.pk}/transcript.pdf",
        django_capture_on_commit_callbacks,
    )
    assert builds_run["Location"] == asked["Location"]  # asking again is the same build
    from cetrack.jobs.queue import run_job

    assert run_job(job.pk) == "done"
    ready = alice_client.get(asked["Location"], HTTP_HX_REQUEST="true").content.decode()
    assert "hx-trigger" not in ready and "Download transcript-ascp-MLS-" in ready
    download = alice_client.get(f"/export/prepared/{job.pk}/download")
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    assert "attachment" in download["Content-Disposition"]
    assert download["Cache-Control"] == "private, no-store"


def test_a_large_audit_packet_holds_its_certificates(
    alice: Any, alice_client: Client, records: Any, django_capture_on_commit_callbacks: Any
) -> None:
    asked = _ask(
        alice_client,
        f"/credentials/{records.pk}/audit-packet.zip",
        django_capture_on_commit_callbacks,
    )
    job = Job.objects.get(kind=builds.KIND)
    assert job.state == Job.State.DONE, job.error
    download = alice_client.get(f"/export/prepared/{job.pk}/download")
    names = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content))).namelist()
    assert exports.TRANSCRIPT_NAME in names and exports.MANIFEST_NAME in names
    assert len([n for n in names if n.startswith("certificates/")]) == 5
    assert asked.status_code == 303


def test_nobody_else_sees_the_build_or_its_file(
    alice: Any,
    alice_client: Client,
    bob_client: Client,
    records: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    _ask(
        alice_client,
        f"/credentials/{records.pk}/transcript.pdf",
        django_capture_on_commit_callbacks,
    )
    job = Job.objects.get(kind=builds.KIND)
    assert bob_client.get(f"/export/prepared/{job.pk}/").status_code == 404
    assert bob_client.get(f"/export/prepared/{job.pk}/download").status_code == 404
    assert alice_client.get("/export/prepared/not-a-number/").status_code == 404


def test_progress_is_shown_while_the_build_runs(
    alice: Any,
    records: Any,
    monkeypatch: pytest.MonkeyPatch,
    django_capture_on_commit_callbacks: Any,
) -> None:
    seen: list[Any] = []
    real = exports.render_transcript_pdf

    def render(context: Any) -> bytes:
        seen.append(Job.objects.get(kind=builds.KIND).result)
        return real(context)

    monkeypatch.setattr(exports, "render_transcript_pdf", render)
    with django_capture_on_commit_callbacks(execute=True):
        builds.request("transcript", alice, records, None)
    assert seen == [{"progress": [1, 3], "step": "Laying out the transcript pages"}]
    status = builds.status(Job.objects.get(kind=builds.KIND))
    assert status.state == "ready"


def test_a_change_to_the_records_makes_a_new_build_and_at_most_three_wait(
    alice: Any, alice_client: Client, records: Any, django_capture_on_commit_callbacks: Any
) -> None:
    first = builds.request("transcript", alice, records, None)
    make_activity(alice, id="one-more", title="One more")
    second = builds.request("transcript", alice, records, None)
    assert isinstance(first, Job) and isinstance(second, Job) and first.pk != second.pk
    builds.request("packet", alice, records, None)
    refused = _ask(
        alice_client,
        f"/credentials/{records.pk}/transcript.pdf?as_of=2026-01-01",
        django_capture_on_commit_callbacks,
        run=False,
    )
    assert refused.status_code == 429
    assert "3 of your transcripts or audit packets are being prepared" in refused.content.decode()


def test_files_are_removed_after_a_day_and_can_be_prepared_again(
    alice: Any, alice_client: Client, records: Any, django_capture_on_commit_callbacks: Any
) -> None:
    _ask(
        alice_client,
        f"/credentials/{records.pk}/transcript.pdf",
        django_capture_on_commit_callbacks,
    )
    job = Job.objects.get(kind=builds.KIND)
    assert builds.remove_old() == 0
    Job.objects.filter(pk=job.pk).update(finished_at=timezone.now() - timedelta(days=2))
    assert builds.remove_old() == 1
    page = alice_client.get(f"/export/prepared/{job.pk}/").content.decode()
    assert "This file was removed after a day." in page
    assert f'href="/credentials/{records.pk}/transcript.pdf"' in page
    again = _ask(
        alice_client,
        f"/credentials/{records.pk}/transcript.pdf",
        django_capture_on_commit_callbacks,
    )
    assert again["Location"] == f"/export/prepared/{job.pk}/"  # the same build, made again
    assert builds.status(Job.objects.get(pk=job.pk)).state == "ready"
