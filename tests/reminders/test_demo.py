"""`cetrack reminders send --as-of` on the demo (`cetrack serve --demo`) sends exactly the
expected e-mails, and nothing when run again."""

from __future__ import annotations

from datetime import date, datetime, time
from types import SimpleNamespace
from typing import Any

from django.core import mail
from django.utils import timezone

from cetrack.cli import main
from tests.reminders.conftest import reminders_in

DAY = date(2026, 12, 7)  # the day the demo is loaded, and the pass's day


def test_the_demo_gets_exactly_the_expected_reminders_once(
    db: Any, monkeypatch: Any, capsys: Any
) -> None:
    from cetrack.web.demo import load_demo

    # The demo laboratory counts its dates from the day it is loaded: make that day fixed.
    clock = SimpleNamespace(
        localdate=lambda: DAY, now=lambda: timezone.make_aware(datetime.combine(DAY, time(9)))
    )
    monkeypatch.setattr("cetrack.orgs.demo.timezone", clock)
    monkeypatch.setattr("cetrack.competency.demo.timezone", clock)
    load_demo()
    assert main(["reminders", "send", "--as-of", DAY.isoformat()]) == 0
    got = {email.to[0].split("@")[0]: sorted(reminders_in(email)) for email in mail.outbox}
    # MLS/MLT(ASCP) and MT(AMT) 45 days ahead (the 60-day reminder; ASCP's window is open),
    # Jamal's MLT(ASCP) 20 days past, Elena's Florida licence 98 days past; the demo account's
    # 6-month competency assessment in 12 days, Brian's annual one 40 days overdue, Chen not
    # cleared on ABO/Rh typing. Everyone else's deadlines are more than 90 days away (the demo
    # account's fixed dates too, on this day). The administrator (the manager's login) and the
    # laboratory director get the weekly digest.
    assert got == {
        "demo": [("competency", "30")],
        "brian": [("competency", "overdue-36"), ("deadline", "60"), ("declaration", "open")],
        "chen": [("competency", "not-cleared")],
        "elena": [("deadline", "60"), ("declaration", "open"), ("overdue", "overdue-92")],
        "hector": [("deadline", "60")],
        "jamal": [("overdue", "overdue-15")],
        "manager": [("digest", "weekly")],
        "director": [("digest", "weekly")],
    }
    out = capsys.readouterr().out
    assert "8 e-mails sent (12 reminders)" in out
    assert "MLT(ASCP): the renewal deadline passed 20 days ago (17 Nov 2026)" in out
    [digest] = [e for e in mail.outbox if e.to == ["manager@cetrack.example"]]
    assert "Katherine Doe: Competency assessment: CBC on Sysmex XN-1000" in digest.body
    assert "Chen Wei: ABO/Rh typing on ORTHO Vision (Tampa Bay Hospital Lab) — Not cleared" in (
        digest.body
    )
    assert main(["reminders", "send", "--as-of", DAY.isoformat()]) == 0
    assert "0 e-mails sent (0 reminders)" in capsys.readouterr().out
    assert len(mail.outbox) == 8
