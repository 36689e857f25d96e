"""Competency assessment rows: test systems per site, who is assigned to them (and since when
they test patient specimens), the assessments with their six element results and evidence,
remediations, and the qualifications that let a person assess.

Pure rules live in `cetrack.core.competency`; every change goes through
`cetrack.competency.services` (one transaction, an `orgs.AuditEntry` each, the standing of the
assignments it touches refreshed); pages and the API reach rows through
`cetrack.competency.access`. Nothing is deleted: assignments and qualifications end, drafts are
discarded (kept), evidence files are hidden.
"""

from __future__ import annotations

from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q

from cetrack.core.competency.vocabulary import (
    ALL_ELEMENTS,
    COMPLEXITIES,
    METHODS,
    POSITIONS,
    REASONS,
    RESULTS,
    SPECIALTIES,
)


def _choices(table: dict[str, str]) -> list[tuple[str, str]]:
    return list(table.items())


class SitePolicy(models.Model):
    """How a site runs competency: its accreditor's rules, whether waived tests are tracked
    by policy, and how many days ahead an assessment shows as due."""

    site = models.OneToOneField(
        "orgs.Site", on_delete=models.CASCADE, related_name="competency_policy"
    )
    accreditor = models.CharField(max_length=20, default="clia")  # a rules/competency file
    track_waived = models.BooleanField(default=False)
    due_soon_days = models.PositiveSmallIntegerField(default=30)
    updated_at = models.DateTimeField(auto_now=True)


class TestSystem(models.Model):
    """The instructions, instrument, reagents and supplies that produce one test's results."""

    __test__ = False  # not a pytest class

    site = models.ForeignKey("orgs.Site", on_delete=models.CASCADE, related_name="test_systems")
    name = models.CharField(max_length=200)
    analyte = models.CharField(max_length=200, blank=True)
    instrument = models.CharField(max_length=200, blank=True)
    method = models.CharField(max_length=200, blank=True)
    specialty = models.CharField(max_length=40, choices=_choices(SPECIALTIES))
    complexity = models.CharField(max_length=10, choices=_choices(COMPLEXITIES))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    retired_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    @property
    def specialty_label(self) -> str:
        return SPECIALTIES.get(self.specialty, self.specialty)

    @property
    def complexity_label(self) -> str:
        return COMPLEXITIES.get(self.complexity, self.complexity)

    @property
    def instrument_method(self) -> str:
        return " · ".join(part for part in (self.instrument, self.method) if part)


