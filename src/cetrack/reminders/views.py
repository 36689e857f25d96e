"""Reminder settings (saved from the Settings page) and the unsubscribe page (no login: the
link's signed token names the person)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from cetrack.accounts.models import User
from cetrack.reminders.forms import ReminderSettingsForm, settings_for
from cetrack.reminders.models import SHORT_NAMES
from cetrack.reminders.tokens import ALL, read_token
from cetrack.web.http import AuthedRequest


@login_required
@require_POST
def save_settings(request: AuthedRequest) -> HttpResponse:
    form = ReminderSettingsForm(request.POST, instance=settings_for(request.user))
    if form.is_valid():
        form.save()
        messages.success(request, "Reminder settings saved.")
    else:
        problems = [str(e) for errors in form.errors.values() for e in errors]
        messages.error(request, "Reminder settings not saved: " + " ".join(problems))
    return redirect(reverse("settings") + "#reminders")


def _labels(kinds: tuple[str, ...]) -> list[str]:
    return [SHORT_NAMES[k] for k in kinds if k in SHORT_NAMES]


@csrf_exempt  # the signed token is the authority; mail apps post here (RFC 8058 one-click)
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    found = read_token(token)
    user = User.objects.filter(pk=found.user_id).first() if found else None
    if found is None or user is None:
        return render(request, "reminders/unsubscribe_bad.html", status=404)
    kinds = tuple(k for k in found.kinds if k != ALL)
    if request.method == "GET":
        asked = {"email": user.email, "kinds": _labels(kinds), "token": token}
        return render(request, "reminders/unsubscribe.html", asked)
    one_click = request.POST.get("List-Unsubscribe") == "One-Click"
    stop_all = one_click or request.POST.get("stop") == ALL or not kinds
    choice = settings_for(user)
    choice.switch_off([ALL] if stop_all else list(kinds))
    context: dict[str, Any] = {"email": user.email, "all": stop_all, "kinds": _labels(kinds)}
    return render(request, "reminders/unsubscribed.html", context)
