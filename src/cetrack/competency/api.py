"""Competency endpoints of the JSON API (mounted in cetrack.api.api).

GET /api/orgs/{org_id}/competency/test-systems, /assignments and /due (managers and
administrators); POST /api/orgs/{org_id}/competency/assessments records an assessment (its
elements, and optionally the assessor's signature) and GET .../assessments/{id} reads one (the
person assessed, managers, and assessors at the site). Role checks are
`cetrack.orgs.access.membership_for` (404 for a non-member, 403 for a role that may not; each
operation names its roles in `x-org-roles`); objects outside the organisation are 404; a
signature the accreditor's rules refuse is 403 with the reason, and nothing is stored.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count
from django.http import Http404
from django.utils import timezone
from ninja import Router, Schema, Status
from ninja.errors import ValidationError
from pydantic import Field

from cetrack.api.entries import problem
from cetrack.api.schemas import ApiRequest, Message, Problems
from cetrack.competency import access, assessing
from cetrack.competency.models import Assessment, Assignment, TestSystem
from cetrack.competency.presenters import STATE_CODES, due_list
from cetrack.competency.standing import policy_for, today_state
from cetrack.core.competency.vocabulary import (
    ALL_ELEMENTS,
    COMPLEXITIES,
    REASONS,
    SPECIALTIES,
    STATES,
)
from cetrack.inservice.api import _body, _body_schema  # the API's JSON body reader
from cetrack.orgs.access import ANY_ROLE, MANAGERS, api_roles, membership_for
from cetrack.orgs.models import Site
from cetrack.orgs.services import person_name

router = Router(tags=["competency"])
MAX_PAGE = 500


class TestSystemOut(Schema):
    __test__ = False  # not a pytest class

    id: int
    site_id: int
    site: str
    name: str
    analyte: str
    instrument: str
    method: str
    specialty: str = Field(description="Specialty id, e.g. hematology")
    specialty_name: str
    complexity: str = Field(description="waived | moderate | high")
    complexity_name: str
    retired_on: date | None
    assigned: int = Field(description="People currently assigned")


class AssignmentOut(Schema):
    id: int
    membership_id: int
    member: str
    site_id: int
    test_system_id: int | None = Field(description="None for the duties of a position")
    subject: str = Field(description="The test system's name, or 'Duties as ...'")
    position: str | None = Field(description="For a duties assignment: the position id")
    began_on: date = Field(description="First day of patient testing on it (or in the position)")
    state: str = Field(description="not-cleared | overdue | due | cleared | not-required")
    state_name: str
    next_reason: str | None
    next_label: str | None
    next_due_on: date | None
    blocked_since: date | None = Field(description="Not cleared from this day (failure, change)")
    blocked_reason: str | None
    last_passed_on: date | None


class DueOut(Schema):
    as_of: date
    counts: dict[str, int] = Field(description="Assignments per state at the site")
    total: int
    page: int
    pages: int
    items: list[AssignmentOut]


class ElementIn(Schema):
    element: str = Field(description="One of the six element ids, or 'duties'")
    result: str = Field(description="pass | fail | not-applicable")
    method: str = ""
    not_applicable_reason: str = Field(default="", max_length=300)
    notes: str = Field(default="", max_length=5000)
    sample_results: str = Field(default="", max_length=5000)
    score_correct: int | None = Field(default=None, ge=0, le=10000)
    score_total: int | None = Field(default=None, ge=1, le=10000)
    score_source: str = Field(default="", max_length=300)
    performed_on: date | None = None


class AssessmentIn(Schema):
    assignment_id: int
    assessed_on: date
    reason: str | None = Field(default=None, description="Default: the checkpoint due next")
    elements: list[ElementIn] = Field(default=[], max_length=7)
    sign: bool = Field(default=False, description="Sign as assessor (the rules are checked)")
    retraining: str = Field(default="", max_length=5000, description="Needed when one fails")
    reassess_by: date | None = None


class ElementOut(Schema):
    element: str
    element_name: str
    result: str
    method: str
    not_applicable_reason: str
    notes: str
    sample_results: str
    score_correct: int | None
    score_total: int | None
    score_source: str
    performed_on: date | None
    files: list[str]


class AssessmentOut(Schema):
    id: int
    assignment_id: int
    member: str
    subject: str
    reason: str
    reason_name: str
    assessed_on: date
    status: str = Field(description="draft | signed | acknowledged | discarded")
    outcome: str | None = Field(description="pass | fail once signed")
    signed_by: str | None
    signer_basis: str | None = Field(description="Why the signer may assess, in words")
    signed_at: Any
    acknowledged_at: Any
    elements: list[ElementOut]
    remediation: dict[str, Any] | None


def _in_range(value: int | None, name: str) -> int | None:
    """A query id as given, or a 422 when no row could have it (databases refuse such ints)."""
    if value is not None and not 0 < value < 2**63:
        raise ValidationError([problem(["query", name], "not an id")])
    return value


def _site_id(org_id: int, site: int | None) -> int | None:
    site = _in_range(site, "site")
    if site is None:
        return None
    if not Site.objects.filter(organisation_id=org_id, pk=site).exists():
        raise Http404("no such site")
    return site


@router.get(
    "/orgs/{org_id}/competency/test-systems",
    response={200: list[TestSystemOut], 401: Message, 403: Message, 404: Message},
    openapi_extra=api_roles(*MANAGERS),
)
def list_test_systems(
    request: ApiRequest, org_id: int, site: int | None = None
) -> list[dict[str, Any]]:
    """The organisation's test systems (or one site's), retired ones included."""
    membership_for(request.auth, org_id, MANAGERS)
    rows = TestSystem.objects.filter(site__organisation_id=org_id).select_related("site")
    if (site_id := _site_id(org_id, site)) is not None:
        rows = rows.filter(site_id=site_id)
    counts = dict(
        Assignment.objects.filter(test_system__in=rows, ended_on__isnull=True)
        .values_list("test_system_id")
        .order_by()
        .annotate(n=Count("id"))
    )
    return [
        {
            "id": t.pk,
            "site_id": t.site_id,
            "site": t.site.name,
            "name": t.name,
            "analyte": t.analyte,
            "instrument": t.instrument,
            "method": t.method,
            "specialty": t.specialty,
            "specialty_name": SPECIALTIES.get(t.specialty, t.specialty),
            "complexity": t.complexity,
            "complexity_name": COMPLEXITIES.get(t.complexity, t.complexity),
            "retired_on": t.retired_on,
            "assigned": counts.get(t.pk, 0),
        }
        for t in rows.order_by("site__name", "name", "id")
    ]


def assignment_out(row: Assignment, state: str) -> dict[str, Any]:
    return {
        "id": row.pk,
        "membership_id": row.membership_id,
        "member": person_name(row.membership.user),
        "site_id": row.site_id,
        "test_system_id": row.test_system_id,
        "subject": row.subject_label,
        "position": row.position or None,
        "began_on": row.began_on,
        "state": state,
        "state_name": STATES.get(state, state),
        "next_reason": row.next_reason or None,
        "next_label": row.next_label or None,
        "next_due_on": row.next_due_on,
        "blocked_since": row.blocked_since,
        "blocked_reason": row.blocked_reason or None,
        "last_passed_on": row.last_passed_on,
    }


@router.get(
    "/orgs/{org_id}/competency/assignments",
    response={200: list[AssignmentOut], 401: Message, 403: Message, 404: Message},
    openapi_extra=api_roles(*MANAGERS),
)
def list_assignments(
    request: ApiRequest,
    org_id: int,
    site: int | None = None,
    test_system: int | None = None,
    member: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Current assignments (member × test system, and duties), with their state today."""
    membership_for(request.auth, org_id, MANAGERS)
    rows = Assignment.objects.filter(
        site__organisation_id=org_id, ended_on__isnull=True, membership__left_at__isnull=True
    ).select_related("membership__user", "test_system")
    if (site_id := _site_id(org_id, site)) is not None:
        rows = rows.filter(site_id=site_id)
    if (system_id := _in_range(test_system, "test_system")) is not None:
        rows = rows.filter(test_system_id=system_id)
    if (member_id := _in_range(member, "member")) is not None:
        rows = rows.filter(membership_id=member_id)
    limit, offset = max(1, min(limit, MAX_PAGE)), max(0, min(offset, 10**9))
    today = timezone.localdate()
    days: dict[int, int] = {}
    out = []
    for row in rows.order_by("site_id", "membership__user__name", "id")[offset : offset + limit]:
        soon = days.get(row.site_id)
        if soon is None:
            soon = days.setdefault(row.site_id, policy_for(row.site_id).due_soon_days)
        out.append(assignment_out(row, today_state(row, today, soon)))
    return out


