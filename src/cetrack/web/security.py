"""The Content-Security-Policy every page gets (Django 5.2 has none built in).

Pages load scripts, styles, images and fonts from this site only; there is no inline script
anywhere (htmx and the API docs' scripts are static files) and no `eval` (htmx is told not to
use it in base.html). Style *attributes* stay allowed (`style-src-attr`): the progress meters
set their width with one, and an attribute cannot load or run anything. `data:` images are
the QR codes. A view that sets its own policy (certificate files: `sandbox`) keeps it.
"""

from __future__ import annotations

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
