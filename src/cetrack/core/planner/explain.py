"""Why a plan cannot close every gap, in the person's terms: the limits.

When some gap stays open, each one is explained on its own (gaps.py: what covers it, why that
cannot be used, what would close it). `diagnose` adds what holds for the plan as a whole, when
every credential could be closed without the person's limits:

1. hours per week too low: closing what is due by a deadline needs more hours than the weeks
   before it allow;
2. budget too small: the cheapest way to close every gap costs more (and the cheapest way to
   close each credential alone).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from cetrack.core.planner.contribution import TOTAL, CredentialGaps
from cetrack.core.planner.milp import Solution, solve
from cetrack.core.planner.plan import dollars, money
from cetrack.core.planner.problem import Problem
from cetrack.core.units import format_credit

MIN_SOLVE_SECONDS = 0.5


def _dollars(cents: int) -> str:
    return dollars(money(cents))


def diagnose(problem: Problem, time_limit: float) -> list[str]:
    """What keeps the plan from closing every gap when the limits are the reason (module
    docstring), within about `time_limit` seconds; [] when some credential cannot be closed
    even without limits (its gaps explain why)."""
    until = time.perf_counter() + time_limit

    def attempt(**limits: Any) -> Solution:
        left = max(until - time.perf_counter(), MIN_SOLVE_SECONDS)
        return solve(problem, tie_break=False, time_limit=left, **limits)

    for j in range(problem.width):
        if attempt(budget=False, hours=False, only=[j]).status == "infeasible":
            return []
    if problem.period_hours is not None:
        timed = attempt(budget=False, hours=True)
        if timed.status == "infeasible":
            return _hours_reasons(problem, attempt)
    if problem.settings.budget is not None:
        return _budget_reasons(problem, attempt)
    return []


def _budget_reasons(problem: Problem, attempt: Callable[..., Solution]) -> list[str]:
    cheapest = attempt(budget=False, hours=True)
    if cheapest.status not in ("optimal", "time_limit"):
        return []
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
                f"{target.name} is missing {target.describe_gaps()}; "
                + (
                    f"closing it alone costs at least {_dollars(alone.cost)}"
                    if alone.status == "optimal"
                    else f"closing it alone costs about {_dollars(alone.cost)}"
                )
            )
    return lines


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
            names = ", ".join(problem.targets[j].name for j in due)
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
            f"{target.name}: missing {target.describe_gaps()}"
            + (f" ({len(areas)} area minimum(s))" if areas else "")
            + f"; due {target.deadline} ({target.deadline_basis})"
        )
    return lines