@router.get(
    "/orgs/{org_id}/competency/due",
    response={200: DueOut, 401: Message, 403: Message, 404: Message},
    openapi_extra=api_roles(*MANAGERS),
)
def due(
    request: ApiRequest,
    org_id: int,
    site: int | None = None,
    state: str = "",
    test_system: int | None = None,
    page: int = 1,
    page_size: int = 100,
) -> dict[str, Any]:
    """A site's due list: not cleared, overdue and due (or one `state`), worst and soonest
    first, as on the site's due page."""
    membership_for(request.auth, org_id, MANAGERS)
    site_id = _site_id(org_id, site)
    if site_id is None:
        raise ValidationError([problem(["query", "site"], "give the site's id: ?site=<id>")])
    if state and state not in STATE_CODES:
        raise ValidationError([problem(["query", "state"], f"one of {', '.join(STATE_CODES)}")])
    policy = policy_for(site_id)
    today = timezone.localdate()
    listing = due_list(
        site_id,
        today,
        policy.due_soon_days,
        state=state,
        system_id=_in_range(test_system, "test_system"),
        page=max(1, min(page, 10**6)),
        page_size=max(1, min(page_size, MAX_PAGE)),
    )
    ids = [r.assignment_id for r in listing.rows]
    rows = {
        a.pk: a
        for a in Assignment.objects.filter(pk__in=ids).select_related(
            "membership__user", "test_system"
        )
    }
    return {
        "as_of": today,
        "counts": listing.counts,
        "total": listing.total,
        "page": listing.page,
        "pages": listing.pages,
        "items": [assignment_out(rows[r.assignment_id], r.state) for r in listing.rows],
    }


