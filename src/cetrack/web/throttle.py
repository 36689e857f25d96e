"""Limits applied before a view runs, counted in the shared cache (the database cache, or Redis
with CETRACK_REDIS_URL), so every server process sees the same counts.

- Request bodies: a body larger than the page takes is refused from its Content-Length, before
  anything reads it, with its real size ("50.0 MB, over the 10 MB limit").
- The API (`API_RATE_LIMIT`) and uploads (`UPLOAD_RATE_LIMIT`): per client address (`/ip`)
  and per account (`/key`: the API token or the signed-in person).
- The admin site has no login form of its own: /admin/login/ sends to the site's login
  (web/urls.py), so its failed-login limits, back-off and two-factor step apply there too.

The counting is django-allauth's rate limiter (the one behind its login, sign-up and
password-reset limits): one implementation, one store.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import Any, TypeVar

from allauth.core.internal import ratelimit
from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import Resolver404, resolve

from cetrack.accounts import backoff
from cetrack.limits import limit_text, size_text

API_PREFIX = "/api/"
SLACK = 64 * 1024  # multipart headers and form fields around a file

V = TypeVar("V", bound=Callable[..., Any])


def body_limit(size: Callable[[], int]) -> Callable[[V], V]:
    """Declare the largest file a view takes (`size()` in bytes, read per request): a larger
    request body is refused before it is read. Views without one take `MAX_REQUEST_BYTES`."""

    def mark(view: V) -> V:
        view.max_upload_bytes = size  # type: ignore[attr-defined]
        return view

    return mark


def _limit_for(request: HttpRequest) -> int:
    if request.path.startswith(API_PREFIX):
        return int(settings.MAX_UPLOAD_BYTES)
    try:
        view = resolve(request.path_info).func
    except Resolver404:
        return int(settings.MAX_REQUEST_BYTES)
    declared = getattr(view, "max_upload_bytes", None)
    return int(declared()) if declared else int(settings.MAX_REQUEST_BYTES)


def _content_length(request: HttpRequest) -> int:
    try:
        return max(0, int(request.META.get("CONTENT_LENGTH") or 0))
    except ValueError:
        return 0


def too_large(request: HttpRequest, length: int) -> HttpResponse | None:
    """The refusal for a body over the page's limit (None when it is within it)."""
    if length <= min(int(settings.MAX_UPLOAD_BYTES), int(settings.MAX_REQUEST_BYTES)) + SLACK:
        return None  # within every limit: no need to find the view
    limit = _limit_for(request)
    if length <= limit + SLACK:
        return None
    message = f"The upload is {size_text(length)}, over the {limit_text(limit)} limit."
    return _refuse(request, 413, message)


def allowed(request: HttpRequest, action: str, key: str | None) -> bool:
    """Count one request against `CETRACK_RATE_LIMITS[action]` ("300/m/ip,120/m/key"); per-key
    rates apply when there is a key (an account)."""
    rates = [
        rate.strip()
        for rate in str(settings.CETRACK_RATE_LIMITS.get(action) or "").split(",")
        if rate.strip() and (key is not None or not rate.strip().endswith("/key"))
    ]
    for rate in ratelimit.parse_rates(",".join(rates)):
        counter = ratelimit.get_cache_key(request, app="cetrack", action=action, rate=rate, key=key)
        if not _count(counter, rate):
            return False
    return True


def _count(counter: str, rate: Any) -> bool:
    """allauth's count of one rate, except that a counter still locked after the limiter's wait
    (a slow store under load: several requests from one address at once, SQLite busy behind an
    import) lets the request through uncounted. allauth answers that as over the limit, which
    told clients far below it "Too many requests"."""
    with ratelimit.cache_lock(counter) as locked:
        if not locked:
            return True
        ok, history = ratelimit.apply_rate(cache.get(counter, []), time.time(), rate)
        if ok:
            cache.set(counter, history, rate.duration)
        return bool(ok)


def _api_account(request: HttpRequest) -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return "token:" + hashlib.sha256(token.strip().encode()).hexdigest()
    return _signed_in(request)


def _signed_in(request: HttpRequest) -> str | None:
    user = getattr(request, "user", None)
    return f"user:{user.pk}" if user is not None and user.is_authenticated else None


def _refuse(request: HttpRequest, status: int, message: str) -> HttpResponse:
    response: HttpResponse
    if request.path.startswith(API_PREFIX):
        response = JsonResponse({"detail": message}, status=status)
    else:
        template = "429.html" if status == 429 else "413.html"
        response = render(request, template, {"message": message}, status=status)
    if status == 429:
        response["Retry-After"] = "60"
    return response


def too_many(request: HttpRequest) -> HttpResponse:
    return _refuse(request, 429, "Too many requests from here. Wait a minute and try again.")


class ThrottleMiddleware:
    """After AuthenticationMiddleware; before any view or middleware reads the body."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        refused = self._refusal(request)
        if refused is not None:
            return refused
        response = self.get_response(request)
        backoff.write_device_cookie(request, response)
        return response

    def _refusal(self, request: HttpRequest) -> HttpResponse | None:
        if request.method in ("POST", "PUT", "PATCH"):
            refused = too_large(request, _content_length(request))
            if refused is not None:
                return refused
        if request.path.startswith(API_PREFIX):
            return None if allowed(request, "api", _api_account(request)) else too_many(request)
        uploading = request.method == "POST" and request.content_type == "multipart/form-data"
        if uploading and not allowed(request, "upload", _signed_in(request)):
            return _refuse(request, 429, "Too many uploads. Wait a minute and try again.")
        return None
