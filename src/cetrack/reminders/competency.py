"""What reminders and the calendar feed read from the competency app — the one place they
touch it.

The competency app stores each assignment's standing (`next_due_on`, `blocked_since`, ...; see
`cetrack.competency.standing`) so that a due list is one query; this module reads those columns
for many people at once and names things the way its pages do (`Assignment.subject_label`,
`core.competency.vocabulary.STATES`). Nothing here changes a competency row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db.models import Q, QuerySet

from cetrack.core.competency.schedule import state_on
from cetrack.core.competency.vocabulary import NOT_CLEARED, OVERDUE, STATES
from cetrack.reminders.schedule import OVERDUE_FOR_DAYS


@dataclass(frozen=True)
class CompetencyDate:
    """One person's next competency checkpoint on one test system (or position's duties)."""

    user_id: int
    member: str  # the person's name
    assignment_id: int
    organisation_id: int
    organisation: str
    site: str
    subject: str  # "Sysmex XN-1000 CBC", "Duties as technical consultant"
    due_on: date | None
    label: str  # "Annual assessment", "Before reporting after a method or instrument change"
    blocked_since: date | None
    blocked_reason: str

    def state(self, today: date, soon_days: int = 30) -> str:
        return state_on(True, self.due_on, self.blocked_since, today, soon_days)

    def state_label(self, today: date, soon_days: int = 30) -> str:
        found = self.state(today, soon_days)
        return STATES.get(found, found)


COLUMNS = (
    "membership__user_id",
    "membership__user__name",
    "membership__user__email",
    "id",
    "membership__organisation_id",
    "membership__organisation__name",
    "site__name",
    "test_system__name",
    "position",
    "next_due_on",
    "next_label",
    "blocked_since",
    "blocked_reason",
)


def _active() -> QuerySet[Any]:
    from cetrack.competency.models import Assignment

    return Assignment.objects.filter(
        required=True, ended_on__isnull=True, membership__left_at__isnull=True
    )


def _subject(system: str | None, position: str) -> str:
    """`Assignment.subject_label` without loading the rows as objects (a pass reads many)."""
    from cetrack.competency.models import Assignment

    return system if system is not None else Assignment(position=position).subject_label


def _dates(rows: QuerySet[Any]) -> list[CompetencyDate]:
    return [
        CompetencyDate(
            user_id=user_id,
            member=str(name or email),
            assignment_id=pk,
            organisation_id=organisation_id,
            organisation=organisation,
            site=site,
            subject=_subject(system, position),
            due_on=due_on,
            label=label,
            blocked_since=blocked_since,
            blocked_reason=blocked_reason,
        )
        for (
            user_id,
            name,
            email,
            pk,
            organisation_id,
            organisation,
            site,
            system,
            position,
            due_on,
            label,
            blocked_since,
            blocked_reason,
        ) in rows.values_list(*COLUMNS)
    ]


def _near(today: date, ahead_days: int) -> Q:
    """Due within `ahead_days`, overdue for less than the reminder limit, or not cleared."""
    return Q(blocked_since__lte=today) | Q(
        next_due_on__gte=today - timedelta(days=OVERDUE_FOR_DAYS),
        next_due_on__lte=today + timedelta(days=ahead_days),
    )


def due_for_people(low: int, high: int, today: date, ahead_days: int) -> list[CompetencyDate]:
    """The checkpoints of people with user ids in [low, high) that a reminder may be about."""
    rows = _active().filter(
        _near(today, ahead_days), membership__user_id__gte=low, membership__user_id__lt=high
    )
    return _dates(rows.order_by("membership__user_id", "next_due_on", "id"))


def for_person(user: Any) -> list[CompetencyDate]:
    """Every current checkpoint of one person, in all their organisations (the calendar)."""
    rows = _active().filter(membership__user=user, next_due_on__isnull=False)
    return _dates(rows.order_by("next_due_on", "id"))


@dataclass(frozen=True)
class TeamCompetency:
    overdue: list[CompetencyDate]  # overdue or not cleared
    due: list[CompetencyDate]  # due within the window


def for_organisation(organisation_id: int, today: date, ahead_days: int) -> TeamCompetency:
    """An organisation's overdue and not-cleared checkpoints, and those due soon (the digest)."""
    rows = _dates(
        _active()
        .filter(_near(today, ahead_days), membership__organisation_id=organisation_id)
        .order_by("next_due_on", "membership__user__name", "id")
    )
    late = {OVERDUE, NOT_CLEARED}
    return TeamCompetency(
        overdue=[r for r in rows if r.state(today, ahead_days) in late],
        due=[r for r in rows if r.state(today, ahead_days) not in late],
    )
