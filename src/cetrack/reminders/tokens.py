"""Unsubscribe links: signed (Django's signing with SECRET_KEY), no login needed, no expiry —
a link in a year-old e-mail still works. The token names the person and the kinds of
reminder the e-mail carried; it can only switch that person's reminders off."""

from __future__ import annotations

from dataclasses import dataclass

from django.core import signing

from cetrack.reminders.models import Kind

SALT = "cetrack.reminders.unsubscribe"
ALL = "all"


@dataclass(frozen=True)
class Unsubscribe:
    user_id: int
    kinds: tuple[str, ...]


def make_token(user_id: int, kinds: list[str] | tuple[str, ...]) -> str:
    wanted = sorted({k for k in kinds if k in Kind.values or k == ALL})
    return signing.dumps({"u": user_id, "k": wanted}, salt=SALT, compress=True)


def read_token(token: str) -> Unsubscribe | None:
    """The person and kinds, or None for a token that was not made here (or was altered)."""
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int):
        return None
    kinds = data.get("k")
    if not isinstance(kinds, list):
        return None
    return Unsubscribe(data["u"], tuple(k for k in kinds if k in Kind.values or k == ALL))
