"""Plain values for the in-service templates, in words (topic and accreditation names, hours),
and the readers of the roster and post-test forms."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone

from cetrack.core import inservice as core
from cetrack.core.issuing.facts import format_hours
from cetrack.core.units import from_hundredths
from cetrack.inservice.documents import accreditation_name, qr_inline_svg
from cetrack.inservice.issue import IssueSummary, credited, hundredths
from cetrack.inservice.models import Attendance, Session
from cetrack.orgs.services import person_name
from cetrack.records.presenters import topic_name


def hours_text(value: int) -> str:
    """Hundredths of a contact hour in words: "1.5 contact hours", "1 contact hour"."""
    amount = format_hours(from_hundredths(value))
    return f"{amount} contact hour{'' if value == 100 else 's'}"


@dataclass(frozen=True)
class Facts:
    when: str
    hours: str
    kind: str
    topics: list[str]
    accreditation: str
    numbers: list[tuple[str, str]]
    level: str
    instructors: list[str]


def when_text(session: Session) -> str:
    start = timezone.localtime(session.starts_at)
    end = timezone.localtime(session.ends_at)
    if start.date() == end.date():
        return f"{start:%a %d %b %Y}, {start:%H:%M}–{end:%H:%M}"
    return f"{start:%a %d %b %Y %H:%M} – {end:%a %d %b %Y %H:%M}"


def session_facts(session: Session) -> Facts:
    numbers = [
        ("P.A.C.E. provider number", session.provider_number),
        ("Program number", session.program_number),
        ("Approval number", session.approval_number),
        ("Accrediting agency number", session.accrediting_agency_number),
        ("Approved by", ", ".join(a.upper() for a in session.approvals)),
    ]
    full = hundredths(session, session.instructional_minutes)
    return Facts(
        when=when_text(session),
        hours=f"{hours_text(full)} ({session.instructional_minutes} instructional minutes)",
        kind=session.kind.replace("-", " ").capitalize(),
        topics=[topic_name(t) for t in session.topics],
        accreditation=accreditation_name(session.accreditation),
        numbers=[(label, value) for label, value in numbers if value],
        level=session.level.capitalize(),
        instructors=session.instructor_list,
    )


@dataclass(frozen=True)
class Mine:
    registered: bool
    present: bool
    method: str
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    can_check_out: bool
    issued: bool
    activity_id: int | None
    verify_url: str


def my_attendance(row: Attendance | None, session: Session) -> Mine | None:
    if row is None:
        return None
    now = timezone.now()
    live = row.activity is not None and row.activity.deleted_at is None
    return Mine(
        registered=row.registered_at is not None,
        present=row.present,
        method=row.get_method_display() if row.method else "",
        checked_in_at=row.checked_in_at,
        checked_out_at=row.checked_out_at,
        can_check_out=(
            row.checked_in_at is not None
            and row.checked_out_at is None
            and session.starts_at <= now <= session.ends_at
        ),
        issued=live,
        activity_id=row.activity_id if live else None,
        verify_url=row.activity.verify_url if live and row.activity else "",
    )


@dataclass(frozen=True)
class RosterRow:
    user_id: int
    name: str
    email: str
    present: bool
    method: str
    checked_in: str
    checked_out: str
    roster_minutes: int | None
    credit: str
    issued: bool
    verify_url: str
    registered: bool


def _time(moment: datetime | None) -> str:
    return f"{timezone.localtime(moment):%H:%M}" if moment else ""


def roster(session: Session, memberships: Iterable[Any]) -> list[RosterRow]:
    """Every current member, with their attendance at this session, for the educator."""
    rows = {
        a.user_id: a
        for a in session.attendances.select_related("activity", "session__organisation")
    }
    found = []
    for membership in memberships:
        user = membership.user
        row = rows.get(user.pk)
        minutes = credited(row) if row is not None else 0
        live = row is not None and row.activity is not None and row.activity.deleted_at is None
        found.append(
            RosterRow(
                user_id=user.pk,
                name=person_name(user),
                email=user.email,
                present=bool(row and row.method),
                method=row.get_method_display() if row and row.method else "",
                checked_in=_time(row.checked_in_at if row else None),
                checked_out=_time(row.checked_out_at if row else None),
                roster_minutes=row.roster_minutes if row else None,
                credit=hours_text(hundredths(session, minutes)) if minutes else "",
                issued=live,
                verify_url=row.activity.verify_url if live and row and row.activity else "",
                registered=bool(row and row.registered_at),
            )
        )
    return found


def read_roster(post: Mapping[str, Any]) -> tuple[dict[int, int | None], list[int]] | str:
    """The roster form: `member` = every listed user id, `present` = the ticked ones,
    `minutes-<id>` = minutes present when not the whole session."""
    try:
        listed = {int(v) for v in post.getlist("member")}  # type: ignore[attr-defined]
        ticked = {int(v) for v in post.getlist("present")}  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return "The roster form was not understood; reload the page and try again."
    present: dict[int, int | None] = {}
    for user_id in sorted(ticked):
        text = str(post.get(f"minutes-{user_id}", "") or "").strip()
        if not text:
            present[user_id] = None
            continue
        if not text.isdigit() or len(text) > 5:
            return f"Minutes present must be a whole number (got “{text[:20]}”)."
        present[user_id] = int(text)
    return present, sorted(listed - ticked)


def read_answers(post: Mapping[str, Any], count: int) -> list[int | None]:
    answers: list[int | None] = []
    for index in range(count):
        text = str(post.get(f"q{index}", "") or "")
        answers.append(int(text) if text.isdigit() and len(text) < 3 else None)
    return answers


def checkin_url(request: HttpRequest, session: Session) -> str:
    return request.build_absolute_uri(
        reverse("inservice-checkin") + f"?code={session.checkin_code}"
    )


def spaced_code(code: str) -> str:
    """ "ABC123" as "ABC 123": easier to read off a wall."""
    middle = len(code) // 2
    return f"{code[:middle]} {code[middle:]}"


def qr_svg(text: str) -> str:
    return qr_inline_svg(text)


def issue_message(summary: IssueSummary, corrected: bool = False) -> str:
    parts = []
    if summary.issued:
        parts.append(
            f"{len(summary.issued)} certificate{'s' if len(summary.issued) != 1 else ''} issued"
        )
    if summary.corrected:
        parts.append(f"{len(summary.corrected)} corrected and re-issued")
    if summary.withdrawn:
        parts.append(f"{len(summary.withdrawn)} withdrawn")
    if summary.unchanged:
        parts.append(f"{summary.unchanged} already up to date")
    for name, why in summary.not_credited:
        parts.append(f"{name} not credited ({why})")
    parts += summary.problems
    if not parts:
        return (
            "Saved; nobody has been issued a certificate yet."
            if corrected
            else "Nobody is marked present yet."
        )
    return "; ".join(parts) + "."


def window_text(session: Session) -> str:
    opens, closes = core.checkin_window(session.starts_at, session.ends_at)
    return f"{timezone.localtime(opens):%H:%M}–{timezone.localtime(closes):%H:%M}"
