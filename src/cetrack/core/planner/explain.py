"""Why a plan exists or not, in the person's terms.

When no plan closes every gap, `diagnose` finds the first reason that holds, in this order:

1. a credential cannot be closed even with unlimited money and time: for each of its open
   requirements, nothing in the catalogue covers the topic, or nothing that covers it is
   accepted by the rule set (accreditation, board approval), or the items that would fill it
   are dated after the deadline, or in formats not chosen, or there is too little credit;
2. hours per week too low: closing what is due by a deadline needs more hours than the weeks
   before it allow;
3. budget too small: the cheapest way to close every gap costs more (and the cheapest way to
   close each credential alone).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import numpy as np

from cetrack.core.catalogue.model import CatalogueItem
from cetrack.core.planner.contribution import TOTAL, CredentialGaps, item_dates
from cetrack.core.planner.milp import Solution, solve
from cetrack.core.planner.plan import money
from cetrack.core.planner.problem import Problem
from cetrack.core.units import format_credit

MAX_NAMED = 3
MIN_SOLVE_SECONDS = 0.5


def _dollars(cents: int) -> str:
    value = money(cents)
    return f"${value:,.2f}" if value != value.to_integral() else f"${value:,.0f}"


def _names(items: Sequence[CatalogueItem]) -> str:
    shown = [f"{i.id} ({_when(i)})" if item_dates(i) else i.id for i in items[:MAX_NAMED]]
    more = f" and {len(items) - MAX_NAMED} more" if len(items) > MAX_NAMED else ""
    return ", ".join(shown) + more


def _when(item: CatalogueItem) -> str:
    dates = item_dates(item)
    return str(dates[1]) if dates else "any time"


def diagnose(problem: Problem, time_limit: float) -> list[str]:
    """Reasons no plan exists (module docstring), within about `time_limit` seconds."""
    until = time.perf_counter() + time_limit

    def attempt(**limits: Any) -> Solution:
        left = max(until - time.perf_counter(), MIN_SOLVE_SECONDS)
        return solve(problem, tie_break=False, time_limit=left, **limits)

    reasons: list[str] = []
    for j in range(problem.width):
        if attempt(budget=False, hours=False, only=[j]).status == "infeasible":
            reasons.extend(_credential_reasons(problem, j))
    if reasons:
        return reasons
    if problem.period_hours is not None:
        timed = attempt(budget=False, hours=True)
        if timed.status == "infeasible":
            return _hours_reasons(problem, attempt)
    if problem.settings.budget is not None:
        cheapest = attempt(budget=False, hours=True)
        if cheapest.status in ("optimal", "time_limit"):
            exact = cheapest.status == "optimal"
            lines = [
                f"budget too small: {_dollars(problem.settings.budget_cents or 0)} "
                f"available, but the cheapest way to close every gap costs "
                + (_dollars(cheapest.cost) if exact else f"about {_dollars(cheapest.cost)}")
            ]
            for j, target in enumerate(problem.targets):
                alone = attempt(budget=False, hours=True, only=[j])
                if alone.status in ("optimal", "time_limit"):
                    lines.append(
                        f"{target.rules} ({target.id}) is missing {target.describe_gaps()}; "
                        + (
                            f"closing it alone costs at least {_dollars(alone.cost)}"
                            if alone.status == "optimal"
                            else f"closing it alone costs about {_dollars(alone.cost)}"
                        )
                    )
            return lines
    return ["no combination of catalogue items closes every gap within the limits given"]


def _credential_reasons(problem: Problem, j: int) -> list[str]:
    """Why credential j cannot be closed even with unlimited money and time."""
    target = problem.targets[j]
    lines: list[str] = []
    deadline = f"{target.deadline} ({target.deadline_basis})"
    table = problem.table
    assert table is not None
    usable_credit = _usable_credit(problem, j)
    for number, requirement in enumerate(target.requirements):
        missing = _area_missing(target, number)
        if missing <= 0:
            continue
        topics = sorted(requirement.topics)
        label = (
            f"{target.rules} '{requirement.name}' ({format_credit(missing)} {target.unit} missing)"
        )
        have = usable_credit.get(number, 0)
        if have >= missing:
            continue
        with_topic = [
            k for k, item in enumerate(table.items) if set(item.topics) & requirement.topics
        ]
        if not with_topic:
            lines.append(f"{label}: nothing in the catalogue covers {', '.join(topics)}")
            continue
        accepted = [k for k in with_topic if number in _fits(problem, j, k)]
        if not accepted:
            reasons = _rule_reasons(problem, j, with_topic, requirement.approved_by)
            approved = (
                f" with board approval '{requirement.approved_by}'"
                if requirement.approved_by
                else ""
            )
            lines.append(
                f"{label}: nothing in the catalogue covers {', '.join(topics)}{approved} that "
                f"{target.rules} accepts: {len(with_topic)} item(s) cover the topic, but "
                + "; ".join(reasons)
            )
            continue
        items = [table.items[k] for k in accepted]
        late = [i for i in items if _after(i, target.deadline)]
        rejected = problem.rejected
        if len(late) == len(items):
            lines.append(
                f"{label}: the only items that fill it are after the deadline {deadline}: "
                f"{_names(late)}"
            )
            continue
        other = [i for i in items if i not in late]
        why = sorted({rejected[i.id] for i in other if i.id in rejected})
        if why and have == 0:
            lines.append(
                f"{label}: the items that would fill it cannot be used: "
                + "; ".join(why[:MAX_NAMED])
                + (f"; and {len(late)} more after the deadline {deadline}" if late else "")
            )
            continue
        lines.append(
            f"{label}: the usable catalogue items add up to only {format_credit(have)} "
            f"{target.unit} before {deadline}"
        )
    if not lines:
        total = _total_available(problem, j)
        need = target.deficit
        lines.append(
            f"{target.rules} ({target.id}) needs {format_credit(need)} {target.unit} more by "
            f"{deadline}; the usable catalogue items "
            + (
                f"add up to only {format_credit(total)} {target.unit}"
                if total < need
                else "cannot be combined to meet its area minimums and caps"
            )
        )
    return lines


def _area_missing(target: CredentialGaps, number: int) -> int:
    requirement = target.requirements[number]
    gap = next((g for g in target.gaps if g.requirement == requirement.id), None)
    return gap.missing if gap else 0


def _fits(problem: Problem, j: int, k: int) -> tuple[int, ...]:
    table = problem.table
    assert table is not None
    gid = int(table.group[k, j])
    if gid < 0:
        return ()
    return problem.groups[j][gid][1]


def _after(item: CatalogueItem, deadline: date | None) -> bool:
    dates = item_dates(item)
    return dates is not None and deadline is not None and dates[1] > deadline


def _rule_reasons(
    problem: Problem, j: int, numbers: Sequence[int], approved_by: str | None
) -> list[str]:
    table = problem.table
    assert table is not None
    found: dict[str, int] = {}
    for k in numbers:
        signature = int(table.signature[k])
        reason = table.reasons[signature][j] if signature >= 0 else "gives no credit"
        if reason is None:
            reason = (
                f"not approved by '{approved_by}'"
                if approved_by
                else "its credit cannot be placed in this requirement"
            )
        found[reason] = found.get(reason, 0) + 1
    ordered = sorted(found.items(), key=lambda kv: -kv[1])
    return [f"{reason} ({count})" for reason, count in ordered[:MAX_NAMED]]


def _usable_credit(problem: Problem, j: int) -> dict[int, int]:
    """Per requirement index of credential j: the credit of every usable item that may fill
    it (before pruning)."""
    table, counts = problem.table, problem.usable_counts
    assert table is not None and counts is not None
    out: dict[int, int] = {}
    mine = np.nonzero(counts[:, j])[0]
    groups = problem.groups[j]
    for gid, credit in zip(
        table.group[mine, j].tolist(), table.credit[mine, j].tolist(), strict=True
    ):
        for r in groups[gid][1]:
            out[r] = out.get(r, 0) + credit
    return out


def _total_available(problem: Problem, j: int) -> int:
    table, counts = problem.table, problem.usable_counts
    assert table is not None and counts is not None
    return int(table.credit[counts[:, j], j].sum())


def _hours_reasons(problem: Problem, attempt: Callable[..., Solution]) -> list[str]:
    settings = problem.settings
    assert problem.period_hours is not None and settings.hours_per_week is not None
    for p, end in enumerate(problem.periods):
        due = [
            j for j, t in enumerate(problem.targets) if t.deadline is not None and t.deadline <= end
        ]
        fastest = attempt(budget=False, hours=False, only=due, minimise="hours")
        if fastest.status != "optimal":
            continue
        needed = _hours_of(problem, fastest.options)
        available = problem.period_hours[p]
        if needed > available:
            names = ", ".join(problem.targets[j].rules for j in due)
            return [
                f"hours per week too low: closing {names} by {end} needs at least "
                f"{format_credit(needed)} hours, but {settings.hours_per_week} hours a week "
                f"from {settings.as_of} give only {format_credit(available)}"
            ]
    return [
        f"hours per week too low: the items that close every gap cannot be fitted into "
        f"{settings.hours_per_week} hours a week before each deadline "
        f"({', '.join(str(d) for d in problem.periods)})"
    ]


def _hours_of(problem: Problem, options: Sequence[tuple[int, int]]) -> int:
    return sum(int(problem.hours[problem.option_unit[k]]) * times for k, times in options)


def open_gap_lines(targets: Sequence[CredentialGaps]) -> list[str]:
    """ "ascp/MLS (my-mls): missing hematology 6, safety 2 points by 2027-05-31 (...)"."""
    lines = []
    for target in targets:
        if not target.is_open:
            continue
        areas = [g for g in target.gaps if g.requirement != TOTAL]
        lines.append(
            f"{target.rules} ({target.id}): missing {target.describe_gaps()}"
            + (f" ({len(areas)} area minimum(s))" if areas else "")
            + f"; due {target.deadline} ({target.deadline_basis})"
        )
    return lines
