"""A time budget for every request: its work stops when the budget runs out or the client has
gone, so a worker thread is never held by a request nobody is waiting for.

- `RequestBudgetMiddleware` gives each request `CETRACK_REQUEST_TIMEOUT` seconds and, under
  `cetrack serve`, waitress's `waitress.client_disconnected` check (waitress reads ahead on the
  connection, so it sees the client close it while the request runs).
- A watchdog thread (one per process, started with the first request) looks at the running
  requests four times a second. One over its budget, or whose client has gone, has its database
  query stopped: SQLite's `interrupt()`, PostgreSQL's cancel request (both made for another
  thread). The query fails, the transaction rolls back, and the view's exception becomes a 503.
- Long loops in Python call `check()` between steps (an import's chunks, an audit packet's
  files), which raises `RequestStopped` once the budget is spent.

Work that may take longer by nature (a large transcript or audit packet) is not done in a
request at all: it goes to the job queue (cetrack.records.builds). Jobs and commands have no
budget: `check()` does nothing outside a request.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connections
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

log = logging.getLogger(__name__)

WATCH_EVERY = 0.25  # seconds between the watchdog's looks


class RequestStopped(Exception):
    """The request's budget ran out or its client went away; the message says which."""


@dataclass(eq=False)  # compared by identity: each request has its own
class Budget:
    ends: float  # time.monotonic() when the budget runs out
    seconds: int
    client_gone: Callable[[], bool] | None = None
    finished: bool = False
    stopped: str = ""  # why the watchdog stopped it ("" while running)
    databases: list[Any] = field(default_factory=list)  # this thread's connection wrappers
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reason(self) -> str:
        """Why the request must stop now, or "" while it may go on."""
        if self.client_gone is not None:
            with contextlib.suppress(Exception):  # a closed channel may raise; treat as gone
                if self.client_gone():
                    return "the client went away"
        if time.monotonic() >= self.ends:
            return f"it took longer than {self.seconds} seconds"
        return ""


_current: ContextVar[Budget | None] = ContextVar("cetrack_request_budget", default=None)
_running: set[Budget] = set()
_running_lock = threading.Lock()
_watchdog: threading.Thread | None = None


def current() -> Budget | None:
    return _current.get()


def check() -> None:
    """Raises RequestStopped when the running request must stop (nothing outside a request)."""
    budget = _current.get()
    if budget is not None and (why := budget.stopped or budget.reason()):
        raise RequestStopped(why)


def timeout_seconds() -> int:
    return int(getattr(settings, "CETRACK_REQUEST_TIMEOUT", 60))


def _stop_queries(budget: Budget) -> None:
    """Stops whatever query the request's thread is running (called from the watchdog)."""
    for wrapper in budget.databases:
        raw = getattr(wrapper, "connection", None)
        if raw is None:
            continue
        try:
            if wrapper.vendor == "sqlite":
                raw.interrupt()
            elif wrapper.vendor == "postgresql":
                raw.cancel_safe(timeout=2.0)
        except Exception:  # the connection closed meanwhile: nothing to stop
            log.debug("budget: could not stop a query", exc_info=True)


def _watch() -> None:
    while True:
        time.sleep(WATCH_EVERY)
        with _running_lock:
            running = list(_running)
        for budget in running:
            why = budget.reason()
            if not why:
                continue
            with budget.lock:  # never after the request finished (the thread moved on)
                if budget.finished or budget.stopped:
                    continue
                budget.stopped = why
                _stop_queries(budget)


def _start_watchdog() -> None:
    global _watchdog
    with _running_lock:
        if _watchdog is None or not _watchdog.is_alive():
            _watchdog = threading.Thread(target=_watch, name="cetrack-budget", daemon=True)
            _watchdog.start()


def stopped_page(request: HttpRequest, why: str) -> HttpResponse:
    seconds = timeout_seconds()
    log.warning("request stopped: %s %s: %s", request.method, request.path, why)
    message = (
        f"This page took longer than {seconds} seconds and was stopped. Try again in a moment; "
        "large transcripts and audit packets are prepared in the background from their page."
    )
    if request.path.startswith("/api/"):
        from django.http import JsonResponse

        response: HttpResponse = JsonResponse({"detail": message}, status=503)
    else:
        response = render(request, "503.html", {"message": message}, status=503)
    response["Retry-After"] = "30"
    return response


class RequestBudgetMiddleware:
    """Outermost but for the security headers: every request runs on a budget."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        seconds = timeout_seconds()
        if seconds <= 0:
            return self.get_response(request)
        _start_watchdog()
        budget = Budget(
            ends=time.monotonic() + seconds,
            seconds=seconds,
            client_gone=request.META.get("waitress.client_disconnected"),
            databases=[connections[alias] for alias in connections],
        )
        token = _current.set(budget)
        with _running_lock:
            _running.add(budget)
        try:
            return self.get_response(request)
        finally:
            with budget.lock:
                budget.finished = True
            with _running_lock:
                _running.discard(budget)
            _current.reset(token)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        budget = _current.get()
        if isinstance(exception, RequestStopped):
            return stopped_page(request, str(exception))
        if budget is not None and budget.stopped and isinstance(exception, DatabaseError):
            return stopped_page(request, budget.stopped)
        return None
