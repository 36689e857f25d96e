"""`cetrack reminders send [--as-of] [--dry-run] [--json]`: one pass by hand."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail

from cetrack.cli import main
from cetrack.reminders.models import Message, Reminder
from tests.reminders.conftest import D0, credential, person


@pytest.fixture
def kim(db: Any) -> Any:
    someone = person("kim@example.org", "Kim Lee")
    credential(someone, "ascp/MLS", cycle_end=D0 + timedelta(days=7))
    return someone


def test_dry_run_prints_what_would_be_sent_and_records_nothing(kim: Any, capsys: Any) -> None:
    assert main(["reminders", "send", "--as-of", D0.isoformat(), "--dry-run", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["dry_run"] is True and out["reminders"] == 1 and out["messages_sent"] == 0
    [message] = out["messages"]
    assert message["to"] == "kim@example.org" and message["state"] == "would send"
    assert message["reminders"] == [
        {
            "kind": "deadline",
            "threshold": "7",
            "due_on": "2027-03-08",
            "text": "MLS(ASCP): renewal deadline in 7 days (8 Mar 2027)",
        }
    ]
    assert mail.outbox == [] and not Reminder.objects.exists() and not Message.objects.exists()


def test_send_then_again_sends_nothing(kim: Any, capsys: Any) -> None:
    assert main(["reminders", "send", "--as-of", D0.isoformat()]) == 0
    first = capsys.readouterr().out
    assert "sent to kim@example.org:" in first
    assert "  - MLS(ASCP): renewal deadline in 7 days (8 Mar 2027)" in first
    assert "1 e-mail sent (1 reminder)" in first
    assert len(mail.outbox) == 1
    assert main(["reminders", "send", "--as-of", D0.isoformat(), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["messages_sent"] == 0 and again["messages"] == []
    assert len(mail.outbox) == 1


def test_a_bad_date_is_bad_input(db: Any, capsys: Any) -> None:
    assert main(["reminders", "send", "--as-of", "2027-02-30"]) == 2
    assert "'2027-02-30' is not a date; expected YYYY-MM-DD" in capsys.readouterr().err
