"""Professional involvement a member recorded (committee service, presentations given,
mentoring) confirmed by an educator or manager of their organisation.

The member asks; the organisation confirms with a signed letter (a PDF stored as the
activity's issued certificate, evidence "employer-letter") and the activity then carries the
organisation's verification, locked like any issued activity; or it declines with a reason.
"""

from __future__ import annotations

from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from cetrack.core.inservice import INVOLVEMENT_KINDS
from cetrack.core.ledger_writer import activity_table
from cetrack.inservice.documents import LetterContent, letter_pdf
from cetrack.inservice.models import Confirmation
from cetrack.inservice.services import notify
from cetrack.orgs.services import person_name
from cetrack.records.access import activities_for
from cetrack.records.bridge import core_activity
from cetrack.records.models import Activity
from cetrack.records.services import IssuedFile, Outcome, issue_activity


def involvement_of(user: Any) -> list[Activity]:
    """The member's own activities that an organisation could confirm."""
    return list(activities_for(user).filter(kind__in=INVOLVEMENT_KINDS).order_by("-end", "-id"))


def request_confirmation(user: Any, membership: Any, activity: Activity, role: str) -> Outcome:
    """`membership`: the user's own current membership of the organisation asked."""
    if activity.owner_id != user.pk or activity.kind not in INVOLVEMENT_KINDS:
        return Outcome(
            problems=[(None, "only your committee, presentation or mentoring activities")]
        )
    if activity.is_issued:
        return Outcome(problems=[(None, f"already confirmed by {activity.issued_by}")])
    try:
        with transaction.atomic():
            found = Confirmation.objects.create(
                organisation=membership.organisation,
                activity=activity,
                requested_by=user,
                role=role.strip()[:200],
            )
    except IntegrityError:
        return Outcome(
            problems=[(None, "you already asked this organisation; it has not answered")]
        )
    return Outcome(saved=found)


def confirm(membership: Any, confirmation: Confirmation) -> Outcome:
    """Confirm with a signed letter; the activity becomes issued by the organisation."""
    if confirmation.status != Confirmation.Status.REQUESTED:
        return Outcome(problems=[(None, "this request was already answered")])
    organisation = membership.organisation
    activity = confirmation.activity
    member = activity.owner
    signer = membership.user
    letter = LetterContent(
        organisation=organisation.name,
        member=person_name(member),
        kind=activity.kind,
        title=activity.title,
        role=confirmation.role,
        start=activity.start,
        end=activity.end,
        amount=activity.amount_label,
        signer=person_name(signer),
        signer_role=f"{membership.role_label}, {organisation.name}",
        confirmed_on=timezone.localdate(),
        reference=f"{organisation.slug}-C{confirmation.pk}",
    )
    entry = {**activity_table(core_activity(activity)), "evidence": "employer-letter"}
    entry.pop("certificate", None)
    with transaction.atomic():
        row = Confirmation.objects.select_for_update().get(pk=confirmation.pk)
        if row.status != Confirmation.Status.REQUESTED:
            return Outcome(problems=[(None, "this request was already answered")])
        outcome = issue_activity(
            member,
            entry,
            issuer=organisation.name,
            certificate=IssuedFile(
                f"confirmation-{slugify(activity.title)[:50] or 'letter'}.pdf", letter_pdf(letter)
            ),
            activity=activity,
        )
        if not outcome.ok:
            transaction.set_rollback(True)
            return outcome
        row.status = Confirmation.Status.CONFIRMED
        row.decided_by, row.decided_at = signer, timezone.now()
        row.letter = activity.certificates.filter(issued=True, deleted_at__isnull=True).first()
        row.save()
    notify(
        [member],
        None,
        f"{organisation.name} confirmed “{activity.title}”; the signed letter is attached to it.",
        subject=f"Confirmed: {activity.title}",
    )
    return Outcome(saved=row)


def decline(membership: Any, confirmation: Confirmation, reason: str) -> Outcome:
    if confirmation.status != Confirmation.Status.REQUESTED:
        return Outcome(problems=[(None, "this request was already answered")])
    reason = reason.strip()[:300]
    if not reason:
        return Outcome(problems=[("reason", "say why, so the member can correct it")])
    updated = Confirmation.objects.filter(
        pk=confirmation.pk, status=Confirmation.Status.REQUESTED
    ).update(
        status=Confirmation.Status.DECLINED,
        decided_by=membership.user,
        decided_at=timezone.now(),
        reason=reason,
    )
    if not updated:
        return Outcome(problems=[(None, "this request was already answered")])
    title = confirmation.activity.title
    notify(
        [confirmation.activity.owner],
        None,
        f"{membership.organisation.name} did not confirm “{title}”: {reason}",
        subject=f"Not confirmed: {title}",
    )
    return Outcome(saved=confirmation)
