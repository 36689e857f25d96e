"""The Content-Security-Policy every page gets (Django 5.2 has none built in).

Pages load scripts, styles, images and fonts from this site only; there is no inline script
anywhere (htmx and the API docs' scripts are static files) and no `eval` (htmx is told not to
use it in base.html). Style *attributes* stay allowed (`style-src-attr`): the progress meters
set their width with one, and an attribute cannot load or run anything. `data:` images are
the QR codes. A view that sets its own policy (certificate files: `sandbox`) keeps it.
"""

from __future__ import annotations

import os
import string
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "style-src-attr 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = POLICY
        return response


# -- the CSRF token of a kept page (cetrack.records.pages) -------------------------------------

_CHARS = string.ascii_letters + string.digits
_INDEX = {c: i for i, c in enumerate(_CHARS)}
_UNBIASED = 256 - 256 % len(_CHARS)  # bytes at or above this would favour the first letters


def _random_chars(count: int) -> str:
    """`count` characters of `_CHARS`, uniformly, from one read of the OS's random source
    (Django draws one read per character: a third of a warm dashboard's time)."""
    found: list[str] = []
    while len(found) < count:
        found += [_CHARS[b % len(_CHARS)] for b in os.urandom(count + 8) if b < _UNBIASED]
    return "".join(found[:count])


def csrf_token(request: HttpRequest) -> str:
    """The request's masked CSRF token, as Django's `get_token` makes it (the cookie's secret
    enciphered with a fresh random mask, so no two pages show the same token: BREACH), with
    the mask drawn in one go. Without a secret yet, Django's own `get_token` makes one."""
    from django.middleware.csrf import get_token

    secret = request.META.get("CSRF_COOKIE")
    if not secret or len(secret) != 32 or any(c not in _INDEX for c in secret):
        return get_token(request)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True  # as get_token does: renew the cookie
    mask = _random_chars(32)
    cipher = "".join(
        _CHARS[(_INDEX[s] + _INDEX[m]) % len(_CHARS)] for s, m in zip(secret, mask, strict=True)
    )
    return mask + cipher
