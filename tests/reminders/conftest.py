"""Helpers for the reminder tests: people with credentials, a pass on a given day, and what
the (locmem) outbox received, read from each e-mail's X-Cetrack-Reminders header."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

import pytest
from django.core import mail

from cetrack.reminders.passes import PassReport, run_pass

D0 = date(2027, 3, 1)  # a Monday


@pytest.fixture(autouse=True)
def _evidence_dir(settings: Any, tmp_path: Any) -> None:
    settings.EVIDENCE_DIR = tmp_path / "evidence"


def person(email: str, name: str) -> Any:
    from cetrack.accounts.models import User

    return User.objects.create_user(email, "pw-" + email, name=name)


def credential(user: Any, rules: str = "ascp/MLS", **entry: Any) -> Any:
    from cetrack.records import services

    entry.setdefault("id", rules.replace("/", "-").lower())
    outcome = services.save_credential(user, {"rules": rules, **entry})
    assert outcome.ok, outcome.problems
    return outcome.saved


def run(day: date, **options: Any) -> PassReport:
    return run_pass(day, **options)


def reminders_in(email: Any) -> list[tuple[str, str]]:
    """(kind, threshold) of each reminder an e-mail carries."""
    header = email.extra_headers.get("X-Cetrack-Reminders", "")
    found = []
    for entry in header.split():
        parts = entry.split(":")  # kind:subject:due_on:threshold, the subject holding a colon
        found.append((parts[0], parts[-1]))
    return found


def received(to: str | None = None) -> Counter[tuple[str, str]]:
    """How many times each (kind, threshold) reached `to` (everyone when None)."""
    counts: Counter[tuple[str, str]] = Counter()
    for email in mail.outbox:
        if to is None or to in email.to:
            counts.update(reminders_in(email))
    return counts


def html_of(email: Any) -> str:
    return next(body for body, kind in email.alternatives if kind == "text/html")
