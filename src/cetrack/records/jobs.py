"""The records app's background jobs (found by cetrack.jobs' autodiscovery).

- `records.discard_imports`: every hour the queue's scheduler asks for
  `records.discard_imports:<date>T<hour>`, which removes the staged rows of imports whose
  process died half-way (cetrack.records.staging). Safe to run twice.
"""

from __future__ import annotations

from typing import Any

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from cetrack.jobs.queue import enqueue, job
from cetrack.records import staging


@job("records.discard_imports")
def discard_imports_job() -> dict[str, Any]:
    return {"discarded": staging.discard_abandoned()}


@db_periodic_task(crontab(minute="41"))  # type: ignore[untyped-decorator]
def hourly() -> str:
    moment = timezone.localtime()
    return enqueue("records.discard_imports", f"{moment:%Y-%m-%dT%H}").key
