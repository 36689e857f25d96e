"""Reminder settings on the Settings page, and the unsubscribe link: signed, no login needed,
and it stops exactly what it says."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core import mail
from django.test import Client

from cetrack.reminders.models import ReminderSettings
from cetrack.reminders.tokens import make_token
from tests.reminders.conftest import D0, credential, person, received, run


def _unsubscribe_url(email: Any) -> str:
    header = email.extra_headers["List-Unsubscribe"]
    return header.strip("<>").split("localhost:8000", 1)[1]


def test_settings_page_shows_and_saves_the_choices(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    client = Client()
    client.force_login(kim)
    page = client.get("/settings/")
    assert page.status_code == 200
    assert b"Reminder e-mails" in page.content and b"90 days" in page.content
    response = client.post(
        "/settings/reminders/",
        {
            "enabled": "on",
            "deadline": "on",
            "lead_days": ["30", "7"],
            "overdue_every_days": "14",
            "competency": "on",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/settings/#reminders"
    saved = ReminderSettings.objects.get(user=kim)
    assert saved.lead_days == [30, 7] and saved.overdue_every_days == 14
    assert (saved.declaration, saved.drafts, saved.digest) == (False, False, False)
    assert b"Reminder settings saved." in client.get("/settings/").content


def test_deadline_reminders_need_a_lead_time(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    client = Client()
    client.force_login(kim)
    response = client.post(
        "/settings/reminders/", {"enabled": "on", "deadline": "on", "overdue_every_days": "7"}
    )
    assert response.status_code == 302
    assert not ReminderSettings.objects.filter(user=kim).exists()
    assert b"Choose at least one" in client.get("/settings/").content


def test_settings_need_a_login(db: Any) -> None:
    response = Client().post("/settings/reminders/", {"enabled": "on"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_link_in_an_email_stops_that_kind_without_logging_in(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    credential(kim, "amt/MT", cycle_end=D0 + timedelta(days=60))
    run(D0)
    [email] = mail.outbox
    url = _unsubscribe_url(email)
    assert url in email.body  # the same link in the text body
    client = Client()
    page = client.get(url)
    assert page.status_code == 200
    assert b"kim@example.org" in page.content and b"renewal deadlines" in page.content
    done = client.post(url, {"stop": "these"})
    assert done.status_code == 200 and b"no more e-mails about renewal deadlines" in done.content
    saved = ReminderSettings.objects.get(user=kim)
    assert saved.enabled and not saved.deadline and saved.declaration
    mail.outbox.clear()
    run(D0 + timedelta(days=40))  # 20 days left: no deadline reminder any more
    assert received() == {}


def test_one_click_unsubscribe_stops_everything(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    url = f"/reminders/unsubscribe/{make_token(kim.pk, ['deadline'])}/"
    # RFC 8058: the mail app posts this body, with no cookie and no CSRF token.
    response = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not ReminderSettings.objects.get(user=kim).enabled


def test_an_altered_or_foreign_token_changes_nothing(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    token = make_token(kim.pk, ["deadline"])
    for bad in (token[:-2] + "xx", "not-a-token", token.replace(token[2], "Q", 1)):
        response = Client().post(f"/reminders/unsubscribe/{bad}/", {"stop": "all"})
        assert response.status_code == 404
        assert b"not recognised" in response.content
    assert not ReminderSettings.objects.filter(user=kim).exists()
