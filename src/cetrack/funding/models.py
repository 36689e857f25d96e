"""CE funding rows: budgets per organisation, department and member for a year; funding requests
(tuition, a CE item, a workshop or conference) with their decision, payment, tax treatment,
repayment terms, files and the activity they led to; subscriptions to CE platforms with their
seats.

The words and the payment-status moves are `cetrack.core.funding`'s; every change goes through
`cetrack.funding.services` or `cetrack.funding.subscriptions` (one transaction and an
`orgs.AuditEntry` each); pages and the API reach rows through `cetrack.funding.access`. Nothing
is deleted: requests are cancelled or denied, files hidden, seats and subscriptions ended.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q

from cetrack.core.funding import FILE_KINDS, KINDS, STATUSES, TAX_TREATMENTS


def _choices(table: dict[str, str]) -> list[tuple[str, str]]:
    return list(table.items())


class Budget(models.Model):
    """What the organisation sets aside for CE funding in a year: for itself, for a department,
    or for each member (`membership` None: every member's allowance; set: one person's)."""

    class Scope(models.TextChoices):
        ORGANISATION = "organisation", "The whole organisation"
        DEPARTMENT = "department", "A department"
        MEMBER = "member", "Each member"

    organisation = models.ForeignKey(
        "orgs.Organisation", on_delete=models.CASCADE, related_name="funding_budgets"
    )
    year = models.PositiveSmallIntegerField()
    scope = models.CharField(max_length=20, choices=Scope.choices)
    department = models.ForeignKey(
        "orgs.Department", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    membership = models.ForeignKey(
        "orgs.Membership", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    amount = models.DecimalField(max_digits=10, decimal_places=2)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering: ClassVar = ["year", "scope", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["organisation", "year"],
                condition=Q(scope="organisation"),
                name="funding_one_organisation_budget",
            ),
            models.UniqueConstraint(
                fields=["organisation", "year", "department"],
                condition=Q(scope="department"),
                name="funding_one_department_budget",
            ),
            models.UniqueConstraint(
                fields=["organisation", "year"],
                condition=Q(scope="member", membership__isnull=True),
                name="funding_one_member_allowance",
            ),
            models.UniqueConstraint(
                fields=["organisation", "year", "membership"],
                condition=Q(scope="member", membership__isnull=False),
                name="funding_one_budget_per_member",
            ),
        ]


class FundingRequest(models.Model):
    """A member asks the organisation to pay for tuition, a CE item or an event; a manager
    approves (with an override reason when a budget would be exceeded) or denies it; the
    payment is recorded with its tax treatment."""

    organisation = models.ForeignKey(
        "orgs.Organisation", on_delete=models.CASCADE, related_name="funding_requests"
    )
    membership = models.ForeignKey(
        "orgs.Membership", on_delete=models.CASCADE, related_name="funding_requests"
    )
    kind = models.CharField(max_length=20, choices=_choices(KINDS))
    title = models.CharField(max_length=300)
    provider = models.CharField(max_length=200, blank=True)
    catalogue_item = models.CharField(max_length=100, blank=True)  # a catalogue id (API, files)
    description = models.TextField(blank=True)
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    cost = models.DecimalField(max_digits=10, decimal_places=2)
    justification = models.TextField()
    budget_year = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=20, choices=_choices(STATUSES), default="requested")
    attendance_expected = models.BooleanField(default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # The decision
    approved_amount = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True)
    overrun = models.TextField(blank=True)  # the budgets it exceeded when approved, in words
    override_reason = models.TextField(blank=True)
    cancel_reason = models.TextField(blank=True)
    repayment_terms = models.TextField(blank=True)
    tax_treatment = models.CharField(max_length=20, choices=_choices(TAX_TREATMENTS), blank=True)
    # The payment
    paid_amount = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    paid_on = models.DateField(null=True, blank=True)
    section_127_amount = models.DecimalField(
        max_digits=10, decimal_places=2, default=Decimal("0.00")
    )
    excess_amount = models.DecimalField(max_digits=10, decimal_places=2, default=Decimal("0.00"))
    excess_treatment = models.CharField(max_length=20, choices=_choices(TAX_TREATMENTS), blank=True)
    # What came of it
    grade = models.CharField(max_length=40, blank=True)
    activity = models.ForeignKey(
        "records.Activity", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering: ClassVar = ["-created_at", "-id"]
        indexes: ClassVar = [
            models.Index(fields=["organisation", "status"]),
            models.Index(fields=["organisation", "budget_year"]),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)

    @property
    def status_label(self) -> str:
        return STATUSES.get(self.status, self.status)

    @property
    def tax_treatment_label(self) -> str:
        return TAX_TREATMENTS.get(self.tax_treatment, "")

    @property
    def excess_treatment_label(self) -> str:
        return TAX_TREATMENTS.get(self.excess_treatment, "")

    @property
    def charged(self) -> Decimal:
        """What the request takes from its budgets: the payment once made, else the approval."""
        if self.paid_amount is not None:
            return self.paid_amount
        return self.approved_amount if self.approved_amount is not None else Decimal("0.00")


class RequestFile(models.Model):
    """A receipt, grade report or certificate attached to a request, stored once by SHA-256 in
    the records evidence store."""

    request = models.ForeignKey(FundingRequest, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(max_length=20, choices=_choices(FILE_KINDS))
    blob = models.ForeignKey("records.Blob", on_delete=models.PROTECT, related_name="+")
    original_name = models.CharField(max_length=255)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["uploaded_at", "id"]

    @property
    def kind_label(self) -> str:
        return FILE_KINDS.get(self.kind, self.kind)


class Subscription(models.Model):
    """The organisation pays a CE platform for seats; the catalogue items it includes (listed,
    or every item of the provider) cost the members holding a seat nothing in their plans."""

    organisation = models.ForeignKey(
        "orgs.Organisation", on_delete=models.CASCADE, related_name="funding_subscriptions"
    )
    provider = models.CharField(max_length=200)  # as the catalogue names it: "LabCE (MediaLab)"
    name = models.CharField(max_length=200, blank=True)  # the plan: "Institutional, 10 seats"
    seats = models.PositiveIntegerField()
    renews_on = models.DateField()
    cost = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    items = models.JSONField(default=list, blank=True)  # catalogue ids
    all_items = models.BooleanField(default=False)  # every catalogue item of the provider
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    ended_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["provider", "id"]

    def __str__(self) -> str:
        return f"{self.provider} subscription"


class Seat(models.Model):
    """A member holds one of a subscription's seats from `assigned_on` until `ended_on`."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="seats_held"
    )
    membership = models.ForeignKey(
        "orgs.Membership", on_delete=models.CASCADE, related_name="funding_seats"
    )
    assigned_on = models.DateField()
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    ended_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["assigned_on", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["subscription", "membership"],
                condition=Q(ended_on__isnull=True),
                name="funding_one_current_seat",
            )
        ]
