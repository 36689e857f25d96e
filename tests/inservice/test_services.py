"""Sessions, attendance and issuing as an educator and attendees would see them."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from cetrack.inservice import issue, services
from cetrack.inservice.models import Attendance, Notice, Session
from cetrack.issuing.models import IssuedCredential
from cetrack.records.models import Activity, Revision
from cetrack.records.services import evaluate_for, save_activity
from tests.inservice.conftest import facts, make_session


def issued_activity(user: Any) -> Activity:
    return Activity.objects.get(owner=user, issued_at__isnull=False, deleted_at__isnull=True)


def test_a_series_creates_one_session_per_month_each_with_its_own_code(lab: Any) -> None:
    outcome = services.create_session(
        lab.memberships["educator"], facts(), {}, every="monthly", count=4
    )
    assert outcome.ok, outcome.problems
    sessions = list(Session.objects.filter(series=outcome.saved.series))
    assert len(sessions) == 4
    assert len({s.checkin_code for s in sessions}) == 4
    months = [timezone.localtime(s.starts_at).month for s in sessions]
    assert len(set(months)) == 4


def test_bad_facts_are_refused_with_the_field(lab: Any) -> None:
    outcome = services.create_session(
        lab.memberships["educator"], facts(instructional_minutes=20, provider_number=""), {}
    )
    assert {key for key, _ in outcome.problems} == {"instructional_minutes", "provider_number"}
    assert not Session.objects.exists()


def test_check_in_is_once_per_person_and_only_in_the_window(lab: Any, session: Any) -> None:
    tess = lab.users["member"]
    first = services.check_in(tess, session.checkin_code.lower())
    again = services.check_in(tess, session.checkin_code)
    assert first.ok and again.ok and first.saved.pk == again.saved.pk
    assert Attendance.objects.filter(session=session).count() == 1
    later = services.check_in(
        lab.users["member2"], session.checkin_code, now=session.ends_at + timedelta(minutes=1)
    )
    assert not later.ok and "closed" in later.problems[0][1]
    early = make_session(
        lab,
        starts_at=timezone.now() + timedelta(hours=2),
        ends_at=timezone.now() + timedelta(hours=3),
    )
    refused = services.check_in(tess, early.checkin_code)
    assert "opens at" in refused.problems[0][1]


def test_a_code_of_another_organisation_is_not_found(lab: Any, session: Any) -> None:
    outcome = services.check_in(lab.users["outsider"], session.checkin_code)
    assert not outcome.ok and "no session of your organisations" in outcome.problems[0][1]
    assert not services.check_in(lab.users["member"], "!!").ok


def test_capacity_is_never_exceeded(lab: Any) -> None:
    small = make_session(lab, capacity=1)
    assert services.check_in(lab.users["member"], small.checkin_code).ok
    full = services.check_in(lab.users["member2"], small.checkin_code)
    assert not full.ok and "full" in full.problems[0][1]


def test_issuing_puts_a_locked_activity_with_certificate_in_the_records(
    lab: Any, session: Any
) -> None:
    tess = lab.users["member"]
    services.check_in(tess, session.checkin_code)
    summary = issue.issue_session(lab.users["educator"], session)
    assert summary.issued == ["Tess Tech"]
    activity = issued_activity(tess)
    assert (activity.title, activity.amount_unit, activity.amount_value) == (
        "Antibody identification",
        "hours",
        Decimal("1.00"),
    )
    assert activity.issued_by == "Bayside Laboratory" and activity.accreditation == "pace"
    assert activity.course_number == "519-112-26" and activity.provider_number == "519"
    assert activity.license_number == "TC1"  # her Florida licence, for Florida audits
    assert activity.verify_url.endswith(f"/verify/{Attendance.objects.get().credential_id}")
    certificate = activity.certificates.get()
    assert certificate.issued and certificate.original_name.endswith(".pdf")
    counted = {c.activity for r in evaluate_for(tess).credentials for c in r.counted}
    assert activity.ledger_id in counted
    # the attendee cannot change what was issued
    refused = save_activity(
        tess, {"title": "x", "completed_on": activity.end, "hours": 9}, activity
    )
    assert not refused.ok


def test_issuing_twice_issues_once(lab: Any, session: Any) -> None:
    services.check_in(lab.users["member"], session.checkin_code)
    issue.issue_session(lab.users["educator"], session)
    again = issue.issue_session(lab.users["educator"], session)
    assert again.issued == [] and again.unchanged == 1
    assert IssuedCredential.objects.count() == 1


def test_partial_attendance_credits_the_time_present(lab: Any) -> None:
    long = make_session(
        lab,
        starts_at=timezone.now() - timedelta(minutes=100),
        ends_at=timezone.now() + timedelta(minutes=80),
        instructional_minutes=160,
    )
    tess, ron = lab.users["member"], lab.users["member2"]
    services.mark_roster(lab.memberships["educator"], long, {tess.pk: None, ron.pk: 40})
    summary = issue.issue_session(lab.users["educator"], long)
    assert summary.issued == ["Tess Tech"]
    assert summary.not_credited == [("Ron Runner", "40 minutes present; at least 50 are needed")]
    assert issued_activity(tess).amount_value == Decimal("3.00")  # 160 minutes, rounded down


def test_a_correction_reissues_with_history_and_revokes_the_old(lab: Any, session: Any) -> None:
    tess = lab.users["member"]
    services.check_in(tess, session.checkin_code)
    issue.issue_session(lab.users["educator"], session)
    old = Attendance.objects.get().credential
    mail.outbox.clear()
    outcome = services.update_session(
        lab.memberships["educator"],
        session,
        facts(
            starts_at=session.starts_at,
            ends_at=session.starts_at + timedelta(minutes=90),
            instructional_minutes=75,
            title="Antibody identification (corrected)",
        ),
        {},
    )
    assert outcome.ok, outcome.problems
    assert outcome.saved["corrected"].corrected == ["Tess Tech"]
    activity = issued_activity(tess)
    assert activity.amount_value == Decimal("1.50") and activity.title.endswith("(corrected)")
    assert Revision.objects.filter(object_id=activity.pk, action="corrected").exists()
    old.refresh_from_db()
    assert old.revoked_at is not None
    assert Attendance.objects.get().credential_id != old.pk
    assert activity.certificates.filter(deleted_at__isnull=True).count() == 1
    assert Notice.objects.filter(user=tess, text__contains="corrected").exists()
    assert [m.to for m in mail.outbox] == [["member@lab.example"]]


def test_taking_someone_off_the_roster_after_issuing_withdraws_it(lab: Any, session: Any) -> None:
    tess = lab.users["member"]
    services.mark_roster(lab.memberships["educator"], session, {tess.pk: None})
    issue.issue_session(lab.users["educator"], session)
    services.mark_roster(lab.memberships["educator"], session, {}, [tess.pk])
    assert not Activity.objects.filter(
        owner=tess, issued_at__isnull=False, deleted_at__isnull=True
    ).exists()
    assert IssuedCredential.objects.get().revoked_at is not None


def test_moving_and_cancelling_tell_the_registered(lab: Any) -> None:
    later = make_session(
        lab,
        starts_at=timezone.now() + timedelta(days=7),
        ends_at=timezone.now() + timedelta(days=7, hours=1),
    )
    tess = lab.users["member"]
    assert services.register(tess, later).ok
    moved = facts(
        starts_at=later.starts_at + timedelta(days=1), ends_at=later.ends_at + timedelta(days=1)
    )
    assert services.update_session(lab.memberships["educator"], later, moved, {}).saved["moved"]
    assert services.cancel_session(lab.memberships["educator"], later, "Speaker ill").ok
    texts = list(Notice.objects.filter(user=tess).order_by("id").values_list("text", flat=True))
    assert "has moved to" in texts[0] and "was cancelled (Speaker ill)" in texts[1]
    assert len(mail.outbox) == 2 and mail.outbox[1].subject == "Cancelled: Antibody identification"
    assert not services.check_in(tess, later.checkin_code).ok


def test_cancelling_an_issued_session_is_refused(lab: Any, session: Any) -> None:
    services.check_in(lab.users["member"], session.checkin_code)
    issue.issue_session(lab.users["educator"], session)
    outcome = services.cancel_session(lab.memberships["educator"], session)
    assert not outcome.ok and "already issued" in outcome.problems[0][1]


def test_online_completion_needs_a_pass_and_keeps_every_attempt(lab: Any, session: Any) -> None:
    text = "Which antibody causes severe HDFN?\n* Anti-D\nAnti-Lea\n\nIs a panel needed?\n* Yes\nNo"
    assert services.set_questions(lab.memberships["educator"], session, text, 100).ok
    ron = lab.users["member2"]
    failed = services.submit_test(ron, session, [0, 1])
    assert failed.ok and not failed.saved.passed
    assert not Activity.objects.filter(owner=ron, issued_at__isnull=False).exists()
    passed = services.submit_test(ron, session, [0, 0])
    assert passed.saved.passed
    activity = issued_activity(ron)
    assert activity.delivery == "online"
    assert session.attempts.filter(user=ron).count() == 2


def test_issuing_is_refused_before_the_start(lab: Any) -> None:
    later = make_session(
        lab,
        starts_at=timezone.now() + timedelta(days=1),
        ends_at=timezone.now() + timedelta(days=1, hours=1),
    )
    services.register(lab.users["member"], later)
    summary = issue.issue_session(lab.users["educator"], later)
    assert summary.problems == ["certificates can be issued once the session has started"]


@pytest.mark.parametrize("minutes", [49, 50])
def test_the_50_minute_minimum(lab: Any, minutes: int) -> None:
    short = make_session(lab)
    tess = lab.users["member"]
    services.mark_roster(lab.memberships["educator"], short, {tess.pk: minutes})
    summary = issue.issue_session(lab.users["educator"], short)
    assert bool(summary.issued) == (minutes == 50)
