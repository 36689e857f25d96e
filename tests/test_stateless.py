"""Stateless web processes: two `cetrack serve` instances on one database, as behind a load
balancer (docs/deployment.md). Nothing either keeps of its own decides anything: signed in on
one, served by the other; a change made through one shows on the other's next page (its own
copy of the dashboard included); signed out on one, signed out on both."""

from __future__ import annotations

import contextlib
import http.client
import json
import re
import shutil
import subprocess
import sys
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.serving.accounts import PASSWORD
from tests.serving.harness import ROOT, Server, environment, migrate, serving

pytestmark = pytest.mark.slow


def _redis_answers() -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


class Browser:
    """Cookies kept across servers, as one browser behind a balancer."""

    def __init__(self) -> None:
        self.cookies: dict[str, str] = {}

    def request(
        self, server: Server, method: str, path: str, fields: dict[str, str] | None = None
    ) -> tuple[int, str, str]:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{server.port}{path}"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            for name, value in response.getheaders():
                if name.lower() == "set-cookie":
                    key, _, rest = value.partition("=")
                    self.cookies[key] = rest.split(";", 1)[0]
            return response.status, response.getheader("Location") or "", response.read().decode()
        finally:
            connection.close()

    def form(
        self, server: Server, page: str, action: str, fields: dict[str, str]
    ) -> tuple[int, str]:
        _, _, html = self.request(server, "GET", page)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
        assert token, html[:500]
        status, location, _ = self.request(
            server, "POST", action, {"csrfmiddlewaretoken": token.group(1), **fields}
        )
        return status, location


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrate(tmp_path_factory.mktemp("migrated"))


@contextlib.contextmanager
def two_servers(
    migrated: Path, tmp_path: Path, **extra: str
) -> Iterator[tuple[Server, Server, dict[str, str]]]:
    data = tmp_path / "shared"
    shutil.copytree(migrated, data)
    made = subprocess.run(
        [sys.executable, "-m", "tests.serving.accounts", "1"],
        env=environment(data, **extra),
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    person = json.loads(made.stdout)[0]
    with (
        serving(data, tmp_path / "a", threads=2, share=True, **extra) as a,
        serving(data, tmp_path / "b", threads=2, share=True, CETRACK_JOB_WORKERS="0", **extra) as b,
    ):
        yield a, b, person


@pytest.mark.parametrize("cache", ["database", "redis"])
def test_two_web_processes_on_one_database_are_interchangeable(
    migrated: Path, tmp_path: Path, cache: str
) -> None:
    extra = {}
    if cache == "redis":
        if not _redis_answers():
            pytest.skip("no Redis at 127.0.0.1:6379")
        extra["CETRACK_REDIS_URL"] = "redis://127.0.0.1:6379/12"
        import redis

        redis.Redis.from_url(extra["CETRACK_REDIS_URL"]).flushdb()
    with two_servers(migrated, tmp_path, **extra) as (a, b, person):
        browser = Browser()
        status, location = browser.form(
            a,
            "/accounts/login/",
            "/accounts/login/",
            {"login": person["email"], "password": PASSWORD},
        )
        assert status == 302, (status, location)
        status, _, page = browser.request(b, "GET", "/")
        assert status == 200 and "Person 0’s credentials" in page  # signed in on a, served by b
        before = browser.request(a, "GET", "/")[2]  # a keeps its own copy of the dashboard
        entry = {
            "title": "Saved through b",
            "completed_on": "2025-05-01",
            "amount_value": "1",
            "amount_unit": "hours",
            "kind": "course",
            "accreditation": "pace",
        }
        status, location = browser.form(b, "/activities/add/", "/activities/add/", entry)
        assert status == 302, (status, location)
        after = browser.request(a, "GET", "/")[2]
        assert after != before and "1 activity recorded" in after
        status, _ = browser.form(b, "/", "/accounts/logout/", {})
        assert status == 302
        status, location, page = browser.request(a, "GET", "/")
        assert "Person 0’s credentials" not in page  # signed out on b: signed out on a too
