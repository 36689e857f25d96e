"""Competency pages for the set-up and the lists: the competency home (everyone), a site's due
list, test systems and the site's policy, one test system with its assignments and changes,
and qualifications (managers and administrators).

Every page is under /orgs/<org_id>/competency/ and wrapped in `org_view` (404 for a
non-member, 403 for a role not admitted); objects are found through
`cetrack.competency.access` (404 outside the organisation); changes go through
`cetrack.competency.services`.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from cetrack.competency import access, services
from cetrack.competency.forms import (
    AssignForm,
    ChangeForm,
    PolicyForm,
    QualificationForm,
    TestSystemForm,
    site_memberships,
)
from cetrack.competency.models import Qualification, TestSystem
from cetrack.competency.presenters import (
    STATE_CODES,
    assessor_rules,
    awaiting_acknowledgement,
    due_list,
    due_row,
    member_tracks,
)
from cetrack.competency.standing import accreditor_for, policy_for, today_state
from cetrack.core.competency.vocabulary import STATES
from cetrack.orgs.access import MANAGERS, org_view
from cetrack.orgs.models import Membership, Site
from cetrack.web.http import AuthedRequest


def problems_to_form(form: Any, problems: list[tuple[str | None, str]]) -> None:
    for key, message in problems:
        form.add_error(key if key in form.fields else None, message)


def _flash(request: AuthedRequest, outcome: Any, success: str) -> None:
    if outcome.ok:
        messages.success(request, success)
    else:
        for _, message in outcome.problems:
            messages.error(request, message)


def _int(value: Any, default: int | None = None) -> int | None:
    """A query parameter as a number a database can hold, else `default`."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if -(2**62) < number < 2**62 else default


@org_view()
def home(request: AuthedRequest, membership: Membership) -> HttpResponse:
    org = membership.organisation
    today = timezone.localdate()
    manager = access.manages(membership)
    assessor_sites = access.assessor_sites(membership)
    sites = list(Site.objects.filter(organisation=org))
    boards = []
    for site in sites:
        if not manager and site.pk not in assessor_sites:
            continue
        policy = policy_for(site)
        size = 20 if not manager else 1
        boards.append(
            (site, policy, due_list(site.pk, today, policy.due_soon_days, page_size=size))
        )
    return render(
        request,
        "competency/home.html",
        {
            "org": org,
            "membership": membership,
            "manager": manager,
            "tracks": member_tracks(membership.pk, today),
            "awaiting": awaiting_acknowledgement(membership.pk),
            "boards": boards,
            "states": STATES,
            "today": today,
        },
    )


@org_view(*MANAGERS)
def site_due(request: AuthedRequest, membership: Membership, site_id: int) -> HttpResponse:
    site = access.site_of(membership, site_id)
    policy = policy_for(site)
    today = timezone.localdate()
    state = request.GET.get("state", "")
    state = state if state in STATE_CODES else ""
    systems = TestSystem.objects.filter(site=site, retired_on__isnull=True)
    system_id = _int(request.GET.get("system"))
    if system_id is not None and not systems.filter(pk=system_id).exists():
        system_id = None
    listing = due_list(
        site.pk,
        today,
        policy.due_soon_days,
        state=state,
        system_id=system_id,
        page=_int(request.GET.get("page"), 1) or 1,
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "competency/site.html",
        {
            "org": membership.organisation,
            "membership": membership,
            "site": site,
            "policy": policy,
            "accreditor": accreditor_for(policy),
            "listing": listing,
            "state": state,
            "system_id": system_id,
            "systems": systems,
            "states": [(s, STATES[s]) for s in STATE_CODES],
            "today": today,
            "query": query.urlencode(),
        },
    )


@org_view(*MANAGERS)
def systems(request: AuthedRequest, membership: Membership, site_id: int) -> HttpResponse:
    site = access.site_of(membership, site_id)
    policy = policy_for(site)
    form = TestSystemForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        outcome = services.save_system(request.user, site, form.cleaned_data)
        if outcome.ok:
            messages.success(
                request, f"{outcome.saved.name} added. Now assign the people who test on it."
            )
            return redirect("competency-system", membership.organisation_id, outcome.saved.pk)
        problems_to_form(form, outcome.problems)
    return render(
        request,
        "competency/systems.html",
        {
            "org": membership.organisation,
            "site": site,
            "form": form,
            "policy_form": PolicyForm(
                initial={
                    "accreditor": policy.accreditor,
                    "track_waived": policy.track_waived,
                    "due_soon_days": policy.due_soon_days,
                }
            ),
            "accreditor": accreditor_for(policy),
            "rules": assessor_rules(accreditor_for(policy)),
            "rows": TestSystem.objects.filter(site=site).order_by("retired_on", "name"),
        },
    )


@org_view(*MANAGERS)
@require_POST
def policy(request: AuthedRequest, membership: Membership, site_id: int) -> HttpResponse:
    site = access.site_of(membership, site_id)
    form = PolicyForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose the rules to follow and a number of days from 0 to 365.")
    else:
        outcome = services.save_policy(request.user, site, **form.cleaned_data)
        _flash(request, outcome, f"Competency policy of {site.name} saved.")
    return redirect("competency-systems", membership.organisation_id, site.pk)


