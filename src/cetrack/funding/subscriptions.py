"""Organisation subscriptions to CE platforms: the provider, seats and who holds them, the renewal
date, and the catalogue items the subscription includes — listed one by one, or every item the
catalogue has from the provider; a package listed brings the items it includes.

`paid_items_for(user, catalogue, day)` is what the planner asks: the catalogue items that cost
this person nothing because an organisation they belong to gives them a seat in a subscription
that is running that day (not ended, renewal date not passed), each with the words the plan
shows ("paid by Bayside Laboratory's LabCE (MediaLab) subscription").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from cetrack.core.catalogue.model import Catalogue, CatalogueItem
from cetrack.funding.history import log
from cetrack.funding.models import Seat, Subscription
from cetrack.orgs.models import Membership
from cetrack.orgs.services import Outcome, person_name
from cetrack.planning.presenters import money

MAX_SEATS = 100_000


def _same(a: str | None, b: str) -> bool:
    return (a or "").strip().casefold() == b.strip().casefold()


def providers(catalogue: Catalogue) -> list[str]:
    """The providers the catalogue names, for the subscription form's suggestions."""
    return sorted({i.provider.strip() for i in catalogue.items if i.provider}, key=str.casefold)


def provider_items(catalogue: Catalogue, provider: str) -> list[CatalogueItem]:
    """The catalogue's items from `provider` (same name, any case): packages first."""
    found = [i for i in catalogue.items if _same(i.provider, provider)]
    return sorted(found, key=lambda i: (not i.includes, i.title.casefold()))


def covered_ids(subscription: Subscription, catalogue: Catalogue) -> set[str]:
    """The catalogue ids the subscription pays for, with everything its packages include."""
    start = [i for i in subscription.items if isinstance(i, str) and i in catalogue.by_id]
    if subscription.all_items:
        start += [i.id for i in provider_items(catalogue, subscription.provider)]
    seen: set[str] = set()
    while start:
        ident = start.pop()
        if ident in seen or ident not in catalogue.by_id:
            continue
        seen.add(ident)
        start.extend(catalogue.by_id[ident].includes)
    return seen


def paid_by_label(subscription: Subscription) -> str:
    return f"paid by {subscription.organisation.name}'s {subscription.provider} subscription"


def paid_items_for(user: Any, catalogue: Catalogue, day: date | None = None) -> dict[str, str]:
    """Catalogue id -> "paid by <org>'s <provider> subscription", for the items the user's
    seats cover on `day` (today by default). Two queries, whatever the seats."""
    if not getattr(user, "is_authenticated", False):
        return {}
    day = day or timezone.localdate()
    seats = (
        Seat.objects.filter(
            membership__user=user,
            membership__left_at__isnull=True,
            ended_on__isnull=True,
            assigned_on__lte=day,
            subscription__ended_on__isnull=True,
            subscription__renews_on__gte=day,
        )
        .select_related("subscription__organisation")
        .order_by("subscription__organisation__name", "subscription__provider", "id")
    )
    paid: dict[str, str] = {}
    for seat in seats:
        label = paid_by_label(seat.subscription)
        for ident in sorted(covered_ids(seat.subscription, catalogue)):
            paid.setdefault(ident, label)
    return paid


def seats_of(membership: Membership) -> QuerySet[Seat]:
    """The member's current seats, with their subscriptions."""
    return (
        Seat.objects.filter(
            membership__user_id=membership.user_id,
            subscription__organisation_id=membership.organisation_id,
            ended_on__isnull=True,
            subscription__ended_on__isnull=True,
        )
        .select_related("subscription__organisation")
        .order_by("subscription__provider")
    )


def subscriptions_in(organisation_id: int) -> QuerySet[Subscription]:
    return (
        Subscription.objects.filter(organisation_id=organisation_id)
        .select_related("organisation")
        .annotate(held=Count("seats_held", filter=Q(seats_held__ended_on__isnull=True)))
        .order_by("ended_on", "provider", "id")
    )


def holders(subscription: Subscription) -> QuerySet[Seat]:
    return (
        Seat.objects.filter(subscription=subscription, ended_on__isnull=True)
        .select_related("membership__user")
        .order_by("membership__user__name", "id")
    )


# -- changes -----------------------------------------------------------------------------------


def _items(value: Any, catalogue: Catalogue, problems: list[tuple[str | None, str]]) -> list[str]:
    ids = [str(i).strip() for i in (value or []) if str(i).strip()]
    unknown = [i for i in ids if i not in catalogue.by_id]
    if unknown:
        problems.append(("items", f"not in the catalogue: {', '.join(unknown[:10])}"))
    return list(dict.fromkeys(i for i in ids if i in catalogue.by_id))


