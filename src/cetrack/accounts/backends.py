"""The authentication backends, with the signed-in person's row read from the shared cache.

Every signed-in request loads its user. Django's backends read the row from the database each
time; these read it from the shared cache (the database table or Redis: one key lookup instead
of an ORM query), keyed by the user's id. The row is dropped from the cache whenever it is saved
or deleted, and is only used under the state token it was read with (cetrack.records.state, through post_save/post_delete, now and at commit), so a
changed password, a deactivated account or a new name is seen by every process at once; the
session's password hash is checked against the cached row as against a fresh one.
"""

from __future__ import annotations

from typing import Any

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.contrib.auth.backends import ModelBackend as DjangoModelBackend
from django.core.cache import cache

KEEP = 3600  # seconds a cached row may serve without being saved again


class CachedUser:
    def get_user(self, user_id: Any) -> Any:
        """The row, and in the same cache read the state token of the person's data (the one
        thing every page they see looks up next; cetrack.records.state)."""
        from cetrack.records import state

        key = f"cetrack:user:{user_id}"
        found = cache.get_many([key, state.key_of(user_id)])
        token = found.get(state.key_of(user_id))
        user = cached_row(found.get(key), token)
        if user is None:
            user = super().get_user(user_id)  # type: ignore[misc]
            if user is not None:
                cache.set(key, (token, user), KEEP)
        elif not self.user_can_authenticate(user):  # type: ignore[attr-defined]
            return None
        if user is not None:
            state.remember(user, token)
        return user


def cached_row(entry: Any, token: str | None) -> Any:
    """The cached row when it was read under the person's current state token, else None.

    A row is cached with the token current when it was read. Any save of the person changes the
    token at commit, so a row read just before a change and cached just after it (a slow
    request racing a password change or a deactivation) is never used: its token is old."""
    if isinstance(entry, tuple) and len(entry) == 2 and token is not None and entry[0] == token:
        return entry[1]
    return None


class ModelBackend(CachedUser, DjangoModelBackend):
    """Django's password backend."""


class AuthenticationBackend(CachedUser, AllauthBackend):  # type: ignore[misc]
    """django-allauth's (log in by e-mail)."""
