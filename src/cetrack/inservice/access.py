"""The one way to reach sessions: through a membership of their organisation.

Organisation routes are guarded by `cetrack.orgs.access.org_view` (404 for a non-member, 403
for a role that may not); inside, a session is looked up only within that organisation, so a
session id of another organisation is a 404 too.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from cetrack.inservice.models import Attendance, Confirmation, Material, Session
from cetrack.orgs.access import current_memberships


def sessions_of(membership: Any) -> QuerySet[Session]:
    return Session.objects.filter(organisation_id=membership.organisation_id)


def _pk(value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        raise Http404("no such session") from None
    if not 0 < number < 2**63:
        raise Http404("no such session")
    return number


def get_session(membership: Any, pk: Any) -> Session:
    session = sessions_of(membership).select_related("organisation").filter(pk=_pk(pk)).first()
    if session is None:
        raise Http404("no such session")
    return session


def get_material(session: Session, pk: Any) -> Material:
    material = session.materials.filter(pk=_pk(pk), deleted_at__isnull=True).first()
    if material is None:
        raise Http404("no such file")
    return material


def attendance_of(user: Any, session: Session) -> Attendance | None:
    return session.attendances.filter(user=user).first()


def upcoming_for(user: Any, limit: int = 5) -> QuerySet[Session]:
    """Sessions of the user's organisations that have not ended, soonest first."""
    orgs = [m.organisation_id for m in current_memberships(user)]
    return (
        Session.objects.filter(organisation_id__in=orgs, ends_at__gte=timezone.now())
        .exclude(status=Session.Status.CANCELLED)
        .select_related("organisation")
        .order_by("starts_at", "id")[:limit]
    )


def confirmations_of(membership: Any) -> QuerySet[Confirmation]:
    return Confirmation.objects.filter(organisation_id=membership.organisation_id)


def get_confirmation(membership: Any, pk: Any) -> Confirmation:
    found = (
        confirmations_of(membership)
        .select_related("activity", "requested_by")
        .filter(pk=_pk(pk))
        .first()
    )
    if found is None:
        raise Http404("no such request")
    return found
