"""Find CE, plan a renewal, keep a list of planned items, check a pathway.

Each view: who (login), which object (an access helper), one service call, render. htmx swaps
rows and buttons in place; every form also works without JavaScript.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from cetrack.core.pathways import load_pathways
from cetrack.funding.subscriptions import paid_items_for
from cetrack.planning import presenters, services
from cetrack.planning.access import get_planned_item_for_user, planned_items_for
from cetrack.planning.catalogue import site_catalogue
from cetrack.planning.forms import (
    CatalogueSearchForm,
    DegreeFormSet,
    ExperienceFormSet,
    PlanForm,
    ProfileForm,
    ProgrammeFormSet,
    formset_initial,
    profile_data,
)
from cetrack.planning.models import PlannedItem
from cetrack.records.forms import ActivityForm
from cetrack.web.http import AuthedRequest

PER_PAGE = 25


def _is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def _query(request: HttpRequest, drop: tuple[str, ...] = ("page",)) -> str:
    pairs = [(k, v) for k in request.GET for v in request.GET.getlist(k) if k not in drop]
    return urlencode(pairs)


def _back(request: HttpRequest, default: str) -> str:
    target = request.POST.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


# -- the catalogue -----------------------------------------------------------------------------


@login_required
def catalogue(request: AuthedRequest) -> HttpResponse:
    site = site_catalogue()
    form = CatalogueSearchForm(request.GET or None)
    problems = [] if not form.is_bound or form.is_valid() else ["Some filters were not used:"]
    search = form.search()
    needs = services.needs_for(request.user, site, member=search.member)
    found = services.search_catalogue(site, needs, search)
    page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
    planned = services.planned_ids(request.user)
    paid = paid_items_for(request.user, site.catalogue)
    rows = [
        presenters.catalogue_row(
            item,
            site.catalogue,
            needs.helps,
            needs.labels,
            planned,
            parent=services.cheapest_parent(item, site.catalogue, search.member)
            if item.price is None
            else "",
            as_of=needs.as_of,
            paid_by=paid.get(item.id, ""),
        )
        for item in page.object_list
    ]
    notes = []
    if (search.accepted_only or search.fills_gaps) and not needs.has_credentials:
        notes.append("Add your credentials first: the filters that use them show nothing yet.")
    if search.before_deadlines and needs.deadline is None:
        notes.append("None of your credentials has a deadline to plan for; dates were not used.")
    context = {
        "form": form,
        "problems": problems,
        "rows": rows,
        "page": page,
        "total": len(found),
        "size": len(site.items),
        "query": _query(request),
        "needs": needs,
        "notes": notes,
        "here": request.get_full_path(),
        "empty_reasons": [] if found else services.why_empty(site, needs, search),
    }
    template = "planning/_catalogue_rows.html" if _is_htmx(request) else "planning/catalogue.html"
    return render(request, template, context)


@login_required
@require_POST
def add_item(request: AuthedRequest) -> HttpResponse:
    site = site_catalogue()
    item = site.catalogue.by_id.get(request.POST.get("item", ""))
    if item is None:
        if _is_htmx(request):
            return HttpResponse("That item is no longer in the catalogue.", status=404)
        messages.error(request, "That item is no longer in the catalogue.")
        return redirect(_back(request, "/catalogue/"))
    member = request.POST.get("member") == "1"
    new = services.new_item_from_catalogue(item, site.catalogue, member=member)
    if item.id in paid_items_for(request.user, site.catalogue):
        new = replace(new, price=Decimal(0))  # an organisation's subscription pays for it
    added, _ = services.add_to_plan(request.user, [new])
    if _is_htmx(request):
        return render(request, "planning/_added.html", {"item_id": item.id})
    if added:
        messages.success(request, f"Added “{item.title}” to your plan.")
    else:
        messages.info(request, f"“{item.title}” is already in your plan.")
    return redirect(_back(request, "/plan/items/"))


# -- the renewal plan --------------------------------------------------------------------------


def _plan_request(form: PlanForm, paid: dict[str, str]) -> services.PlanRequest:
    """The form's settings, with the items an organisation's subscription pays for this person
    counted as employer-paid (cetrack.funding.subscriptions)."""
    asked = form.request()
    if not paid:
        return asked
    return replace(asked, employer_paid=tuple(sorted(set(asked.employer_paid) | set(paid))))


def _plan_form(request: HttpRequest, data: Any, catalogue: Any) -> PlanForm:
    return PlanForm(
        data if data and "as_of" in data else None,
        catalogue=catalogue,
        initial={"as_of": timezone.localdate()},
    )


@login_required
def plan(request: AuthedRequest) -> HttpResponse:
    site = site_catalogue()
    form = _plan_form(request, request.GET, site.catalogue)
    view = None
    if form.is_bound and form.is_valid():
        paid = paid_items_for(request.user, site.catalogue)
        result = services.plan_for(request.user, _plan_request(form, paid), site)
        planned = services.planned_ids(request.user)
        view = presenters.plan_view(result, planned, site.catalogue, paid_by=paid)
    hidden = [(k, v) for k in request.GET for v in request.GET.getlist(k)]
    status = 400 if form.is_bound and not form.is_valid() else 200
    return render(
        request,
        "planning/plan.html",
        {"form": form, "plan": view, "hidden": hidden, "size": len(site.items)},
        status=status,
    )


@login_required
@require_POST
def plan_add(request: AuthedRequest) -> HttpResponse:
    """Adds the plan's items (all, or those named by `item`) to my planned items."""
    site = site_catalogue()
    form = _plan_form(request, request.POST, site.catalogue)
    if not form.is_valid():
        messages.error(request, "The plan's settings were not valid; run the plan again.")
        return redirect("plan")
    paid = paid_items_for(request.user, site.catalogue)
    result = services.plan_for(request.user, _plan_request(form, paid), site)
    only = request.POST.getlist("item") or None
    chosen = services.new_items_from_plan(result, only=only)
    if not chosen:
        if _is_htmx(request):
            return HttpResponse("That item is not in this plan.", status=404)
        messages.error(request, "Nothing to add: the plan has no such items.")
        return redirect("plan")
    added, already = services.add_to_plan(request.user, chosen)
    if _is_htmx(request) and only and len(only) == 1:
        return render(request, "planning/_added.html", {"item_id": only[0]})
    text = f"Added {added} item{'s' if added != 1 else ''} to your plan."
    if already:
        text += f" {already} {'was' if already == 1 else 'were'} already there."
    messages.success(request, text)
    return redirect("plan-items")


