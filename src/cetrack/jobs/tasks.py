"""The huey tasks: one that runs a `Job` row, and the periodic sweeper."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import HUEY, db_periodic_task, db_task

from cetrack.jobs import queue


@db_task(retries=0)  # type: ignore[untyped-decorator]
def run_job_task(job_pk: int) -> str:
    return queue.run_job(job_pk)


@db_periodic_task(crontab(minute="*"))  # type: ignore[untyped-decorator]
def sweep_task() -> int:
    return queue.sweep()


@HUEY.on_startup()  # type: ignore[untyped-decorator]
def _sweep_on_start() -> None:
    # A restart after kill -9 picks up what the dead worker held, once its lease runs out.
    from django.db import close_old_connections

    close_old_connections()
    queue.sweep()
