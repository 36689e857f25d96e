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
from dataclasses import dataclass
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
"""HiGHS presolve: off. On these models it costs more than it saves (its substitutions make
the cost row of phase 2 dense)."""


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

    @property
    def empty(self) -> bool:
        return self.row_lower.size == 0


def _model(problem: Problem, *, budget: bool, hours: bool, only: Sequence[int] | None) -> _Model:
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
    money[:k_options] = opt_cents + problem.hour_cents[unit].astype(np.float64)
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
    extra: list[tuple[float, float]] = []  # continuous columns: (lower, upper)

    def new_column(low: float, high: float) -> int:
        extra.append((low, high))
        return columns + len(extra) - 1

    for j in range(problem.width) if only is None else only:
        _credential_rows(problem, j, build, new_column)

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
    return _Model(
        matrix=build.matrix(columns + n_extra).tocsr(),
        row_lower=np.array(build.lower, dtype=np.float64),
        row_upper=np.array(build.upper, dtype=np.float64),
        money=np.r_[money, np.zeros(n_extra)],
        time_cost=np.r_[time_cost, np.zeros(n_extra)],
        upper=np.r_[upper, [high for _, high in extra]],
        integral=np.r_[np.ones(columns), np.zeros(n_extra)],
        opt_cents=opt_cents,
        buy_column=buy_column,
        bundle_base=bundle_base,
        columns=columns,
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
    matrix, row_lower, row_upper = model.matrix, model.row_lower, model.row_upper
    money, time_cost = model.money, model.time_cost
    lower = np.zeros(money.size)

    def run(objective: FloatArray, rel_gap: float | None, seconds: float) -> Any:
        options: dict[str, float | bool] = {
            "time_limit": max(seconds, 0.05),
            "presolve": PRESOLVE,
            "disp": False,
        }
        if rel_gap is not None:
            options["mip_rel_gap"] = rel_gap
        return milp(
            c=objective,
            integrality=model.integral,
            bounds=Bounds(lower, model.upper),
            constraints=LinearConstraint(matrix, row_lower, row_upper),
            options=options,
        )

    first_started = time.perf_counter()
    left = time_limit - (first_started - started)
    result = run(time_cost if minimise == "hours" else money, gap, left)
    status_code, x, message = int(result.status), result.x, str(result.message)
    if tie_break and minimise != "hours" and status_code == 0 and x is not None:
        # Phase 2: fewest hours among the plans of least cost, in at most as long again as
        # phase 1 took. The cost stays optimal if time runs out; the hours are then phase 1's.
        best = float(np.rint(money @ np.rint(x)))
        matrix = vstack([matrix, csr_array(money.reshape(1, -1))]).tocsr()
        row_lower = np.r_[row_lower, -np.inf]
        row_upper = np.r_[row_upper, best + 0.5]
        spent = time.perf_counter() - first_started
        left = time_limit - (time.perf_counter() - started)
        second = run(time_cost, None, min(left, max(spent, TIE_BREAK_SECONDS)))
        if second.x is not None and float(np.rint(money @ np.rint(second.x))) <= best:
            x = second.x
    seconds = time.perf_counter() - started
    if x is None:
        status = "no_plan" if status_code == 1 else "infeasible"
        return Solution(status, (), (), (), 0, seconds, message)
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
    status = "optimal" if status_code == 0 else "time_limit"
    return Solution(status, chosen, bought, bundles, cents, seconds, message)


def _credential_rows(
    problem: Problem, j: int, build: _Builder, new_column: Callable[[float, float], int]
) -> None:
    """The allocation constraints of credential j (module docstring)."""
    target = problem.targets[j]
    assert target.required is not None
    limits = target.cap_limits
    minimums = target.minimums
    groups = problem.groups[j]
    ks = np.nonzero(problem.counts[:, j])[0]
    units = problem.option_unit[ks]
    credit = problem.credit[units, j].astype(np.float64)
    gid = problem.group[units, j]

    # Earned credit as constants.
    old_free = 0
    old_capped = [0] * len(limits)
    old_single = [0] * len(minimums)
    old_flow: dict[tuple[int, tuple[int, ...]], int] = {}
    for amount, cap, fits in target.old:
        if cap >= 0:
            old_capped[cap] += amount
        else:
            old_free += amount
        if len(fits) == 1 and cap < 0:
            old_single[fits[0]] += amount
        elif fits:
            old_flow[(cap, fits)] = old_flow.get((cap, fits), 0) + amount

    group_cap = np.array([g[0] for g in groups] + [-1], dtype=np.int64)
    group_single = np.array(
        [g[1][0] if len(g[1]) == 1 and g[0] < 0 else -1 for g in groups] + [-1], dtype=np.int64
    )
    group_flow = np.array([bool(g[1]) and (len(g[1]) > 1 or g[0] >= 0) for g in groups] + [False])
    cap_of = group_cap[gid]

    # Total, with one counted-credit column per cap in use.
    total = build.row(float(target.required - old_free), np.inf)
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

    if not minimums:
        return
    areas = [build.row(float(m - old_single[r]), np.inf) for r, m in enumerate(minimums)]
    single = group_single[gid]
    for r, row in enumerate(areas):
        mine = single == r
        build.add(row, ks[mine], credit[mine])
    flow_keys = {groups[g] for g in np.unique(gid) if group_flow[g]} | set(old_flow)
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
        value += times * (own + int(problem.hour_cents[u]))
    value += sum(int(problem.price[u]) * times for u, times in solution.bought)
    value += sum(int(problem.bundle_price[b]) for b in solution.bundles)
    return value


def hours_of(problem: Problem, solution: Solution) -> int:
    """Hundredths of hours of the items a solution takes."""
    return sum(int(problem.hours[problem.option_unit[k]]) * times for k, times in solution.options)
