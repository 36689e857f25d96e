"""People, their personal API tokens and calendar-feed secrets.

A user signs in with an e-mail address. Organisations (labs), their sites and memberships with
roles live in `cetrack.orgs.models`.
"""

from __future__ import annotations

import hashlib
import secrets
from typing import Any, ClassVar

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("an e-mail address is required")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        extra.update(is_staff=True, is_superuser=True)
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(unique=True)
    name = models.CharField(
        max_length=200, blank=True, help_text="Your name as printed on certificates"
    )
    is_staff = models.BooleanField(default=False)
    is_active = models.BooleanField(default=True)
    date_joined = models.DateTimeField(default=timezone.now)
    # The SHA-256 of the secret in the calendar-feed URL (the secret itself is shown once, when
    # made); empty when the feed is switched off.
    calendar_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    # Account deletion (cetrack.accounts.deletion): asked for at, carried out after (logging in
    # before then cancels it); `deleted_at` marks the anonymised row left for organisations.
    deletion_requested_at = models.DateTimeField(null=True, blank=True)
    delete_after = models.DateTimeField(null=True, blank=True, db_index=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    def __str__(self) -> str:
        return self.email

    @property
    def display_name(self) -> str:
        return self.name or self.email.split("@")[0]

    def get_session_auth_hash(self) -> str:
        """Also changes when deletion is asked for, which signs out every other browser."""
        base = super().get_session_auth_hash()
        if self.deletion_requested_at is None:
            return base
        stamp = self.deletion_requested_at.isoformat()
        return salted_hmac("cetrack.deletion", base + stamp, algorithm="sha256").hexdigest()

    @property
    def calendar_feed_on(self) -> bool:
        return bool(self.calendar_token_hash)

    def rotate_calendar_token(self) -> str:
        """A new secret feed address (the old one stops working); returns the secret, which is
        not kept: only its SHA-256 is stored."""
        from cetrack.records.audit import record

        replacing = self.calendar_feed_on
        token = secrets.token_urlsafe(32)
        self.calendar_token_hash = hash_token(token)
        self.save(update_fields=["calendar_token_hash"])
        summary = "Calendar feed address replaced" if replacing else "Calendar feed switched on"
        record(self, "calendar", self.pk, "updated" if replacing else "created", summary=summary)
        return token

    def revoke_calendar_token(self) -> None:
        from cetrack.records.audit import record

        if not self.calendar_feed_on:
            return
        self.calendar_token_hash = ""
        self.save(update_fields=["calendar_token_hash"])
        record(self, "calendar", self.pk, "revoked", summary="Calendar feed switched off")

    @classmethod
    def by_calendar_token(cls, token: str) -> User | None:
        """The active user whose feed address holds this secret."""
        if not token or len(token) > 200:
            return None
        return cls.objects.filter(calendar_token_hash=hash_token(token), is_active=True).first()


def hash_token(token: str) -> str:
    """SHA-256 of a random secret (API tokens, calendar feeds, invitations): enough for
    high-entropy secrets, and a lookup by equality."""
    return hashlib.sha256(token.encode()).hexdigest()


class ApiToken(models.Model):
    """A personal API token. Only its SHA-256 is stored; the token is shown once."""

    PREFIX = "cet_"

    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100)
    digest = models.CharField(max_length=64, unique=True)
    hint = models.CharField(max_length=12)  # the first characters, to tell tokens apart
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering: ClassVar = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.hint}…)"

    @classmethod
    def issue(cls, owner: User, name: str) -> tuple[ApiToken, str]:
        from cetrack.records.audit import record

        token = cls.PREFIX + secrets.token_urlsafe(32)
        row = cls.objects.create(owner=owner, name=name, digest=hash_token(token), hint=token[:8])
        record(owner, "token", row.pk, "created", {"name": name, "hint": row.hint})
        return row, token

    @classmethod
    def revoke(cls, owner: User, pk: int) -> bool:
        """Revoke one of the owner's tokens; False when there is no such live token."""
        from cetrack.records.audit import record

        row = cls.objects.filter(owner=owner, pk=pk, revoked_at__isnull=True).first()
        if row is None:
            return False
        row.revoked_at = timezone.now()
        row.save(update_fields=["revoked_at"])
        record(owner, "token", row.pk, "revoked", {"name": row.name, "hint": row.hint})
        return True

    @classmethod
    def owner_of(cls, token: str) -> User | None:
        """The live token's owner when active. The token row is read from the database every
        time (a revoked token stops at once); the owner's row comes from the shared cache, as a
        signed-in session's does (cetrack.accounts.backends: inactive people never match), with
        the state token of their data that the API's cached answers are keyed by."""
        from cetrack.accounts.backends import ModelBackend

        found = list(
            cls.objects.filter(digest=hash_token(token), revoked_at__isnull=True)
            .order_by()
            .values_list("pk", "owner_id", "last_used_at")[:1]
        )
        if not found:
            return None
        pk, owner_id, last_used_at = found[0]
        owner: User | None = ModelBackend().get_user(owner_id)
        if owner is None:
            return None
        now = timezone.now()
        if last_used_at is None or (now - last_used_at).total_seconds() > 60:
            cls.objects.filter(pk=pk).update(last_used_at=now)
        return owner
