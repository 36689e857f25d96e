"""Plain values for competency pages, the API and the binder PDF: a site's due list (one query
over the stored standings, paged) and a member's record (each assignment with its checkpoints,
signed assessments, elements, evidence and remediation)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from django.db.models import Case, Count, IntegerField, Prefetch, QuerySet, Value, When

from cetrack.competency.models import (
    Assessment,
    Assignment,
    ElementResult,
    EvidenceFile,
    Qualification,
    SitePolicy,
)
from cetrack.competency.standing import compute, policy_for
from cetrack.core.competency.rules import Accreditor
from cetrack.core.competency.schedule import Change, Signed, Standing
from cetrack.core.competency.vocabulary import (
    CLEARED,
    COMPLEXITIES,
    DUE,
    NOT_CLEARED,
    OVERDUE,
    POSITIONS,
    STATES,
)
from cetrack.orgs.services import person_name

PAGE_SIZE = 100
STATE_CODES = {NOT_CLEARED: 0, OVERDUE: 1, DUE: 2, CLEARED: 3}
CODE_STATES = {code: state for state, code in STATE_CODES.items()}


def when_text(due_on: date | None, today: date) -> str:
    if due_on is None:
        return ""
    days = (due_on - today).days
    if days < 0:
        return f"{-days} day{'s' if days != -1 else ''} overdue"
    if days == 0:
        return "due today"
    return f"in {days} day{'s' if days != 1 else ''}"


@dataclass(frozen=True)
class DueRow:
    assignment_id: int
    membership_id: int
    member: str
    subject: str
    detail: str
    state: str
    due_on: date | None
    label: str
    blocked_reason: str
    when: str

    @property
    def state_label(self) -> str:
        return STATES.get(self.state, self.state)


@dataclass(frozen=True)
class DueList:
    rows: list[DueRow]
    counts: dict[str, int]
    total: int  # rows matching the filter, over all pages
    page: int
    pages: int

    @property
    def assigned(self) -> int:
        """Everyone assigned at the site (every state)."""
        return sum(self.counts.values())

    @property
    def count_items(self) -> list[tuple[str, str, int]]:
        """(state, label, number) for every state, worst first."""
        return [(s, STATES[s], self.counts.get(s, 0)) for s in STATE_CODES]


def _state_code(today: date, soon_days: int) -> Case:
    return Case(
        When(blocked_since__lte=today, then=Value(0)),
        When(next_due_on__lt=today, then=Value(1)),
        When(next_due_on__lte=today + timedelta(days=soon_days), then=Value(2)),
        default=Value(3),
        output_field=IntegerField(),
    )


def active_assignments(site_id: int) -> QuerySet[Assignment]:
    return Assignment.objects.filter(
        site_id=site_id, ended_on__isnull=True, required=True, membership__left_at__isnull=True
    )


def _detail(row: Assignment) -> str:
    system = row.test_system
    if system is None:
        return "CMS Brochure #10"
    return " · ".join(p for p in (system.instrument_method, system.complexity_label) if p)


def due_row(row: Assignment, state: str, today: date) -> DueRow:
    return DueRow(
        assignment_id=row.pk,
        membership_id=row.membership_id,
        member=person_name(row.membership.user),
        subject=row.subject_label,
        detail=_detail(row),
        state=state,
        due_on=row.next_due_on,
        label=row.next_label,
        blocked_reason=row.blocked_reason,
        when=when_text(row.next_due_on, today),
    )


def due_list(
    site_id: int,
    today: date,
    soon_days: int,
    *,
    state: str = "",
    system_id: int | None = None,
    page: int = 1,
    page_size: int = PAGE_SIZE,
) -> DueList:
    """The site's not cleared, overdue and due people (or one state, `cleared` included),
    worst and soonest first; counts per state over the whole site."""
    base = active_assignments(site_id)
    if system_id is not None:
        base = base.filter(test_system_id=system_id)
    coded = base.annotate(code=_state_code(today, soon_days))
    counts = {CODE_STATES[c["code"]]: c["n"] for c in coded.values("code").annotate(n=Count("id"))}
    wanted = (
        coded.filter(code=STATE_CODES[state]) if state in STATE_CODES else coded.filter(code__lte=2)
    )
    total = sum(
        counts.get(s, 0)
        for s in STATE_CODES
        if (s == state if state in STATE_CODES else s != CLEARED)
    )
    pages = max(1, -(-total // page_size))
    page = min(max(page, 1), pages)
    rows = wanted.select_related("membership__user", "test_system").order_by(
        "code", "next_due_on", "membership__user__name", "id"
    )[(page - 1) * page_size : page * page_size]
    return DueList(
        [due_row(row, CODE_STATES[row.code], today) for row in rows],
        {s: counts.get(s, 0) for s in STATE_CODES},
        total,
        page,
        pages,
    )


@dataclass
class Track:
    """One assignment on a member's record."""

    assignment: Assignment
    state: str
    standing: Standing
    assessments: list[Assessment] = field(default_factory=list)
    drafts: list[Assessment] = field(default_factory=list)

    @property
    def state_label(self) -> str:
        return STATES.get(self.state, self.state)