def assessment_out(row: Assessment) -> dict[str, Any]:
    remediation = getattr(row, "remediation", None) if row.outcome == "fail" else None
    return {
        "id": row.pk,
        "assignment_id": row.assignment_id,
        "member": person_name(row.assignment.membership.user),
        "subject": row.assignment.subject_label,
        "reason": row.reason,
        "reason_name": REASONS.get(row.reason, row.reason),
        "assessed_on": row.assessed_on,
        "status": row.status,
        "outcome": row.outcome or None,
        "signed_by": row.signer_name or None,
        "signer_basis": row.signer_basis or None,
        "signed_at": row.signed_at,
        "acknowledged_at": row.acknowledged_at,
        "elements": [
            {
                "element": e.element,
                "element_name": e.element_label,
                "result": e.result,
                "method": e.method,
                "not_applicable_reason": e.not_applicable_reason,
                "notes": e.notes,
                "sample_results": e.sample_results,
                "score_correct": e.score_correct,
                "score_total": e.score_total,
                "score_source": e.score_source,
                "performed_on": e.performed_on,
                "files": [f.original_name for f in e.files.all() if f.deleted_at is None],
            }
            for e in sorted(row.elements.all(), key=lambda e: e.number)
        ],
        "remediation": {
            "elements": remediation.elements,
            "retraining": remediation.retraining,
            "reassess_by": remediation.reassess_by.isoformat(),
            "closed": remediation.closed_by_id is not None,
        }
        if remediation
        else None,
    }


def _loc(key: str | None) -> list[str | int]:
    return [int(p) if p.isdigit() else p for p in (key or "assessment").split(".")]


class _Rollback(Exception):
    def __init__(self, status: int, problems: list[tuple[str | None, str]]) -> None:
        super().__init__(status)
        self.status, self.problems = status, problems


def _record(request: ApiRequest, membership: Any, payload: AssessmentIn) -> Assessment:
    assignment = access.assignment_for(membership, payload.assignment_id)
    reason = payload.reason or assessing.default_reason(assignment)
    outcome = assessing.start(request.auth, assignment, reason, payload.assessed_on)
    if not outcome.ok:
        raise _Rollback(422, outcome.problems)
    row = outcome.saved
    for index, item in enumerate(payload.elements):
        if item.element not in ALL_ELEMENTS:
            raise _Rollback(
                422, [(f"elements.{index}.element", f"unknown element '{item.element[:40]}'")]
            )
        data = item.model_dump()
        saved = assessing.save_element(request.auth, row, data.pop("element"), data)
        if not saved.ok:
            raise _Rollback(
                422, [(f"elements.{index}.{k or 'element'}", m) for k, m in saved.problems]
            )
    if payload.sign:
        plan = assessing.RemediationPlan(payload.retraining, payload.reassess_by)
        signed = assessing.sign(membership, row, plan)
        if not signed.ok:
            raise _Rollback(403 if signed.extra.get("refused") else 422, signed.problems)
    return Assessment.objects.select_related(
        "assignment__membership__user", "assignment__test_system"
    ).get(pk=row.pk)


@router.post(
    "/orgs/{org_id}/competency/assessments",
    response={201: AssessmentOut, 401: Message, 403: Message, 404: Message, 422: Problems},
    openapi_extra={**api_roles(*ANY_ROLE), **_body_schema(AssessmentIn)},
)
def record_assessment(request: ApiRequest, org_id: int) -> Status[dict[str, Any]]:
    """Record an assessment on an assignment you may assess (managers, and members qualified at
    its site; never your own): its elements, and with `sign` your signature. All or nothing: a
    problem in any element (422) or a signature the site's rules refuse (403, with the reason)
    stores nothing."""
    membership = membership_for(request.auth, org_id, ANY_ROLE)
    payload: AssessmentIn = _body(request, AssessmentIn)
    try:
        with transaction.atomic():
            row = _record(request, membership, payload)
    except _Rollback as stop:
        if stop.status == 403:
            raise PermissionDenied(stop.problems[0][1]) from None
        raise ValidationError([problem(["body", *_loc(k)], m) for k, m in stop.problems]) from None
    return Status(201, assessment_out(row))


@router.get(
    "/orgs/{org_id}/competency/assessments/{assessment_id}",
    response={200: AssessmentOut, 401: Message, 403: Message, 404: Message},
    openapi_extra=api_roles(*ANY_ROLE),
)
def get_assessment(request: ApiRequest, org_id: int, assessment_id: int) -> dict[str, Any]:
    """One assessment: yours, or one at a site you manage or assess."""
    membership = membership_for(request.auth, org_id, ANY_ROLE)
    return assessment_out(access.assessment_for(membership, assessment_id))
