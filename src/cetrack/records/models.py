"""A person's credentials, activities and certificate files, mirroring the ledger format.

Every row has an owner and is reached through `cetrack.records.access`. Nothing is deleted:
`deleted_at` hides a row, and every change writes a Revision with a snapshot of the row.
Columns carry the ledger's keys (docs/ledger.md) so that a user's data converts to the core's
ledger objects, and to a ledger file, without loss.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class ImportBatch(models.Model):
    """A large import being written in short transactions (cetrack.records.staging). Its rows
    carry the batch and stay out of sight — `objects` leaves them out, and they are marked
    deleted too — until one short transaction swaps them all in at the end; an import that
    fails, or a process killed half-way, leaves nothing anyone sees (the rows are removed)."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    started_at = models.DateTimeField(default=timezone.now)
    source = models.CharField(max_length=200, blank=True)

    def __str__(self) -> str:
        return f"import {self.pk} of {self.source or 'a ledger'}"


class LiveManager(models.Manager):  # type: ignore[type-arg]
    """Rows of an import still being written are no one's yet: every query leaves them out."""

    def get_queryset(self) -> models.QuerySet:  # type: ignore[type-arg]
        return super().get_queryset().filter(import_batch__isnull=True)


class Owned(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    # Set while an import writes this row (cetrack.records.staging); None once it is in.
    import_batch = models.ForeignKey(
        ImportBatch, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )

    objects = LiveManager()
    with_staged = models.Manager()  # also the rows of imports still being written

    class Meta:
        abstract = True


class Credential(Owned):
    ledger_id = models.CharField(max_length=100)
    rules = models.CharField(max_length=100)  # a rule-set id such as "ascp/MLS"
    cycle_end = models.DateField(null=True, blank=True)
    certified_on = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, default="active")
    license_number = models.CharField(max_length=100, blank=True)
    categories = models.JSONField(default=list, blank=True)
    categories_added_on = models.JSONField(default=dict, blank=True)  # topic -> ISO date
    first_licensed_on = models.DateField(null=True, blank=True)
    # Licensed at a higher level (e.g. Florida supervisor or director) on this date.
    upgraded_on = models.DateField(null=True, blank=True)
    roles = models.JSONField(default=list, blank=True)
    notes = models.TextField(blank=True)

    class Meta:
        ordering: ClassVar = ["created_at", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["owner", "ledger_id"],
                condition=Q(deleted_at__isnull=True),
                name="credential_id_unique_per_owner",
            )
        ]

    def __str__(self) -> str:
        return f"{self.rules} ({self.ledger_id})"


class Activity(Owned):
    ledger_id = models.CharField(max_length=100)
    title = models.CharField(max_length=300)
    provider = models.CharField(max_length=200, blank=True)
    start = models.DateField()
    end = models.DateField(db_index=True)
    amount_unit = models.CharField(max_length=20)  # one of the ledger's amount fields
    amount_value = models.DecimalField(max_digits=9, decimal_places=2)
    kind = models.CharField(max_length=40, default="course")
    topics = models.JSONField(default=list, blank=True)
    accreditation = models.CharField(max_length=100, default="none")
    participant_name = models.CharField(max_length=200, blank=True)
    course_number = models.CharField(max_length=100, blank=True)
    provider_number = models.CharField(max_length=100, blank=True)
    approval_number = models.CharField(max_length=100, blank=True)
    accrediting_agency_number = models.CharField(max_length=100, blank=True)
    license_number = models.CharField(max_length=100, blank=True)
    approvals = models.JSONField(default=list, blank=True)
    break_minutes = models.PositiveIntegerField(null=True, blank=True)
    evidence = models.CharField(max_length=40, blank=True)
    level = models.CharField(max_length=40, blank=True)
    delivery = models.CharField(max_length=40, blank=True)
    notes = models.TextField(blank=True)
    # The ledger's `certificate` text when no file was uploaded (e.g. a path in an imported ledger).
    certificate_reference = models.CharField(max_length=300, blank=True)
    # Issued by an organisation (an in-service certificate, a confirmed committee role): the
    # facts it vouches for (ISSUED_COLUMNS) are locked; only the issuer corrects them, through
    # `services.issue_activity`. `issued_by` is the organisation's name as shown to the owner.
    issued_by = models.CharField(max_length=200, blank=True)
    issued_at = models.DateTimeField(null=True, blank=True)
    verify_url = models.CharField(max_length=300, blank=True)  # the issuer's public check
    # Hidden by its owner: kept and listed, left out of every evaluation until shown again.
    hidden_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-end", "-id"]
        indexes: ClassVar = [models.Index(fields=["owner", "deleted_at", "end"])]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["owner", "ledger_id"],
                condition=Q(deleted_at__isnull=True),
                name="activity_id_unique_per_owner",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_issued(self) -> bool:
        return self.issued_at is not None

    @property
    def amount_label(self) -> str:
        from cetrack.records.presenters import quantity

        return quantity(Decimal(self.amount_value), self.amount_unit)


