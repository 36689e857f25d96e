"""The state of a person's data, as one token that changes whenever any of it changes.

Pages built from the engine's verdict (the dashboard, the API's credential list, plans) are
cached under the person's token (`services.cached_for`), so the token must change with every
change that could show on them — made by the person, a manager, an educator, the site admin in
/admin/, a job or a shell:

- every saved or deleted row of a model that belongs to a person (an `owner` or `user` field:
  records, their history, plan items, imported drafts, notices...) and the person's own row
  changes it, through Django's post_save/post_delete signals, whoever saves it;
- code that changes such rows in bulk (bulk_create, update, raw SQL), which sends no signal,
  calls `changed(person ids)` itself.

The token lives in the shared cache (the database table or Redis), so every server process and
machine sees the same one; a token the cache dropped is simply made again (a page is built
once more, never a stale one shown). It is changed when the change is made and again when its
transaction commits, so a page built from the data before the commit is never kept under the
new token.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

KEEP = 30 * 24 * 3600  # seconds; a token dropped earlier is made again
_SKIPPED_APPS = {"sessions", "admin", "contenttypes", "auth", "jobs"}


def key_of(user_id: Any) -> str:
    return f"cetrack:state:{user_id}"


_key = key_of
# Changes made by this process so far: a token read along with the signed-in user's row
# (`remember`) is trusted only while no change was made here since (one from another process
# was made before it was read, or after: as if the page had been asked a moment earlier).
_made_here = 0


def remember(user: Any, found: str | None) -> None:
    """Keeps the token read with the user's row on that row's object, for this request."""
    if found is not None:
        user._cetrack_state = (found, _made_here)


def token(user: Any) -> str:
    """The person's current token (made when the cache has none)."""
    kept = getattr(user, "_cetrack_state", None)
    if kept is not None and kept[1] == _made_here:
        return str(kept[0])
    key = _key(int(user.pk))
    found = cache.get(key)
    if found is None:
        cache.add(key, uuid.uuid4().hex[:16], KEEP)
        found = cache.get(key) or "new"
    return str(found)


def changed(user_ids: Iterable[int | None]) -> None:
    """The data of these people changed: new tokens now, and again at commit."""
    global _made_here
    keys = {_key(int(pk)): uuid.uuid4().hex[:16] for pk in user_ids if pk is not None}
    if not keys:
        return
    _made_here += 1
    cache.set_many(keys, KEEP)
    transaction.on_commit(lambda: cache.set_many({k: uuid.uuid4().hex[:16] for k in keys}, KEEP))


def forget_user(user_id: int) -> None:
    """Drops the cached row of a person (cetrack.accounts.backends), now and at commit."""
    key = f"cetrack:user:{user_id}"
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def _owner_of(sender: Any, instance: Any) -> int | None:
    meta = getattr(sender, "_meta", None)
    if meta is None or meta.app_label in _SKIPPED_APPS:
        return None
    if meta.label == settings.AUTH_USER_MODEL:
        forget_user(int(instance.pk))
        return int(instance.pk)
    for field in ("owner_id", "user_id"):
        value = getattr(instance, field, None)
        if isinstance(value, int):
            return value
    return None


def _saved_or_deleted(sender: Any, instance: Any, **kwargs: Any) -> None:
    if kwargs.get("raw"):  # fixtures being loaded
        return
    owner = _owner_of(sender, instance)
    if owner is not None:
        changed([owner])


def connect() -> None:
    """Called once from the records app's ready()."""
    post_save.connect(_saved_or_deleted, dispatch_uid="cetrack-state-saved")
    post_delete.connect(_saved_or_deleted, dispatch_uid="cetrack-state-deleted")
