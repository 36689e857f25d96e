"""The renewal planner: the cheapest set of catalogue items that closes every open gap.

`make_plan(ledger, catalogue, as_of=...)` evaluates the ledger with the engine, works out what
each catalogue item would contribute to each credential (contribution.py), solves an exact MILP
(milp.py; the model is described in docs/planner.md) and confirms the result with the engine
(plan.py). `greedy_plan` is the cheapest-credit-first baseline; `rank_by_gaps` orders items by
how much of the open gaps they close, for a "fills my gaps" search.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from cetrack.core.catalogue.model import Catalogue, CatalogueItem
from cetrack.core.ledger import Ledger
from cetrack.core.planner.contribution import (
    TOTAL,
    Contribution,
    CredentialGaps,
    Gap,
    Help,
    RankedItem,
    item_activity,
    item_contributions,
    open_gaps,
    rank_by_gaps,
)
from cetrack.core.planner.explain import diagnose, open_gap_lines
from cetrack.core.planner.greedy import greedy
from cetrack.core.planner.milp import (
    DEFAULT_TIME_LIMIT,
    Solution,
    hours_of,
    objective,
    reduce_by_lp,
    solve,
)
from cetrack.core.planner.plan import (
    CredentialCoverage,
    Plan,
    PlannedItem,
    PlanStatus,
    Purchase,
    assemble,
    dollars,
    money,
    plan_json,
    render_plan_text,
)
from cetrack.core.planner.problem import Settings, build_problem, restrict
from cetrack.core.rules.library import RuleLibrary, default_library

LP_REDUCTION_OPTIONS = 200
"""Above this many options, reduced-cost fixing (milp.reduce_by_lp) runs before the MILP."""
DIAGNOSIS_SECONDS = 3.0
"""Time for explaining why there is no plan, when the solver's time is spent."""

__all__ = [
    "TOTAL",
    "Contribution",
    "CredentialCoverage",
    "CredentialGaps",
    "Gap",
    "Help",
    "Plan",
    "PlanStatus",
    "PlannedItem",
    "Purchase",
    "RankedItem",
    "greedy_plan",
    "item_activity",
    "item_contributions",
    "make_plan",
    "open_gaps",
    "plan_json",
    "rank_by_gaps",
    "render_plan_text",
]


def _settings(
    as_of: date,
    budget: Decimal | int | None,
    hours_per_week: Decimal | int | None,
    formats: Iterable[str] | None,
    hour_value: Decimal | int | None,
    employer_paid_ids: Iterable[str],
    member: bool,
) -> Settings:
    return Settings(
        as_of=as_of,
        budget=Decimal(budget) if budget is not None else None,
        hours_per_week=Decimal(hours_per_week) if hours_per_week is not None else None,
        formats=frozenset(formats) if formats is not None else None,
        hour_value=Decimal(hour_value) if hour_value is not None else None,
        employer_paid_ids=frozenset(employer_paid_ids),
        member=member,
    )


def _context(targets: Sequence[CredentialGaps], gaps: Sequence[CredentialGaps]) -> list[str]:
    lines = open_gap_lines(targets)
    for entry in gaps:
        if entry.is_open:
            if entry.note:
                lines.append(f"{entry.rules} ({entry.id}): {entry.note}")
            continue
        if not entry.plannable:
            lines.append(f"{entry.rules} ({entry.id}): not planned — {entry.note}")
        elif entry.required is not None:
            lines.append(f"{entry.rules} ({entry.id}): already met, nothing to plan")
    return lines


def _open(
    ledger: Ledger, as_of: date, library: RuleLibrary | None
) -> tuple[list[CredentialGaps], list[CredentialGaps], list[str]]:
    """Every credential's gaps, the open ones, and the lines that describe them."""
    gaps = list(open_gaps(ledger, as_of, library or default_library()))
    targets = [g for g in gaps if g.is_open]
    return gaps, targets, _context(targets, gaps)


def _empty(
    gaps: Sequence[CredentialGaps], as_of: date, status: PlanStatus, lines: Sequence[str]
) -> Plan:
    coverage = {g.id: (max(g.required - g.missing, 0),) * 2 for g in gaps if g.required is not None}
    return Plan(
        status=status,
        cost=Decimal(0),
        hours=Decimal(0),
        purchases=(),
        items=(),
        coverage=coverage,
        explanation=tuple(lines),
        as_of=as_of,
        confirmed=status in ("optimal", "feasible"),
    )


