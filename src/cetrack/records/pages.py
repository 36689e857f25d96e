"""Whole pages kept per state of a person's data, so a warm page costs almost nothing.

A page built from the engine's verdict (the dashboard) depends on the person's data, the day
and nothing else but three things that differ per request: the CSRF token, the one-time
messages and the undo offer. The page is rendered once per state token
(`cetrack.records.state`) and day with a placeholder for the CSRF token, kept in the shared
cache (`services.cached_for`) and in this process's memory, and the request's own token is put
in when it is served. A request with messages or an undo offer waiting, or a query string, is
rendered the ordinary way.

The copy in memory is keyed exactly like the shared one, so every process serves the same page
for the same state: it saves reading and unpickling tens of kilobytes, it is never the truth.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.messages import get_messages
from django.contrib.sessions.backends.cached_db import SessionStore
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import CSRF_SECRET_LENGTH
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.crypto import constant_time_compare

from cetrack.records import services
from cetrack.web.security import csrf_token

CSRF_PLACEHOLDER = "cetrack-csrf-placeholder-7c1e2a"  # never in a real page
IN_MEMORY = 2048  # pages kept per process (~20 KB each)

_pages: OrderedDict[str, str] = OrderedDict()
_lock = threading.Lock()


def reusable(request: HttpRequest) -> bool:
    """Whether this request may get the kept page: nothing in it is meant for it alone."""
    session = getattr(request, "session", None)
    return (
        request.method == "GET"
        and not request.GET
        and session is not None
        and "undo" not in session
        and len(get_messages(request)) == 0
    )


def forget() -> None:
    """Drops this process's copies (the tests; a restored database)."""
    with _lock:
        _pages.clear()
        _sessions.clear()


def _remembered(key: str) -> str | None:
    with _lock:
        html = _pages.get(key)
        if html is not None:
            _pages.move_to_end(key)
        return html


def _remember(key: str, html: str) -> None:
    with _lock:
        _pages[key] = html
        _pages.move_to_end(key)
        while len(_pages) > IN_MEMORY:
            _pages.popitem(last=False)


def page(
    request: HttpRequest, name: str, template: str, context: Callable[[], dict[str, Any]]
) -> HttpResponse:
    """The page `template` renders from `context()` for the signed-in person, kept per state
    of their data and day; the request's own CSRF token put in."""
    user = request.user
    key = services.cache_key(user, f"page:{name}")
    html = _remembered(key)
    if html is None:

        def build() -> str:
            values = {**context(), "csrf_token": CSRF_PLACEHOLDER, "messages": ()}
            return render_to_string(template, values, request=request)

        html = services.cached_at(key, build)
        _remember(key, html)
    if name == "dashboard" and request.path == "/" and user.pk is not None:
        _signed_in(request.session.session_key, user.pk)
    return HttpResponse(html.replace(CSRF_PLACEHOLDER, csrf_token(request)))


# -- the kept dashboard before the session, auth and message layers ----------------------------

# Session keys a plain signed-in session holds (Django's auth, allauth's record of how the
# person signed in). Anything else — a login half-way through two-factor, a message, an undo
# offer — sends the request the ordinary way.
PLAIN_SESSION = {
    SESSION_KEY,
    BACKEND_SESSION_KEY,
    HASH_SESSION_KEY,
    "_session_expiry",
    "account_authentication_methods",
    "account_authentication_methods_user",
}
_sessions: OrderedDict[str, int] = OrderedDict()  # session key -> its person (fixed for life)


def _signed_in(session_key: str | None, user_id: int) -> None:
    if not session_key:
        return
    with _lock:
        _sessions[session_key] = user_id
        _sessions.move_to_end(session_key)
        while len(_sessions) > 4 * IN_MEMORY:
            _sessions.popitem(last=False)


