"""The deadline feed (RFC 5545) a calendar app subscribes to with the user's secret address.

Per credential: an all-day event on the cycle end (the renewal deadline) and, where the rule set
has one, an all-day event spanning the declaration window. Per competency assignment (in any
organisation the person belongs to): an all-day event on the date the next assessment is due
(read through `cetrack.reminders.competency`, which also feeds the reminder e-mails). UIDs are derived from the user, the
credential's ledger id, the kind of event and its date, so a calendar app refreshing the feed
updates its copy instead of adding duplicates; when a date moves, the old event goes away.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

from django.db.models import Max
from django.urls import reverse
from icalendar import Alarm, Calendar, Event, vDuration

from cetrack.core.engine import CredentialEvaluation
from cetrack.core.names import day_text
from cetrack.records import presenters
from cetrack.records.access import activities_for, credentials_for
from cetrack.records.services import evaluate_for

PRODID = "-//cetrack//CE deadlines//EN"
# Before the cycle end: three months (time to find and plan CE), a month, a week.
DEADLINE_ALARMS = (timedelta(days=-90), timedelta(days=-30), timedelta(days=-7))
DECLARATION_ALARM = timedelta(weeks=-2)  # before the declaration window closes
COMPETENCY_ALARM = timedelta(weeks=-2)  # before a competency assessment is due
REFRESH = timedelta(hours=12)


def event_uid(user: Any, credential_id: str, kind: str, day: date) -> str:
    """Stable per user, credential, kind and date; opaque about the user and the id."""
    owner = hashlib.sha256(f"{user.pk}\x00{credential_id}".encode()).hexdigest()[:20]
    return f"{kind}-{day:%Y%m%d}-{owner}@cetrack"


def _progress(result: CredentialEvaluation) -> str:
    label = presenters.STATUS_LABELS.get(result.status, result.status)
    if result.required is None:
        return f"Status: {label}."
    text = (
        f"Status: {label} — {presenters.credit(result.earned)} of "
        f"{presenters.credit(result.required)} {result.unit}"
    )
    missing = result.missing or 0
    return text + (f", {presenters.credit(missing)} missing." if missing else ".")


def _event(
    uid: str,
    summary: str,
    start: date,
    end: date,
    description: str,
    stamp: datetime,
    url: str,
    alarms: tuple[tuple[timedelta, str, str], ...] = (),
) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("last-modified", stamp)
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", end + timedelta(days=1))  # all-day events end the day after (exclusive)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")
    event.add("categories", ["CE deadline"])
    if url:
        event.add("url", url)
    for trigger, related, text in alarms:
        reminder = Alarm()
        reminder.add("action", "DISPLAY")
        reminder.add("description", text)
        reminder.add("trigger", trigger, parameters={"RELATED": related})
        event.add_component(reminder)
    return event


def _stamp(user: Any) -> datetime:
    """When the user's records last changed: a DTSTAMP that stays put between refreshes."""
    latest = [
        credentials_for(user).aggregate(at=Max("updated_at"))["at"],
        activities_for(user).aggregate(at=Max("updated_at"))["at"],
    ]
    known = [t for t in latest if t is not None]
    moment = max(known) if known else datetime(2024, 1, 1, tzinfo=UTC)
    return moment.astimezone(UTC).replace(microsecond=0)


def calendar_for(user: Any, base_url: str = "") -> bytes:
    """The user's deadline feed as iCalendar bytes. `base_url` (e.g. https://host) adds links."""
    evaluation = evaluate_for(user)
    pks = dict(credentials_for(user).values_list("ledger_id", "pk"))
    stamp = _stamp(user)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"CE deadlines — {user.display_name} (cetrack)")
    cal.add("x-wr-caldesc", "Renewal deadlines and declaration windows from cetrack")
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", vDuration(REFRESH))
    for result in evaluation.credentials:
        if result.credential.status == "expired":
            continue  # no longer held: nothing is due
        deadlines = result.deadlines
        name = result.book.name if result.book else result.credential.rules
        ident = result.credential.id
        pk = pks.get(ident)
        url = base_url.rstrip("/") + reverse("credential", args=[pk]) if base_url and pk else ""
        progress = _progress(result)
        if deadlines.cycle_end is not None:
            day = deadlines.cycle_end
            window = (
                f"CE counts from {day_text(result.window.start)} to {day_text(result.window.end)}."
                if result.window
                else ""
            )
            cal.add_component(
                _event(
                    event_uid(user, ident, "cycle-end", day),
                    f"{name}: cycle ends (renewal deadline)",
                    day,
                    day,
                    "\n".join(p for p in (progress, window) if p),
                    stamp,
                    url,
                    tuple(
                        (
                            before,
                            "START",
                            f"{name}: the cycle ends on {day_text(day)}, in {-before.days} "
                            f"days. {progress}",
                        )
                        for before in DEADLINE_ALARMS
                    ),
                )
            )
        opens, closes = deadlines.declaration_opens, deadlines.declaration_closes
        if opens is not None and closes is not None:
            cal.add_component(
                _event(
                    event_uid(user, ident, "declaration", opens),
                    f"{name}: declaration window",
                    opens,
                    closes,
                    f"Submit the declaration between {day_text(opens)} and {day_text(closes)}.\n"
                    f"{progress}",
                    stamp,
                    url,
                    (
                        (
                            DECLARATION_ALARM,
                            "END",
                            f"{name}: the declaration window closes on {day_text(closes)}.",
                        ),
                    ),
                )
            )
    for component in _competency_events(user, stamp, base_url):
        cal.add_component(component)
    return bytes(cal.to_ical())


def _competency_events(user: Any, stamp: datetime, base_url: str) -> list[Event]:
    from cetrack.reminders.competency import for_person

    found = []
    for due in for_person(user):
        if due.due_on is None:
            continue
        path = reverse("competency-home", args=[due.organisation_id])
        title = f"Competency assessment due: {due.subject} ({due.site})"
        found.append(
            _event(
                event_uid(user, f"assignment-{due.assignment_id}", "competency", due.due_on),
                title,
                due.due_on,
                due.due_on,
                f"{due.label or 'Assessment'} at {due.site}, {due.organisation}.",
                stamp,
                base_url.rstrip("/") + path if base_url else "",
                ((COMPETENCY_ALARM, "START", f"{title} on {day_text(due.due_on)}."),),
            )
        )
    return found
