"""The API's rate limits between real server processes: two `cetrack serve` on one data folder
(behind a balancer), counting in the shared cache — the database cache (SQLite) or Redis.

A client below its limit is answered even when it sends 16 requests at once; each process
counts into the same counters, so the limit is the documented number, not one per process; the
first request over it is refused with 429 and Retry-After. And the token's owner, read from the
shared cache to spare the API a query, is refused at once when deactivated or the token revoked."""

from __future__ import annotations

import contextlib
import http.client
import json
import shutil
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from cetrack.accounts.models import ApiToken
from tests.serving.harness import ROOT, Server, environment, migrate, serving
from tests.web.test_throttle import shared  # noqa: F401  (the database cache, and Redis)

# Day-long windows, so that no window ends while a test runs.
PER_ADDRESS, PER_TOKEN = 40, 30
LIMITS = f"{PER_ADDRESS}/d/ip,{PER_TOKEN}/d/key"


def _redis_answers() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrate(tmp_path_factory.mktemp("migrated"))


@contextlib.contextmanager
def two_servers(
    migrated: Path, tmp_path: Path, **extra: str
) -> Iterator[tuple[Server, Server, list[str]]]:
    data = tmp_path / "shared"
    shutil.copytree(migrated, data)
    made = subprocess.run(
        [sys.executable, "-m", "tests.serving.accounts", "2"],
        env=environment(data, **extra),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    tokens = [person["token"] for person in json.loads(made.stdout)]
    settings = {"API_RATE_LIMIT": LIMITS, **extra}
    with (
        serving(data, tmp_path / "a", threads=4, share=True, **settings) as a,
        serving(
            data, tmp_path / "b", threads=4, share=True, CETRACK_JOB_WORKERS="0", **settings
        ) as b,
    ):
        yield a, b, tokens


def _call(server: Server, token: str) -> tuple[int, str]:
    """GET /api/credentials on a connection of its own: its status and Retry-After."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        connection.request("GET", "/api/credentials", headers={"Authorization": f"Bearer {token}"})
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("Retry-After") or ""
    finally:
        connection.close()


@contextlib.contextmanager
def _postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database (127.0.0.1:5432, user postgres), dropped afterwards."""
    psycopg = pytest.importorskip("psycopg")
    name = f"cetrack_limits_{uuid.uuid4().hex[:8]}"
    try:
        admin = psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True)
    except psycopg.OperationalError:
        pytest.skip("no PostgreSQL at 127.0.0.1:5432")
    with admin:
        admin.execute(f"CREATE DATABASE {name}")
        try:
            yield f"postgres://postgres@127.0.0.1:5432/{name}"
        finally:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.mark.slow
@pytest.mark.parametrize("cache", ["database", "postgresql", "redis"])
def test_the_api_limits_hold_across_processes_and_spare_clients_below_them(
    migrated: Path, tmp_path: Path, cache: str
) -> None:
    """`database` is the database cache on SQLite, `postgresql` the database cache on
    PostgreSQL (whose counters are exact only because their rows are locked)."""
    with contextlib.ExitStack() as stack:
        extra = {}
        if cache == "postgresql":
            extra["DATABASE_URL"] = stack.enter_context(_postgres_database())
            (tmp_path / "migrated-pg").mkdir()
            migrated = migrate(tmp_path / "migrated-pg", **extra)
        _check_limits(migrated, tmp_path, cache, extra)


def _check_limits(migrated: Path, tmp_path: Path, cache: str, extra: dict[str, str]) -> None:
    if cache == "redis":
        if not _redis_answers():
            pytest.skip("no Redis at 127.0.0.1:6379")
        extra = {
            **extra,
            "CETRACK_REDIS_URL": "redis://127.0.0.1:6379/11",
            "CETRACK_REDIS_PREFIX": f"cetrack-limits-{uuid.uuid4().hex[:8]}",
        }
    with two_servers(migrated, tmp_path, **extra) as (a, b, tokens):
        first, second = tokens
        servers = [a, b]
        with ThreadPoolExecutor(16) as pool:  # 16 at once from one address, on both processes
            burst = list(pool.map(lambda n: _call(servers[n % 2], first), range(16)))
        assert [status for status, _ in burst] == [200] * 16

        # One after another, alternating processes: the token's allowance is the limit, all told.
        rest = [_call(servers[n % 2], first)[0] for n in range(PER_TOKEN - 16 + 1)]
        assert rest == [200] * (PER_TOKEN - 16) + [429]
        status, retry_after = _call(a, first)
        assert status == 429 and 0 < int(retry_after) <= 24 * 3600

        # Another account at that address: what is left of the address's allowance (every
        # request sent from it counts, refused ones too).
        left = PER_ADDRESS - (PER_TOKEN + 2)
        others = [_call(servers[n % 2], second)[0] for n in range(left + 1)]
        assert others == [200] * left + [429]


@pytest.mark.parametrize("change", ["deactivated", "token revoked"])
def test_a_token_stops_at_once_though_its_owner_is_cached(
    shared: str,  # noqa: F811
    alice: Any,
    change: str,
) -> None:
    row, token = ApiToken.issue(alice, "laptop")
    api = Client(headers={"Authorization": f"Bearer {token}"})
    assert api.get("/api/credentials").status_code == 200  # the owner's row is cached now
    if change == "deactivated":
        alice.is_active = False
        alice.save()
    else:
        assert ApiToken.revoke(alice, row.pk)
    assert api.get("/api/credentials").status_code == 401
