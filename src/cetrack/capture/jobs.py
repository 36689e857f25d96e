"""Reading uploaded files in the background, healthchecks style: rows are the queue.

A file is claimed with a conditional UPDATE (queued → reading), so two workers never read the
same file and a rerun is harmless; a claim older than STALE is taken to be a crashed worker and
the file is queued again. The web process starts a thread per upload; `cetrack manage
capture_work` drains the queue from the command line (for files left by a restart).
"""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.utils import timezone

from cetrack.capture.models import Batch, Draft, UploadedFile
from cetrack.core.capture.draft import CaptureError, Limits
from cetrack.core.capture.reader import ZIP_TYPE, expand_zip, read_file
from cetrack.core.capture.sniff import sniff
from cetrack.records import evidence

STALE = timedelta(minutes=10)


def limits() -> Limits:
    return Limits(max_bytes=settings.MAX_UPLOAD_BYTES)


def _error_rows(errors: tuple[CaptureError, ...] | list[CaptureError]) -> list[dict[str, Any]]:
    return [{"code": e.code, "message": e.message, "where": e.where} for e in errors]


def store_upload(user: Any, batch: Batch, name: str, content: bytes) -> list[UploadedFile]:
    """Keeps the upload (each member of a ZIP separately) and queues it for reading."""
    name = evidence.safe_name(name)
    if sniff(content) != ZIP_TYPE:
        return [_store_one(user, batch, name, content)]
    inside = expand_zip(name, content, limits())
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
    if len(content) > settings.MAX_UPLOAD_BYTES:
        megabytes = settings.MAX_UPLOAD_BYTES // (1024 * 1024)
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
    now = timezone.now()
    claimed = UploadedFile.objects.filter(pk=pk, status=UploadedFile.Status.QUEUED).update(
        status=UploadedFile.Status.READING, claimed_at=now
    )
    return claimed == 1


def requeue_stale() -> int:
    cutoff = timezone.now() - STALE
    return UploadedFile.objects.filter(
        status=UploadedFile.Status.READING, claimed_at__lt=cutoff
    ).update(status=UploadedFile.Status.QUEUED, claimed_at=None)


def read_one(upload: UploadedFile) -> None:
    """Reads a claimed file and stores its drafts; the file ends read or failed, never half."""
    from cetrack.core.capture.tabular import ColumnMapping

    assert upload.blob is not None
    content = evidence.read(upload.blob)
    mapping = None
    if upload.columns:
        try:
            mapping = ColumnMapping.from_toml(upload.columns)
        except (ValueError, KeyError, TypeError):
            mapping = None
    capture = read_file(
        upload.original_name,
        content,
        today=timezone.localdate(),
        limits=limits(),
        ocr=settings.CAPTURE_OCR,
        mapping=mapping,
    )
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
        upload.save(update_fields=["errors", "text", "status"])


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


def _work_in_thread(batch_pk: int) -> None:
    try:
        work(batch_pk)
    finally:
        connection.close()


def start(batch: Batch) -> None:
    """Reads the batch now (tests, CAPTURE_INLINE) or in a background thread after commit."""
    if settings.CAPTURE_INLINE:
        work(batch.pk)
        return

    def launch() -> None:
        close_old_connections()
        threading.Thread(target=_work_in_thread, args=(batch.pk,), daemon=True).start()

    transaction.on_commit(launch)
