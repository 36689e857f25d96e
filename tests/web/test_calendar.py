"""The deadline feed: a secret address a calendar app polls without logging in, giving one
all-day event per deadline and declaration window, with UIDs that stay put between polls."""

from __future__ import annotations

import hashlib
import re
from datetime import date, timedelta
from typing import Any

import pytest
from django.http import Http404
from django.test import Client, RequestFactory
from icalendar import Calendar

from cetrack.records import services
from cetrack.records.calendar import calendar_for, event_uid
from cetrack.records.export_views import calendar_ics
from tests.web.conftest import make_activity, make_credential


def feed(client: Client, user: Any) -> Calendar:
    response = client.get(f"/calendar/{user.feed_token}.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events(cal: Calendar) -> dict[str, Any]:
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def dates(event: Any) -> tuple[date, date]:
    return event.decoded("DTSTART"), event.decoded("DTEND")


@pytest.fixture
def subscribed(alice: Any, alice_records: dict[str, Any]) -> Any:
    alice.feed_token = alice.rotate_calendar_token()  # shown once; only its hash is kept
    return alice


def test_the_feed_needs_no_login_and_lists_deadline_and_declaration_window(
    subscribed: Any, alice_records: dict[str, Any]
) -> None:
    cal = feed(Client(), subscribed)
    assert str(cal["PRODID"]) == "-//cetrack//CE deadlines//EN"
    assert str(cal["VERSION"]) == "2.0"
    assert "Alice Tech" in str(cal["X-WR-CALNAME"])
    found = events(cal)
    cycle_end = found[event_uid(subscribed, "my-mls", "cycle-end", date(2027, 6, 30))]
    assert dates(cycle_end) == (date(2027, 6, 30), date(2027, 7, 1))  # all-day, end exclusive
    assert "cycle ends" in str(cycle_end["SUMMARY"])
    assert "Medical Laboratory Scientist" in str(cycle_end["SUMMARY"])
    assert "33 missing" in str(cycle_end["DESCRIPTION"])
    # ASCP opens the declaration 90 days before the cycle end and closes it 30 days before.
    window = found[event_uid(subscribed, "my-mls", "declaration", date(2027, 4, 1))]
    assert dates(window) == (date(2027, 4, 1), date(2027, 6, 1))
    assert len(found) == 2
    for event in found.values():
        assert event.decoded("DTSTAMP").tzinfo is not None
        assert (
            str(event["URL"]) == f"http://testserver/credentials/{alice_records['credential'].pk}/"
        )
        alarms = event.walk("VALARM")
        assert alarms and all(str(a["ACTION"]) == "DISPLAY" for a in alarms)
        assert all(a.decoded("TRIGGER") <= -timedelta(weeks=1) for a in alarms)
    # three alarms before the deadline: time to plan, a month, a week
    assert [a.decoded("TRIGGER") for a in cycle_end.walk("VALARM")] == [
        -timedelta(days=90),
        -timedelta(days=30),
        -timedelta(days=7),
    ]
    assert "ascp/MLS" not in str(cycle_end["DESCRIPTION"])  # names, not ids
    assert window.walk("VALARM")[0]["TRIGGER"].params["RELATED"] == "END"


def test_uids_and_dates_are_stable_across_polls_and_record_changes(
    subscribed: Any, alice_records: dict[str, Any]
) -> None:
    client = Client()
    first = feed(client, subscribed)
    second = feed(client, subscribed)
    assert {u: dates(e) for u, e in events(first).items()} == {
        u: dates(e) for u, e in events(second).items()
    }
    assert first.to_ical() == second.to_ical()  # nothing changed: byte-identical feed
    make_activity(subscribed, id="more", title="More CE", hours=3)
    third = events(feed(client, subscribed))
    assert set(third) == set(events(first))
    assert any("30 missing" in str(e["DESCRIPTION"]) for e in third.values())


def test_a_moved_deadline_replaces_its_event(subscribed: Any, alice_records: Any) -> None:
    services.save_credential(
        subscribed,
        {"id": "my-mls", "rules": "ascp/MLS", "cycle_end": date(2028, 3, 31)},
        alice_records["credential"],
    )
    found = events(feed(Client(), subscribed))
    assert set(found) == {
        event_uid(subscribed, "my-mls", "cycle-end", date(2028, 3, 31)),
        event_uid(subscribed, "my-mls", "declaration", date(2028, 1, 1)),
    }


def test_unknown_rotated_and_revoked_tokens_are_404(subscribed: Any, bob: Any) -> None:
    client = Client()
    old = subscribed.feed_token
    assert client.get("/calendar/not-a-token.ics").status_code == 404
    new = subscribed.rotate_calendar_token()
    assert client.get(f"/calendar/{old}.ics").status_code == 404
    assert client.get(f"/calendar/{new}.ics").status_code == 200
    subscribed.revoke_calendar_token()
    assert not subscribed.calendar_feed_on and not bob.calendar_feed_on
    assert client.get(f"/calendar/{new}.ics").status_code == 404
    assert client.get(f"/calendar/{old}.ics").status_code == 404
    assert client.get("/calendar/.ics").status_code == 404
    # An empty token never matches the users whose feed is off, even called directly.
    with pytest.raises(Http404):
        calendar_ics(RequestFactory().get("/calendar/.ics"), token="")


def test_settings_page_shows_the_working_feed_once(alice: Any, alice_client: Client) -> None:
    page = alice_client.post("/settings/calendar/", {"action": "rotate"}, follow=True)
    address = re.search(r"http://testserver(/calendar/[\w-]+\.ics)", page.content.decode())
    assert address and "it is not shown again" in page.content.decode()
    assert Client().get(address.group(1)).status_code == 200
    again = alice_client.get("/settings/").content.decode()
    assert address.group(1) not in again and "Your feed is on" in again
    alice.refresh_from_db()  # only the secret's SHA-256 is stored
    assert alice.calendar_token_hash == hashlib.sha256(address.group(1)[10:-4].encode()).hexdigest()


def test_each_user_sees_only_their_own_deadlines(subscribed: Any, bob: Any) -> None:
    make_credential(bob, id="bob-mlt", rules="amt/MLT", cycle_end=date(2026, 12, 31))
    bob.feed_token = bob.rotate_calendar_token()
    found = events(feed(Client(), bob))
    assert set(found) == {event_uid(bob, "bob-mlt", "cycle-end", date(2026, 12, 31))}
    # Same credential id and date in two accounts still gives two different UIDs.
    assert event_uid(bob, "my-mls", "cycle-end", date(2027, 6, 30)) != event_uid(
        subscribed, "my-mls", "cycle-end", date(2027, 6, 30)
    )


def test_rule_sets_without_a_declaration_and_expired_credentials(alice: Any) -> None:
    make_credential(alice, id="amt", rules="amt/MLT", cycle_end=date(2026, 12, 31))
    make_credential(alice, id="fl", rules="fl/technologist", categories=["chemistry"])
    make_credential(
        alice, id="gone", rules="ascp/MLT", status="expired", cycle_end=date(2020, 1, 1)
    )
    cal = Calendar.from_ical(calendar_for(alice))
    kinds = sorted(str(e["UID"]).split("-2")[0] for e in cal.walk("VEVENT"))
    assert kinds == ["cycle-end", "cycle-end"]  # amt and fl; nothing for the expired one
    summaries = " ".join(str(e["SUMMARY"]) for e in cal.walk("VEVENT"))
    assert "Florida" in summaries and "MLT(AMT)" in summaries


def test_an_empty_account_gets_a_valid_empty_calendar(bob: Any) -> None:
    bob.feed_token = bob.rotate_calendar_token()
    cal = feed(Client(), bob)
    assert cal.walk("VEVENT") == [] and str(cal["VERSION"]) == "2.0"
