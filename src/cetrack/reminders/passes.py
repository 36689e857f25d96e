"""The daily reminder pass: for every person, decide what is due on the day, claim it, send it.

People are taken in ranges of user ids (CHUNK per range), each range a job of its own on the
queue (`reminders.chunk`, see jobs.py) so that several workers share a large pass; `run_pass`
runs all ranges here, one after the other (the CLI, tests). A range: refresh the stored
verdicts that went stale, gather what is due (sources.py), drop what the person switched off
and what was claimed before, claim the rest and send it (outbox.py). Running a range twice, at
once or one after the other, sends nothing twice: the claim is the unique key.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Max, Min

from cetrack.reminders import outbox, sources
from cetrack.reminders.models import Kind, Message, Reminder, ReminderSettings
from cetrack.reminders.presenters import line
from cetrack.reminders.schedule import week_start
from cetrack.reminders.sources import Item, Preferences

# User ids per range (and per job): a range's queries cost about the same whatever its size
# (PostgreSQL scans some tables once per range), so fewer, larger ranges; 100,000 people are
# 20 jobs for the workers to share.
CHUNK = 5000
KINDS: tuple[str, ...] = tuple(Kind.values)


@dataclass
class PassReport:
    as_of: date
    dry_run: bool
    reminders: int = 0  # reminders claimed (or, in a dry run, that would be)
    sent: int = 0  # messages sent
    failed: int = 0  # messages the mail server refused: retried later
    retried: int = 0  # messages of earlier passes sent now
    refreshed: int = 0  # people whose verdicts were re-evaluated first
    ranges: int = 0
    messages: list[dict[str, Any]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def add(self, other: PassReport) -> None:
        for name in ("reminders", "sent", "failed", "retried", "refreshed", "ranges"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.messages.extend(other.messages)
        for step, spent in other.seconds.items():
            self.seconds[step] += spent

    def as_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "dry_run": self.dry_run,
            "reminders": self.reminders,
            "messages_sent": self.sent,
            "messages_failed": self.failed,
            "messages_retried": self.retried,
            "people_reevaluated": self.refreshed,
            "messages": self.messages,
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
        }


def preferences(low: int, high: int) -> dict[int, Preferences]:
    """Every active person in [low, high) with their choices (defaults without a row); not
    those whose account is waiting to be deleted (nothing is sent to them in the grace
    period, digests included)."""
    from cetrack.accounts.models import User

    chosen = {
        s.user_id: s for s in ReminderSettings.objects.filter(user_id__gte=low, user_id__lt=high)
    }
    found: dict[int, Preferences] = {}
    default = _preferences(ReminderSettings())
    people = User.objects.filter(pk__gte=low, pk__lt=high, is_active=True)
    for pk in people.filter(delete_after__isnull=True).values_list("pk", flat=True):
        row = chosen.get(pk)
        made = default if row is None else _preferences(row)
        if made is not None:
            found[pk] = made
    return found


def _preferences(row: ReminderSettings) -> Preferences | None:
    if not row.enabled:
        return None
    kinds = frozenset(k for k in KINDS if row.wants(k))
    return Preferences(kinds, row.leads, row.overdue_every_days)


def decide(low: int, high: int, day: date, *, save: bool = True) -> tuple[list[Item], int]:
    """(the reminders due in [low, high) on `day` and not claimed before, people refreshed).
    `save=False` (a dry run) stores no digest."""
    refreshed = sources.refresh_stale(low, high, day)
    prefs = preferences(low, high)
    if not prefs:
        return [], refreshed
    found = [
        *sources.credential_items(low, high, day, prefs),
        *sources.competency_items(low, high, day, prefs),
        *sources.draft_items(low, high, day, prefs),
    ]
    since = min([week_start(day), *(item.due_on for item in found)])
    claimed = outbox.claimed_keys(low, high, since)
    found.extend(sources.manager_items(low, high, day, prefs, claimed, save=save))
    wanted = [
        item for item in found if item.kind in prefs[item.user_id].kinds and item.key not in claimed
    ]
    return list({item.key: item for item in wanted}.values()), refreshed


def _emails(user_ids: set[int]) -> dict[int, str]:
    from cetrack.accounts.models import User

    return dict(User.objects.filter(pk__in=user_ids).values_list("pk", "email"))


def _describe_items(items: list[Item], day: date) -> list[dict[str, Any]]:
    by_user: dict[int, list[Item]] = defaultdict(list)
    for item in items:
        by_user[item.user_id].append(item)
    emails = _emails(set(by_user))
    return [
        {
            "to": emails.get(user_id, ""),
            "state": "would send",
            "reminders": [
                _reminder_dict(i.kind, i.threshold, i.due_on, i.facts, day) for i in group
            ],
        }
        for user_id, group in sorted(by_user.items())
    ]


def _reminder_dict(
    kind: str, threshold: str, due_on: date, facts: dict[str, Any], day: date
) -> dict[str, Any]:
    return {
        "kind": kind,
        "threshold": threshold,
        "due_on": due_on.isoformat(),
        "text": line(kind, threshold, facts, day).title,
    }


def _describe_sent(delivery: outbox.Delivery, day: date) -> list[dict[str, Any]]:
    messages = [m for m in delivery.sent] + [m for m, _ in delivery.failed]
    held: dict[int, list[Reminder]] = defaultdict(list)
    for row in Reminder.objects.filter(message_id__in=[m.pk for m in messages]).order_by("id"):
        held[row.message_id].append(row)
    emails = _emails({m.user_id for m in messages})
    return [
        {
            "to": emails.get(m.user_id, ""),
            "subject": m.subject,
            "state": "sent" if m.state == Message.State.SENT else "failed (retried later)",
            "reminders": [
                _reminder_dict(r.kind, r.threshold, r.due_on, r.facts, m.as_of) for r in held[m.pk]
            ],
        }
        for m in messages
    ]


def run_range(
    day: date,
    low: int,
    high: int,
    *,
    dry_run: bool = False,
    connection: Any = None,
    describe: bool = False,
) -> PassReport:
    """One range of people: decide, claim, send."""
    report = PassReport(day, dry_run, ranges=1)
    started = time.perf_counter()
    items, report.refreshed = decide(low, high, day, save=not dry_run)
    report.seconds["decide"] += time.perf_counter() - started
    report.reminders = len(items)
    if dry_run:
        if describe:
            report.messages = _describe_items(items, day)
        return report
    started = time.perf_counter()
    claimed = outbox.claim(items, day)
    report.seconds["claim"] += time.perf_counter() - started
    started = time.perf_counter()
    delivery = outbox.deliver(claimed, connection)
    report.seconds["send"] += time.perf_counter() - started
    report.sent, report.failed = len(delivery.sent), len(delivery.failed)
    report.reminders = Reminder.objects.filter(message_id__in=[m.pk for m in claimed]).count()
    if describe:
        report.messages = _describe_sent(delivery, day)
    return report


def ranges(size: int = CHUNK) -> list[tuple[int, int]]:
    """[low, high) ranges of user ids covering every active person."""
    from cetrack.accounts.models import User

    bounds = User.objects.filter(is_active=True).aggregate(low=Min("pk"), high=Max("pk"))
    if bounds["low"] is None:
        return []
    return [(low, low + size) for low in range(bounds["low"], bounds["high"] + 1, size)]


def retry(connection: Any = None, describe: bool = False, day: date | None = None) -> PassReport:
    """Messages an earlier pass claimed and could not send (outbox.retry_stale)."""
    from django.utils import timezone

    report = PassReport(day or timezone.localdate(), False)
    delivery = outbox.retry_stale(connection)
    report.retried, report.failed = len(delivery.sent), len(delivery.failed)
    if describe:
        report.messages = _describe_sent(delivery, report.as_of)
    return report


def run_pass(
    day: date,
    *,
    dry_run: bool = False,
    connection: Any = None,
    describe: bool = False,
    size: int = CHUNK,
    progress: Callable[[PassReport], None] | None = None,
) -> PassReport:
    """A whole pass here, range after range (what the queue spreads over its workers)."""
    report = PassReport(day, dry_run)
    if not dry_run:
        report.add(retry(connection, describe, day))
    for low, high in ranges(size):
        part = run_range(day, low, high, dry_run=dry_run, connection=connection, describe=describe)
        report.add(part)
        if progress is not None:
            progress(part)
    return report
