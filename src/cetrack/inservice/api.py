"""The in-service API: sessions of an organisation, attendance (roster, check-in with a code)
and issuing, mounted into the one JSON API (cetrack.api.api).

Role checks come first, then the body is read: `membership_for` gives 404 to a non-member and
403 to a role that may not (educator, manager and admin create sessions, mark rosters and
issue); each operation names its roles in OpenAPI (`x-org-roles`). Bodies are checked by the
same core checks as the pages (`core.inservice.check_session`); problems are 422s in the API's
shape, located by field.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from django.utils import timezone
from ninja import Router, Schema, Status
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from cetrack.api.entries import invalid, problem
from cetrack.api.schemas import ApiRequest, Message, Problems
from cetrack.core import inservice as core
from cetrack.inservice import access, issue, services
from cetrack.inservice.jobs import issue_or_queue
from cetrack.inservice.models import Attendance, Session
from cetrack.orgs.access import ANY_ROLE, EDUCATORS, api_roles, membership_for
from cetrack.orgs.models import Membership

router = Router(tags=["in-service"])
DENIED = {401: Message, 403: Message, 404: Message}


class SessionIn(BaseModel):
    """A session as an educator states it (topic, kind and accreditation ids)."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(max_length=200)
    starts_at: datetime = Field(description="With a time zone, e.g. 2026-11-18T09:00:00-05:00")
    ends_at: datetime
    instructional_minutes: int = Field(ge=0, le=core.MAX_MINUTES)
    description: str = Field("", max_length=5000)
    instructors: list[str] = Field(default_factory=list, max_length=20)
    kind: str = "in-service"
    topics: list[str] = Field(default_factory=list, max_length=30)
    accreditation: str = Field("employer", description="employer | pace | state-board")
    provider_number: str = Field("", max_length=100)
    program_number: str = Field("", max_length=100)
    approval_number: str = Field("", max_length=100)
    accrediting_agency_number: str = Field("", max_length=100)
    approvals: list[str] = Field(default_factory=list, max_length=10)
    level: str = ""
    location: str = Field("", max_length=200)
    online_url: str = Field("", max_length=300)
    capacity: int | None = Field(None, ge=1, le=100_000)
    repeat: str = Field("", description="'' (once), weekly or monthly")
    occurrences: int = Field(1, ge=1, le=core.MAX_OCCURRENCES)


class RosterEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    email: str = Field(max_length=254)
    minutes: int | None = Field(None, ge=0, description="Minutes present; null: all of it")


class RosterIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    present: list[RosterEntry] = Field(default_factory=list, max_length=5000)
    absent: list[str] = Field(default_factory=list, max_length=5000, description="E-mails")


class CodeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str = Field(max_length=20)


class SessionOut(Schema):
    id: int
    organisation_id: int
    title: str
    status: str = Field(description="scheduled | cancelled")
    starts_at: datetime
    ends_at: datetime
    instructional_minutes: int
    contact_hours: float = Field(description="For full attendance (50-minute hour)")
    kind: str
    topics: list[str]
    accreditation: str
    provider_number: str
    program_number: str
    approval_number: str
    accrediting_agency_number: str
    approvals: list[str]
    level: str
    location: str
    online_url: str
    capacity: int | None
    instructors: list[str]
    checkin_code: str | None = Field(description="Only for educators")
    issued_at: datetime | None


class AttendanceOut(Schema):
    session_id: int
    email: str
    method: str = Field(description="'' (registered) | roster | code | online")
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    credited_minutes: int
    issued: bool
    verify_url: str


class IssueOut(Schema):
    issued: list[str]
    corrected: list[str]
    withdrawn: list[str]
    unchanged: int
    not_credited: list[list[str]]
    problems: list[str]
    queued: int = 0  # attendees whose certificates are being issued in the background


