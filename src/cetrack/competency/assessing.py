"""An assessment's life: started as a draft, its elements recorded with evidence, signed by an
assessor the site's accreditor allows (the refusal says why), acknowledged by the member —
then locked. A failed element opens a remediation; the next passing assessment closes it.
Every step writes an `AuditEntry` (action `competency.*`, detail `assessment=<id>`), which is
the assessment's history. Callers have checked access (`cetrack.competency.access`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from cetrack.competency.access import core_qualifications, manages
from cetrack.competency.models import (
    Assessment,
    Assignment,
    ElementResult,
    EvidenceFile,
    Remediation,
    SystemChange,
)
from cetrack.competency.standing import accreditor_for, policy_for, refresh
from cetrack.core.competency import record
from cetrack.core.competency.assessors import Verdict, may_assess, may_assess_duties
from cetrack.core.competency.vocabulary import ALL_ELEMENTS, PERIODIC_REASONS, REASONS, lower_first
from cetrack.orgs.models import AuditEntry, Membership
from cetrack.orgs.services import Outcome, audit, person_name
from cetrack.records import evidence


def _fail(key: str | None, message: str) -> Outcome:
    return Outcome(problems=[(key, message)])


def _who(assessment: Assessment) -> str:
    assignment = assessment.assignment
    return f"{person_name(assignment.membership.user)} on {assignment.subject_label}"


def _log(actor: Any, assessment: Assessment, action: str, summary: str, **detail: Any) -> None:
    audit(
        assessment.assignment.site.organisation_id,
        actor,
        f"competency.{action}",
        summary,
        assessment=assessment.pk,
        **detail,
    )


def history(assessment: Assessment) -> QuerySet[AuditEntry]:
    return AuditEntry.objects.filter(
        organisation_id=assessment.assignment.site.organisation_id,
        action__startswith="competency.",
        snapshot__assessment=assessment.pk,
    ).select_related("actor")


def open_remediation(assignment: Assignment) -> Remediation | None:
    return (
        Remediation.objects.filter(
            assessment__assignment=assignment,
            assessment__discarded_at__isnull=True,
            assessment__signed_at__isnull=False,
            closed_by__isnull=True,
        )
        .order_by("-assessment__assessed_on", "-id")
        .first()
    )


def default_reason(assignment: Assignment) -> str:
    """The checkpoint a new assessment most likely answers."""
    if open_remediation(assignment) is not None:
        return "remedial"
    return assignment.next_reason or ("annual" if assignment.duties else "six-month")


def _locked_problem(assessment: Assessment) -> str | None:
    if assessment.discarded_at:
        return "This draft was discarded."
    if assessment.acknowledged_at:
        day = timezone.localtime(assessment.acknowledged_at).date().isoformat()
        return (
            f"This assessment was acknowledged on {day} and is locked; record a new assessment "
            "to correct it."
        )
    if assessment.signed_at:
        return f"This assessment is signed by {assessment.signer_name}; reopen it to change it."
    return None


# -- starting and recording --------------------------------------------------------------------


def start(actor: Any, assignment: Assignment, reason: str, assessed_on: Any) -> Outcome:
    if reason not in REASONS:
        return _fail("reason", "Choose why this assessment is done.")
    if assignment.duties and reason not in (*PERIODIC_REASONS, "remedial"):
        return _fail("reason", "A duties assessment is yearly, or a re-assessment.")
    if reason == "remedial" and open_remediation(assignment) is None:
        return _fail("reason", "There is no failed assessment to re-assess.")
    problem = _date_problem(assignment, assessed_on)
    if problem:
        return _fail("assessed_on", problem)
    change = None
    if reason == "change" and assignment.test_system_id:
        change = (
            SystemChange.objects.filter(
                test_system_id=assignment.test_system_id, effective_on__lte=assessed_on
            )
            .order_by("-effective_on")
            .first()
        )
    with transaction.atomic():
        row = Assessment.objects.create(
            assignment=assignment,
            reason=reason,
            assessed_on=assessed_on,
            created_by=actor,
            change=change,
        )
        _log(actor, row, "started", f"Started {lower_first(REASONS[reason])} of {_who(row)}")
    return Outcome(saved=row)


def _date_problem(assignment: Assignment, day: Any) -> str | None:
    if not isinstance(day, date):
        return "Give the date of the assessment."
    if day > timezone.localdate():
        return "The assessment date is in the future."
    if day < assignment.began_on:
        name = person_name(assignment.membership.user)
        return (
            f"The assessment date is before {name} began on {assignment.subject_label} "
            f"({assignment.began_on.isoformat()})."
        )
    return None


def set_date(actor: Any, assessment: Assessment, assessed_on: Any) -> Outcome:
    locked = _locked_problem(assessment)
    problem = locked or _date_problem(assessment.assignment, assessed_on)
    if problem:
        return _fail("assessed_on", problem)
    with transaction.atomic():
        assessment.assessed_on = assessed_on
        assessment.save(update_fields=["assessed_on", "updated_at"])
        _log(actor, assessment, "dated", f"Dated {_who(assessment)} {assessed_on.isoformat()}")
    return Outcome(saved=assessment)


def _core_result(row: ElementResult, files: int) -> record.ElementResult:
    return record.ElementResult(
        element=row.element,
        result=row.result,
        method=row.method,
        not_applicable_reason=row.not_applicable_reason,
        notes=row.notes,
        sample_results=row.sample_results,
        score=row.score,
        files=files,
        on=row.performed_on,
    )


def _int_or_none(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1  # reported by the score check


def save_element(
    actor: Any,
    assessment: Assessment,
    element: str,
    data: dict[str, Any],
    file: tuple[str, bytes] | None = None,
) -> Outcome:
    """Record (or change) one element of a draft, with an optional evidence file."""
    locked = _locked_problem(assessment)
    if locked:
        return _fail(None, locked)
    duties = assessment.assignment.duties
    if element not in ALL_ELEMENTS or (element == "duties") != duties:
        return _fail("element", f"unknown element '{element[:40]}'")
    row = ElementResult.objects.filter(assessment=assessment, element=element).first()
    row = row or ElementResult(assessment=assessment, element=element)
    for key in (
        "result",
        "method",
        "not_applicable_reason",
        "notes",
        "sample_results",
        "score_source",
    ):
        setattr(row, key, str(data.get(key) or "").strip())
    row.score_correct = _int_or_none(data.get("score_correct"))
    row.score_total = _int_or_none(data.get("score_total"))
    performed = data.get("performed_on")
    row.performed_on = performed if isinstance(performed, date) else None
    content_type: str | None = None
    if file is not None:
        checked = evidence.check_upload(*file)
        if isinstance(checked, evidence.UploadProblem):
            return _fail("file", checked.message)
        content_type = checked
    files = row.files.filter(deleted_at__isnull=True).count() if row.pk else 0
    findings = record.check_element(_core_result(row, files + (1 if file else 0)), duties=duties)
    if findings:
        return Outcome(problems=[(f.field, f.message) for f in findings])
    with transaction.atomic():
        row.updated_by = actor
        row.save()
        if file is not None and content_type is not None:
            blob = evidence.store(file[1], content_type)
            EvidenceFile.objects.create(
                element=row, blob=blob, original_name=evidence.safe_name(file[0]), uploaded_by=actor
            )
        label = f"{lower_first(row.element_label)}: {row.result_label.lower()}"
        _log(
            actor, assessment, "element", f"Recorded {label} ({_who(assessment)})", element=element
        )
    return Outcome(saved=row)


def remove_file(actor: Any, assessment: Assessment, item: EvidenceFile) -> Outcome:
    locked = _locked_problem(assessment)
    if locked:
        return _fail(None, locked)
    with transaction.atomic():
        item.deleted_at = timezone.now()
        item.save(update_fields=["deleted_at"])
        _log(actor, assessment, "file", f"Removed {item.original_name} ({_who(assessment)})")
    return Outcome(saved=item)


# -- signing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RemediationPlan:
    retraining: str
    reassess_by: Any


def verdict_for(actor_membership: Membership, assessment: Assessment, on: date) -> Verdict:
    """May this member sign this assessment today, by the site's accreditor's rules?"""
    assignment = assessment.assignment
    accreditor = accreditor_for(policy_for(assignment.site_id))
    qualifications = core_qualifications(actor_membership.pk, assignment.site_id)
    name = person_name(actor_membership.user)
    is_subject = assignment.membership_id == actor_membership.pk
    if assignment.duties:
        return may_assess_duties(
            accreditor,
            position=assignment.position,
            qualifications=qualifications,
            on=on,
            name=name,
            is_subject=is_subject,
        )
    system = assignment.test_system
    complexity = system.complexity if system is not None else "high"
    return may_assess(
        accreditor,
        complexity=complexity,
        qualifications=qualifications,
        on=on,
        name=name,
        is_subject=is_subject,
    )


def completeness(assessment: Assessment) -> list[record.Finding]:
    """What stops the assessment from being signed (element by element), none when complete."""
    assignment = assessment.assignment
    rows = list(assessment.elements.all())
    counts = {row.pk: row.files.filter(deleted_at__isnull=True).count() for row in rows}
    results = [_core_result(row, counts[row.pk]) for row in rows]
    remediation = open_remediation(assignment) if assessment.reason == "remedial" else None
    accreditor = accreditor_for(policy_for(assignment.site_id))
    system = assignment.test_system
    return record.check(
        results,
        complexity=system.complexity if system is not None else "high",
        reason=assessment.reason,
        min_elements=accreditor.waived.min_elements,
        failed_before=tuple(remediation.elements) if remediation else (),
        duties=assignment.duties,
    )


def sign(
    actor_membership: Membership, assessment: Assessment, plan: RemediationPlan | None = None
) -> Outcome:
    """The assessor signs: allowed by the accreditor's rules today, every required element
    recorded, and for a failure a remediation plan (retraining and a re-assessment date)."""
    actor = actor_membership.user
    with transaction.atomic():
        assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
        locked = _locked_problem(assessment)
        if locked:
            return _fail(None, locked)
        today = timezone.localdate()
        verdict = verdict_for(actor_membership, assessment, today)
        if not verdict.allowed:
            _log(actor, assessment, "refused", f"Sign-off refused: {verdict.reason}"[:300])
            return Outcome(problems=[(None, verdict.reason)], extra={"refused": True})
        findings = completeness(assessment)
        if findings:
            return Outcome(problems=[(f.element, f.message) for f in findings])
        results = [_core_result(row, 0) for row in assessment.elements.all()]
        outcome = record.outcome(results)
        failed = record.failed_elements(results)
        if failed:
            problem = _plan_problem(plan, today)
            if problem:
                return Outcome(problems=[problem])
        assessment.outcome = outcome
        assessment.signed_by, assessment.signed_at = actor, timezone.now()
        assessment.signer_name = person_name(actor)
        assessment.signer_position = verdict.position or ""
        assessment.signer_basis = verdict.reason[:500]
        assessment.save()
        if failed and plan is not None:
            Remediation.objects.create(
                assessment=assessment,
                elements=list(failed),
                retraining=plan.retraining.strip(),
                reassess_by=plan.reassess_by,
            )
        elif not failed:
            Remediation.objects.filter(
                assessment__assignment_id=assessment.assignment_id,
                assessment__assessed_on__lte=assessment.assessed_on,
                closed_by__isnull=True,
            ).exclude(assessment=assessment).update(closed_by=assessment)
        refresh([assessment.assignment])
        result = "satisfactory" if outcome == record.PASS else "not satisfactory"
        _log(
            actor,
            assessment,
            "signed",
            f"Signed {_who(assessment)}: {result}. {verdict.reason}"[:300],
        )
    return Outcome(saved=assessment)


def _plan_problem(plan: RemediationPlan | None, today: date) -> tuple[str | None, str] | None:
    if plan is None or not plan.retraining.strip():
        return ("retraining", "An element failed: describe the retraining before signing.")
    if not isinstance(plan.reassess_by, date):
        return ("reassess_by", "An element failed: give the re-assessment date.")
    if plan.reassess_by < today:
        return ("reassess_by", "The re-assessment date is in the past.")
    return None


def reopen(actor_membership: Membership, assessment: Assessment) -> Outcome:
    """Withdraw a signature before the member acknowledged (the signer or a manager)."""
    if assessment.acknowledged_at or not assessment.signed_at:
        return _fail(None, _locked_problem(assessment) or "This assessment is not signed.")
    if assessment.signed_by_id != actor_membership.user_id and not manages(actor_membership):
        return _fail(None, "Only the signer or a manager may reopen a signed assessment.")
    later = (
        Assessment.objects.filter(
            assignment_id=assessment.assignment_id,
            signed_at__isnull=False,
            discarded_at__isnull=True,
            assessed_on__gte=assessment.assessed_on,
        )
        .exclude(pk=assessment.pk)
        .order_by("-assessed_on")
        .first()
    )
    if later is not None:
        return _fail(
            None,
            f"A later assessment ({later.assessed_on.isoformat()}) is signed; reopen it first.",
        )
    with transaction.atomic():
        Remediation.objects.filter(closed_by=assessment).update(closed_by=None)
        Remediation.objects.filter(assessment=assessment).delete()
        assessment.outcome, assessment.signed_by, assessment.signed_at = "", None, None
        assessment.signer_name = assessment.signer_position = assessment.signer_basis = ""
        assessment.save()
        refresh([assessment.assignment])
        _log(actor_membership.user, assessment, "reopened", f"Reopened {_who(assessment)}")
    return Outcome(saved=assessment)


def acknowledge(actor: Any, assessment: Assessment, comment: str = "") -> Outcome:
    """The member acknowledges a signed assessment of themselves; it is then locked."""
    if assessment.assignment.membership.user_id != getattr(actor, "pk", None):
        return _fail(None, "Only the person assessed acknowledges an assessment.")
    if not assessment.signed_at or assessment.acknowledged_at or assessment.discarded_at:
        return _fail(None, _locked_problem(assessment) or "The assessor has not signed it yet.")
    with transaction.atomic():
        assessment.acknowledged_at = timezone.now()
        assessment.member_comment = comment.strip()[:2000]
        assessment.save(update_fields=["acknowledged_at", "member_comment", "updated_at"])
        _log(actor, assessment, "acknowledged", f"{_who(assessment)}: acknowledged, locked")
    return Outcome(saved=assessment)


def discard(actor: Any, assessment: Assessment) -> Outcome:
    if assessment.signed_at or assessment.discarded_at:
        return _fail(None, _locked_problem(assessment) or "Only a draft can be discarded.")
    with transaction.atomic():
        assessment.discarded_at = timezone.now()
        assessment.save(update_fields=["discarded_at", "updated_at"])
        _log(actor, assessment, "discarded", f"Discarded the draft of {_who(assessment)}")
    return Outcome(saved=assessment)


def update_remediation(
    actor: Any, remediation: Remediation, *, retraining: str, reassess_by: Any, retrained_on: Any
) -> Outcome:
    if remediation.closed_by_id is not None:
        return _fail(None, "This remediation was closed by a passing re-assessment.")
    if not retraining.strip():
        return _fail("retraining", "Describe the retraining.")
    if not isinstance(reassess_by, date):
        return _fail("reassess_by", "Give the re-assessment date.")
    if retrained_on is not None and (
        not isinstance(retrained_on, date) or retrained_on > timezone.localdate()
    ):
        return _fail("retrained_on", "The retraining date is in the future.")
    assessment = remediation.assessment
    with transaction.atomic():
        remediation.retraining, remediation.reassess_by = retraining.strip(), reassess_by
        remediation.retrained_on = retrained_on
        remediation.save()
        refresh([assessment.assignment])
        done = f", retrained {retrained_on.isoformat()}" if retrained_on else ""
        _log(
            actor,
            assessment,
            "remediation",
            f"Remediation of {_who(assessment)}: re-assess by {reassess_by.isoformat()}{done}",
        )
    return Outcome(saved=remediation)
