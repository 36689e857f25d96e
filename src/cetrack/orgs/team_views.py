"""The manager's pages: the team compliance matrix (and its CSV), the licence list, a member's
credentials (read-only, every read logged for the member) and a site's inspection binder."""

from __future__ import annotations

from dataclasses import replace

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.views.decorators.http import require_POST

from cetrack.core.engine import MET, NOT_APPLICABLE, NOT_MET, UNVERIFIED
from cetrack.orgs import binders, exports
from cetrack.orgs.access import (
    MANAGERS,
    org_view,
    read_member_records,
    shared_membership_for,
)
from cetrack.orgs.matrix import (
    SORTS,
    Page,
    derived,
    filtered_rows,
    grid,
    licences,
    read_filters,
    select,
    team_matrix,
)
from cetrack.orgs.models import BinderExport, Department, Membership, Role, Site
from cetrack.records import presenters
from cetrack.records.access import credentials_for, get_credential_for_user
from cetrack.records.exports import transcript
from cetrack.records.services import evaluate_for
from cetrack.web.http import AuthedRequest

STATUS_CHOICES = [
    (s, presenters.STATUS_LABELS[s]) for s in (NOT_MET, UNVERIFIED, MET, NOT_APPLICABLE)
]


def _query_without(request: AuthedRequest, *names: str) -> str:
    query = request.GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


@org_view(*MANAGERS)
def compliance(request: AuthedRequest, membership: Membership) -> HttpResponse:
    org = membership.organisation
    matrix = team_matrix(org.pk)
    filters = read_filters(request.GET)
    query = _query_without(request, "page")

    def table() -> tuple[Page, str]:
        # The table holds links only (no form, no token), so it is the same for every manager
        # asking the same question of the same state of the team: made once, then reused.
        page = select(matrix, filters)
        html = render_to_string(
            "orgs/_matrix_table.html",
            {
                "org": org,
                "matrix": matrix,
                "page": page,
                "grid": grid(page.rows, page.columns),
                "today": matrix.as_of,
                "query": query,
            },
        )
        return replace(page, rows=[]), html

    page, table_html = derived(matrix, ("page", filters, query), table)
    return render(
        request,
        "orgs/compliance.html",
        {
            "org": org,
            "matrix": matrix,
            "page": page,
            "table_html": table_html,
            "filters": filters,
            "today": matrix.as_of,
            "sites": Site.objects.filter(organisation=org),
            "departments": Department.objects.filter(organisation=org),
            "roles": Role.choices,
            "statuses": STATUS_CHOICES,
            "status_counts": [(label, page.counts.get(s, 0), s) for s, label in STATUS_CHOICES],
            "sorts": SORTS.items(),
            "query": query,
        },
    )


@org_view(*MANAGERS)
def compliance_csv(request: AuthedRequest, membership: Membership) -> HttpResponse:
    matrix = team_matrix(membership.organisation_id)
    filters = replace(read_filters(request.GET), page=1)  # every matching row, unpaged
    body = derived(
        matrix,
        ("csv", filters),
        lambda: exports.matrix_csv(filtered_rows(matrix, filters), matrix.as_of),
    )
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    name = f"compliance-{membership.organisation.slug}-{matrix.as_of.isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@org_view(*MANAGERS)
def licence_list(request: AuthedRequest, membership: Membership) -> HttpResponse:
    org = membership.organisation
    matrix = team_matrix(org.pk)
    lines = licences(matrix)
    return render(
        request,
        "orgs/licences.html",
        {
            "org": org,
            "lines": lines,
            "today": matrix.as_of,
            "sites": Site.objects.filter(organisation=org).order_by("name"),
            "attention": sum(1 for line in lines if line.status != "current"),
        },
    )


@org_view(*MANAGERS)
def member_page(request: AuthedRequest, membership: Membership, membership_id: int) -> HttpResponse:
    member = read_member_records(
        request.user, membership.organisation_id, membership_id, "Credentials overview"
    )
    evaluation = evaluate_for(member)
    pks = dict(credentials_for(member).values_list("ledger_id", "pk"))
    cards = presenters.cards(evaluation, pks)
    return render(
        request,
        "orgs/member.html",
        {
            "org": membership.organisation,
            "member": member,
            "membership_id": membership_id,
            "cards": cards,
            "as_of": evaluation.as_of,
        },
    )


@org_view(*MANAGERS)
def member_credential(
    request: AuthedRequest, membership: Membership, membership_id: int, credential_id: int
) -> HttpResponse:
    target = shared_membership_for(request.user, membership.organisation_id, membership_id)
    row = get_credential_for_user(target.user, credential_id)  # 404 unless theirs
    context = transcript(target.user, row)
    read_member_records(
        request.user, membership.organisation_id, membership_id, f"{context['name']} credential"
    )
    return render(
        request,
        "orgs/member_credential.html",
        {
            **context,
            "org": membership.organisation,
            "member": target.user,
            "membership_id": membership_id,
        },
    )


@org_view(*MANAGERS)
def binder_list(request: AuthedRequest, membership: Membership) -> HttpResponse:
    org = membership.organisation
    rows = list(
        BinderExport.objects.filter(organisation=org).select_related("site", "requested_by")[:30]
    )
    pending = [r for r in rows if r.status in ("queued", "building") and not binders.is_stale(r)]
    return render(
        request,
        "orgs/binders.html",
        {
            "org": org,
            "sites": Site.objects.filter(organisation=org),
            "rows": [(row, binders.is_stale(row)) for row in rows],
            "pending": bool(pending),
        },
    )


@org_view(*MANAGERS)
@require_POST
def binder_request(request: AuthedRequest, membership: Membership, site_id: int) -> HttpResponse:
    org = membership.organisation
    site = Site.objects.filter(organisation=org, pk=site_id).first()
    if site is None:
        raise Http404("no such site")
    row = binders.request_binder(request.user, org, site)
    if row.status == BinderExport.Status.READY:
        messages.success(request, f"The binder of {site.name} is ready.")
    else:
        messages.info(
            request, f"The binder of {site.name} is being built; this page shows when it is ready."
        )
    return redirect("org-binders", org.pk)


@org_view(*MANAGERS)
def binder_download(request: AuthedRequest, membership: Membership, binder_id: int) -> HttpResponse:
    row = BinderExport.objects.filter(
        organisation_id=membership.organisation_id, pk=binder_id, status=BinderExport.Status.READY
    ).first()
    content = binders.read(row) if row is not None else None
    if row is None or content is None:
        raise Http404("no such binder")
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{row.filename}"'
    return response
