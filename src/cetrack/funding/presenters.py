"""Plain values for the funding pages: a request's budget check, the attendance a sponsorship
expects, activities a member may link, catalogue choices — in words, never ids."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from cetrack.core.funding import overruns
from cetrack.funding.budgets import lines_for, overrun_words
from cetrack.funding.models import FundingRequest
from cetrack.planning.presenters import money
from cetrack.records.access import activities_for


@dataclass(frozen=True)
class BudgetCheck:
    name: str
    amount: str
    committed: str
    left: str
    over: str  # "" when the request fits


def budget_check(request: FundingRequest) -> tuple[list[BudgetCheck], list[str]]:
    """Each budget the request would be charged against, and the overruns in words."""
    lines = lines_for(request.membership, request.budget_year, request.pk)
    amount = request.approved_amount or request.cost
    over = {o.line.key: o for o in overruns(lines, amount)}
    rows = [
        BudgetCheck(
            name=line.name,
            amount=money(line.amount),
            committed=money(line.committed),
            left=money(line.left),
            over=money(over[line.key].over) if line.key in over else "",
        )
        for line in lines
    ]
    return rows, [overrun_words(o.line, o.over) for o in over.values()]


def attendance(request: FundingRequest, today: date) -> str:
    """What a sponsorship or event expects, and whether the certificate came back."""
    if not request.attendance_expected or request.status in ("denied", "cancelled"):
        return ""
    if request.activity is not None:
        return f"Attended: “{request.activity.title}” ({request.activity.end:%-d %b %Y}) is in the member's records."
    when = request.ends_on or request.starts_on
    if when is None or when >= today:
        day = f" on {when:%-d %b %Y}" if when else ""
        return f"Attendance expected{day}; the certificate goes into the member's records."
    return "Attendance expected: the event is over and no activity is linked yet."


def activity_choices(user: Any, limit: int = 200) -> list[tuple[str, str]]:
    """The member's own activities, newest first, as (id, "title, date")."""
    return [
        (str(a.pk), f"{a.title} ({a.end:%-d %b %Y})")
        for a in activities_for(user).order_by("-end", "-id")[:limit]
    ]


def planned_choices(user: Any, extra: str = "") -> list[tuple[str, str]]:
    """Catalogue items the member has planned (and `extra`, a catalogue id from a link)."""
    from cetrack.planning.access import planned_items_for
    from cetrack.planning.catalogue import site_catalogue
    from cetrack.planning.models import PlannedItem

    by_id = site_catalogue().catalogue.by_id
    seen: dict[str, str] = {}
    ids = list(
        planned_items_for(user)
        .filter(state=PlannedItem.State.PLANNED)
        .values_list("item_id", flat=True)
    )
    for ident in ([extra] if extra else []) + ids:
        item = by_id.get(ident)
        if item is None or ident in seen:
            continue
        price = f", {money(item.price)}" if item.price is not None else ""
        seen[ident] = f"{item.title} ({item.provider or 'provider not stated'}{price})"
    return list(seen.items())
