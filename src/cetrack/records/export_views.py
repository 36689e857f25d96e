"""Export & import pages and downloads, and the calendar feed. Each view: who (login, or the
feed's secret token), which object (an access helper), one builder from `exports` or
`calendar`, respond."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST, require_safe

from cetrack.accounts.models import User
from cetrack.records import audit, build_views, builds, exports
from cetrack.records.access import credentials_for, get_credential_for_user
from cetrack.records.calendar import calendar_for
from cetrack.records.models import Credential
from cetrack.web.http import AuthedRequest
from cetrack.web.throttle import body_limit


class ImportForm(forms.Form):
    ledger = forms.FileField(
        label="Ledger (.toml) or audit packet (.zip)",
        widget=forms.ClearableFileInput(attrs={"accept": ".toml,.zip,application/zip"}),
    )
    mode = forms.ChoiceField(
        label="What to do with your current records",
        choices=[
            ("add", "Add to my records (ids already in use are refused; nothing is imported)"),
            ("replace", "Replace my records (the current ones are removed, kept in history)"),
        ],
        initial="add",
        widget=forms.RadioSelect,
    )


def _download(content: bytes | str, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename) or ""
    response["Cache-Control"] = "private, no-store"
    return response


def _page(request: AuthedRequest, form: ImportForm, **extra: Any) -> dict[str, Any]:
    return {
        "credentials": credentials_for(request.user),
        "form": form,
        "feed_on": request.user.calendar_feed_on,
        "max_ledger_mb": settings.MAX_UPLOAD_BYTES // 1048576,
        "max_zip_mb": exports.MAX_ZIP_TOTAL // 1048576,
        **extra,
    }


@login_required
def exports_page(request: AuthedRequest) -> HttpResponse:
    return render(request, "exports/index.html", _page(request, ImportForm()))


def _bad_as_of(request: HttpRequest, error: exports.AsOfError, back: Any) -> HttpResponse:
    return render(
        request, "exports/bad_request.html", {"message": str(error), "back": back}, status=400
    )


def _transcript_for(
    request: AuthedRequest, pk: int
) -> tuple[Credential, dict[str, Any]] | HttpResponse:
    """The credential and its transcript for the cycle `?as_of=` picks, or the 400 page."""
    row = get_credential_for_user(request.user, pk)
    try:
        as_of = exports.parse_as_of(request.GET.get("as_of"))
    except exports.AsOfError as error:
        return _bad_as_of(request, error, row)
    return row, exports.transcript(request.user, row, as_of)


@login_required
@require_safe
def transcript_pdf(request: AuthedRequest, pk: int) -> HttpResponse:
    found = _transcript_for(request, pk)
    if isinstance(found, HttpResponse):
        return found
    row, context = found
    size = builds.size_of("transcript", request.user, context)
    if size.large():  # made in the background, with a page to follow it
        return build_views.later(request, "transcript", row, context, size)
    return _download(exports.render_transcript_pdf(context), "application/pdf", context["filename"])


@login_required
@require_safe
def audit_packet_zip(request: AuthedRequest, pk: int) -> HttpResponse:
    found = _transcript_for(request, pk)
    if isinstance(found, HttpResponse):
        return found
    row, context = found
    size = builds.size_of("packet", request.user, context)
    if size.large():
        return build_views.later(request, "packet", row, context, size)
    packet = exports.audit_packet(request.user, row, context=context)
    return _download(packet, "application/zip", exports.packet_filename(context))


@login_required
@require_safe
def ledger_export(request: AuthedRequest) -> HttpResponse:
    filename = f"cetrack-ledger-{timezone.localdate().isoformat()}.toml"
    return _download(exports.ledger_toml(request.user), "application/toml; charset=utf-8", filename)


@login_required
@require_safe
def activities_csv(request: AuthedRequest) -> HttpResponse:
    filename = f"cetrack-activities-{timezone.localdate().isoformat()}.csv"
    # A byte-order mark so that spreadsheet programs read the file as UTF-8.
    content = "\ufeff" + exports.activities_csv(request.user)
    return _download(content.encode(), "text/csv; charset=utf-8", filename)


@login_required
@require_POST
@body_limit(lambda: exports.MAX_ZIP_TOTAL)
def ledger_import(request: AuthedRequest) -> HttpResponse:
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "exports/index.html", _page(request, form), status=400)
    upload = form.cleaned_data["ledger"]
    name = upload.name or "upload"
    read = exports.read_upload(name, upload)
    if read.ledger is None or read.problems:
        return render(
            request,
            "exports/index.html",
            _page(request, form, problems=read.problems, upload_name=name),
            status=400,
        )
    replace = form.cleaned_data["mode"] == "replace"
    with audit.channel("import"):
        result = exports.import_upload(request.user, name, read, replace=replace)
    if not result.ok:
        return render(
            request,
            "exports/index.html",
            _page(request, form, problems=result.problems, upload_name=name),
            status=400,
        )
    summary = result.summary
    text = (
        f"Imported {summary.credentials} credential{'s' * (summary.credentials != 1)}, "
        f"{summary.activities} activit{'ies' if summary.activities != 1 else 'y'} and "
        f"{summary.certificates} certificate file{'s' * (summary.certificates != 1)}"
    )
    if replace:
        text += "; your previous records are kept in your history"
    messages.success(request, text + ".")
    return redirect("dashboard")


@require_safe
def calendar_ics(request: HttpRequest, token: str) -> HttpResponse:
    """The deadline feed. No login (calendar apps cannot log in): the secret token is the key."""
    user = User.by_calendar_token(token)
    if user is None:
        raise Http404("no such calendar")
    content = calendar_for(user, base_url=request.build_absolute_uri("/"))
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(False, "cetrack.ics") or ""
    response["Cache-Control"] = "private, max-age=900"
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response