class KeptDashboardMiddleware:
    """Serves a kept dashboard in one cache read, before Django's session, authentication and
    message layers (which cost twice what the rest of such a request does).

    Only for `GET /` with nothing but a plain signed-in session (PLAIN_SESSION), the browser's
    CSRF cookie and no message cookie, from a session this process has served a dashboard to
    before (so it knows whose it is: a session key names one person for its whole life). One
    read of the shared cache brings the session, the person's row and the state token of their
    data; the session must still exist, name that person and that backend, carry the hash of
    their current password, and the person must be active — what Django's `get_user` checks.
    Anything else, or a page this process has not kept, goes the ordinary way, which also
    flushes a session that fails the checks.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self._kept(request) or self.get_response(request)

    def _kept(self, request: HttpRequest) -> HttpResponse | None:
        if request.method != "GET" or request.path != "/" or request.META.get("QUERY_STRING"):
            return None
        session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME, "")
        secret = request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")
        # A malformed CSRF cookie (or an older Django's masked one) is replaced by the ordinary
        # way; a Host outside ALLOWED_HOSTS is refused by it (CommonMiddleware's get_host).
        if not session_key or not _CSRF_SECRET.fullmatch(secret) or "messages" in request.COOKIES:
            return None
        with _lock:
            user_id = _sessions.get(session_key)
        if user_id is None or not _allowed_host(request):
            return None
        html = _checked_page(session_key, user_id)
        if html is None:
            return None
        request.META["CSRF_COOKIE"] = secret  # as CsrfViewMiddleware reads it
        response = HttpResponse(html.replace(CSRF_PLACEHOLDER, csrf_token(request)))
        response["X-Frame-Options"] = "DENY"
        response["Vary"] = "Cookie"
        response["Content-Length"] = str(len(response.content))  # as CommonMiddleware does
        _renew_csrf_cookie(response, secret)
        return response


_CSRF_SECRET = re.compile(rf"[a-zA-Z0-9]{{{CSRF_SECRET_LENGTH}}}")


def _allowed_host(request: HttpRequest) -> bool:
    try:
        request.get_host()
    except DisallowedHost:
        return False
    return True


def _renew_csrf_cookie(response: HttpResponse, secret: str) -> None:
    """The same cookie, a year again, as CsrfViewMiddleware sends with every page whose form
    uses the token."""
    response.set_cookie(
        settings.CSRF_COOKIE_NAME,
        secret,
        max_age=settings.CSRF_COOKIE_AGE,
        domain=settings.CSRF_COOKIE_DOMAIN,
        path=settings.CSRF_COOKIE_PATH,
        secure=settings.CSRF_COOKIE_SECURE,
        httponly=settings.CSRF_COOKIE_HTTPONLY,
        samesite=settings.CSRF_COOKIE_SAMESITE,
    )


def _checked_page(session_key: str, user_id: int) -> str | None:
    """The kept dashboard when the session is a plain, valid one of `user_id` (else None)."""
    from cetrack.accounts.backends import cached_row
    from cetrack.records import state

    session_cache_key = SessionStore(session_key).cache_key
    user_key = f"cetrack:user:{user_id}"
    found = cache.get_many([session_cache_key, user_key, state.key_of(user_id)])
    data, token = found.get(session_cache_key), found.get(state.key_of(user_id))
    user = cached_row(found.get(user_key), token)
    if (
        not isinstance(data, dict)
        or user is None
        or token is None
        or not set(data) <= PLAIN_SESSION
    ):
        return None
    if (
        data.get(SESSION_KEY) != str(user_id)
        or data.get(BACKEND_SESSION_KEY) not in settings.AUTHENTICATION_BACKENDS
        or not getattr(user, "is_active", False)
        or not constant_time_compare(str(data.get(HASH_SESSION_KEY)), user.get_session_auth_hash())
        or _expired(data.get("_session_expiry"))
    ):
        return None
    return _remembered(services.key_of(user_id, str(token), "page:dashboard", timezone.localdate()))


def _expired(expiry: Any) -> bool:
    if isinstance(expiry, str):  # an absolute expiry, as Django writes it
        return timezone.now() >= datetime.fromisoformat(expiry)
    return False  # an age (or none): the cached session ends with it
