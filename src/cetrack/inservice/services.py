"""Every change to sessions and attendance, each in one transaction, problems returned as data.

Who may do what is decided before these are called (`cetrack.orgs.access` in the views and the
API): functions taking a `membership` expect an educator's (educator, manager or admin).

Attendance is race-safe: one row per person and session (a unique constraint), created inside a
transaction that first locks the session row (`select_for_update`; SQLite's IMMEDIATE
transactions serialise writers anyway), so capacity is never exceeded and two check-ins of the
same person — a double tap, two phones, a retry — find one row. bench/checkin.py measures it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from cetrack.accounts import deletion
from cetrack.core import inservice as core
from cetrack.inservice.models import (
    Attempt,
    Attendance,
    Material,
    Notice,
    Question,
    Series,
    Session,
)
from cetrack.orgs.access import current_memberships
from cetrack.records import evidence, state
from cetrack.records.services import Outcome

log = logging.getLogger(__name__)

# Session columns the facts of an issued certificate come from: changing one after issuing is
# a correction (every attendee's activity and certificate re-issued).
ISSUED_FACTS = (
    "title",
    "instructors",
    "kind",
    "starts_at",
    "ends_at",
    "instructional_minutes",
    "topics",
    "accreditation",
    "provider_number",
    "program_number",
    "approval_number",
    "accrediting_agency_number",
    "approvals",
    "level",
)


def _issues(issues: Iterable[core.Issue]) -> list[tuple[str | None, str]]:
    return [(i.field, i.message) for i in issues]


def _columns(facts: core.SessionFacts, extra: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "title": facts.title.strip(),
        "kind": facts.kind,
        "starts_at": facts.starts_at,
        "ends_at": facts.ends_at,
        "instructional_minutes": facts.instructional_minutes,
        "topics": list(facts.topics),
        "accreditation": facts.accreditation,
        "provider_number": facts.provider_number.strip(),
        "program_number": facts.program_number.strip(),
        "approval_number": facts.approval_number.strip(),
        "accrediting_agency_number": facts.accrediting_agency_number.strip(),
        "approvals": list(facts.approvals),
        "level": facts.level,
        "location": facts.location.strip(),
        "online_url": facts.online_url.strip(),
        "capacity": facts.capacity,
        "description": str(extra.get("description", "")).strip(),
        "instructors": "\n".join(
            line.strip() for line in str(extra.get("instructors", "")).splitlines() if line.strip()
        ),
    }


def _create_with_code(**columns: Any) -> Session:
    """A new session with a fresh check-in code (a clash, one in a billion, draws again)."""
    for _ in range(10):
        try:
            with transaction.atomic():
                return Session.objects.create(checkin_code=core.new_code(), **columns)
        except IntegrityError:
            continue
    raise RuntimeError("no free check-in code after 10 draws")


# -- sessions ---------------------------------------------------------------------------------


def create_session(
    membership: Any,
    facts: core.SessionFacts,
    extra: Mapping[str, Any],
    *,
    every: str = "",
    count: int = 1,
) -> Outcome:
    """One session, or a series (`every` weekly/monthly, `count` sessions); saved = the first."""
    if problems := _issues(core.check_session(facts)):
        return Outcome(problems=problems)
    if every and (every not in core.RECURRENCES or not 2 <= count <= core.MAX_OCCURRENCES):
        return Outcome(
            problems=[("occurrences", f"a series has 2 to {core.MAX_OCCURRENCES} sessions")]
        )
    columns = _columns(facts, extra)
    organisation = membership.organisation
    with transaction.atomic():
        series = None
        dates = [(facts.starts_at, facts.ends_at)]
        if every:
            series = Series.objects.create(
                organisation=organisation,
                title=columns["title"],
                every=every,
                count=count,
                created_by=membership.user,
            )
            local_start = timezone.localtime(facts.starts_at)
            dates = core.occurrences(
                local_start, local_start + (facts.ends_at - facts.starts_at), every, count
            )
        sessions = []
        for starts_at, ends_at in dates:
            columns.update(starts_at=starts_at, ends_at=ends_at)
            sessions.append(
                _create_with_code(
                    organisation=organisation, series=series, created_by=membership.user, **columns
                )
            )
        return Outcome(saved=sessions[0])


def update_session(
    membership: Any, session: Session, facts: core.SessionFacts, extra: Mapping[str, Any]
) -> Outcome:
    """Change a session. Moving it tells its attendees; changing issued facts of a session
    already issued corrects every attendee's activity and certificate (see issue.correct)."""
    from cetrack.inservice import issue

    if session.is_cancelled:
        return Outcome(problems=[(None, "this session was cancelled; it can no longer change")])
    if problems := _issues(core.check_session(facts)):
        return Outcome(problems=problems)
    columns = _columns(facts, extra)
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        before = {name: getattr(session, name) for name in ISSUED_FACTS}
        moved = (session.starts_at, session.ends_at) != (facts.starts_at, facts.ends_at)
        for name, value in columns.items():
            setattr(session, name, value)
        changed = [name for name in ISSUED_FACTS if before[name] != getattr(session, name)]
        issued = session.attendances.exclude(activity__isnull=True).exists()
        if changed and issued:
            session.revision += 1
        session.save()
    if moved and not issued:
        when = _when(session)
        notify(
            _people(session),
            session,
            f"“{session.title}” has moved to {when}.",
            subject=f"Moved: {session.title}",
        )
    corrected = issue.correct(membership, session) if changed and issued else None
    return Outcome(saved={"session": session, "moved": moved, "corrected": corrected})


