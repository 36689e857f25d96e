"""Issuing a session: every credited attendee gets, in one transaction each, a signed credential
(cetrack.issuing), a certificate-of-completion PDF and an issued activity in their own records
(records.services.issue_activity) that counts on their dashboard at once.

Issuing is a reconciliation, safe to repeat: an attendee already issued with the same minutes
and the same version of the session is left alone; one whose minutes or session facts changed
is corrected (new credential and certificate, the old credential revoked, the activity updated
with a "corrected" revision); one no longer credited is withdrawn. Each attendance row is
locked while it is reconciled, so two clicks on "Issue" never issue twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from cetrack.core import inservice as core
from cetrack.core.issuing.facts import Accreditation, AchievementFacts, pace_statement
from cetrack.inservice.documents import CertificateContent, certificate_pdf
from cetrack.inservice.models import Attendance, Session
from cetrack.issuing.services import (
    CertificateRefused,
    issue_certificate,
    revoke,
    verification_url,
)
from cetrack.orgs.compliance import credential_name
from cetrack.orgs.services import person_name
from cetrack.records.access import credentials_for
from cetrack.records.services import IssuedFile, issue_activity, withdraw_issued

log = logging.getLogger(__name__)


@dataclass
class IssueSummary:
    issued: list[str] = field(default_factory=list)  # names
    corrected: list[str] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)
    unchanged: int = 0
    not_credited: list[tuple[str, str]] = field(default_factory=list)  # (name, why)
    problems: list[str] = field(default_factory=list)

    def add(self, name: str, result: str, why: str = "") -> None:
        if result == "issued":
            self.issued.append(name)
        elif result == "corrected":
            self.corrected.append(name)
        elif result == "withdrawn":
            self.withdrawn.append(name)
        elif result == "unchanged":
            self.unchanged += 1
        elif result == "not-credited":
            self.not_credited.append((name, why))
        else:
            self.problems.append(f"{name}: {why}")


# -- the facts of one attendee's certificate --------------------------------------------------


def credited(row: Attendance) -> int:
    """Instructional minutes credited to this attendance (0 when not present)."""
    session = row.session
    if not row.method:
        return 0
    if row.method == "online" or row.passed_at is not None:
        return session.instructional_minutes
    if row.roster_minutes is not None:
        return min(row.roster_minutes, session.instructional_minutes)
    return core.credited_minutes(
        session.starts_at,
        session.ends_at,
        session.instructional_minutes,
        row.checked_in_at,
        row.checked_out_at,
    )


def days(session: Session) -> int:
    start = timezone.localtime(session.starts_at).date()
    end = timezone.localtime(session.ends_at).date()
    return (end - start).days + 1


def hundredths(session: Session, minutes: int) -> int:
    return core.contact_hundredths(minutes, session.accreditation, days(session))


def achievement(session: Session, hours: int) -> AchievementFacts:
    """What the signed credential states (the issuing app's one description of an activity)."""
    organisation = session.organisation
    accreditation = Accreditation(
        system=session.accreditation,
        program_number=session.program_number,
        approval_number=session.approval_number,
        statement=pace_statement(organisation.name) if session.accreditation == "pace" else "",
    )
    return AchievementFacts(
        title=session.title,
        date=timezone.localtime(session.starts_at).date(),
        contact_hours=Decimal(hours) / 100,
        provider_name=organisation.name,
        description=session.description[:2000],
        provider_number=session.provider_number,
        accreditation=accreditation,
        level=session.level,
        instructors=tuple(session.instructor_list),
        topics=tuple(session.topics),
        starts_at=session.starts_at,
        ends_at=session.ends_at,
    )


def licence_numbers(user: Any, approvals: list[str]) -> list[str]:
    """The attendee's licence numbers, for Florida's licence-number field: those of the
    approving boards first, else every credential that has one."""
    rows = [c for c in credentials_for(user) if c.license_number]
    matching = [c for c in rows if c.rules.split("/", 1)[0] in approvals]
    return [f"{credential_name(c.rules)} {c.license_number}" for c in (matching or rows)]


def activity_entry(
    session: Session, row: Attendance, hours: int, licences: list[str]
) -> dict[str, Any]:
    """The ledger entry (docs/ledger.md) of the attendee's issued activity."""
    start = timezone.localtime(session.starts_at).date()
    end = timezone.localtime(session.ends_at).date()
    dates: dict[str, Any] = {"completed_on": end} if start == end else {"start": start, "end": end}
    only_licence = licences[0].rsplit(" ", 1)[-1] if len(licences) == 1 else None
    return {
        "title": session.title,
        "provider": session.organisation.name,
        **dates,
        "hours": Decimal(hours) / 100,
        "kind": session.kind,
        "topics": list(session.topics),
        "accreditation": session.accreditation,
        "approvals": list(session.approvals),
        "participant_name": person_name(row.user),
        "course_number": session.program_number,
        "provider_number": session.provider_number,
        "approval_number": session.approval_number,
        "accrediting_agency_number": session.accrediting_agency_number,
        "license_number": only_licence,
        "level": session.level,
        "delivery": "online" if row.method == "online" else "live",
        "evidence": "certificate",
    }


# -- issuing ----------------------------------------------------------------------------------


def issue_session(by: Any, session: Session) -> IssueSummary:
    """Issue (or bring up to date) every attendee's certificate; see the module's docstring."""
    summary = IssueSummary()
    if session.is_cancelled:
        summary.problems.append("this session was cancelled")
        return summary
    if timezone.now() < session.starts_at:
        summary.problems.append("certificates can be issued once the session has started")
        return summary
    rows = session.attendances.select_related("user", "session__organisation", "activity")
    for row in rows:
        if not row.method and row.activity_id is None:
            continue
        result, why = reconcile(row, by)
        summary.add(person_name(row.user), result, why)
    if session.issued_at is None and (summary.issued or summary.corrected):
        Session.objects.filter(pk=session.pk, issued_at__isnull=True).update(
            issued_at=timezone.now()
        )
    return summary


def issue_one(row: Attendance, by: Any = None) -> tuple[str, str]:
    return reconcile(row, by)


def reconcile(row: Attendance, by: Any) -> tuple[str, str]:
    """Bring one attendee's issued certificate in line with their attendance and the session:
    ("issued" | "corrected" | "withdrawn" | "unchanged" | "not-credited" | "problem", why)."""
    with transaction.atomic():
        row = (
            Attendance.objects.select_for_update(of=("self",))
            .select_related("user", "session__organisation", "activity", "credential")
            .get(pk=row.pk)
        )
        session = row.session
        minutes = credited(row)
        hours = hundredths(session, minutes)
        live = row.activity is not None and row.activity.deleted_at is None
        if hours == 0:
            if live:
                _withdraw(row, by, "no longer credited")
                return "withdrawn", ""
            why = (
                f"{minutes} minutes present; at least {core.MINIMUM_MINUTES} are needed"
                if row.method
                else "not present"
            )
            return "not-credited", why
        if live and row.issued_minutes == minutes and row.issued_revision == session.revision:
            return "unchanged", ""
        try:
            _issue(row, session, minutes, hours, by, live)
        except CertificateRefused as refused:
            transaction.set_rollback(True)
            return "problem", "; ".join(refused.problems)
        except _RecordsRefused as refused:
            transaction.set_rollback(True)
            return "problem", str(refused)
        return ("corrected" if live else "issued"), ""


class _RecordsRefused(Exception):
    pass


def _issue(
    row: Attendance, session: Session, minutes: int, hours: int, by: Any, live: bool
) -> None:
    organisation = session.organisation
    facts = achievement(session, hours)
    credential = issue_certificate(
        organisation=organisation,
        recipient_user=row.user,
        recipient_name=person_name(row.user),
        achievement=facts,
        issued_by=by,
    )
    url = verification_url(credential)
    licences = licence_numbers(row.user, list(session.approvals))
    signer = session.created_by if by is None else by
    content = CertificateContent(
        participant=person_name(row.user),
        title=session.title,
        provider=organisation.name,
        provider_number=session.provider_number,
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        hours_text=facts.hours_text,
        minutes=minutes,
        accreditation=session.accreditation,
        program_number=session.program_number,
        approval_number=session.approval_number,
        accrediting_agency_number=session.accrediting_agency_number,
        approvals=list(session.approvals),
        level=session.level,
        topics=list(session.topics),
        instructors=session.instructor_list,
        licence_numbers=licences,
        delivery="online" if row.method == "online" else "live",
        statement=facts.accreditation.statement if facts.accreditation else "",
        signer=person_name(signer) if signer is not None else "",
        signer_role=f"Educator, {organisation.name}" if signer is not None else "",
        verify_url=url,
        credential_id=str(credential.pk),
        revision=session.revision,
    )
    day = timezone.localtime(session.starts_at).date().isoformat()
    name = f"certificate-{slugify(session.title)[:50] or 'in-service'}-{day}.pdf"
    outcome = issue_activity(
        row.user,
        activity_entry(session, row, hours, licences),
        issuer=organisation.name,
        verify_url=url,
        certificate=IssuedFile(name, certificate_pdf(content)),
        activity=row.activity if live else None,
    )
    if not outcome.ok:
        raise _RecordsRefused("; ".join(message for _, message in outcome.problems))
    if row.credential is not None:
        revoke(row.credential, by, f"corrected: replaced by certificate {credential.pk}")
    row.activity = outcome.saved
    row.credential = credential
    row.issued_minutes = minutes
    row.issued_revision = session.revision
    row.save(
        update_fields=["activity", "credential", "issued_minutes", "issued_revision", "updated_at"]
    )


def _withdraw(row: Attendance, by: Any, reason: str) -> None:
    if row.credential is not None:
        revoke(row.credential, by, f"withdrawn: {reason}")
    if row.activity is not None and row.activity.deleted_at is None:
        withdraw_issued(row.user, row.activity, reason)
    row.issued_minutes = row.issued_revision = None
    row.save(update_fields=["issued_minutes", "issued_revision", "updated_at"])


def withdraw(membership: Any, row: Attendance, reason: str = "taken off the roster") -> None:
    """Revoke the person's certificate and take back the issued activity (the educator took
    them off the roster, or revoked the certificate with a reason). They are told."""
    from cetrack.inservice.services import notify

    with transaction.atomic():
        row = (
            Attendance.objects.select_for_update(of=("self",))
            .select_related("user", "activity", "credential", "session__organisation")
            .get(pk=row.pk)
        )
        if row.credential is None or row.credential.revoked_at is not None:
            return
        _withdraw(row, membership.user, reason)
        row.method, row.checked_in_at, row.checked_out_at = "", None, None
        row.roster_minutes = row.passed_at = None
        row.save()
    session = row.session
    notify(
        [row.user],
        session,
        f"{session.organisation.name} revoked your certificate for “{session.title}” ({reason}).",
        subject=f"Certificate revoked: {session.title}",
    )


def correct(membership: Any, session: Session) -> IssueSummary:
    """After the session's facts changed: re-issue every issued attendee and tell them."""
    from cetrack.inservice.services import notify

    summary = issue_session(membership.user, session)
    changed = [
        row.user
        for row in session.attendances.select_related("user").filter(
            issued_revision=session.revision
        )
    ]
    if changed:
        notify(
            changed,
            session,
            f"“{session.title}” was corrected by {session.organisation.name}; your activity and "
            "certificate were updated (the previous certificate is revoked).",
            subject=f"Corrected: {session.title}",
        )
    return summary
