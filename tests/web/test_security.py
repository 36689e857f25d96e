"""Hardening a person can observe: a Content-Security-Policy on every page and no inline script,
https:// links behind an HTTPS proxy, a sign-up that does not say who is registered, a private
data folder, and `cetrack manage check --deploy` clean with the documented production settings."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from django.core import mail
from django.test import Client, override_settings

from tests.web.conftest import make_activity, make_credential

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "src" / "cetrack" / "templates"

# What docs/operations.md gives as the production settings (section "Production settings").
PRODUCTION = {
    "SECRET_KEY": "a7Rk2mQp9vXz4LbN8cWt3hYj6sFd1gUe5oIa0PlKjHgFdSaQwErTyUiOp",
    "ALLOWED_HOSTS": "ce.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://ce.example.org",
    "CETRACK_PUBLIC_URL": "https://ce.example.org",
    "CETRACK_BEHIND_HTTPS_PROXY": "1",
    "CETRACK_HSTS_SECONDS": "31536000",
    "CETRACK_HSTS_INCLUDE_SUBDOMAINS": "1",
    "CETRACK_HSTS_PRELOAD": "1",
    "EMAIL_HOST": "smtp.example.org",
}


def cetrack(args: list[str], data: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a fresh process with the real settings module."""
    # Not DATABASE_URL, nor the browser tests' async-safety switch (tests/browser/conftest.py sets
    # it when collected; check --deploy rightly refuses it).
    skip = ("DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")
    environment = {k: v for k, v in os.environ.items() if k not in skip}
    environment.update(DJANGO_SETTINGS_MODULE="cetrack.web.settings", CETRACK_DATA=str(data))
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "cetrack.cli", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


# -- Content-Security-Policy -------------------------------------------------------------------


class _Scripts(HTMLParser):
    """Inline scripts and on* event handlers in a page."""

    def __init__(self) -> None:
        super().__init__()
        self.inline: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        self.inline += [f"<{tag} {k}=…>" for k in names if k.lower().startswith("on")]
        self.inline += [f"<{tag} href=javascript:…>" for v in names.values() if _is_js(v)]
        if tag == "script" and not names.get("src") and names.get("type") != "application/json":
            self._in_script = True

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline.append(f"<script>{data.strip()[:40]}…")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False


def _is_js(value: str | None) -> bool:
    return bool(value) and str(value).strip().lower().startswith("javascript:")


def inline_script(html: str) -> list[str]:
    parser = _Scripts()
    parser.feed(html)
    return parser.inline


PAGES = [
    "/",
    "/activities/",
    "/activities/add/",
    "/history/",
    "/export/",
    "/catalogue/",
    "/pathways/",
    "/orgs/",
    "/settings/",
    "/capture/",
    "/plan/",
    "/api/docs",
]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_has_a_policy_that_forbids_inline_script(
    alice: Any, alice_client: Client, url: str
) -> None:
    make_credential(alice)
    make_activity(alice)
    response = alice_client.get(url, follow=True)
    assert response.status_code == 200, url
    policy = response["Content-Security-Policy"]
    script = re.search(r"script-src ([^;]*)", policy)
    assert script and script.group(1) == "'self'", policy
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert inline_script(response.content.decode()) == [], url


def test_pages_for_visitors_and_the_admin_have_the_policy_too(admin_client: Client) -> None:
    for client, url in [
        (Client(), "/accounts/login/"),
        (Client(), "/accounts/signup/"),
        (Client(), "/accounts/password/reset/"),
        (Client(), "/admin/login/"),  # the site's login page (followed)
        (admin_client, "/admin/"),
        (admin_client, "/admin/planning/catalogueentry/"),
        (admin_client, "/admin/planning/catalogueentry/add/"),
    ]:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert "script-src 'self'" in response["Content-Security-Policy"], url
        assert inline_script(response.content.decode()) == [], url


def test_certificate_files_keep_their_own_sandbox_policy(alice: Any, alice_client: Client) -> None:
    from tests.web.conftest import pdf_bytes

    activity = make_activity(alice)
    from cetrack.records.services import attach_certificate

    certificate = attach_certificate(alice, activity, "cert.pdf", pdf_bytes()).saved
    response = alice_client.get(f"/certificates/{certificate.pk}/")
    assert response["Content-Security-Policy"] == "sandbox"


def test_no_template_holds_inline_script_or_event_handlers() -> None:
    found = []
    for path in TEMPLATES.rglob("*.html"):
        for problem in inline_script(path.read_text("utf-8")):
            found.append(f"{path.relative_to(TEMPLATES)}: {problem}")
    assert found == []