def cancel_session(membership: Any, session: Session, reason: str = "") -> Outcome:
    if session.is_cancelled:
        return Outcome(saved=session)
    if session.attendances.exclude(activity__isnull=True).exists():
        return Outcome(
            problems=[
                (
                    None,
                    "certificates were already issued for this session; correct it, or "
                    "withdraw attendees from the roster, instead of cancelling it",
                )
            ]
        )
    with transaction.atomic():
        session.status = Session.Status.CANCELLED
        session.cancel_reason = reason.strip()[:300]
        session.save(update_fields=["status", "cancel_reason", "updated_at"])
    because = f" ({session.cancel_reason})" if session.cancel_reason else ""
    notify(
        _people(session),
        session,
        f"“{session.title}” on {_when(session)} was cancelled{because}.",
        subject=f"Cancelled: {session.title}",
    )
    return Outcome(saved=session)


def _when(session: Session) -> str:
    start = timezone.localtime(session.starts_at)
    return f"{start:%a %d %b %Y, %H:%M}"


def _people(session: Session) -> list[Any]:
    return [a.user for a in session.attendances.select_related("user")]


# -- attendance -------------------------------------------------------------------------------


def _locked(session: Session) -> Session:
    return Session.objects.select_for_update().get(pk=session.pk)


def _full(session: Session) -> bool:
    return session.capacity is not None and session.attendances.count() >= session.capacity


def register(user: Any, session: Session) -> Outcome:
    """Sign up for an upcoming session (counts against its capacity)."""
    if session.is_cancelled:
        return Outcome(problems=[(None, "this session was cancelled")])
    if session.ends_at < timezone.now():
        return Outcome(problems=[(None, "this session is over")])
    with transaction.atomic():
        session = _locked(session)
        row = session.attendances.filter(user=user).first()
        if row is not None:
            return Outcome(saved=row)
        if _full(session):
            return Outcome(problems=[(None, f"the session is full ({session.capacity} places)")])
        row = Attendance.objects.create(session=session, user=user, registered_at=timezone.now())
        return Outcome(saved=row)


def find_session_by_code(user: Any, text: str) -> Session | str:
    """The session a typed code opens for this person, or why none does."""
    code = core.normalise_code(text)
    if code is None:
        return f"a check-in code has {core.CODE_LENGTH} letters and digits, as shown in the room"
    session = Session.objects.select_related("organisation").filter(checkin_code=code).first()
    orgs = {m.organisation_id for m in current_memberships(user)}
    if session is None or session.organisation_id not in orgs:
        return "no session of your organisations has that code; check the code shown in the room"
    return session


