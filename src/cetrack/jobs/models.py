from __future__ import annotations

from typing import ClassVar

from django.db import models


class Job(models.Model):
    """One unit of background work. `key` makes asking twice one job (e.g.
    "capture.read_batch:42" or "reminders.pass:2026-12-06")."""

    class State(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        DONE = "done"
        FAILED = "failed"

    kind = models.CharField(max_length=100)
    key = models.CharField(max_length=200, unique=True)
    arguments = models.JSONField(default=dict, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    attempts = models.PositiveIntegerField(default=0)
    lease_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    result = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering: ClassVar = ["id"]
        indexes: ClassVar = [models.Index(fields=["state", "lease_until"])]

    def __str__(self) -> str:
        return f"{self.key} ({self.state})"
