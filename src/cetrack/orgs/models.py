"""The lab's side: organisations, their sites and departments, memberships with roles.

A person's records stay theirs: a Membership lets the organisation's managers read the
compliance status of the member's credentials (and, logged in AccessLog, the activities and
certificates an inspector needs), never private notes. Leaving sets `left_at`; nothing is
deleted, and a person may belong to several organisations at once.

Reach these rows through `cetrack.orgs.access` (membership_for, members_visible_to); change
them through `cetrack.orgs.services` (one transaction and an AuditEntry per change).
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q

from cetrack.records.models import Revision


class Role(models.TextChoices):
    """What a member may do in an organisation (see docs/lab.md)."""

    MEMBER = "member", "Member"  # a technician: shares their compliance status
    EDUCATOR = "educator", "Educator"  # runs in-service sessions
    MANAGER = "manager", "Manager"  # sees the team's compliance, exports, binders
    ADMIN = "admin", "Administrator"  # members, roles, sites, settings (and all a manager does)


class Organisation(models.Model):
    class Kind(models.TextChoices):
        LAB = "lab", "Laboratory"
        HEALTH_SYSTEM = "health-system", "Health system"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.LAB)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class Site(models.Model):
    """A place where the organisation runs a laboratory (one CLIA certificate each)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="sites")
    name = models.CharField(max_length=200)
    clia_number = models.CharField(max_length=20, blank=True)
    address = models.TextField(blank=True)
    state = models.CharField(max_length=2, blank=True)  # two-letter US code, upper case

    class Meta:
        ordering: ClassVar = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class Department(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="departments"
    )
    site = models.ForeignKey(
        Site, on_delete=models.SET_NULL, null=True, blank=True, related_name="departments"
    )
    name = models.CharField(max_length=200)

    class Meta:
        ordering: ClassVar = ["name", "id"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """One person in one organisation, from `joined_at` until `left_at` (None while current)."""

    Role = Role

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    site = models.ForeignKey(Site, on_delete=models.SET_NULL, null=True, blank=True)
    department = models.ForeignKey(Department, on_delete=models.SET_NULL, null=True, blank=True)
    joined_at = models.DateTimeField(auto_now_add=True)
    left_at = models.DateTimeField(null=True, blank=True)
    # When the member agreed to share their compliance status (shown on the join screen).
    consent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["joined_at", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["organisation", "user"],
                condition=Q(left_at__isnull=True),
                name="one_current_membership",
            )
        ]
        indexes: ClassVar = [models.Index(fields=["organisation", "left_at"])]

    def __str__(self) -> str:
        return f"{self.user} in {self.organisation} ({self.role})"

    @property
    def is_current(self) -> bool:
        return self.left_at is None

    @property
    def sees_team(self) -> bool:
        """Managers and administrators see the team's compliance (cetrack.orgs.access.MANAGERS)."""
        return self.role in (Role.MANAGER, Role.ADMIN)

    @property
    def administers(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def role_label(self) -> str:
        return str(Role(self.role).label) if self.role in Role.values else self.role


class Invitation(models.Model):
    """An e-mailed link to join: single use, expiring; only the token's SHA-256 is kept
    (`cetrack.accounts.models.hash_token`)."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField()
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.MEMBER)
    site = models.ForeignKey(Site, on_delete=models.SET_NULL, null=True, blank=True)
    department = models.ForeignKey(Department, on_delete=models.SET_NULL, null=True, blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    used_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.email} to {self.organisation}"


class AccessLog(models.Model):
    """A manager read a member's records: the member sees every entry on their access page."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    viewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    what = models.CharField(max_length=300)  # in words: "MLS(ASCP) credential page"
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["-at", "-id"]
        indexes: ClassVar = [models.Index(fields=["member", "at"])]


class OrganisationEntries(models.Manager["AuditEntry"]):
    def get_queryset(self) -> models.QuerySet[AuditEntry]:
        return super().get_queryset().filter(organisation__isnull=False)


class AuditEntry(Revision):
    """One change to an organisation (members, roles, sites, invitations, competency, issued
    certificates) and who made it: the organisation's rows of the one audit trail
    (`records.Revision`, written by `cetrack.orgs.services.audit`). `summary` is in words for
    the organisation's history page; `detail` is the row's snapshot."""

    objects: ClassVar[OrganisationEntries] = OrganisationEntries()

    class Meta:
        proxy = True
        ordering: ClassVar = ["-at", "-id"]

    @property
    def detail(self) -> dict[str, Any]:
        return self.snapshot if isinstance(self.snapshot, dict) else {}


class ComplianceSnapshot(models.Model):
    """The engine's verdict on one credential, stored so a team matrix need not re-evaluate.

    Written by `cetrack.orgs.compliance.refresh_members`. Every change to the owner's records
    writes a Revision, and a signal then blanks `version` (stale); a snapshot is read back while
    `version` is set and today lies in [`as_of`, `valid_through`] — the days over which the
    verdict cannot change without a change to the records (see `compliance.valid_through`).
    Amounts are hundredths of `unit` from `CredentialEvaluation.progress` (None: no figure).
    """

    credential = models.OneToOneField(
        "records.Credential", on_delete=models.CASCADE, related_name="compliance_snapshot"
    )
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    rules = models.CharField(max_length=100)
    label = models.CharField(max_length=200)  # the credential's human name, "MLS(ASCP)"
    status = models.CharField(max_length=20)  # met | not_met | not_applicable | unverified
    unit = models.CharField(max_length=20, blank=True)
    counted = models.IntegerField(null=True, blank=True)
    required = models.IntegerField(null=True, blank=True)
    missing = models.IntegerField(null=True, blank=True)
    deadline = models.DateField(null=True, blank=True)
    missing_areas = models.JSONField(default=list, blank=True)  # human names of unmet areas
    findings = models.JSONField(default=list, blank=True)  # documentation findings, in words
    version = models.CharField(max_length=60, blank=True)  # latest Revision id; "" when stale
    as_of = models.DateField()
    valid_through = models.DateField()
    refreshed_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes: ClassVar = [models.Index(fields=["owner"])]


class BinderExport(models.Model):
    """A site's inspection binder, built in the background (cetrack.orgs.binders).

    Building one renders a transcript PDF per member credential, a second or so each, so a big
    site takes minutes: the manager asks for it, and downloads it from the binders page.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting"
        BUILDING = "building", "Being built"
        READY = "ready", "Ready"
        FAILED = "failed", "Failed"

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="binders")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    created_at = models.DateTimeField(auto_now_add=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    members = models.PositiveIntegerField(default=0)
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    filename = models.CharField(max_length=200, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering: ClassVar = ["-created_at", "-id"]