def check_in(user: Any, text: str, now: datetime | None = None) -> Outcome:
    """Self check-in with the code shown in the room, only while check-in is open.

    Saved: the person's attendance. A second check-in is harmless: it returns the first.
    """
    now = now or timezone.now()
    found = find_session_by_code(user, text)
    if isinstance(found, str):
        return Outcome(problems=[("code", found)])
    session = found
    if session.is_cancelled:
        return Outcome(problems=[("code", f"“{session.title}” was cancelled")])
    state = core.checkin_state(now, session.starts_at, session.ends_at)
    if state != "open":
        opens = timezone.localtime(core.checkin_window(session.starts_at, session.ends_at)[0])
        message = (
            f"check-in for “{session.title}” opens at {opens:%H:%M} on {opens:%d %b}"
            if state == "early"
            else f"check-in for “{session.title}” closed when it ended"
        )
        return Outcome(problems=[("code", message)])
    for _ in range(3):
        try:
            return _check_in_once(user, session, now)
        except IntegrityError:  # a concurrent first check-in of the same person won; read it
            continue
    return Outcome(problems=[("code", "check-in is busy; please try again")])


def _check_in_once(user: Any, session: Session, now: datetime) -> Outcome:
    with transaction.atomic():
        session = _locked(session)
        row = session.attendances.select_for_update().filter(user=user).first()
        if row is None:
            if _full(session):
                return Outcome(
                    problems=[("code", f"the session is full ({session.capacity} places)")]
                )
            row = Attendance.objects.create(
                session=session, user=user, method="code", checked_in_at=now
            )
        elif row.checked_in_at is None:
            row.checked_in_at = now
            row.method = row.method or "code"
            row.save(update_fields=["checked_in_at", "method", "updated_at"])
        return Outcome(saved=row)


def check_out(user: Any, session: Session, now: datetime | None = None) -> Outcome:
    """Leave early: credit then runs from check-in to now (see core.credited_minutes)."""
    now = now or timezone.now()
    with transaction.atomic():
        row = session.attendances.select_for_update().filter(user=user).first()
        if row is None or row.checked_in_at is None:
            return Outcome(problems=[(None, "you have not checked in to this session")])
        if row.checked_out_at is None:
            row.checked_out_at = min(now, session.ends_at)
            row.save(update_fields=["checked_out_at", "updated_at"])
        return Outcome(saved=row)


def mark_roster(
    membership: Any,
    session: Session,
    present: Mapping[int, int | None],
    absent: Iterable[int] = (),
) -> Outcome:
    """The educator's roster: `present` maps user ids to minutes present (None: the whole
    session); `absent` user ids are taken off (an issued certificate is revoked, see
    issue.withdraw). Only current members of the organisation can be marked."""
    from cetrack.inservice import issue

    if session.is_cancelled:
        return Outcome(problems=[(None, "this session was cancelled")])
    members = set(
        membership.organisation.memberships.filter(left_at__isnull=True).values_list(
            "user_id", flat=True
        )
    )
    strangers = [uid for uid in [*present, *absent] if uid not in members]
    if strangers:
        return Outcome(problems=[(None, "only current members of the organisation can be marked")])
    too_long = [m for m in present.values() if m is not None and m > session.instructional_minutes]
    if too_long:
        return Outcome(
            problems=[
                (
                    None,
                    f"minutes present cannot exceed the session's "
                    f"{session.instructional_minutes} instructional minutes",
                )
            ]
        )
    withdrawn = []
    with transaction.atomic():
        session = _locked(session)
        for user_id, minutes in present.items():
            row, _ = Attendance.objects.get_or_create(session=session, user_id=user_id)
            row.method = row.method or "roster"
            row.roster_minutes = minutes
            row.save(update_fields=["method", "roster_minutes", "updated_at"])
        for row in session.attendances.filter(user_id__in=list(absent)).exclude(method=""):
            if row.activity_id is not None:
                withdrawn.append(row)
            row.method, row.checked_in_at, row.checked_out_at = "", None, None
            row.roster_minutes = row.passed_at = None
            row.save()
    for row in withdrawn:
        issue.withdraw(membership, row)
    return Outcome(saved=session)


