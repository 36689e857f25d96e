"""When a reminder is due: pure date arithmetic, no Django (tested on its own).

Every reminder answers one *event* (a credential's deadline, a declaration window, a
competency checkpoint, an import waiting for review, a manager's week) at one *threshold*
(90, 60, 30 or 7 days before; "open"; the first day of an overdue period; an ISO week). The
pair is the reminder's identity: the database keeps one row per person, event and threshold,
so each is sent once.

Thresholds are *crossed*, not hit: on any day the due threshold is the nearest one already
reached. A pass that did not run for a few days (a server down over a weekend) sends the
reminder that applies now, late, and never the ones it missed on the way — so nobody gets
"60 days left" and "30 days left" in the same e-mail, and every threshold is sent at most once
whatever the order in which days are run.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

LEAD_DAYS = (90, 60, 30, 7)  # before a credential deadline (employer.md §6)
COMPETENCY_LEAD_DAYS = (30, 7)  # before a competency assessment is due
OVERDUE_EVERY_DAYS = 7  # weekly while overdue (the default; 14 and 0 = never are offered)
OVERDUE_FOR_DAYS = 182  # after 26 weeks overdue the reminders stop (the digest still shows it)
DRAFTS_AFTER_DAYS = (2, 9)  # an import waiting for review: after 2 days, once more a week later
DRAFTS_WITHIN_DAYS = 30  # imports older than this are not reminded of any more


def lead_step(days_left: int, leads: Iterable[int]) -> str | None:
    """The lead time reached with `days_left` to go: the smallest of `leads` that is at least
    `days_left` ("30" with 12 days left of 90/60/30/7); None before the first or once passed."""
    if days_left < 0:
        return None
    reached = [lead for lead in leads if days_left <= lead]
    return str(min(reached)) if reached else None


def overdue_step(
    days_over: int, every: int = OVERDUE_EVERY_DAYS, limit: int = OVERDUE_FOR_DAYS
) -> str | None:
    """The overdue period `days_over` days after a deadline falls in, named by its first day
    ("overdue-1", "overdue-8", ... weekly); None on or before the deadline, when `every` is 0
    (never) or after `limit` days."""
    if days_over <= 0 or every <= 0 or days_over > limit:
        return None
    return f"overdue-{(days_over - 1) // every * every + 1}"


def drafts_step(days_waiting: int) -> str | None:
    """'day-2', then 'day-9': an import waiting for review; None before or long after."""
    if days_waiting > DRAFTS_WITHIN_DAYS:
        return None
    reached = [d for d in DRAFTS_AFTER_DAYS if days_waiting >= d]
    return f"day-{max(reached)}" if reached else None


def week_start(day: date) -> date:
    """The Monday of `day`'s ISO week: a weekly digest's event date."""
    return day - timedelta(days=day.weekday())


def week_name(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def days_text(days: int) -> str:
    """'today', 'tomorrow', 'in 12 days', '1 day ago', '20 days ago'."""
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days > 1:
        return f"in {days} days"
    return "1 day ago" if days == -1 else f"{-days} days ago"
