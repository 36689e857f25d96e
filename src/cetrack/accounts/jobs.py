"""Account deletions on the job queue (found by cetrack.jobs' autodiscovery): every hour the
queue's scheduler asks for `accounts.purge:<date>T<hour>`, which carries out the deletions
whose grace period is over (cetrack.accounts.deletion). Safe to run twice: a deleted account
is no longer due."""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from cetrack.accounts import deletion
from cetrack.jobs.queue import enqueue, job


@job("accounts.purge")
def purge_job() -> dict[str, Any]:
    return {"deleted": deletion.purge_due()}


@db_periodic_task(crontab(minute="23"))  # type: ignore[untyped-decorator]
def hourly() -> str:
    moment = timezone.localtime()
    return enqueue("accounts.purge", f"{moment:%Y-%m-%dT%H}").key
