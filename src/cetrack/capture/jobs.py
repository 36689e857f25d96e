"""Reading uploaded files in the background, healthchecks style: rows are the queue.

A file is claimed with a conditional UPDATE (queued → reading), so two workers never read the
same file and a rerun is harmless. A reader that raises marks its file failed, with a message
for the person and the traceback in the log; it never leaves the file "reading". A claim older
than STALE is taken to be a worker killed mid-read (a restart, kill -9) and is queued again by
the next worker pass - never by a page view - at most MAX_ATTEMPTS times, after which the file
is marked failed, so a file that kills its reader cannot loop forever.

Workers: an upload queues a `capture.read_batch` job (cetrack.jobs), which reads its batch and
then whatever else is waiting; a periodic task every five minutes does the same pass for files
left by a worker that died; `cetrack manage capture_work [--loop]` is that pass by hand.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from cetrack.capture.models import Batch, Draft, UploadedFile
from cetrack.core.capture.draft import Capture, CaptureError
from cetrack.core.capture.reader import ZIP_TYPE, expand_zip, read_file
from cetrack.core.capture.sniff import sniff
from cetrack.jobs.queue import enqueue, job
from cetrack.records import evidence

log = logging.getLogger(__name__)

STALE = timedelta(minutes=10)
# Claims a file gets before it is given up (each one cut short by a worker's death).
MAX_ATTEMPTS = 3
FAULT_MESSAGE = (
    "This file could not be read because of a fault in cetrack (it has been logged); the file "
    "is kept: enter the activity by hand, or upload the file again after an update"
)
GAVE_UP_MESSAGE = (
    "Reading this file was cut short {attempts} times, so it was stopped; the file is kept: "
    "enter the activity by hand"
)


def _error_rows(errors: tuple[CaptureError, ...] | list[CaptureError]) -> list[dict[str, Any]]:
    return [{"code": e.code, "message": e.message, "where": e.where} for e in errors]


def store_upload(user: Any, batch: Batch, name: str, content: bytes) -> list[UploadedFile]:
    """Keeps the upload (each member of a ZIP separately) and queues it for reading."""
    name = evidence.safe_name(name)
    if sniff(content) != ZIP_TYPE:
        return [_store_one(user, batch, name, content)]
    inside = expand_zip(name, content, evidence.limits())
    if isinstance(inside, CaptureError):
        return [_failed(user, batch, name, ZIP_TYPE, [inside])]
    stored = []
    for member, data in inside:
        member_name = evidence.safe_name(member)
        if isinstance(data, CaptureError):
            stored.append(_failed(user, batch, member_name, "", [data]))
        else:
            stored.append(_store_one(user, batch, member_name, data))
    return stored


def _store_one(user: Any, batch: Batch, name: str, content: bytes) -> UploadedFile:
    if len(content) > evidence.limits().max_bytes:
        megabytes = evidence.limits().max_bytes // (1024 * 1024)
        error = CaptureError("too-large", f"the file is larger than {megabytes} MB")
        return _failed(user, batch, name, "", [error])
    content_type = sniff(content) or "application/octet-stream"
    blob = evidence.store(content, content_type)
    return UploadedFile.objects.create(
        owner=user, batch=batch, blob=blob, original_name=name, content_type=content_type
    )


def _failed(
    user: Any, batch: Batch, name: str, content_type: str, errors: list[CaptureError]
) -> UploadedFile:
    return UploadedFile.objects.create(
        owner=user,
        batch=batch,
        original_name=name,
        content_type=content_type,
        status=UploadedFile.Status.FAILED,
        errors=_error_rows(errors),
    )


def claim(pk: int) -> bool:
    claimed = UploadedFile.objects.filter(pk=pk, status=UploadedFile.Status.QUEUED).update(
        status=UploadedFile.Status.READING, claimed_at=timezone.now(), attempts=F("attempts") + 1
    )
    return claimed == 1


def requeue_stale() -> int:
    """Claims older than STALE (their worker died) go back to the queue, or - after
    MAX_ATTEMPTS - are marked failed. Run by workers only; returns how many were re-queued."""
    stale = UploadedFile.objects.filter(
        status=UploadedFile.Status.READING, claimed_at__lt=timezone.now() - STALE
    )
    for upload in stale.filter(attempts__gte=MAX_ATTEMPTS):
        error = CaptureError("failed", GAVE_UP_MESSAGE.format(attempts=upload.attempts))
        log.error(
            "capture: gave up on file %s (%s) after %s attempts", upload.pk, upload, upload.attempts
        )
        _finish(upload, Capture(upload.original_name, upload.content_type, errors=(error,)))
    return stale.filter(attempts__lt=MAX_ATTEMPTS).update(
        status=UploadedFile.Status.QUEUED, claimed_at=None
    )


def read_one(upload: UploadedFile) -> None:
    """Reads a claimed file and stores its drafts; the file ends read or failed, never half,
    whatever the reader does."""
    try:
        capture = _read(upload)
    except Exception:
        log.exception("capture: reading file %s (%s) failed", upload.pk, upload)
        error = CaptureError("failed", FAULT_MESSAGE)
        capture = Capture(upload.original_name, upload.content_type, errors=(error,))
    _finish(upload, capture)


def _read(upload: UploadedFile) -> Capture:
    from cetrack.core.capture.tabular import ColumnMapping

    if upload.blob is None:
        raise ValueError("a queued file without its stored content")
    content = evidence.read(upload.blob)
    mapping = None
    if upload.columns:
        try:
            mapping = ColumnMapping.from_toml(upload.columns)
        except (ValueError, KeyError, TypeError):
            mapping = None
    return read_file(
        upload.original_name,
        content,
        today=timezone.localdate(),
        limits=evidence.limits(),
        ocr=settings.CAPTURE_OCR,
        mapping=mapping,
    )


def _finish(upload: UploadedFile, capture: Capture) -> None:
    with transaction.atomic():
        upload.drafts.filter(state=Draft.State.PENDING).delete()
        kept = upload.drafts.count()
        for position, draft in enumerate(capture.drafts, start=kept):
            Draft.objects.create(
                owner_id=upload.owner_id,
                file=upload,
                position=position,
                where=draft.where or "",
                origin=draft.origin,
                fields=draft.as_json(),
                notes=list(draft.notes),
            )
        upload.errors = _error_rows(capture.errors)
        upload.text = capture.text[:100_000]
        upload.status = (
            UploadedFile.Status.READ
            if capture.drafts or not capture.errors
            else UploadedFile.Status.FAILED
        )
        upload.claimed_at = None
        upload.save(update_fields=["errors", "text", "status", "claimed_at"])


def work(batch_pk: int | None = None) -> int:
    """Reads queued files (of one batch, or all) until none is left; returns how many."""
    done = 0
    while True:
        queued = UploadedFile.objects.filter(status=UploadedFile.Status.QUEUED)
        if batch_pk is not None:
            queued = queued.filter(batch_id=batch_pk)
        pk = queued.order_by("pk").values_list("pk", flat=True).first()
        if pk is None:
            return done
        if claim(pk):
            read_one(UploadedFile.objects.get(pk=pk))
            done += 1


def worker_pass(batch_pk: int | None = None) -> int:
    """One pass of a worker: the batch it was started for first (if any), then stale claims
    re-queued and everything waiting read. Returns how many files were read."""
    done = work(batch_pk) if batch_pk is not None else 0
    requeue_stale()
    return done + work()


@job("capture.read_batch")
def read_batch_job(batch_pk: int) -> dict[str, int]:
    """The queued job for an upload: its batch first, then anything else waiting."""
    return {"read": worker_pass(batch_pk)}


@db_periodic_task(crontab(minute="*/5"))  # type: ignore[untyped-decorator]
def capture_sweep_task() -> int:
    """Files left by a worker that died (their claims go stale) are read again."""
    return worker_pass()


def start(batch: Batch) -> None:
    """Reads the batch now (tests, CAPTURE_INLINE) or on the job queue after commit."""
    if settings.CAPTURE_INLINE:
        work(batch.pk)
        return
    enqueue("capture.read_batch", str(batch.pk), rerun=True, batch_pk=batch.pk)
