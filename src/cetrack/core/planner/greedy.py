"""The baseline: cheapest credit first.

Repeatedly take whatever costs least per hundredth of credit still needed: an item at its
price over the missing credit it would close (summed over the credentials it counts for), or a
package or conference at its price over the missing credit everything it unlocks would close.
Items a bought package unlocks then cost nothing. Within the budget and the hours per week;
stop when every gap is closed (a plan) or nothing left helps (no plan).

It is what a person does by hand, and it can be far from the cheapest plan: it does not see
that a conference covering two gaps at once beats two separate cheap courses, nor that an
early cheap purchase makes a later one unnecessary. The MILP (milp.py) never does worse.
"""

from __future__ import annotations

import time

import numpy as np
import numpy.typing as npt
from scipy.sparse import csr_array  # type: ignore[import-untyped]

from cetrack.core.allocation import Item, allocate
from cetrack.core.planner.contribution import counted_credit
from cetrack.core.planner.milp import Solution
from cetrack.core.planner.problem import Problem

FloatArray = npt.NDArray[np.float64]


class _State:
    """Per credential: the credit taken so far and what is still missing."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.items: list[list[Item]] = [list(t.old) for t in problem.targets]
        self.refresh()

    def refresh(self) -> None:
        self.areas: list[list[int]] = []
        self.total: list[int] = []
        self.room: list[list[int]] = []
        self.deficit: list[int] = []
        for j, target in enumerate(self.problem.targets):
            assert target.required is not None
            limits = target.cap_limits
            minimums = target.minimums
            covered = allocate(self.items[j], minimums, limits).covered if minimums else ()
            areas = [m - c for m, c in zip(minimums, covered, strict=True)]
            counted = counted_credit(self.items[j], limits)
            capped = [0] * len(limits)
            for credit, cap, _fits in self.items[j]:
                if cap >= 0:
                    capped[cap] += credit
            self.areas.append(areas)
            self.total.append(max(target.required - counted, 0))
            self.room.append([max(lim - c, 0) for lim, c in zip(limits, capped, strict=True)])
            self.deficit.append(max(self.total[j], sum(areas)))

    @property
    def closed(self) -> bool:
        return not any(self.deficit)

    def gains(self, options: npt.NDArray[np.int64]) -> FloatArray:
        """Deficit each option would close on its own (summed over credentials)."""
        problem = self.problem
        gain = np.zeros(options.size, dtype=np.float64)
        items = problem.option_unit[options]
        for j in range(problem.width):
            if not self.deficit[j]:
                continue
            groups = problem.groups[j]
            need = np.array(
                [sum(self.areas[j][r] for r in fits) for _cap, fits in groups] + [0],
                dtype=np.int64,
            )
            room = np.array(
                [self.room[j][cap] if cap >= 0 else -1 for cap, _fits in groups] + [-1],
                dtype=np.int64,
            )
            counts = problem.counts[options, j]
            credit = np.where(counts, problem.credit[items, j], 0)
            gid = problem.group[items, j]
            counted = np.where(room[gid] >= 0, np.minimum(credit, room[gid]), credit)
            total, areas = self.total[j], sum(self.areas[j])
            new_total = total - np.minimum(counted, total)
            new_areas = areas - np.minimum(credit, need[gid])
            gain += max(total, areas) - np.maximum(new_total, new_areas)
        return gain

    def take(self, option: int) -> None:
        problem = self.problem
        i = int(problem.option_unit[option])
        for j in range(problem.width):
            if problem.counts[option, j]:
                cap, fits = problem.groups[j][int(problem.group[i, j])]
                self.items[j].append((int(problem.credit[i, j]), cap, fits))
        self.refresh()


def greedy(problem: Problem) -> Solution:
    """Cheapest credit first (module docstring). Status "feasible" when every gap is closed,
    "infeasible" when it gets stuck."""
    started = time.perf_counter()
    state = _State(problem)
    units = problem.option_unit
    taken = np.zeros(problem.units, dtype=np.int64)
    paid = np.zeros(problem.units, dtype=np.int64)  # members bought alone
    bundle_bought = np.zeros(len(problem.bundles), dtype=bool)
    unlocked = np.zeros(problem.units, dtype=bool)
    direct = problem.direct()
    budget = problem.settings.budget_cents
    spent = 0
    used = [0] * len(problem.periods)
    limits = problem.period_hours
    chosen: dict[int, int] = {}
    bought: list[int] = []
    option_hours = problem.hours[units]
    # Each unit's first option (earliest period), and which units each package unlocks.
    first_option = np.zeros(problem.units, dtype=np.int64)
    order = np.lexsort((problem.option_period, units))
    starts = np.searchsorted(units[order], np.arange(problem.units), side="left")
    first_option[:] = order[np.minimum(starts, max(units.size - 1, 0))] if units.size else 0
    rows = [b for b, members in enumerate(problem.bundle_units) for _ in members]
    cols = [u for members in problem.bundle_units for u in members]
    incidence = csr_array(
        (np.ones(len(rows)), (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64))),
        shape=(len(problem.bundles), problem.units),
    )
    while not state.closed:
        alive = np.nonzero(taken[units] < problem.count[units])[0]
        # What each option costs now: its price, nothing if a bought package unlocks it.
        own = problem.price[units[alive]]
        price = np.where(unlocked[units[alive]], 0, own)
        ok = price >= 0
        if budget is not None:
            ok &= price <= budget - spent
        if limits is not None:
            for p, limit in enumerate(limits):
                inside = problem.option_period[alive] <= p
                ok &= ~inside | (used[p] + option_hours[alive] <= limit)
        alive, price = alive[ok], price[ok]
        # An item of unstated price costs the optimiser's penalty (problem.unstated_penalty).
        weighed = price + np.where(problem.unstated[units[alive]], problem.penalty, 0)
        best_ratio, best = np.inf, -1
        is_bundle = False
        if alive.size:
            gain = state.gains(alive)
            useful = gain > 0
            if useful.any():
                ratio = np.where(useful, weighed / np.maximum(gain, 1), np.inf)
                tie = np.where(useful, option_hours[alive] / np.maximum(gain, 1), np.inf)
                pick = int(np.lexsort((tie, ratio))[0])
                best_ratio, best = float(ratio[pick]), int(alive[pick])
        if len(problem.bundles):
            fresh = np.where(unlocked, 0, problem.count - taken)
            bundle_gain = _bundle_gains(state, incidence, first_option, fresh)
            affordable = ~bundle_bought & (bundle_gain > 0)
            if budget is not None:
                affordable &= problem.bundle_price <= budget - spent
            if affordable.any():
                ratio_b = np.where(
                    affordable, problem.bundle_price / np.maximum(bundle_gain, 1e-9), np.inf
                )
                b = int(np.argmin(ratio_b))
                if ratio_b[b] < best_ratio:
                    best_ratio, best, is_bundle = float(ratio_b[b]), b, True
        if best < 0:
            break
        if is_bundle:
            bundle_bought[best] = True
            bought.append(best)
            spent += int(problem.bundle_price[best])
            unlocked[list(problem.bundle_units[best])] = True
            continue
        u = int(units[best])
        if not unlocked[u]:
            spent += int(problem.price[u])
            if not direct[u]:
                paid[u] += 1
        taken[u] += 1
        chosen[best] = chosen.get(best, 0) + 1
        if limits is not None:
            for q in range(int(problem.option_period[best]), len(limits)):
                used[q] += int(option_hours[best])
        state.take(best)
    seconds = time.perf_counter() - started
    status = "feasible" if state.closed else "infeasible"
    return Solution(
        status,
        tuple(sorted(chosen.items())),
        tuple((int(u), int(paid[u])) for u in np.nonzero(paid)[0]),
        tuple(bought),
        spent,
        seconds,
    )


def _bundle_gains(
    state: _State,
    incidence: csr_array,
    first_option: npt.NDArray[np.int64],
    fresh: npt.NDArray[np.int64],
) -> FloatArray:
    """Deficit everything each package unlocks would close: the members not yet taken of the
    units it unlocks (`fresh` per unit; each unit in its first option, the earliest period)."""
    problem = state.problem
    gain = np.zeros(incidence.shape[0], dtype=np.float64)
    for j in range(problem.width):
        if not state.deficit[j]:
            continue
        groups = problem.groups[j]
        credit = np.where(problem.counts[first_option, j], problem.credit[:, j], 0)
        amount = credit * fresh
        gid = problem.group[:, j]
        need = np.array(
            [sum(state.areas[j][r] for r in fits) for _cap, fits in groups] + [0], dtype=np.int64
        )
        cap = np.array([c for c, _fits in groups] + [-1], dtype=np.int64)[gid]
        placed = incidence @ np.minimum(amount, need[gid]).astype(np.float64)
        counted = incidence @ np.where(cap < 0, amount, 0).astype(np.float64)
        for c, room in enumerate(state.room[j]):
            counted += np.minimum(incidence @ np.where(cap == c, amount, 0).astype(float), room)
        total, areas = state.total[j], sum(state.areas[j])
        after = np.maximum(total - np.minimum(counted, total), areas - np.minimum(placed, areas))
        gain += max(total, areas) - after
    return gain
