"""`cetrack serve --demo` (the README's first command) starts a working app on a fresh data
folder: migrated database, demo account, static files, a dashboard with the demo data."""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_serve_demo_reaches_the_dashboard(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")
    }
    env["CETRACK_DATA"] = str(tmp_path)
    cetrack = Path(sys.executable).with_name("cetrack")
    server = subprocess.Popen(
        [str(cetrack), "serve", "--demo", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        printed = ""
        assert server.stdout is not None
        for line in server.stdout:
            printed += line
            if "serving on" in line:
                break
        assert "log in as  demo@cetrack.example" in printed, printed
        assert (tmp_path / "cetrack.sqlite3").exists()
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        for _ in range(50):
            try:
                opener.open(f"{base}/health/").read()
                break
            except OSError:
                time.sleep(0.1)
        login_page = opener.open(f"{base}/accounts/login/").read().decode()
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page)
        assert token
        password = re.search(r"with password\s+(\S+)", printed)
        assert password
        form = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token.group(1),
                "login": "demo@cetrack.example",
                "password": password.group(1),
            }
        ).encode()
        request = urllib.request.Request(
            f"{base}/accounts/login/", data=form, headers={"Referer": f"{base}/accounts/login/"}
        )
        dashboard = opener.open(request).read().decode()
        assert "Katherine Doe" in dashboard
        assert "Medical Laboratory Scientist, MLS(ASCP)" in dashboard
        assert "Next deadline" in dashboard
        css = opener.open(f"{base}/static/cetrack.css")
        assert css.status == 200 and b".meter" in css.read()
        _the_readme_walk_through_for_managers(base, printed)
    finally:
        server.terminate()
        server.wait(timeout=10)


def _login(base: str, email: str, password: str) -> urllib.request.OpenerDirector:
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    page = opener.open(f"{base}/accounts/login/").read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token
    form = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token.group(1), "login": email, "password": password}
    ).encode()
    opener.open(
        urllib.request.Request(
            f"{base}/accounts/login/", data=form, headers={"Referer": f"{base}/accounts/login/"}
        )
    ).read()
    return opener


def _the_readme_walk_through_for_managers(base: str, printed: str) -> None:
    """README "For lab managers": the printed manager login reaches the team matrix and the
    binders of the demo laboratory (two-factor is offered, not required, on a demo server)."""
    manager = re.search(r"lab manager\s+(\S+)", printed)
    password = re.search(r"with password\s+(\S+)", printed)
    assert manager and password, printed
    opener = _login(base, manager.group(1), password.group(1))
    organisations = opener.open(f"{base}/orgs/").read().decode()
    found = re.search(r'href="/orgs/(\d+)/"[^>]*>\s*Bayside Regional Laboratory', organisations)
    assert found, organisations[:2000]
    matrix = opener.open(f"{base}/orgs/{found.group(1)}/compliance/").read().decode()
    assert "Team compliance" in matrix and "Not met" in matrix
    binders = opener.open(f"{base}/orgs/{found.group(1)}/binders/").read().decode()
    assert "Prepare" in binders
