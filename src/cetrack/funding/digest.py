"""The managers' weekly digest asks this module for the funding requests waiting for a decision
(`cetrack.reminders.digest.FUNDING_HOOK`): oldest first, in words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from django.utils import timezone

from cetrack.funding.models import FundingRequest
from cetrack.orgs.services import person_name
from cetrack.planning.presenters import money


def pending_requests(organisation_id: int, day: date) -> Iterator[dict[str, Any]]:
    """Requests asked for on or before `day` and still undecided: member, what, amount, since."""
    rows = (
        FundingRequest.objects.filter(
            organisation_id=organisation_id, status="requested", created_at__date__lte=day
        )
        .select_related("membership__user")
        .order_by("created_at", "id")
    )
    for row in rows:
        yield {
            "member": person_name(row.membership.user),
            "what": f"{row.kind_label}: {row.title}",
            "amount": money(row.cost),
            "since": timezone.localtime(row.created_at).date().isoformat(),
        }
