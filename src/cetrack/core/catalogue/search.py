"""Filtering and pricing primitives over a catalogue; they need no engine or ledger.

Ranking by what a person still needs (gaps) is the planner's job (cetrack.core.planner).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from cetrack.core.catalogue.model import FORMAT_ALIASES, Catalogue, CatalogueItem


def effective_price(
    item: CatalogueItem, catalogue: Catalogue, *, member: bool = False
) -> Decimal | None:
    """The cheapest way to get `item`: its own price, or the cheapest item that includes it.

    With `member=True` a member price is used wherever one is given. Inclusion is followed
    through several levels (a package that includes a conference that includes a session).
    None means the item cannot be bought as far as the catalogue knows: no price of its own
    (for the starter catalogue, often because the source did not state one) and nothing
    priced includes it.
    """
    return _cheapest(item, catalogue, member, set())


def _own_price(item: CatalogueItem, member: bool) -> Decimal | None:
    if member and item.member_price is not None:
        if item.price is None:
            return item.member_price
        return min(item.price, item.member_price)
    return item.price


def _cheapest(
    item: CatalogueItem, catalogue: Catalogue, member: bool, visiting: set[str]
) -> Decimal | None:
    best = _own_price(item, member)
    visiting.add(item.id)
    for parent_id in catalogue.included_in(item.id):
        if parent_id in visiting:
            continue
        parent = catalogue.by_id.get(parent_id)
        if parent is None:
            continue
        price = _cheapest(parent, catalogue, member, visiting)
        if price is not None and (best is None or price < best):
            best = price
    visiting.discard(item.id)
    return best


def filter_items(
    catalogue: Catalogue,
    *,
    kinds: Iterable[str] | None = None,
    formats: Iterable[str] | None = None,
    topics: Iterable[str] | None = None,
    max_price: Decimal | None = None,
    accreditations: Iterable[str] | None = None,
    available_between: tuple[date, date] | None = None,
    text: str | None = None,
    member: bool = False,
) -> tuple[CatalogueItem, ...]:
    """Items matching every given filter, in catalogue order. A filter left as None is ignored.

    - `kinds`, `formats`, `accreditations`: the item's value is one of these ("in_person" is
      accepted for "in-person").
    - `topics`: the item has at least one of these topic ids.
    - `max_price`: `effective_price` (with `member`) is known and at most this.
    - `available_between=(first, last)`: an item with dates overlaps the window (an item with
      only an `end`, such as a submission deadline, is open until then); an item without
      dates (on demand) is available unless its `approval_expires` is before `first`.
    - `text`: every word appears (case-insensitively) in the id, title, provider, location or
      notes.
    """
    kind_set = frozenset(kinds) if kinds is not None else None
    format_set = (
        frozenset(FORMAT_ALIASES.get(value, value) for value in formats)
        if formats is not None
        else None
    )
    topic_set = frozenset(topics) if topics is not None else None
    accreditation_set = frozenset(accreditations) if accreditations is not None else None
    words = text.casefold().split() if text else []
    out: list[CatalogueItem] = []
    for item in catalogue.items:
        if kind_set is not None and item.kind not in kind_set:
            continue
        if format_set is not None and item.format not in format_set:
            continue
        if topic_set is not None and topic_set.isdisjoint(item.topics):
            continue
        if accreditation_set is not None and item.accreditation not in accreditation_set:
            continue
        if available_between is not None and not available(item, *available_between):
            continue
        if words and not _matches(item, words):
            continue
        if max_price is not None:
            price = effective_price(item, catalogue, member=member)
            if price is None or price > max_price:
                continue
        out.append(item)
    return tuple(out)


def available(item: CatalogueItem, first: date, last: date) -> bool:
    """Whether `item` can be taken on some day between `first` and `last` (inclusive)."""
    if item.approval_expires is not None and item.approval_expires < first:
        return False
    if item.start is None and item.end is None:
        return True
    begins = item.start or date.min
    ends = item.end or item.start or date.max
    return begins <= last and ends >= first


def _matches(item: CatalogueItem, words: list[str]) -> bool:
    haystack = " ".join(
        part
        for part in (item.id, item.title, item.provider, item.location, item.notes)
        if part is not None
    ).casefold()
    return all(word in haystack for word in words)
