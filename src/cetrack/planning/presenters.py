"""Plain values for the planning pages: catalogue rows, a plan laid out by month, checklists.

A fact the catalogue leaves blank is shown blank (or "not stated"), never estimated.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from cetrack.core import names
from cetrack.core.catalogue.model import Catalogue, CatalogueItem
from cetrack.core.catalogue.occurrence import expected_text, next_occurrence
from cetrack.core.names import topic_name
from cetrack.core.planner import TOTAL, CredentialCoverage, GapLeft, Help, Plan
from cetrack.core.units import format_credit
from cetrack.records.presenters import amount_text, quantity

KIND_LABELS = {
    "online-course": "Online course",
    "webinar": "Webinar",
    "workshop": "Workshop",
    "conference": "Conference",
    "conference-session": "Conference session",
    "certificate-program": "Certificate programme",
    "degree-program": "Degree programme",
    "in-service": "In-service",
    "package": "Package",
    "involvement": "Professional involvement",
}
FORMAT_LABELS = {"online": "Online", "in-person": "In person", "hybrid": "Hybrid"}
PLAN_STATUS = {
    "optimal": "Cheapest plan found",
    "feasible": "A plan (not necessarily the cheapest)",
    "partial": "Not every gap can be closed from the catalogue: the best partial plan",
    "infeasible": "No plan closes every gap",
    "time_limit": "Best plan found before the time limit (may not be the cheapest)",
}
PRICE_NOT_STATED = "price not stated — check"


topic_label = topic_name  # one name per topic (core.names)


def money(value: Decimal | None) -> str:
    if value is None:
        return ""
    if value == value.to_integral():
        return f"${value:,.0f}"
    return f"${value:,.2f}"


def accreditation_name(ident: str) -> str:
    """The accreditation's name; "" for none (the source named no credit type)."""
    return "" if ident == "none" else names.accreditation_name(ident)


def dates_text(item: CatalogueItem, as_of: date | None = None) -> str:
    """The item's dates as listed; seen from `as_of`, a past edition of a yearly event also
    says when the next one is expected (not confirmed), and another past event says "past"."""
    parts = []
    if item.start and item.end and item.start != item.end:
        parts.append(f"{item.start:%-d %b %Y} – {item.end:%-d %b %Y}")
    elif item.start or item.end:
        day = item.start or item.end
        assert day is not None
        label = "deadline " if item.kind == "involvement" and not item.start else ""
        parts.append(f"{label}{day:%-d %b %Y}")
    if item.recurs == "annual" and item.usual_month:
        parts.append(f"usually in {calendar.month_name[item.usual_month]}")
    elif item.recurs == "ongoing" and not parts:
        parts.append("on demand")
    elif item.recurs and item.recurs not in ("one-time", "ongoing"):
        parts.append(item.recurs.replace("-", " "))
    if item.approval_expires:
        parts.append(f"approval until {item.approval_expires:%-d %b %Y}")
    if as_of is not None:
        ahead = next_occurrence(item, as_of)
        first = item.start or item.end
        if ahead.projected:
            parts.append(f"next {expected_text(ahead)} (not confirmed)")
        elif first is not None and first <= as_of:
            parts.append("deadline passed" if item.kind == "involvement" else "past")
    return "; ".join(parts)


def helps_text(helps: Iterable[Help], labels: Mapping[str, str]) -> list[str]:
    """ "MLS(ASCP): Blood banking 2, total 4" — one line per credential."""
    per: dict[str, list[str]] = {}
    for h in helps:
        key = f"{h.credential}/{h.requirement}"
        name = labels.get(key, h.requirement)
        if h.requirement == TOTAL:
            name = "total"
        per.setdefault(h.credential, []).append(f"{name} {format_credit(h.hundredths)}")
    return [f"{labels.get(c, c)}: {', '.join(parts)}" for c, parts in per.items()]


@dataclass
class CatalogueRow:
    item: CatalogueItem
    kind: str
    format: str
    price: str  # "" when not stated
    member_price: str
    in_package: str  # title of the cheapest item that includes it, when it has no price itself
    hours: str  # "" when not stated
    dates: str
    accreditation: str
    fills: list[str]
    planned: bool
    paid_by: str = ""  # "paid by <org>'s <provider> subscription" (cetrack.funding)


def catalogue_row(
    item: CatalogueItem,
    catalogue: Catalogue,
    helps: Mapping[str, tuple[Help, ...]],
    labels: Mapping[str, str],
    planned: set[str],
    parent: str = "",
    as_of: date | None = None,
    paid_by: str = "",
) -> CatalogueRow:
    package = catalogue.by_id.get(parent) if parent else None
    return CatalogueRow(
        item=item,
        kind=KIND_LABELS.get(item.kind, item.kind),
        format=FORMAT_LABELS.get(item.format, item.format),
        price=money(item.price),
        member_price=money(item.member_price),
        in_package=package.title if package else "",
        hours=quantity(item.amount, item.unit) if item.amount is not None else "",
        dates=dates_text(item, as_of),
        accreditation=accreditation_name(item.accreditation),
        fills=helps_text(helps.get(item.id, ()), labels),
        planned=item.id in planned,
        paid_by=paid_by,
    )


# -- plans -------------------------------------------------------------------------------------


@dataclass
class PlanEntry:
    id: str
    title: str
    when: date | None
    by: date | None
    price: str
    via: str
    hours: str
    counts_for: str
    kind: str
    format: str
    planned: bool
    price_stated: bool = True
    expected: str = ""  # "expected in July 2027": a projected date, not confirmed
    paid_by: str = ""  # $0 to this person: "paid by <org>'s <provider> subscription"