def _assessments() -> Prefetch[Any]:
    files = Prefetch("files", queryset=EvidenceFile.objects.filter(deleted_at__isnull=True))
    elements = Prefetch("elements", queryset=ElementResult.objects.prefetch_related(files))
    return Prefetch(
        "assessments",
        queryset=Assessment.objects.filter(discarded_at__isnull=True)
        .select_related("remediation")
        .prefetch_related(elements)
        .order_by("assessed_on", "id"),
    )


def _signed(assessment: Assessment) -> Signed:
    remediation = getattr(assessment, "remediation", None) if assessment.outcome == "fail" else None
    return Signed(
        assessment.assessed_on,
        assessment.reason,
        assessment.outcome == "pass",
        remediation.reassess_by if remediation else None,
    )


def member_tracks(
    membership_id: int, today: date, soon_days: int | None = None, site_id: int | None = None
) -> list[Track]:
    """The member's current assignments (at one site, or all), each with its full standing;
    `soon_days` None: each site's own policy."""
    rows = (
        Assignment.objects.filter(membership_id=membership_id, ended_on__isnull=True)
        .select_related("test_system", "site")
        .prefetch_related(_assessments(), "test_system__changes")
        .order_by("site__name", "position", "test_system__name", "id")
    )
    if site_id is not None:
        rows = rows.filter(site_id=site_id)
    policies: dict[int, SitePolicy] = {}
    tracks = []
    for row in rows:
        policy = policies.get(row.site_id) or policies.setdefault(
            row.site_id, policy_for(row.site_id)
        )
        everything = list(row.assessments.all())
        signed = [a for a in everything if a.signed_at]
        system = row.test_system
        changes = (
            [Change(c.effective_on, c.description) for c in system.changes.all()] if system else []
        )
        days = policy.due_soon_days if soon_days is None else soon_days
        result = compute(row, [_signed(a) for a in signed], changes, policy)
        drafts = [a for a in everything if not a.signed_at]
        tracks.append(Track(row, result.state_on(today, days), result, signed, drafts))
    return tracks


def qualifications_of(membership_id: int, site_id: int | None = None) -> list[Qualification]:
    rows = Qualification.objects.filter(membership_id=membership_id).select_related("site")
    return list(rows.filter(site_id=site_id) if site_id is not None else rows)


def awaiting_acknowledgement(membership_id: int) -> list[Assessment]:
    return list(
        Assessment.objects.filter(
            assignment__membership_id=membership_id,
            signed_at__isnull=False,
            acknowledged_at__isnull=True,
            discarded_at__isnull=True,
        )
        .select_related("assignment__test_system")
        .order_by("assessed_on")
    )


def states_count(tracks: Iterable[Track]) -> dict[str, int]:
    out: dict[str, int] = {}
    for track in tracks:
        out[track.state] = out.get(track.state, 0) + 1
    return out


@dataclass(frozen=True)
class RuleLine:
    complexity: str
    position: str
    written: bool
    confidence: str
    note: str
    sources: tuple[tuple[str, str, date], ...]  # (title, url, verified on)


def assessor_rules(accreditor: Accreditor) -> list[RuleLine]:
    """Who may assess under the accreditor, in words, each with its sources."""
    lines = [
        RuleLine(
            COMPLEXITIES[rule.complexity],
            POSITIONS[rule.position].name,
            rule.delegation == "written",
            rule.confidence,
            rule.note or "",
            tuple((s.title, str(s.url), s.verified_on) for s in accreditor.cited(rule)),
        )
        for rule in accreditor.assessors
    ]
    waived = accreditor.waived
    lines.append(
        RuleLine(
            COMPLEXITIES["waived"],
            ", ".join(POSITIONS[p].name for p in waived.assessors),
            False,
            waived.confidence,
            waived.note or "",
            tuple((s.title, str(s.url), s.verified_on) for s in accreditor.cited(waived)),
        )
    )
    return lines
