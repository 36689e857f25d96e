"""The settings page: name, personal API tokens and the calendar feed."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from cetrack.accounts import deletion, mfa
from cetrack.accounts.models import ApiToken, User
from cetrack.web.http import AuthedRequest


class NameForm(forms.Form):
    name = forms.CharField(
        label="Your name as printed on certificates", max_length=200, required=False
    )


class TokenForm(forms.Form):
    name = forms.CharField(label="Token name", max_length=100, initial="My script")


def _tokens(user: User) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(owner=user, revoked_at__isnull=True)


@login_required
def settings_page(request: AuthedRequest) -> HttpResponse:
    user = request.user
    form = NameForm(request.POST or None, initial={"name": user.name})
    if request.method == "POST" and form.is_valid():
        user.name = form.cleaned_data["name"].strip()
        user.save(update_fields=["name"])
        messages.success(request, "Saved.")
        return redirect("settings")
    # The feed's secret address is shown once, on the page after it is made (only its hash
    # is kept), as a new API token is.
    new_feed = request.session.pop("new_calendar_token", None)
    feed_url = (
        request.build_absolute_uri(reverse("calendar-ics", args=[new_feed])) if new_feed else ""
    )
    return render(
        request,
        "accounts/settings.html",
        {
            "form": form,
            "token_form": TokenForm(),
            "tokens": _tokens(user),
            "new_token": request.session.pop("new_token", None),
            "feed_url": feed_url,
            "two_factor": mfa.has_two_factor(user),
            "two_factor_reasons": mfa.reasons(user),
            "grace_days": deletion.grace().days,
        },
    )


@login_required
@require_POST
def create_token(request: AuthedRequest) -> HttpResponse:
    form = TokenForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Give the token a name (up to 100 characters).")
        return redirect("settings")
    _, token = ApiToken.issue(request.user, form.cleaned_data["name"])
    # Shown once on the next page, never stored in clear.
    request.session["new_token"] = token
    return redirect("settings")


@login_required
@require_POST
def revoke_token(request: AuthedRequest, pk: int) -> HttpResponse:
    if ApiToken.revoke(request.user, pk):
        messages.info(request, "Token revoked; scripts using it now get 401.")
    return redirect("settings")


@login_required
@require_POST
def calendar_feed(request: AuthedRequest) -> HttpResponse:
    if request.POST.get("action") == "revoke":
        request.user.revoke_calendar_token()
        messages.info(request, "Calendar feed switched off; the old address no longer works.")
    else:
        replacing = request.user.calendar_feed_on
        request.session["new_calendar_token"] = request.user.rotate_calendar_token()
        if replacing:
            messages.success(request, "New calendar address made; the old one no longer works.")
        else:
            messages.success(request, "Calendar feed address made.")
    return redirect("settings")
