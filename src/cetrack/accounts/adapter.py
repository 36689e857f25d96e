"""django-allauth's account adapter with cetrack's login throttling (see accounts/backoff.py).

allauth counts failed logins per client address and per "key"; the key is the account *at this
address* here, so one machine guessing a password does not lock the owner out of their own.
Guesses from many machines meet the account-wide back-off instead, which spares the owner's
trusted devices.
"""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.urls import reverse

from cetrack.accounts import backoff, mfa


def login_of(credentials: dict[str, Any]) -> str:
    return str(credentials.get("email") or credentials.get("username") or "").strip().lower()


def closed_message(seconds: int) -> str:
    wait = f"{-(-seconds // 60)} minute{'s' if seconds > 60 else ''}"
    return (
        "Too many failed logins for this account from other places. Try again in "
        f"{wait}, sign in from a browser you have used before, or reset your password."
    )


class AccountAdapter(DefaultAccountAdapter):  # type: ignore[misc]
    def _get_login_attempts_cache_key(self, request: HttpRequest, **credentials: Any) -> str:
        account = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{account}@{self.get_client_ip(request)}"

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        super().pre_authenticate(request, **credentials)  # per address, per account here
        seconds = backoff.closed_for(request, login_of(credentials))
        if seconds:
            self._rollback_login_failed_rl_usage()  # not tried, so not counted
            raise ValidationError(closed_message(seconds), code="too_many_login_attempts")

    def authenticate(self, request: HttpRequest, **credentials: Any) -> Any:
        user = super().authenticate(request, **credentials)
        if user is not None:
            backoff.succeeded(login_of(credentials))
        return user

    def authentication_failed(self, request: HttpRequest, **credentials: Any) -> None:
        backoff.failed(login_of(credentials))

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        """A manager or administrator without two-factor authentication sets it up first."""
        if mfa.missing(request.user):
            return reverse("two-factor-required")
        return str(super().get_login_redirect_url(request))

    def save_user(self, request: HttpRequest, user: Any, form: Any, commit: bool = True) -> Any:
        """The new account keeps the name asked for at sign-up (accounts.forms.SignupForm)."""
        user = super().save_user(request, user, form, commit=False)
        user.name = str(getattr(form, "cleaned_data", {}).get("name") or "").strip()
        if commit:
            user.save()
        return user

    def get_signup_redirect_url(self, request: HttpRequest) -> str:
        """First run: pick credentials by name (records.home_views.credential_add)."""
        return f"{reverse('credential-add')}?welcome=1"
