"""A plan as JSON (the `cetrack plan --json` contract, docs/planner.md) and as readable text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from cetrack.core.engine import MET
from cetrack.core.planner.contribution import TOTAL
from cetrack.core.planner.plan import CredentialCoverage, Plan, PlannedItem, dollars
from cetrack.core.units import format_credit

PRICE_NOT_STATED = "price not stated — check"


def _number(value: Decimal | int) -> int | float:
    if isinstance(value, int):
        return value
    return int(value) if value == value.to_integral() else float(value)


def _credit_number(hundredths: int) -> int | float:
    whole, frac = divmod(hundredths, 100)
    return whole if not frac else hundredths / 100


def plan_json(plan: Plan) -> dict[str, Any]:
    """The plan as JSON-ready data: status, cost, hours, purchases, items, coverage (in each
    rule set's unit), explanation and gaps_left. An item whose price the catalogue does not
    state has `"price": null` (never 0); `cost` is what the priced items cost."""
    items: list[dict[str, Any]] = []
    for entry in plan.items:
        price = _number(entry.price) if entry.price_stated else None
        row: dict[str, Any] = {"id": entry.id, "title": entry.title, "price": price}
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
        "gaps_left": [
            {
                "credential": gap.credential,
                "requirement": gap.requirement,
                "name": gap.name,
                "missing": _credit_number(gap.missing),
                "reason": gap.reason,
                "candidates": list(gap.candidates),
            }
            for gap in plan.gaps_left
        ],
    }


STATUS_WORDS = {
    "optimal": "cheapest plan",
    "feasible": "a plan (cheapest credit first; not necessarily the cheapest)",
    "partial": "PARTIAL: not every gap can be closed; this plan closes as much as it can",
    "infeasible": "NO PLAN closes every gap",
    "time_limit": "best plan found before the time limit (may not be the cheapest)",
}


def _credential_lines(row: CredentialCoverage) -> list[str]:
    deadline = f", due {row.deadline} ({row.deadline_basis})" if row.deadline else ""
    lines = [f"  {row.name} [{row.credential}]{deadline}"]
    missing = ", ".join(
        f"{g.name if g.requirement != TOTAL else 'total'} {format_credit(g.missing)}"
        for g in row.missing_before
    )
    required = f"{format_credit(row.required)} {row.unit}"
    lines.append(
        f"    before: {format_credit(row.before)} of {required}"
        + (f" (surplus {format_credit(row.surplus_before)})" if row.surplus_before else "")
        + (f" — missing {missing}" if missing else " — met")
    )
    verdict = "met" if row.status_after == MET else row.status_after.replace("_", " ")
    lines.append(
        f"    after:  {format_credit(row.after)} of {required}"
        + (f" (surplus {format_credit(row.surplus_after)})" if row.surplus_after else "")
        + f" — {verdict} (engine)"
    )
    return lines


def _item_line(entry: PlannedItem) -> str:
    when = f"{entry.date}  " if entry.date else ""
    if entry.via:
        paid = f"via {entry.via}"
    elif not entry.price_stated:
        paid = PRICE_NOT_STATED
    else:
        paid = dollars(entry.price)
    expected = f" ({entry.expected}, not confirmed)" if entry.expected else ""
    return (
        f"    {when}{entry.title} [{entry.id}]{expected} — "
        f"{format_credit(int(entry.hours * 100))} h, {paid}; counts for "
        f"{', '.join(entry.credentials) or '—'}"
    )


def render_plan_text(plan: Plan) -> str:
    """A readable plan: coverage per credential, the schedule by month, purchases, total, the
    gaps left and why."""
    head = f"Renewal plan — {STATUS_WORDS.get(plan.status, plan.status)}"
    if plan.as_of:
        head += f" (as of {plan.as_of})"
    lines = [head, ""]
    if plan.credentials:
        lines.append("Credentials:")
        for row in plan.credentials:
            lines.extend(_credential_lines(row))
        lines.append("")
    by_id = {p.id: p for p in plan.items}
    if plan.schedule:
        lines.append("Schedule:")
        for label, ids in plan.schedule:
            lines.append(f"  {label}")
            lines.extend(_item_line(by_id[ident]) for ident in ids)
        lines.append("")
    if plan.bought:
        lines.append("Purchases:")
        for purchase in plan.bought:
            tail = f" — unlocks {', '.join(purchase.unlocks)}" if purchase.unlocks else ""
            price = dollars(purchase.price) if purchase.price_stated else PRICE_NOT_STATED
            lines.append(f"  {price:>10}  {purchase.title} [{purchase.id}]{tail}")
        lines.append("")
    if plan.status == "infeasible":
        lines.append("No plan: see why below.")
    else:
        lines.append(_total_line(plan))
    if plan.gaps_left:
        lines.extend(["", "Gaps left:"])
        for gap in plan.gaps_left:
            lines.append(
                f"  {gap.credential_name} — {gap.name if gap.requirement != TOTAL else 'total'} "
                f"{format_credit(gap.missing)} {gap.unit}: {gap.reason}"
            )
            if gap.candidates:
                lines.append(f"    to check: {', '.join(gap.candidates)}")
    if plan.explanation:
        lines.append("")
        lines.extend(f"- {line}" for line in plan.explanation)
    return "\n".join(lines) + "\n"


def _total_line(plan: Plan) -> str:
    hours = format_credit(int(plan.hours * 100))
    if not plan.unpriced:
        return f"Total cost: {dollars(plan.cost)}; time: {hours} hours"
    count = len(plan.unpriced)
    return (
        f"Total cost: {dollars(plan.cost)} for the priced items, plus {count} "
        f"item{'s' if count != 1 else ''} whose price is not stated — check; time: {hours} hours"
    )
