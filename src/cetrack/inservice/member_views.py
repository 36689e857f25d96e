"""A member's side of in-service: check in with a code, my sessions, dashboard notices, and
asking the lab to confirm professional involvement; the educators' confirmation queue."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from cetrack.inservice import access, involvement, services
from cetrack.inservice.forms import CodeForm, ConfirmationRequestForm
from cetrack.inservice.models import Confirmation
from cetrack.inservice.presenters import when_text
from cetrack.orgs.access import EDUCATORS, current_memberships, membership_for, org_view
from cetrack.records.access import get_activity_for_user
from cetrack.web.http import AuthedRequest


@login_required
def checkin(request: AuthedRequest) -> HttpResponse:
    """Self check-in: the code typed, or arriving from the room's QR code (?code=…)."""
    form = CodeForm(request.POST or None, initial={"code": request.GET.get("code", "")[:20]})
    if request.method == "POST" and form.is_valid():
        outcome = services.check_in(request.user, form.cleaned_data["code"])
        if outcome.ok:
            row = outcome.saved
            session = row.session
            messages.success(
                request,
                f"Checked in to “{session.title}” ({when_text(session)}). Your certificate "
                "appears in your activities when the educator issues it.",
            )
            return redirect("inservice-session", session.organisation_id, session.pk)
        for key, message in outcome.problems:
            form.add_error("code" if key == "code" else None, message)
    return render(request, "inservice/checkin.html", {"form": form})


@login_required
def home(request: AuthedRequest) -> HttpResponse:
    memberships = list(current_memberships(request.user))
    return render(
        request,
        "inservice/home.html",
        {
            "memberships": memberships,
            "upcoming": [
                {"session": s, "when": when_text(s)}
                for s in access.upcoming_for(request.user, limit=20)
            ],
            "involvement": _involvement_rows(request.user),
            "form": CodeForm(),
        },
    )


def _involvement_rows(user: Any) -> list[dict[str, Any]]:
    asked = {
        c.activity_id: c
        for c in Confirmation.objects.filter(requested_by=user).select_related("organisation")
    }
    return [{"activity": a, "request": asked.get(a.pk)} for a in involvement.involvement_of(user)]


@login_required
@require_POST
def notice_dismiss(request: AuthedRequest, pk: int) -> HttpResponse:
    services.dismiss_notice(request.user, pk)
    target = request.POST.get("next", "")
    safe = target.startswith("/") and not target.startswith("//")
    return redirect(target if safe else "dashboard")


@login_required
def involvement_request(request: AuthedRequest, activity_id: int) -> HttpResponse:
    activity = get_activity_for_user(request.user, activity_id)
    organisations = [
        (m.organisation_id, m.organisation.name) for m in current_memberships(request.user)
    ]
    form = ConfirmationRequestForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        membership = membership_for(request.user, form.cleaned_data["organisation"])
        outcome = involvement.request_confirmation(
            request.user, membership, activity, form.cleaned_data["role"]
        )
        if outcome.ok:
            messages.success(
                request, f"Asked {membership.organisation.name} to confirm “{activity.title}”."
            )
            return redirect("inservice-home")
        for _, message in outcome.problems:
            form.add_error(None, message)
    return render(
        request,
        "inservice/involvement_request.html",
        {"form": form, "activity": activity, "organisations": organisations},
    )


@org_view(*EDUCATORS)
def confirmations(request: AuthedRequest, membership: Any) -> HttpResponse:
    rows = access.confirmations_of(membership).select_related(
        "activity", "requested_by", "decided_by"
    )
    return render(
        request,
        "inservice/confirmations.html",
        {
            "org": membership.organisation,
            "open": [c for c in rows if c.status == Confirmation.Status.REQUESTED],
            "answered": [c for c in rows if c.status != Confirmation.Status.REQUESTED][:50],
        },
    )


@org_view(*EDUCATORS)
@require_POST
def confirmation_decide(request: AuthedRequest, membership: Any, pk: int) -> HttpResponse:
    found = access.get_confirmation(membership, pk)
    if request.POST.get("decision") == "confirm":
        outcome = involvement.confirm(membership, found)
        done = f"Confirmed “{found.activity.title}”; the signed letter is in the member's records."
    else:
        outcome = involvement.decline(membership, found, request.POST.get("reason", ""))
        done = f"Declined “{found.activity.title}”; the member was told why."
    if outcome.ok:
        messages.success(request, done)
    else:
        messages.error(request, outcome.problems[0][1])
    return redirect("inservice-confirmations", membership.organisation_id)
