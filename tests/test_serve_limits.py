"""The login limits hold across server processes: `cetrack serve --workers 2` counts failed logins
in the shared store (the database cache by default, Redis with CETRACK_REDIS_URL), so an
account gets the documented 5 guesses from one address, not 5 per process."""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.migrated import migrated_data

pytestmark = pytest.mark.slow

PASSWORD = "a-long-admin-pass-phrase"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _redis_answers() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


@pytest.fixture(params=["database", "redis"])
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    if request.param == "redis" and not _redis_answers():
        pytest.skip("no Redis at 127.0.0.1:6379")
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)}
    env.update(DJANGO_SETTINGS_MODULE="cetrack.web.settings", CETRACK_DATA=str(tmp_path))
    if request.param == "redis":
        env["CETRACK_REDIS_URL"] = "redis://127.0.0.1:6379/0"
    email = f"admin-{uuid.uuid4().hex[:8]}@example.org"  # fresh counters in a shared Redis
    cetrack = [sys.executable, "-m", "cetrack.cli"]
    migrated_data(tmp_path)
    subprocess.run(
        [*cetrack, "manage", "createsuperuser", "--noinput", "--email", email],
        env={**env, "DJANGO_SUPERUSER_PASSWORD": PASSWORD},
        check=True,
        timeout=60,
    )
    port = _free_port()
    process = subprocess.Popen(
        [*cetrack, "serve", "--workers", "2", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/health/", timeout=2).read()
                break
            except OSError:
                time.sleep(0.1)
        yield base, email
    finally:
        process.terminate()
        process.wait(timeout=20)


def _post(base: str, path: str, fields: dict[str, str]) -> tuple[int, str]:
    """A fresh browser (cookies, CSRF token) and a fresh connection for every attempt."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{base}{path}", timeout=10).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token, page[:500]
    data = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token.group(1)}).encode()
    request = urllib.request.Request(f"{base}{path}", data=data, headers={"Referer": base + path})
    try:
        response = opener.open(request, timeout=10)
        return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_five_guesses_per_account_and_address_across_processes(server: tuple[str, str]) -> None:
    base, email = server
    answers = [
        _post(base, "/accounts/login/", {"login": email, "password": f"guess-{n}"})
        for n in range(12)
    ]
    refused = ["too many" in text.lower() for _, text in answers]
    assert refused == [False] * 5 + [True] * 7

    # /admin/login/ checks no password: every try lands on the site's login (its limits apply)
    admin = [
        _post(base, "/admin/login/?next=/admin/", {"username": email, "password": "guess"})
        for _ in range(3)
    ]
    assert all(status == 200 and 'name="login"' in text for status, text in admin)
