"""Driven by test_workers.py in separate processes (a real database, real concurrency):

- `setup PEOPLE`: people with an MLS(ASCP) due 100 days and an MT(AMT) due 50 days after D0;
- `walk NAME FIRST LAST`: run the pass for every day FIRST..LAST (offsets from D0), meeting the
  other walker at a barrier before each day, so both run each day's pass at the same time;
- `send OFFSET [SLOW]`: one pass; with SLOW, the mail server takes SLOW seconds per message
  after the first (the test kills the process while it waits);
- `worker`: a queue worker (two threads, no scheduler of its own);
- `ask OFFSET HOUR`: what the hourly periodic task does at that hour of that day.

Each e-mail is written to its own file under CETRACK_DATA/mail (tests/reminders/mailfiles.py).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cetrack.web.settings")
django.setup()

from django.conf import settings  # noqa: E402

from cetrack.reminders.passes import run_pass  # noqa: E402
from tests.reminders.mailfiles import FileOutbox  # noqa: E402

D0 = date(2027, 3, 1)
DATA = Path(os.environ["CETRACK_DATA"])
# The queue's jobs send through the configured backend: this process's is the file outbox.
settings.EMAIL_BACKEND = "tests.reminders.mailfiles.FileOutbox"


def setup(people: int) -> None:
    from cetrack.accounts.models import User
    from cetrack.records import services

    for number in range(people):
        user = User.objects.create_user(f"p{number}@example.org", None, name=f"Person {number}")
        for rules, days in (("ascp/MLS", 100), ("amt/MT", 50)):
            entry = {"id": rules.replace("/", "-"), "rules": rules}
            outcome = services.save_credential(user, {**entry, "cycle_end": D0 + timedelta(days)})
            assert outcome.ok, outcome.problems


def barrier(name: str, day: int, other: str) -> None:
    (DATA / f"at-{name}-{day}").touch()
    deadline = time.monotonic() + 120
    while not (DATA / f"at-{other}-{day}").exists():
        if time.monotonic() > deadline:
            raise SystemExit(f"{other} never reached day {day}")
        time.sleep(0.005)


def walk(name: str, first: int, last: int) -> None:
    other = "b" if name == "a" else "a"
    outbox = FileOutbox()
    for day in range(first, last + 1):
        barrier(name, day, other)
        run_pass(D0 + timedelta(days=day), connection=outbox)


def main() -> None:
    command = sys.argv[1]
    if command == "setup":
        setup(int(sys.argv[2]))
    elif command == "walk":
        walk(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif command == "worker":
        from django.core.management import call_command

        call_command("run_huey", workers=2, worker_type="thread", periodic=False)
    elif command == "ask":
        from django.db import transaction
        from django.utils import timezone

        from cetrack.reminders.jobs import ask_for_today

        day = D0 + timedelta(days=int(sys.argv[2]))
        moment = timezone.make_aware(datetime.combine(day, datetime.min.time()))
        with transaction.atomic():
            ask_for_today(moment + timedelta(hours=int(sys.argv[3])))
    elif command == "send":
        slow = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
        report = run_pass(D0 + timedelta(days=int(sys.argv[2])), connection=FileOutbox(slow))
        print(report.sent, report.retried)


main()