# -- online completion ------------------------------------------------------------------------


def online_open(session: Session, now: datetime | None = None) -> bool:
    """The post-test is open from the session's start, when it has questions and a pass mark."""
    now = now or timezone.now()
    return (
        not session.is_cancelled
        and session.pass_mark is not None
        and session.starts_at <= now
        and session.questions.exists()
    )


def set_questions(membership: Any, session: Session, text: str, pass_mark: int | None) -> Outcome:
    questions, issues = core.parse_questions(text)
    if issues:
        return Outcome(problems=_issues(issues))
    if questions and pass_mark is None:
        return Outcome(problems=[("pass_mark", "a post-test needs a pass mark")])
    with transaction.atomic():
        session.questions.all().delete()
        Question.objects.bulk_create(
            Question(
                session=session,
                position=i,
                prompt=q.prompt,
                options=list(q.options),
                answer=q.answer,
            )
            for i, q in enumerate(questions)
        )
        session.pass_mark = pass_mark if questions else None
        session.save(update_fields=["pass_mark", "updated_at"])
    return Outcome(saved=session)


def questions_of(session: Session) -> list[core.QuestionSpec]:
    return [
        core.QuestionSpec(prompt=q.prompt, options=tuple(q.options), answer=q.answer)
        for q in session.questions.all()
    ]


def submit_test(user: Any, session: Session, answers: list[int | None]) -> Outcome:
    """Mark an attempt (every attempt is kept). A pass completes the session online and issues
    the person's certificate at once. Saved: the Attempt."""
    from cetrack.inservice import issue

    if not online_open(session):
        return Outcome(problems=[(None, "the online completion of this session is not open")])
    key = [q.answer for q in session.questions.all()]
    result = core.score(answers, key, session.pass_mark or 0)
    with transaction.atomic():
        attempt = Attempt.objects.create(
            session=session,
            user=user,
            answers=answers,
            correct=result.correct,
            total=result.total,
            passed=result.passed,
        )
        row = None
        if result.passed:
            session = _locked(session)
            row, _ = Attendance.objects.get_or_create(session=session, user=user)
            if not row.method:
                row.method = "online"
            row.passed_at = row.passed_at or timezone.now()
            row.save(update_fields=["method", "passed_at", "updated_at"])
    if row is not None and row.activity_id is None:
        issue.issue_one(row)
    return Outcome(saved=attempt)


# -- materials --------------------------------------------------------------------------------


def add_material(session: Session, name: str, content: bytes) -> Outcome:
    name = evidence.safe_name(name)
    checked = evidence.check_upload(name, content)
    if isinstance(checked, evidence.UploadProblem):
        return Outcome(problems=[("file", checked.message)])
    with transaction.atomic():
        blob = evidence.store(content, checked)
        return Outcome(
            saved=Material.objects.create(session=session, blob=blob, original_name=name)
        )


def remove_material(material: Material) -> None:
    material.deleted_at = timezone.now()
    material.save(update_fields=["deleted_at"])


# -- notices ----------------------------------------------------------------------------------


def notify(users: Iterable[Any], session: Session | None, text: str, *, subject: str) -> int:
    """A notice on each person's dashboard and an e-mail (a failed e-mail is logged, not fatal:
    the notice is there). Returns how many people were told."""
    people = list({u.pk: u for u in users}.values())
    Notice.objects.bulk_create(Notice(user=u, session=session, text=text[:500]) for u in people)
    state.changed(u.pk for u in people)  # their dashboards show it (no signal from bulk_create)
    for person in people:
        if deletion.pending(person):  # the notice waits on the dashboard; no e-mail goes out
            continue
        try:
            send_mail(subject, f"{text}\n\n— cetrack", None, [person.email])
        except Exception:  # SMTP down, bad address: the dashboard notice still tells them
            log.exception("could not e-mail %s about %s", person.email, subject)
    return len(people)


def dismiss_notice(user: Any, pk: Any) -> None:
    dismissed = Notice.objects.filter(user=user, pk=pk, dismissed_at__isnull=True).update(
        dismissed_at=timezone.now()
    )
    if dismissed:
        state.changed([user.pk])
