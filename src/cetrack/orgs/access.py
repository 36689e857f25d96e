"""The one place that knows who may see what in an organisation.

Every organisation page and API call goes through these helpers, as personal records go through
`cetrack.records.access`. The rules, in the order they are checked:

- not signed in: pages redirect to the sign-in page, the API answers 401;
- not a current member of the organisation (or no such organisation, or a malformed id):
  **404** — an outsider cannot even learn that the organisation exists;
- a current member whose role is not among those the route needs: **403** (PermissionDenied);
- a manager or administrator without two-factor authentication (when required, the default):
  **403** with the page that says how to set it up (`cetrack.accounts.mfa`);
- a member's records, read by a manager or administrator: allowed only while that person is a
  current member who has consented to share, and every read writes an AccessLog row the member
  sees on their "Who viewed my records" page (`read_member_records`).

Roles: member (a technician), educator (runs in-services), manager (sees the team and
exports), admin (members, roles, settings, and everything a manager does).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse

from cetrack.accounts import mfa
from cetrack.orgs.models import AccessLog, Membership, Organisation, Role

ANY_ROLE: tuple[str, ...] = (Role.MEMBER, Role.EDUCATOR, Role.MANAGER, Role.ADMIN)
EDUCATORS: tuple[str, ...] = (Role.EDUCATOR, Role.MANAGER, Role.ADMIN)
MANAGERS: tuple[str, ...] = (Role.MANAGER, Role.ADMIN)
ADMINS: tuple[str, ...] = (Role.ADMIN,)


def _as_id(value: Any) -> int:
    if isinstance(value, Organisation):
        return int(value.pk)
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise Http404("no such organisation") from None
    if not 0 < number < 2**63:
        raise Http404("no such organisation")
    return number


def current_memberships(user: Any) -> QuerySet[Membership]:
    """The user's memberships that have not ended, with their organisations."""
    if not getattr(user, "is_authenticated", False):
        return Membership.objects.none()
    return (
        Membership.objects.filter(user=user, left_at__isnull=True)
        .select_related("organisation", "site", "department")
        .order_by("organisation__name", "organisation_id")
    )


def membership_for(
    user: Any, organisation_id: Any, roles: Collection[str] = ANY_ROLE
) -> Membership:
    """The user's current membership of the organisation, if its role is one of `roles`.

    Raises Http404 when the user is not a current member (or the organisation does not exist),
    PermissionDenied (403) when they are a member but their role is not in `roles`.
    """
    org_id = _as_id(organisation_id)
    membership = current_memberships(user).filter(organisation_id=org_id).first()
    if membership is None:
        raise Http404("no such organisation")
    if membership.role not in roles:
        raise PermissionDenied("your role in this organisation does not allow this")
    mfa.check_role(user, membership.role, membership.organisation.name)  # managers need 2FA
    return membership


def members_visible_to(user: Any, organisation: Any) -> QuerySet[Membership]:
    """The current memberships of the organisation that `user` may see listed.

    Educators, managers and administrators see every current member (an educator needs the
    roster to take attendance); a plain member sees only themselves. Raises Http404 for a
    non-member, as `membership_for` does.
    """
    mine = membership_for(user, organisation)
    queryset = (
        Membership.objects.filter(organisation_id=mine.organisation_id, left_at__isnull=True)
        .select_related("user", "site", "department")
        .order_by("user__name", "user__email", "id")
    )
    if mine.role in EDUCATORS:
        return queryset
    return queryset.filter(pk=mine.pk)


def shared_members(organisation_id: int) -> QuerySet[Membership]:
    """Current members who consented to share their compliance status."""
    return Membership.objects.filter(
        organisation_id=organisation_id, left_at__isnull=True, consent_at__isnull=False
    )


def read_member_records(viewer: Any, organisation_id: Any, membership_id: Any, what: str) -> Any:
    """The member (a User) whose records a manager is about to read, after logging the read.

    The viewer must be a manager or administrator of the organisation (404 / 403 as in
    `membership_for`); the member must be a current member there who consented to share
    (404 otherwise). `what` says in words what is read ("MLS(ASCP) credential page") and is
    shown to the member on their access-log page.
    """
    mine = membership_for(viewer, organisation_id, MANAGERS)
    member = _shared_membership(mine.organisation_id, membership_id)
    AccessLog.objects.create(
        organisation_id=mine.organisation_id, viewer=viewer, member=member.user, what=what[:300]
    )
    return member.user


def shared_membership_for(viewer: Any, organisation_id: Any, membership_id: Any) -> Membership:
    """A consenting current member's membership, for a manager or administrator (not logged)."""
    mine = membership_for(viewer, organisation_id, MANAGERS)
    return _shared_membership(mine.organisation_id, membership_id)


def _shared_membership(organisation_id: int, membership_id: Any) -> Membership:
    try:
        pk = int(membership_id)
    except (TypeError, ValueError, OverflowError):
        raise Http404("no such member") from None
    member = (
        shared_members(organisation_id).select_related("user").filter(pk=pk).first()
        if 0 < pk < 2**63
        else None
    )
    if member is None:
        raise Http404("no such member")
    return member


def org_view(*roles: str) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Decorator for every page under /orgs/<int:org_id>/…, in any app.

    Anonymous visitors are sent to sign in; then `membership_for(request.user, org_id, roles)`
    (404 for a non-member, 403 for a role not in `roles`; all roles when none are given). The
    view is called as `view(request, membership, **other_url_kwargs)`. The roles are recorded
    on the view as `org_roles`, which the route test (tests/web/test_org_routes.py) reads to
    check every organisation route for every role.
    """
    allowed = tuple(roles) or ANY_ROLE

    def decorate(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @login_required
        @wraps(view)
        def wrapper(request: HttpRequest, org_id: Any, **kwargs: Any) -> HttpResponse:
            try:
                membership = membership_for(request.user, org_id, allowed)
            except mfa.TwoFactorRequired:
                return mfa.required_page(request, status=403)
            request.org_membership = membership  # type: ignore[attr-defined]
            return view(request, membership, **kwargs)

        wrapper.org_roles = allowed  # type: ignore[attr-defined]
        return wrapper

    return decorate


def api_roles(*roles: str) -> dict[str, Any]:
    """`openapi_extra` for an API operation under /api/orgs/{org_id}/…: records the roles it
    admits as `x-org-roles` (the route test tries every role on it). The operation itself
    still calls `membership_for(request.auth, org_id, roles)`."""
    return {"x-org-roles": list(roles or ANY_ROLE)}
