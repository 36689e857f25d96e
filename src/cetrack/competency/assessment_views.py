"""Assessment pages: start one for an assignment, record its elements with evidence, sign,
reopen, acknowledge, discard, remediation; evidence downloads; a member's competency record
(and its PDF, the one in the inspection binder).

Access: `access.assignment_for` / `access.assessment_for` (404 for anything the member may not
see); each action's own rule (only the assessed person acknowledges; only an assessor the
accreditor allows signs) is the service's, refused with a message that says why.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from cetrack.competency import access, assessing
from cetrack.competency.binder import record_context, record_pdf
from cetrack.competency.forms import (
    AcknowledgeForm,
    ElementForm,
    RemediationForm,
    SignForm,
    StartForm,
)
from cetrack.competency.models import Assessment, Assignment, Qualification, Remediation
from cetrack.competency.standing import policy_for
from cetrack.competency.views import problems_to_form
from cetrack.core.competency.vocabulary import ALL_ELEMENTS, DUTIES, SIX_ELEMENTS
from cetrack.orgs.access import MANAGERS, org_view
from cetrack.orgs.models import Membership
from cetrack.orgs.services import person_name
from cetrack.records import evidence
from cetrack.records.exports import path_segment
from cetrack.web.http import AuthedRequest


def _to(assessment: Assessment) -> HttpResponse:
    return redirect(
        "competency-assessment", assessment.assignment.site.organisation_id, assessment.pk
    )


def _messages(request: AuthedRequest, problems: list[tuple[str | None, str]]) -> None:
    for _, message in problems:
        messages.error(request, message)


@org_view()
def start(request: AuthedRequest, membership: Membership, assignment_id: int) -> HttpResponse:
    assignment = access.assignment_for(membership, assignment_id)
    initial = {"reason": assessing.default_reason(assignment), "assessed_on": timezone.localdate()}
    form = StartForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = assessing.start(request.user, assignment, data["reason"], data["assessed_on"])
        if outcome.ok:
            return _to(outcome.saved)
        problems_to_form(form, outcome.problems)
    drafts = assignment.assessments.filter(signed_at__isnull=True, discarded_at__isnull=True)
    return render(
        request,
        "competency/start.html",
        {
            "org": membership.organisation,
            "assignment": assignment,
            "member": person_name(assignment.membership.user),
            "form": form,
            "drafts": drafts,
        },
    )


def post_tests(user: Any) -> list[tuple[int, str]]:
    """The person's in-service post-test attempts, newest first, as (id, label)."""
    from cetrack.inservice.models import Attempt

    rows = Attempt.objects.filter(user=user).select_related("session").order_by("-at")[:30]
    return [
        (a.pk, f"{a.session.title}: {a.correct}/{a.total} ({timezone.localtime(a.at):%d %b %Y})")
        for a in rows
    ]


def _element_rows(
    assessment: Assessment, forms: dict[str, ElementForm] | None = None
) -> list[dict[str, Any]]:
    names = (DUTIES.id,) if assessment.assignment.duties else SIX_ELEMENTS
    saved = {row.element: row for row in assessment.elements.prefetch_related("files")}
    rows = []
    for element in names:
        row = saved.get(element)
        initial = {}
        if row is not None:
            initial = {
                k: getattr(row, k)
                for k in (
                    "result",
                    "method",
                    "not_applicable_reason",
                    "notes",
                    "sample_results",
                    "score_correct",
                    "score_total",
                    "score_source",
                    "performed_on",
                )
            }
        form = (forms or {}).get(element) or ElementForm(element, prefix=element, initial=initial)
        files = [f for f in row.files.all() if f.deleted_at is None] if row else []
        about = ALL_ELEMENTS[element]
        rows.append(
            {
                "element": element,
                "label": about.name,
                "number": about.number,
                "citation": about.citation,
                "saved": row,
                "form": form,
                "files": files,
            }
        )
    return rows


