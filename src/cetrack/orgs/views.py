"""Organisation pages for everyone in one: my organisations, create, join, consent, leave, who
viewed my records; and for administrators: members, invitations, sites, departments, history.

Every page under /orgs/<org_id>/ goes through `org_view` (404 for non-members, 403 for a role
that may not); every change through `cetrack.orgs.services` (one transaction and an audit entry).
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from cetrack.orgs import services
from cetrack.orgs.access import ADMINS, MANAGERS, current_memberships, org_view
from cetrack.orgs.forms import (
    CONSENT_TEXT,
    CreateOrganisationForm,
    DepartmentForm,
    InviteForm,
    JoinForm,
    MemberForm,
    OrganisationForm,
    SiteForm,
)
from cetrack.orgs.models import AccessLog, AuditEntry, Invitation, Membership, Site
from cetrack.web.http import AuthedRequest

MEMBERS_PER_PAGE = 100


def _problems_to_form(form: Any, problems: list[tuple[str | None, str]]) -> None:
    for key, message in problems:
        form.add_error(key if key in form.fields else None, message)


@login_required
def my_organisations(request: AuthedRequest) -> HttpResponse:
    return render(
        request,
        "orgs/mine.html",
        {"memberships": current_memberships(request.user), "consent_text": CONSENT_TEXT},
    )


@login_required
def create_organisation(request: AuthedRequest) -> HttpResponse:
    form = CreateOrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = services.create_organisation(
            request.user, data["name"], data["kind"], share=data["share"]
        )
        if outcome.ok:
            messages.success(request, f"{outcome.saved.name} created; you are its administrator.")
            return redirect("org-home", outcome.saved.pk)
        _problems_to_form(form, outcome.problems)
    return render(request, "orgs/create.html", {"form": form})


@login_required
def join(request: AuthedRequest, token: str) -> HttpResponse:
    invitation = services.invitation_for(token)
    problem = services.invitation_problem(invitation)
    form = JoinForm(request.POST or None)
    if request.method == "POST" and not problem and form.is_valid():
        outcome = services.accept_invitation(request.user, token, consent=True)
        if outcome.ok:
            messages.success(request, f"Welcome to {outcome.saved.organisation.name}.")
            return redirect("org-home", outcome.saved.organisation_id)
        problem = outcome.problems[0][1]
    return render(
        request,
        "orgs/join.html",
        {"invitation": None if problem else invitation, "problem": problem, "form": form},
        status=410 if problem and invitation is not None else 404 if problem else 200,
    )


@login_required
def access_log(request: AuthedRequest) -> HttpResponse:
    entries = (
        AccessLog.objects.filter(member=request.user)
        .select_related("viewer", "organisation")
        .order_by("-at", "-id")[:500]
    )
    return render(request, "orgs/access_log.html", {"entries": entries})


# -- any member --------------------------------------------------------------------------------


@org_view()
def org_home(request: AuthedRequest, membership: Membership) -> HttpResponse:
    org = membership.organisation
    return render(
        request,
        "orgs/home.html",
        {
            "org": org,
            "membership": membership,
            "sites": Site.objects.filter(organisation=org),
            "is_manager": membership.role in MANAGERS,
            "is_admin": membership.role in ADMINS,
            "member_count": Membership.objects.filter(
                organisation=org, left_at__isnull=True
            ).count(),
            "consent_text": CONSENT_TEXT,
        },
    )


@org_view()
@require_POST
def consent(request: AuthedRequest, membership: Membership) -> HttpResponse:
    share = request.POST.get("share") == "yes"
    services.set_consent(request.user, membership, share)
    messages.success(
        request,
        "You now share your compliance status." if share else "You stopped sharing.",
    )
    if request.POST.get("next") == "mine":
        return redirect("orgs")
    return redirect("org-home", membership.organisation_id)


@org_view()
@require_POST
def leave(request: AuthedRequest, membership: Membership) -> HttpResponse:
    outcome = services.end_membership(request.user, membership)
    if not outcome.ok:
        messages.error(request, outcome.problems[0][1])
        return redirect("org-home", membership.organisation_id)
    messages.success(request, f"You left {membership.organisation.name}; your records stay yours.")
    return redirect("orgs")


# -- administrators ----------------------------------------------------------------------------


def _member_of(membership: Membership, membership_id: int) -> Membership:
    row = (
        Membership.objects.select_related("user")
        .filter(organisation_id=membership.organisation_id, left_at__isnull=True, pk=membership_id)
        .first()
    )
    if row is None:
        raise Http404("no such member")
    return row


@org_view(*ADMINS)
def members(request: AuthedRequest, membership: Membership) -> HttpResponse:
    org = membership.organisation
    everyone = (
        Membership.objects.filter(organisation=org, left_at__isnull=True)
        .select_related("user", "site", "department")
        .order_by("user__name", "user__email", "id")
    )
    page = Paginator(everyone, MEMBERS_PER_PAGE).get_page(request.GET.get("page"))
    rows = page.object_list
    return render(
        request,
        "orgs/members.html",
        {
            "org": org,
            "membership": membership,
            "rows": [
                (
                    row,
                    MemberForm(
                        org,
                        prefix=f"m{row.pk}",
                        initial={
                            "role": row.role,
                            "site": row.site_id,
                            "department": row.department_id,
                        },
                    ),
                )
                for row in rows
            ],
            "invitations": Invitation.objects.filter(
                organisation=org, used_at__isnull=True, revoked_at__isnull=True
            ),
            "now": timezone.now(),
            "page": page,
        },
    )


@org_view(*ADMINS)
@require_POST
def member_edit(request: AuthedRequest, membership: Membership, membership_id: int) -> HttpResponse:
    row = _member_of(membership, membership_id)
    form = MemberForm(membership.organisation, request.POST, prefix=f"m{row.pk}")
    if not form.is_valid():
        messages.error(request, "Choose a role, and a site and department of this organisation.")
        return redirect("org-members", membership.organisation_id)
    outcome = services.change_member(
        request.user,
        row,
        role=form.cleaned_data["role"],
        site=form.site_row(),
        department=form.department_row(),
    )
    if outcome.ok:
        messages.success(request, f"Saved {services.person_name(row.user)}.")
    else:
        messages.error(request, outcome.problems[0][1])
    return redirect("org-members", membership.organisation_id)


@org_view(*ADMINS)
@require_POST
def member_remove(
    request: AuthedRequest, membership: Membership, membership_id: int
) -> HttpResponse:
    row = _member_of(membership, membership_id)
    outcome = services.end_membership(request.user, row)
    if outcome.ok:
        messages.success(
            request, f"{services.person_name(row.user)} removed; their records stay theirs."
        )
    else:
        messages.error(request, outcome.problems[0][1])
    return redirect("org-members", membership.organisation_id)


@org_view(*ADMINS)
def invite(request: AuthedRequest, membership: Membership) -> HttpResponse:
    org = membership.organisation
    form = InviteForm(org, request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        outcome = services.invite(
            request.user,
            org,
            data["email"],
            data["role"],
            site=form.site_row(),
            department=form.department_row(),
            join_url=lambda token: request.build_absolute_uri(reverse("org-join", args=[token])),
        )
        if outcome.ok:
            messages.success(request, f"Invitation sent to {outcome.saved.email}.")
            return redirect("org-members", org.pk)
        _problems_to_form(form, outcome.problems)
    return render(request, "orgs/invite.html", {"org": org, "form": form})


@org_view(*ADMINS)
@require_POST
def invitation_revoke(
    request: AuthedRequest, membership: Membership, invitation_id: int
) -> HttpResponse:
    row = Invitation.objects.filter(organisation_id=membership.organisation_id, pk=invitation_id)
    found = row.first()
    if found is None:
        raise Http404("no such invitation")
    services.revoke_invitation(request.user, found)
    messages.info(request, f"Invitation to {found.email} withdrawn; its link no longer works.")
    return redirect("org-members", membership.organisation_id)


@org_view(*ADMINS)
def org_settings(request: AuthedRequest, membership: Membership) -> HttpResponse:
    org = membership.organisation
    form = OrganisationForm(
        request.POST if request.POST.get("form") == "org" else None,
        initial={"name": org.name, "kind": org.kind},
    )
    site_form = SiteForm(request.POST if request.POST.get("form") == "site" else None)
    department_form = DepartmentForm(
        org, request.POST if request.POST.get("form") == "department" else None
    )
    saved = _save_settings(request, membership, form, site_form, department_form)
    if saved is not None:
        return saved
    return render(
        request,
        "orgs/settings.html",
        {
            "org": org,
            "form": form,
            "site_form": site_form,
            "department_form": department_form,
            "sites": Site.objects.filter(organisation=org),
            "departments": org.departments.select_related("site"),
        },
    )


def _save_settings(
    request: HttpRequest, membership: Membership, *forms: Any
) -> HttpResponse | None:
    org, actor = membership.organisation, request.user
    form, site_form, department_form = forms
    if form.is_bound and form.is_valid():
        outcome = services.rename_organisation(
            actor, org, form.cleaned_data["name"], form.cleaned_data["kind"]
        )
        bound = form
    elif site_form.is_bound and site_form.is_valid():
        outcome = services.save_site(actor, org, **site_form.cleaned_data)
        bound = site_form
    elif department_form.is_bound and department_form.is_valid():
        outcome = services.add_department(
            actor, org, department_form.cleaned_data["name"], department_form.site_row()
        )
        bound = department_form
    else:
        return None
    if outcome.ok:
        messages.success(request, "Saved.")
        return redirect("org-settings", org.pk)
    _problems_to_form(bound, outcome.problems)
    return None


@org_view(*ADMINS)
def history(request: AuthedRequest, membership: Membership) -> HttpResponse:
    entries = AuditEntry.objects.filter(organisation_id=membership.organisation_id).select_related(
        "actor"
    )[:500]
    return render(
        request, "orgs/history.html", {"org": membership.organisation, "entries": entries}
    )
