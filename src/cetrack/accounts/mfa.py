"""Two-factor authentication (django-allauth's MFA: an authenticator app and recovery codes).

Anyone may turn it on from Settings. It is *required* (settings.CETRACK_MFA_REQUIRED, on by
default) for the people who can read other people's records or change the site:

- managers and administrators of an organisation — their organisation's pages and API calls
  answer with the "set up two-factor authentication" page (403) until they have it
  (`cetrack.orgs.access.membership_for` asks `check_role`);
- site administrators (staff) — the admin site sends them to the same page; its login is the
  site's login, so the two-factor step cannot be skipped there.

After a login that lacks it, such a person lands on that page (accounts/adapter.py). They cannot
switch it off while it is required. TOTP secrets and recovery-code seeds are stored encrypted
with the key that protects organisations' signing keys (cetrack.issuing.keystore).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import segno
from allauth.mfa.adapter import DefaultMFAAdapter
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

MANAGING_ROLES = ("manager", "admin")


class TwoFactorRequired(PermissionDenied):
    """An organisation's manager or administrator without two-factor authentication."""

    def __init__(self, organisation: str = "", role: str = "") -> None:
        self.organisation = organisation
        self.role = role
        super().__init__(
            "Two-factor authentication is required for managers and administrators: set it "
            "up under Settings → Two-factor authentication (/accounts/2fa/), then try again."
        )


def enforced() -> bool:
    return bool(getattr(settings, "CETRACK_MFA_REQUIRED", True))


def has_two_factor(user: Any) -> bool:
    from allauth.mfa.models import Authenticator

    if not getattr(user, "is_authenticated", False):
        return False
    return bool(
        Authenticator.objects.filter(user_id=user.pk, type=Authenticator.Type.TOTP).exists()
    )


def reasons(user: Any) -> list[str]:
    """Why this person must use two-factor authentication, in words ([] when they need not)."""
    if not enforced() or not getattr(user, "is_authenticated", False):
        return []
    from cetrack.orgs.models import Membership

    found = ["a site administrator"] if user.is_staff or user.is_superuser else []
    rows = Membership.objects.filter(user=user, left_at__isnull=True, role__in=MANAGING_ROLES)
    for membership in rows.select_related("organisation").order_by("organisation__name"):
        found.append(f"{membership.role_label.lower()} of {membership.organisation.name}")
    return found


def missing(user: Any) -> bool:
    """Required for this person, and not set up."""
    return bool(reasons(user)) and not has_two_factor(user)


def check_role(user: Any, role: str, organisation: str) -> None:
    """Raises TwoFactorRequired when `role` in an organisation needs it and the user lacks it."""
    if role in MANAGING_ROLES and enforced() and not has_two_factor(user):
        raise TwoFactorRequired(organisation, role)


def required_page(request: HttpRequest, status: int = 200) -> HttpResponse:
    return render(
        request,
        "accounts/two_factor_required.html",
        {"reasons": reasons(request.user), "has_two_factor": has_two_factor(request.user)},
        status=status,
    )


@login_required
def two_factor_required(request: HttpRequest) -> HttpResponse:
    """What the requirement is and how to meet it; after setting up, the way back."""
    if has_two_factor(request.user):
        return redirect("dashboard")
    return required_page(request)


class TwoFactorMiddleware:
    """The admin site, for staff without two-factor authentication: the page above."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.prefix = ""

    def __call__(self, request: HttpRequest) -> HttpResponse:
        self.prefix = self.prefix or reverse("admin:index")
        user = getattr(request, "user", None)
        if (
            request.path.startswith(self.prefix)
            and getattr(user, "is_staff", False)
            and enforced()
            and not has_two_factor(user)
        ):
            return redirect("two-factor-required")
        return self.get_response(request)


def _fernet_text(encrypt: bool, text: str) -> str:
    from cetrack.issuing import keystore

    if encrypt:
        return keystore.encrypt_seed(text.encode("utf-8"))
    return keystore.decrypt_seed(text).decode("utf-8")


class MFAAdapter(DefaultMFAAdapter):  # type: ignore[misc]
    error_messages = {  # noqa: RUF012  (allauth's own attribute)
        **DefaultMFAAdapter.error_messages,
        "cannot_delete_authenticator": (
            "Two-factor authentication stays on for managers, organisation administrators and "
            "site administrators."
        ),
    }

    def build_totp_svg(self, url: str) -> str:
        """The QR code through segno (already used for check-in codes) instead of qrcode."""
        buffer = io.BytesIO()
        segno.make(url, micro=False).save(buffer, kind="svg", scale=5, xmldecl=False)
        return buffer.getvalue().decode("utf-8")

    def get_totp_issuer(self) -> str:
        return "cetrack"

    def encrypt(self, text: str) -> str:
        return _fernet_text(True, text)

    def decrypt(self, encrypted_text: str) -> str:
        return _fernet_text(False, encrypted_text)

    def can_delete_authenticator(self, authenticator: Any) -> bool:
        from allauth.mfa.models import Authenticator

        if authenticator.type != Authenticator.Type.TOTP:
            return True
        return not reasons(authenticator.user)