def _page(
    request: AuthedRequest,
    membership: Membership,
    assessment: Assessment,
    *,
    forms: dict[str, ElementForm] | None = None,
    sign_form: SignForm | None = None,
    status: int = 200,
) -> HttpResponse:
    assignment = assessment.assignment
    today = timezone.localdate()
    own = assignment.membership_id == membership.pk
    editor = not own and access.may_edit(membership, assignment)
    draft = assessment.status == "draft"
    remediation = (
        Remediation.objects.filter(assessment=assessment).select_related("closed_by").first()
    )
    return render(
        request,
        "competency/assessment.html",
        {
            "org": membership.organisation,
            "assessment": assessment,
            "assignment": assignment,
            "member": person_name(assignment.membership.user),
            "own": own,
            "editor": editor,
            "draft": draft,
            "elements": _element_rows(assessment, forms),
            "findings": assessing.completeness(assessment) if draft else [],
            "verdict": assessing.verdict_for(membership, assessment, today)
            if editor and draft
            else None,
            "sign_form": sign_form or SignForm(),
            "remediation": remediation,
            "remediation_form": RemediationForm(
                initial={
                    "retraining": remediation.retraining,
                    "reassess_by": remediation.reassess_by,
                    "retrained_on": remediation.retrained_on,
                }
            )
            if remediation
            else None,
            "acknowledge_form": AcknowledgeForm(),
            "may_reopen": assessment.status == "signed"
            and (assessment.signed_by_id == membership.user_id or access.manages(membership)),
            "post_tests": post_tests(assignment.membership.user) if editor and draft else [],
            "history": assessing.history(assessment),
            "policy": policy_for(assignment.site_id),
        },
        status=status,
    )


@org_view()
def assessment(request: AuthedRequest, membership: Membership, assessment_id: int) -> HttpResponse:
    return _page(request, membership, access.assessment_for(membership, assessment_id))


def _editable(membership: Membership, assessment_id: int) -> Assessment:
    row = access.assessment_for(membership, assessment_id)
    if not access.may_edit(membership, row.assignment):
        raise Http404("no such assessment")
    return row


def _post_test_score(
    request: AuthedRequest, row: Assessment, prefix: str, data: dict[str, Any]
) -> None:
    chosen = request.POST.get(f"{prefix}-post_test")
    if not chosen:
        return
    from cetrack.inservice.models import Attempt

    attempt = (
        Attempt.objects.filter(
            pk=chosen if chosen.isdigit() else 0, user=row.assignment.membership.user
        )
        .select_related("session")
        .first()
    )
    if attempt is not None:
        day = timezone.localtime(attempt.at).date().isoformat()
        data["score_correct"], data["score_total"] = attempt.correct, attempt.total
        data["score_source"] = f"In-service post-test: {attempt.session.title} ({day})"


@org_view()
@require_POST
def element(
    request: AuthedRequest, membership: Membership, assessment_id: int, element: str
) -> HttpResponse:
    row = _editable(membership, assessment_id)
    if element not in (DUTIES.id, *SIX_ELEMENTS):
        raise Http404("no such element")
    form = ElementForm(element, request.POST, request.FILES, prefix=element)
    if form.is_valid():
        data = dict(form.cleaned_data)
        _post_test_score(request, row, element, data)
        upload = data.pop("file", None)
        file = (upload.name, upload.read()) if upload else None
        outcome = assessing.save_element(request.user, row, element, data, file)
        if outcome.ok:
            messages.success(request, f"{outcome.saved.element_label} recorded.")
            return _to(row)
        problems_to_form(form, outcome.problems)
    return _page(request, membership, row, forms={element: form}, status=422)


@org_view()
@require_POST
def set_date(request: AuthedRequest, membership: Membership, assessment_id: int) -> HttpResponse:
    row = _editable(membership, assessment_id)
    field = StartForm().fields["assessed_on"]
    try:
        day = field.clean(request.POST.get("assessed_on", ""))
    except ValidationError:
        day = None  # the service says what is expected
    outcome = assessing.set_date(request.user, row, day)
    if outcome.ok:
        messages.success(request, "Date changed.")
    else:
        _messages(request, outcome.problems)
    return _to(row)


@org_view()
@require_POST
def sign(request: AuthedRequest, membership: Membership, assessment_id: int) -> HttpResponse:
    row = _editable(membership, assessment_id)
    form = SignForm(request.POST)
    plan = None
    if form.is_valid():
        plan = assessing.RemediationPlan(
            form.cleaned_data["retraining"], form.cleaned_data["reassess_by"]
        )
    outcome = assessing.sign(membership, row, plan)
    if outcome.ok:
        messages.success(
            request,
            f"Signed. {person_name(row.assignment.membership.user)} is asked to acknowledge it.",
        )
        return _to(row)
    problems_to_form(form, [p for p in outcome.problems if p[0] in form.fields])
    _messages(request, [p for p in outcome.problems if p[0] not in form.fields])
    return _page(
        request,
        membership,
        row,
        sign_form=form,
        status=403 if outcome.extra.get("refused") else 422,
    )


