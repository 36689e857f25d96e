"""Driven by test_workers.py in separate processes (a real database, real concurrency):

- `setup PEOPLE`: people with an MLS(ASCP) due 100 days and an MT(AMT) due 50 days after D0;
- `walk NAME FIRST LAST`: run the pass for every day FIRST..LAST (offsets from D0), meeting the
  other walker at a barrier before each day, so both run each day's pass at the same time;
- `send OFFSET [SLOW]`: one pass; with SLOW, the mail server takes SLOW seconds per message
  after the first (the test kills the process while it waits).

Each e-mail is written to its own file under CETRACK_DATA/mail (the outbox the test reads).
"""

from __future__ import annotations

import os
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cetrack.web.settings")
django.setup()

from cetrack.reminders.passes import run_pass  # noqa: E402

D0 = date(2027, 3, 1)
DATA = Path(os.environ["CETRACK_DATA"])
MAIL = DATA / "mail"


class FileOutbox:
    """A mail server that keeps every message it accepts as a file; `slow` seconds per
    message after the first, announced by a marker file before the wait."""

    def __init__(self, slow: float = 0.0) -> None:
        self.slow, self.count = slow, 0

    def send_messages(self, messages: list[Any]) -> int:
        for message in messages:
            self.count += 1
            if self.slow and self.count > 1:
                (DATA / f"waiting-{self.count}").touch()
                time.sleep(self.slow)
            MAIL.mkdir(exist_ok=True)
            (MAIL / f"{uuid.uuid4().hex}.eml").write_bytes(message.message().as_bytes())
        return len(messages)


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
    elif command == "send":
        slow = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
        report = run_pass(D0 + timedelta(days=int(sys.argv[2])), connection=FileOutbox(slow))
        print(report.sent, report.retried)


main()
