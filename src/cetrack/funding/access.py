"""Who may see and do what in CE funding; the only way pages and the API reach its rows.

On top of `cetrack.orgs.access` (404 for a non-member, 403 for a role not admitted):

- a member sees their own requests (from any of their memberships of the organisation), makes
  them, cancels them while open, attaches receipts and grades, and links the activity that came
  of one;
- managers and administrators see every request (the queue), decide, record payments, set
  budgets, sponsor members and manage subscriptions — but never decide their own request;
- anything else is a 404, as someone else's records are: an id never reveals a request.

A manager downloading a member's file is logged in the member's access log.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404

from cetrack.funding.models import FundingRequest, RequestFile, Seat, Subscription
from cetrack.orgs.access import MANAGERS
from cetrack.orgs.models import AccessLog, Membership


def _pk(value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise Http404("not found") from None
    if not 0 < number < 2**63:
        raise Http404("not found")
    return number


def manages(membership: Membership) -> bool:
    return membership.role in MANAGERS


def owns(membership: Membership, request: FundingRequest) -> bool:
    return bool(request.membership.user_id == membership.user_id)


def requests_in(organisation_id: int) -> QuerySet[FundingRequest]:
    return FundingRequest.objects.filter(organisation_id=organisation_id).select_related(
        "membership__user", "membership__department", "decided_by", "activity"
    )


def requests_visible_to(membership: Membership) -> QuerySet[FundingRequest]:
    """Every request for a manager; a member's own otherwise."""
    rows = requests_in(membership.organisation_id)
    if manages(membership):
        return rows
    return rows.filter(membership__user_id=membership.user_id)


def request_for(membership: Membership, request_id: Any) -> FundingRequest:
    """A request the member may see (their own, or any for a manager), else 404."""
    found = requests_visible_to(membership).filter(pk=_pk(request_id)).first()
    if found is None:
        raise Http404("no such request")
    return found


def own_request(membership: Membership, request_id: Any) -> FundingRequest:
    """One of the member's own requests (managers included), else 404."""
    found = request_for(membership, request_id)
    if not owns(membership, found):
        raise Http404("no such request")
    return found


def file_for(viewer: Membership, request: FundingRequest, file_id: Any) -> RequestFile:
    """A file of a request reached through `request_for`; a manager's read of someone else's
    file is logged for that person."""
    found = (
        RequestFile.objects.filter(request=request, pk=_pk(file_id), deleted_at__isnull=True)
        .select_related("blob")
        .first()
    )
    if found is None:
        raise Http404("no such file")
    if not owns(viewer, request):
        AccessLog.objects.create(
            organisation_id=request.organisation_id,
            viewer=viewer.user,
            member=request.membership.user,
            what=f"{found.kind_label} of the funding request “{request.title}”"[:300],
        )
    return found


def member_of(membership: Membership, membership_id: Any) -> Membership:
    """A current member of the same organisation, else 404."""
    found = (
        Membership.objects.filter(
            organisation_id=membership.organisation_id, left_at__isnull=True, pk=_pk(membership_id)
        )
        .select_related("user", "department")
        .first()
    )
    if found is None:
        raise Http404("no such member")
    return found


def subscription_for(membership: Membership, subscription_id: Any) -> Subscription:
    found = Subscription.objects.filter(
        organisation_id=membership.organisation_id, pk=_pk(subscription_id)
    ).first()
    if found is None:
        raise Http404("no such subscription")
    return found


def seat_for(subscription: Subscription, seat_id: Any) -> Seat:
    found = (
        Seat.objects.filter(subscription=subscription, pk=_pk(seat_id), ended_on__isnull=True)
        .select_related("membership__user")
        .first()
    )
    if found is None:
        raise Http404("no such seat")
    return found
