"""Pages for a technician's own records. Each view: who (login), which object (an access
helper), one service or engine call, render."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from cetrack.core.names import day_text, ruleset_name
from cetrack.core.vocabulary import vocabulary
from cetrack.records import evidence, presenters
from cetrack.records.access import (
    activities_for,
    certificates_for,
    credentials_for,
    get_activity_for_user,
    get_certificate_for_user,
    get_credential_for_user,
)
from cetrack.records.forms import ActivityForm, CertificateForm
from cetrack.records.models import Revision
from cetrack.records.services import (
    attach_certificate,
    delete_activity,
    delete_credential,
    detach_certificate,
    evaluate_for,
    hide_activity,
    library,
    restore_activity,
    restore_credential,
    save_activity,
)
from cetrack.web.http import AuthedRequest
from cetrack.web.throttle import body_limit


def _certificate_limit() -> int:
    return int(settings.MAX_UPLOAD_BYTES)


def _is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _credential_pks(user: Any) -> dict[str, int]:
    return dict(credentials_for(user).values_list("ledger_id", "pk"))


# -- credentials -----------------------------------------------------------------------------


@login_required
def credential_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    row = get_credential_for_user(request.user, pk)
    evaluation = evaluate_for(request.user)
    result = next(c for c in evaluation.credentials if c.credential.id == row.ledger_id)
    card = presenters.card(result, row.pk, evaluation.as_of)
    titles = dict(activities_for(request.user).values_list("ledger_id", "title"))
    pks = dict(activities_for(request.user).values_list("ledger_id", "pk"))
    counted: dict[str, dict[str, Any]] = {}
    for item in result.counted:
        entry = counted.setdefault(
            item.activity,
            {
                "title": titles.get(item.activity, item.activity),
                "pk": pks.get(item.activity),
                "parts": [],
            },
        )
        area = next((r.name for r in result.requirements if r.id == item.requirement), "")
        part = presenters.amount_text(item.credit, result.unit)
        entry["parts"].append(
            f"{part} toward {area}" if area and item.requirement != "total" else part
        )
    excluded = [
        {"title": titles.get(e.activity, e.activity), "pk": pks.get(e.activity), "reason": e.reason}
        for e in result.excluded
    ]
    return render(
        request,
        "records/credential_detail.html",
        {
            "credential": row,
            "card": card,
            "counted": list(counted.values()),
            "excluded": excluded,
            "as_of": evaluation.as_of,
            "findings": [
                {
                    "severity": f.severity,
                    "message": f.message,
                    "title": titles.get(f.activity, f.activity) if f.activity else "",
                    "pk": pks.get(f.activity or ""),
                }
                for f in result.findings
            ],
        },
    )


@login_required
@require_POST
def credential_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    row = get_credential_for_user(request.user, pk)
    delete_credential(request.user, row)
    name = ruleset_name(row.rules, library())
    request.session["undo"] = {"type": "credential", "pk": row.pk, "label": name}
    return redirect("dashboard")


@login_required
@require_POST
def credential_restore(request: AuthedRequest, pk: int) -> HttpResponse:
    row = get_credential_for_user(request.user, pk, include_deleted=True)
    restore_credential(request.user, row)
    messages.success(request, f"Restored {ruleset_name(row.rules, library())}.")
    request.session.pop("undo", None)
    return redirect("credential", pk=row.pk)


# -- activities ------------------------------------------------------------------------------


def _window_choices(cards: list[presenters.CredentialCard]) -> list[tuple[str, str]]:
    return [
        (
            f"{c.window.start}:{c.window.end}",
            f"{c.name}: {day_text(c.window.start)} – {day_text(c.window.end)}",
        )
        for c in cards
        if c.window
    ]


ACTIVITIES_PER_PAGE = 100
HISTORY_PER_PAGE = 100


@login_required
def activity_list(request: AuthedRequest) -> HttpResponse:
    user = request.user
    evaluation = evaluate_for(user)
    credential_pks = _credential_pks(user)
    cards = presenters.cards(evaluation, credential_pks)
    verdicts = presenters.verdicts(evaluation)
    findings = presenters.activity_findings(evaluation)
    rows = list(activities_for(user).prefetch_related("certificates"))
    filters = {k: request.GET.get(k, "") for k in ("credential", "area", "cycle", "missing")}
    problems: list[str] = []
    if filters["credential"]:
        chosen = next((c for c in cards if str(c.pk) == filters["credential"]), None)
        if chosen is None:
            problems.append("That credential is not one of yours.")
        else:
            result = next(r for r in evaluation.credentials if r.credential.id == chosen.ledger_id)
            ids = {c.activity for c in result.counted}
            rows = [r for r in rows if r.ledger_id in ids]
    if filters["area"]:
        rows = [r for r in rows if filters["area"] in r.topics]
    if filters["cycle"]:
        try:
            start, end = (date.fromisoformat(x) for x in filters["cycle"].split(":"))
            rows = [r for r in rows if start <= r.end <= end]
        except ValueError:
            problems.append("The cycle filter must look like 2024-07-01:2027-06-30.")
    if filters["missing"]:
        rows = [
            r
            for r in rows
            if not any(c.deleted_at is None for c in r.certificates.all())
            or any(f.severity != "info" for f in findings.get(r.ledger_id, []))
        ]
    page = Paginator(rows, ACTIVITIES_PER_PAGE).get_page(request.GET.get("page"))
    items = [
        {
            "row": r,
            "verdicts": verdicts.get(r.ledger_id, []),
            "findings": findings.get(r.ledger_id, []),
            "certificates": [c for c in r.certificates.all() if c.deleted_at is None],
        }
        for r in page
    ]
    context = {
        "items": items,
        "page": page,
        "query": urlencode({k: v for k, v in filters.items() if v}),
        "filters": filters,
        "problems": problems,
        "cards": cards,
        "windows": _window_choices(cards),
        "topics": [(t, presenters.topic_name(t)) for t in vocabulary().topics],
        "undo": request.session.pop("undo", None),
    }
    template = "records/_activity_rows.html" if _is_htmx(request) else "records/activity_list.html"
    return render(request, template, context)


@login_required
def activity_detail(request: AuthedRequest, pk: int) -> HttpResponse:
    row = get_activity_for_user(request.user, pk)
    evaluation = evaluate_for(request.user)
    history = Revision.objects.filter(
        owner=request.user, object_type="activity", object_id=row.pk
    ).select_related("actor")
    return render(
        request,
        "records/activity_detail.html",
        {
            "activity": row,
            "verdicts": presenters.verdicts(evaluation).get(row.ledger_id, []),
            "findings": presenters.activity_findings(evaluation).get(row.ledger_id, []),
            "certificates": certificates_for(request.user).filter(activity=row),
            "upload_form": CertificateForm(),
            "history": history[:20],
        },
    )


def _activity_form_page(
    request: HttpRequest, form: ActivityForm, activity: Any = None, upload_error: str = ""
) -> HttpResponse:
    return render(
        request,
        "records/activity_form.html",
        {"form": form, "activity": activity, "upload_error": upload_error},
    )


@login_required
@body_limit(_certificate_limit)
def activity_add(request: AuthedRequest) -> HttpResponse:
    initial = {"participant_name": request.user.name, "completed_on": timezone.localdate()}
    form = ActivityForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        upload = request.FILES.get("certificate")
        size = upload.size or 0 if upload else 0
        if upload and (refused := evidence.too_large(upload.name or "certificate", size)):
            return _activity_form_page(request, form, upload_error=refused.message)
        content = upload.read(settings.MAX_UPLOAD_BYTES + 1) if upload else None
        if upload and content is not None:
            checked = evidence.check_upload(upload.name or "certificate", content, size)
            if isinstance(checked, evidence.UploadProblem):
                return _activity_form_page(request, form, upload_error=checked.message)
        from django.db import transaction

        entries = form.entries()  # one, or one per topic when the amount is split
        with transaction.atomic():
            for entry in entries:
                outcome = save_activity(request.user, entry)
                if not outcome.ok:
                    transaction.set_rollback(True)
                    break
                if upload and content is not None:
                    attached = attach_certificate(
                        request.user, outcome.saved, upload.name or "certificate", content
                    )
                    if not attached.ok:  # checked above; a race on the disk would land here
                        transaction.set_rollback(True)
                        return _activity_form_page(
                            request, form, upload_error=attached.problems[0][1]
                        )
        if outcome.ok and len(entries) > 1:
            messages.success(
                request,
                f"Added “{form.cleaned_data['title']}” as {len(entries)} activities, "
                "one per topic.",
            )
            return redirect("activities")
        if outcome.ok:
            messages.success(request, f"Added “{outcome.saved.title}”.")
            return redirect("activity", pk=outcome.saved.pk)
        form.show_problems(outcome.problems)
    return _activity_form_page(request, form)


@login_required
def activity_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    row = get_activity_for_user(request.user, pk)
    form = ActivityForm(request.POST or None, initial=ActivityForm.initial_for(row))
    if request.method == "POST" and form.is_valid():
        outcome = save_activity(request.user, form.entry(), row)
        if outcome.ok:
            messages.success(request, "Saved.")
            return redirect("activity", pk=row.pk)
        form.show_problems(outcome.problems)
    return _activity_form_page(request, form, row)


@login_required
@require_POST
def activity_delete(request: AuthedRequest, pk: int) -> HttpResponse:
    row = get_activity_for_user(request.user, pk)
    refused = delete_activity(request.user, row).problems
    if refused:
        messages.error(request, refused[0][1])
        return redirect("activity", pk=row.pk) if not _is_htmx(request) else _htmx_redirect(row.pk)
    if _is_htmx(request):
        return render(request, "records/_activity_deleted.html", {"activity": row})
    request.session["undo"] = {"type": "activity", "pk": row.pk, "label": row.title}
    return redirect("activities")


@login_required
@require_POST
def activity_restore(request: AuthedRequest, pk: int) -> HttpResponse:
    row = get_activity_for_user(request.user, pk, include_deleted=True)
    restore_activity(request.user, row)
    if _is_htmx(request):
        response = HttpResponse(status=204)
        response["HX-Refresh"] = "true"
        return response
    messages.success(request, f"Restored “{row.title}”.")
    return redirect("activity", pk=row.pk)


@login_required
@require_POST
@body_limit(_certificate_limit)
def certificate_upload(request: AuthedRequest, pk: int) -> HttpResponse:
    row = get_activity_for_user(request.user, pk)
    form = CertificateForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, "Choose a certificate file (PDF, PNG or JPEG) to upload.")
        return redirect("activity", pk=row.pk)
    upload = form.cleaned_data["certificate"]
    if refused := evidence.too_large(upload.name or "certificate", upload.size or 0):
        messages.error(request, refused.message)
        return redirect("activity", pk=row.pk)
    content = upload.read(settings.MAX_UPLOAD_BYTES + 1)
    outcome = attach_certificate(request.user, row, upload.name or "certificate", content)
    if outcome.ok:
        messages.success(request, f"Attached {outcome.saved.original_name}.")
    else:
        messages.error(request, outcome.problems[0][1])
    return redirect("activity", pk=row.pk)


@login_required
def certificate_file(request: AuthedRequest, pk: int) -> FileResponse:
    certificate = get_certificate_for_user(request.user, pk)
    response = FileResponse(
        evidence.open_file(certificate.blob),
        content_type=certificate.blob.content_type,
        as_attachment=request.GET.get("download") == "1",
        filename=certificate.original_name,
    )
    response["Cache-Control"] = "private, max-age=3600"
    response["Content-Security-Policy"] = "sandbox"
    return response


@login_required
@require_POST
def certificate_remove(request: AuthedRequest, pk: int) -> HttpResponse:
    certificate = get_certificate_for_user(request.user, pk)
    refused = detach_certificate(request.user, certificate).problems
    if refused:
        messages.error(request, refused[0][1])
    else:
        messages.info(request, f"Removed {certificate.original_name} (kept in your history).")
    return redirect("activity", pk=certificate.activity_id)


def _htmx_redirect(pk: int) -> HttpResponse:
    response = HttpResponse(status=204)
    response["HX-Redirect"] = reverse("activity", args=[pk])
    return response


@login_required
@require_POST
def activity_hide(request: AuthedRequest, pk: int) -> HttpResponse:
    """Hide an activity (left out of every evaluation, kept) or, with show=1, count it again."""
    row = get_activity_for_user(request.user, pk)
    showing = request.POST.get("show") == "1"
    hide_activity(request.user, row, hidden=not showing)
    if showing:
        messages.success(request, f"“{row.title}” counts again.")
    else:
        messages.info(request, f"Hid “{row.title}”: it no longer counts. Show it again here.")
    return redirect("activity", pk=row.pk)


@login_required
def history(request: AuthedRequest) -> HttpResponse:
    from cetrack.records.models import Activity, Credential

    changes = Revision.objects.filter(owner=request.user).select_related("actor")
    page = Paginator(changes, HISTORY_PER_PAGE).get_page(request.GET.get("page"))
    deleted_activities = Activity.objects.filter(owner=request.user, deleted_at__isnull=False)
    deleted_credentials = Credential.objects.filter(owner=request.user, deleted_at__isnull=False)
    return render(
        request,
        "records/history.html",
        {
            "revisions": page.object_list,
            "page": page,
            "deleted_activities": deleted_activities.order_by("-deleted_at")[:100],
            "deleted_credentials": deleted_credentials.order_by("-deleted_at")[:100],
        },
    )
