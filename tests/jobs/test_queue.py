"""The job queue: asking twice is one job, failures are retried then reported, and work a dead
worker held is run again (cetrack.jobs)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from cetrack.jobs import queue
from cetrack.jobs.models import Job

RUNS: list[str] = []


@queue.job("test.record")
def _record(name: str) -> dict[str, str]:
    RUNS.append(name)
    return {"name": name}


@queue.job("test.broken")
def _broken() -> None:
    raise RuntimeError("the disk is full")


@pytest.fixture(autouse=True)
def _clean() -> None:
    RUNS.clear()


def test_asking_twice_is_one_job_run_once(db: Any, django_capture_on_commit_callbacks: Any):
    with django_capture_on_commit_callbacks(execute=True):
        first = queue.enqueue("test.record", "a", name="a")
        second = queue.enqueue("test.record", "a", name="a")
    assert first.pk == second.pk
    assert RUNS == ["a"]
    row = Job.objects.get(pk=first.pk)
    assert row.state == Job.State.DONE and row.result == {"name": "a"} and row.attempts == 1


def test_rerun_queues_a_finished_job_again(db: Any, django_capture_on_commit_callbacks: Any):
    with django_capture_on_commit_callbacks(execute=True):
        queue.enqueue("test.record", "batch-1", name="first")
    with django_capture_on_commit_callbacks(execute=True):
        queue.enqueue("test.record", "batch-1", name="second", rerun=True)
    assert RUNS == ["first", "second"]


def test_a_failing_job_is_retried_then_marked_failed_with_the_reason(
    db: Any, django_capture_on_commit_callbacks: Any
):
    with django_capture_on_commit_callbacks(execute=True):
        row = queue.enqueue("test.broken", "x")
    row.refresh_from_db()
    assert row.state == Job.State.QUEUED and row.attempts == 1
    for _ in range(queue.MAX_ATTEMPTS - 1):
        queue.run_job(row.pk)
    row.refresh_from_db()
    assert row.state == Job.State.FAILED
    assert "the disk is full" in row.error
    assert queue.run_job(row.pk) == "skipped"  # out of attempts: never again


def test_the_sweeper_runs_work_a_dead_worker_held(db: Any):
    row = Job.objects.create(
        kind="test.record",
        key="test.record:held",
        arguments={"name": "held"},
        state=Job.State.RUNNING,
        attempts=1,
        lease_until=timezone.now() - timedelta(seconds=1),
    )
    assert queue.sweep() == 1
    row.refresh_from_db()
    assert row.state == Job.State.DONE and RUNS == ["held"] and row.attempts == 2


def test_a_running_job_within_its_lease_is_left_alone(db: Any):
    row = Job.objects.create(
        kind="test.record",
        key="test.record:busy",
        arguments={"name": "busy"},
        state=Job.State.RUNNING,
        attempts=1,
        lease_until=timezone.now() + timedelta(minutes=5),
    )
    assert queue.sweep() == 0
    assert queue.run_job(row.pk) == "skipped" and RUNS == []


def test_an_unknown_kind_is_refused_before_anything_is_queued(db: Any):
    with pytest.raises(ValueError):
        queue.enqueue("no.such.kind", "x")
    assert not Job.objects.exists()
