"""Funding pages for everyone: my requests, seats and §127 total; asking for funding; one
request with what each role may do to it (decide, pay, set terms, cancel, attach files, link
the activity it led to).

Every page is under /orgs/<org_id>/funding/ and wrapped in `org_view` (404 for a non-member,
403 for a role not admitted); requests are found through `cetrack.funding.access` (404 for
someone else's); changes go through `cetrack.funding.services`.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from cetrack.funding import access, services
from cetrack.funding.budgets import section_127_for
from cetrack.funding.forms import (
    ApproveForm,
    CancelForm,
    DenyForm,
    FileForm,
    OutcomeForm,
    PaymentForm,
    RequestForm,
    TermsForm,
    problems_to_form,
)
from cetrack.funding.history import history_of
from cetrack.funding.models import FundingRequest
from cetrack.funding.presenters import (
    activity_choices,
    attendance,
    budget_check,
    planned_choices,
)
from cetrack.funding.subscriptions import covered_ids, seats_of
from cetrack.orgs.access import ANY_ROLE, MANAGERS, org_view
from cetrack.orgs.models import Membership
from cetrack.records import evidence
from cetrack.records.access import get_activity_for_user
from cetrack.records.exports import path_segment
from cetrack.web.http import AuthedRequest


def _flash(request: AuthedRequest, outcome: Any, success: str) -> None:
    if outcome.ok:
        messages.success(request, success)
    else:
        for _, message in outcome.problems:
            messages.error(request, message)


def _to(row: FundingRequest) -> HttpResponse:
    return redirect("funding-request", row.organisation_id, row.pk)


@org_view()
def home(request: AuthedRequest, membership: Membership) -> HttpResponse:
    from cetrack.planning.catalogue import site_catalogue

    today = timezone.localdate()
    mine = access.requests_in(membership.organisation_id).filter(
        membership__user_id=membership.user_id
    )
    catalogue = site_catalogue().catalogue
    seats = [(s, len(covered_ids(s.subscription, catalogue))) for s in seats_of(membership)]
    manager = access.manages(membership)
    waiting = (
        access.requests_in(membership.organisation_id).filter(status="requested").count()
        if manager
        else 0
    )
    return render(
        request,
        "funding/home.html",
        {
            "org": membership.organisation,
            "membership": membership,
            "requests": mine,
            "seats": seats,
            "today": today,
            "section_127": section_127_for(
                membership.organisation_id, membership.user_id, today.year
            ),
            "manager": manager,
            "waiting": waiting,
        },
    )


@org_view()
def new_request(request: AuthedRequest, membership: Membership) -> HttpResponse:
    """Ask for funding: an item from my plan (or any catalogue item linked here) or free text."""
    extra = request.GET.get("item", "")[:100]
    items = planned_choices(request.user, extra)
    initial = {"catalogue_item": extra} if extra in dict(items) else {}
    form = RequestForm(request.POST or None, items=items, initial=initial)
    if request.method == "POST" and form.is_valid():
        outcome = services.create_request(request.user, membership, dict(form.cleaned_data))
        if outcome.ok:
            messages.success(request, f"Asked for funding for “{outcome.saved.title}”.")
            return _to(outcome.saved)
        problems_to_form(form, outcome.problems)
    return render(
        request,
        "funding/new.html",
        {"org": membership.organisation, "form": form},
        status=400 if request.method == "POST" else 200,
    )


def _forms(membership: Membership, row: FundingRequest, user: Any) -> dict[str, Any]:
    """The forms this person may use on this request now (None: not offered)."""
    manager, own = access.manages(membership), access.owns(membership, row)
    decides = manager and not own
    status = row.status
    payment_initial = {
        "amount": row.approved_amount,
        "paid_on": timezone.localdate(),
        "tax_treatment": row.tax_treatment,
    }
    return {
        "approve_form": ApproveForm(initial={"tax_treatment": row.tax_treatment})
        if decides and status == "requested"
        else None,
        "deny_form": DenyForm() if decides and status == "requested" else None,
        "payment_form": PaymentForm(initial=payment_initial)
        if decides and status == "approved"
        else None,
        "terms_form": TermsForm(
            initial={"repayment_terms": row.repayment_terms, "tax_treatment": row.tax_treatment}
        )
        if decides and status in ("requested", "approved")
        else None,
        "cancel_form": CancelForm()
        if (own or manager) and status in ("requested", "approved")
        else None,
        "file_form": FileForm()
        if (own or manager) and status not in ("denied", "cancelled")
        else None,
        "outcome_form": OutcomeForm(
            initial={"activity": row.activity_id or "", "grade": row.grade},
            activities=activity_choices(user),
        )
        if own and status in ("approved", "paid", "reimbursed")
        else None,
    }


def _detail(
    request: AuthedRequest, membership: Membership, row: FundingRequest, **override: Any
) -> HttpResponse:
    today = timezone.localdate()
    manager = access.manages(membership)
    checks, overrun = budget_check(row) if manager and row.status == "requested" else ([], [])
    context = {
        "org": membership.organisation,
        "row": row,
        "own": access.owns(membership, row),
        "manager": manager,
        "files": row.files.filter(deleted_at__isnull=True),
        "checks": checks,
        "overrun": overrun,
        "attendance": attendance(row, today),
        "section_127": section_127_for(
            row.organisation_id, row.membership.user_id, (row.paid_on or today).year
        ),
        "history": history_of(row.organisation_id, row.pk),
        **_forms(membership, row, request.user),
        **override,
    }
    status = 400 if override else 200
    return render(request, "funding/request.html", context, status=status)


@org_view()
def detail(request: AuthedRequest, membership: Membership, request_id: int) -> HttpResponse:
    return _detail(request, membership, access.request_for(membership, request_id))


@org_view(*MANAGERS)
@require_POST
def decide(request: AuthedRequest, membership: Membership, request_id: int) -> HttpResponse:
    """Approve (`decision=approve`) or deny (`decision=deny`)."""
    row = access.request_for(membership, request_id)
    if request.POST.get("decision") == "deny":
        deny = DenyForm(request.POST)
        if not deny.is_valid():
            return _detail(request, membership, row, deny_form=deny)
        outcome = services.deny(membership, row, deny.cleaned_data["reason"])
        if not outcome.ok:
            problems_to_form(deny, outcome.problems)
            return _detail(request, membership, row, deny_form=deny)
        messages.success(request, f"Denied “{row.title}”.")
        return _to(row)
    form = ApproveForm(request.POST)
    if not form.is_valid():
        return _detail(request, membership, row, approve_form=form)
    outcome = services.approve(membership, row, services.Approval(**form.cleaned_data))
    if not outcome.ok:
        problems_to_form(form, outcome.problems)
        return _detail(request, membership, row, approve_form=form)
    messages.success(request, f"Approved “{row.title}”.")
    return _to(row)


@org_view(*MANAGERS)
@require_POST
def pay(request: AuthedRequest, membership: Membership, request_id: int) -> HttpResponse:
    row = access.request_for(membership, request_id)
    form = PaymentForm(request.POST)
    if not form.is_valid():
        return _detail(request, membership, row, payment_form=form)
    outcome = services.record_payment(membership, row, services.Payment(**form.cleaned_data))
    if not outcome.ok:
        problems_to_form(form, outcome.problems)
        return _detail(request, membership, row, payment_form=form)
    messages.success(request, f"Recorded the payment for “{row.title}”.")
    return _to(row)


@org_view(*MANAGERS)
@require_POST
def terms(request: AuthedRequest, membership: Membership, request_id: int) -> HttpResponse:
    row = access.request_for(membership, request_id)
    form = TermsForm(request.POST)
    if not form.is_valid():
        return _detail(request, membership, row, terms_form=form)
    data = form.cleaned_data
    outcome = services.set_terms(membership, row, data["repayment_terms"], data["tax_treatment"])
    _flash(request, outcome, "Saved the terms.")
    return _to(row)


@org_view()
@require_POST
def cancel(request: AuthedRequest, membership: Membership, request_id: int) -> HttpResponse:
    row = access.request_for(membership, request_id)
    form = CancelForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    outcome = services.cancel(membership, row, reason)
    _flash(request, outcome, f"Cancelled “{row.title}”.")
    return _to(row)


@org_view()
@require_POST
def attach(request: AuthedRequest, membership: Membership, request_id: int) -> HttpResponse:
    row = access.request_for(membership, request_id)
    form = FileForm(request.POST, request.FILES)
    if not form.is_valid():
        return _detail(request, membership, row, file_form=form)
    upload = form.cleaned_data["file"]
    content = upload.read(evidence.limits().max_bytes + 1)
    outcome = services.attach(
        membership, row, form.cleaned_data["kind"], upload.name or "file", content, upload.size
    )
    if not outcome.ok:
        problems_to_form(form, outcome.problems)
        return _detail(request, membership, row, file_form=form)
    messages.success(request, f"Attached {outcome.saved.original_name}.")
    return _to(row)


@org_view()
def download(
    request: AuthedRequest, membership: Membership, request_id: int, file_id: int
) -> HttpResponse:
    row = access.request_for(membership, request_id)
    item = access.file_for(membership, row, file_id)
    try:
        content = evidence.read(item.blob)
    except OSError:
        raise Http404("the file is missing from storage") from None
    response = HttpResponse(content, content_type=item.blob.content_type)
    response["Content-Disposition"] = (
        f'inline; filename="{path_segment(item.original_name, "file")}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@org_view()
@require_POST
def remove_file(
    request: AuthedRequest, membership: Membership, request_id: int, file_id: int
) -> HttpResponse:
    row = access.request_for(membership, request_id)
    if not (access.owns(membership, row) or access.manages(membership)):
        raise Http404("no such file")
    item = access.file_for(membership, row, file_id)
    outcome = services.remove_file(membership, row, item)
    _flash(request, outcome, f"Removed {item.original_name}.")
    return _to(row)


@org_view(*ANY_ROLE)
@require_POST
def outcome(request: AuthedRequest, membership: Membership, request_id: int) -> HttpResponse:
    """The requester links the activity the funding led to, and the grade."""
    row = access.own_request(membership, request_id)
    form = OutcomeForm(request.POST, activities=activity_choices(request.user))
    if not form.is_valid():
        return _detail(request, membership, row, outcome_form=form)
    chosen = form.cleaned_data["activity"]
    activity = get_activity_for_user(request.user, chosen) if chosen else None
    result = services.record_outcome(membership, row, activity, form.cleaned_data["grade"])
    _flash(request, result, "Saved what came of it.")
    return _to(row)
