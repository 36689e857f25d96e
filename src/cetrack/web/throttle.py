"""Limits applied before a view runs, counted in the shared cache (the database cache, or Redis
with CETRACK_REDIS_URL), so every server process sees the same counts.

- Request bodies: a body larger than the page takes is refused from its Content-Length, before
  anything reads it, with its real size ("50.0 MB, over the 10 MB limit").
- The API (`API_RATE_LIMIT`) and uploads (`UPLOAD_RATE_LIMIT`): per client address (`/ip`)
  and per account (`/key`: the API token or the signed-in person).
- The admin site has no login form of its own: /admin/login/ sends to the site's login
  (web/urls.py), so its failed-login limits, back-off and two-factor step apply there too.

The API and upload limits count in fixed windows (a minute, an hour: whole multiples of the
rate's length): one counter per client and window, incremented once per request — Redis INCR,
atomic; on the database cache a read and a write in one transaction. That is one cache round
trip on Redis and one commit on the database per request, where allauth's limiter (lock,
read the list of times, write it, unlock) took four operations per rate, three of them writes,
and a request waiting over a second for another's lock was refused though far below its limit.
A window lets a client send up to its limit in each: at most twice the limit across the moment
one window ends and the next starts. Login, sign-up and password reset keep allauth's limiter.
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from allauth.core.internal import ratelimit
from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.redis import RedisCache
from django.db import DatabaseError, connections, router, transaction
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


@dataclass(frozen=True)
class Window:
    """One rate's current fixed window for one client: its counter and when it ends."""

    counter: str
    amount: int
    ends: float  # seconds since the epoch


