"""A catalogue item taken: the ledger activity entry it becomes, the one mapping from the
catalogue to the ledger.

The planner (what an item would give, `planner.contribution.item_activity`) and the planning
app (the activity form of a planned item marked done) both start from `catalogue_entry`, so an
item's facts land in the same ledger keys everywhere: its accreditation number is the course's
number under that accreditation (`course_number`, as docs/catalogue.md defines it), never an
accrediting agency's or a board's approval number, which the certificate itself states.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from cetrack.core.catalogue.model import CatalogueItem


def item_dates(item: CatalogueItem) -> tuple[date, date] | None:
    """(first day, last day) of a dated item, None for one taken at any time."""
    first = item.start or item.end
    last = item.end or item.start
    if first is None or last is None:
        return None
    return first, last


def catalogue_entry(
    item: CatalogueItem, on: date | None, *, today: date | None = None
) -> dict[str, Any] | None:
    """The ledger entry of the item completed: what the catalogue states, nothing more (a fact
    it does not give stays for the person to fill in). None for an item that gives no credit
    itself (a package, a registration that includes sessions).

    A dated item keeps its dates - unless they lie after `today` (it was taken on another
    occasion, completed `on`); an on-demand item is completed `on` (a ValueError without it).
    """
    if item.includes or item.amount is None or item.amount <= 0:
        return None
    dates = item_dates(item)
    if dates is not None and today is not None and dates[1] > today:
        dates = None
    if dates is None:
        if on is None:
            raise ValueError(f"{item.id}: an on-demand item needs a completion date")
        dates = (on, on)
    entry: dict[str, Any] = {"id": item.id, "title": item.title}
    if dates[0] == dates[1]:
        entry["completed_on"] = dates[1]
    else:
        entry["start"], entry["end"] = dates
    entry[item.unit] = Decimal(int(item.amount)) if item.unit == "minutes" else item.amount
    entry["kind"] = item.ledger_kind
    entry["topics"] = list(item.topics)
    entry["accreditation"] = item.accreditation
    optional = {
        "provider": item.provider,
        "course_number": item.accreditation_number,
        "approvals": [a.casefold() for a in item.approvals],
        "level": item.level,
    }
    entry.update({key: value for key, value in optional.items() if value})
    entry["notes"] = f"From the catalogue ({item.id})."
    return entry
