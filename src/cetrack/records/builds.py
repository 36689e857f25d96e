"""Transcripts and audit packets on a time budget.

Laying out a transcript PDF takes WeasyPrint about a second per 30 rows, and an audit packet
also reads every certificate file. A small one is made in the request, as before. A large one
— more than `CETRACK_EXPORT_INLINE_ROWS` rows (activities counted or excluded, findings), or a
packet with more than INLINE_FILES files or INLINE_BYTES of them — is built by a job on the
queue: the person gets a page that shows its progress and, when it is ready, a download. The
file goes to the `exports` storage (the data folder, or S3 with the files) and is kept KEEP.

A build's key is the person, credential, as-of date and the state of their records
(`services.records_version`), so asking twice is one build, and a change to the records makes
the next request a new one. At most MAX_PENDING builds wait per person.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.core.files.storage.handler import InvalidStorageError
from django.utils import timezone

from cetrack.jobs.models import Job
from cetrack.jobs.queue import enqueue, progress
from cetrack.records import exports, services
from cetrack.records.models import Credential

KIND = "records.build"
KINDS = ("transcript", "packet")
INLINE_FILES = 100
INLINE_BYTES = 25 * 1024 * 1024
KEEP = timedelta(hours=24)
MAX_PENDING = 3
WAITING = (Job.State.QUEUED, Job.State.RUNNING)


def storage() -> Storage:
    """Where built files go: the `exports` storage (settings.STORAGES), by default a private
    folder in the data folder."""
    try:
        return storages["exports"]
    except InvalidStorageError:
        return FileSystemStorage(
            location=settings.DATA_DIR / "exports",
            file_permissions_mode=0o600,
            directory_permissions_mode=0o700,
        )


def inline_rows() -> int:
    return int(getattr(settings, "CETRACK_EXPORT_INLINE_ROWS", 150))


@dataclass(frozen=True)
class Size:
    rows: int
    files: int = 0
    bytes: int = 0

    def large(self) -> bool:
        return self.rows > inline_rows() or self.files > INLINE_FILES or self.bytes > INLINE_BYTES


def size_of(kind: str, user: Any, context: dict[str, Any]) -> Size:
    """How much a transcript (or packet) of this evaluation holds, known before making it."""
    rows = len(context["counted"]) + len(context["excluded"]) + len(context["findings"])
    if kind != "packet":
        return Size(rows)
    result = context["result"]
    audited = {c.activity for c in result.counted} | {e.activity for e in result.excluded_inside}
    files = [f for f in exports.packet_files(user) if f.activity_id in audited]
    return Size(rows, len(files), sum(f.certificate.blob.size for f in files))


def key_for(kind: str, user: Any, row: Credential, as_of: date | None) -> str:
    day = (as_of or timezone.localdate()).isoformat()
    return f"{kind}:{user.pk}:{row.pk}:{day}:{services.records_version(user)}"


def request(kind: str, user: Any, row: Credential, as_of: date | None) -> Job | str:
    """The build of this transcript or packet (queued once), or why none is queued now."""
    key = key_for(kind, user, row, as_of)
    found = Job.objects.filter(key=f"{KIND}:{key}").first()
    if found is not None and (found.state in WAITING or _file_of(found)):
        return found
    waiting = Job.objects.filter(kind=KIND, state__in=WAITING, arguments__user=user.pk)
    if waiting.count() >= MAX_PENDING:
        return (
            f"{MAX_PENDING} of your transcripts or audit packets are being prepared; wait for "
            "one of them to be ready, then ask again."
        )
    return enqueue(
        KIND,
        key,
        rerun=True,
        user=user.pk,
        credential=row.pk,
        what=kind,
        as_of=as_of.isoformat() if as_of else None,
    )


def build(user: int, credential: int, what: str, as_of: str | None) -> dict[str, Any]:
    """The job: makes the file, reporting progress, and keeps it in storage."""
    from cetrack.accounts.models import User

    owner = User.objects.get(pk=user)
    row = Credential.objects.filter(owner=owner, pk=credential, deleted_at__isnull=True).first()
    if row is None:
        return {"error": "The credential was removed before its file was made."}
    day = date.fromisoformat(as_of) if as_of else None
    steps = 3 if what == "transcript" else 4
    progress(0, steps, "Evaluating the cycle")
    context = exports.transcript(owner, row, day)
    progress(1, steps, "Laying out the transcript pages")
    pdf = exports.render_transcript_pdf(context)
    if what == "transcript":
        content, filename = pdf, str(context["filename"])
    else:
        progress(2, steps, "Adding the certificate files")

        def files_read(done: int, total: int) -> None:
            progress(2, steps, f"Adding the certificate files ({done:,} of {total:,})")

        content = exports.audit_packet(owner, row, context=context, pdf=pdf, progress=files_read)
        filename = exports.packet_filename(context)
    progress(steps - 1, steps, "Saving the file")
    digest = hashlib.sha256(content).hexdigest()
    suffix = "pdf" if what == "transcript" else "zip"
    name = storage().save(f"{owner.pk}/{digest[:32]}.{suffix}", ContentFile(content))
    return {"file": name, "filename": filename, "size": len(content), "sha256": digest}


def _file_of(job: Job) -> str:
    """The stored file of a finished build ("" when there is none, or it was removed)."""
    name = str(job.result.get("file") or "") if job.state == Job.State.DONE else ""
    return name if name and storage().exists(name) else ""


@dataclass(frozen=True)
class Status:
    job: Job
    state: str  # waiting | ready | failed | expired
    done: int
    total: int
    step: str
    message: str = ""

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else 0


def status(job: Job) -> Status:
    result = job.result or {}
    done, total = (result.get("progress") or [0, 0])[:2]
    if job.state in WAITING:
        step = str(result.get("step") or "Waiting for a free worker")
        return Status(job, "waiting", int(done), int(total), step)
    if job.state == Job.State.FAILED or result.get("error"):
        message = str(result.get("error") or "It could not be made (the error is logged).")
        return Status(job, "failed", 0, 0, "", message)
    if not _file_of(job):
        return Status(job, "expired", 0, 0, "", "This file was removed after a day.")
    return Status(job, "ready", 1, 1, "")


def for_user(user: Any, pk: Any) -> Job | None:
    """A build the user asked for (None for anyone else's, or no such build)."""
    try:
        number = int(pk)
    except (TypeError, ValueError):
        return None
    return Job.objects.filter(pk=number, kind=KIND, arguments__user=user.pk).first()


def remove_old(older_than: timedelta = KEEP) -> int:
    """Deletes built files older than `older_than` (their builds then show as expired)."""
    removed = 0
    old = Job.objects.filter(
        kind=KIND, state=Job.State.DONE, finished_at__lt=timezone.now() - older_than
    )
    for job in old.iterator():
        name = str(job.result.get("file") or "")
        if name and storage().exists(name):
            storage().delete(name)
            removed += 1
    return removed