def _system_context(membership: Membership, system: TestSystem, **forms: Any) -> dict[str, Any]:
    today = timezone.localdate()
    policy = policy_for(system.site_id)
    rows = (
        system.assignments.filter(ended_on__isnull=True, membership__left_at__isnull=True)
        .select_related("membership__user")
        .order_by("membership__user__name")
    )
    return {
        "org": membership.organisation,
        "system": system,
        "site": system.site,
        "rows": [due_row(r, today_state(r, today, policy.due_soon_days), today) for r in rows],
        "changes": system.changes.select_related("recorded_by").order_by("-effective_on"),
        "edit_form": forms.get("edit_form")
        or TestSystemForm(
            editing=True,
            initial={
                "name": system.name,
                "analyte": system.analyte,
                "specialty": system.specialty,
                "complexity": system.complexity,
            },
        ),
        "assign_form": forms.get("assign_form")
        or AssignForm(site_memberships(membership.organisation_id, system.site_id)),
        "change_form": forms.get("change_form") or ChangeForm(),
        "waived_note": accreditor_for(policy).waived.note if system.complexity == "waived" else "",
        "tracked": policy.track_waived,
    }


@org_view(*MANAGERS)
def system(request: AuthedRequest, membership: Membership, system_id: int) -> HttpResponse:
    row = access.system_of(membership, system_id)
    form = TestSystemForm(request.POST or None, editing=True)
    if request.method == "POST" and form.is_valid():
        outcome = services.save_system(request.user, row.site, form.cleaned_data, row)
        if outcome.ok:
            messages.success(request, f"{row.name} saved.")
            return redirect("competency-system", membership.organisation_id, row.pk)
        problems_to_form(form, outcome.problems)
    context = _system_context(membership, row, edit_form=form if request.method == "POST" else None)
    return render(request, "competency/system.html", context)


@org_view(*MANAGERS)
@require_POST
def assign(request: AuthedRequest, membership: Membership, system_id: int) -> HttpResponse:
    row = access.system_of(membership, system_id)
    form = AssignForm(site_memberships(membership.organisation_id), request.POST)
    if form.is_valid():
        member = access.member_of(membership, form.cleaned_data["member"])
        outcome = services.assign(request.user, row, member, form.cleaned_data["began_on"])
        if outcome.ok:
            messages.success(request, f"Assigned to {row.name}.")
            return redirect("competency-system", membership.organisation_id, row.pk)
        problems_to_form(form, outcome.problems)
    context = _system_context(membership, row, assign_form=form)
    return render(request, "competency/system.html", context, status=422)


@org_view(*MANAGERS)
@require_POST
def change(request: AuthedRequest, membership: Membership, system_id: int) -> HttpResponse:
    row = access.system_of(membership, system_id)
    form = ChangeForm(request.POST)
    if form.is_valid():
        outcome = services.record_change(request.user, row, **form.cleaned_data)
        if outcome.ok:
            count = outcome.extra["assigned"]
            messages.success(
                request,
                f"Change recorded: {count} assigned {'person is' if count == 1 else 'people are'} "
                "due before reporting results on the changed system.",
            )
            return redirect("competency-system", membership.organisation_id, row.pk)
        problems_to_form(form, outcome.problems)
    context = _system_context(membership, row, change_form=form)
    return render(request, "competency/system.html", context, status=422)


@org_view(*MANAGERS)
@require_POST
def retire(request: AuthedRequest, membership: Membership, system_id: int) -> HttpResponse:
    row = access.system_of(membership, system_id)
    services.retire_system(request.user, row, timezone.localdate())
    messages.success(request, f"{row.name} retired; its assignments ended.")
    return redirect("competency-systems", membership.organisation_id, row.site_id)


@org_view(*MANAGERS)
@require_POST
def end_assignment(
    request: AuthedRequest, membership: Membership, assignment_id: int
) -> HttpResponse:
    row = (
        access.assignments_in(membership)
        .filter(pk=assignment_id, ended_on__isnull=True)
        .select_related("membership__user", "test_system", "site")
        .first()
    )
    if row is None:
        raise Http404("no such assignment")
    services.end_assignment(request.user, row)
    messages.success(request, f"{row.subject_label}: assignment ended.")
    if row.test_system_id:
        return redirect("competency-system", membership.organisation_id, row.test_system_id)
    return redirect("competency-qualifications", membership.organisation_id)


@org_view(*MANAGERS)
def qualifications(request: AuthedRequest, membership: Membership) -> HttpResponse:
    org = membership.organisation
    sites = Site.objects.filter(organisation=org)
    form = QualificationForm(
        site_memberships(org.pk), sites, request.POST or None, request.FILES or None
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        member = access.member_of(membership, data["member"])
        site = access.site_of(membership, data["site"])
        upload = data.get("delegation_file")
        file = (upload.name, upload.read()) if upload else None
        outcome = services.record_qualification(request.user, member, site, data, file)
        if outcome.ok:
            messages.success(request, f"Qualification recorded: {outcome.saved.position_label}.")
            return redirect("competency-qualifications", org.pk)
        problems_to_form(form, outcome.problems)
    rows = (
        Qualification.objects.filter(site__organisation=org, membership__left_at__isnull=True)
        .select_related("membership__user", "site")
        .order_by("site__name", "membership__user__name", "position")
    )
    return render(
        request,
        "competency/qualifications.html",
        {"org": org, "form": form, "rows": rows, "today": timezone.localdate()},
    )


@org_view(*MANAGERS)
@require_POST
def end_qualification(
    request: AuthedRequest, membership: Membership, qualification_id: int
) -> HttpResponse:
    row = (
        Qualification.objects.filter(
            site__organisation_id=membership.organisation_id, pk=qualification_id
        )
        .select_related("membership__user", "site")
        .first()
    )
    if row is None:
        raise Http404("no such qualification")
    outcome = services.end_qualification(request.user, row)
    _flash(request, outcome, f"{row.position_label} qualification ended.")
    return redirect("competency-qualifications", membership.organisation_id)
