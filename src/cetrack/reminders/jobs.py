"""Reminders on the job queue (found by cetrack.jobs' autodiscovery).

Every hour the queue's scheduler (not cron) runs `hourly`: from CETRACK_REMINDERS_HOUR on,
it asks for the day's pass, `reminders.pass:<date>` — a job key, so asking every hour is one
pass a day, and a server started late in the day still runs it. The pass job hands each range
of people to a `reminders.chunk:<date>:<first id>` job (any worker takes them), and every hour
a `reminders.retry` job sends what a dead worker or a refusing mail server left claimed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.conf import settings
from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from cetrack.jobs.queue import enqueue, job
from cetrack.reminders import passes


def reminders_hour() -> int:
    return int(getattr(settings, "REMINDERS_HOUR", 6))


@job("reminders.pass")
def pass_job(day: str) -> dict[str, Any]:
    """The day's pass: earlier messages left unsent, then one job per range of people."""
    retried = passes.retry(day=date.fromisoformat(day))
    parts = passes.ranges()
    for low, high in parts:
        enqueue("reminders.chunk", f"{day}:{low}", day=day, low=low, high=high)
    return {"ranges": len(parts), "retried": retried.retried}


@job("reminders.chunk")
def chunk_job(day: str, low: int, high: int) -> dict[str, Any]:
    report = passes.run_range(date.fromisoformat(day), low, high)
    return {"reminders": report.reminders, "sent": report.sent, "failed": report.failed}


@job("reminders.retry")
def retry_job() -> dict[str, Any]:
    report = passes.retry()
    return {"sent": report.retried, "failed": report.failed}


def ask_for_today(now: Any = None) -> list[str]:
    """What the hourly task asks for at `now` (aware; default: now): the keys it enqueued."""
    moment = timezone.localtime(now)
    day = moment.date().isoformat()
    asked = [enqueue("reminders.retry", f"{day}T{moment.hour:02d}").key]
    if moment.hour >= reminders_hour():
        asked.append(enqueue("reminders.pass", day, day=day).key)
    return asked


@db_periodic_task(crontab(minute="7"))  # type: ignore[untyped-decorator]
def hourly() -> list[str]:
    return ask_for_today()
