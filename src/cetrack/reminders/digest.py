"""A manager's weekly digest of their organisation: status changes since the last digest,
deadlines and competency assessments due within 30 days, overdue or not-cleared competency,
and pending funding requests.

Made once per organisation and ISO week (`Digest`, unique on organisation and Monday) by
whichever pass gets there first, then sent to each manager and administrator who wants it. It
reads the team matrix (`orgs.matrix.team_matrix`: consenting current members only, stale
verdicts refreshed) and the competency standings; the states it saw are stored with it, and
next week's "status changes" are the differences.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.db import IntegrityError, transaction

from cetrack.core.engine import NOT_APPLICABLE
from cetrack.orgs.matrix import Cell, team_matrix
from cetrack.records.presenters import STATUS_LABELS
from cetrack.reminders import competency
from cetrack.reminders.models import Digest
from cetrack.reminders.schedule import week_name, week_start

DUE_WITHIN_DAYS = 30
MAX_LINES = 50  # per section; the rest is counted ("and 12 more") and on the team pages
LAPSED = "lapsed"
SECTIONS = ("changes", "due", "competency_overdue", "funding")
# The funding app (built later) provides this module with
# `pending_requests(organisation_id: int, day: date) -> Iterable[dict]`, each with "member",
# "what", "amount" (text) and "since" (an ISO date). Until it exists the section stays empty.
FUNDING_HOOK = "cetrack.funding.digest"


@dataclass(frozen=True)
class Made:
    pk: int | None  # None: not stored (a dry run)
    content: dict[str, Any]

    @property
    def empty(self) -> bool:
        totals = self.content.get("totals", {})
        return not any(totals.get(section) for section in SECTIONS)


def state_label(state: str) -> str:
    if state == LAPSED:
        return "Deadline passed"
    return STATUS_LABELS.get(state, state)


def _state(cell: Cell, day: date) -> str:
    if cell.deadline is not None and cell.deadline < day and cell.status != NOT_APPLICABLE:
        return LAPSED
    return cell.status


def pending_funding(organisation_id: int, day: date) -> list[dict[str, Any]]:
    """Pending funding requests from the funding app's hook; [] while there is none."""
    try:
        found = importlib.util.find_spec(FUNDING_HOOK)
    except ModuleNotFoundError:  # no funding app at all
        found = None
    if found is None:
        return []
    hook = importlib.import_module(FUNDING_HOOK)  # a broken hook is a bug: let it show
    rows: Iterable[dict[str, Any]] = hook.pending_requests(organisation_id, day)
    return [{k: str(row.get(k, "")) for k in ("member", "what", "amount", "since")} for row in rows]


def _team(organisation_id: int, day: date, before: dict[str, str] | None) -> dict[str, Any]:
    """Status changes since `before` and credential deadlines within 30 days."""
    matrix = team_matrix(organisation_id, day)
    statuses: dict[str, str] = {}
    changes: list[dict[str, Any]] = []
    due: list[dict[str, Any]] = []
    for row in matrix.rows:
        for cell in row.cells:
            state = _state(cell, day)
            statuses[str(cell.credential_id)] = state
            earlier = (before or {}).get(str(cell.credential_id))
            if earlier is not None and earlier != state:
                changes.append(
                    {
                        "member": row.name,
                        "what": cell.label,
                        "from": state_label(earlier),
                        "to": state_label(state),
                    }
                )
            left = cell.days_left(day)
            if left is not None and 0 <= left <= DUE_WITHIN_DAYS and state != NOT_APPLICABLE:
                due.append(
                    {
                        "member": row.name,
                        "what": f"{cell.label} renewal deadline",
                        "due_on": cell.deadline.isoformat() if cell.deadline else None,
                        "note": cell.status_label,
                    }
                )
    return {"statuses": statuses, "changes": changes, "due": due}


def build(
    organisation_id: int, day: date, previous: Digest | None
) -> tuple[dict[str, Any], dict[str, str]]:
    """(the digest's content, the states it saw)."""
    from cetrack.orgs.models import Organisation

    organisation = Organisation.objects.get(pk=organisation_id)
    team = _team(organisation_id, day, previous.statuses if previous else None)
    work = competency.for_organisation(organisation_id, day, DUE_WITHIN_DAYS)
    due = team["due"] + [
        {
            "member": c.member,
            "what": f"Competency assessment: {c.subject} ({c.site})",
            "due_on": c.due_on.isoformat() if c.due_on else None,
            "note": c.label,
        }
        for c in work.due
    ]
    due.sort(key=lambda line: (line["due_on"] or "", line["member"]))
    overdue = [
        {
            "member": c.member,
            "what": f"{c.subject} ({c.site})",
            "state": c.state_label(day),
            "due_on": c.due_on.isoformat() if c.due_on else None,
            "since": c.blocked_since.isoformat() if c.blocked_since else None,
            "note": c.blocked_reason or c.label,
        }
        for c in work.overdue
    ]
    sections = {
        "changes": sorted(team["changes"], key=lambda line: (line["member"], line["what"])),
        "due": due,
        "competency_overdue": overdue,
        "funding": pending_funding(organisation_id, day),
    }
    content = {
        "organisation": organisation.name,
        "organisation_id": organisation_id,
        "week": week_name(day),
        "made_on": day.isoformat(),
        "since": previous.made_on.isoformat() if previous else None,
        "due_within_days": DUE_WITHIN_DAYS,
        "totals": {name: len(lines) for name, lines in sections.items()},
        "sections": {name: lines[:MAX_LINES] for name, lines in sections.items()},
    }
    return content, team["statuses"]


def digest_for(organisation_id: int, day: date, *, save: bool = True) -> Made:
    """This week's digest of the organisation, made now unless some pass made it already.
    `save=False` (a dry run) makes it without storing it (next week compares with the last
    stored one)."""
    monday = week_start(day)
    found = Digest.objects.filter(organisation_id=organisation_id, week_of=monday).first()
    if found is not None:
        return Made(found.pk, found.content)
    previous = (
        Digest.objects.filter(organisation_id=organisation_id, week_of__lt=monday)
        .order_by("-week_of")
        .first()
    )
    if previous is not None and previous.week_of < monday - timedelta(days=7 * 8):
        previous = None  # two months without a digest: too old to call the difference news
    content, statuses = build(organisation_id, day, previous)
    if not save:
        return Made(None, content)
    try:
        with transaction.atomic():
            row = Digest.objects.create(
                organisation_id=organisation_id,
                week_of=monday,
                made_on=day,
                content=content,
                statuses=statuses,
            )
    except IntegrityError:  # another worker made it meanwhile: theirs is the week's digest
        row = Digest.objects.get(organisation_id=organisation_id, week_of=monday)
    return Made(row.pk, row.content)
