"""A catalogue prepared for planning: everything about its items that does not depend on the
person, as arrays, computed once per catalogue and reused for every plan against it.

Items are grouped by what the engine needs to decide their credit (kind, accreditation, unit,
amount, days, approvals: the *credit key*) and by what decides the requirements they may fill
(topics, approvals: the *topic key*), so a plan asks the engine once per key, not per item.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from cetrack.core.catalogue.model import EVENT_KINDS, Catalogue, CatalogueItem
from cetrack.core.units import to_hundredths

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

NONE = -1
"""Price of an item not sold alone; date of an undated item."""
ON_DEMAND = frozenset({"ongoing", "monthly", "each-term"})
"""Recurrences that make an undated event (a webinar series) available on demand."""


@dataclass(frozen=True, eq=False)
class CatalogueIndex:
    items: tuple[CatalogueItem, ...]  # items that give credit themselves (not packages)
    no_credit: tuple[str, ...]  # ids of non-package items without a credit amount
    credit_key: IntArray  # (n,) index into credit_reps
    credit_reps: tuple[CatalogueItem, ...]  # one item per credit key
    topic_key: IntArray  # (n,) index into topic_reps
    topic_reps: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]  # (topics, approvals)
    hours: IntArray  # (n,) hundredths of hours of time
    first: IntArray  # (n,) ordinal of the first day of a dated item, NONE otherwise
    day: IntArray  # (n,) ordinal of the last day of a dated item, NONE otherwise
    expires: IntArray  # (n,) ordinal of the approval's expiry (date.max when none)
    format: tuple[str, ...]  # (n,)
    price: IntArray  # (n,) cents, NONE = not sold alone
    member_price: IntArray  # (n,) cents, NONE = no member price
    employer_paid: BoolArray  # (n,)
    position: Mapping[str, int]  # item id -> index
    ancestor: IntArray  # (n,) index into ancestor_sets
    ancestor_sets: tuple[tuple[int, ...], ...]  # packages on sale that unlock the item
    bundles: tuple[CatalogueItem, ...]  # items with `includes`
    unstated: BoolArray  # (n,) no price of its own and no priced package: price not stated
    undated: BoolArray  # (n,) an event (webinar, workshop, conference) with no date to plan on

    @property
    def size(self) -> int:
        return len(self.items)


_CACHE: list[tuple[Catalogue, frozenset[str], CatalogueIndex]] = []
_CACHE_SIZE = 4
_LOCK = threading.Lock()


def catalogue_index(
    catalogue: Catalogue | Sequence[CatalogueItem], until_kinds: frozenset[str] = frozenset()
) -> CatalogueIndex:
    """The index of a catalogue. The last few `Catalogue` objects indexed (they are
    immutable) keep theirs, so planning many people against one catalogue indexes it once.
    `until_kinds`: ledger kinds whose credit depends on the date (a rule's `until`)."""
    if not isinstance(catalogue, Catalogue):
        return _build(tuple(catalogue), until_kinds)
    with _LOCK:
        for number, (known, kinds, index) in enumerate(_CACHE):
            if known is catalogue and kinds == until_kinds:
                _CACHE.insert(0, _CACHE.pop(number))
                return index
    index = _build(catalogue.items, until_kinds)
    with _LOCK:
        _CACHE.insert(0, (catalogue, until_kinds, index))
        del _CACHE[_CACHE_SIZE:]
    return index


def _build(all_items: tuple[CatalogueItem, ...], until_kinds: frozenset[str]) -> CatalogueIndex:
    parents: dict[str, list[str]] = {}
    for item in all_items:
        for child in item.includes:
            parents.setdefault(child, []).append(item.id)
    bundles = tuple(item for item in all_items if item.includes)
    bundle_number = {b.id: number for number, b in enumerate(bundles)}

    def on_sale_ancestors(item_id: str) -> tuple[int, ...]:
        found: set[int] = set()
        stack, seen = list(parents[item_id]), set()
        while stack:
            parent = stack.pop()
            if parent in seen:
                continue
            seen.add(parent)
            number = bundle_number[parent]
            if bundles[number].price is not None:
                found.add(number)
            stack.extend(parents.get(parent, ()))
        return tuple(sorted(found))

    items: list[CatalogueItem] = []
    no_credit: list[str] = []
    for item in all_items:
        if item.includes:
            continue
        if item.amount is None or item.amount <= 0:
            no_credit.append(item.id)
        else:
            items.append(item)
    n = len(items)
    credit_key = np.empty(n, dtype=np.int64)
    topic_key = np.empty(n, dtype=np.int64)
    hours = np.zeros(n, dtype=np.int64)
    first = np.full(n, NONE, dtype=np.int64)
    day = np.full(n, NONE, dtype=np.int64)
    expires = np.full(n, date.max.toordinal(), dtype=np.int64)
    price = np.full(n, NONE, dtype=np.int64)
    member = np.full(n, NONE, dtype=np.int64)
    employer = np.zeros(n, dtype=bool)
    ancestor = np.zeros(n, dtype=np.int64)
    credit_ids: dict[tuple[object, ...], int] = {}
    credit_reps: list[CatalogueItem] = []
    topic_ids: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}
    ancestor_ids: dict[tuple[int, ...], int] = {(): 0}
    hour_cache: dict[tuple[object, str], int] = {}
    undated = np.zeros(n, dtype=bool)
    for number, item in enumerate(items):
        start, end = item.start or item.end, item.end or item.start
        days = 1
        if start is not None and end is not None:
            first[number] = start.toordinal()
            day[number] = end.toordinal()
            days = (end - start).days + 1
        elif item.kind in EVENT_KINDS and item.recurs not in ON_DEMAND:
            undated[number] = True
        kind = item.ledger_kind
        approvals = tuple(a.casefold() for a in item.approvals)
        key = (
            kind,
            item.accreditation,
            item.unit,
            item.amount,
            approvals,
            days,
            end if kind in until_kinds else None,
        )
        found = credit_ids.get(key)
        if found is None:
            found = credit_ids[key] = len(credit_reps)
            credit_reps.append(item)
        credit_key[number] = found
        topics = (item.topics, approvals)
        topic_key[number] = topic_ids.setdefault(topics, len(topic_ids))
        time_key = (item.amount, item.unit)
        spent = hour_cache.get(time_key)
        if spent is None:
            time = item.hours_of_time
            spent = hour_cache[time_key] = to_hundredths(time) if time is not None else 0
        hours[number] = spent
        if item.approval_expires is not None:
            expires[number] = item.approval_expires.toordinal()
        if item.price is not None:
            price[number] = to_hundredths(item.price)
        if item.member_price is not None:
            member[number] = to_hundredths(item.member_price)
        employer[number] = item.employer_paid
        if item.id in parents:
            ancestor[number] = ancestor_ids.setdefault(
                on_sale_ancestors(item.id), len(ancestor_ids)
            )
    return CatalogueIndex(
        items=tuple(items),
        no_credit=tuple(no_credit),
        credit_key=credit_key,
        credit_reps=tuple(credit_reps),
        topic_key=topic_key,
        topic_reps=tuple(topic_ids),
        hours=hours,
        first=first,
        day=day,
        expires=expires,
        format=tuple(item.format for item in items),
        price=price,
        member_price=member,
        employer_paid=employer,
        position={item.id: number for number, item in enumerate(items)},
        ancestor=ancestor,
        ancestor_sets=tuple(ancestor_ids),
        bundles=bundles,
        unstated=(price == NONE) & (ancestor == 0),
        undated=undated,
    )
