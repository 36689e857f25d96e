"""The bridge from rows to the schedule: each assignment's standing, computed by
`core.competency.schedule.standing` and stored on the assignment so that a site's due list is
one query (`refresh`); the site's accreditor and its rules (`policy_for`, `accreditor_for`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from django.db import connection

from cetrack.competency.models import Assessment, Assignment, SitePolicy, SystemChange
from cetrack.core.competency.rules import Accreditor, default_rules
from cetrack.core.competency.schedule import Change, Plan, Signed, Standing, standing, state_on
from cetrack.orgs.models import Site

STANDING_FIELDS = (
    "required",
    "next_due_on",
    "next_reason",
    "next_label",
    "blocked_since",
    "blocked_reason",
    "last_passed_on",
)
DEFAULT_ACCREDITOR = "clia"


def policy_for(site: Site | int) -> SitePolicy:
    """The site's policy; an unsaved default (CLIA baseline, waived not tracked, 30 days)."""
    site_id = site if isinstance(site, int) else site.pk
    found = SitePolicy.objects.filter(site_id=site_id).first()
    return found or SitePolicy(site_id=site_id, accreditor=DEFAULT_ACCREDITOR)


def accreditor_for(policy: SitePolicy) -> Accreditor:
    rules = default_rules()
    found = rules.get(policy.accreditor) or rules.get(DEFAULT_ACCREDITOR)
    if found is None:  # the packaged files are tested; this would be a packaging bug
        raise RuntimeError(f"competency rules do not load: {rules.problems}")
    return found


def plan_of(
    assignment: Assignment, accreditor: Accreditor, policy: SitePolicy
) -> tuple[Plan, bool]:
    """The schedule that applies to the assignment, and whether assessment is required."""
    if assignment.test_system_id is None:
        return Plan((), accreditor.duties.every_months), True
    system = assignment.test_system
    if system is not None and system.complexity == "waived":
        waived = accreditor.waived
        plan = Plan(tuple(waived.schedule.first_year_months), waived.schedule.then_every_months)
        return plan, waived.required or policy.track_waived
    schedule = accreditor.schedule
    return Plan(tuple(schedule.first_year_months), schedule.then_every_months), True


CHUNK = 2000  # ids per IN (...) query: well under every database's parameter limit


def _signed(assignment_ids: list[int]) -> dict[int, list[Signed]]:
    found: dict[int, list[Signed]] = defaultdict(list)
    for start in range(0, len(assignment_ids), CHUNK):
        rows = Assessment.objects.filter(
            assignment_id__in=assignment_ids[start : start + CHUNK],
            signed_at__isnull=False,
            discarded_at__isnull=True,
        ).values_list(
            "assignment_id", "assessed_on", "reason", "outcome", "remediation__reassess_by"
        )
        for assignment_id, on, reason, outcome, reassess_by in rows:
            found[assignment_id].append(Signed(on, reason, outcome == "pass", reassess_by))
    return found


def _changes(system_ids: set[int]) -> dict[int, list[Change]]:
    found: dict[int, list[Change]] = defaultdict(list)
    for change in SystemChange.objects.filter(test_system_id__in=system_ids):
        found[change.test_system_id].append(Change(change.effective_on, change.description))
    return found


def compute(
    assignment: Assignment,
    signed: list[Signed],
    changes: list[Change],
    policy: SitePolicy,
) -> Standing:
    accreditor = accreditor_for(policy)
    plan, required = plan_of(assignment, accreditor, policy)
    return standing(
        assignment.began_on,
        signed,
        plan,
        changes,
        required=required,
        change_before_reporting=accreditor.change.before_reporting,
    )


def refresh(assignments: Iterable[Assignment]) -> int:
    """Recompute and store the standing of `assignments` (their test systems loaded or not)."""
    items = list(assignments)
    if not items:
        return 0
    ids = [a.pk for a in items]
    signed = _signed(ids)
    changes = _changes({a.test_system_id for a in items if a.test_system_id is not None})
    policies: dict[int, SitePolicy] = {}
    changed: list[Assignment] = []
    for item in items:
        policy = policies.get(item.site_id) or policies.setdefault(
            item.site_id, policy_for(item.site_id)
        )
        result = compute(
            item,
            signed.get(item.pk, []),
            changes.get(item.test_system_id or 0, []),
            policy,
        )
        before = _standing_values(item)
        apply(item, result)
        if _standing_values(item) != before:
            changed.append(item)
    _write(changed)
    return len(items)


def _standing_values(item: Assignment) -> tuple[Any, ...]:
    return tuple(getattr(item, name) for name in STANDING_FIELDS)


def _write(items: list[Assignment]) -> None:
    """One UPDATE per row, sent as one batch (Django's bulk_update builds a CASE per field
    and row, which costs seconds for thousands of rows)."""
    if not items:
        return
    quote, ops = connection.ops.quote_name, connection.ops
    sets = ", ".join(f"{quote(name)} = %s" for name in STANDING_FIELDS)  # columns = names
    sql = f"UPDATE {quote(Assignment._meta.db_table)} SET {sets} WHERE {quote('id')} = %s"

    def value(raw: Any) -> Any:
        return ops.adapt_datefield_value(raw) if isinstance(raw, date) else raw

    rows = [[value(getattr(i, name)) for name in STANDING_FIELDS] + [i.pk] for i in items]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def apply(item: Assignment, result: Standing) -> None:
    checkpoint = result.next
    item.required = result.required
    item.next_due_on = checkpoint.due_on if checkpoint else None
    item.next_reason = checkpoint.reason if checkpoint else ""
    item.next_label = checkpoint.label[:300] if checkpoint else ""
    item.blocked_since = result.blocked_since
    item.blocked_reason = result.blocked_reason[:300]
    item.last_passed_on = result.last_passed_on


def standing_of(assignment: Assignment) -> Standing:
    """The full standing (open checkpoints and history) of one assignment, for its pages."""
    changes = _changes({assignment.test_system_id} if assignment.test_system_id else set())
    return compute(
        assignment,
        _signed([assignment.pk]).get(assignment.pk, []),
        changes.get(assignment.test_system_id or 0, []),
        policy_for(assignment.site_id),
    )


def refresh_site(site_id: int) -> int:
    return refresh(
        Assignment.objects.filter(site_id=site_id, ended_on__isnull=True).select_related(
            "test_system"
        )
    )


def today_state(assignment: Assignment, today: date, soon_days: int) -> str:
    return state_on(
        assignment.required, assignment.next_due_on, assignment.blocked_since, today, soon_days
    )
