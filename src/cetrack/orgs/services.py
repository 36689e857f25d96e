"""Every change to an organisation: one transaction each, with an AuditEntry saying who did it.

Callers have already checked the actor's role (`cetrack.orgs.access`); these functions check
what only the data can tell (the last administrator cannot leave, an invitation is used once,
a state is a US state) and return problems as data, as `records.services` does.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from cetrack.accounts.models import hash_token
from cetrack.orgs.models import (
    AuditEntry,
    Department,
    Invitation,
    Membership,
    Organisation,
    Role,
    Site,
)
from cetrack.records.audit import record

INVITATION_DAYS = 14
# The 50 states, DC and the territories with their own licensing (Puerto Rico licenses staff).
US_STATES = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "PR",
        "GU",
        "VI",
        "AS",
        "MP",
    ]
)
ROLE_NAMES = dict(Role.choices)


@dataclass
class Outcome:
    """What a change did: the saved object, or the problems that stopped it (field, message)."""

    saved: Any = None
    problems: list[tuple[str | None, str]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def _fail(key: str | None, message: str) -> Outcome:
    return Outcome(problems=[(key, message)])


def audit(
    organisation: Organisation | int, actor: Any, action: str, summary: str, **detail: Any
) -> AuditEntry:
    """A change to the organisation, in the one audit trail (cetrack.records.audit)."""
    org_id = organisation if isinstance(organisation, int) else organisation.pk
    entry: AuditEntry = record(
        None,
        action.split(".", 1)[0],
        None,
        action,
        detail,
        summary=summary,
        organisation=org_id,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        model=AuditEntry,
    )
    return entry


def person_name(user: Any) -> str:
    return str(user.name or user.email)


# -- organisations, sites, departments ---------------------------------------------------------


def _free_slug(name: str) -> str:
    base = slugify(name)[:70] or "organisation"
    slug, number = base, 1
    while Organisation.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def create_organisation(user: Any, name: str, kind: str, *, share: bool) -> Outcome:
    """A new organisation with `user` as its first administrator."""
    name = name.strip()
    if not name:
        return _fail("name", "Give the organisation a name.")
    if kind not in Organisation.Kind.values:
        return _fail("kind", "Choose a laboratory or a health system.")
    with transaction.atomic():
        org = Organisation.objects.create(name=name[:200], slug=_free_slug(name), kind=kind)
        now = timezone.now()
        Membership.objects.create(
            user=user, organisation=org, role=Role.ADMIN, consent_at=now if share else None
        )
        audit(org, user, "organisation.created", f"{person_name(user)} created {org.name}")
    return Outcome(saved=org)


def rename_organisation(actor: Any, org: Organisation, name: str, kind: str) -> Outcome:
    name = name.strip()
    if not name:
        return _fail("name", "Give the organisation a name.")
    if kind not in Organisation.Kind.values:
        return _fail("kind", "Choose a laboratory or a health system.")
    with transaction.atomic():
        before = org.name
        org.name, org.kind = name[:200], kind
        org.save(update_fields=["name", "kind"])
        audit(org, actor, "organisation.updated", f"Renamed from {before} to {org.name}")
    return Outcome(saved=org)


def _site_problems(name: str, state: str, clia: str) -> list[tuple[str | None, str]]:
    problems: list[tuple[str | None, str]] = []
    if not name.strip():
        problems.append(("name", "Give the site a name."))
    if state and state not in US_STATES:
        problems.append(("state", f"'{state[:10]}' is not a US state code such as FL or CA."))
    if clia and (len(clia) != 10 or not clia.isalnum()):
        problems.append(("clia_number", "A CLIA number has 10 characters, e.g. 10D0123456."))
    return problems


def save_site(
    actor: Any,
    org: Organisation,
    *,
    name: str,
    state: str = "",
    clia_number: str = "",
    address: str = "",
    site: Site | None = None,
) -> Outcome:
    """Add a site (site None) or change one of the organisation's sites."""
    state, clia = state.strip().upper(), clia_number.strip().upper()
    problems = _site_problems(name, state, clia)
    if problems:
        return Outcome(problems=problems)
    with transaction.atomic():
        row = site or Site(organisation=org)
        row.name, row.state, row.clia_number = name.strip()[:200], state, clia
        row.address = address.strip()[:2000]
        row.save()
        verb = "Changed" if site else "Added"
        audit(org, actor, "site.saved", f"{verb} site {row.name}", site=row.pk)
    return Outcome(saved=row)


