"""Asking for background work, running it once, and recovering work a dead worker dropped."""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextvars import ContextVar
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from cetrack.jobs.models import Job

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
Handler = Callable[..., dict[str, Any] | None]
_HANDLERS: dict[str, Handler] = {}
_running: ContextVar[int | None] = ContextVar("cetrack_running_job", default=None)


def job(kind: str) -> Callable[[Handler], Handler]:
    """Registers the function that does jobs of this kind (its keyword arguments come from
    `enqueue`; it returns a small JSON-able result or None). It must be safe to run twice."""

    def register(handler: Handler) -> Handler:
        _HANDLERS[kind] = handler
        return handler

    return register


def lease() -> timedelta:
    return timedelta(seconds=getattr(settings, "CETRACK_JOB_LEASE_SECONDS", 600))


def enqueue(kind: str, key: str, *, rerun: bool = False, **arguments: Any) -> Job:
    """The job of this key, queued once; sent to a worker when the transaction commits.
    `rerun` queues a finished job again (e.g. a batch that received more files)."""
    if kind not in _HANDLERS:
        raise ValueError(f"no handler for job kind {kind!r}")
    key = f"{kind}:{key}"
    found, created = Job.objects.get_or_create(
        key=key, defaults={"kind": kind, "arguments": arguments}
    )
    if not created and rerun and found.state in (Job.State.DONE, Job.State.FAILED):
        Job.objects.filter(pk=found.pk, state=found.state).update(
            state=Job.State.QUEUED, attempts=0, arguments=arguments, error=""
        )
        found.refresh_from_db()
    if found.state == Job.State.QUEUED:
        transaction.on_commit(lambda: send(found.pk))
    return found


def send(job_pk: int) -> None:
    """Hands a job to the queue (or runs it here when the queue is immediate, as in tests)."""
    from cetrack.jobs.tasks import run_job_task

    try:
        run_job_task(job_pk)
    except Exception:  # the row stays queued; the sweeper sends it again
        log.exception("jobs: could not send job %s to the queue", job_pk)


def claim(job_pk: int) -> bool:
    """Takes the job for this worker: queued, or running on a lease that ran out (its worker
    died). A conditional UPDATE, so two workers never both take it."""
    now = timezone.now()
    return bool(
        Job.objects.filter(pk=job_pk, attempts__lt=MAX_ATTEMPTS)
        .filter(Q(state=Job.State.QUEUED) | Q(state=Job.State.RUNNING, lease_until__lt=now))
        .update(
            state=Job.State.RUNNING,
            lease_until=now + lease(),
            attempts=F("attempts") + 1,
        )
    )


def run_job(job_pk: int) -> str:
    """Runs one job if this worker can claim it; returns its state afterwards."""
    if not claim(job_pk):
        return "skipped"
    row = Job.objects.get(pk=job_pk)
    handler = _HANDLERS.get(row.kind)
    try:
        if handler is None:
            raise LookupError(f"no handler for job kind {row.kind!r}")
        from cetrack.records import audit

        running = _running.set(job_pk)
        try:
            with audit.acting("job", role="system"):  # the audit trail: done by the system
                result = handler(**row.arguments) or {}
        finally:
            _running.reset(running)
    except Exception as error:
        log.exception("jobs: %s failed (attempt %s)", row.key, row.attempts)
        state = Job.State.FAILED if row.attempts >= MAX_ATTEMPTS else Job.State.QUEUED
        Job.objects.filter(pk=job_pk).update(
            state=state, error=f"{type(error).__name__}: {error}"[:2000], lease_until=None
        )
        return str(state)
    Job.objects.filter(pk=job_pk).update(
        state=Job.State.DONE, result=result, finished_at=timezone.now(), lease_until=None
    )
    return "done"


def progress(done: int, total: int, step: str = "") -> None:
    """Tells how far the running job has come: `result` holds {"progress": [done, total],
    "step": step} until the job ends, and the lease is renewed (a job that reports is alive).
    Outside a job (work done in a request) it does nothing."""
    pk = _running.get()
    if pk is None:
        return
    Job.objects.filter(pk=pk, state=Job.State.RUNNING).update(
        result={"progress": [done, total], "step": step}, lease_until=timezone.now() + lease()
    )


def sweep(*, queued_for: timedelta = timedelta(seconds=30)) -> int:
    """Sends again what a worker dropped: running jobs whose lease ran out (a worker killed
    mid-job) and queued jobs nobody took (huey lost the message, or the send failed). Jobs out
    of attempts are marked failed. Returns how many were sent."""
    now = timezone.now()
    Job.objects.filter(
        state=Job.State.RUNNING, lease_until__lt=now, attempts__gte=MAX_ATTEMPTS
    ).update(state=Job.State.FAILED, error="its worker stopped each time it ran it")
    stalled = Job.objects.filter(
        Q(state=Job.State.RUNNING, lease_until__lt=now)
        | Q(state=Job.State.QUEUED, created_at__lt=now - queued_for)
    ).values_list("pk", flat=True)
    sent = 0
    for pk in list(stalled[:1000]):
        send(pk)
        sent += 1
    return sent
