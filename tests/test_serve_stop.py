"""`cetrack serve` under abuse: SIGTERM stops it within seconds whatever is running, a request's
work stops when its client goes away or its time budget runs out, a slow client holds no
worker, and a web process that dies is started again.

Each test runs a real server (tests/serving: the production settings plus deliberately slow
pages) on a copy of one migrated data folder.
"""

from __future__ import annotations

import http.client
import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serving.harness import Server, alive, migrate, serving, tree

pytestmark = pytest.mark.slow

STOP_GRACE = 5  # cetrack.web.server.STOP_GRACE, the default


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrate(tmp_path_factory.mktemp("migrated"))


def _in_background(server: Server, path: str) -> dict[str, object]:
    """Starts a GET in a thread; the dict receives its status (or the error) when it ends."""
    found: dict[str, object] = {}

    def run() -> None:
        try:
            found["status"] = server.get(path, timeout=60)[0]
        except (OSError, http.client.HTTPException) as error:
            found["error"] = type(error).__name__
        found["at"] = time.monotonic()

    threading.Thread(target=run, daemon=True).start()
    return found


def test_sigterm_stops_the_whole_server_within_seconds_even_with_a_request_stuck_in_c(
    migrated: Path, tmp_path: Path
) -> None:
    with serving(migrated, tmp_path, workers=2, threads=2) as server:
        processes = tree(server.process.pid)
        assert len(processes) == 4  # supervisor, two web processes, the job process
        _in_background(server, "/test/stuck/")
        assert server.wait_for_note("stuck", "running", 10) == "running"
        time.sleep(0.3)
        sent = time.monotonic()
        server.process.send_signal(signal.SIGTERM)
        server.process.wait(timeout=STOP_GRACE + 10)
        took = time.monotonic() - sent
        assert took < STOP_GRACE + 1.5, took
        assert server.process.returncode == 0
        time.sleep(0.2)
        assert [pid for pid in processes if alive(pid)] == []


def test_a_request_in_flight_is_answered_before_the_server_stops(
    migrated: Path, tmp_path: Path
) -> None:
    with serving(migrated, tmp_path, workers=1, threads=2) as server:
        answer = _in_background(server, "/test/sleep/?s=1.5")
        time.sleep(0.4)
        server.process.send_signal(signal.SIGTERM)
        server.process.wait(timeout=STOP_GRACE + 10)
        time.sleep(0.1)
        assert answer.get("status") == 200, answer
        # and nothing new is accepted once it has stopped
        with pytest.raises(OSError):
            server.get("/health/", timeout=2)


def _send_and_hang_up(port: int, path: str, after: float) -> None:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
        client.sendall(f"GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n".encode())
        time.sleep(after)


@pytest.mark.parametrize("page", ["slow-query", "slow-python"])
def test_work_stops_when_the_client_goes_away(migrated: Path, tmp_path: Path, page: str) -> None:
    with serving(migrated, tmp_path, workers=1, threads=1) as server:
        _send_and_hang_up(server.port, f"/test/{page}/", after=1.0)
        assert server.note(page) == "running"
        gone = time.monotonic()
        note = server.wait_for_note(page, "stopped", 5)
        assert note.startswith("stopped"), note
        assert time.monotonic() - gone < 3
        # the only worker thread is free again
        started = time.monotonic()
        assert server.get("/health/", timeout=10)[0] == 200
        assert time.monotonic() - started < 2


@pytest.mark.parametrize("page", ["slow-query", "slow-python"])
def test_a_request_over_its_time_budget_is_stopped_with_a_503(
    migrated: Path, tmp_path: Path, page: str
) -> None:
    with serving(migrated, tmp_path, CETRACK_REQUEST_TIMEOUT="2") as server:
        started = time.monotonic()
        status, body = server.get(f"/test/{page}/")
        took = time.monotonic() - started
        assert status == 503
        assert "took longer than 2 seconds and was stopped" in body
        assert 1.9 < took < 5, took
        assert server.note(page).startswith("stopped")
        assert server.get("/health/")[0] == 200