@org_view()
@require_POST
def reopen(request: AuthedRequest, membership: Membership, assessment_id: int) -> HttpResponse:
    row = _editable(membership, assessment_id)
    outcome = assessing.reopen(membership, row)
    if outcome.ok:
        messages.success(request, "Reopened: the signature was withdrawn.")
    else:
        _messages(request, outcome.problems)
    return _to(row)


@org_view()
@require_POST
def acknowledge(request: AuthedRequest, membership: Membership, assessment_id: int) -> HttpResponse:
    row = access.assessment_for(membership, assessment_id)
    form = AcknowledgeForm(request.POST)
    comment = form.cleaned_data["comment"] if form.is_valid() else ""
    outcome = assessing.acknowledge(request.user, row, comment)
    if outcome.ok:
        messages.success(request, "Acknowledged. The assessment is now locked.")
    else:
        _messages(request, outcome.problems)
    return _to(row)


@org_view()
@require_POST
def discard(request: AuthedRequest, membership: Membership, assessment_id: int) -> HttpResponse:
    row = _editable(membership, assessment_id)
    outcome = assessing.discard(request.user, row)
    if not outcome.ok:
        _messages(request, outcome.problems)
        return _to(row)
    messages.success(request, "Draft discarded.")
    return redirect("competency-home", membership.organisation_id)


@org_view()
@require_POST
def remediation(request: AuthedRequest, membership: Membership, assessment_id: int) -> HttpResponse:
    row = _editable(membership, assessment_id)
    found = Remediation.objects.filter(assessment=row).first()
    if found is None:
        raise Http404("no remediation")
    form = RemediationForm(request.POST)
    if not form.is_valid():
        _messages(request, [(None, "Give the retraining and a re-assessment date.")])
        return _to(row)
    outcome = assessing.update_remediation(request.user, found, **form.cleaned_data)
    if outcome.ok:
        messages.success(request, "Remediation saved.")
    else:
        _messages(request, outcome.problems)
    return _to(row)


@org_view()
def evidence_file(
    request: AuthedRequest, membership: Membership, assessment_id: int, file_id: int
) -> HttpResponse:
    row = access.assessment_for(membership, assessment_id)
    item = access.evidence_for(row, file_id)
    try:
        content = evidence.read(item.blob)
    except OSError:
        raise Http404("the file is missing from storage") from None
    response = HttpResponse(content, content_type=item.blob.content_type)
    name = path_segment(item.original_name, "evidence")
    response["Content-Disposition"] = f'inline; filename="{name}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@org_view()
@require_POST
def remove_file(
    request: AuthedRequest, membership: Membership, assessment_id: int, file_id: int
) -> HttpResponse:
    row = _editable(membership, assessment_id)
    item = access.evidence_for(row, file_id)
    outcome = assessing.remove_file(request.user, row, item)
    if outcome.ok:
        messages.success(request, f"{item.original_name} removed.")
    else:
        _messages(request, outcome.problems)
    return _to(row)


@org_view(*MANAGERS)
def member(request: AuthedRequest, membership: Membership, membership_id: int) -> HttpResponse:
    target = access.member_of(membership, membership_id)
    today = timezone.localdate()
    sites = sorted(
        {a.site for a in Assignment.objects.filter(membership=target).select_related("site")}
        | {q.site for q in Qualification.objects.filter(membership=target).select_related("site")},
        key=lambda s: s.name,
    )
    records = [record_context(target, site, today) for site in sites]
    return render(
        request,
        "competency/member.html",
        {
            "org": membership.organisation,
            "target": target,
            "name": person_name(target.user),
            "records": records,
        },
    )


@org_view(*MANAGERS)
def member_pdf(
    request: AuthedRequest, membership: Membership, membership_id: int, site_id: int
) -> HttpResponse:
    target = access.member_of(membership, membership_id)
    site = access.site_of(membership, site_id)
    body = record_pdf(target, site, timezone.localdate())
    response = HttpResponse(body, content_type="application/pdf")
    name = path_segment(f"competency-{person_name(target.user)}-{site.name}.pdf", "competency.pdf")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
