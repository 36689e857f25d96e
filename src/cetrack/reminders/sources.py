"""What is due, for the people with user ids in one range, on one day: the reminders a pass
would claim, before anyone's settings or what was already sent are looked at.

Credentials are read from the stored verdicts (`orgs.ComplianceSnapshot`: status, progress,
deadline, human name), refreshed first for whoever's verdict is stale (their records changed,
or the day moved past what the verdict was valid for) — so a daily pass over 100,000 people
evaluates only the few whose records changed, not everyone. Competency checkpoints come from
their stored standings (reminders.competency), imports waiting for review from capture.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import IntegrityError
from django.db.models import Count, Min
from django.utils import timezone

from cetrack.core.engine import NOT_APPLICABLE
from cetrack.records.services import library
from cetrack.reminders import competency
from cetrack.reminders.models import Kind
from cetrack.reminders.schedule import (
    COMPETENCY_LEAD_DAYS,
    DRAFTS_WITHIN_DAYS,
    LEAD_DAYS,
    OVERDUE_FOR_DAYS,
    drafts_step,
    lead_step,
    overdue_step,
    week_start,
)


@dataclass(frozen=True)
class Item:
    """One reminder to claim: its identity (person, kind, subject, due_on, threshold) and
    what the e-mail will say (`facts`, JSON-able, human names only)."""

    user_id: int
    kind: str
    subject: str
    due_on: date
    threshold: str
    facts: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> tuple[int, str, str, date, str]:
        return (self.user_id, self.kind, self.subject, self.due_on, self.threshold)


@dataclass(frozen=True)
class Preferences:
    """The settings a pass needs for one person (models.ReminderSettings, or the defaults)."""

    kinds: frozenset[str]
    leads: tuple[int, ...] = LEAD_DAYS
    overdue_every: int = 7


def refresh_stale(low: int, high: int, day: date) -> int:
    """Re-evaluate the people in [low, high) whose stored verdicts do not hold on `day`."""
    from cetrack.accounts.models import User
    from cetrack.orgs.compliance import refresh_members, stale_owners

    people = User.objects.filter(pk__gte=low, pk__lt=high, is_active=True).values("pk")
    refreshed = 0
    for _ in range(3):
        stale = stale_owners(people, day)
        if not stale:
            break
        try:
            refresh_members(stale, day)
        except IntegrityError:
            # Another worker stored some of these verdicts at the same moment (PostgreSQL:
            # both deleted, then both inserted). Theirs are as good: look again for the rest.
            continue
        refreshed += len(stale)
        break
    return refreshed


def _declaration(rules: str) -> tuple[int, int] | None:
    book = library().get(rules)
    if book is None or book.declaration is None:
        return None
    return book.declaration.opens_days_before, book.declaration.closes_days_before


def _credential_facts(row: dict[str, Any], day: date) -> dict[str, Any]:
    deadline: date = row["deadline"]
    facts = {
        "credential_id": row["credential_id"],
        "label": row["label"],
        "deadline": deadline.isoformat(),
        "days_left": (deadline - day).days,
        "status": row["status"],
        "unit": row["unit"],
        "counted": row["counted"],
        "required": row["required"],
        "missing": row["missing"],
        "missing_areas": list(row["missing_areas"] or []),
    }
    window = _declaration(row["rules"])
    if window is not None:
        facts["declaration_opens"] = (deadline - timedelta(days=window[0])).isoformat()
        facts["declaration_closes"] = (deadline - timedelta(days=window[1])).isoformat()
    return facts


def credential_items(low: int, high: int, day: date, prefs: dict[int, Preferences]) -> list[Item]:
    """Deadlines (90/60/30/7 days), declaration windows opening, and renewals overdue."""
    from cetrack.orgs.models import ComplianceSnapshot

    rows = (
        ComplianceSnapshot.objects.filter(
            owner_id__gte=low,
            owner_id__lt=high,
            owner__is_active=True,
            credential__owner_id__gte=low,  # the same people: lets the planner use the index
            credential__owner_id__lt=high,
            credential__deleted_at__isnull=True,
            deadline__gte=day - timedelta(days=OVERDUE_FOR_DAYS),
            deadline__lte=day + timedelta(days=max(LEAD_DAYS)),
        )
        .exclude(credential__status="expired")
        .exclude(status=NOT_APPLICABLE)
        .values(
            "owner_id",
            "credential_id",
            "rules",
            "label",
            "status",
            "unit",
            "counted",
            "required",
            "missing",
            "deadline",
            "missing_areas",
        )
        .order_by("owner_id", "deadline", "credential_id")
    )
    found: list[Item] = []
    for row in rows:
        pref = prefs.get(row["owner_id"])
        deadline = row["deadline"]
        if pref is None or deadline is None:
            continue
        facts = _credential_facts(dict(row), day)
        subject = f"credential:{row['credential_id']}"
        days_left = facts["days_left"]
        owner = row["owner_id"]
        if days_left >= 0:
            step = lead_step(days_left, pref.leads)
            if step is not None:
                found.append(Item(owner, Kind.DEADLINE, subject, deadline, step, facts))
            opens = facts.get("declaration_opens")
            closes = facts.get("declaration_closes")
            if opens and closes and opens <= day.isoformat() <= closes:
                found.append(Item(owner, Kind.DECLARATION, subject, deadline, "open", facts))
        else:
            step = overdue_step(-days_left, pref.overdue_every)
            if step is not None:
                found.append(Item(owner, Kind.OVERDUE, subject, deadline, step, facts))
    return found


def competency_items(low: int, high: int, day: date, prefs: dict[int, Preferences]) -> list[Item]:
    """Competency assessments due within 30 and 7 days, overdue (weekly), not cleared."""
    found: list[Item] = []
    for due in competency.due_for_people(low, high, day, max(COMPETENCY_LEAD_DAYS)):
        pref = prefs.get(due.user_id)
        if pref is None:
            continue
        facts = {
            "assignment_id": due.assignment_id,
            "organisation_id": due.organisation_id,
            "organisation": due.organisation,
            "site": due.site,
            "what": due.subject,
            "label": due.label,
            "due_on": due.due_on.isoformat() if due.due_on else None,
            "blocked_since": due.blocked_since.isoformat() if due.blocked_since else None,
            "blocked_reason": due.blocked_reason,
        }
        subject = f"assignment:{due.assignment_id}"
        if due.blocked_since is not None and due.blocked_since <= day:
            found.append(
                Item(due.user_id, Kind.COMPETENCY, subject, due.blocked_since, "not-cleared", facts)
            )
            continue
        if due.due_on is None:
            continue
        days_left = (due.due_on - day).days
        step = (
            lead_step(days_left, COMPETENCY_LEAD_DAYS)
            if days_left >= 0
            else overdue_step(-days_left, pref.overdue_every)
        )
        if step is not None:
            facts["days_left"] = days_left
            found.append(Item(due.user_id, Kind.COMPETENCY, subject, due.due_on, step, facts))
    return found


def draft_items(low: int, high: int, day: date, prefs: dict[int, Preferences]) -> list[Item]:
    """Imports with certificates read and waiting for review: after 2 days, again after 9."""
    from cetrack.capture.models import Draft

    since = timezone.make_aware(
        datetime.combine(day - timedelta(days=DRAFTS_WITHIN_DAYS + 1), time.min)
    )
    rows = (
        Draft.objects.filter(
            owner_id__gte=low,
            owner_id__lt=high,
            state=Draft.State.PENDING,
            file__batch__created_at__gte=since,
        )
        .values("owner_id", "file__batch_id")
        .annotate(count=Count("id"), uploaded=Min("file__batch__created_at"))
        .order_by("owner_id", "file__batch_id")
    )
    found: list[Item] = []
    for row in rows:
        if row["owner_id"] not in prefs:
            continue
        uploaded = timezone.localtime(row["uploaded"]).date()
        step = drafts_step((day - uploaded).days)
        if step is None:
            continue
        facts = {"batch_id": row["file__batch_id"], "count": row["count"]}
        facts["uploaded_on"] = uploaded.isoformat()
        subject = f"batch:{row['file__batch_id']}"
        found.append(Item(row["owner_id"], Kind.DRAFTS, subject, uploaded, step, facts))
    return found


def manager_items(
    low: int,
    high: int,
    day: date,
    prefs: dict[int, Preferences],
    claimed: set[tuple[Any, ...]],
    *,
    save: bool,
) -> list[Item]:
    """This week's digest for each manager or administrator in [low, high), per organisation
    (made once per organisation and week: reminders.digest); none when it would be empty or
    was sent already (`claimed`: keys of reminders claimed before)."""
    from cetrack.orgs.access import MANAGERS
    from cetrack.orgs.models import Membership
    from cetrack.reminders.digest import digest_for

    monday = week_start(day)
    found: list[Item] = []
    rows = (
        Membership.objects.filter(
            user_id__gte=low, user_id__lt=high, role__in=MANAGERS, left_at__isnull=True
        )
        .values_list("user_id", "organisation_id", "organisation__name")
        .order_by("user_id", "organisation_id")
    )
    for user_id, organisation_id, name in rows:
        pref = prefs.get(user_id)
        subject = f"org:{organisation_id}"
        if pref is None or Kind.DIGEST not in pref.kinds:
            continue
        if (user_id, Kind.DIGEST, subject, monday, "weekly") in claimed:
            continue
        made = digest_for(organisation_id, day, save=save)
        if made.empty:
            continue
        facts: dict[str, Any] = {
            "digest_id": made.pk,
            "organisation": name,
            "organisation_id": organisation_id,
        }
        if not save:
            facts["content"] = made.content
        found.append(Item(user_id, Kind.DIGEST, subject, monday, "weekly", facts))
    return found