def add_department(actor: Any, org: Organisation, name: str, site: Site | None) -> Outcome:
    if not name.strip():
        return _fail("name", "Give the department a name.")
    if site is not None and site.organisation_id != org.pk:
        return _fail("site", "Choose one of this organisation's sites.")
    with transaction.atomic():
        row = Department.objects.create(organisation=org, site=site, name=name.strip()[:200])
        audit(org, actor, "department.added", f"Added department {row.name}", department=row.pk)
    return Outcome(saved=row)


# -- invitations -----------------------------------------------------------------------------


def invite(
    actor: Any,
    org: Organisation,
    email: str,
    role: str,
    *,
    site: Site | None = None,
    department: Department | None = None,
    join_url: Any = None,
) -> Outcome:
    """Store an invitation and e-mail its link; `extra["token"]` holds the one-time token.

    `join_url(token) -> str` makes the absolute link (the view passes one built from the
    request); without it the link is a path.
    """
    email = email.strip().lower()
    if role not in Role.values:
        return _fail("role", "Choose a role.")
    for place, what in ((site, "site"), (department, "department")):
        if place is not None and place.organisation_id != org.pk:
            return _fail(what, f"Choose one of this organisation's {what}s.")
    token = secrets.token_urlsafe(32)
    link = join_url(token) if join_url else reverse("org-join", args=[token])
    with transaction.atomic():
        row = Invitation.objects.create(
            organisation=org,
            email=email,
            role=role,
            site=site,
            department=department,
            token_hash=hash_token(token),
            invited_by=actor,
            expires_at=timezone.now() + timedelta(days=INVITATION_DAYS),
        )
        audit(
            org,
            actor,
            "invitation.sent",
            f"Invited {email} as {ROLE_NAMES[role]}",
            invitation=row.pk,
        )
        transaction.on_commit(lambda: _send_invitation(actor, org, row, link))
    return Outcome(saved=row, extra={"token": token, "link": link})


def _send_invitation(actor: Any, org: Organisation, row: Invitation, link: str) -> None:
    from cetrack.accounts import deletion

    if deletion.pending_addresses([row.email]):  # nothing goes to an account being deleted
        return
    body = (
        f"{person_name(actor)} invites you to join {org.name} on cetrack as "
        f"{ROLE_NAMES[row.role].lower()}.\n\n"
        "Joining shares with the organisation's managers the compliance status of your "
        "credentials, and the activities and certificates an inspector needs. Your private "
        "notes are never shared, and you can see who viewed your records.\n\n"
        f"Open this link to join (it works once, until "
        f"{timezone.localtime(row.expires_at):%d %B %Y}):\n{link}\n"
    )
    prefix = getattr(settings, "ACCOUNT_EMAIL_SUBJECT_PREFIX", "")
    send_mail(f"{prefix}Join {org.name}", body, None, [row.email], fail_silently=False)


def revoke_invitation(actor: Any, row: Invitation) -> Outcome:
    with transaction.atomic():
        updated = Invitation.objects.filter(
            pk=row.pk, used_at__isnull=True, revoked_at__isnull=True
        ).update(revoked_at=timezone.now())
        if updated:
            audit(
                row.organisation_id,
                actor,
                "invitation.revoked",
                f"Revoked the invitation of {row.email}",
            )
    return Outcome(saved=row)


def invitation_for(token: str) -> Invitation | None:
    """The invitation a link's token names, whatever its state (None when unknown)."""
    if not token or len(token) > 200:
        return None
    return (
        Invitation.objects.select_related("organisation", "site", "department", "invited_by")
        .filter(token_hash=hash_token(token))
        .first()
    )


def invitation_problem(row: Invitation | None) -> str | None:
    """Why an invitation cannot be used, in words; None when it can."""
    if row is None:
        return "This invitation link is not valid. Ask for a new one."
    if row.used_at is not None:
        return "This invitation has already been used. Ask for a new one if you need it."
    if row.revoked_at is not None:
        return "This invitation was withdrawn. Ask the organisation for a new one."
    if row.expires_at <= timezone.now():
        return "This invitation has expired. Ask the organisation for a new one."
    return None