def make_plan(
    ledger: Ledger,
    catalogue: Catalogue | Sequence[CatalogueItem],
    *,
    as_of: date,
    library: RuleLibrary | None = None,
    budget: Decimal | int | None = None,
    hours_per_week: Decimal | int | None = None,
    formats: Iterable[str] | None = None,
    hour_value: Decimal | int | None = None,
    employer_paid_ids: Iterable[str] = (),
    member: bool = False,
    time_limit: float = DEFAULT_TIME_LIMIT,
) -> Plan:
    """The cheapest plan that closes every open gap of every credential before its deadline.

    budget: most to spend (dollars). hours_per_week: study time available; the hours of the
    items done before each deadline must fit the weeks until it. formats: accepted formats
    (online, in-person; hybrid fits either). hour_value: dollars an hour of time is worth,
    added to the cost being minimised. employer_paid_ids: items that cost nothing (as do items
    marked employer_paid). member: member prices apply. time_limit: seconds for the solver; when
    reached, the best plan found is returned with status "time_limit".
    """
    started = time.perf_counter()
    settings = _settings(
        as_of, budget, hours_per_week, formats, hour_value, employer_paid_ids, member
    )
    gaps, targets, context = _open(ledger, as_of, library)
    if not targets:
        return _empty(gaps, as_of, "optimal", [*context, "nothing to plan: no open gaps"])
    problem = build_problem(targets, catalogue, ledger.person, settings)
    baseline = greedy(problem)
    searched = problem
    gap = 1e-6  # without a known plan's cost: exact to the cent up to $5,000
    if baseline.status == "feasible":
        bound = objective(problem, baseline)
        searched = restrict(problem, bound)
        if searched.option_unit.size > LP_REDUCTION_OPTIONS:
            searched = reduce_by_lp(searched, bound)
        gap = min(1e-4, 0.5 / max(bound, 1))  # below half a cent: the cost is exact
    left = time_limit - (time.perf_counter() - started)
    solution = solve(searched, time_limit=max(left, 0.1), gap=gap)
    if solution.status == "infeasible":
        explained = build_problem(targets, catalogue, ledger.person, settings, explain=True)
        left = time_limit - (time.perf_counter() - started)
        reasons = diagnose(explained, max(left, DIAGNOSIS_SECONDS))
        return assemble(
            problem,
            Solution("infeasible", (), (), (), 0, solution.seconds),
            gaps,
            ledger,
            status="infeasible",
            method="milp",
            explanation=[*reasons, *context],
            seconds=time.perf_counter() - started,
        )
    status: PlanStatus = "optimal" if solution.status == "optimal" else "time_limit"
    chosen, chosen_problem = solution, searched
    if (
        solution.status == "optimal"
        and baseline.status == "feasible"
        and objective(problem, baseline) == objective(searched, solution)
        and hours_of(problem, baseline) < hours_of(searched, solution)
    ):
        # The greedy plan costs the optimum too, in fewer hours than the hours phase found.
        chosen, chosen_problem = baseline, problem
    if (
        solution.status != "optimal"
        and baseline.status == "feasible"
        and (
            solution.status == "no_plan"
            or objective(problem, baseline) < objective(searched, solution)
        )
    ):
        chosen, chosen_problem = baseline, problem
    if chosen.status == "no_plan":
        lines = [f"no plan was found within the time limit of {time_limit:g} s", *context]
        return _empty(gaps, as_of, "time_limit", lines)
    lines = list(context)
    if status == "time_limit":
        lines.insert(0, f"time limit of {time_limit:g} s reached: this is the best plan found")
    if baseline.status == "feasible" and baseline.cost > chosen.cost:
        lines.append(
            f"buying the cheapest credit first would cost {dollars(money(baseline.cost))}, "
            f"{dollars(money(baseline.cost - chosen.cost))} more"
        )
    return assemble(
        chosen_problem,
        chosen,
        gaps,
        ledger,
        status=status,
        method="milp" if chosen is solution or status == "optimal" else "greedy",
        explanation=lines,
        seconds=time.perf_counter() - started,
    )


def greedy_plan(
    ledger: Ledger,
    catalogue: Catalogue | Sequence[CatalogueItem],
    *,
    as_of: date,
    library: RuleLibrary | None = None,
    budget: Decimal | int | None = None,
    hours_per_week: Decimal | int | None = None,
    formats: Iterable[str] | None = None,
    hour_value: Decimal | int | None = None,
    employer_paid_ids: Iterable[str] = (),
    member: bool = False,
    prune: bool = True,
) -> Plan:
    """The cheapest-credit-first baseline, with the same inputs as `make_plan`. Status
    "feasible" when it closes every gap, "infeasible" when it gets stuck."""
    started = time.perf_counter()
    settings = _settings(
        as_of, budget, hours_per_week, formats, hour_value, employer_paid_ids, member
    )
    gaps, targets, context = _open(ledger, as_of, library)
    if not targets:
        return _empty(gaps, as_of, "feasible", [*context, "nothing to plan: no open gaps"])
    problem = build_problem(targets, catalogue, ledger.person, settings, prune=prune)
    solution = greedy(problem)
    if solution.status != "feasible":
        return assemble(
            problem,
            Solution("infeasible", (), (), (), 0, solution.seconds),
            gaps,
            ledger,
            status="infeasible",
            method="greedy",
            explanation=["cheapest credit first finds no plan", *context],
            seconds=time.perf_counter() - started,
        )
    return assemble(
        problem,
        solution,
        gaps,
        ledger,
        status="feasible",
        method="greedy",
        explanation=context,
        seconds=time.perf_counter() - started,
    )
