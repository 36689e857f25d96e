"""The site's CE catalogue entries, each person's planned items, and their career profile.

`CatalogueEntry` rows are managed by staff (Django admin, `cetrack manage load_catalogue`);
the site's catalogue is the shipped starter catalogue plus these rows, read through the core's
catalogue reader (see `cetrack.planning.catalogue`), so a row is held to exactly the rules of a
catalogue file. Columns mirror `cetrack.core.catalogue.model.CatalogueItem`; a blank column is a
fact nobody stated and stays blank.

`PlannedItem` and `CareerProfile` belong to one user and are reached through
`cetrack.planning.access`.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q

from cetrack.core.catalogue.files import MAX_ID, MAX_TEXT
from cetrack.core.catalogue.model import FORMATS, ITEM_KINDS, RECURRENCES, UNITS


def _choices(values: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(value, value) for value in values]


class CatalogueEntry(models.Model):
    """One catalogue item kept in the database (an id also in the starter catalogue overrides it)."""

    # Text columns keep whatever the catalogue reader accepts (MAX_TEXT characters).
    item_id = models.CharField("id", max_length=MAX_ID)
    kind = models.CharField(max_length=40, choices=_choices(ITEM_KINDS))
    title = models.CharField(max_length=MAX_TEXT)
    provider = models.CharField(max_length=MAX_TEXT, blank=True)
    amount = models.DecimalField(
        "credit", max_digits=12, decimal_places=3, null=True, blank=True, help_text="in `unit`"
    )
    unit = models.CharField(max_length=20, choices=_choices(UNITS), default="hours")
    topics = models.JSONField(default=list, blank=True, help_text="ledger topic ids")
    price = models.DecimalField(
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="US dollars; blank: not stated, or only sold in a package that includes it",
    )
    member_price = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    accreditation = models.CharField(max_length=40, default="none", blank=True)
    accreditation_number = models.CharField(max_length=MAX_TEXT, blank=True)
    approval_expires = models.DateField(null=True, blank=True)
    format = models.CharField(max_length=20, choices=_choices(FORMATS), default="online")
    start = models.DateField(null=True, blank=True)
    end = models.DateField(null=True, blank=True)
    location = models.CharField(max_length=MAX_TEXT, blank=True)
    includes = models.JSONField(default=list, blank=True, help_text="ids this item unlocks")
    approvals = models.JSONField(default=list, blank=True, help_text="board ids, such as fl")
    level = models.CharField(max_length=MAX_TEXT, blank=True)
    url = models.CharField(max_length=MAX_TEXT, blank=True)
    seen_on = models.CharField("seen", max_length=10, blank=True, help_text="YYYY[-MM[-DD]]")
    recurs = models.CharField(max_length=20, choices=_choices(RECURRENCES), blank=True)
    usual_month = models.PositiveSmallIntegerField(null=True, blank=True)
    leads_to = models.JSONField(default=list, blank=True, help_text="credential ids")
    activity_kind = models.CharField(max_length=40, blank=True)
    employer_paid = models.BooleanField(default=False)
    synthetic = models.BooleanField(default=False)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["item_id"]
        verbose_name_plural = "catalogue entries"
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["item_id"],
                condition=Q(deleted_at__isnull=True),
                name="catalogue_item_id_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} [{self.item_id}]"


class PlannedItem(models.Model):
    """A catalogue item a person means to take, with what it was expected to cost."""

    class State(models.TextChoices):
        PLANNED = "planned", "planned"
        DONE = "done", "done"
        DROPPED = "dropped", "dropped"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    item_id = models.CharField(max_length=MAX_ID)
    title = models.CharField(
        max_length=MAX_TEXT
    )  # copied: the catalogue may change or drop the item
    planned_for = models.DateField(null=True, blank=True)
    price = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    via = models.CharField(
        max_length=MAX_ID, blank=True
    )  # the package or conference that unlocks it
    state = models.CharField(max_length=20, choices=State.choices, default=State.PLANNED)
    activity = models.ForeignKey(
        "records.Activity", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering: ClassVar = ["planned_for", "created_at", "id"]
        indexes: ClassVar = [models.Index(fields=["owner", "state"])]

    def __str__(self) -> str:
        return self.title


class CareerProfile(models.Model):
    """What a person brings toward the next credential (degrees, credentials, experience), as
    JSON in the shape `cetrack.planning.profiles` reads, and the credential they aim for."""

    owner = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    target = models.CharField(max_length=100, blank=True)
    data = models.JSONField(default=dict, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"career profile of {self.owner_id}"
