"""The demo laboratory's in-service sessions (`cetrack serve --demo`): a past P.A.C.E.
in-service whose certificates were issued to the attendees (the demo account among them) and
an upcoming session the demo account registered for. Safe to run again: the laboratory is
rebuilt by cetrack.orgs.demo, and what an earlier run issued is withdrawn first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from cetrack.core.inservice import SessionFacts
from cetrack.inservice import issue, services
from cetrack.inservice.models import Session
from cetrack.issuing.models import IssuedCredential
from cetrack.orgs.models import Membership, Organisation, Role
from cetrack.records.models import Activity
from cetrack.records.services import withdraw_issued


@dataclass(frozen=True)
class DemoSessions:
    past: Any
    upcoming: Any
    issued: int


def _at(days: int, hour: int) -> datetime:
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


def clear_demo_sessions(slug: str) -> None:
    """Before the demo laboratory is rebuilt: withdraw what it issued into people's records and
    drop its signed credentials (demo data only; they would keep the laboratory from being
    deleted)."""
    organisation = Organisation.objects.filter(slug=slug).first()
    if organisation is None:
        return
    with transaction.atomic():
        users = Membership.objects.filter(organisation=organisation).values("user_id")
        for activity in Activity.objects.filter(
            owner__in=users, issued_by=organisation.name, deleted_at__isnull=True
        ).select_related("owner"):
            withdraw_issued(activity.owner, activity, "demo data rebuilt")
        Session.objects.filter(organisation=organisation).delete()
        IssuedCredential.objects.filter(organisation=organisation).delete()


def load_demo_sessions(organisation: Any, technician: Any) -> DemoSessions:
    memberships = Membership.objects.filter(organisation=organisation, left_at__isnull=True)
    educator = memberships.filter(role=Role.EDUCATOR).select_related("user", "organisation")
    educator_membership = educator.first() or memberships.filter(role=Role.ADMIN).first()
    if educator_membership is None:
        raise RuntimeError("the demo laboratory has no educator")
    users = [m.user for m in memberships.select_related("user")]
    start = _at(-12, 13)
    past = services.create_session(
        educator_membership,
        SessionFacts(
            title="Antibody identification: panels and rule-outs",
            starts_at=start,
            ends_at=start + timedelta(minutes=100),
            instructional_minutes=90,
            topics=("blood-banking",),
            accreditation="pace",
            provider_number="519",
            program_number="519-112-26",
            level="intermediate",
            location="Tampa Bay Hospital Lab, conference room B",
        ),
        {
            "instructors": "Dana Whitfield, MLS(ASCP)SBB",
            "description": "Reading a panel, ruling out, enzymes and adsorptions; two cases.",
        },
    ).saved
    technicians = [u for u in users if u.pk != educator_membership.user_id][:7]
    if technician not in technicians:
        technicians.append(technician)
    present: dict[int, int | None] = {u.pk: None for u in technicians}
    present[technicians[0].pk] = 60  # left early: 1 contact hour
    services.mark_roster(educator_membership, past, present)
    summary = issue.issue_session(educator_membership.user, past)
    soon = _at(7, 12)
    upcoming = services.create_session(
        educator_membership,
        SessionFacts(
            title="Annual biosafety refresher",
            starts_at=soon,
            ends_at=soon + timedelta(minutes=60),
            instructional_minutes=50,
            topics=("safety",),
            accreditation="employer",
            location="Tampa Bay Hospital Lab, training room",
            capacity=20,
        ),
        {"instructors": "Chris Ortega, MLS(ASCP), safety officer"},
    ).saved
    services.register(technician, upcoming)
    return DemoSessions(past, upcoming, len(summary.issued))
