"""Cycle windows and deadlines: when CE counts for a credential, and by when it is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from cetrack.core.dates import add_months, months_between
from cetrack.core.ledger import Activity, Credential
from cetrack.core.rules.library import RuleBook


@dataclass(frozen=True, slots=True)
class Window:
    start: date
    end: date
    basis: str


@dataclass(frozen=True, slots=True)
class Deadlines:
    cycle_end: date | None
    declaration_opens: date | None = None
    declaration_closes: date | None = None
    days_left: int | None = None


def cycle_window(book: RuleBook, credential: Credential, as_of: date) -> Window | str:
    """The window in which CE counts, or a message saying why none can be set."""
    cycle = book.cycle
    if cycle is None:
        return "this rule set defines no renewal cycle"
    if credential.status == "expired":
        if not cycle.expired_lookback_months:
            return f"{book.id} has no rule for expired credentials"
        start = add_months(as_of, -cycle.expired_lookback_months) + timedelta(days=1)
        months = cycle.expired_lookback_months
        return Window(start, as_of, f"the last {months} months before the as-of date")
    if cycle.type == "fixed":
        assert cycle.end_month and cycle.end_day
        end = credential.cycle_end or next_fixed_end(
            as_of, cycle.end_month, cycle.end_day, cycle.end_year_parity, cycle.months
        )
        start = add_months(end, -cycle.months) + timedelta(days=1)
        return Window(start, end, f"fixed {cycle.months}-month cycle shared by all licensees")
    if cycle.type == "calendar-years-before":
        if credential.cycle_end is None:
            return "cycle_end (the renewal date) is required"
        years = cycle.months // 12
        renewal_year = credential.cycle_end.year
        return Window(
            date(renewal_year - years, 1, 1),
            date(renewal_year - 1, 12, 31),
            f"the {years} calendar years before the renewal year {renewal_year}",
        )
    if credential.cycle_end is not None:
        end = credential.cycle_end
        start = add_months(end, -cycle.months) + timedelta(days=1)
        return Window(start, end, f"the {cycle.months} months ending on the cycle end")
    if credential.certified_on is not None:
        elapsed = max(months_between(credential.certified_on, as_of) // cycle.months, 0)
        start = add_months(credential.certified_on, elapsed * cycle.months)
        end = add_months(start, cycle.months) - timedelta(days=1)
        return Window(start, end, f"{cycle.months}-month cycle counted from certification")
    return "cycle_end or certified_on is required"


def next_fixed_end(as_of: date, month: int, day: int, parity: str, months: int) -> date:
    year = as_of.year
    for _ in range(months // 12 + 2):
        candidate = date(year, month, day)
        parity_ok = parity == "any" or (year % 2 == 0) == (parity == "even")
        if candidate >= as_of and parity_ok:
            return candidate
        year += 1
    raise AssertionError("no fixed cycle end found")  # unreachable for validated rule files


def deadlines_for(book: RuleBook, credential: Credential, window: Window, as_of: date) -> Deadlines:
    if credential.status == "expired":
        return Deadlines(cycle_end=credential.cycle_end)
    end = credential.cycle_end if credential.cycle_end is not None else window.end
    opens = closes = None
    if book.declaration is not None:
        opens = end - timedelta(days=book.declaration.opens_days_before)
        closes = end - timedelta(days=book.declaration.closes_days_before)
    return Deadlines(end, opens, closes, (end - as_of).days)


def date_reason(activity: Activity, window: Window, as_of: date) -> str | None:
    done = activity.end
    if done > as_of:
        return f"dated {done}, after the as-of date {as_of}: not completed yet"
    if done > window.end:
        return (
            f"completed {done}, after the cycle ended on {window.end}; CE must be completed "
            "before the end of the cycle it is claimed for"
        )
    if done < window.start:
        return f"completed {done}, before this window began on {window.start} ({window.basis})"
    return None
