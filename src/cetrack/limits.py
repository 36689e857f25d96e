"""Ceilings shared by the web app, the API and the command line (docs/operations.md#limits).

Each is checked before the work starts: a ledger's activities are counted in its text before
it is parsed, an account's before anything is saved.
"""

from __future__ import annotations

import re

from cetrack.web.env import env_int

DEFAULT_MAX_ACTIVITIES = 10_000

_ACTIVITY_TABLE = re.compile(
    r"^[ \t]*\[\[[ \t]*(?:\"activity\"|'activity'|activity)[ \t]*\]\]", re.M
)


def max_activities() -> int:
    """Activities one account (or one ledger file, for the command line) may hold."""
    from django.conf import settings

    if settings.configured:
        return int(getattr(settings, "CETRACK_MAX_ACTIVITIES", DEFAULT_MAX_ACTIVITIES))
    return env_int("CETRACK_MAX_ACTIVITIES", DEFAULT_MAX_ACTIVITIES)


def activities_in(text: str) -> int:
    """How many [[activity]] tables a ledger's text holds, without parsing it."""
    return len(_ACTIVITY_TABLE.findall(text))


def over_ceiling(
    existing: int, adding: int, what: str = "this", holder: str = "an account"
) -> str | None:
    """The refusal when `existing + adding` activities would pass the ceiling, else None."""
    limit = max_activities()
    if existing + adding <= limit:
        return None
    recorded = "1 activity is" if existing == 1 else f"{existing:,} activities are"
    told = f"{recorded} recorded and {what} would add {adding:,}"
    if not existing:
        told = f"{what} holds {adding:,} activities"
    return (
        f"{told}: {holder} holds at most {limit:,} activities (CETRACK_MAX_ACTIVITIES); "
        "nothing was added"
    )


_MB = 1024 * 1024


def size_text(size: int) -> str:
    """A file's size for a message: "50.0 MB", below a megabyte "4.9 KB"."""
    return f"{size / _MB:.1f} MB" if size >= _MB else f"{size / 1024:.1f} KB"


def limit_text(limit: int) -> str:
    """A size limit for a message: "10 MB" (or "1 KB" for a limit below a megabyte)."""
    if limit >= _MB:
        return f"{limit // _MB} MB" if limit % _MB == 0 else f"{limit / _MB:.1f} MB"
    return f"{limit // 1024} KB" if limit % 1024 == 0 else f"{limit} bytes"
