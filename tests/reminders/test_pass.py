"""The daily pass (cetrack.reminders.passes) on a moving clock: each person gets each reminder
once — 90, 60, 30 and 7 days before a deadline, when the ASCP declaration window opens, weekly
while overdue — in e-mails that name credentials as people know them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core import mail

from cetrack.reminders.models import Message, Reminder, ReminderSettings
from tests.reminders.conftest import D0, credential, html_of, person, received, run


def _walk(first: Any, last: Any) -> None:
    day = first
    while day <= last:
        run(day)
        day += timedelta(days=1)


def test_a_moving_clock_sends_each_threshold_once(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    credential(kim, "ascp/MLS", cycle_end=D0 + timedelta(days=100))
    _walk(D0, D0 + timedelta(days=115))
    assert received() == {
        ("deadline", "90"): 1,
        ("declaration", "open"): 1,  # ASCP opens its window 90 days before
        ("deadline", "60"): 1,
        ("deadline", "30"): 1,
        ("deadline", "7"): 1,
        ("overdue", "overdue-1"): 1,
        ("overdue", "overdue-8"): 1,
        ("overdue", "overdue-15"): 1,
    }
    # The 90-day reminder and the window opening arrived together, in one e-mail.
    assert len(mail.outbox) == 7
    assert Message.objects.filter(state="sent").count() == 7
    # Running any of those days again sends nothing.
    mail.outbox.clear()
    _walk(D0 + timedelta(days=5), D0 + timedelta(days=20))
    assert mail.outbox == []


def test_a_pass_that_missed_days_sends_what_applies_now_once(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    credential(kim, "amt/MT", cycle_end=D0 + timedelta(days=50))
    run(D0)  # 50 days left: the 60-day reminder (the 90-day one was never due while running)
    run(D0 + timedelta(days=45))  # 5 days left
    run(D0 + timedelta(days=46))
    assert received() == {("deadline", "60"): 1, ("deadline", "7"): 1}


def test_bodies_use_human_names_and_say_what_is_missing(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    credential(kim, "ascp/MLS", cycle_end=D0 + timedelta(days=30))
    run(D0)
    [email] = mail.outbox
    html = html_of(email)
    for text in (email.subject, email.body, html):
        assert "MLS(ASCP)" in text
        assert "ascp/MLS" not in text and "ascp-mls" not in text
    # With it, the last day of the declaration window (it closes 30 days before the deadline).
    assert (
        email.subject == "[cetrack] MLS(ASCP): renewal deadline in 30 days (31 Mar 2027) + 1 more"
    )
    assert "Hello Kim Lee" in email.body
    assert "0 of 36 points counted; 36 points still missing" in email.body
    assert "Still short in:" in email.body and "Blood banking" in email.body
    assert "The declaration window is open now, until 1 Mar 2027." in email.body
    assert "http://testserver" not in html and "/credentials/" in html
    assert "/reminders/unsubscribe/" in email.extra_headers["List-Unsubscribe"]
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_second_pass_the_same_day_sends_nothing(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    credential(kim, "ascp/MLS", cycle_end=D0 + timedelta(days=7))
    first, second = run(D0), run(D0)
    assert (first.sent, first.reminders) == (1, 1)
    assert (second.sent, second.reminders) == (0, 0)
    assert len(mail.outbox) == 1 and Reminder.objects.count() == 1


def test_expired_and_deleted_credentials_are_not_reminded(db: Any) -> None:
    from cetrack.records import services

    kim = person("kim@example.org", "Kim Lee")
    credential(kim, "ascp/MLS", cycle_end=D0 + timedelta(days=7), status="expired")
    gone = credential(kim, "amt/MT", cycle_end=D0 + timedelta(days=7))
    services.delete_credential(kim, gone)
    assert run(D0).reminders == 0 and mail.outbox == []


def test_inactive_people_get_nothing(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    credential(kim, "ascp/MLS", cycle_end=D0 + timedelta(days=7))
    kim.is_active = False
    kim.save()
    assert run(D0).reminders == 0


def test_a_changed_deadline_is_a_new_event(db: Any) -> None:
    from cetrack.records import services

    kim = person("kim@example.org", "Kim Lee")
    mls = credential(kim, "amt/MT", cycle_end=D0 + timedelta(days=10))
    run(D0)
    # Renewed: the next cycle ends in three years; its own reminders come in time.
    outcome = services.save_credential(
        kim, {"id": mls.ledger_id, "rules": "amt/MT", "cycle_end": D0 + timedelta(days=1000)}, mls
    )
    assert outcome.ok, outcome.problems
    run(D0 + timedelta(days=20))  # the old deadline passed: no overdue reminder for it
    run(D0 + timedelta(days=911))
    assert received() == {("deadline", "30"): 1, ("deadline", "90"): 1}


def test_settings_choose_lead_times_overdue_cadence_and_all_off(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    credential(kim, "amt/MT", cycle_end=D0 + timedelta(days=100))
    ReminderSettings.objects.create(user=kim, lead_days=[30, 7], overdue_every_days=14)
    _walk(D0, D0 + timedelta(days=130))
    assert received() == {
        ("deadline", "30"): 1,
        ("deadline", "7"): 1,
        ("overdue", "overdue-1"): 1,
        ("overdue", "overdue-15"): 1,
        ("overdue", "overdue-29"): 1,
    }
    ReminderSettings.objects.filter(user=kim).update(enabled=False)
    mail.outbox.clear()
    _walk(D0 + timedelta(days=131), D0 + timedelta(days=150))
    assert mail.outbox == []


def test_reminders_stop_after_26_weeks_overdue(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    credential(kim, "amt/MT", cycle_end=D0 - timedelta(days=183))
    assert run(D0).reminders == 0