# -- my planned items --------------------------------------------------------------------------


@login_required
def items(request: AuthedRequest) -> HttpResponse:
    rows = list(planned_items_for(request.user).select_related("activity"))
    groups = {state: [r for r in rows if r.state == state] for state in PlannedItem.State.values}
    spend = (
        planned_items_for(request.user)
        .filter(state=PlannedItem.State.PLANNED)
        .aggregate(total=Sum("price"))["total"]
    )
    return render(
        request,
        "planning/items.html",
        {"groups": groups, "spend": presenters.money(spend) if spend else "$0"},
    )


def _row(request: HttpRequest, planned: PlannedItem) -> HttpResponse:
    return render(request, "planning/_item_row.html", {"p": planned, "just_changed": True})


@login_required
def item_done(request: AuthedRequest, pk: int) -> HttpResponse:
    planned = get_planned_item_for_user(request.user, pk)
    if planned.state != PlannedItem.State.PLANNED:
        messages.info(request, f"“{planned.title}” is already {planned.get_state_display()}.")
        return redirect("plan-items")
    item = site_catalogue().catalogue.by_id.get(planned.item_id)
    if item is not None and item.includes:
        # A package or conference registration gives no credit itself: bought is done.
        if request.method == "POST":
            services.mark_bought(planned)
            messages.success(request, f"Marked “{planned.title}” as bought.")
            return redirect("plan-items")
        return render(request, "planning/done.html", {"planned": planned, "bundle": item})
    initial = services.activity_initial(planned, item, request.user.name, timezone.localdate())
    form = ActivityForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        outcome = services.mark_done(request.user, planned, form.entry())
        if outcome.ok:
            messages.success(request, f"Added “{outcome.saved.title}” to your activities.")
            return redirect("activity", pk=outcome.saved.pk)
        form.show_problems(outcome.problems)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "planning/done.html",
        {"planned": planned, "form": form, "item": item},
        status=status,
    )


@login_required
@require_POST
def item_drop(request: AuthedRequest, pk: int) -> HttpResponse:
    planned = get_planned_item_for_user(request.user, pk)
    services.drop(planned)
    if _is_htmx(request):
        return _row(request, planned)
    messages.info(request, f"Dropped “{planned.title}”.")
    return redirect("plan-items")


@login_required
@require_POST
def item_undo(request: AuthedRequest, pk: int) -> HttpResponse:
    planned = get_planned_item_for_user(request.user, pk)
    services.undo(request.user, planned)
    if _is_htmx(request):
        return _row(request, planned)
    messages.success(request, f"“{planned.title}” is planned again.")
    return redirect("plan-items")


# -- pathways ----------------------------------------------------------------------------------


@login_required
def pathways(request: AuthedRequest) -> HttpResponse:
    today = timezone.localdate()
    paths = load_pathways()
    mine = services.my_credentials(request.user, today)
    through = {c["id"]: c["valid_through"] for c in mine if "valid_through" in c}
    saved = services.profile_of(request.user)
    # Before a profile is saved, the credentials kept in my records stand in for it.
    data = dict(saved.data) if saved else {"credentials": mine}
    target = request.GET.get("target") or (saved.target if saved else "")
    held = [c.get("id") for c in data.get("credentials", []) if isinstance(c, dict)]
    initial = {
        "target": target,
        "credentials": held if saved else [c["id"] for c in mine],
        "college_semester_hours": data.get("college_semester_hours"),
    }
    rows = formset_initial(data)
    post = request.POST if request.method == "POST" else None
    form = ProfileForm(post, initial=initial, pathways=paths, held=[c["id"] for c in mine])
    extra = {"pathways": paths}
    degrees = DegreeFormSet(post, initial=rows["degrees"], prefix="degree", form_kwargs=extra)
    jobs = ExperienceFormSet(post, initial=rows["jobs"], prefix="job", form_kwargs=extra)
    programmes = ProgrammeFormSet(
        post, initial=rows["programmes"], prefix="programme", form_kwargs=extra
    )
    if post is not None:
        forms_ok = all(
            [form.is_valid(), degrees.is_valid(), jobs.is_valid(), programmes.is_valid()]
        )
        if forms_ok:
            data = profile_data(form, degrees, jobs, programmes, through)
            services.save_profile(request.user, form.cleaned_data["target"], data)
            messages.success(request, "Saved your profile.")
            return redirect("pathways")
    result = services.pathway_checklist(target, services.with_my_cycles(data, through), today)
    return render(
        request,
        "planning/pathways.html",
        {
            "form": form,
            "degrees": degrees,
            "jobs": jobs,
            "programmes": programmes,
            "result": result,
            "checklist": result.checklist,
            "pathways": paths,
            "saved": saved,
            "as_of": today,
        },
        status=400 if post is not None else 200,
    )
