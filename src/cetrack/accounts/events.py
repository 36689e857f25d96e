"""Account changes made through django-allauth's pages — password, e-mail addresses, two-factor
authentication — written to the audit trail (cetrack.records.audit) from allauth's signals.

Tokens, the calendar feed and account deletion record themselves where they change
(accounts/models.py, accounts/deletion.py). A password or e-mail is never written to the trail:
only that it changed, and which address.
"""

from __future__ import annotations

from typing import Any

from cetrack.records.audit import record

# allauth signal name -> (object type, action, summary)
_PASSWORD = {
    "password_changed": ("updated", "Password changed"),
    "password_set": ("created", "Password set"),
    "password_reset": ("reset", "Password reset through an e-mailed link"),
}
_TWO_FACTOR = {
    "authenticator_added": ("created", "added"),
    "authenticator_removed": ("deleted", "removed"),
    "authenticator_reset": ("reset", "renewed"),
}
_AUTHENTICATORS = {"totp": "Authenticator app", "recovery_codes": "Recovery codes"}


def _password(action: str, summary: str) -> Any:
    def receiver(sender: Any, request: Any = None, user: Any = None, **kwargs: Any) -> None:
        if user is not None:
            record(user, "password", user.pk, action, summary=summary)

    return receiver


def _email(action: str, verb: str) -> Any:
    def receiver(sender: Any, request: Any = None, user: Any = None, **kwargs: Any) -> None:
        address = kwargs.get("email_address") or kwargs.get("to_email_address")
        if user is None and address is not None:
            user = address.user
        if user is None or address is None:
            return
        email = str(getattr(address, "email", address))
        record(user, "email", user.pk, action, {"email": email}, summary=f"{verb} {email}")

    return receiver


def _email_changed(sender: Any, request: Any = None, user: Any = None, **kwargs: Any) -> None:
    before = kwargs.get("from_email_address")
    after = kwargs.get("to_email_address")
    if user is None or after is None:
        return
    old = getattr(before, "email", "") if before is not None else ""
    summary = f"Primary e-mail address changed from {old} to {after.email}" if old else ""
    summary = summary or f"Primary e-mail address set to {after.email}"
    record(user, "email", user.pk, "updated", {"from": old, "to": after.email}, summary=summary)


def _two_factor(action: str, verb: str) -> Any:
    def receiver(sender: Any, request: Any = None, user: Any = None, **kwargs: Any) -> None:
        authenticator = kwargs.get("authenticator")
        if user is None or authenticator is None:
            return
        kind = _AUTHENTICATORS.get(authenticator.type, str(authenticator.type))
        summary = f"Two-factor authentication: {kind.lower()} {verb}"
        record(
            user,
            "two-factor",
            authenticator.pk,
            action,
            {"type": authenticator.type},
            summary=summary,
        )

    return receiver


def connect() -> None:
    """Called once from AccountsConfig.ready."""
    from allauth.account import signals as account
    from allauth.mfa import signals as mfa

    for name, (action, summary) in _PASSWORD.items():
        getattr(account, name).connect(
            _password(action, summary), weak=False, dispatch_uid=f"cetrack-audit-{name}"
        )
    account.email_added.connect(
        _email("created", "E-mail address added:"), weak=False, dispatch_uid="cetrack-audit-ea"
    )
    account.email_removed.connect(
        _email("deleted", "E-mail address removed:"), weak=False, dispatch_uid="cetrack-audit-er"
    )
    account.email_confirmed.connect(
        _email("confirmed", "E-mail address confirmed:"),
        weak=False,
        dispatch_uid="cetrack-audit-ec",
    )
    account.email_changed.connect(_email_changed, dispatch_uid="cetrack-audit-email-changed")
    for name, (action, verb) in _TWO_FACTOR.items():
        getattr(mfa, name).connect(
            _two_factor(action, verb), weak=False, dispatch_uid=f"cetrack-audit-{name}"
        )
