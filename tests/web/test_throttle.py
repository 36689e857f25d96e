"""Rate limits in the shared store (the database cache by default, Redis when configured): the
login, the admin's login, sign-up, password reset, uploads and the API are throttled per client
address and per account, and an attacker cannot lock the real owner out."""

from __future__ import annotations

import re
import socket
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.http import HttpResponse
from django.test import Client, RequestFactory

from cetrack.accounts import backoff
from cetrack.accounts.models import ApiToken
from cetrack.web import throttle
from tests.web.conftest import make_activity, pdf_bytes

ATTACKER = "203.0.113.9"
OWNER = "198.51.100.7"
PASSWORD = "alice-password-1"


def _redis_answers() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


@pytest.fixture(params=["database", "redis"])
def shared(request: Any, settings: Any, db: Any) -> Iterator[str]:
    """The cache the deployed app uses: the database cache, or Redis (CETRACK_REDIS_URL)."""
    if request.param == "database":
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.db.DatabaseCache",
                "LOCATION": "cetrack_cache",
            }
        }
        call_command("createcachetable", verbosity=0)
        yield "database"
        return
    if not _redis_answers():
        pytest.skip("no Redis at 127.0.0.1:6379")
    prefix = f"cetrack-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": prefix,
        }
    }
    yield "redis"
    from django.core.cache import cache

    client = cache._cache.get_client()  # type: ignore[attr-defined]
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


def log_in(client: Client, password: str, login: str = "alice@example.org") -> Any:
    return client.post("/accounts/login/", {"login": login, "password": password})


def signed_in(client: Client) -> bool:
    return client.get("/activities/").status_code == 200  # "/" is the landing page to visitors


# -- login -------------------------------------------------------------------------------------


def test_guesses_from_one_address_do_not_lock_out_the_owner(shared: str, alice: Any) -> None:
    attacker = Client(REMOTE_ADDR=ATTACKER)
    answers = [log_in(attacker, f"guess-{n}") for n in range(6)]
    assert all(a.status_code == 200 for a in answers)
    assert "too many" not in answers[4].content.decode().lower()
    assert "too many" in answers[5].content.decode().lower()
    # From that address even the right password is not tried now ...
    log_in(attacker, PASSWORD)
    assert not signed_in(attacker)
    # ... while the owner, elsewhere, signs in at once.
    owner = Client(REMOTE_ADDR=OWNER)
    assert log_in(owner, PASSWORD).status_code == 302
    assert signed_in(owner)