@dataclass
class CoverageRow:
    name: str
    credential: str
    unit: str
    required: str
    before: str
    after: str
    status_before: str
    status_after: str
    deadline: date | None
    deadline_basis: str
    missing_before: list[str]
    missing_after: list[str]
    percent_before: int
    percent_after: int
    note: str | None
    surplus_before: str = ""  # earned beyond what counts, labelled "surplus" on the page
    surplus_after: str = ""


@dataclass
class GapRow:
    """A requirement the plan leaves open: how much, why, and what to check."""

    credential: str  # the credential's name
    name: str
    missing: str
    reason: str
    candidates: list[tuple[str, str]]  # (item id, title)


@dataclass
class PlanView:
    status: str
    status_label: str
    ok: bool
    cost: str
    hours: str
    months: list[tuple[str, list[PlanEntry]]]
    coverage: list[CoverageRow]
    purchases: list[dict[str, Any]]
    explanation: list[str]
    item_ids: list[str] = field(default_factory=list)
    seconds: float = 0.0
    gaps_left: list[GapRow] = field(default_factory=list)
    unpriced: int = 0  # planned items whose price is not stated


def _month_label(label: str) -> str:
    """ "2026-03" -> "March 2026"; "any time before 2027-05-31" -> "Any time before 31 May 2027"."""
    head, _, day = label.rpartition(" ")
    try:
        if head:
            return f"{head[:1].upper()}{head[1:]} {date.fromisoformat(day):%-d %B %Y}"
        year, month = (int(part) for part in label.split("-"))
        return f"{calendar.month_name[month]} {year}"
    except ValueError:
        return label[:1].upper() + label[1:]


def _gap_words(gaps: Iterable[Any]) -> list[str]:
    return [
        f"{'total' if g.requirement == TOTAL else g.name} {format_credit(g.missing)}" for g in gaps
    ]


def _percent(part: int, whole: int) -> int:
    return 100 if whole <= 0 else max(0, min(100, part * 100 // whole))


def plan_view(
    plan: Plan,
    planned: set[str],
    catalogue: Catalogue | None = None,
    paid_by: Mapping[str, str] | None = None,
) -> PlanView:
    """The plan laid out for the page; `paid_by` labels the items an organisation's
    subscription pays for this person (cetrack.funding.subscriptions.paid_items_for)."""
    paid_by = paid_by or {}
    labels = {row.credential: row.name for row in plan.credentials}
    entries = {}
    for p in plan.items:
        entries[p.id] = PlanEntry(
            id=p.id,
            title=p.title,
            when=p.date,
            by=p.by,
            price=(money(p.price) if p.price_stated else PRICE_NOT_STATED) if not p.via else "",
            via=p.via or "",
            hours=f"{format_credit(int(p.hours * 100))} h",
            counts_for=", ".join(labels.get(c, c) for c in p.credentials),
            kind=KIND_LABELS.get(p.kind, p.kind),
            format=FORMAT_LABELS.get(p.format, p.format),
            planned=p.id in planned,
            price_stated=p.price_stated,
            expected=p.expected,
            paid_by=paid_by.get(p.id, ""),
        )
    months = [
        (_month_label(label), [entries[i] for i in ids if i in entries])
        for label, ids in plan.schedule
    ]
    titles = {p.id: p.title for p in plan.items}
    purchases = [
        {
            "id": b.id,
            "title": b.title,
            "price": money(b.price) if b.price_stated else PRICE_NOT_STATED,
            "unlocks": [titles.get(u, u) for u in b.unlocks],
            "planned": b.id in planned,
            "paid_by": paid_by.get(b.id, ""),
        }
        for b in plan.bought
    ]
    return PlanView(
        status=plan.status,
        status_label=PLAN_STATUS.get(plan.status, plan.status),
        ok=plan.ok,
        cost=money(plan.cost) or "$0",
        hours=format_credit(int(plan.hours * 100)),
        months=months,
        coverage=[_coverage_row(row) for row in plan.credentials],
        purchases=purchases,
        explanation=list(plan.explanation),
        item_ids=[p.id for p in plan.items],
        seconds=plan.seconds,
        gaps_left=[_gap_row(gap, catalogue) for gap in plan.gaps_left],
        unpriced=len(plan.unpriced),
    )


def _surplus(hundredths: int) -> str:
    return format_credit(hundredths) if hundredths > 0 else ""


def _coverage_row(row: CredentialCoverage) -> CoverageRow:
    return CoverageRow(
        name=row.name,
        credential=row.credential,
        unit=row.unit,
        required=format_credit(row.required),
        before=format_credit(row.before),
        after=format_credit(row.after),
        status_before=row.status_before,
        status_after=row.status_after,
        deadline=row.deadline,
        deadline_basis=row.deadline_basis,
        missing_before=_gap_words(row.missing_before),
        missing_after=_gap_words(row.missing_after),
        percent_before=_percent(row.before, row.required),
        percent_after=_percent(row.after, row.required),
        note=row.note,
        surplus_before=_surplus(row.surplus_before),
        surplus_after=_surplus(row.surplus_after),
    )


def _gap_row(gap: GapLeft, catalogue: Catalogue | None) -> GapRow:
    by_id = catalogue.by_id if catalogue is not None else {}
    return GapRow(
        credential=gap.credential_name,
        name="Total" if gap.requirement == TOTAL else gap.name,
        missing=amount_text(gap.missing, gap.unit),
        reason=gap.reason[:1].upper() + gap.reason[1:],
        candidates=[
            (ident, by_id[ident].title if ident in by_id else ident) for ident in gap.candidates
        ],
    )


# -- pathways ----------------------------------------------------------------------------------

STATUS_WORDS = {"met": "Met", "missing": "Missing", "unknown": "Unknown"}
