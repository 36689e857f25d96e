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
from typing import Any, Literal

from cetrack.core.engine import MET, evaluate_credential
from cetrack.core.ledger import Activity, Ledger
from cetrack.core.planner.contribution import (
    TOTAL,
    CredentialGaps,
    Gap,
    item_activity,
    item_dates,
)
from cetrack.core.planner.milp import Solution
from cetrack.core.planner.problem import Problem, period_start
from cetrack.core.units import format_credit, from_hundredths

PlanStatus = Literal["optimal", "feasible", "infeasible", "time_limit"]
"""optimal: the cheapest plan (MILP); feasible: a plan, optimality not claimed (the greedy
baseline); infeasible: no plan closes every gap (the explanation says which and why);
time_limit: the best plan found when time ran out (possibly none)."""


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


@dataclass(frozen=True, slots=True)
class Purchase:
    id: str
    title: str
    price: Decimal
    unlocks: tuple[str, ...] = ()  # planned items it unlocks (packages and conferences)


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

    @property
    def ok(self) -> bool:
        return self.status in ("optimal", "feasible", "time_limit") and self.confirmed


def money(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def dollars(value: Decimal) -> str:
    """ "$51", "$12.50"."""
    return f"${value:,.2f}" if value != value.to_integral() else f"${value:,.0f}"


def _hours(hundredths: int) -> Decimal:
    return from_hundredths(hundredths)


def _covered(gaps: CredentialGaps) -> int:
    assert gaps.required is not None
    return max(gaps.required - gaps.missing, 0)


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
    settings = problem.settings
    as_of = settings.as_of
    # Members of each unit, in order: the first ones bought alone, the rest via a package.
    next_member = [0] * problem.units
    alone_left = dict(solution.bought)
    taken: list[tuple[int, int, int]] = []  # (item, unit, period)
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
    suggested = _suggested_dates(problem, taken)
    bought_bundles = set(solution.bundles)
    person = ledger.person
    licence = next((c.license_number for c in ledger.credentials if c.license_number), None)

    planned: list[tuple[int, int, Activity, date | None]] = []
    for i, u, _period in taken:
        item = problem.items[i]
        dates = item_dates(item)
        shown = dates[1] if dates else suggested.get(i)
        activity = item_activity(item, shown or as_of, person, license_number=licence)
        assert activity is not None
        planned.append((i, u, activity, shown))

    # The engine's verdict, credential by credential, with what is done by its deadline.
    past = sorted((a for a in ledger.activities if a.end <= as_of), key=lambda a: (a.end, a.id))
    coverage: dict[str, tuple[int, int]] = {}
    rows: list[CredentialCoverage] = []
    counted_for: dict[str, list[str]] = {}
    confirmed = True
    for target in gaps:
        if target.required is None:
            continue
        before = _covered(target)
        after, status_after, missing_after = before, target.status, target.gaps
        if target.plannable and target.book is not None and target.check_date is not None:
            assert target.deadline is not None
            extra = [a for _i, _u, a, _d in planned if a.end <= target.deadline]
            activities = sorted([*past, *extra], key=lambda a: (a.end, a.id))
            result = evaluate_credential(
                target.credential, activities, person, target.check_date, target.book
            )
            mine = {a.id for a in extra}
            for counted in result.counted:
                if counted.activity in mine:
                    ids = counted_for.setdefault(counted.activity, [])
                    if target.id not in ids:
                        ids.append(target.id)
            assert result.required is not None
            after = max(result.required - (result.missing or 0), 0)
            status_after = result.status
            missing_after = tuple(
                Gap(r.id, r.name, r.required, r.earned, r.missing)
                for r in result.requirements
                if r.missing > 0
            ) + (
                (
                    Gap(
                        TOTAL,
                        "Total",
                        result.required,
                        result.earned,
                        result.required - result.earned,
                    ),
                )
                if result.required > result.earned
                else ()
            )
            if target.is_open and (result.missing or 0) > 0:
                confirmed = False
        coverage[target.id] = (before, after)
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
            )
        )

    deadline_of = {t.id: t.deadline for t in gaps}
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
                hours=_hours(int(problem.hours[u])),
                kind=item.kind,
                format=item.format,
            )
        )
    items.sort(key=lambda p: (p.date or p.by or date.max, p.date is None, p.id))
    purchases: list[Purchase] = []
    for b in sorted(bought_bundles, key=lambda b: problem.bundles[b].id):
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
        if entry.via is None and entry.price > 0:
            purchases.append(Purchase(entry.id, entry.title, entry.price))
    cost = money(solution.cost)
    hours = sum((p.hours for p in items), Decimal(0))
    schedule = _schedule(items)
    lines = list(explanation)
    if problem.targets and not confirmed and status != "infeasible":
        lines.append(
            "warning: the engine does not confirm that this plan closes every gap; please "
            "report it (a planner bug)"
        )
    return Plan(
        status=status,
        cost=cost,
        hours=hours,
        purchases=tuple(p.id for p in purchases),
        items=tuple(items),
        coverage=coverage,
        explanation=tuple(lines),
        schedule=schedule,
        credentials=tuple(rows),
        bought=tuple(purchases),
        as_of=as_of,
        method=method,
        confirmed=confirmed and status != "infeasible",
        seconds=seconds,
        stats=dict(problem.stats),
    )


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


