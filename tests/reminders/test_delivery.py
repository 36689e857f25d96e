"""Claim before sending: two workers deciding at once, a pass killed between its claim and
its send, a mail server that refuses — each reminder still reaches its person exactly once."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from cetrack.reminders import outbox
from cetrack.reminders.models import Message, Reminder
from cetrack.reminders.passes import decide, ranges, run_range
from tests.reminders.conftest import D0, credential, person, received, run


@pytest.fixture
def due(db: Any) -> list[Any]:
    people = [person(f"p{n}@example.org", f"Person {n}") for n in range(3)]
    for someone in people:
        credential(someone, "ascp/MLS", cycle_end=D0 + timedelta(days=7))
        credential(someone, "amt/MT", cycle_end=D0 + timedelta(days=60))
    return people


def _age_claims(seconds: int = 3600) -> None:
    """As if the claims were made an hour ago (longer than a job lease)."""
    Message.objects.filter(state="claimed").update(
        claimed_at=timezone.now() - timedelta(seconds=seconds)
    )


def test_two_workers_deciding_at_once_send_each_reminder_once(due: list[Any]) -> None:
    [(low, high)] = ranges()
    # Both workers decide before either claims: they see the same six reminders.
    first, _ = decide(low, high, D0)
    second, _ = decide(low, high, D0)
    assert len(first) == len(second) == 6
    mine, theirs = outbox.claim(first, D0), outbox.claim(second, D0)
    assert len(mine) == 3 and theirs == []  # the unique key: the second claim got nothing
    assert Message.objects.count() == 3  # no empty messages left behind
    outbox.deliver(mine)
    outbox.deliver(theirs)
    assert len(mail.outbox) == 3
    assert received() == {("deadline", "7"): 3, ("deadline", "60"): 3}


def test_a_worker_whose_message_was_taken_over_leaves_it(due: list[Any]) -> None:
    [(low, high)] = ranges()
    items, _ = decide(low, high, D0)
    claimed = outbox.claim(items, D0)
    _age_claims()
    taken = outbox.retry_stale()  # another worker's retry takes the old claims and sends
    assert len(taken.sent) == 3
    late = outbox.deliver(claimed)  # the first worker wakes up with its stale claim
    assert late.sent == [] and late.taken_over == 3
    assert len(mail.outbox) == 3


def test_a_pass_killed_between_claim_and_send_is_sent_once_by_the_retry(
    due: list[Any],
) -> None:
    [(low, high)] = ranges()
    items, _ = decide(low, high, D0)
    outbox.claim(items, D0)  # ... and the process dies here: nothing sent
    assert mail.outbox == []
    again = run(D0)  # restarted at once: the claims are held (their lease runs), no double
    assert (again.sent, again.retried, len(mail.outbox)) == (0, 0, 0)
    _age_claims()
    later = run(D0)  # a lease later: the retry sends them, once
    assert (later.retried, later.sent) == (3, 0)
    assert received() == {("deadline", "7"): 3, ("deadline", "60"): 3}
    _age_claims()
    assert run(D0).retried == 0 and len(mail.outbox) == 3
    assert set(Message.objects.values_list("state", flat=True)) == {"sent"}


class Refusing:
    """A mail connection whose server is down."""

    def send_messages(self, messages: list[Any]) -> int:
        raise ConnectionRefusedError("connection refused by smtp.example.org")


def test_a_refusing_mail_server_is_retried_then_given_up(due: list[Any]) -> None:
    [(low, high)] = ranges()
    report = run_range(D0, low, high, connection=Refusing())
    assert (report.sent, report.failed) == (0, 3)
    row = Message.objects.first()
    assert row is not None and row.state == "claimed"
    assert "connection refused" in row.error
    _age_claims()
    assert len(outbox.retry_stale().sent) == 3  # the server is back
    assert len(mail.outbox) == 3
    # A message the server refuses every time is marked failed after MAX_ATTEMPTS.
    other = person("q@example.org", "Quinn")
    credential(other, "ascp/MLS", cycle_end=D0 + timedelta(days=7))
    run_range(D0, *ranges()[0], connection=Refusing())
    for _ in range(outbox.MAX_ATTEMPTS):
        _age_claims()
        outbox.retry_stale(Refusing())
    _age_claims()
    outbox.retry_stale()
    failed = Message.objects.get(user=other)
    assert failed.state == "failed" and failed.attempts == outbox.MAX_ATTEMPTS
    assert Reminder.objects.filter(user=other).count() == 1  # still claimed: never re-decided
    assert run(D0).reminders == 0