def _body(request: ApiRequest, model: type[BaseModel]) -> Any:
    try:
        data = json.loads(request.body or b"{}")
    except (ValueError, UnicodeDecodeError):
        raise invalid([problem(["body"], "the body must be a JSON object")]) from None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise invalid(
            [
                problem(["body", *(str(p) for p in e["loc"])], e["msg"], e["type"])
                for e in error.errors()
            ]
        ) from None


def _body_schema(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema()
    return {"requestBody": {"content": {"application/json": {"schema": schema}}, "required": True}}


def session_out(session: Session, educator: bool) -> dict[str, Any]:
    full = issue.hundredths(session, session.instructional_minutes)
    return {
        **{
            name: getattr(session, name)
            for name in (
                "id",
                "organisation_id",
                "title",
                "status",
                "starts_at",
                "ends_at",
                "instructional_minutes",
                "kind",
                "topics",
                "accreditation",
                "provider_number",
                "program_number",
                "approval_number",
                "accrediting_agency_number",
                "approvals",
                "level",
                "location",
                "online_url",
                "capacity",
                "issued_at",
            )
        },
        "contact_hours": full / 100,
        "instructors": session.instructor_list,
        "checkin_code": session.checkin_code if educator else None,
    }


def attendance_out(row: Attendance) -> dict[str, Any]:
    live = row.activity is not None and row.activity.deleted_at is None
    return {
        "session_id": row.session_id,
        "email": row.user.email,
        "method": row.method,
        "checked_in_at": row.checked_in_at,
        "checked_out_at": row.checked_out_at,
        "credited_minutes": issue.credited(row),
        "issued": live,
        "verify_url": row.activity.verify_url if live and row.activity else "",
    }


@router.get(
    "/orgs/{org_id}/sessions",
    response={200: list[SessionOut], **DENIED},
    openapi_extra=api_roles(*ANY_ROLE),
)
def list_sessions(request: ApiRequest, org_id: int, upcoming: bool = False) -> list[Any]:
    """The organisation's in-service sessions, soonest first (`upcoming=true`: not ended)."""
    membership = membership_for(request.auth, org_id)
    rows = access.sessions_of(membership)
    if upcoming:
        rows = rows.filter(ends_at__gte=timezone.now())
    educator = membership.role in EDUCATORS
    return [session_out(s, educator) for s in rows[:500]]


@router.get(
    "/orgs/{org_id}/sessions/{session_id}",
    response={200: SessionOut, **DENIED},
    openapi_extra=api_roles(*ANY_ROLE),
)
def get_session(request: ApiRequest, org_id: int, session_id: int) -> dict[str, Any]:
    membership = membership_for(request.auth, org_id)
    return session_out(access.get_session(membership, session_id), membership.role in EDUCATORS)


@router.post(
    "/orgs/{org_id}/sessions",
    response={201: SessionOut, **DENIED, 422: Problems},
    openapi_extra={**api_roles(*EDUCATORS), **_body_schema(SessionIn)},
)
def create_session(request: ApiRequest, org_id: int) -> Status[dict[str, Any]]:
    """Create a session (or, with `repeat` and `occurrences`, a series; the first is returned)."""
    membership = membership_for(request.auth, org_id, EDUCATORS)
    body: SessionIn = _body(request, SessionIn)
    facts = core.SessionFacts(
        title=body.title,
        starts_at=body.starts_at,
        ends_at=body.ends_at,
        instructional_minutes=body.instructional_minutes,
        kind=body.kind,
        topics=tuple(body.topics),
        accreditation=body.accreditation,
        provider_number=body.provider_number,
        program_number=body.program_number,
        approval_number=body.approval_number,
        accrediting_agency_number=body.accrediting_agency_number,
        approvals=tuple(a.strip().lower() for a in body.approvals if a.strip()),
        level=body.level,
        location=body.location,
        online_url=body.online_url,
        capacity=body.capacity,
    )
    if body.repeat and body.repeat not in core.RECURRENCES:
        raise invalid([problem(["body", "repeat"], "'' (once), weekly or monthly")])
    outcome = services.create_session(
        membership,
        facts,
        {"description": body.description, "instructors": "\n".join(body.instructors)},
        every=body.repeat,
        count=body.occurrences if body.repeat else 1,
    )
    if not outcome.ok:
        raise invalid(
            [problem(["body", key or "body"], message) for key, message in outcome.problems]
        )
    return Status(201, session_out(outcome.saved, True))


@router.post(
    "/orgs/{org_id}/sessions/{session_id}/roster",
    response={200: list[AttendanceOut], **DENIED, 422: Problems},
    openapi_extra={**api_roles(*EDUCATORS), **_body_schema(RosterIn)},
)
def mark_roster(request: ApiRequest, org_id: int, session_id: int) -> list[dict[str, Any]]:
    """Mark members present (with minutes present for partial attendance) or absent, by
    e-mail; returns the session's attendance."""
    membership = membership_for(request.auth, org_id, EDUCATORS)
    session = access.get_session(membership, session_id)
    body: RosterIn = _body(request, RosterIn)
    emails = {e.email.strip().lower() for e in body.present} | {
        a.strip().lower() for a in body.absent
    }
    users = dict(
        Membership.objects.filter(
            organisation_id=membership.organisation_id,
            left_at__isnull=True,
            user__email__in=emails,
        ).values_list("user__email", "user_id")
    )
    unknown = sorted(emails - set(users))
    if unknown:
        message = f"not current members of the organisation: {', '.join(unknown[:10])}"
        raise invalid([problem(["body", "present"], message)])
    present = {users[e.email.strip().lower()]: e.minutes for e in body.present}
    absent = [users[a.strip().lower()] for a in body.absent]
    outcome = services.mark_roster(membership, session, present, absent)
    if not outcome.ok:
        raise invalid([problem(["body"], message) for _, message in outcome.problems])
    rows = session.attendances.select_related("user", "activity", "session__organisation")
    return [attendance_out(row) for row in rows]


@router.post(
    "/orgs/{org_id}/sessions/{session_id}/issue",
    response={200: IssueOut, **DENIED, 422: Problems},
    openapi_extra=api_roles(*EDUCATORS),
)
def issue_session(request: ApiRequest, org_id: int, session_id: int) -> dict[str, Any]:
    """Issue (or bring up to date) every present attendee's certificate: an issued activity in
    their records, a PDF and a signed credential. Safe to repeat."""
    membership = membership_for(request.auth, org_id, EDUCATORS)
    session = access.get_session(membership, session_id)
    summary, queued = issue_or_queue(request.auth, session)
    if summary is None:  # a large session: issued by a job (see inservice.jobs)
        return {
            "issued": [],
            "corrected": [],
            "withdrawn": [],
            "unchanged": 0,
            "not_credited": [],
            "problems": [],
            "queued": queued,
        }
    if summary.problems and not (summary.issued or summary.corrected or summary.unchanged):
        raise invalid([problem(["path", "session_id"], p) for p in summary.problems])
    return {
        "issued": summary.issued,
        "corrected": summary.corrected,
        "withdrawn": summary.withdrawn,
        "unchanged": summary.unchanged,
        "not_credited": [list(pair) for pair in summary.not_credited],
        "problems": summary.problems,
    }


@router.post(
    "/checkin",
    response={200: AttendanceOut, 401: Message, 422: Problems},
    openapi_extra=_body_schema(CodeIn),
)
def check_in(request: ApiRequest) -> dict[str, Any]:
    """Check yourself in to a session with the code shown in the room (only while check-in is
    open; a second check-in returns the first)."""
    body: CodeIn = _body(request, CodeIn)
    outcome = services.check_in(request.auth, body.code)
    if not outcome.ok:
        raise invalid([problem(["body", "code"], message) for _, message in outcome.problems])
    row = Attendance.objects.select_related("user", "activity", "session").get(pk=outcome.saved.pk)
    return attendance_out(row)
