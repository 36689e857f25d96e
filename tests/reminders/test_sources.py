"""Competency checkpoints, imports waiting for review, and the managers' weekly digest."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from django.core import mail
from django.utils import timezone

from cetrack.reminders.models import Digest
from tests.competency.conftest import Competency, comp, lab
from tests.reminders.conftest import D0, html_of, person, received, run

__all__ = ["comp", "lab"]


def _to(address: str) -> list[Any]:
    return [e for e in mail.outbox if address in e.to]


def test_competency_due_overdue_once_each_with_names(comp: Competency) -> None:
    tess = comp.lab.users["member"]
    due = comp.refreshed(comp.tess_cbc).next_due_on
    assert due is not None
    for offset in (-40, -30, -29, -7, -1, 1, 2, 8):
        run(due + timedelta(days=offset))
    counts = {key: n for key, n in received(tess.email).items() if key[0] == "competency"}
    # Two systems, the same schedule (both began the same day): each threshold once per system.
    assert counts == {
        ("competency", "30"): 2,
        ("competency", "7"): 2,
        ("competency", "overdue-1"): 2,
        ("competency", "overdue-8"): 2,
    }
    bodies = " ".join(e.body for e in _to(tess.email))
    assert (
        "Competency assessment on CBC on Sysmex XN-1000 (Tampa core lab, Bayside Laboratory)"
        in bodies
    )
    assert "/orgs/" in bodies and "/competency/" in bodies


def test_not_cleared_is_reminded_once(comp: Competency) -> None:
    from cetrack.competency.models import Assignment

    tess = comp.lab.users["member"]
    Assignment.objects.filter(pk=comp.tess_cbc.pk).update(
        blocked_since=comp.today, blocked_reason="Failed the problem-solving element"
    )
    run(comp.today)
    run(comp.today + timedelta(days=1))
    assert received(tess.email)[("competency", "not-cleared")] == 1
    body = " ".join(e.body for e in _to(tess.email))
    assert "Not cleared on CBC on Sysmex XN-1000" in body
    assert "Failed the problem-solving element." in body


def test_imports_waiting_for_review_after_two_days_and_a_week_later(db: Any) -> None:
    from cetrack.capture.models import Batch, Draft, UploadedFile

    kim = person("kim@example.org", "Kim Lee")
    batch = Batch.objects.create(owner=kim)
    Batch.objects.filter(pk=batch.pk).update(
        created_at=timezone.make_aware(datetime.combine(D0, time(9)))
    )
    upload = UploadedFile.objects.create(owner=kim, batch=batch, original_name="a.pdf")
    for position in range(3):
        Draft.objects.create(owner=kim, file=upload, position=position, origin="pdf")
    for offset in range(0, 12):
        run(D0 + timedelta(days=offset))
    assert received() == {("drafts", "day-2"): 1, ("drafts", "day-9"): 1}
    assert mail.outbox[0].subject == "[cetrack] 3 imported certificates waiting for your review"
    assert f"/capture/{batch.pk}/" in mail.outbox[0].body
    # Reviewed: no more reminders about it.
    Draft.objects.update(state="confirmed")
    mail.outbox.clear()
    run(D0 + timedelta(days=20))
    assert mail.outbox == []


def test_managers_get_one_digest_a_week_with_changes_and_what_is_due(lab: Any) -> None:
    monday = date(2027, 6, 7)  # Tess's and Ron's MLS(ASCP) end on 30 Jun 2027
    run(monday)
    run(monday + timedelta(days=2))  # the same week: no second digest
    for persona in ("manager", "admin"):
        digests = [e for e in _to(lab.users[persona].email) if "Weekly digest" in e.subject]
        assert len(digests) == 1, persona
    [digest] = [e for e in _to(lab.users["manager"].email) if "Weekly digest" in e.subject]
    assert digest.subject == "[cetrack] Weekly digest for Bayside Laboratory (2027-W23)"
    assert "Due within 30 days" in digest.body
    assert "Tess Tech: MLS(ASCP) renewal deadline, 30 Jun 2027 — Not met" in digest.body
    assert "Ron Runner: MLS(ASCP) renewal deadline" in digest.body
    assert "Funding requests waiting for a decision ==\nNothing this week." in digest.body
    assert "ascp/MLS" not in digest.body + html_of(digest)
    assert not any("Weekly digest" in e.subject for e in _to(lab.users["member"].email))
    assert Digest.objects.filter(organisation=lab.org).count() == 1
    # Four weeks on, the deadline has passed: the change is news.
    mail.outbox.clear()
    run(monday + timedelta(days=28))
    [later] = [e for e in _to(lab.users["manager"].email) if "Weekly digest" in e.subject]
    assert "== Status changes ==" in later.body
    assert "Tess Tech, MLS(ASCP): Not met -> Deadline passed" in later.body
    assert "with changes since 7 Jun 2027" in later.body


def test_no_digest_when_there_is_nothing_to_say(lab: Any) -> None:
    run(date(2026, 1, 5))  # far from any deadline, nothing overdue
    assert not any("Weekly digest" in e.subject for e in mail.outbox)


def test_the_calendar_feed_has_the_competency_dates(comp: Competency) -> None:
    from icalendar import Calendar

    from cetrack.records.calendar import calendar_for, event_uid

    tess = comp.lab.users["member"]
    due = comp.refreshed(comp.tess_cbc).next_due_on
    assert due is not None
    cal = Calendar.from_ical(calendar_for(tess, base_url="https://ce.example.org"))
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    uid = event_uid(tess, f"assignment-{comp.tess_cbc.pk}", "competency", due)
    event = events[uid]
    assert str(event["SUMMARY"]) == (
        "Competency assessment due: CBC on Sysmex XN-1000 (Tampa core lab)"
    )
    assert event.decoded("DTSTART") == due
    assert str(event["URL"]) == f"https://ce.example.org/orgs/{comp.lab.org.pk}/competency/"
    # Glucose too; Ron, assigned to nothing, has none.
    assert sum("Competency assessment due" in str(e["SUMMARY"]) for e in events.values()) == 2
    ron = comp.lab.users["member2"]
    assert b"Competency assessment" not in calendar_for(ron)


def test_pending_funding_requests_come_from_the_funding_app_hook(
    lab: Any, monkeypatch: Any
) -> None:
    import sys
    import types
    from importlib.machinery import ModuleSpec

    from cetrack.reminders.digest import FUNDING_HOOK

    hook = types.ModuleType(FUNDING_HOOK)
    hook.__spec__ = ModuleSpec(FUNDING_HOOK, None)
    request = {
        "member": "Tess Tech",
        "what": "ASCLS annual meeting registration",
        "amount": "$450.00",
        "since": "2026-01-02",
    }
    hook.pending_requests = lambda org_id, day: [request] if org_id == lab.org.pk else []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, FUNDING_HOOK, hook)
    run(date(2026, 1, 5))  # nothing else due: the request alone makes the digest
    [digest] = [e for e in _to(lab.users["manager"].email) if "Weekly digest" in e.subject]
    assert "Tess Tech: ASCLS annual meeting registration, $450.00 (since 2 Jan 2026)" in digest.body
