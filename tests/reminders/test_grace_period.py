"""While an account waits to be deleted (its grace period), nothing goes out to it: no
reminders, no weekly digest, no invitation, no in-service notice by e-mail — and what was
claimed for it before the deletion was asked for is not sent either. Everyone else's mail goes
as before, and an account that comes back gets its reminders again."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.core import mail

from cetrack.accounts import deletion
from cetrack.reminders import outbox
from cetrack.reminders.sources import Item
from tests.competency.conftest import lab
from tests.reminders.conftest import D0, credential, person, received, run

__all__ = ["lab"]


def _leave(user: Any) -> None:
    assert deletion.request_deletion(user) == []
    user.refresh_from_db()
    mail.outbox.clear()  # the e-mail saying the deletion was asked for


def _to(address: str) -> list[Any]:
    return [e for e in mail.outbox if address in e.to]


def test_no_reminders_during_the_grace_period_and_again_after_coming_back(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    sam = person("sam@example.org", "Sam Cole")
    for someone in (kim, sam):
        credential(someone, "amt/MT", cycle_end=D0 + timedelta(days=50))
    _leave(kim)
    run(D0)  # 50 days left: the 60-day reminder is due for both
    assert received("sam@example.org") == {("deadline", "60"): 1}
    assert received("kim@example.org") == {}
    assert deletion.cancel_deletion(kim)  # she logged in: the account stays
    run(D0 + timedelta(days=1))
    assert received("kim@example.org") == {("deadline", "60"): 1}


def test_no_weekly_digest_for_a_manager_whose_account_is_being_deleted(lab: Any) -> None:
    _leave(lab.users["manager"])
    run(date(2027, 6, 7))  # a Monday with deadlines due within 30 days
    assert not _to(lab.users["manager"].email)
    assert [e.subject for e in _to(lab.users["admin"].email) if "Weekly digest" in e.subject]


def test_a_message_claimed_before_the_deletion_was_asked_for_is_not_sent(db: Any) -> None:
    kim = person("kim@example.org", "Kim Lee")
    item = Item(kim.pk, "deadline", "amt-mt", D0 + timedelta(days=7), "7", {"label": "MT(AMT)"})
    claimed = outbox.claim([item], D0)
    _leave(kim)  # between the claim and the send
    delivery = outbox.deliver(claimed)
    assert (len(delivery.sent), delivery.withheld, mail.outbox) == (0, 1, [])


def test_no_invitation_or_in_service_notice_is_mailed_to_it(
    lab: Any, django_capture_on_commit_callbacks: Any
) -> None:
    from cetrack.inservice.models import Notice
    from cetrack.inservice.services import notify
    from cetrack.orgs.services import invite

    leaving, staying = lab.users["member"], lab.users["member2"]
    _leave(leaving)
    with django_capture_on_commit_callbacks(execute=True):
        assert invite(lab.users["admin"], lab.org, leaving.email, "member").ok
        assert invite(lab.users["admin"], lab.org, "new@example.org", "member").ok
    assert [m.to for m in mail.outbox] == [["new@example.org"]]
    mail.outbox.clear()
    assert notify([leaving, staying], None, "Slides are up", subject="In-service") == 2
    assert [m.to for m in mail.outbox] == [[staying.email]]
    assert Notice.objects.filter(user=leaving).exists()  # on the dashboard if they come back
