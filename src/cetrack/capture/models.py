"""Uploads waiting to become activities: a batch of files, the drafts read from each, presets.

A file is stored as a content-addressed Blob the moment it arrives, so nothing a person hands
over is lost even if reading it fails. Reading happens in the background (see jobs.py): a file
row is claimed with a conditional UPDATE, so two workers never read the same file.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models

from cetrack.records.models import Activity, Blob, Certificate


class Batch(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["-created_at", "-pk"]


class UploadedFile(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "waiting"
        READING = "reading", "reading"
        READ = "read", "read"
        FAILED = "failed", "could not be read"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    batch = models.ForeignKey(Batch, on_delete=models.CASCADE, related_name="files")
    blob = models.ForeignKey(Blob, on_delete=models.PROTECT, related_name="+", null=True)
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    claimed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)  # claims so far (see jobs.MAX_ATTEMPTS)
    errors = models.JSONField(default=list, blank=True)  # [{"code", "message", "where"}]
    text = models.TextField(blank=True)  # what was read (PDF text or OCR), for the reviewer
    columns = models.TextField(blank=True)  # a column mapping (TOML) chosen for this file

    class Meta:
        ordering: ClassVar = ["pk"]
        indexes: ClassVar = [models.Index(fields=["status", "claimed_at"])]

    def __str__(self) -> str:
        return self.original_name


class Draft(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", "to review"
        CONFIRMED = "confirmed", "added"
        MERGED = "merged", "merged into an existing activity"
        DISCARDED = "discarded", "discarded"

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    file = models.ForeignKey(UploadedFile, on_delete=models.CASCADE, related_name="drafts")
    position = models.PositiveIntegerField()
    where = models.CharField(max_length=100, blank=True)
    origin = models.CharField(max_length=20)
    fields = models.JSONField(default=dict)  # {name: {"value", "confidence", "source"}}
    notes = models.JSONField(default=list, blank=True)
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    activity = models.ForeignKey(
        Activity, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # What a merge changed, so it can be undone: the fields it filled and the certificate it added.
    merge_filled = models.JSONField(default=dict, blank=True)
    merge_certificate = models.ForeignKey(
        Certificate, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["file_id", "position"]

    def __str__(self) -> str:
        title = self.fields.get("title", {}).get("value", "")
        return str(title) or "Untitled activity"


class ColumnPreset(models.Model):
    """A saved column mapping for a provider's transcript layout."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=100)
    mapping = models.TextField()  # TOML, as `cetrack parse --mapping` reads it
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["name"]
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["owner", "name"], name="one_preset_name_per_owner")
        ]
