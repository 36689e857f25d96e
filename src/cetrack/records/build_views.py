"""The page of a transcript or audit packet prepared in the background (records.builds), and
its download. Only the person who asked sees either."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from cetrack.core.names import ruleset_name
from cetrack.limits import size_text
from cetrack.records import builds, exports
from cetrack.records.models import Credential
from cetrack.web.http import AuthedRequest

WHAT = {"transcript": "transcript", "packet": "audit packet"}
ROUTES = {"transcript": "transcript", "packet": "audit-packet"}


def later(
    request: HttpRequest, kind: str, row: Credential, context: dict[str, Any], size: builds.Size
) -> HttpResponse:
    """Queues the build (once) and shows its page, or says why it cannot be queued now."""
    as_of = exports.parse_as_of(request.GET.get("as_of"))  # checked already: None is today
    found = builds.request(kind, request.user, row, as_of)
    if isinstance(found, str):
        return render(request, "429.html", {"message": found}, status=429)
    response = redirect("export-build", pk=found.pk)
    response.status_code = 303
    request.session[f"build-size-{found.pk}"] = [size.rows, size.files]
    return response


def _context(request: HttpRequest, pk: Any) -> dict[str, Any]:
    job = builds.for_user(request.user, pk)
    if job is None:
        raise Http404("no such file")
    arguments = job.arguments
    row = Credential.objects.filter(owner=request.user, pk=arguments.get("credential")).first()
    status = builds.status(job)
    result = job.result or {}
    rows, files = request.session.get(f"build-size-{job.pk}", [0, 0])
    again = ""
    if row is not None and row.deleted_at is None:
        again = reverse(ROUTES[arguments["what"]], args=[row.pk])
        if arguments.get("as_of"):
            again += f"?as_of={arguments['as_of']}"
    return {
        "status": status,
        "what": WHAT[arguments["what"]],
        "name": ruleset_name(row.rules) if row is not None else "a removed credential",
        "filename": result.get("filename", ""),
        "size": size_text(int(result.get("size") or 0)),
        "rows": rows,
        "files": files,
        "again": again if status.state in ("failed", "expired") else "",
    }


@login_required
@require_safe
def build_page(request: AuthedRequest, pk: int) -> HttpResponse:
    context = _context(request, pk)
    if request.headers.get("HX-Request") == "true":
        return render(request, "exports/_build.html", context)
    return render(request, "exports/build.html", context)


@login_required
@require_safe
def build_download(request: AuthedRequest, pk: int) -> HttpResponseBase:
    job = builds.for_user(request.user, pk)
    if job is None:
        raise Http404("no such file")
    if builds.status(job).state != "ready":
        return redirect("export-build", pk=job.pk)
    result = job.result
    kind = "application/pdf" if result["file"].endswith(".pdf") else "application/zip"
    response = FileResponse(
        builds.storage().open(result["file"], "rb"),
        as_attachment=True,
        filename=result["filename"],
        content_type=kind,
    )
    response["Cache-Control"] = "private, no-store"
    return response