def test_slow_clients_hold_no_worker(migrated: Path, tmp_path: Path) -> None:
    """Clients that send their request a few bytes at a time (or never finish it) wait in
    waitress's buffers, not in the one worker thread."""
    with serving(migrated, tmp_path, workers=1, threads=1) as server:
        slow = [socket.create_connection(("127.0.0.1", server.port)) for _ in range(20)]
        try:
            for client in slow:
                client.sendall(b"POST /accounts/login/ HTTP/1.1\r\nHost: localhost\r\nContent-")
            started = time.monotonic()
            assert server.get("/health/", timeout=10)[0] == 200
            assert time.monotonic() - started < 1
        finally:
            for client in slow:
                client.close()


def test_a_web_process_that_dies_is_started_again(migrated: Path, tmp_path: Path) -> None:
    with serving(migrated, tmp_path, workers=1, threads=2) as server:
        before = tree(server.process.pid)[1:]
        assert len(before) == 2
        os.kill(before[0], signal.SIGKILL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            now = tree(server.process.pid)[1:]
            if len(now) == 2 and before[0] not in now:
                break
            time.sleep(0.1)
        assert before[0] not in tree(server.process.pid)
        assert len(tree(server.process.pid)) == 3
        for _ in range(10):
            assert server.get("/health/")[0] == 200
        assert any("stopped (signal 9); starting another" in line for line in server.output)


PG_SERVER = os.environ.get("CETRACK_TEST_PG_URL", "postgres://postgres@127.0.0.1:5432/test")


@pytest.fixture
def pg_database() -> Iterator[str]:
    psycopg = pytest.importorskip("psycopg")
    server = PG_SERVER.replace("postgres://", "postgresql://", 1)
    try:
        admin = psycopg.connect(server, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        pytest.skip(f"no PostgreSQL at {PG_SERVER}")
    name = f"cetrack_serve_{os.getpid()}_{int(time.time())}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_SERVER.rsplit('/', 1)[0]}/{name}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_a_postgresql_query_stops_when_the_client_goes_away_or_the_budget_runs_out(
    migrated: Path, tmp_path: Path, pg_database: str
) -> None:
    with serving(
        migrated, tmp_path, threads=1, DATABASE_URL=pg_database, CETRACK_REQUEST_TIMEOUT="3"
    ) as server:
        _send_and_hang_up(server.port, "/test/slow-query/", after=1.0)
        note = server.wait_for_note("slow-query", "stopped", 4)
        assert note.startswith("stopped") and "cancel" in note, note
        assert server.get("/health/", timeout=5)[0] == 200
        started = time.monotonic()
        status, body = server.get("/test/slow-query/")
        assert status == 503 and "longer than 3 seconds" in body
        assert time.monotonic() - started < 6


def test_each_process_has_its_own_postgresql_pool(
    migrated: Path, tmp_path: Path, pg_database: str
) -> None:
    """With CETRACK_PG_POOL the supervisor's pool (opened by the migrations) is closed before
    it forks: shared across processes its connections would answer one process's query to
    another ("the last operation didn't produce records")."""
    import json
    import subprocess
    import sys

    from tests.serving.harness import ROOT, environment

    extra = {"DATABASE_URL": pg_database, "CETRACK_PG_POOL": "2:4"}
    with serving(migrated, tmp_path, workers=2, threads=4, **extra) as server:
        made = subprocess.run(
            [sys.executable, "-m", "tests.serving.accounts", "4"],
            env=environment(server.data, **extra),
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        tokens = [p["token"] for p in json.loads(made.stdout)]
        statuses: list[int] = []

        def ask(token: str) -> None:
            for _ in range(40):
                connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
                try:
                    connection.request(
                        "GET", "/api/credentials", headers={"Authorization": f"Bearer {token}"}
                    )
                    statuses.append(connection.getresponse().status)
                except (OSError, http.client.HTTPException):
                    statuses.append(0)
                finally:
                    connection.close()

        threads = [threading.Thread(target=ask, args=(t,)) for t in tokens * 2]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(statuses) == [200] * 320
