"""When a catalogue item can next be taken: past events left out, yearly ones projected.

A catalogue is a snapshot: it keeps past editions of meetings on purpose, as examples of their
usual month, place and length. For planning from a given day:

- an item with dates still ahead is taken as listed;
- a past edition of an event held every year (`recurs = annual`) or every month (`monthly`) is
  moved forward by whole years (months) to its first edition starting after the day, keeping
  its length: the ADLM meeting of 26-30 July 2026 seen from December 2026 is *expected*
  26-30 July 2027. The copy is marked `projected`: an expected date, not a confirmed one;
- an undated event held every year is expected in its `usual_month` (the last day of the first
  such month after the day, one day long) or, without one, within a year: on the same day a
  year later, the latest date a yearly event can fall on;
- any other past event stays as it is; the planner leaves it out ("the event began on ...").

Nothing here invents a fact the catalogue lacks: a projected item keeps every other field, and
`projected` is there for every page to say "expected".
"""

from __future__ import annotations

import calendar
import re
import threading
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from cetrack.core.catalogue.model import EVENT_KINDS, Catalogue, CatalogueItem
from cetrack.core.dates import add_months, months_between

STEP_MONTHS = {"annual": 12, "monthly": 1}


def next_occurrence(item: CatalogueItem, as_of: date) -> CatalogueItem:
    """The item as it can next be taken after `as_of` (module docstring). Returns `item`
    itself when nothing changes (or when the projection would leave the calendar)."""
    first = item.start or item.end
    step = STEP_MONTHS.get(item.recurs or "")
    try:
        if first is None:
            if item.kind not in EVENT_KINDS or item.recurs != "annual":
                return item
            return _undated_annual(item, as_of)
        if first > as_of or step is None:
            return item
        months = max(months_between(first, as_of) // step, 0) * step
        while add_months(first, months) <= as_of:
            months += step
        return _shifted(item, months)
    except (ValueError, OverflowError):  # beyond year 9999
        return item


def _shifted(item: CatalogueItem, months: int) -> CatalogueItem:
    start = add_months(item.start, months) if item.start else None
    end = item.end
    if end is not None:
        length = (end - item.start).days if item.start else 0
        end = start + timedelta(days=length) if start else add_months(end, months)
    return replace(item, start=start, end=end, projected="edition")


def _undated_annual(item: CatalogueItem, as_of: date) -> CatalogueItem:
    if item.usual_month is None:
        when = add_months(as_of, 12)
        return replace(item, start=when, end=when, projected="year")
    year = as_of.year if item.usual_month > as_of.month else as_of.year + 1
    last = calendar.monthrange(year, item.usual_month)[1]
    when = date(year, item.usual_month, last)
    return replace(item, start=when, end=when, projected="month")


def expected_text(item: CatalogueItem) -> str:
    """ "expected in July 2027" for a projected item (not confirmed), "" otherwise."""
    when = item.start or item.end
    if not item.projected or when is None:
        return ""
    if item.projected == "year":
        return f"expected by {when:%B %Y} (held every year; date not stated)"
    return f"expected in {when:%B %Y}"


_CACHE: list[tuple[int, date, Catalogue, Catalogue]] = []
_CACHE_SIZE = 8
_LOCK = threading.Lock()


def upcoming(catalogue: Catalogue, as_of: date) -> Catalogue:
    """The catalogue as seen from `as_of`: every item through `next_occurrence`. The same
    object when nothing moves (so indexes cached for it stay valid); the last few results
    are kept, so planning many people on one day projects the catalogue once."""
    with _LOCK:
        for known_id, day, known, result in _CACHE:
            if known_id == id(catalogue) and known is catalogue and day == as_of:
                return result
    items = project(catalogue.items, as_of)
    result = (
        catalogue
        if items is catalogue.items
        else Catalogue(items=items, problems=catalogue.problems, source=catalogue.source)
    )
    with _LOCK:
        _CACHE.insert(0, (id(catalogue), as_of, catalogue, result))
        del _CACHE[_CACHE_SIZE:]
    return result


def project(items: Sequence[CatalogueItem], as_of: date) -> tuple[CatalogueItem, ...]:
    """`next_occurrence` of every item; the same tuple when nothing moves. When several past
    editions of one series (same provider, same title but for years and brackets) would move
    to the same next edition, only the latest edition is projected: the others stay past."""
    moved = [next_occurrence(item, as_of) for item in items]
    latest: dict[tuple[str, str], int] = {}
    for number, (was, now) in enumerate(zip(items, moved, strict=True)):
        if now.projected != "edition":
            continue
        key = series(was)
        other = latest.get(key)
        if other is None or _first(items[other]) < _first(was):
            if other is not None:
                moved[other] = items[other]
            latest[key] = number
        else:
            moved[number] = was
    if isinstance(items, tuple) and all(a is b for a, b in zip(moved, items, strict=True)):
        return items
    return tuple(moved)


def _first(item: CatalogueItem) -> date:
    return item.start or item.end or date.min


_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\([^)]*\)|\d+(?:st|nd|rd|th)\b")
_WORDS = re.compile(r"[^0-9a-z]+")


def series(item: CatalogueItem) -> tuple[str, str]:
    """(provider, title without years, ordinals and bracketed text), case and punctuation
    ignored: "ADLM 2025" and "ADLM 2026 (Anaheim)" are one series."""
    title = _WORDS.sub(" ", _YEAR.sub(" ", item.title.casefold())).strip()
    provider = _WORDS.sub(" ", (item.provider or "").casefold()).strip()
    return provider, title
