"""The one way to reach a user's plan and career profile (404 for anyone else's)."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from cetrack.planning.models import CareerProfile, PlannedItem
from cetrack.records.access import get_owned


def planned_items_for(user: Any) -> QuerySet[PlannedItem]:
    return PlannedItem.objects.filter(owner=user)


def get_planned_item_for_user(user: Any, pk: Any) -> PlannedItem:
    return get_owned(planned_items_for(user), pk)  # type: ignore[no-any-return]


def career_profile_for(user: Any) -> CareerProfile | None:
    """The user's own profile, or None before they save one."""
    return CareerProfile.objects.filter(owner=user).first()
