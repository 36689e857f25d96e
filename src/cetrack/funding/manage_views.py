"""Funding pages for managers and administrators: the queue, budgets and year totals (with each
person's §127 total), sponsoring a member for a workshop or conference, and subscriptions to CE
platforms with their seats and included catalogue items.

Each page is under /orgs/<org_id>/funding/ and wrapped in `org_view(*MANAGERS)`.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from cetrack.core.funding import default_limits
from cetrack.funding import access, services, subscriptions
from cetrack.funding.budgets import budget_rows, people_in_year, set_budget
from cetrack.funding.forms import (
    BudgetForm,
    ItemsForm,
    SeatForm,
    SponsorForm,
    SubscriptionForm,
    problems_to_form,
)
from cetrack.funding.models import Subscription
from cetrack.funding.presenters import attendance
from cetrack.orgs.access import MANAGERS, org_view
from cetrack.orgs.models import Department, Membership
from cetrack.orgs.services import person_name
from cetrack.planning.presenters import money
from cetrack.web.http import AuthedRequest

PER_PAGE = 50


def _year(value: Any, default: int) -> int:
    try:
        year = int(value)
    except (TypeError, ValueError):
        return default
    return year if 2000 <= year <= 2100 else default


def _current_members(membership: Membership) -> Any:
    return (
        Membership.objects.filter(organisation_id=membership.organisation_id, left_at__isnull=True)
        .select_related("user")
        .order_by("user__name", "user__email", "id")
    )


@org_view(*MANAGERS)
def queue(request: AuthedRequest, membership: Membership) -> HttpResponse:
    """Waiting for a decision (oldest first), approved and waiting for payment, events whose
    certificate has not come back, then every request of a year, paged."""
    today = timezone.localdate()
    rows = access.requests_in(membership.organisation_id)
    waiting = list(rows.filter(status="requested").order_by("created_at", "id")[:200])
    unpaid = list(rows.filter(status="approved").order_by("decided_at", "id")[:200])
    expected = [
        (r, attendance(r, today))
        for r in rows.filter(
            attendance_expected=True,
            status__in=("approved", "paid", "reimbursed"),
            activity__isnull=True,
        ).order_by("starts_on", "id")[:200]
    ]
    year = _year(request.GET.get("year"), today.year)
    every = Paginator(rows.filter(budget_year=year).order_by("-created_at", "-id"), PER_PAGE)
    return render(
        request,
        "funding/queue.html",
        {
            "org": membership.organisation,
            "waiting": waiting,
            "unpaid": unpaid,
            "expected": expected,
            "year": year,
            "page": every.get_page(request.GET.get("page")),
        },
    )


@org_view(*MANAGERS)
def budgets(request: AuthedRequest, membership: Membership) -> HttpResponse:
    org = membership.organisation
    today = timezone.localdate()
    year = _year(request.GET.get("year") or request.POST.get("year"), today.year)
    departments = Department.objects.filter(organisation=org)
    form = BudgetForm(
        request.POST or None,
        initial={"year": year, "scope": "member"},
        departments=departments,
        memberships=_current_members(membership),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        department = (
            departments.filter(pk=data["department"]).first() if data["department"] else None
        )
        member = access.member_of(membership, data["member"]) if data["member"] else None
        outcome = set_budget(
            request.user, org, data["year"], data["scope"], data["amount"], department, member
        )
        if outcome.ok:
            messages.success(request, "Saved the budget.")
            return redirect(f"{request.path}?year={data['year']}")
        problems_to_form(form, outcome.problems)
    limit = default_limits().for_year(year)
    return render(
        request,
        "funding/budgets.html",
        {
            "org": org,
            "year": year,
            "years": [year - 1, year + 1],
            "rows": budget_rows(org, year),
            "people": people_in_year(org, year),
            "limit": limit,
            "form": form,
        },
        status=400 if request.method == "POST" else 200,
    )


@org_view(*MANAGERS)
def sponsor(request: AuthedRequest, membership: Membership) -> HttpResponse:
    """Sponsor a member for a workshop or conference: approved at once, attendance expected."""
    form = SponsorForm(request.POST or None, memberships=_current_members(membership))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        member = access.member_of(membership, data.pop("member"))
        approval = services.Approval(
            tax_treatment=data.pop("tax_treatment"),
            repayment_terms=data.pop("repayment_terms"),
            override_reason=data.pop("override_reason"),
        )
        outcome = services.sponsor(membership, member, data, approval)
        if outcome.ok:
            messages.success(request, f"Sponsored {person_name(member.user)}.")
            return redirect("funding-request", membership.organisation_id, outcome.saved.pk)
        problems_to_form(form, outcome.problems)
    return render(
        request,
        "funding/sponsor.html",
        {"org": membership.organisation, "form": form},
        status=400 if request.method == "POST" else 200,
    )


# -- subscriptions -----------------------------------------------------------------------------


def _catalogue() -> Any:
    from cetrack.planning.catalogue import site_catalogue

    return site_catalogue().catalogue


def _facts(form: SubscriptionForm, subscription: Subscription | None) -> dict[str, Any]:
    data = dict(form.cleaned_data)
    data["items"] = list(subscription.items) if subscription else []
    return data


@org_view(*MANAGERS)
def subscriptions_page(request: AuthedRequest, membership: Membership) -> HttpResponse:
    catalogue = _catalogue()
    form = SubscriptionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = subscriptions.save_subscription(
            request.user, membership.organisation, _facts(form, None), catalogue
        )
        if outcome.ok:
            messages.success(request, "Added the subscription: now choose what it includes.")
            return redirect("funding-subscription", membership.organisation_id, outcome.saved.pk)
        problems_to_form(form, outcome.problems)
    today = timezone.localdate()
    return render(
        request,
        "funding/subscriptions.html",
        {
            "org": membership.organisation,
            "rows": subscriptions.subscriptions_in(membership.organisation_id),
            "form": form,
            "providers": subscriptions.providers(catalogue),
            "today": today,
        },
        status=400 if request.method == "POST" else 200,
    )


def _item_choices(subscription: Subscription, catalogue: Any) -> list[tuple[str, str]]:
    offered = subscriptions.provider_items(catalogue, subscription.provider)
    ids = {i.id for i in offered}
    offered += [
        catalogue.by_id[i] for i in subscription.items if i in catalogue.by_id and i not in ids
    ]
    choices = []
    for item in offered:
        price = f", {money(item.price)}" if item.price is not None else ""
        inside = f", includes {len(item.includes)}" if item.includes else ""
        choices.append(
            (item.id, f"{item.title} ({item.provider or 'provider not stated'}{price}{inside})")
        )
    return choices


def _subscription_page(
    request: AuthedRequest, membership: Membership, subscription: Subscription, **forms: Any
) -> HttpResponse:
    catalogue = _catalogue()
    seats = list(subscriptions.holders(subscription))
    holding = {s.membership_id for s in seats}
    others = [m for m in _current_members(membership) if m.pk not in holding]
    covered = subscriptions.covered_ids(subscription, catalogue)
    context = {
        "org": membership.organisation,
        "subscription": subscription,
        "seats": seats,
        "free": max(subscription.seats - len(seats), 0),
        "covered": sorted(
            (catalogue.by_id[i].title for i in covered if i in catalogue.by_id), key=str.casefold
        ),
        "included": subscriptions.item_titles(subscription.items, catalogue),
        "label": subscriptions.paid_by_label(subscription),
        "lapsed": subscription.ended_on is None and subscription.renews_on < timezone.localdate(),
        "form": forms.get("form")
        or SubscriptionForm(
            initial={
                k: getattr(subscription, k)
                for k in ("provider", "name", "seats", "renews_on", "cost", "all_items")
            }
        ),
        "items_form": forms.get("items_form")
        or ItemsForm(
            initial={"items": subscription.items}, choices=_item_choices(subscription, catalogue)
        ),
        "seat_form": forms.get("seat_form") or SeatForm(memberships=others),
        "providers": subscriptions.providers(catalogue),
    }
    return render(request, "funding/subscription.html", context, status=400 if forms else 200)


@org_view(*MANAGERS)
def subscription_page(
    request: AuthedRequest, membership: Membership, subscription_id: int
) -> HttpResponse:
    subscription = access.subscription_for(membership, subscription_id)
    if request.method != "POST":
        return _subscription_page(request, membership, subscription)
    form = SubscriptionForm(request.POST)
    if form.is_valid():
        outcome = subscriptions.save_subscription(
            request.user,
            membership.organisation,
            _facts(form, subscription),
            _catalogue(),
            subscription,
        )
        if outcome.ok:
            messages.success(request, "Saved the subscription.")
            return redirect("funding-subscription", membership.organisation_id, subscription.pk)
        problems_to_form(form, outcome.problems)
    subscription.refresh_from_db()
    return _subscription_page(request, membership, subscription, form=form)


@org_view(*MANAGERS)
@require_POST
def subscription_items(
    request: AuthedRequest, membership: Membership, subscription_id: int
) -> HttpResponse:
    subscription = access.subscription_for(membership, subscription_id)
    catalogue = _catalogue()
    form = ItemsForm(request.POST, choices=_item_choices(subscription, catalogue))
    if not form.is_valid():
        return _subscription_page(request, membership, subscription, items_form=form)
    facts = {
        k: getattr(subscription, k)
        for k in ("provider", "name", "seats", "renews_on", "cost", "all_items")
    }
    facts["items"] = form.cleaned_data["items"]
    outcome = subscriptions.save_subscription(
        request.user, membership.organisation, facts, catalogue, subscription
    )
    if not outcome.ok:
        problems_to_form(form, outcome.problems)
        return _subscription_page(request, membership, subscription, items_form=form)
    messages.success(request, "Saved what the subscription includes.")
    return redirect("funding-subscription", membership.organisation_id, subscription.pk)


@org_view(*MANAGERS)
@require_POST
def assign_seat(
    request: AuthedRequest, membership: Membership, subscription_id: int
) -> HttpResponse:
    subscription = access.subscription_for(membership, subscription_id)
    holding = set(subscriptions.holders(subscription).values_list("membership_id", flat=True))
    others = [m for m in _current_members(membership) if m.pk not in holding]
    form = SeatForm(request.POST, memberships=others)
    if not form.is_valid():
        return _subscription_page(request, membership, subscription, seat_form=form)
    member = access.member_of(membership, form.cleaned_data["member"])
    outcome = subscriptions.assign_seat(request.user, subscription, member)
    if not outcome.ok:
        problems_to_form(form, outcome.problems)
        return _subscription_page(request, membership, subscription, seat_form=form)
    messages.success(request, f"Gave {person_name(member.user)} a seat.")
    return redirect("funding-subscription", membership.organisation_id, subscription.pk)


@org_view(*MANAGERS)
@require_POST
def end_seat(
    request: AuthedRequest, membership: Membership, subscription_id: int, seat_id: int
) -> HttpResponse:
    subscription = access.subscription_for(membership, subscription_id)
    seat = access.seat_for(subscription, seat_id)
    subscriptions.end_seat(request.user, seat)
    messages.success(request, f"Ended {person_name(seat.membership.user)}'s seat.")
    return redirect("funding-subscription", membership.organisation_id, subscription.pk)


@org_view(*MANAGERS)
@require_POST
def end_subscription(
    request: AuthedRequest, membership: Membership, subscription_id: int
) -> HttpResponse:
    subscription = access.subscription_for(membership, subscription_id)
    outcome = subscriptions.end_subscription(request.user, subscription)
    if outcome.ok:
        messages.success(request, f"Ended the {subscription.provider} subscription.")
    else:
        for _, message in outcome.problems:
            messages.error(request, message)
    return redirect("funding-subscription", membership.organisation_id, subscription.pk)
