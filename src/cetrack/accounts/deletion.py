"""Deleting an account: asked for, a grace period, then carried out by a job.

- **Asking** (`request_deletion`): the account is marked to be deleted after
  `CETRACK_DELETION_GRACE_DAYS` (default 14); every browser is signed out, API tokens are
  revoked and the calendar feed switched off at once, and an e-mail says when and how to undo
  it. The page that asks offers the account export first (cetrack.accounts.data_export).
- **Cancelling**: logging in before then (`cancel_deletion`, from the login signal).
- **Carrying out** (`purge`, hourly by the job queue, `purge_due`): everything the person owns
  is deleted — records, certificate files no one else uses, plan, uploads and drafts, pathways
  profile, history, tokens, two-factor devices, e-mail addresses, reminders and notices, the
  log of who viewed their records — and their memberships end. The account row stays,
  anonymised (no e-mail, no password, inactive), with the person's name only, because
  organisations keep records that name them: certificates they issued (which stay verifiable,
  with the name on the signed credential), attendance and competency assessments, and their
  audit entries. See docs/operations.md.
- **During the grace period** nothing is sent to the account (`pending`, `pending_addresses`):
  no reminders or digests (cetrack.reminders), no invitations (cetrack.orgs), no in-service
  notices by e-mail (cetrack.inservice) — only the mail that says the deletion was asked for.
- **The lab's records** (`_lab_records`): funding requests that moved money (paid, reimbursed)
  stay, for the employer's payroll and tax records, without the person's own words (their
  description and justification), with their receipts; every other request of theirs goes with
  its files. Their subscription seats end. In-service attendance stays (the provider keeps
  attendance records); post-test answers go. Competency assessments, qualifications and
  assignments stay as they are: they are the laboratory's personnel records, kept by law.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone

from cetrack.records import audit, evidence

log = logging.getLogger(__name__)


def grace() -> timedelta:
    return timedelta(days=int(getattr(settings, "CETRACK_DELETION_GRACE_DAYS", 14)))


def pending(user: Any) -> bool:
    """The account's deletion is asked for and not carried out yet: nothing is sent to it."""
    return getattr(user, "delete_after", None) is not None and not getattr(user, "deleted_at", None)


def pending_addresses(addresses: Iterable[str]) -> set[str]:
    """Those of `addresses` (lower-cased) that belong to an account in its grace period."""
    from cetrack.accounts.models import User

    wanted = {a.strip().lower() for a in addresses if a}
    if not wanted:
        return set()
    found = User.objects.filter(
        email__in=wanted, delete_after__isnull=False, deleted_at__isnull=True
    ).values_list("email", flat=True)
    return {e.lower() for e in found}


def blockers(user: Any) -> list[str]:
    """Why the account cannot be deleted now: the only administrator of an organisation that
    has other members (it would be left with none)."""
    from cetrack.orgs.models import Membership, Role

    found = []
    mine = Membership.objects.filter(user=user, left_at__isnull=True, role=Role.ADMIN)
    for membership in mine.select_related("organisation"):
        current = Membership.objects.filter(
            organisation_id=membership.organisation_id, left_at__isnull=True
        )
        others = current.exclude(user=user)
        if others.exists() and not others.filter(role=Role.ADMIN).exists():
            found.append(
                f"You are the only administrator of {membership.organisation.name}: make "
                "another member administrator first (Organisations → Members)."
            )
    return found


def request_deletion(user: Any) -> list[str]:
    """Schedule the deletion; returns the blockers instead when there are any."""
    from cetrack.accounts.models import ApiToken

    refused = blockers(user)
    if refused:
        return refused
    now = timezone.now()
    with transaction.atomic():
        user.deletion_requested_at = now
        user.delete_after = now + grace()
        user.save(update_fields=["deletion_requested_at", "delete_after"])
        for token in ApiToken.objects.filter(owner=user, revoked_at__isnull=True):
            ApiToken.revoke(user, token.pk)
        user.revoke_calendar_token()
        when = timezone.localtime(user.delete_after)
        audit.record(
            user,
            "account",
            user.pk,
            "deletion-requested",
            {"delete_after": when},
            summary=f"Account deletion asked for: it will be deleted on {when:%d %b %Y}",
        )
    send_mail(
        "[cetrack] Your account will be deleted",
        (
            f"You asked for your cetrack account ({user.email}) to be deleted. It will be "
            f"deleted on {when:%d %B %Y at %H:%M} ({settings.TIME_ZONE}).\n\n"
            "Changed your mind? Log in before then: that cancels the deletion.\n\n"
            "Your API tokens were revoked and your calendar feed switched off. "
            "Certificates issued to you by an organisation stay verifiable."
        ),
        None,
        [user.email],
        fail_silently=True,
    )
    return []


def cancel_deletion(user: Any) -> bool:
    """Logging in during the grace period keeps the account. True when a deletion was pending."""
    if user.delete_after is None or user.deleted_at is not None:
        return False
    with transaction.atomic():
        user.deletion_requested_at = None
        user.delete_after = None
        user.save(update_fields=["deletion_requested_at", "delete_after"])
        audit.record(
            user, "account", user.pk, "deletion-cancelled", summary="Account deletion cancelled"
        )
    return True