# -- behind an HTTPS proxy ---------------------------------------------------------------------

PROXY = {"HTTP_X_FORWARDED_PROTO": "https", "HTTP_HOST": "testserver"}


@override_settings(SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"))
def test_links_are_https_behind_the_proxy(alice: Any) -> None:
    client = Client(**PROXY)
    client.post("/accounts/password/reset/", {"email": "alice@example.org"})
    (reset,) = mail.outbox
    assert re.search(r"https://testserver/accounts/password/reset/key/\S+", reset.body)
    assert "http://" not in reset.body

    client.force_login(alice)
    page = client.post("/settings/calendar/", {"action": "rotate"}, follow=True).content.decode()
    assert re.search(r"https://testserver/calendar/[\w-]+\.ics", page)
    assert "http://testserver" not in page

    client.post("/accounts/email/", {"action_add": "", "email": "alice.tech@example.org"})
    confirmation = mail.outbox[-1]
    assert "https://testserver/accounts/confirm-email/" in confirmation.body


def test_without_the_proxy_header_links_stay_http(alice: Any) -> None:
    Client().post("/accounts/password/reset/", {"email": "alice@example.org"})
    assert "http://testserver/accounts/password/reset/key/" in mail.outbox[0].body


# -- sign-up does not reveal registered addresses ----------------------------------------------


@override_settings(ACCOUNT_EMAIL_VERIFICATION="mandatory")
def test_sign_up_answers_the_same_for_a_registered_address(alice: Any) -> None:
    def sign_up(email: str) -> Any:
        return Client().post(
            "/accounts/signup/",
            {
                "name": "New Tech",
                "email": email,
                "password1": "a-long-pass-phrase",
                "password2": "a-long-pass-phrase",
            },
            follow=True,
        )

    new = sign_up("new.tech@example.org")
    taken = sign_up("alice@example.org")
    assert new.status_code == taken.status_code == 200
    assert new.redirect_chain == taken.redirect_chain
    for response in (new, taken):
        text = response.content.decode().lower()
        assert "already registered" not in text
        assert "verify your email" in text or "confirm" in text
    # The registered owner is told by e-mail instead, and no second account exists.
    to_alice = [m for m in mail.outbox if "alice@example.org" in m.to]
    assert len(to_alice) == 1 and "already" in to_alice[0].body.lower()
    from cetrack.accounts.models import User

    assert User.objects.filter(email="alice@example.org").count() == 1


# -- private data folder -----------------------------------------------------------------------


def test_data_folder_and_database_are_created_private(tmp_path: Path) -> None:
    data = tmp_path / "fresh" / "cetrack"
    result = cetrack(["manage", "migrate", "--verbosity", "0"], data)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    database = data / "cetrack.sqlite3"
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    for extra in ("cetrack.sqlite3-wal", "cetrack.sqlite3-shm", "secret_key"):
        if (data / extra).exists():
            assert stat.S_IMODE((data / extra).stat().st_mode) == 0o600, extra


def test_a_world_readable_database_is_made_private(tmp_path: Path) -> None:
    data = tmp_path / "old"
    data.mkdir()
    database = data / "cetrack.sqlite3"
    database.touch(mode=0o644)
    database.chmod(0o644)
    result = cetrack(["manage", "check"], data)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(database.stat().st_mode) == 0o600


# -- check --deploy ----------------------------------------------------------------------------


def test_check_deploy_is_clean_with_the_documented_production_settings(tmp_path: Path) -> None:
    documented = (ROOT / "docs" / "operations.md").read_text("utf-8")
    for name in PRODUCTION:
        assert f"{name}=" in documented, name
    result = cetrack(
        ["manage", "check", "--deploy", "--fail-level", "WARNING"], tmp_path, **PRODUCTION
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout + result.stderr

    shown = cetrack(
        ["manage", "diffsettings", "--output", "unified"], tmp_path, **PRODUCTION
    ).stdout
    assert "+ SECURE_PROXY_SSL_HEADER = ('HTTP_X_FORWARDED_PROTO', 'https')" in shown
    assert "+ SECURE_SSL_REDIRECT = True" in shown
    assert "+ SESSION_COOKIE_SECURE = True" in shown
    assert "ACCOUNT_EMAIL_VERIFICATION = 'mandatory'" in shown


def test_check_deploy_warns_without_them(tmp_path: Path) -> None:
    result = cetrack(["manage", "check", "--deploy", "--fail-level", "WARNING"], tmp_path)
    assert result.returncode != 0
    assert "SECURE_HSTS_SECONDS" in result.stderr + result.stdout
