"""The daily pass runs on the job queue, asked for by a periodic task (not cron)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from django.core import mail
from django.utils import timezone
from huey.contrib.djhuey import HUEY

from cetrack.jobs.models import Job
from cetrack.reminders import jobs
from tests.reminders.conftest import D0, credential, person


def _at(hour: int) -> datetime:
    return timezone.make_aware(datetime.combine(D0, time(hour, 7)))


def test_the_hourly_task_is_scheduled_by_the_queue() -> None:
    task = jobs.hourly.task_class
    assert task in HUEY._registry._periodic_tasks
    runs = [hour for hour in range(24) if task().validate_datetime(datetime(2027, 3, 1, hour, 7))]
    assert runs == list(range(24))  # every hour, at :07
    assert not task().validate_datetime(datetime(2027, 3, 1, 6, 8))


def test_the_day_s_pass_is_asked_for_once_from_the_reminder_hour(
    db: Any, settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    settings.REMINDERS_HOUR = 6
    kim = person("kim@example.org", "Kim Lee")
    credential(kim, "ascp/MLS", cycle_end=D0 + timedelta(days=7))
    with django_capture_on_commit_callbacks(execute=True):
        early = jobs.ask_for_today(_at(5))
    assert early == ["reminders.retry:2027-03-01T05"] and mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        asked = jobs.ask_for_today(_at(6))
    assert "reminders.pass:2027-03-01" in asked
    assert len(mail.outbox) == 1  # the pass ran its ranges as jobs; the e-mail went
    with django_capture_on_commit_callbacks(execute=True):
        jobs.ask_for_today(_at(7))  # an hour later: the same pass, not run again
    assert len(mail.outbox) == 1
    passes = Job.objects.filter(kind="reminders.pass")
    assert [(j.key, j.state, j.result) for j in passes] == [
        ("reminders.pass:2027-03-01", "done", {"ranges": 1, "retried": 0})
    ]
    [chunk] = Job.objects.filter(kind="reminders.chunk")
    assert chunk.state == "done" and chunk.result == {"reminders": 1, "sent": 1, "failed": 0}
