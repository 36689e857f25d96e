"""Failed logins against one account from anywhere: a back-off that never locks out the owner.

The per-address limits (`ACCOUNT_RATE_LIMITS["login_failed"]`, counted per client address and
per account *from that address*) stop one machine guessing. Guesses spread over many addresses
are counted here, per account, in the shared cache: after `LOGIN_BACKOFF_AFTER` failures within
a day, each further failure closes the account's login for twice as long as the last (1 minute,
2, 4, ... at most `LOGIN_BACKOFF_MAX` seconds). While it is closed, a password is not even
tried — except from a browser the owner has signed in with before (a signed "trusted device"
cookie, set at every successful login): the owner's own devices keep working during an attack.
A new device can always reset the password, which signs the owner in.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse

COOKIE = "cetrack_device"
_SALT = "cetrack.accounts.trusted-device"
_KEEP_DEVICES = 5  # accounts remembered per browser
_DEVICE_DAYS = 365
_STATE_SECONDS = 24 * 3600
_FIRST_PAUSE = 60


def _now() -> float:
    return time.time()


def _account(login: str) -> str:
    return hashlib.sha256(login.strip().lower().encode()).hexdigest()[:32]


def _key(login: str) -> str:
    return f"cetrack:login-backoff:{_account(login)}"


@dataclass(frozen=True)
class Backoff:
    failures: int
    until: float  # a time.time(); the account's login is closed before it

    def seconds_left(self, now: float | None = None) -> int:
        return max(0, int(self.until - (now if now is not None else _now()) + 0.999))


def state(login: str) -> Backoff:
    found = cache.get(_key(login))
    if isinstance(found, tuple) and len(found) == 2:
        return Backoff(int(found[0]), float(found[1]))
    return Backoff(0, 0.0)


def closed_for(request: HttpRequest, login: str) -> int:
    """Seconds until `login` may be tried again from this browser (0: it may now)."""
    if not login or trusted(request, login):
        return 0
    return state(login).seconds_left()


def failed(login: str) -> Backoff:
    """Count a failed login for the account; past the free failures, close it for a while."""
    if not login:
        return Backoff(0, 0.0)
    now = _now()
    previous = state(login)
    failures = previous.failures + 1
    over = failures - int(getattr(settings, "LOGIN_BACKOFF_AFTER", 10))
    until = previous.until
    if over > 0:
        ceiling = int(getattr(settings, "LOGIN_BACKOFF_MAX", 3600))
        until = now + min(_FIRST_PAUSE * 2 ** min(over - 1, 20), ceiling)
    cache.set(_key(login), (failures, until), timeout=_STATE_SECONDS)
    return Backoff(failures, until)


def succeeded(login: str) -> None:
    """The right password was given: whoever gave it is the owner (or has already won)."""
    cache.delete(_key(login))


# -- trusted devices -------------------------------------------------------------------------


def _devices(request: HttpRequest) -> list[str]:
    raw = request.COOKIES.get(COOKIE, "")
    if not raw:
        return []
    try:
        value = signing.loads(raw, salt=_SALT, max_age=_DEVICE_DAYS * 86400)
    except signing.BadSignature:
        return []
    return [str(v) for v in value][:_KEEP_DEVICES] if isinstance(value, list) else []


def trusted(request: HttpRequest, login: str) -> bool:
    return _account(login) in _devices(request)


def remember_device(request: HttpRequest, user: Any) -> None:
    """Called at every successful login; the cookie is written by `write_device_cookie`."""
    account = _account(str(user.email))
    devices = [account, *(d for d in _devices(request) if d != account)][:_KEEP_DEVICES]
    request._cetrack_devices = devices  # type: ignore[attr-defined]


def write_device_cookie(request: HttpRequest, response: HttpResponse) -> None:
    devices = getattr(request, "_cetrack_devices", None)
    if devices is None:
        return
    response.set_cookie(
        COOKIE,
        signing.dumps(devices, salt=_SALT),
        max_age=_DEVICE_DAYS * 86400,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
