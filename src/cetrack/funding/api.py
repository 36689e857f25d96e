"""CE funding endpoints of the JSON API (mounted in cetrack.api.api).

GET /api/orgs/{org_id}/funding/requests lists requests (a member's own; every request for
managers and administrators) and POST creates one for the caller; GET .../requests/{id} reads
one; POST .../requests/{id}/approve and .../deny decide (managers and administrators, never on
their own request); GET /api/orgs/{org_id}/funding/subscriptions lists subscriptions (managers:
all, with seat holders; members: those they hold a seat in). Role checks are
`cetrack.orgs.access.membership_for` (404 for a non-member, 403 for a role that may not; each
operation names its roles in `x-org-roles`); someone else's request is 404. Problems are 422
with the field at fault; an approval that would exceed a budget is a 422 on `override_reason`
saying which budget and by how much. Amounts are decimal strings of dollars ("1200.00").
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied
from ninja import Router, Schema, Status
from ninja.errors import ValidationError
from pydantic import Field

from cetrack.api.entries import problem
from cetrack.api.schemas import ApiRequest, Message, Problems
from cetrack.core.funding import STATUSES
from cetrack.funding import access, services, subscriptions
from cetrack.funding.models import FundingRequest, Seat
from cetrack.inservice.api import _body, _body_schema  # the API's JSON body reader
from cetrack.orgs.access import ANY_ROLE, MANAGERS, api_roles, membership_for
from cetrack.orgs.services import person_name

router = Router(tags=["funding"])
MAX_PAGE = 500


class RequestIn(Schema):
    kind: str = Field(default="", description="tuition | course | event (default from the item)")
    catalogue_item: str = Field(
        default="", max_length=100, description="A catalogue id: blank facts come from the item"
    )
    title: str = Field(default="", max_length=300)
    provider: str = Field(default="", max_length=200)
    description: str = Field(default="", max_length=5000)
    starts_on: date | None = None
    ends_on: date | None = None
    cost: Decimal | None = Field(
        default=None, gt=0, max_digits=10, decimal_places=2, description="Dollars"
    )
    justification: str = Field(min_length=1, max_length=5000)
    budget_year: int | None = Field(default=None, ge=2000, le=2100)


class ApproveIn(Schema):
    amount: Decimal | None = Field(
        default=None, gt=0, max_digits=10, decimal_places=2, description="Default: the cost"
    )
    reason: str = Field(default="", max_length=5000, description="A note to the member")
    override_reason: str = Field(
        default="", max_length=5000, description="Needed when a budget would be exceeded"
    )
    tax_treatment: str = Field(
        default="", description="section-127 | working-condition | taxable, or blank"
    )
    repayment_terms: str = Field(default="", max_length=5000)


class DenyIn(Schema):
    reason: str = Field(min_length=1, max_length=5000)


class FileOut(Schema):
    id: int
    kind: str = Field(description="receipt | grade | certificate | other")
    name: str


class RequestOut(Schema):
    id: int
    membership_id: int
    member: str
    kind: str
    kind_name: str
    title: str
    provider: str
    catalogue_item: str
    description: str
    starts_on: date | None
    ends_on: date | None
    cost: Decimal
    justification: str
    budget_year: int
    status: str = Field(description="requested | approved | paid | reimbursed | denied | cancelled")
    status_name: str
    approved_amount: Decimal | None
    decided_by: str | None
    decided_at: datetime | None
    decision_reason: str
    overrun: str = Field(description="The budgets an approval exceeded, in words")
    override_reason: str
    cancel_reason: str
    tax_treatment: str
    repayment_terms: str
    attendance_expected: bool
    paid_amount: Decimal | None
    paid_on: date | None
    section_127_amount: Decimal = Field(description="Paid within the year's §127 limit")
    excess_amount: Decimal = Field(description="Paid above it, as `excess_treatment`")
    excess_treatment: str
    grade: str
    activity_id: int | None = Field(description="The requester's activity it led to")
    files: list[FileOut]
    created_at: datetime


class SeatOut(Schema):
    membership_id: int
    member: str
    assigned_on: date


class SubscriptionOut(Schema):
    id: int
    provider: str
    name: str
    seats: int
    seats_held: int
    renews_on: date
    ended_on: date | None
    cost: Decimal | None
    items: list[str] = Field(description="Catalogue ids it includes (as chosen)")
    all_items: bool = Field(description="Every catalogue item of the provider")
    covered: list[str] = Field(description="Catalogue ids paid for, packages' contents included")
    holders: list[SeatOut] | None = Field(description="Managers only")


def request_out(row: FundingRequest) -> dict[str, Any]:
    fields = {
        name: getattr(row, name)
        for name in (
            "id",
            "membership_id",
            "kind",
            "title",
            "provider",
            "catalogue_item",
            "description",
            "starts_on",
            "ends_on",
            "cost",
            "justification",
            "budget_year",
            "status",
            "approved_amount",
            "decided_at",
            "decision_reason",
            "overrun",
            "override_reason",
            "cancel_reason",
            "tax_treatment",
            "repayment_terms",
            "attendance_expected",
            "paid_amount",
            "paid_on",
            "section_127_amount",
            "excess_amount",
            "excess_treatment",
            "grade",
            "activity_id",
            "created_at",
        )
    }
    return {
        **fields,
        "member": person_name(row.membership.user),
        "kind_name": row.kind_label,
        "status_name": row.status_label,
        "decided_by": person_name(row.decided_by) if row.decided_by else None,
        "files": [
            {"id": f.pk, "kind": f.kind, "name": f.original_name}
            for f in row.files.all()
            if f.deleted_at is None
        ],
    }


def _invalid(problems: list[tuple[str | None, str]], default: str) -> ValidationError:
    return ValidationError(
        [problem(["body", key or default], message) for key, message in problems]
    )


@router.get(
    "/orgs/{org_id}/funding/requests",
    response={200: list[RequestOut], 401: Message, 403: Message, 404: Message, 422: Problems},
    openapi_extra=api_roles(*ANY_ROLE),
)
def list_requests(
    request: ApiRequest,
    org_id: int,
    status: str = "",
    year: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Your own requests; for managers and administrators, every request of the organisation.
    Filter by `status` and by budget `year`; newest first."""
    membership = membership_for(request.auth, org_id, ANY_ROLE)
    rows = access.requests_visible_to(membership).prefetch_related("files")
    if status:
        if status not in STATUSES:
            raise ValidationError([problem(["query", "status"], f"one of {', '.join(STATUSES)}")])
        rows = rows.filter(status=status)
    if year is not None:
        rows = rows.filter(budget_year=max(0, min(year, 10_000)))
    limit, offset = max(1, min(limit, MAX_PAGE)), max(0, min(offset, 10**9))
    return [request_out(r) for r in rows.order_by("-created_at", "-id")[offset : offset + limit]]