def test_guesses_from_many_addresses_back_off_but_spare_the_owners_device(
    shared: str, alice: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.LOGIN_BACKOFF_AFTER = 3
    owner = Client(REMOTE_ADDR=OWNER)
    assert log_in(owner, PASSWORD).status_code == 302  # this browser is now a trusted device
    owner.post("/accounts/logout/")

    for number in range(4):  # one guess each from four machines: the fourth closes the account
        log_in(Client(REMOTE_ADDR=f"203.0.113.{number + 20}"), f"guess-{number}")
    closed = backoff.state("alice@example.org")
    assert closed.failures == 4 and 55 <= closed.seconds_left() <= 60

    stranger = Client(REMOTE_ADDR="192.0.2.50")
    page = log_in(stranger, PASSWORD).content.decode()
    assert "Too many failed logins for this account" in page and "reset your password" in page
    assert not signed_in(stranger)

    assert log_in(owner, PASSWORD).status_code == 302  # the owner's own browser still works
    assert signed_in(owner)
    assert backoff.state("alice@example.org").failures == 0  # and the count starts again


def test_a_password_reset_opens_the_account_again(shared: str, alice: Any, settings: Any) -> None:
    settings.LOGIN_BACKOFF_AFTER = 1
    for number in range(2):
        log_in(Client(REMOTE_ADDR=f"203.0.113.{number + 80}"), "wrong")
    assert backoff.state("alice@example.org").seconds_left() > 0
    owner = Client(REMOTE_ADDR="192.0.2.90")  # a new device: closed to it for now
    assert "Too many failed logins" in log_in(owner, PASSWORD).content.decode()
    owner.post("/accounts/password/reset/", {"email": alice.email})
    link = re.search(r"http://testserver(/accounts/password/reset/key/\S+)", mail.outbox[-1].body)
    assert link
    form = owner.get(link.group(1), follow=True)
    new = {"password1": "a-brand-new-pass-phrase", "password2": "a-brand-new-pass-phrase"}
    done = owner.post(form.redirect_chain[-1][0] if form.redirect_chain else link.group(1), new)
    assert done.status_code == 302
    assert signed_in(owner)  # the reset signs the owner in ...
    assert backoff.state("alice@example.org").failures == 0  # ... and reopens the account


def test_the_back_off_doubles_and_then_opens(
    shared: str, alice: Any, settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.LOGIN_BACKOFF_AFTER = 1
    clock = [1_000_000.0]
    monkeypatch.setattr(backoff, "_now", lambda: clock[0])
    for number in range(2):
        log_in(Client(REMOTE_ADDR=f"203.0.113.{number + 40}"), "wrong")
    assert backoff.state("alice@example.org").seconds_left(clock[0]) == 60
    clock[0] += 61
    log_in(Client(REMOTE_ADDR="203.0.113.60"), "wrong")
    assert backoff.state("alice@example.org").seconds_left(clock[0]) == 120
    clock[0] += 121
    newcomer = Client(REMOTE_ADDR="192.0.2.77")
    assert log_in(newcomer, PASSWORD).status_code == 302


def test_the_admin_login_is_the_sites_login(shared: str, admin_user: Any) -> None:
    """/admin/login/ checks no password at all: every try goes to the site's login, with its
    limits, back-off and two-factor step (so staff cannot skip two-factor there)."""
    attacker = Client(REMOTE_ADDR=ATTACKER)
    form = {"username": admin_user.email, "password": "guess", "next": "/admin/"}
    answers = [attacker.post("/admin/login/", form) for _ in range(30)]
    assert all(a.status_code == 302 for a in answers)
    assert {a["Location"].split("?")[0] for a in answers} == {"/accounts/login/"}
    assert attacker.get("/admin/").status_code == 302
    real = Client(REMOTE_ADDR=OWNER)
    response = real.post(
        "/accounts/login/?next=/admin/", {"login": admin_user.email, "password": "password"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert real.get("/admin/").status_code == 200


# -- sign-up and password reset ----------------------------------------------------------------


def test_sign_up_is_limited_per_address(shared: str) -> None:
    client = Client(REMOTE_ADDR=ATTACKER)
    statuses = []
    for number in range(6):
        signup = Client(REMOTE_ADDR=ATTACKER)
        response = signup.post(
            "/accounts/signup/",
            {
                "name": f"New Tech {number}",
                "email": f"new{number}@example.org",
                "password1": "a-long-pass-phrase",
                "password2": "a-long-pass-phrase",
            },
        )
        statuses.append(response.status_code)
    assert statuses == [302] * 5 + [429]
    assert client.get("/accounts/signup/").status_code == 200  # reading the form is not limited


def test_password_reset_mail_is_limited_per_account(shared: str, alice: Any) -> None:
    for _ in range(7):
        Client(REMOTE_ADDR=ATTACKER).post("/accounts/password/reset/", {"email": alice.email})
    assert len(mail.outbox) == 5


# -- uploads and the API -----------------------------------------------------------------------


# The API and upload limits count in fixed windows (a minute from :00): the clock is held at
# 20 s into a minute, so a test never meets a window's end halfway through.
MINUTE_START = 29_000_000 * 60.0


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    now = [MINUTE_START + 20]
    monkeypatch.setattr(throttle, "_now", lambda: now[0])
    return now


def test_uploads_are_limited_per_account(
    shared: str,
    settings: Any,
    alice: Any,
    bob: Any,
    alice_client: Client,
    bob_client: Client,
    clock: list[float],
) -> None:
    settings.CETRACK_RATE_LIMITS = {"upload": "30/m/ip,3/m/key", "api": ""}
    activity = make_activity(alice)

    def upload(client: Client, pk: int) -> Any:
        return client.post(f"/activities/{pk}/certificates/", {"certificate": _pdf()})

    assert [upload(alice_client, activity.pk).status_code for _ in range(4)] == [302] * 3 + [429]
    assert activity.certificates.count() == 3
    assert "Too many uploads" in upload(alice_client, activity.pk).content.decode()
    # Someone else at the same address uploads as usual.
    other = make_activity(bob)
    assert upload(bob_client, other.pk).status_code == 302
    assert other.certificates.count() == 1


def _pdf() -> Any:
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("cert.pdf", pdf_bytes(), content_type="application/pdf")


def test_the_api_is_limited_per_token_and_per_address(
    shared: str, settings: Any, alice: Any, bob: Any, clock: list[float]
) -> None:
    settings.CETRACK_RATE_LIMITS = {"api": "4/m/key,8/m/ip", "upload": ""}
    alice_api = Client(headers={"Authorization": f"Bearer {ApiToken.issue(alice, 't')[1]}"})
    bob_api = Client(headers={"Authorization": f"Bearer {ApiToken.issue(bob, 't')[1]}"})
    statuses = [alice_api.get("/api/activities").status_code for _ in range(5)]
    assert statuses == [200] * 4 + [429]
    refused = alice_api.get("/api/credentials")
    assert refused.status_code == 429 and refused["Retry-After"] == "40"  # the minute's end
    assert "Too many requests" in refused.json()["detail"]
    # Another account at the same address has its own allowance, until the address's runs out:
    # every request sent from it counts there, refused ones too (6 of 8 so far).
    assert [bob_api.get("/api/activities").status_code for _ in range(3)] == [200, 200, 429]
    # Guessing tokens from that address gets nowhere either.
    guess = Client(headers={"Authorization": "Bearer cet_guess"}).get("/api/activities")
    assert guess.status_code == 429
    # The next minute is a new window for everyone.
    clock[0] = MINUTE_START + 61
    assert alice_api.get("/api/activities").status_code == 200
    assert bob_api.get("/api/activities").status_code == 200


def test_the_api_answers_when_the_store_cannot_count(
    shared: str, settings: Any, alice: Any, clock: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database cache busy past its timeout (SQLite behind an import) is not the client's
    excess: the call is answered, uncounted; the limit holds again once the store counts."""
    settings.CETRACK_RATE_LIMITS = {"api": "3/m/ip", "upload": ""}
    api = Client(headers={"Authorization": f"Bearer {ApiToken.issue(alice, 't')[1]}"})
    if shared == "database":
        from django.core.cache import cache
        from django.db import OperationalError

        read = cache.get_many

        def busy(keys: Any, *args: Any, **kwargs: Any) -> Any:
            if any(key.startswith("allauth:rl:") for key in keys):  # the limit's counters
                raise OperationalError("database is locked")
            return read(keys, *args, **kwargs)

        with monkeypatch.context() as patched:
            patched.setattr(cache, "get_many", busy)
            assert api.get("/api/activities").status_code == 200
    statuses = [api.get("/api/activities").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_sixteen_calls_at_once_below_the_limit_are_all_answered(
    shared: str, settings: Any, clock: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    """16 calls at once from one address, with a slow store (every cache operation 30 ms, as a
    loaded PostgreSQL): none is refused below the limit, each is counted once, and the first
    over it is refused. (With a lock per counter, the calls queued behind one another and those
    waiting over a second were refused, or let through uncounted.)"""
    if shared == "database":
        pytest.skip("threads do not see the test's database transaction (test_api_limits.py)")
    import redis

    settings.CETRACK_RATE_LIMITS = {"api": "20/m/ip,20/m/key", "upload": ""}
    for kind, name in ((redis.Redis, "execute_command"), (redis.client.Pipeline, "execute")):
        original = getattr(kind, name)

        def slow(*args: Any, _original: Any = original, **kwargs: Any) -> Any:
            time.sleep(0.03)
            return _original(*args, **kwargs)

        monkeypatch.setattr(kind, name, slow)
    limited = throttle.ThrottleMiddleware(lambda request: HttpResponse("ok"))
    factory = RequestFactory(REMOTE_ADDR=ATTACKER, headers={"Authorization": "Bearer cet_one"})

    def call(_: int) -> int:
        return limited(factory.get("/api/credentials")).status_code

    with ThreadPoolExecutor(16) as pool:
        assert list(pool.map(call, range(16))) == [200] * 16
    assert [call(n) for n in range(5)] == [200] * 4 + [429]
