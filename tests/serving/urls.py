"""Slow pages for tests of the server: each writes what became of its work to a file in the
data folder, so a test can tell that the work stopped (not just that the client gave up)."""

from __future__ import annotations

import re
import time
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse
from django.urls import include, path

from cetrack.web import budget


def _note(name: str, text: str) -> None:
    (Path(settings.DATA_DIR) / f"{name}.txt").write_text(text)


def slow_query(request: HttpRequest) -> HttpResponse:
    """A query that never ends by itself (SQLite: an endless recursive count; PostgreSQL:
    sleeps ten minutes)."""
    _note("slow-query", "running")
    sql = (
        "SELECT pg_sleep(600)"
        if connection.vendor == "postgresql"
        else "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
        "SELECT count(*) FROM c"
    )
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql)
    except DatabaseError as error:
        _note("slow-query", f"stopped: {error}")
        raise
    _note("slow-query", "finished")
    return HttpResponse("finished")


def slow_python(request: HttpRequest) -> HttpResponse:
    """A long loop in Python that checks its budget between steps."""
    _note("slow-python", "running")
    try:
        for _ in range(12000):
            budget.check()
            time.sleep(0.05)
    except budget.RequestStopped as stopped:
        _note("slow-python", f"stopped: {stopped}")
        raise
    _note("slow-python", "finished")
    return HttpResponse("finished")


def stuck_in_c(request: HttpRequest) -> HttpResponse:
    """A regular expression that backtracks for hours inside C, holding the interpreter lock:
    this process cannot even run a signal handler until it ends."""
    _note("stuck", "running")
    re.match(r"(a+)+$", "a" * 64 + "b")
    return HttpResponse("finished")


def sleep(request: HttpRequest) -> HttpResponse:
    time.sleep(float(request.GET.get("s", "1")))
    return HttpResponse("slept")


urlpatterns = [
    path("test/slow-query/", slow_query),
    path("test/slow-python/", slow_python),
    path("test/stuck/", stuck_in_c),
    path("test/sleep/", sleep),
    path("", include("cetrack.web.urls")),
]
