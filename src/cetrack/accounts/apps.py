from typing import Any

from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_migrate


class AccountsConfig(AppConfig):
    name = "cetrack.accounts"
    label = "accounts"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from allauth.account.signals import password_reset

        user_logged_in.connect(_remember_device, dispatch_uid="cetrack-trusted-device")
        user_logged_in.connect(_keep_account, dispatch_uid="cetrack-cancel-deletion")
        password_reset.connect(_reopen_login, dispatch_uid="cetrack-reopen-login")
        post_migrate.connect(_cache_table, sender=self, dispatch_uid="cetrack-cache-table")
        from cetrack.accounts import events

        events.connect()  # password, e-mail and two-factor changes into the audit trail


def _remember_device(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    """Every successful login marks the browser as one of the owner's (accounts/backoff.py)."""
    from cetrack.accounts import backoff

    if request is not None:
        backoff.remember_device(request, user)


def _keep_account(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    """Logging in during the grace period cancels the account's deletion."""
    from django.contrib import messages
    from django.contrib.auth import update_session_auth_hash

    from cetrack.accounts import deletion

    if deletion.cancel_deletion(user) and request is not None:
        update_session_auth_hash(request, user)  # this session stays signed in
        messages.success(request, "Welcome back: your account will not be deleted.")


def _reopen_login(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    """A password reset proves the owner: the account's back-off ends."""
    from cetrack.accounts import backoff

    backoff.succeeded(str(user.email))


def _cache_table(sender: Any, using: str = "default", **kwargs: Any) -> None:
    """The shared cache's table (settings.CACHES, when it is the database cache): made by every
    `migrate`, so a new install or a new database has it. A no-op when it exists."""
    from django.core.management import call_command

    call_command("createcachetable", database=using, verbosity=0)