def save_subscription(
    actor: Any,
    organisation: Any,
    data: dict[str, Any],
    catalogue: Catalogue,
    subscription: Subscription | None = None,
) -> Outcome:
    """Creates or changes a subscription: provider, plan name, seats, renewal date, cost,
    included items (catalogue ids) or every item of the provider."""
    problems: list[tuple[str | None, str]] = []
    provider = str(data.get("provider") or "").strip()[:200]
    if not provider:
        problems.append(("provider", "name the provider, as the catalogue does"))
    seats = data.get("seats")
    if not isinstance(seats, int) or not 0 < seats <= MAX_SEATS:
        problems.append(("seats", f"give the number of seats, 1 to {MAX_SEATS:,}"))
        seats = 0
    renews_on = data.get("renews_on")
    if not isinstance(renews_on, date):
        problems.append(("renews_on", "give the renewal date"))
    cost = data.get("cost")
    if cost is not None and cost < 0:
        problems.append(("cost", "the cost cannot be negative"))
    items = _items(data.get("items"), catalogue, problems)
    if subscription is not None:
        held = holders(subscription).count()
        if seats and seats < held:
            problems.append(("seats", f"{held} people hold seats: end some seats first"))
    if problems:
        return Outcome(problems=problems)
    fields = {
        "provider": provider,
        "name": str(data.get("name") or "").strip()[:200],
        "seats": seats,
        "renews_on": renews_on,
        "cost": cost,
        "items": items,
        "all_items": bool(data.get("all_items")),
    }
    with transaction.atomic():
        if subscription is None:
            subscription = Subscription.objects.create(
                organisation=organisation, created_by=actor, **fields
            )
            verb = "Added"
        else:
            for key, value in fields.items():
                setattr(subscription, key, value)
            subscription.save()
            verb = "Changed"
        assert isinstance(renews_on, date)
        log(
            organisation.pk,
            actor,
            "subscription",
            f"{verb} the {provider} subscription: {seats} seats, renews {renews_on:%-d %b %Y}"
            + (f", {money(cost)}" if cost is not None else ""),
            subscription=subscription.pk,
        )
    return Outcome(saved=subscription)


def assign_seat(actor: Any, subscription: Subscription, member: Membership) -> Outcome:
    if subscription.ended_on is not None:
        return Outcome(problems=[(None, "The subscription has ended.")])
    if member.organisation_id != subscription.organisation_id or member.left_at is not None:
        return Outcome(problems=[("member", "choose a current member")])
    name = person_name(member.user)
    try:
        with transaction.atomic():
            locked = Subscription.objects.select_for_update().get(pk=subscription.pk)
            held = holders(locked).count()
            if held >= locked.seats:
                return Outcome(
                    problems=[("member", f"All {locked.seats} seats are taken: end one first.")]
                )
            seat = Seat.objects.create(
                subscription=locked,
                membership=member,
                assigned_on=timezone.localdate(),
                assigned_by=actor,
            )
            log(
                locked.organisation_id,
                actor,
                "seat",
                f"Gave {name} a seat in the {locked.provider} subscription",
                subscription=locked.pk,
            )
    except IntegrityError:
        return Outcome(problems=[("member", f"{name} already holds a seat.")])
    return Outcome(saved=seat)


def end_seat(actor: Any, seat: Seat) -> Outcome:
    with transaction.atomic():
        seat.ended_on = timezone.localdate()
        seat.save(update_fields=["ended_on"])
        log(
            seat.subscription.organisation_id,
            actor,
            "seat",
            f"Ended {person_name(seat.membership.user)}'s seat in the "
            f"{seat.subscription.provider} subscription",
            subscription=seat.subscription_id,
        )
    return Outcome(saved=seat)


def end_subscription(actor: Any, subscription: Subscription) -> Outcome:
    if subscription.ended_on is not None:
        return Outcome(problems=[(None, "The subscription has already ended.")])
    today = timezone.localdate()
    with transaction.atomic():
        subscription.ended_on = today
        subscription.save(update_fields=["ended_on", "updated_at"])
        Seat.objects.filter(subscription=subscription, ended_on__isnull=True).update(ended_on=today)
        log(
            subscription.organisation_id,
            actor,
            "subscription",
            f"Ended the {subscription.provider} subscription",
            subscription=subscription.pk,
        )
    return Outcome(saved=subscription)


def item_titles(ids: Iterable[str], catalogue: Catalogue) -> list[str]:
    """Human names of catalogue ids (an id no longer in the catalogue says so)."""
    return [
        catalogue.by_id[i].title if i in catalogue.by_id else "an item no longer in the catalogue"
        for i in ids
    ]