@router.post(
    "/orgs/{org_id}/funding/requests",
    response={201: RequestOut, 401: Message, 403: Message, 404: Message, 422: Problems},
    openapi_extra={**api_roles(*ANY_ROLE), **_body_schema(RequestIn)},
)
def create_request(request: ApiRequest, org_id: int) -> Status[dict[str, Any]]:
    """Ask for funding for yourself: tuition, a CE item (name a `catalogue_item` and its facts
    fill the blanks) or an event; a manager decides."""
    payload: RequestIn = _body(request, RequestIn)
    membership = membership_for(request.auth, org_id, ANY_ROLE)
    outcome = services.create_request(request.auth, membership, payload.model_dump())
    if not outcome.ok:
        raise _invalid(outcome.problems, "request")
    return Status(201, request_out(access.request_for(membership, outcome.saved.pk)))


@router.get(
    "/orgs/{org_id}/funding/requests/{request_id}",
    response={200: RequestOut, 401: Message, 403: Message, 404: Message},
    openapi_extra=api_roles(*ANY_ROLE),
)
def get_request(request: ApiRequest, org_id: int, request_id: int) -> dict[str, Any]:
    """One request: your own, or any for a manager or administrator."""
    membership = membership_for(request.auth, org_id, ANY_ROLE)
    return request_out(access.request_for(membership, request_id))


