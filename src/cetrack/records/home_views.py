"""The front door and the first run: the landing page, the dashboard that says what to do next,
the demo login, and adding a credential by its human name with only the fields it needs."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_POST

from cetrack.core.names import ruleset_choices, ruleset_name
from cetrack.records import next_steps, pages, presenters
from cetrack.records.access import activities_for, credentials_for, get_credential_for_user
from cetrack.records.forms import CredentialForm
from cetrack.records.services import cached_for, evaluate_for, library, save_credential
from cetrack.web.http import AuthedRequest


def _demo_user() -> Any:
    from cetrack.accounts.models import User
    from cetrack.web.demo import DEMO_EMAIL

    return User.objects.filter(email=DEMO_EMAIL, is_active=True).first()


def home(request: HttpRequest) -> HttpResponse:
    """The landing page for a visitor, the dashboard for a person signed in."""
    if request.user.is_authenticated:
        return dashboard(request)  # type: ignore[arg-type]
    return render(request, "landing.html", {"demo": _demo_user() is not None})


@require_POST
def demo_login(request: HttpRequest) -> HttpResponse:
    """Signs in as the demo account, when this server has one (`cetrack serve --demo`)."""
    user = _demo_user()
    if user is None:
        messages.info(request, "This server has no demo account. Sign up to try cetrack.")
        return redirect("account_signup")
    login(request, user, backend="cetrack.accounts.backends.ModelBackend")
    return redirect("dashboard")


def _dashboard_html(user: Any) -> str:
    evaluation = evaluate_for(user)
    pks = dict(credentials_for(user).values_list("ledger_id", "pk"))
    cards = presenters.cards(evaluation, pks)
    results = {r.credential.id: r for r in evaluation.credentials}
    shown = [
        {
            "card": c,
            "gaps": next_steps.gaps(results[c.ledger_id]),
            "why": next_steps.why_not_met(c, results[c.ledger_id]),
        }
        for c in cards
    ]
    return render_to_string(
        "records/_dashboard_cards.html",
        {
            "cards": shown,
            "todos": next_steps.record_todos(cards),
            "as_of": evaluation.as_of,
            "next_deadline": presenters.next_deadline(cards, evaluation.as_of),
            "activity_count": activities_for(user).count(),
        },
    )


def _dashboard_context(user: Any) -> dict[str, Any]:
    return {
        "cards_html": cached_for(user, "dashboard", lambda: _dashboard_html(user)),
        "waiting": next_steps.waiting_todos(user),
    }


@login_required
def dashboard(request: AuthedRequest) -> HttpResponse:
    """Kept whole per state of the person's data (records.pages): a warm dashboard is a cache
    read; with a message or an undo offer waiting it is rendered afresh."""
    user = request.user
    if pages.reusable(request):
        return pages.page(
            request, "dashboard", "records/dashboard.html", lambda: _dashboard_context(user)
        )
    return render(request, "records/dashboard.html", _dashboard_context(user))


# -- adding a credential by name ---------------------------------------------------------------


def _picker(request: HttpRequest, form: CredentialForm | None, status: int = 200) -> HttpResponse:
    query = (request.GET.get("q") or "").strip()
    choices = ruleset_choices(library())
    if query:
        words = query.casefold().split()
        choices = [c for c in choices if all(w in c.search for w in words)]
    groups: dict[str, list[Any]] = {}
    for choice in choices:
        groups.setdefault(choice.body, []).append(choice)
    taken = set(credentials_for(request.user).values_list("rules", flat=True))
    return render(
        request,
        "records/credential_picker.html",
        {
            "groups": groups,
            "query": query,
            "form": form,
            "taken": taken,
            "welcome": _welcome(request),
            "mine": [ruleset_name(r) for r in sorted(taken)],
        },
        status=status,
    )


def _welcome(request: HttpRequest) -> bool:
    return (request.POST.get("welcome") or request.GET.get("welcome")) == "1"


def _form_page(
    request: HttpRequest, form: CredentialForm, credential: Any = None, status: int = 200
) -> HttpResponse:
    return render(
        request,
        "records/credential_form.html",
        {
            "form": form,
            "credential": credential,
            "book_name": form.book.name if form.book else "",
            "welcome": _welcome(request),
        },
        status=status,
    )


@login_required
def credential_add(request: AuthedRequest) -> HttpResponse:
    rules = request.POST.get("rules") or request.GET.get("rules") or ""
    books = library()
    taken = credentials_for(request.user).values_list("rules", flat=True)
    if books.get(rules) is None:
        bound = None
        if request.method == "POST" or rules:
            bound = CredentialForm({"rules": rules}, library=books)
            bound.is_valid()
        return _picker(request, bound)
    data = request.POST if request.method == "POST" else None
    form = CredentialForm(data, library=books, rules=rules, taken=taken)
    if data is not None and form.is_valid():
        outcome = save_credential(request.user, form.entry())
        if outcome.ok:
            name = ruleset_name(outcome.saved.rules, books)
            if _welcome(request):
                messages.success(request, f"Added {name}. Add another credential, or go on.")
                return redirect(f"{reverse('credential-add')}?welcome=1")
            messages.success(request, f"Added {name}.")
            return redirect("credential", pk=outcome.saved.pk)
        form.show_problems(outcome.problems)
    return _form_page(request, form, status=200)


@login_required
def credential_edit(request: AuthedRequest, pk: int) -> HttpResponse:
    row = get_credential_for_user(request.user, pk)
    books = library()
    others = credentials_for(request.user).exclude(pk=row.pk).values_list("rules", flat=True)
    data = request.POST.copy() if request.method == "POST" else None
    if data is not None:
        data["rules"] = row.rules  # the credential stays what it is; remove it to change it
    form = CredentialForm(
        data,
        library=books,
        rules=row.rules,
        taken=others,
        editing=True,
        initial=CredentialForm.initial_for(row),
    )
    if data is not None and form.is_valid():
        outcome = save_credential(request.user, form.entry(CredentialForm.initial_for(row)), row)
        if outcome.ok:
            messages.success(request, "Saved.")
            return redirect("credential", pk=row.pk)
        form.show_problems(outcome.problems)
    return _form_page(request, form, row)
