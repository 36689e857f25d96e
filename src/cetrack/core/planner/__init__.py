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
from dataclasses import replace
from datetime import date
from decimal import Decimal

from cetrack.core.catalogue.model import Catalogue, CatalogueItem
from cetrack.core.catalogue.occurrence import project, upcoming
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
from cetrack.core.planner.gaps import gaps_left
from cetrack.core.planner.greedy import greedy
from cetrack.core.planner.milp import (
    DEFAULT_TIME_LIMIT,
    Solution,
    hours_of,
    objective,
    reduce_by_lp,
    solve,
    solve_partial,
)
from cetrack.core.planner.plan import (
    CredentialCoverage,
    GapLeft,
    Plan,
    PlannedItem,
    PlanStatus,
    Purchase,
    assemble,
    dollars,
    money,
)
from cetrack.core.planner.problem import Problem, Settings, build_problem, closable, restrict
from cetrack.core.planner.render import plan_json, render_plan_text
from cetrack.core.rules.library import RuleLibrary, default_library

LP_REDUCTION_OPTIONS = 200
"""Above this many options, reduced-cost fixing (milp.reduce_by_lp) runs before the MILP."""
PARTIAL_SECONDS = 3.0
"""Time for the best partial plan when the search for a complete one spent the time limit."""
LIMITS_SECONDS = 0.5
"""Time the explanation of the limits (budget, hours per week) needs at least; with less left,
each gap's own explanation (gaps_left) stands alone."""

__all__ = [
    "TOTAL",
    "Contribution",
    "CredentialCoverage",
    "CredentialGaps",
    "Gap",
    "GapLeft",
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
                lines.append(f"{entry.name}: {entry.note}")
            continue
        if not entry.plannable:
            lines.append(f"{entry.name}: not planned — {entry.note}")
        elif entry.required is not None:
            lines.append(f"{entry.name}: already met, nothing to plan")
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
    coverage = {}
    for g in gaps:
        progress = g.result.progress
        if g.required is not None and progress is not None:
            coverage[g.id] = (progress.counted, progress.counted)
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


def _upcoming(
    catalogue: Catalogue | Sequence[CatalogueItem], as_of: date
) -> Catalogue | tuple[CatalogueItem, ...]:
    """The catalogue as seen on `as_of`: past yearly events projected (occurrence.py)."""
    if isinstance(catalogue, Catalogue):
        return upcoming(catalogue, as_of)
    return project(tuple(catalogue), as_of)


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
    """The cheapest plan that closes every open gap of every credential before its deadline;
    when no plan can, the best partial plan (status "partial": as much missing credit closed
    as possible, nearest deadline first, then least cost) with `gaps_left` saying why each
    open gap stays open and what would close it.

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
    catalogue = _upcoming(catalogue, as_of)
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
    elif not closable(problem):
        return _partial(ledger, catalogue, gaps, targets, settings, context, started, time_limit)
    left = time_limit - (time.perf_counter() - started)
    solution = solve(searched, time_limit=max(left, 0.1), gap=gap)
    if solution.status == "infeasible":
        return _partial(ledger, catalogue, gaps, targets, settings, context, started, time_limit)
    return _complete(
        ledger, problem, searched, baseline, solution, gaps, context, started, time_limit
    )


def _complete(
    ledger: Ledger,
    problem: Problem,
    searched: Problem,
    baseline: Solution,
    solution: Solution,
    gaps: Sequence[CredentialGaps],
    context: Sequence[str],
    started: float,
    time_limit: float,
) -> Plan:
    """The plan closing every gap: the MILP's, or greedy's when it is as cheap in fewer
    hours, or when the solver ran out of time with a dearer plan (or none)."""
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
    as_of = problem.settings.as_of
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
    plan = assemble(
        chosen_problem,
        chosen,
        gaps,
        ledger,
        status=status,
        method="milp" if chosen is solution or status == "optimal" else "greedy",
        explanation=lines,
        seconds=time.perf_counter() - started,
    )
    return _with_notes(plan)


def _partial(
    ledger: Ledger,
    catalogue: Catalogue | Sequence[CatalogueItem],
    gaps: Sequence[CredentialGaps],
    targets: Sequence[CredentialGaps],
    settings: Settings,
    context: Sequence[str],
    started: float,
    time_limit: float,
) -> Plan:
    """No plan closes every gap: the best partial plan, each gap left explained."""
    problem = build_problem(targets, catalogue, ledger.person, settings, explain=True)
    left = time_limit - (time.perf_counter() - started)
    solution = solve_partial(problem, time_limit=max(left, PARTIAL_SECONDS))
    left = time_limit - (time.perf_counter() - started)
    limits = diagnose(problem, left) if left > LIMITS_SECONDS and closable(problem) else []
    lines = [*limits, *context]
    if solution.status == "time_limit":
        lines.insert(
            0, f"time limit of {time_limit:g} s reached: this is the best partial plan found"
        )
    plan = assemble(
        problem,
        solution,
        gaps,
        ledger,
        status="partial",
        method="milp",
        explanation=lines,
        seconds=time.perf_counter() - started,
    )
    items = catalogue.items if isinstance(catalogue, Catalogue) else tuple(catalogue)
    left_open = gaps_left(problem, plan, items)
    head = _partial_line(plan, left_open)
    return _with_notes(replace(plan, gaps_left=left_open, explanation=(head, *plan.explanation)))


def _partial_line(plan: Plan, left_open: Sequence[GapLeft]) -> str:
    closed = sum(max(row.after - row.before, 0) for row in plan.credentials if row.missing_before)
    return (
        f"not every gap can be closed from this catalogue: {len(left_open)} "
        + ("requirements stay" if len(left_open) != 1 else "requirement stays")
        + " open (see the gaps left); "
        + (
            "this plan closes what it can, nearest deadline first, then at least cost"
            if closed
            else "nothing in the catalogue closes any of them"
        )
    )


def _with_notes(plan: Plan) -> Plan:
    """Flags that a plan must show: items of unstated price, dates that are expected."""
    notes = list(plan.explanation)
    if plan.unpriced:
        titles = ", ".join(p.title for p in plan.items if not p.price_stated)
        notes.append(
            f"price not stated — check: {titles}; the cost shown ({dollars(plan.cost)}) is "
            "for the priced items only"
        )
    for entry in plan.items:
        if entry.expected:
            notes.append(
                f"“{entry.title}”: {entry.expected} — a projected date, not confirmed; "
                "check the provider's page"
            )
    return replace(plan, explanation=tuple(notes)) if notes != list(plan.explanation) else plan


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
    catalogue = _upcoming(catalogue, as_of)
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