# The columns an issuer vouches for: an issued activity's owner may change only its id and notes.
ISSUED_COLUMNS = (
    "title",
    "provider",
    "start",
    "end",
    "amount_unit",
    "amount_value",
    "break_minutes",
    "kind",
    "topics",
    "accreditation",
    "approvals",
    "participant_name",
    "course_number",
    "provider_number",
    "approval_number",
    "accrediting_agency_number",
    "license_number",
    "evidence",
    "level",
    "delivery",
    "certificate_reference",
)


class Blob(models.Model):
    """File content, stored once under its SHA-256 (see cetrack.records.evidence)."""

    sha256 = models.CharField(max_length=64, primary_key=True)
    size = models.PositiveBigIntegerField()
    content_type = models.CharField(max_length=100)
    created_at = models.DateTimeField(auto_now_add=True)


class Certificate(Owned):
    """A user's certificate file, attached to one activity, with the name it was uploaded as."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="certificates")
    blob = models.ForeignKey(Blob, on_delete=models.PROTECT, related_name="+")
    original_name = models.CharField(max_length=255)
    # Issued with the activity by its organisation: only the issuer replaces it.
    issued = models.BooleanField(default=False)

    class Meta:
        ordering: ClassVar = ["created_at", "id"]

    def __str__(self) -> str:
        return self.original_name


class Revision(models.Model):
    """One change, in the one audit trail (cetrack.records.audit): what was done to which
    object, the row as it was afterwards (`snapshot`), who did it in what role, when, and
    through which channel.

    `owner` is the person whose data changed (their records, account, plan or capture); it is
    empty for a change to an organisation only, whose rows carry `organisation` (read through
    the `orgs.AuditEntry` proxy). Rows are never changed or deleted with the record they
    describe: a deleted activity keeps its history.
    """

    class Action(models.TextChoices):
        CREATED = "created"
        UPDATED = "updated"
        DELETED = "deleted"
        RESTORED = "restored"
        IMPORTED = "imported"
        ATTACHED = "attached"
        DETACHED = "detached"
        ISSUED = "issued"  # created by an organisation (in-service, confirmation)
        CORRECTED = "corrected"  # the issuer changed issued facts
        HIDDEN = "hidden"  # left out of evaluation by its owner
        SHOWN = "shown"  # counted again

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    # credential | activity | certificate | token | calendar | password | email | two-factor |
    # account | planned-item | pathways-profile | capture-draft | an organisation's own
    # ("member", "site", "competency", ...: the first part of its action)
    object_type = models.CharField(max_length=40)
    object_id = models.BigIntegerField(null=True, blank=True)
    action = models.CharField(max_length=40)
    snapshot = models.JSONField(default=dict, blank=True)
    summary = models.CharField(max_length=300, blank=True)  # in words, where the row needs it
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    actor_role = models.CharField(max_length=20, blank=True)  # audit.ROLES; "" before the trail
    channel = models.CharField(max_length=20, blank=True)  # audit.CHANNELS; "" before the trail
    organisation = models.ForeignKey(
        "orgs.Organisation", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering: ClassVar = ["-at", "-id"]
        indexes: ClassVar = [models.Index(fields=["owner", "object_type", "object_id"])]

    @property
    def label(self) -> str:
        snapshot = self.snapshot if isinstance(self.snapshot, dict) else {}
        return str(snapshot.get("title") or snapshot.get("rules") or snapshot.get("name") or "")

    @property
    def who(self) -> str:
        """'Dana Whitfield (manager)', 'the system'; the actor's name survives their account."""
        from cetrack.records.audit import ROLES

        if self.actor_role == "system" or (self.actor_id is None and not self.actor_role):
            return "the system" if self.actor_role == "system" else "not recorded"
        actor = self.actor
        if actor is None and isinstance(self.snapshot, dict) and self.snapshot.get("_by"):
            return str(self.snapshot["_by"])  # history imported from another cetrack
        name = (actor.name or actor.email) if actor is not None else "a deleted account"
        role = ROLES.get(self.actor_role, self.actor_role)
        return f"{name} ({role})" if role else str(name)

    @property
    def what(self) -> str:
        from cetrack.records.audit import describe

        return describe(self)

    @property
    def where(self) -> str:
        from cetrack.records.audit import CHANNELS

        return CHANNELS.get(self.channel, self.channel) or "not recorded"