def purge_due(now: Any = None) -> int:
    """Delete every account whose grace period is over; returns how many."""
    from cetrack.accounts.models import User

    due = User.objects.filter(
        delete_after__lte=now or timezone.now(), deleted_at__isnull=True
    ).values_list("pk", flat=True)
    done = 0
    for pk in list(due):
        purge(User.objects.get(pk=pk))
        done += 1
    return done


def _owned_blobs(user: Any) -> set[str]:
    from cetrack.capture.models import UploadedFile
    from cetrack.records.models import Certificate

    found = set(Certificate.objects.filter(owner=user).values_list("blob_id", flat=True))
    found |= set(
        UploadedFile.objects.filter(owner=user, blob__isnull=False).values_list(
            "blob_id", flat=True
        )
    )
    return found


def _delete_owned(user: Any) -> None:
    """Every row that is the person's own."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    from cetrack.accounts.models import ApiToken
    from cetrack.capture.models import Batch, ColumnPreset, Draft, UploadedFile
    from cetrack.inservice.models import Notice
    from cetrack.orgs.models import AccessLog
    from cetrack.planning.models import CareerProfile, PlannedItem
    from cetrack.records.models import Activity, Certificate, Credential, Revision
    from cetrack.reminders.models import Message, Reminder, ReminderSettings

    owned: tuple[Any, ...] = (Draft, UploadedFile, Batch, ColumnPreset, PlannedItem, CareerProfile)
    owned += (Certificate, Activity, Credential, ApiToken)
    for model in owned:
        model.objects.filter(owner=user).delete()
    personal: tuple[Any, ...] = (Reminder, Message, ReminderSettings, Notice)
    for model in (*personal, EmailAddress, Authenticator):
        model.objects.filter(user=user).delete()
    AccessLog.objects.filter(member=user).delete()
    # The person's history goes; an organisation's entries about them stay, without the owner.
    Revision.objects.filter(owner=user, organisation__isnull=True).delete()
    Revision.objects.filter(owner=user).update(owner=None)


MONEY_MOVED = ("paid", "reimbursed")
REMOVED_WORDS = "(removed with the member's account)"


def _lab_records(user: Any, now: Any) -> set[str]:
    """Funding, in-service and competency rows (the module's docstring says what stays and
    why). Returns the blobs of the files removed."""
    from cetrack.funding.models import FundingRequest, RequestFile, Seat
    from cetrack.inservice.models import Attempt

    theirs = FundingRequest.objects.filter(membership__user=user)
    kept = theirs.filter(status__in=MONEY_MOVED)
    kept.update(description="", justification=REMOVED_WORDS, updated_at=now)
    dropped = theirs.exclude(status__in=MONEY_MOVED)
    blobs = set(RequestFile.objects.filter(request__in=dropped).values_list("blob_id", flat=True))
    dropped.delete()  # their files with them
    Seat.objects.filter(membership__user=user, ended_on__isnull=True).update(
        ended_on=timezone.localdate(now)
    )
    Attempt.objects.filter(user=user).delete()
    return blobs


def _end_memberships(user: Any, now: Any) -> None:
    from cetrack.orgs.models import Membership
    from cetrack.orgs.services import audit as org_audit
    from cetrack.orgs.services import person_name

    for membership in Membership.objects.filter(user=user, left_at__isnull=True):
        membership.left_at = now
        membership.consent_at = None
        membership.save(update_fields=["left_at", "consent_at"])
        org_audit(
            membership.organisation_id,
            None,
            "member.deleted",
            f"{person_name(user)}'s account was deleted; their membership ended",
            membership=membership.pk,
        )


def purge(user: Any) -> None:
    """Carry out the deletion of one account (see the module's docstring)."""
    now = timezone.now()
    requested = user.deletion_requested_at
    with transaction.atomic(), audit.acting("job", role="system"):
        blobs = _owned_blobs(user)
        blobs |= _lab_records(user, now)
        _end_memberships(user, now)
        _delete_owned(user)
        user.email = f"deleted-{user.pk}@deleted.invalid"
        user.set_unusable_password()
        user.is_active = user.is_staff = user.is_superuser = False
        user.calendar_token_hash = ""
        user.deletion_requested_at = user.delete_after = None
        user.deleted_at = now
        user.save()
        asked = f" (asked for on {timezone.localtime(requested):%d %b %Y})" if requested else ""
        audit.record(
            None,
            "account",
            user.pk,
            "deleted",
            summary=f"Account #{user.pk} deleted after its grace period{asked}",
        )
    for sha256 in blobs:
        _drop_blob(sha256)


def _drop_blob(sha256: str) -> None:
    """The file, unless someone else's certificate, upload or an organisation's file uses it."""
    from cetrack.records.models import Blob

    try:
        deleted, _ = Blob.objects.filter(pk=sha256).delete()
    except ProtectedError:
        return
    if deleted:
        try:
            evidence.delete(sha256)
        except OSError:
            log.warning("accounts: could not remove the file of blob %s", sha256)
