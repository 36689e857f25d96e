"""Reminder e-mails: each person's settings, the outbox, and one row per reminder sent.

`Reminder` is the idempotency key: one row per person, event (kind, subject, due date) and
threshold, under a unique constraint, inserted — *claimed* — before the e-mail is sent. A
`Message` is one e-mail carrying the reminders claimed with it (one person, one pass); it is
`claimed` until the mail server accepted it, then `sent`. See docs/reminders.md for what a
crash at each step does.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.db import models

from cetrack.reminders.schedule import LEAD_DAYS, OVERDUE_EVERY_DAYS


class Kind(models.TextChoices):
    """What a reminder is about; each is switched on and off in Settings."""

    DEADLINE = "deadline", "Renewal deadlines (90, 60, 30 and 7 days before)"
    DECLARATION = "declaration", "A declaration window opening (ASCP)"
    OVERDUE = "overdue", "Renewals past their deadline"
    COMPETENCY = "competency", "Competency assessments due, overdue or not cleared"
    DRAFTS = "drafts", "Imported certificates waiting for review"
    DIGEST = "digest", "Weekly team digest (managers)"


# What an unsubscribe link or a footer calls each kind, in a sentence.
SHORT_NAMES = {
    "deadline": "renewal deadlines",
    "declaration": "declaration windows",
    "overdue": "overdue renewals",
    "competency": "competency assessments",
    "drafts": "imports waiting for review",
    "digest": "the weekly digest",
}


def _default_leads() -> list[int]:
    return list(LEAD_DAYS)


class ReminderSettings(models.Model):
    """One person's choices. No row means the defaults: everything on, weekly while overdue."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_settings"
    )
    enabled = models.BooleanField(default=True)  # False: no reminder e-mail at all
    deadline = models.BooleanField(default=True)
    lead_days = models.JSONField(default=_default_leads)  # a subset of schedule.LEAD_DAYS
    declaration = models.BooleanField(default=True)
    overdue_every_days = models.PositiveSmallIntegerField(default=OVERDUE_EVERY_DAYS)  # 0: never
    competency = models.BooleanField(default=True)
    drafts = models.BooleanField(default=True)
    digest = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    def wants(self, kind: str) -> bool:
        if not self.enabled:
            return False
        if kind == Kind.OVERDUE:
            return self.overdue_every_days > 0
        return bool(getattr(self, kind, False))

    @property
    def leads(self) -> tuple[int, ...]:
        chosen = self.lead_days if isinstance(self.lead_days, list) else []
        return tuple(d for d in LEAD_DAYS if d in chosen)

    def switch_off(self, kinds: list[str]) -> None:
        """Unsubscribe: the kinds named (all of them for "all"); saved."""
        if "all" in kinds:
            self.enabled = False
        for kind in kinds:
            if kind == Kind.OVERDUE:
                self.overdue_every_days = 0
            elif kind in Kind.values:
                setattr(self, kind, False)
        self.save()


class Message(models.Model):
    """One e-mail to one person, carrying the reminders claimed with it."""

    class State(models.TextChoices):
        CLAIMED = "claimed", "Being sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Could not be sent"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, default="reminders")  # "reminders" | "digest"
    as_of = models.DateField()  # the day of the pass that claimed it
    state = models.CharField(max_length=10, choices=State.choices, default=State.CLAIMED)
    attempts = models.PositiveSmallIntegerField(default=1)
    claimed_at = models.DateTimeField()  # a lease: a claim older than the job lease is retried
    sent_at = models.DateTimeField(null=True, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering: ClassVar = ["id"]
        indexes: ClassVar = [models.Index(fields=["state", "claimed_at"])]

    def __str__(self) -> str:
        return f"{self.subject or self.kind} to {self.user_id} ({self.state})"


class Reminder(models.Model):
    """One reminder: person × event × threshold, claimed once (the unique constraint).

    `facts` holds what the e-mail says, decided when it was claimed, so a retried message says
    the same; names in it are human names ("MLS(ASCP)"), ids are only in `subject`.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    subject = models.CharField(max_length=60)  # "credential:12", "assignment:3", "org:1", ...
    due_on = models.DateField()  # the event's date: a deadline, a due date, a week's Monday
    threshold = models.CharField(max_length=20)  # "90", "open", "overdue-8", "day-2", "weekly"
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="reminders")
    facts = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["user", "kind", "subject", "due_on", "threshold"],
                name="one_reminder_per_event_and_threshold",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.subject} {self.due_on} {self.threshold}"

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.user_id, self.kind, self.subject, self.due_on, self.threshold)


class Digest(models.Model):
    """An organisation's weekly digest, made once per week whoever sends it; `statuses` (each
    member credential's state then) is what next week's "status changes" compare against."""

    organisation = models.ForeignKey(
        "orgs.Organisation", on_delete=models.CASCADE, related_name="+"
    )
    week_of = models.DateField()  # the Monday
    made_on = models.DateField()
    content = models.JSONField(default=dict)  # the sections, as presented (reminders.digest)
    statuses = models.JSONField(default=dict)  # {credential pk: state}
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["-week_of", "-id"]
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["organisation", "week_of"], name="one_digest_a_week")
        ]
