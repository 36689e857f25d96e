"""Signed certificates an organisation issues, its signing keys and its revocation lists.

Reach and change these rows through `cetrack.issuing.services` (issue, revoke, rotate) and
`cetrack.issuing.keystore` (keys); the public pages read them through `cetrack.issuing.views`.
See docs/certificates.md.
"""

from __future__ import annotations

import uuid
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


class OrganisationKey(models.Model):
    """An organisation's Ed25519 signing key. The private key is stored encrypted (Fernet, see
    keystore.py); a retired key stays so that what it signed still verifies."""

    organisation = models.ForeignKey(
        "orgs.Organisation", on_delete=models.CASCADE, related_name="signing_keys"
    )
    public_key_multibase = models.CharField(max_length=100, unique=True)
    private_key_encrypted = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)
    retired_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["created_at", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["organisation"],
                condition=Q(retired_at__isnull=True),
                name="one_active_signing_key",
            )
        ]

    def __str__(self) -> str:
        return self.public_key_multibase


class StatusList(models.Model):
    """One W3C Bitstring Status List of an organisation (revocation), with its signed
    credential as served at /orgs/<slug>/status/<number>."""

    organisation = models.ForeignKey(
        "orgs.Organisation", on_delete=models.CASCADE, related_name="status_lists"
    )
    purpose = models.CharField(max_length=20, default="revocation")
    number = models.PositiveIntegerField(default=1)
    size = models.PositiveIntegerField(default=131_072)
    bits = models.BinaryField()
    used = models.PositiveIntegerField(default=0)  # indexes handed out
    credential = models.JSONField(default=dict)  # the signed BitstringStatusListCredential
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["organisation", "purpose", "number"], name="one_status_list_number"
            )
        ]


class IssuedCredential(models.Model):
    """One signed certificate: the Open Badges 3.0 credential (embedded proof) and its JWT."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organisation = models.ForeignKey(
        "orgs.Organisation", on_delete=models.CASCADE, related_name="issued_credentials"
    )
    recipient_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="certificates_received",
    )
    recipient_name = models.CharField(max_length=200)
    achievement = models.JSONField()  # core.issuing.facts.facts_json
    credential = models.JSONField()
    jwt = models.TextField()
    status_list = models.ForeignKey(StatusList, on_delete=models.PROTECT, related_name="+")
    status_index = models.PositiveIntegerField()
    issued_at = models.DateTimeField()
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoke_reason = models.CharField(max_length=500, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering: ClassVar = ["-issued_at", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["status_list", "status_index"], name="one_status_bit")
        ]
        indexes: ClassVar = [models.Index(fields=["organisation", "issued_at"])]

    def __str__(self) -> str:
        return f"{self.achievement.get('title', '')} — {self.recipient_name}"

    @property
    def title(self) -> str:
        return str(self.achievement.get("title", ""))
