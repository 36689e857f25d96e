"""The records app's background jobs (found by cetrack.jobs' autodiscovery).

- `records.build`: a transcript or audit packet too large to make in a request
  (cetrack.records.builds), keyed by person, credential, date and the state of their records.
- `records.hourly`: every hour the queue's scheduler asks for `records.hourly:<date>T<hour>`,
  which removes the staged rows of imports whose process died half-way
  (cetrack.records.staging) and built files older than a day. Safe to run twice.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from cetrack.jobs.queue import enqueue, job
from cetrack.records import builds, staging


@job("records.build")
def build_job(user: int, credential: int, what: str, as_of: str | None) -> dict[str, Any]:
    return builds.build(user, credential, what, as_of)


@job("records.hourly")
def hourly_job() -> dict[str, Any]:
    return {"discarded_imports": staging.discard_abandoned(), "removed_files": builds.remove_old()}


@db_periodic_task(crontab(minute="41"))  # type: ignore[untyped-decorator]
def hourly() -> str:
    moment = timezone.localtime()
    return enqueue("records.hourly", f"{moment:%Y-%m-%dT%H}").key
