"""Template helpers for the organisation pages."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import template

from cetrack.orgs.access import current_memberships

register = template.Library()


@register.filter
def days_left(cell: Any, today: date) -> int | None:
    """Days from `today` to the cell's deadline (negative once passed), None without one."""
    return cell.days_left(today)  # type: ignore[no-any-return]


@register.simple_tag
def memberships_of(user: Any) -> list[Any]:
    """The user's current memberships, for the Settings page's consent section."""
    return list(current_memberships(user))
