"""Real worker processes: kill -9 in the middle of a job on the embedded (SQLite) queue, and the
same code on Redis. Slow: they start processes and wait on them."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.jobs.isolation import own_redis
from tests.migrated import migrate

SCRIPT = Path(__file__).with_name("script.py")
pytestmark = pytest.mark.slow


def _environment(data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CETRACK_REDIS_URL")}
    env.update(
        CETRACK_DATA=str(data),
        DJANGO_SETTINGS_MODULE="cetrack.web.settings",
        CETRACK_JOB_LEASE_SECONDS="2",
        PYTHONPATH=os.pathsep.join([str(SCRIPT.parents[2]), env.get("PYTHONPATH", "")]),
        **extra,
    )
    return env


def _run(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _worker(env: dict[str, str]) -> subprocess.Popen[Any]:
    return subprocess.Popen(
        [sys.executable, str(SCRIPT), "worker"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _wait_for(check: Any, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError("timed out")


def _kill_nine_then_recover(env: dict[str, str], data: Path) -> None:
    migrate(env)
    first = _worker(env)
    try:
        _run(env, "enqueue", "binder", "3")
        _wait_for(lambda: (data / "started.log").exists())
        first.send_signal(signal.SIGKILL)  # mid-job: started, no effect yet
        first.wait(10)
    finally:
        first.kill()
    assert not (data / "effect-binder").exists()
    assert json.loads(_run(env, "state", "binder"))["state"] == "running"
    second = _worker(env)
    try:
        time.sleep(2.5)  # the dead worker's lease runs out
        _run(env, "sweep")
        _wait_for(lambda: json.loads(_run(env, "state", "binder"))["state"] == "done")
    finally:
        second.terminate()
        second.wait(10)
    state = json.loads(_run(env, "state", "binder"))
    assert state == {"state": "done", "attempts": 2}
    assert len((data / "started.log").read_text().splitlines()) == 2  # retried once
    assert (data / "effect-binder").exists()  # and its effect made once


def test_kill_nine_mid_job_on_the_embedded_queue_is_retried_once(tmp_path: Path) -> None:
    _kill_nine_then_recover(_environment(tmp_path), tmp_path)


def test_the_same_code_runs_on_redis(tmp_path: Path) -> None:
    with own_redis() as redis_env:  # its own queue: another run's worker never takes its job
        _kill_nine_then_recover(_environment(tmp_path, **redis_env), tmp_path)