def windows(request: HttpRequest, action: str, key: str | None, now: float) -> list[Window]:
    """The windows of `CETRACK_RATE_LIMITS[action]` ("600/m/ip,300/m/key") this request counts
    in at `now`; per-key rates only when there is a key (an account). Windows start at whole
    multiples of their length, so every process agrees on them without talking."""
    rates = [
        rate.strip()
        for rate in str(settings.CETRACK_RATE_LIMITS.get(action) or "").split(",")
        if rate.strip() and (key is not None or not rate.strip().endswith("/key"))
    ]
    found = []
    for rate in ratelimit.parse_rates(",".join(rates)):
        number = int(now // rate.duration)
        client = ratelimit.get_cache_key(request, app="cetrack", action=action, rate=rate, key=key)
        found.append(Window(f"{client}:{number}", rate.amount, (number + 1) * rate.duration))
    return found


def wait_seconds(request: HttpRequest, action: str, key: str | None) -> int:
    """Counts the request in each of its windows: 0 when it is within every limit, else the
    seconds until the windows it is over end (its Retry-After).

    A request is refused only when its counter passed the limit, and a counter only counts
    requests made, so a client below the limit is never refused. A store that cannot count
    (the database busy past its timeout) lets the request through uncounted: a busy store is not
    the client's excess."""
    now = _now()
    found = windows(request, action, key, now)
    if not found:
        return 0
    counts = _increment(found, now)
    over = [
        window.ends for window, count in zip(found, counts, strict=True) if count > window.amount
    ]
    return max(1, math.ceil(max(over) - now)) if over else 0


def _now() -> float:
    return time.time()


def _increment(found: list[Window], now: float) -> list[int]:
    """Adds one to each window's counter and returns the new counts (0: not counted). Each
    counter lives a second past its window's end."""
    lives = [math.ceil(window.ends - now) + 1 for window in found]
    store = caches[DEFAULT_CACHE_ALIAS]  # the backend itself (`cache` is a proxy to it)
    if isinstance(store, RedisCache):
        return _increment_redis(store, [window.counter for window in found], lives)
    try:
        with _one_transaction(store) as connection:
            if connection is not None:
                _lock_counters(store, connection, found, lives)
            kept = store.get_many([window.counter for window in found])
            counts = [int(kept.get(window.counter, 0)) + 1 for window in found]
            for window, count, life in zip(found, counts, lives, strict=True):
                store.set(window.counter, count, life)
    except DatabaseError:
        return [0] * len(found)
    return counts


def _increment_redis(store: RedisCache, counters: list[str], lives: list[int]) -> list[int]:
    """INCR is atomic: every request is counted exactly once, in one round trip for all."""
    client = store._cache.get_client(write=True)  # type: ignore[attr-defined]  # Django's client
    pipeline = client.pipeline(transaction=False)
    for counter, life in zip(counters, lives, strict=True):
        stored = store.make_and_validate_key(counter)
        pipeline.incr(stored)
        pipeline.expire(stored, life)
    return [int(count) for count in pipeline.execute()[0::2]]


@contextlib.contextmanager
def _one_transaction(store: Any) -> Iterator[Any]:
    """The database cache's reads and writes of one request in one transaction (its database
    connection; None for other caches): one commit instead of one per write. On SQLite (BEGIN
    IMMEDIATE) the transaction holds the write lock from its start, so concurrent counts wait
    for each other. PostgreSQL commits it without waiting for the disk: a crash may forget the
    last moment's counts, nothing else (SQLite in WAL mode with synchronous=NORMAL does so)."""
    if not isinstance(store, DatabaseCache):
        yield None
        return
    alias = router.db_for_write(store.cache_model_class)
    with transaction.atomic(using=alias):
        connection = connections[alias]
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit TO OFF")
        yield connection


def _lock_counters(store: Any, connection: Any, found: list[Window], lives: list[int]) -> None:
    """Locks the counters' rows until the commit (PostgreSQL: SELECT … FOR UPDATE), so requests
    counting at the same moment read and write them one after another and none is lost; a
    counter not there yet is made first (of two requests making it, one waits for the other).
    SQLite has no row locks and needs none: its transaction already holds the write lock."""
    if not connection.features.has_select_for_update:
        return
    stored = sorted(
        (store.make_and_validate_key(w.counter), w.counter, life)
        for w, life in zip(found, lives, strict=True)
    )
    table = connection.ops.quote_name(store._table)
    marks = ", ".join(["%s"] * len(stored))
    query = (
        f"SELECT cache_key FROM {table} WHERE cache_key IN ({marks}) ORDER BY cache_key FOR UPDATE"
    )
    keys = [key for key, _, _ in stored]
    with connection.cursor() as cursor:
        cursor.execute(query, keys)
        there = {row[0] for row in cursor.fetchall()}
        if len(there) == len(keys):
            return
        for key, counter, life in stored:
            if key not in there:
                store.add(counter, 0, life)
        cursor.execute(query, keys)


def _api_account(request: HttpRequest) -> str | None:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return "token:" + hashlib.sha256(token.strip().encode()).hexdigest()
    return _signed_in(request)


def _signed_in(request: HttpRequest) -> str | None:
    user = getattr(request, "user", None)
    return f"user:{user.pk}" if user is not None and user.is_authenticated else None


def _refuse(request: HttpRequest, status: int, message: str, retry_after: int = 60) -> HttpResponse:
    response: HttpResponse
    if request.path.startswith(API_PREFIX):
        response = JsonResponse({"detail": message}, status=status)
    else:
        template = "429.html" if status == 429 else "413.html"
        response = render(request, template, {"message": message}, status=status)
    if status == 429:
        response["Retry-After"] = str(retry_after)
    return response


def too_many(request: HttpRequest, retry_after: int = 60) -> HttpResponse:
    message = "Too many requests from here. Wait a minute and try again."
    return _refuse(request, 429, message, retry_after)


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
            wait = wait_seconds(request, "api", _api_account(request))
            return too_many(request, wait) if wait else None
        uploading = request.method == "POST" and request.content_type == "multipart/form-data"
        wait = wait_seconds(request, "upload", _signed_in(request)) if uploading else 0
        if wait:
            return _refuse(request, 429, "Too many uploads. Wait a minute and try again.", wait)
        return None
