"""Claim, then send, then mark: how a reminder is sent exactly once.

1. **Claim** (one transaction): a `Message` row per person, and a `Reminder` row per reminder
   under the unique constraint (person, kind, subject, due date, threshold), inserted with
   "on conflict do nothing" in one sorted order (two workers inserting the same keys wait on
   each other instead of deadlocking). The rows this message got are the reminders it
   carries; a reminder another worker (or an earlier pass) already holds is not inserted
   again, and a message left with none is deleted. Nothing has been sent yet.
2. **Send**, right after the claim committed: each message's claim is taken once more with a
   conditional UPDATE on the time it was claimed (a fencing token: if a retry took the
   message over meanwhile, this worker leaves it), the e-mail goes to the mail server, and
   the row is marked `sent` at once.
3. **Retry** (`retry_stale`, run by every pass and every hour): a message still `claimed` a
   job lease after its claim — its worker died between claim and send, or the mail server
   refused it — is claimed again the same way and sent; after MAX_ATTEMPTS it is `failed`.

A crash before step 1 commits leaves nothing (the next pass decides again); between 1 and 2
leaves claimed messages that step 3 sends once. The one double the design cannot exclude is
a crash in the few milliseconds between the mail server accepting a message and the UPDATE
marking it sent; the resent copy then carries the same Message-ID. A reminder is never lost
to avoid that: a missed deadline costs more than a duplicate e-mail.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from cetrack.accounts import deletion
from cetrack.jobs.queue import lease
from cetrack.reminders.models import Kind, Message, Reminder
from cetrack.reminders.sources import Item

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5


@dataclass
class Delivery:
    sent: list[Message] = field(default_factory=list)
    failed: list[tuple[Message, str]] = field(default_factory=list)  # left for a retry
    taken_over: int = 0  # taken over (or sent) by another worker meanwhile: not sent here
    withheld: int = 0  # for an account waiting to be deleted: dropped, claimed again if it stays


def _message_kind(item: Item) -> str:
    return "digest" if item.kind == Kind.DIGEST else "reminders"


def claim(items: Iterable[Item], as_of: date) -> list[Message]:
    """Claim `items` (one message per person, a separate one per digest); returns the
    messages that got at least one reminder, in the order of their people."""
    groups: dict[tuple[int, str, str], list[Item]] = defaultdict(list)
    for item in items:
        digest_of = item.subject if item.kind == Kind.DIGEST else ""
        groups[(item.user_id, _message_kind(item), digest_of)].append(item)
    if not groups:
        return []
    order = sorted(groups)
    with transaction.atomic():
        now = timezone.now()
        messages = Message.objects.bulk_create(
            [Message(user_id=u, kind=k, as_of=as_of, claimed_at=now) for u, k, _ in order]
        )
        rows = [
            Reminder(
                user_id=item.user_id,
                kind=item.kind,
                subject=item.subject,
                due_on=item.due_on,
                threshold=item.threshold,
                facts=item.facts,
                message=message,
            )
            for message, group in zip(messages, order, strict=True)
            for item in groups[group]
        ]
        rows.sort(key=lambda row: row.key)  # one order for every worker: no deadlock
        Reminder.objects.bulk_create(rows, ignore_conflicts=True, batch_size=500)
        ids = [m.pk for m in messages]
        kept = set(
            Reminder.objects.filter(message_id__in=ids)
            .values_list("message_id", flat=True)
            .distinct()
        )
        Message.objects.filter(pk__in=[pk for pk in ids if pk not in kept]).delete()
    return [m for m in messages if m.pk in kept]


def _take(message: Message, claimed_at: datetime) -> datetime | None:
    """Renew this worker's claim right before sending; None if another worker took it. A
    claim made less than a quarter of a lease ago needs no renewing: no retry takes it."""
    now = timezone.now()
    if now - claimed_at < lease() / 4:
        return claimed_at
    taken = Message.objects.filter(
        pk=message.pk, state=Message.State.CLAIMED, claimed_at=claimed_at
    ).update(claimed_at=now)
    return now if taken else None


def deliver(messages: Sequence[Message], connection: Any = None) -> Delivery:
    """Send claimed messages, each marked sent as soon as the mail server took it."""
    from cetrack.reminders.emails import build

    done = Delivery()
    if not messages:
        return done
    rows = {
        m.pk: m
        for m in Message.objects.filter(pk__in=[m.pk for m in messages]).select_related("user")
    }
    held: dict[int, list[Reminder]] = defaultdict(list)
    for reminder in Reminder.objects.filter(message_id__in=list(rows)).order_by("id"):
        held[reminder.message_id].append(reminder)
    connection = connection or get_connection()
    for message in messages:
        row = rows.get(message.pk)
        if row is None or not held[row.pk]:
            continue
        if row.state != Message.State.CLAIMED or _take(row, message.claimed_at) is None:
            done.taken_over += 1
            continue
        if deletion.pending(row.user):  # asked for deletion after this was claimed
            Message.objects.filter(pk=row.pk, state=Message.State.CLAIMED).delete()
            done.withheld += 1
            continue
        try:
            email = build(row, held[row.pk], row.user)
            connection.send_messages([email])
        except Exception as error:  # the mail server refused or is down: retried later
            log.warning("reminders: message %s not sent: %s", row.pk, error)
            reason = f"{type(error).__name__}: {error}"[:500]
            state = Message.State.FAILED if row.attempts >= MAX_ATTEMPTS else row.state
            Message.objects.filter(pk=row.pk).update(error=reason, state=state)
            done.failed.append((row, reason))
            continue
        Message.objects.filter(pk=row.pk).update(
            state=Message.State.SENT, sent_at=timezone.now(), subject=str(email.subject)[:300]
        )
        row.state, row.subject = Message.State.SENT, str(email.subject)
        done.sent.append(row)
    return done


def retry_stale(connection: Any = None, limit: int = 1000) -> Delivery:
    """Send again what was claimed a job lease ago and never marked sent (module docstring)."""
    cutoff = timezone.now() - lease()
    stale = Message.objects.filter(state=Message.State.CLAIMED, claimed_at__lt=cutoff)
    stale.filter(attempts__gte=MAX_ATTEMPTS).update(
        state=Message.State.FAILED, error="not sent after several attempts"
    )
    taken: list[Message] = []
    for message in list(stale.filter(attempts__lt=MAX_ATTEMPTS).order_by("id")[:limit]):
        now = timezone.now()
        if Message.objects.filter(
            pk=message.pk, state=Message.State.CLAIMED, claimed_at=message.claimed_at
        ).update(claimed_at=now, attempts=F("attempts") + 1):
            message.claimed_at = now
            taken.append(message)
    return deliver(taken, connection)


def claimed_keys(low: int, high: int, since: date) -> set[tuple[Any, ...]]:
    """Keys of reminders claimed for people in [low, high) about events since `since`."""
    rows = Reminder.objects.filter(
        user_id__gte=low, user_id__lt=high, due_on__gte=since
    ).values_list("user_id", "kind", "subject", "due_on", "threshold")
    return set(rows)