# -- output ----------------------------------------------------------------------------------


def _number(value: Decimal | int) -> int | float:
    if isinstance(value, int):
        return value
    return int(value) if value == value.to_integral() else float(value)


def _credit_number(hundredths: int) -> int | float:
    whole, frac = divmod(hundredths, 100)
    return whole if not frac else hundredths / 100


def plan_json(plan: Plan) -> dict[str, Any]:
    """The plan as JSON-ready data: status, cost, hours, purchases, items, coverage (in each
    rule set's unit) and explanation."""
    items: list[dict[str, Any]] = []
    for entry in plan.items:
        row: dict[str, Any] = {"id": entry.id, "title": entry.title, "price": _number(entry.price)}
        if entry.date is not None:
            row["date"] = entry.date.isoformat()
        row["credentials"] = list(entry.credentials)
        items.append(row)
    return {
        "status": plan.status,
        "cost": _number(plan.cost),
        "hours": _number(plan.hours),
        "purchases": list(plan.purchases),
        "items": items,
        "coverage": {
            credential: {"before": _credit_number(before), "after": _credit_number(after)}
            for credential, (before, after) in plan.coverage.items()
        },
        "explanation": list(plan.explanation),
    }


STATUS_WORDS = {
    "optimal": "cheapest plan",
    "feasible": "a plan (cheapest credit first; not necessarily the cheapest)",
    "infeasible": "NO PLAN closes every gap",
    "time_limit": "best plan found before the time limit (may not be the cheapest)",
}


def render_plan_text(plan: Plan) -> str:
    """A readable plan: coverage per credential, the schedule by month, purchases, total."""
    head = f"Renewal plan — {STATUS_WORDS.get(plan.status, plan.status)}"
    if plan.as_of:
        head += f" (as of {plan.as_of})"
    lines = [head, ""]
    if plan.credentials:
        lines.append("Credentials:")
        for row in plan.credentials:
            deadline = f", due {row.deadline} ({row.deadline_basis})" if row.deadline else ""
            lines.append(f"  {row.credential} [{row.rules}]{deadline}")
            missing = ", ".join(
                f"{g.name if g.requirement != TOTAL else 'total'} {format_credit(g.missing)}"
                for g in row.missing_before
            )
            lines.append(
                f"    before: {format_credit(row.before)} of {format_credit(row.required)} "
                f"{row.unit}" + (f" — missing {missing}" if missing else " — met")
            )
            verdict = "met" if row.status_after == MET else row.status_after.replace("_", " ")
            lines.append(
                f"    after:  {format_credit(row.after)} of {format_credit(row.required)} "
                f"{row.unit} — {verdict} (engine)"
            )
        lines.append("")
    by_id = {p.id: p for p in plan.items}
    if plan.schedule:
        lines.append("Schedule:")
        for label, ids in plan.schedule:
            lines.append(f"  {label}")
            for ident in ids:
                entry = by_id[ident]
                when = f"{entry.date}  " if entry.date else ""
                paid = f"via {entry.via}" if entry.via else dollars(entry.price)
                lines.append(
                    f"    {when}{entry.title} [{entry.id}] — {format_credit(int(entry.hours * 100))} h, "
                    f"{paid}; counts for {', '.join(entry.credentials) or '—'}"
                )
        lines.append("")
    if plan.bought:
        lines.append("Purchases:")
        for purchase in plan.bought:
            tail = f" — unlocks {', '.join(purchase.unlocks)}" if purchase.unlocks else ""
            lines.append(f"  {dollars(purchase.price):>10}  {purchase.title} [{purchase.id}]{tail}")
        lines.append("")
    if plan.status == "infeasible":
        lines.append("No plan: see why below.")
    else:
        lines.append(
            f"Total cost: {dollars(plan.cost)}; time: {format_credit(int(plan.hours * 100))} hours"
        )
    if plan.explanation:
        lines.append("")
        lines.extend(f"- {line}" for line in plan.explanation)
    return "\n".join(lines) + "\n"
