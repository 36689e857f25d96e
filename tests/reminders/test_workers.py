"""Real processes on a real database (a SQLite file; PostgreSQL when a server answers): two
workers running every day of a moving clock at the same moment, a pass killed with kill -9 in
the middle of sending and run again, and the daily pass asked for by the hourly task and run
by a queue worker (embedded SQLite queue, and Redis). Each person gets each reminder once.
Slow: they start processes and wait on them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest

from tests.jobs.isolation import own_redis
from tests.migrated import migrate

SCRIPT = Path(__file__).with_name("script.py")
ROOT = SCRIPT.parents[2]
LEASE_SECONDS = 2
pytestmark = pytest.mark.slow


def _environment(data: Path, database_url: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CETRACK_REDIS_URL")}
    env.update(
        CETRACK_DATA=str(data),
        DJANGO_SETTINGS_MODULE="cetrack.web.settings",
        CETRACK_JOB_LEASE_SECONDS=str(LEASE_SECONDS),
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]),
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def _postgres_database() -> Iterator[str | None]:
    import psycopg

    server = os.environ.get("CETRACK_TEST_PG_URL", "postgres://postgres@127.0.0.1:5432/test")
    admin = server.replace("postgres://", "postgresql://", 1).rsplit("/", 1)[0] + "/postgres"
    name = f"cetrack_reminders_{uuid.uuid4().hex[:8]}"
    try:
        with psycopg.connect(admin, autocommit=True, connect_timeout=3) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as error:
        pytest.skip(f"no PostgreSQL server to run on ({error.__class__.__name__})")
    try:
        yield server.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def env(request: Any, tmp_path: Path) -> Iterator[dict[str, str]]:
    if request.param == "sqlite":
        yield _environment(tmp_path, None)
        return
    for url in _postgres_database():
        yield _environment(tmp_path, url)


def _run(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def _prepare(env: dict[str, str], people: int) -> None:
    migrate(env)
    _run(env, "setup", str(people))


def _outbox(env: dict[str, str]) -> Counter[tuple[str, str, str, str]]:
    """(to, kind, event date, threshold) of every reminder in every e-mail sent."""
    counts: Counter[tuple[str, str, str, str]] = Counter()
    for path in (Path(env["CETRACK_DATA"]) / "mail").glob("*.eml"):
        email = message_from_bytes(path.read_bytes())
        for entry in str(email["X-Cetrack-Reminders"]).split():
            parts = entry.split(":")  # kind:subject:due_on:threshold
            counts[(str(email["To"]), parts[0], parts[-2], parts[-1])] += 1
    return counts


def _expected_walk(people: int) -> Counter[tuple[str, str, str, str]]:
    mls, amt = "2027-06-09", "2027-04-20"  # D0 + 100 and D0 + 50 days
    each = [("deadline", mls, t) for t in ("90", "60", "30", "7")]
    each += [("declaration", mls, "open"), ("overdue", mls, "overdue-1")]
    each += [("deadline", amt, t) for t in ("60", "30", "7")]
    each += [("overdue", amt, f"overdue-{d}") for d in range(1, 56, 7)]  # 55 days overdue
    return Counter(
        {
            (f"p{n}@example.org", kind, due, step): 1
            for n in range(people)
            for kind, due, step in each
        }
    )


def test_two_workers_on_a_moving_clock_send_each_threshold_once(env: dict[str, str]) -> None:
    _prepare(env, people=4)
    walkers = [
        subprocess.Popen(
            [sys.executable, str(SCRIPT), "walk", name, "0", "105"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    for walker in walkers:
        _, errors = walker.communicate(timeout=900)
        assert walker.returncode == 0, errors[-3000:]
    assert _outbox(env) == _expected_walk(4)


def test_a_pass_killed_mid_send_is_finished_once_by_the_next(env: dict[str, str]) -> None:
    _prepare(env, people=4)
    data = Path(env["CETRACK_DATA"])
    # Day 43: MT(AMT) 7 days ahead, MLS(ASCP) 57 with its declaration window open: one e-mail
    # each, three reminders in it.
    sender = subprocess.Popen(
        [sys.executable, str(SCRIPT), "send", "43", "60"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while not (data / "waiting-2").exists():  # the first e-mail is out, the second waits
            assert time.monotonic() < deadline and sender.poll() is None
            time.sleep(0.05)
        sender.send_signal(signal.SIGKILL)
        sender.wait(10)
    finally:
        sender.kill()
    assert sum(_outbox(env).values()) == 3  # one e-mail out
    time.sleep(LEASE_SECONDS + 0.5)  # the dead pass's claims run out
    assert _run(env, "send", "43").split() == ["0", "3"]  # nothing new; three retried
    each = (
        ("deadline", "2027-04-20", "7"),
        ("deadline", "2027-06-09", "60"),
        ("declaration", "2027-06-09", "open"),
    )
    expected = Counter({(f"p{n}@example.org", *reminder): 1 for n in range(4) for reminder in each})
    assert _outbox(env) == expected
    time.sleep(LEASE_SECONDS + 0.5)
    assert _run(env, "send", "43").split() == ["0", "0"]
    assert _outbox(env) == expected


@pytest.fixture(params=["embedded", "redis"])
def queue_env(request: Any, tmp_path: Path) -> Iterator[dict[str, str]]:
    env = _environment(tmp_path, None)
    if request.param == "embedded":
        yield env
        return
    with own_redis() as redis_env:  # this run's own queue: no other run's worker takes its jobs
        yield {**env, **redis_env}


def test_the_daily_pass_runs_on_the_queue_workers(queue_env: dict[str, str]) -> None:
    env = queue_env
    _prepare(env, people=4)
    worker = subprocess.Popen(
        [sys.executable, str(SCRIPT), "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    expected = Counter(
        {
            (f"p{n}@example.org", *reminder): 1
            for n in range(4)
            for reminder in (
                ("deadline", "2027-04-20", "7"),
                ("deadline", "2027-06-09", "60"),
                ("declaration", "2027-06-09", "open"),
            )
        }
    )
    try:
        _run(env, "ask", "43", "5")  # before the reminder hour: only the retry job
        time.sleep(1)
        assert _outbox(env) == Counter()
        _run(env, "ask", "43", "7")  # the pass job, then its range job, on the worker
        deadline = time.monotonic() + 120
        while _outbox(env) != expected:
            assert time.monotonic() < deadline, _outbox(env)
            assert worker.poll() is None
            time.sleep(0.2)
        _run(env, "ask", "43", "8")  # an hour later: the same day's pass, not run again
        time.sleep(2)
        assert _outbox(env) == expected
    finally:
        worker.terminate()
        worker.wait(20)
