"""Plans: what to buy and take, when, what it costs, and what the engine says it achieves.

A solver's choice becomes a `Plan` here. The chosen items are added to the ledger as the
activities they would become, and every credential is evaluated again by the engine: the
coverage and verdicts a plan shows come from the engine, never from the optimiser.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from cetrack.core.catalogue.entry import item_dates
from cetrack.core.catalogue.occurrence import expected_text
from cetrack.core.engine import CredentialEvaluation, evaluate_credential
from cetrack.core.ledger import Activity, Ledger
from cetrack.core.planner.contribution import (
    CredentialGaps,
    Gap,
    gaps_of,
    item_activity,
)
from cetrack.core.planner.milp import Solution
from cetrack.core.planner.problem import Problem, period_start
from cetrack.core.units import from_hundredths

PlanStatus = Literal["optimal", "feasible", "partial", "infeasible", "time_limit"]
"""optimal: the cheapest plan closing every gap (MILP); feasible: a plan closing every gap,
optimality not claimed (the greedy baseline); partial: not every gap can be closed — the plan
closes as much of the missing credit as possible, nearest deadline first, then at least cost,
and `gaps_left` says why each open gap stays open and what would close it; infeasible: the
greedy baseline got stuck; time_limit: the best plan found when time ran out (possibly none)."""


@dataclass(frozen=True, slots=True)
class PlannedItem:
    id: str
    title: str
    price: Decimal  # paid for this item itself; 0 when a bought package unlocks it
    date: dt.date | None  # event date or suggested completion; None: any time before `by`
    credentials: tuple[str, ...]  # credential ids it counts toward (from the engine)
    by: dt.date | None = None  # the earliest deadline among those credentials
    via: str | None = None  # the package or conference that unlocks it
    hours: Decimal = Decimal(0)
    kind: str = ""
    format: str = ""
    price_stated: bool = True  # False: the catalogue states no price ("price not stated — check")
    expected: str = ""  # "expected in July 2027" when `date` is a projected occurrence


@dataclass(frozen=True, slots=True)
class Purchase:
    id: str
    title: str
    price: Decimal
    unlocks: tuple[str, ...] = ()  # planned items it unlocks (packages and conferences)
    price_stated: bool = True


@dataclass(frozen=True, slots=True)
class CredentialCoverage:
    """One credential before and after the plan, as the engine evaluates it. `before`/`after`
    are the credit toward the requirement (required minus the engine's missing), hundredths."""

    credential: str
    rules: str
    name: str
    unit: str
    required: int
    before: int
    after: int
    status_before: str
    status_after: str
    deadline: date | None
    deadline_basis: str
    missing_before: tuple[Gap, ...]
    missing_after: tuple[Gap, ...]
    note: str | None = None
    surplus_before: int = 0  # earned credit beyond what counts (engine's Progress.surplus)
    surplus_after: int = 0


@dataclass(frozen=True, slots=True)
class GapLeft:
    """One requirement a plan leaves open (the engine's verdict on the plan), why, and the
    catalogue items that could close it once checked (gaps.py)."""

    credential: str  # credential id
    credential_name: str
    requirement: str  # requirement id, or "total"
    name: str  # the requirement's name
    missing: int  # hundredths of `unit`, still missing with the plan
    unit: str
    reason: str
    candidates: tuple[str, ...] = ()  # catalogue item ids


@dataclass(frozen=True, slots=True)
class Plan:
    status: PlanStatus
    cost: Decimal
    hours: Decimal
    purchases: tuple[str, ...]  # ids paid for (items, packages, conferences)
    items: tuple[PlannedItem, ...]  # items to complete, in schedule order
    coverage: Mapping[str, tuple[int, int]]  # credential id -> (before, after), hundredths
    explanation: tuple[str, ...]
    schedule: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (month or "any time before D", ids)
    credentials: tuple[CredentialCoverage, ...] = ()
    bought: tuple[Purchase, ...] = ()
    as_of: date | None = None
    method: str = "milp"
    confirmed: bool = False  # the engine confirms every open gap closed
    seconds: float = 0.0
    stats: Mapping[str, int] = field(default_factory=dict)
    gaps_left: tuple[GapLeft, ...] = ()
    unpriced: tuple[str, ...] = ()  # planned ids whose price the catalogue does not state

    @property
    def ok(self) -> bool:
        return self.status in ("optimal", "feasible", "time_limit") and self.confirmed


def money(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def dollars(value: Decimal) -> str:
    """ "$51", "$12.50"."""
    return f"${value:,.2f}" if value != value.to_integral() else f"${value:,.0f}"


def _progress(result: CredentialEvaluation) -> tuple[int, int]:
    """(credit counting toward the requirement, surplus): the engine's one definition."""
    progress = result.progress
    return (progress.counted, progress.surplus) if progress is not None else (0, 0)


def _suggested_dates(problem: Problem, taken: Sequence[tuple[int, int, int]]) -> dict[int, date]:
    """Completion dates for on-demand items (item, unit, period) when hours per week are
    limited: in period order, each finishes when the hours so far fit the weekly pace (never
    after its period's end or its approval's expiry, never before the period starts)."""
    settings = problem.settings
    if settings.hours_per_week is None or settings.hours_per_week <= 0:
        return {}
    per_week = settings.hours_per_week
    dates: dict[int, date] = {}
    cumulative = 0
    for period in range(len(problem.periods)):
        events = [u for _i, u, p in taken if p == period and problem.dated[u]]
        cumulative += sum(int(problem.hours[u]) for u in events)
        for i, u, p in sorted(taken, key=lambda t: (t[2], problem.items[t[0]].id)):
            if p != period or problem.dated[u]:
                continue
            cumulative += int(problem.hours[u])
            days = math.ceil(Decimal(cumulative) * 7 / (per_week * 100))
            when = settings.as_of + timedelta(days=max(days - 1, 0))
            latest = min(problem.periods[period], date.fromordinal(int(problem.latest[u])))
            dates[i] = max(min(when, latest), period_start(problem, period))
    return dates


def assemble(
    problem: Problem,
    solution: Solution,
    gaps: Sequence[CredentialGaps],
    ledger: Ledger,
    *,
    status: PlanStatus,
    method: str,
    explanation: Sequence[str] = (),
    seconds: float = 0.0,
) -> Plan:
    """Turn a solver's choice into a Plan, confirmed by the engine."""
    as_of = problem.settings.as_of
    taken, paid_alone = _taken(problem, solution)
    suggested = _suggested_dates(problem, taken)
    licence = next((c.license_number for c in ledger.credentials if c.license_number), None)
    planned: list[tuple[int, int, Activity, date | None]] = []
    for i, u, _period in taken:
        item = problem.items[i]
        dates = item_dates(item)
        shown = dates[1] if dates else suggested.get(i)
        activity = item_activity(item, shown or as_of, ledger.person, license_number=licence)
        assert activity is not None
        planned.append((i, u, activity, shown))
    rows, counted_for, confirmed = _confirm(gaps, planned, ledger, as_of)
    deadline_of = {t.id: t.deadline for t in gaps}
    items, unlocks = _planned_items(
        problem, solution, planned, paid_alone, counted_for, deadline_of
    )
    purchases = _purchases(problem, solution, items, unlocks)
    lines = list(explanation)
    if problem.targets and not confirmed and status not in ("infeasible", "partial"):
        lines.append(
            "warning: the engine does not confirm that this plan closes every gap; please "
            "report it (a planner bug)"
        )
    unpriced = tuple(p.id for p in items if not p.price_stated)
    return Plan(
        status=status,
        cost=money(solution.cost),
        hours=sum((p.hours for p in items), Decimal(0)),
        purchases=tuple(p.id for p in purchases),
        items=tuple(items),
        coverage={row.credential: (row.before, row.after) for row in rows},
        explanation=tuple(lines),
        schedule=_schedule(items),
        credentials=tuple(rows),
        bought=tuple(purchases),
        as_of=as_of,
        method=method,
        confirmed=confirmed and status not in ("infeasible", "partial"),
        seconds=seconds,
        stats=dict(problem.stats),
        unpriced=unpriced,
    )


def _taken(problem: Problem, solution: Solution) -> tuple[list[tuple[int, int, int]], set[int]]:
    """(item, unit, period) of every member taken, and the items paid for on their own.
    Members of each unit in order: the first ones bought alone, the rest via a package."""
    next_member = [0] * problem.units
    alone_left = dict(solution.bought)
    taken: list[tuple[int, int, int]] = []
    paid_alone: set[int] = set()
    for k, times in solution.options:
        u, period = int(problem.option_unit[k]), int(problem.option_period[k])
        for _ in range(times):
            i = problem.members[u][next_member[u]]
            next_member[u] += 1
            taken.append((i, u, period))
            if not problem.ancestors[u]:
                paid_alone.add(i)
            elif alone_left.get(u, 0) > 0:
                alone_left[u] -= 1
                paid_alone.add(i)
    return taken, paid_alone


def _confirm(
    gaps: Sequence[CredentialGaps],
    planned: Sequence[tuple[int, int, Activity, date | None]],
    ledger: Ledger,
    as_of: date,
) -> tuple[list[CredentialCoverage], dict[str, list[str]], bool]:
    """The engine's verdict, credential by credential, with what is done by its deadline:
    coverage rows, the credentials each planned activity counts for, and whether every open
    gap is closed."""
    past = sorted((a for a in ledger.activities if a.end <= as_of), key=lambda a: (a.end, a.id))
    rows: list[CredentialCoverage] = []
    counted_for: dict[str, list[str]] = {}
    confirmed = True
    for target in gaps:
        if target.required is None:
            continue
        before, surplus_before = _progress(target.result)
        after, surplus_after = before, surplus_before
        status_after, missing_after = target.status, target.gaps
        if target.plannable and target.book is not None and target.check_date is not None:
            assert target.deadline is not None
            extra = [a for _i, _u, a, _d in planned if a.end <= target.deadline]
            activities = sorted([*past, *extra], key=lambda a: (a.end, a.id))
            result = evaluate_credential(
                target.credential, activities, ledger.person, target.check_date, target.book
            )
            mine = {a.id for a in extra}
            for counted in result.counted:
                if counted.activity in mine:
                    ids = counted_for.setdefault(counted.activity, [])
                    if target.id not in ids:
                        ids.append(target.id)
            after, surplus_after = _progress(result)
            status_after, missing_after = result.status, gaps_of(result)
            if target.is_open and (result.missing or 0) > 0:
                confirmed = False
        rows.append(
            CredentialCoverage(
                credential=target.id,
                rules=target.rules,
                name=target.name,
                unit=target.unit,
                required=target.required,
                before=before,
                after=after,
                status_before=target.status,
                status_after=status_after,
                deadline=target.deadline,
                deadline_basis=target.deadline_basis,
                missing_before=target.gaps,
                missing_after=missing_after,
                note=target.note,
                surplus_before=surplus_before,
                surplus_after=surplus_after,
            )
        )
    return rows, counted_for, confirmed


def _planned_items(
    problem: Problem,
    solution: Solution,
    planned: Sequence[tuple[int, int, Activity, date | None]],
    paid_alone: set[int],
    counted_for: Mapping[str, list[str]],
    deadline_of: Mapping[str, date | None],
) -> tuple[list[PlannedItem], dict[int, list[str]]]:
    bought_bundles = set(solution.bundles)
    items: list[PlannedItem] = []
    unlocks: dict[int, list[str]] = {}
    for i, u, activity, shown in planned:
        item = problem.items[i]
        via = None
        price = Decimal(0)
        if i in paid_alone:
            price = money(int(problem.price[u]))
        else:
            source = next((b for b in problem.ancestors[u] if b in bought_bundles), None)
            if source is not None:
                via = problem.bundles[source].id
                unlocks.setdefault(source, []).append(item.id)
        credentials = tuple(counted_for.get(activity.id, ()))
        ends = [deadline_of[c] for c in credentials if deadline_of.get(c) is not None]
        by = min(d for d in ends if d is not None) if ends else None
        items.append(
            PlannedItem(
                id=item.id,
                title=item.title,
                price=price,
                date=shown,
                credentials=credentials,
                by=by,
                via=via,
                hours=from_hundredths(int(problem.hours[u])),
                kind=item.kind,
                format=item.format,
                price_stated=not bool(problem.unstated[u]),
                expected=expected_text(item),
            )
        )
    items.sort(key=lambda p: (p.date or p.by or date.max, p.date is None, p.id))
    return items, unlocks


def _purchases(
    problem: Problem,
    solution: Solution,
    items: Sequence[PlannedItem],
    unlocks: Mapping[int, list[str]],
) -> list[Purchase]:
    purchases: list[Purchase] = []
    for b in sorted(set(solution.bundles), key=lambda b: problem.bundles[b].id):
        bundle = problem.bundles[b]
        purchases.append(
            Purchase(
                bundle.id,
                bundle.title,
                money(int(problem.bundle_price[b])),
                tuple(sorted(unlocks.get(b, ()))),
            )
        )
    for entry in items:
        if entry.via is None and (entry.price > 0 or not entry.price_stated):
            purchases.append(
                Purchase(entry.id, entry.title, entry.price, price_stated=entry.price_stated)
            )
    return purchases


def _schedule(items: Sequence[PlannedItem]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    groups: dict[str, list[str]] = {}
    for entry in items:
        if entry.date is not None:
            label = entry.date.strftime("%Y-%m")
        elif entry.by is not None:
            label = f"any time before {entry.by}"
        else:
            label = "any time"
        groups.setdefault(label, []).append(entry.id)
    dated = sorted((k, v) for k, v in groups.items() if not k.startswith("any"))
    open_ = sorted((k, v) for k, v in groups.items() if k.startswith("any"))
    return tuple((k, tuple(v)) for k, v in (*dated, *open_))