class SystemChange(models.Model):
    """A method or instrument change: every person assigned before it is due before they
    report results on the system again."""

    class Kind(models.TextChoices):
        METHOD = "method", "Method change"
        INSTRUMENT = "instrument", "Instrument change"

    test_system = models.ForeignKey(TestSystem, on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    effective_on = models.DateField()
    description = models.CharField(max_length=300)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["effective_on", "id"]


class Qualification(models.Model):
    """A position a member is qualified for at a site (technical consultant, technical or
    general supervisor, ...), with a written delegation when one was given. Checked when they
    sign an assessment; supervisory positions also have their own duties assessed."""

    membership = models.ForeignKey(
        "orgs.Membership", on_delete=models.CASCADE, related_name="competency_qualifications"
    )
    site = models.ForeignKey("orgs.Site", on_delete=models.CASCADE, related_name="+")
    position = models.CharField(
        max_length=30, choices=_choices({k: v.name for k, v in POSITIONS.items()})
    )
    since = models.DateField()
    until = models.DateField(null=True, blank=True)
    delegated_on = models.DateField(null=True, blank=True)
    delegated_by = models.CharField(max_length=200, blank=True)  # in words
    note = models.CharField(max_length=300, blank=True)  # degree, certification, scope
    delegation_blob = models.ForeignKey(
        "records.Blob", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    delegation_name = models.CharField(max_length=255, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["since", "id"]

    @property
    def position_label(self) -> str:
        found = POSITIONS.get(self.position)
        return found.name if found else self.position


class Assignment(models.Model):
    """What one member is assessed on at a site: a test system (from the day they began
    patient testing on it), or the duties of a position they hold (`position`).

    The standing columns are the schedule's answer (`core.competency.schedule.standing`),
    written by `services.refresh` after every change to the assignment's assessments, its
    test system or the site's policy; a page turns them into a state for the day with
    `schedule.state_on`, so a due list is one query."""

    membership = models.ForeignKey(
        "orgs.Membership", on_delete=models.CASCADE, related_name="competency_assignments"
    )
    site = models.ForeignKey("orgs.Site", on_delete=models.CASCADE, related_name="+")
    test_system = models.ForeignKey(
        TestSystem, on_delete=models.CASCADE, null=True, blank=True, related_name="assignments"
    )
    position = models.CharField(max_length=30, blank=True)  # duties of this position
    qualification = models.ForeignKey(
        Qualification, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    began_on = models.DateField()
    ended_on = models.DateField(null=True, blank=True)
    required = models.BooleanField(default=True)
    next_due_on = models.DateField(null=True, blank=True)
    next_reason = models.CharField(max_length=20, blank=True)
    next_label = models.CharField(max_length=300, blank=True)
    blocked_since = models.DateField(null=True, blank=True)
    blocked_reason = models.CharField(max_length=300, blank=True)
    last_passed_on = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering: ClassVar = ["began_on", "id"]
        constraints: ClassVar = [
            models.UniqueConstraint(
                fields=["membership", "test_system"],
                condition=Q(test_system__isnull=False),
                name="one_assignment_per_system",
            ),
            models.UniqueConstraint(
                fields=["membership", "position"],
                condition=~Q(position=""),
                name="one_duties_assignment_per_position",
            ),
        ]
        indexes: ClassVar = [
            models.Index(fields=["site", "ended_on", "next_due_on"]),
            models.Index(fields=["site", "blocked_since"]),
        ]

    @property
    def duties(self) -> bool:
        return self.test_system_id is None

    @property
    def subject_label(self) -> str:
        if self.test_system_id is not None and self.test_system is not None:
            return self.test_system.name
        found = POSITIONS.get(self.position)
        return f"Duties as {(found.name if found else self.position).lower()}"


class Assessment(models.Model):
    """One assessment of a member on an assignment: a draft, then signed by the assessor (the
    qualification check), then acknowledged by the member, which locks it."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="assessments")
    reason = models.CharField(max_length=20, choices=_choices(REASONS))
    assessed_on = models.DateField()
    change = models.ForeignKey(
        SystemChange, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    discarded_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(max_length=10, blank=True)  # pass | fail, when signed
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    signed_at = models.DateTimeField(null=True, blank=True)
    signer_name = models.CharField(max_length=200, blank=True)
    signer_position = models.CharField(max_length=30, blank=True)
    signer_basis = models.CharField(max_length=500, blank=True)  # the verdict, in words
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    member_comment = models.TextField(blank=True)

    class Meta:
        ordering: ClassVar = ["-assessed_on", "-id"]
        indexes: ClassVar = [models.Index(fields=["assignment", "signed_at"])]

    @property
    def status(self) -> str:
        if self.discarded_at:
            return "discarded"
        if self.acknowledged_at:
            return "acknowledged"
        return "signed" if self.signed_at else "draft"

    @property
    def status_label(self) -> str:
        return {
            "discarded": "Discarded",
            "acknowledged": "Signed and acknowledged (locked)",
            "signed": "Signed, awaiting the member's acknowledgement",
            "draft": "Draft",
        }[self.status]

    @property
    def locked(self) -> bool:
        return self.acknowledged_at is not None

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)

    @property
    def outcome_label(self) -> str:
        return {"pass": "Satisfactory", "fail": "Not satisfactory"}.get(self.outcome, "")


class ElementResult(models.Model):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="elements")
    element = models.CharField(
        max_length=30, choices=_choices({k: v.name for k, v in ALL_ELEMENTS.items()})
    )
    result = models.CharField(max_length=20, choices=_choices(RESULTS))
    method = models.CharField(
        max_length=30, blank=True, choices=_choices({k: v.name for k, v in METHODS.items()})
    )
    not_applicable_reason = models.CharField(max_length=300, blank=True)
    notes = models.TextField(blank=True)
    sample_results = models.TextField(blank=True)
    score_correct = models.PositiveSmallIntegerField(null=True, blank=True)
    score_total = models.PositiveSmallIntegerField(null=True, blank=True)
    score_source = models.CharField(max_length=300, blank=True)  # "In-service post-test: ..."
    performed_on = models.DateField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["assessment", "element"], name="one_result_per_element")
        ]

    @property
    def number(self) -> int:
        found = ALL_ELEMENTS.get(self.element)
        return found.number if found else 0

    @property
    def element_label(self) -> str:
        found = ALL_ELEMENTS.get(self.element)
        return found.name if found else self.element

    @property
    def method_label(self) -> str:
        found = METHODS.get(self.method)
        return found.name if found else ""

    @property
    def result_label(self) -> str:
        return RESULTS.get(self.result, self.result)

    @property
    def score(self) -> tuple[int, int] | None:
        if self.score_correct is None or self.score_total is None:
            return None
        return (self.score_correct, self.score_total)


class EvidenceFile(models.Model):
    """A file attached to an element (a scanned checklist, a QC printout), stored once by
    SHA-256 in the records evidence store."""

    element = models.ForeignKey(ElementResult, on_delete=models.CASCADE, related_name="files")
    blob = models.ForeignKey("records.Blob", on_delete=models.PROTECT, related_name="+")
    original_name = models.CharField(max_length=255)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["uploaded_at", "id"]


class Remediation(models.Model):
    """Opened when a signed assessment has a failed element: retraining, then re-assessment
    by a date. Closed by the next passing assessment on the same assignment."""

    assessment = models.OneToOneField(
        Assessment, on_delete=models.CASCADE, related_name="remediation"
    )
    elements = models.JSONField(default=list)  # the element ids that failed
    retraining = models.TextField()
    reassess_by = models.DateField()
    retrained_on = models.DateField(null=True, blank=True)
    closed_by = models.ForeignKey(
        Assessment, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    @property
    def element_labels(self) -> list[str]:
        return [ALL_ELEMENTS[e].name if e in ALL_ELEMENTS else e for e in self.elements]