def accept_invitation(user: Any, token: str, *, consent: bool) -> Outcome:
    """Join the organisation an invitation names; single use, and consent is required."""
    if not consent:
        return _fail("consent", "Tick the box to agree to share your compliance status.")
    with transaction.atomic():
        row = invitation_for(token)
        if row is not None:  # lock it, so two tabs cannot both use it
            row = Invitation.objects.select_for_update().get(pk=row.pk)
        problem = invitation_problem(row)
        if problem or row is None:
            return _fail(None, problem or "This invitation link is not valid.")
        if Membership.objects.filter(
            user=user, organisation_id=row.organisation_id, left_at__isnull=True
        ).exists():
            return _fail(None, "You are already a member of this organisation.")
        now = timezone.now()
        try:
            with transaction.atomic():
                membership = Membership.objects.create(
                    user=user,
                    organisation_id=row.organisation_id,
                    role=row.role,
                    site=row.site,
                    department=row.department,
                    consent_at=now,
                )
        except IntegrityError:
            return _fail(None, "You are already a member of this organisation.")
        row.used_at, row.used_by = now, user
        row.save(update_fields=["used_at", "used_by"])
        note = "" if user.email.lower() == row.email else f" (invited as {row.email})"
        audit(
            row.organisation_id,
            user,
            "member.joined",
            f"{person_name(user)} joined as {ROLE_NAMES[row.role]}{note}",
            membership=membership.pk,
        )
    return Outcome(saved=membership)


# -- members ---------------------------------------------------------------------------------


def _other_admins(membership: Membership) -> bool:
    return (
        Membership.objects.filter(
            organisation_id=membership.organisation_id, left_at__isnull=True, role=Role.ADMIN
        )
        .exclude(pk=membership.pk)
        .exists()
    )


def change_member(
    actor: Any,
    membership: Membership,
    *,
    role: str,
    site: Site | None,
    department: Department | None,
) -> Outcome:
    """Change a member's role, site or department (an administrator's act)."""
    if role not in Role.values:
        return _fail("role", "Choose a role.")
    org_id = membership.organisation_id
    for place, what in ((site, "site"), (department, "department")):
        if place is not None and place.organisation_id != org_id:
            return _fail(what, f"Choose one of this organisation's {what}s.")
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        if membership.role == Role.ADMIN and role != Role.ADMIN and not _other_admins(membership):
            return _fail("role", "An organisation needs an administrator: name another first.")
        changes = []
        if membership.role != role:
            changes.append(f"role {ROLE_NAMES[membership.role]} → {ROLE_NAMES[role]}")
        if membership.site_id != (site.pk if site else None):
            changes.append(f"site → {site.name if site else 'none'}")
        if membership.department_id != (department.pk if department else None):
            changes.append(f"department → {department.name if department else 'none'}")
        membership.role, membership.site, membership.department = role, site, department
        membership.save(update_fields=["role", "site", "department"])
        if changes:
            audit(
                org_id,
                actor,
                "member.changed",
                f"{person_name(membership.user)}: {', '.join(changes)}",
                membership=membership.pk,
            )
    return Outcome(saved=membership)


def end_membership(actor: Any, membership: Membership) -> Outcome:
    """The member leaves (or an administrator removes them); every record stays theirs."""
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        if membership.left_at is not None:
            return Outcome(saved=membership)
        if membership.role == Role.ADMIN and not _other_admins(membership):
            return _fail(None, "An organisation needs an administrator: name another first.")
        membership.left_at = timezone.now()
        membership.save(update_fields=["left_at"])
        who = person_name(membership.user)
        summary = (
            f"{who} left"
            if actor.pk == membership.user_id
            else f"{person_name(actor)} removed {who}"
        )
        audit(membership.organisation_id, actor, "member.left", summary, membership=membership.pk)
    return Outcome(saved=membership)


def set_consent(user: Any, membership: Membership, share: bool) -> Outcome:
    """The member starts or stops sharing their compliance status with the organisation."""
    if membership.user_id != user.pk:
        return _fail(None, "Only the member can change what they share.")
    with transaction.atomic():
        membership.consent_at = timezone.now() if share else None
        membership.save(update_fields=["consent_at"])
        verb = "shares" if share else "stopped sharing"
        audit(
            membership.organisation_id,
            user,
            "member.consent",
            f"{person_name(user)} {verb} their compliance status",
            membership=membership.pk,
        )
    return Outcome(saved=membership)
