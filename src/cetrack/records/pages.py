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

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from django.contrib.messages import get_messages
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

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
    return HttpResponse(html.replace(CSRF_PLACEHOLDER, csrf_token(request)))
