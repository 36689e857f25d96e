"""In-service sessions a laboratory runs, the attendance taken at them, and what they issue.

A Session belongs to an organisation (cetrack.orgs) and is run by its educators. Attendance has
one row per person and session (a unique constraint: a second check-in finds the first), made
by registering, by the educator's roster, by self check-in with the session's code, or by
passing the online post-test. Issuing turns each credited attendance into an issued activity in
the attendee's own records (cetrack.records), with a certificate PDF and a signed credential
(cetrack.issuing). Reach these rows through `cetrack.inservice.access`; change them through
`cetrack.inservice.services`.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q


class Series(models.Model):
    """Sessions repeated weekly or monthly: created together, each then its own session."""

    organisation = models.ForeignKey(
        "orgs.Organisation", on_delete=models.CASCADE, related_name="inservice_series"
    )
    title = models.CharField(max_length=200)
    every = models.CharField(max_length=10)  # core.inservice.RECURRENCES
    count = models.PositiveSmallIntegerField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.title


class Session(models.Model):
    class Status(models.TextChoices):
        SCHEDULED = "scheduled", "Scheduled"
        CANCELLED = "cancelled", "Cancelled"

    organisation = models.ForeignKey(
        "orgs.Organisation", on_delete=models.CASCADE, related_name="inservice_sessions"
    )
    series = models.ForeignKey(
        Series, on_delete=models.SET_NULL, null=True, blank=True, related_name="sessions"
    )
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    instructors = models.TextField(blank=True)  # one per line: "Dr. A. Rivera, MD"
    kind = models.CharField(max_length=40, default="in-service")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    instructional_minutes = models.PositiveIntegerField()
    location = models.CharField(max_length=200, blank=True)
    online_url = models.URLField(max_length=300, blank=True)
    topics = models.JSONField(default=list, blank=True)  # topic ids
    accreditation = models.CharField(max_length=20, default="employer")
    provider_number = models.CharField(max_length=100, blank=True)  # P.A.C.E. provider number
    program_number = models.CharField(max_length=100, blank=True)  # P.A.C.E. program number
    approval_number = models.CharField(max_length=100, blank=True)  # state board approval
    accrediting_agency_number = models.CharField(max_length=100, blank=True)  # California
    approvals = models.JSONField(default=list, blank=True)  # program ids, e.g. ["fl"]
    level = models.CharField(max_length=20, blank=True)
    capacity = models.PositiveIntegerField(null=True, blank=True)
    checkin_code = models.CharField(max_length=12, unique=True)
    pass_mark = models.PositiveSmallIntegerField(null=True, blank=True)  # percent
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SCHEDULED)
    cancel_reason = models.CharField(max_length=300, blank=True)
    # Bumped by every change to issued facts after the first issue (certificates re-issued).
    revision = models.PositiveIntegerField(default=1)
    issued_at = models.DateTimeField(null=True, blank=True)  # first issue
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering: ClassVar = ["starts_at", "id"]
        indexes: ClassVar = [models.Index(fields=["organisation", "starts_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def instructor_list(self) -> list[str]:
        return [line.strip() for line in self.instructors.splitlines() if line.strip()]


class Material(models.Model):
    """A file handed out for a session (slides, a reading), stored content-addressed."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="materials")
    blob = models.ForeignKey("records.Blob", on_delete=models.PROTECT, related_name="+")
    original_name = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["created_at", "id"]

    def __str__(self) -> str:
        return self.original_name


class Question(models.Model):
    """One multiple-choice question of a session's post-test."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(default=0)
    prompt = models.CharField(max_length=500)
    options = models.JSONField()  # list of option texts
    answer = models.PositiveSmallIntegerField()  # index into options

    class Meta:
        ordering: ClassVar = ["position", "id"]

    def __str__(self) -> str:
        return self.prompt


class Attendance(models.Model):
    """One person at one session: registered, present (roster, code, online) and what was
    issued to them. At most one row per person and session (the constraint)."""

    class Method(models.TextChoices):
        NONE = "", "Registered"
        ROSTER = "roster", "Roster"
        CODE = "code", "Self check-in"
        ONLINE = "online", "Online completion"

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendances")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="inservice_attendances"
    )
    method = models.CharField(max_length=10, choices=Method.choices, blank=True)
    registered_at = models.DateTimeField(null=True, blank=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    checked_out_at = models.DateTimeField(null=True, blank=True)
    # Minutes present as the educator entered them on the roster (partial attendance).
    roster_minutes = models.PositiveIntegerField(null=True, blank=True)
    passed_at = models.DateTimeField(null=True, blank=True)  # online post-test
    # What was issued: the activity in the attendee's records, the minutes it credits and the
    # signed credential (its /verify/<id> page); revision = the session's when issued.
    activity = models.ForeignKey(
        "records.Activity", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    issued_minutes = models.PositiveIntegerField(null=True, blank=True)
    issued_revision = models.PositiveIntegerField(null=True, blank=True)
    credential = models.ForeignKey(
        "issuing.IssuedCredential",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering: ClassVar = ["created_at", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["session", "user"], name="one_attendance_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.user} at {self.session}"

    @property
    def present(self) -> bool:
        return bool(self.method)


class Attempt(models.Model):
    """One try at a session's post-test (every attempt is kept)."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attempts")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    answers = models.JSONField()
    correct = models.PositiveSmallIntegerField()
    total = models.PositiveSmallIntegerField()
    passed = models.BooleanField()
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["-at", "-id"]


class Notice(models.Model):
    """A message on a person's dashboard (a session moved, cancelled, corrected, ...)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="inservice_notices"
    )
    session = models.ForeignKey(
        Session, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    text = models.CharField(max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)
    dismissed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-created_at", "-id"]
        indexes: ClassVar = [models.Index(fields=["user", "dismissed_at"])]


class Confirmation(models.Model):
    """A member asks their organisation to confirm professional involvement they recorded
    (committee service, a presentation given, mentoring); an educator or manager confirms it
    with a signed letter, or declines with a reason."""

    class Status(models.TextChoices):
        REQUESTED = "requested", "Waiting for confirmation"
        CONFIRMED = "confirmed", "Confirmed"
        DECLINED = "declined", "Declined"

    organisation = models.ForeignKey(
        "orgs.Organisation", on_delete=models.CASCADE, related_name="inservice_confirmations"
    )
    activity = models.ForeignKey("records.Activity", on_delete=models.CASCADE, related_name="+")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    role = models.CharField(max_length=200, blank=True)  # "Chair, quality committee"
    letter = models.ForeignKey(
        "records.Certificate", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.REQUESTED)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.CharField(max_length=300, blank=True)  # why declined

    class Meta:
        ordering: ClassVar = ["-requested_at", "-id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["organisation", "activity"],
                condition=Q(status="requested"),
                name="one_open_confirmation",
            )
        ]
