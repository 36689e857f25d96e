"""The exact planner: a mixed-integer linear programme solved by HiGHS (scipy.optimize.milp).

Variables
  x[k]      members of unit u taken in period p (option k)                  0..count, integer
  buy[u]    members of unit u bought on their own although a package unlocks them  integer
  pack[b]   1 if package or conference b is bought                                    binary
  t[j, c]   credit of cap c counted toward credential j's total                       0..limit
  y[j,g,r]  credit of interchangeable group g placed in content area r of j           >= 0

Constraints, for every open credential j (credit in hundredths, earned credit as constants):
  total     uncapped credit of chosen options + sum_c t[j,c] >= required - earned uncapped
  cap       t[j,c] <= earned capped credit + capped credit of chosen options; t <= limit
  area r    credit of chosen single-area options + sum_g y[j,g,r] >= minimum - earned there
  group g   sum_r y[j,g,r] <= earned credit of g + credit of chosen options in g
  placed    sum over capped groups of y <= the cap's limit (capped credit in areas)
and once:
  each member at most once; members taken <= bought alone + count x (packages bought);
  budget    price of what is bought <= budget
  hours     for every deadline, hours of the options done by then <= hours/week x weeks

This is the engine's allocation (allocation.py) written as linear constraints: an allocation
meeting every minimum and the total exists exactly when the MILP's credential constraints hold.

Objective, in two phases: first the cost in cents (plus hour_value x hours when an hour has a
price); then, with the cost held at that minimum, the hours. So cost decides and hours only
break ties, exactly.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy.optimize import Bounds, LinearConstraint, linprog, milp  # type: ignore[import-untyped]
from scipy.sparse import coo_array, csr_array, vstack  # type: ignore[import-untyped]

from cetrack.core.planner.problem import Problem, subset

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

DEFAULT_TIME_LIMIT = 10.0
TIE_BREAK_SECONDS = 1.0
"""Phase 2 (fewest hours at least cost) gets at least this long, or as long as phase 1 took."""
PRESOLVE = False
"""HiGHS presolve: off for the cost and hours phases. On these models it costs more than it
saves (its substitutions make the cost row of phase 2 dense). The coverage phases of a partial
plan (solve_partial) use it: there it turns seconds of branching into a tenth of a second."""


@dataclass(frozen=True, slots=True)
class Solution:
    """What a solver chose. status: optimal | feasible (greedy) | infeasible | time_limit (a
    plan, perhaps not the best) | no_plan (time ran out before any plan was found)."""

    status: str
    options: tuple[tuple[int, int], ...]  # (option, how many of its unit's members)
    bought: tuple[tuple[int, int], ...]  # (unit, how many bought alone although packaged)
    bundles: tuple[int, ...]  # packages and conferences bought
    cost: int  # cents
    seconds: float
    message: str = ""


class _Builder:
    def __init__(self) -> None:
        self.rows: list[IntArray] = []
        self.cols: list[IntArray] = []
        self.vals: list[FloatArray] = []
        self.lower: list[float] = []
        self.upper: list[float] = []

    def row(self, lower: float, upper: float) -> int:
        self.lower.append(lower)
        self.upper.append(upper)
        return len(self.lower) - 1

    def add(self, row: int | IntArray, cols: IntArray, vals: FloatArray | float) -> None:
        cols = np.asarray(cols, dtype=np.int64)
        if cols.size == 0:
            return
        rows = np.broadcast_to(np.asarray(row, dtype=np.int64), cols.shape)
        self.rows.append(np.array(rows, dtype=np.int64))
        self.cols.append(cols)
        self.vals.append(np.broadcast_to(np.asarray(vals, dtype=np.float64), cols.shape).copy())

    def matrix(self, columns: int) -> coo_array:
        if not self.rows:
            return coo_array((len(self.lower), columns))
        return coo_array(
            (np.concatenate(self.vals), (np.concatenate(self.rows), np.concatenate(self.cols))),
            shape=(len(self.lower), columns),
        )


@dataclass(slots=True)
class _Model:
    """The MILP as arrays: columns are options, then units bought alone, then packages, then
    continuous allocation columns."""

    matrix: Any
    row_lower: FloatArray
    row_upper: FloatArray
    money: FloatArray
    time_cost: FloatArray
    upper: FloatArray
    integral: FloatArray
    opt_cents: FloatArray
    buy_column: dict[int, int]
    bundle_base: int
    columns: int  # integer columns
    coverage: dict[int, Coverage] = field(default_factory=dict)  # with slack: per credential

    @property
    def empty(self) -> bool:
        return self.row_lower.size == 0


@dataclass(frozen=True, slots=True)
class Coverage:
    """Slack columns of one credential in a partial model: `missing` >= each of `total` and
    the sum of `areas` (the engine's missing: the larger of the two)."""

    missing: int
    total: int | None
    areas: tuple[int, ...]


def _model(
    problem: Problem,
    *,
    budget: bool,
    hours: bool,
    only: Sequence[int] | None,
    slack: bool = False,
) -> _Model:
    k_options = problem.option_unit.size
    n_units = problem.units
    count = problem.count
    with_buy = [u for u in range(n_units) if problem.ancestors[u] and problem.price[u] >= 0]
    buy_column = {u: k_options + number for number, u in enumerate(with_buy)}
    bundle_base = k_options + len(with_buy)
    m_bundles = len(problem.bundles)
    columns = bundle_base + m_bundles

    unit = problem.option_unit
    direct = problem.direct()
    unit_price = problem.price.astype(np.float64)
    opt_cents = np.where(direct[unit], unit_price[unit], 0.0)
    opt_hours = problem.hours[unit].astype(np.float64)
    money = np.zeros(columns)
    money[:k_options] = opt_cents + problem.extra_cents[unit].astype(np.float64)
    for u in with_buy:
        money[buy_column[u]] = float(problem.price[u])
    money[bundle_base:] = problem.bundle_price.astype(np.float64)
    time_cost = np.zeros(columns)
    time_cost[:k_options] = opt_hours
    upper = np.ones(columns)
    upper[:k_options] = count[unit]
    for u in with_buy:
        upper[buy_column[u]] = float(count[u])

    build = _Builder()
    extra: list[tuple[float, float]] = []  # allocation columns: (lower, upper)
    whole: list[int] = []  # of those, the integer ones (shortfalls: whole hundredths)

    def new_column(low: float, high: float, integer: bool = False) -> int:
        extra.append((low, high))
        if integer:
            whole.append(len(extra) - 1)
        return columns + len(extra) - 1

    coverage: dict[int, Coverage] = {}
    for j in range(problem.width) if only is None else only:
        found = _credential_rows(problem, j, build, new_column, slack)
        if found is not None:
            coverage[j] = found

    # Each member at most once; package-only members need a package.
    order = np.argsort(unit, kind="stable")
    bounds = np.searchsorted(unit[order], np.arange(n_units + 1), side="left")
    for u in range(n_units):
        ks = order[bounds[u] : bounds[u + 1]]
        if ks.size == 0:
            continue
        if ks.size > 1:
            build.add(build.row(-np.inf, float(count[u])), ks, 1.0)
        if problem.ancestors[u]:
            row = build.row(-np.inf, 0.0)
            build.add(row, ks, 1.0)
            if u in buy_column:
                build.add(row, np.array([buy_column[u]]), -1.0)
            packs = np.array([bundle_base + b for b in problem.ancestors[u]], dtype=np.int64)
            build.add(row, packs, -float(count[u]))

    if budget and problem.settings.budget is not None:
        limit = float(problem.settings.budget_cents or 0)
        row = build.row(-np.inf, limit)
        build.add(row, np.arange(k_options), opt_cents)
        build.add(
            row,
            np.array(list(buy_column.values()), dtype=np.int64),
            problem.price[with_buy].astype(np.float64),
        )
        build.add(row, bundle_base + np.arange(m_bundles), problem.bundle_price.astype(float))

    if hours and problem.period_hours is not None:
        for p, available in enumerate(problem.period_hours):
            ks = np.nonzero(problem.option_period <= p)[0]
            build.add(build.row(-np.inf, float(available)), ks, opt_hours[ks])

    n_extra = len(extra)
    integral = np.r_[np.ones(columns), np.zeros(n_extra)]
    integral[columns + np.array(whole, dtype=np.int64)] = 1.0
    return _Model(
        matrix=build.matrix(columns + n_extra).tocsr(),
        row_lower=np.array(build.lower, dtype=np.float64),
        row_upper=np.array(build.upper, dtype=np.float64),
        money=np.r_[money, np.zeros(n_extra)],
        time_cost=np.r_[time_cost, np.zeros(n_extra)],
        upper=np.r_[upper, [high for _, high in extra]],
        integral=integral,
        opt_cents=opt_cents,
        buy_column=buy_column,
        bundle_base=bundle_base,
        columns=columns,
        coverage=coverage,
    )


def reduce_by_lp(problem: Problem, bound: int) -> Problem:
    """Reduced-cost fixing, exact: solve the LP relaxation (lower bound L on the cost); a plan
    costing at most `bound` (a known plan's cost) can take at most (bound - L) / r members of
    an option whose reduced cost is r. Options and packages that can take none are dropped,
    counts shrink to what may still be taken."""
    model = _model(problem, budget=True, hours=True, only=None)
    if model.empty:
        return problem
    matrix = model.matrix
    has_upper = np.isfinite(model.row_upper)
    has_lower = np.isfinite(model.row_lower)
    a_ub = vstack([matrix[has_upper], -matrix[has_lower]]).tocsr()
    b_ub = np.r_[model.row_upper[has_upper], -model.row_lower[has_lower]]
    result = linprog(
        model.money,
        A_ub=a_ub,
        b_ub=b_ub,
        bounds=np.column_stack([np.zeros(model.upper.size), model.upper]),
        method="highs",
    )
    if result.status != 0 or result.lower is None:
        return problem
    reduced = np.asarray(result.lower.marginals, dtype=np.float64)[: model.columns]
    slack = bound - float(result.fun) + 1e-6 * max(1.0, abs(bound))
    limit = model.upper[: model.columns].copy()
    positive = reduced > 1e-9
    limit[positive] = np.minimum(limit[positive], np.floor(slack / reduced[positive] + 1e-7))
    limit = np.maximum(limit, 0)
    k_options = problem.option_unit.size
    option_limit = limit[:k_options].astype(np.int64)
    keep_option = option_limit > 0
    # A unit may take at most the sum over its options of what each may take.
    most = np.zeros(problem.units, dtype=np.int64)
    np.add.at(most, problem.option_unit[keep_option], option_limit[keep_option])
    count = np.minimum(problem.count, most)
    price = problem.price.copy()
    for u, column in model.buy_column.items():
        if limit[column] <= 0:
            price[u] = -1
    keep_bundle = limit[model.bundle_base : model.columns] > 0
    reduced_problem = subset(
        problem, count > 0, keep_bundle, price=price, count=count, keep_option=keep_option
    )
    reduced_problem.stats["lp_units"] = reduced_problem.units
    return reduced_problem


class _Runner:
    """Runs one model through successive objectives, each optimum held (as a row) while the
    next is minimised, within one time budget."""

    def __init__(self, model: _Model, time_limit: float, started: float) -> None:
        self.model = model
        self.matrix = model.matrix
        self.row_lower = model.row_lower
        self.row_upper = model.row_upper
        self.until = started + time_limit
        self.timed_out = False

    def left(self) -> float:
        return self.until - time.perf_counter()

    def minimise(
        self, objective: FloatArray, gap: float | None, seconds: float, presolve: bool = PRESOLVE
    ) -> Any:
        options: dict[str, float | bool] = {
            "time_limit": max(min(seconds, self.left()), 0.05),
            "presolve": presolve,
            "disp": False,
        }
        if gap is not None:
            options["mip_rel_gap"] = gap
        result = milp(
            c=objective,
            integrality=self.model.integral,
            bounds=Bounds(np.zeros(objective.size), self.model.upper),
            constraints=LinearConstraint(self.matrix, self.row_lower, self.row_upper),
            options=options,
        )
        if int(result.status) == 1:
            self.timed_out = True
        return result

    def hold(self, objective: FloatArray, best: float) -> None:
        """Keep `objective` at most `best` in what follows."""
        self.matrix = vstack([self.matrix, csr_array(objective.reshape(1, -1))]).tocsr()
        self.row_lower = np.r_[self.row_lower, -np.inf]
        self.row_upper = np.r_[self.row_upper, best]


def _no_columns(model: _Model, seconds: float) -> Solution:
    """A model without a single column: feasible exactly when every row admits 0."""
    fits = bool(np.all(model.row_lower <= 0) and np.all(model.row_upper >= 0))
    return Solution("optimal" if fits else "infeasible", (), (), (), 0, seconds)


def solve(
    problem: Problem,
    *,
    budget: bool = True,
    hours: bool = True,
    only: Sequence[int] | None = None,
    minimise: str = "cost",
    time_limit: float = DEFAULT_TIME_LIMIT,
    gap: float | None = None,
    tie_break: bool = True,
) -> Solution:
    """Solve the planning MILP: least cost, then (`tie_break`) fewest hours at that cost.
    `budget`/`hours` switch those limits off (for explanations), `only` closes only these
    credentials, `minimise="hours"` minimises hours alone."""
    started = time.perf_counter()
    model = _model(problem, budget=budget, hours=hours, only=only)
    if model.empty:
        return Solution("optimal", (), (), (), 0, time.perf_counter() - started)
    if model.money.size == 0:
        return _no_columns(model, time.perf_counter() - started)
    runner = _Runner(model, time_limit, started)
    first_started = time.perf_counter()
    result = runner.minimise(
        model.time_cost if minimise == "hours" else model.money, gap, runner.left()
    )
    status_code, x, message = int(result.status), result.x, str(result.message)
    if tie_break and minimise != "hours" and status_code == 0 and x is not None:
        x = _fewest_hours(runner, x, time.perf_counter() - first_started)
    seconds = time.perf_counter() - started
    if x is None:
        status = "no_plan" if status_code == 1 else "infeasible"
        return Solution(status, (), (), (), 0, seconds, message)
    return _solution(problem, model, x, "optimal" if status_code == 0 else "time_limit", seconds)


def _fewest_hours(runner: _Runner, x: FloatArray, spent: float) -> FloatArray:
    """Phase 2: fewest hours among the plans costing what `x` costs, in at most as long again
    as phase 1 took (at least TIE_BREAK_SECONDS). The cost stays optimal if time runs out; the
    hours are then phase 1's."""
    money = runner.model.money
    best = float(np.rint(money @ np.rint(x)))
    runner.hold(money, best + 0.5)
    second = runner.minimise(runner.model.time_cost, None, max(spent, TIE_BREAK_SECONDS))
    if second.x is not None and float(np.rint(money @ np.rint(second.x))) <= best:
        return np.asarray(second.x, dtype=np.float64)
    return x


def _solution(
    problem: Problem, model: _Model, x: FloatArray, status: str, seconds: float
) -> Solution:
    k_options = problem.option_unit.size
    values = np.rint(np.asarray(x, dtype=np.float64)).astype(np.int64)
    chosen = tuple((int(k), int(values[k])) for k in np.nonzero(values[:k_options] > 0)[0])
    bought = tuple(
        (u, int(values[column])) for u, column in model.buy_column.items() if values[column] > 0
    )
    bundles = tuple(b for b in range(len(problem.bundles)) if values[model.bundle_base + b] > 0)
    cents = sum(int(model.opt_cents[k]) * times for k, times in chosen)
    cents += sum(int(problem.price[u]) * times for u, times in bought)
    cents += sum(int(problem.bundle_price[b]) for b in bundles)
    return Solution(status, chosen, bought, bundles, cents, seconds)


COVERAGE_GAP = 1e-4
"""Relative gap for the coverage phases of a partial plan, lowered so that it stays below
half a hundredth of credit: shortfalls are whole hundredths, so the optimum is exact."""


def solve_partial(problem: Problem, *, time_limit: float = DEFAULT_TIME_LIMIT) -> Solution:
    """The best plan when not every gap can be closed: the gaps become soft (slack columns)
    and are minimised lexicographically — credential by credential in deadline order (the
    nearest deadline first; credentials sharing a deadline together), first the engine's
    missing credit (the larger of the total's and the areas' shortfall), then the total and
    area shortfalls summed (so area minimums such as mandatory topics are closed even where
    the total cannot be) — each optimum held while the next is minimised; then the least cost,
    then the fewest hours. Budget and hours per week stay hard limits. Each deadline's phases
    see only its credentials and those due earlier (and only the options counting for them).
    Status "partial", or "time_limit" when time ran out (the best plan found so far)."""
    started = time.perf_counter()
    until = started + time_limit
    holds: list[tuple[FloatArray, float]] = []
    x: FloatArray | None = None
    model: _Model | None = None
    timed_out = False
    done: list[int] = []
    for tier in _tiers(problem):
        done += tier
        model, runner = _partial_model(problem, done, holds, until)
        if model is None or runner is None:
            break
        for columns in _tier_columns(model, tier):
            objective = np.zeros(model.money.size)
            objective[list(columns)] = 1.0
            upper = float(model.upper[list(columns)].sum())  # at most every need short
            gap = min(COVERAGE_GAP, 0.5 / max(upper, 1.0))
            result = runner.minimise(objective, gap, runner.left(), presolve=True)
            timed_out |= runner.timed_out
            if result.x is None:
                return _partial_result(problem, model, x, started, "time_limit")
            x = np.asarray(result.x, dtype=np.float64)
            best = float(objective @ x)
            runner.hold(objective, best + 0.5)
            holds.append((objective, best + 0.5))
            if best < 0.5:
                break  # nothing short in this tier: its shortfalls are all zero
    if model is None or x is None:
        return Solution("partial", (), (), (), 0, time.perf_counter() - started)
    model, runner = _partial_model(problem, done, holds, until, every_option=True)
    assert model is not None and runner is not None
    phase = time.perf_counter()
    result = runner.minimise(model.money, COVERAGE_GAP, runner.left())
    timed_out |= runner.timed_out
    if result.x is not None:
        x = _fewest_hours(
            runner, np.asarray(result.x, dtype=np.float64), time.perf_counter() - phase
        )
    status = "time_limit" if timed_out or runner.timed_out else "partial"
    return _partial_result(problem, model, x, started, status)


def _partial_model(
    problem: Problem,
    only: Sequence[int],
    holds: Sequence[tuple[FloatArray, float]],
    until: float,
    *,
    every_option: bool = False,
) -> tuple[_Model | None, _Runner | None]:
    """The slack model of these credentials (in this order, so the columns of earlier ones
    keep their places as more are added), with the optima found so far held. Options that
    count for none of them are left out (upper bound 0) unless `every_option`."""
    model = _model(problem, budget=True, hours=True, only=only, slack=True)
    if model.empty or model.money.size == 0:
        return None, None
    if not every_option:
        k_options = problem.option_unit.size
        useless = ~problem.counts[:, list(only)].any(axis=1)
        model.upper[:k_options][useless] = 0.0
    runner = _Runner(model, until - time.perf_counter(), time.perf_counter())
    for objective, bound in holds:
        padded = np.zeros(model.money.size)
        padded[: objective.size] = objective
        runner.hold(padded, bound)
    return model, runner


def _tiers(problem: Problem) -> list[list[int]]:
    """Credentials grouped by deadline, the nearest first."""
    by_deadline: dict[object, list[int]] = {}
    for j, target in enumerate(problem.targets):
        by_deadline.setdefault(target.deadline, []).append(j)
    return [by_deadline[d] for d in sorted(by_deadline, key=lambda d: (d is None, d))]


def _tier_columns(model: _Model, tier: Sequence[int]) -> list[tuple[int, ...]]:
    """The objectives of a tier's phases: its credentials' missing columns, then their
    shortfall columns (left out when no credential of the tier has an area minimum open: the
    shortfall is then the missing credit itself)."""
    found = [model.coverage[j] for j in tier if j in model.coverage]
    missing = tuple(c.missing for c in found)
    if not any(c.areas for c in found):
        return [missing]
    short = tuple(
        column for c in found for column in ((c.total,) if c.total is not None else ()) + c.areas
    )
    return [missing, short]


def _partial_result(
    problem: Problem, model: _Model, x: FloatArray | None, started: float, status: str
) -> Solution:
    seconds = time.perf_counter() - started
    if x is None:
        return Solution(status, (), (), (), 0, seconds)
    return _solution(problem, model, x, status, seconds)


def _credential_rows(
    problem: Problem,
    j: int,
    build: _Builder,
    new_column: Callable[..., int],
    slack: bool = False,
) -> Coverage | None:
    """The allocation constraints of credential j (module docstring). With `slack`, the
    total and every area minimum may fall short by a slack column, and the credential's
    missing credit (the larger of the total's slack and the sum of the areas') is returned for
    the objective."""
    target = problem.targets[j]
    assert target.required is not None
    limits = target.cap_limits
    minimums = target.minimums
    groups = problem.groups[j]
    ks = np.nonzero(problem.counts[:, j])[0]
    units = problem.option_unit[ks]
    credit = problem.credit[units, j].astype(np.float64)
    gid = problem.group[units, j]
    old_free, old_capped, old_single, old_flow = _earned(target.old, len(limits), len(minimums))

    group_cap = np.array([g[0] for g in groups] + [-1], dtype=np.int64)
    group_single = np.array(
        [g[1][0] if len(g[1]) == 1 and g[0] < 0 else -1 for g in groups] + [-1], dtype=np.int64
    )
    group_flow = np.array([bool(g[1]) and (len(g[1]) > 1 or g[0] >= 0) for g in groups] + [False])
    cap_of = group_cap[gid]

    def short(row: int, need: float) -> int | None:
        if not slack or need <= 0:
            return None
        column = new_column(0.0, need, True)
        build.add(row, np.array([column]), 1.0)
        return column

    # Total, with one counted-credit column per cap in use.
    need_total = float(target.required - old_free)
    total = build.row(need_total, np.inf)
    total_slack = short(total, need_total)
    free = cap_of < 0
    build.add(total, ks[free], credit[free])
    for c, limit in enumerate(limits):
        mine = cap_of == c
        if not mine.any() and not old_capped[c]:
            continue
        counted = new_column(0.0, float(limit))
        build.add(total, np.array([counted]), 1.0)
        row = build.row(-np.inf, float(old_capped[c]))
        build.add(row, np.array([counted]), 1.0)
        build.add(row, ks[mine], -credit[mine])

    area_slack: list[int] = []
    if minimums:
        areas = [build.row(float(m - old_single[r]), np.inf) for r, m in enumerate(minimums)]
        for r, row in enumerate(areas):
            mine = group_single[gid] == r
            build.add(row, ks[mine], credit[mine])
            column = short(row, float(minimums[r] - old_single[r]))
            if column is not None:
                area_slack.append(column)
        flow_keys = {groups[g] for g in np.unique(gid) if group_flow[g]} | set(old_flow)
        _flow_rows(build, new_column, flow_keys, groups, gid, ks, credit, old_flow, areas, limits)
    if not slack:
        return None
    areas_short = sum(max(m - o, 0) for m, o in zip(minimums, old_single, strict=True))
    missing = new_column(0.0, float(max(need_total, 0.0, areas_short)), True)
    for parts in ([total_slack] if total_slack is not None else [], area_slack):
        if parts:
            row = build.row(0.0, np.inf)
            build.add(row, np.array([missing]), 1.0)
            build.add(row, np.array(parts, dtype=np.int64), -1.0)
    return Coverage(missing, total_slack, tuple(area_slack))


def _earned(
    old: Sequence[tuple[int, int, tuple[int, ...]]], caps: int, areas: int
) -> tuple[int, list[int], list[int], dict[tuple[int, tuple[int, ...]], int]]:
    """Credit already earned, as constants: uncapped, per cap, per single area, per flow key."""
    old_free = 0
    old_capped = [0] * caps
    old_single = [0] * areas
    old_flow: dict[tuple[int, tuple[int, ...]], int] = {}
    for amount, cap, fits in old:
        if cap >= 0:
            old_capped[cap] += amount
        else:
            old_free += amount
        if len(fits) == 1 and cap < 0:
            old_single[fits[0]] += amount
        elif fits:
            old_flow[(cap, fits)] = old_flow.get((cap, fits), 0) + amount
    return old_free, old_capped, old_single, old_flow


def _flow_rows(
    build: _Builder,
    new_column: Callable[[float, float], int],
    flow_keys: set[tuple[int, tuple[int, ...]]],
    groups: Sequence[tuple[int, tuple[int, ...]]],
    gid: npt.NDArray[np.int32],
    ks: IntArray,
    credit: FloatArray,
    old_flow: dict[tuple[int, tuple[int, ...]], int],
    areas: Sequence[int],
    limits: Sequence[int],
) -> None:
    """Credit of groups fitting several areas (or capped), placed in areas by flow columns."""
    placed: dict[int, list[int]] = {}
    group_number = {key: number for number, key in enumerate(groups)}
    for key in sorted(flow_keys):
        cap, fits = key
        row = build.row(-np.inf, float(old_flow.get(key, 0)))
        if key in group_number:
            mine = gid == group_number[key]
            build.add(row, ks[mine], -credit[mine])
        for r in fits:
            y = new_column(0.0, np.inf)
            build.add(row, np.array([y]), 1.0)
            build.add(areas[r], np.array([y]), 1.0)
            if cap >= 0:
                placed.setdefault(cap, []).append(y)
    for cap, ys in placed.items():
        build.add(build.row(-np.inf, float(limits[cap])), np.array(ys), 1.0)


def objective(problem: Problem, solution: Solution) -> int:
    """The cost a solution minimises, in cents (prices plus the value of its hours)."""
    direct = problem.direct()
    value = 0
    for k, times in solution.options:
        u = int(problem.option_unit[k])
        own = int(problem.price[u]) if direct[u] else 0
        value += times * (own + int(problem.extra_cents[u]))
    value += sum(int(problem.price[u]) * times for u, times in solution.bought)
    value += sum(int(problem.bundle_price[b]) for b in solution.bundles)
    return value


def hours_of(problem: Problem, solution: Solution) -> int:
    """Hundredths of hours of the items a solution takes."""
    return sum(int(problem.hours[problem.option_unit[k]]) * times for k, times in solution.options)