def _decided(outcome: Any, membership: Any) -> dict[str, Any]:
    if not outcome.ok:
        if outcome.extra.get("refused"):
            raise PermissionDenied(outcome.problems[0][1])
        raise _invalid(outcome.problems, "status")
    return request_out(access.request_for(membership, outcome.saved.pk))


@router.post(
    "/orgs/{org_id}/funding/requests/{request_id}/approve",
    response={200: RequestOut, 401: Message, 403: Message, 404: Message, 422: Problems},
    openapi_extra={**api_roles(*MANAGERS), **_body_schema(ApproveIn)},
)
def approve_request(request: ApiRequest, org_id: int, request_id: int) -> dict[str, Any]:
    """Approve a request (all of it, or `amount`). When it would exceed a budget, the 422 on
    `override_reason` says which and by how much: send an `override_reason` to approve anyway.
    Your own request is 403; one already decided is 422 on `status`."""
    payload: ApproveIn = _body(request, ApproveIn)
    membership = membership_for(request.auth, org_id, MANAGERS)
    row = access.request_for(membership, request_id)
    outcome = services.approve(membership, row, services.Approval(**payload.model_dump()))
    return _decided(outcome, membership)


@router.post(
    "/orgs/{org_id}/funding/requests/{request_id}/deny",
    response={200: RequestOut, 401: Message, 403: Message, 404: Message, 422: Problems},
    openapi_extra={**api_roles(*MANAGERS), **_body_schema(DenyIn)},
)
def deny_request(request: ApiRequest, org_id: int, request_id: int) -> dict[str, Any]:
    """Deny a request with the reason the member sees."""
    payload: DenyIn = _body(request, DenyIn)
    membership = membership_for(request.auth, org_id, MANAGERS)
    row = access.request_for(membership, request_id)
    return _decided(services.deny(membership, row, payload.reason), membership)


@router.get(
    "/orgs/{org_id}/funding/subscriptions",
    response={200: list[SubscriptionOut], 401: Message, 403: Message, 404: Message},
    openapi_extra=api_roles(*ANY_ROLE),
)
def list_subscriptions(request: ApiRequest, org_id: int) -> list[dict[str, Any]]:
    """The organisation's subscriptions to CE platforms with their seats (managers and
    administrators); a member sees only those they hold a seat in, without other holders."""
    from cetrack.planning.catalogue import site_catalogue

    membership = membership_for(request.auth, org_id, ANY_ROLE)
    catalogue = site_catalogue().catalogue
    manager = access.manages(membership)
    rows = subscriptions.subscriptions_in(org_id)
    if not manager:
        held = Seat.objects.filter(membership__user_id=membership.user_id, ended_on__isnull=True)
        rows = rows.filter(pk__in=held.values("subscription_id"))
    out = []
    for s in rows:
        holders = (
            [
                {
                    "membership_id": seat.membership_id,
                    "member": person_name(seat.membership.user),
                    "assigned_on": seat.assigned_on,
                }
                for seat in subscriptions.holders(s)
            ]
            if manager
            else None
        )
        out.append(
            {
                "id": s.pk,
                "provider": s.provider,
                "name": s.name,
                "seats": s.seats,
                "seats_held": getattr(s, "held", 0),
                "renews_on": s.renews_on,
                "ended_on": s.ended_on,
                "cost": s.cost,
                "items": list(s.items),
                "all_items": s.all_items,
                "covered": sorted(subscriptions.covered_ids(s, catalogue)),
                "holders": holders,
            }
        )
    return out
