"""Who may see and do what in competency assessment; the only way pages and the API reach its rows.

On top of `cetrack.orgs.access` (404 for a non-member, 403 for a role not admitted):

- managers and administrators manage test systems, assignments, qualifications and the site's
  policy, see every record, and may start and edit assessments;
- an assessor is any member with a qualification current today at the site (technical
  consultant, technical or general supervisor, laboratory director, ...): they may start and
  edit assessments of others at that site; whether they may *sign* is the accreditor's rule,
  checked at sign-off (`services.sign`);
- a member sees their own assignments and assessments and acknowledges them;
- anything else is a 404, as someone else's records are: an id never reveals a record.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from cetrack.competency.models import (
    Assessment,
    Assignment,
    EvidenceFile,
    Qualification,
    TestSystem,
)
from cetrack.core.competency import assessors
from cetrack.orgs.access import MANAGERS
from cetrack.orgs.models import Membership, Site


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


def site_of(membership: Membership, site_id: Any) -> Site:
    """A site of the member's organisation, or 404."""
    site = Site.objects.filter(organisation_id=membership.organisation_id, pk=_pk(site_id)).first()
    if site is None:
        raise Http404("no such site")
    return site


def system_of(membership: Membership, system_id: Any) -> TestSystem:
    system = (
        TestSystem.objects.filter(
            site__organisation_id=membership.organisation_id, pk=_pk(system_id)
        )
        .select_related("site")
        .first()
    )
    if system is None:
        raise Http404("no such test system")
    return system


def member_of(membership: Membership, membership_id: Any) -> Membership:
    """A current member of the same organisation, or 404."""
    found = (
        Membership.objects.filter(
            organisation_id=membership.organisation_id, left_at__isnull=True, pk=_pk(membership_id)
        )
        .select_related("user", "site")
        .first()
    )
    if found is None:
        raise Http404("no such member")
    return found


def current_qualifications(
    membership_id: int, site_id: int, on: date | None = None
) -> list[Qualification]:
    day = on or timezone.localdate()
    return list(
        Qualification.objects.filter(membership_id=membership_id, site_id=site_id, since__lte=day)
        .filter(Q(until__isnull=True) | Q(until__gte=day))
        .order_by("position")
    )


def core_qualifications(membership_id: int, site_id: int) -> list[assessors.Qualification]:
    """Every qualification recorded for the member at the site, for the sign-off check (which
    looks at the day itself, and names ended ones in its reason)."""
    return [
        assessors.Qualification(q.position, q.since, q.until, q.delegated_on, q.delegated_by)
        for q in Qualification.objects.filter(membership_id=membership_id, site_id=site_id)
    ]


def assessor_sites(membership: Membership) -> list[int]:
    """The sites at which the member holds a current qualification."""
    day = timezone.localdate()
    return sorted(
        set(
            Qualification.objects.filter(membership=membership, since__lte=day)
            .filter(Q(until__isnull=True) | Q(until__gte=day))
            .values_list("site_id", flat=True)
        )
    )


def may_edit(membership: Membership, assignment: Assignment) -> bool:
    """Start or edit an assessment on this assignment (never one's own)."""
    if assignment.membership_id == membership.pk:
        return False
    return manages(membership) or bool(current_qualifications(membership.pk, assignment.site_id))


def assignments_in(membership: Membership) -> QuerySet[Assignment]:
    return Assignment.objects.filter(site__organisation_id=membership.organisation_id)


def assignment_for(membership: Membership, assignment_id: Any) -> Assignment:
    """An assignment the member may assess (managers, assessors at its site), else 404."""
    found = (
        assignments_in(membership)
        .filter(pk=_pk(assignment_id), ended_on__isnull=True)
        .select_related("membership__user", "test_system", "site")
        .first()
    )
    if found is None or not may_edit(membership, found):
        raise Http404("no such assignment")
    return found


def assessment_for(membership: Membership, assessment_id: Any) -> Assessment:
    """An assessment the member may see: their own, or any at a site they manage or assess."""
    found = (
        Assessment.objects.filter(
            assignment__site__organisation_id=membership.organisation_id, pk=_pk(assessment_id)
        )
        .select_related(
            "assignment__membership__user", "assignment__test_system", "assignment__site"
        )
        .first()
    )
    if found is None:
        raise Http404("no such assessment")
    own = found.assignment.membership_id == membership.pk
    if own and found.discarded_at is None:
        return found
    if not own and may_edit(membership, found.assignment):
        return found
    raise Http404("no such assessment")


def evidence_for(assessment: Assessment, file_id: Any) -> EvidenceFile:
    """A file of an assessment already reached through `assessment_for`."""
    found = (
        EvidenceFile.objects.filter(
            element__assessment=assessment, pk=_pk(file_id), deleted_at__isnull=True
        )
        .select_related("blob")
        .first()
    )
    if found is None:
        raise Http404("no such file")
    return found
