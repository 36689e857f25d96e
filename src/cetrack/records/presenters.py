"""What the pages show, computed from one engine evaluation: plain values for the templates."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from cetrack.core.engine import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    UNVERIFIED,
    CredentialEvaluation,
    LedgerEvaluation,
    Progress,
    RequirementResult,
)
from cetrack.core.names import topic_name as topic_name  # the pages' one topic name
from cetrack.core.rules.schema import Source
from cetrack.core.units import format_credit, from_hundredths

STATUS_LABELS = {
    MET: "Met",
    NOT_MET: "Not met",
    NOT_APPLICABLE: "No CE required",
    UNVERIFIED: "Unverified — confirm before relying on it",
}

CONFIDENCE_LABELS = {
    "official": "Figures from the rule-maker's own text",
    "secondary": "Figures from secondary sources",
    "unverified": "Figures not confirmed",
}


def credit(hundredths: int | None) -> str:
    return "—" if hundredths is None else format_credit(hundredths)


UNIT_WORDS = {
    "hours": ("hour", "hours"),
    "points": ("point", "points"),
    "minutes": ("minute", "minutes"),
    "ceu": ("CEU", "CEU"),
    "semester_hours": ("semester hour", "semester hours"),
    "quarter_hours": ("quarter hour", "quarter hours"),
}


def quantity(value: Decimal, unit: str) -> str:
    """'1 point', '1.5 points', '3 semester hours'."""
    one, many = UNIT_WORDS.get(unit, (unit, unit))
    return f"{value.normalize():f} {one if value == 1 else many}"


def amount_text(hundredths: int, unit: str) -> str:
    return quantity(from_hundredths(hundredths), unit)


def percent(earned: int, required: int | None) -> int:
    if not required:
        return 100
    return max(0, min(100, earned * 100 // required))


@dataclass
class Bar:
    name: str
    earned: str
    required: str
    missing: str
    percent: int
    status: str
    note: str | None


@dataclass
class CredentialCard:
    pk: int | None
    ledger_id: str
    rules: str
    name: str
    status: str
    status_label: str
    unit: str
    earned: str  # the credit counting toward the requirement (CredentialEvaluation.progress)
    required: str
    missing: str
    percent: int
    bars: list[Bar]
    window: Any
    deadlines: Any
    days_left: int | None
    declaration_open: bool
    findings: list[Any]
    blocking: int
    messages: list[str]
    unverified_sources: list[Source]
    sources: list[Source]
    counted: list[dict[str, Any]] = field(default_factory=list)
    excluded: list[dict[str, Any]] = field(default_factory=list)
    surplus: str | None = None  # earned beyond what counts now, shown labelled as surplus
    confidence: str = "official"
    confidence_label: str = CONFIDENCE_LABELS["official"]
    to_confirm: list[str] = field(default_factory=list)


def _bar(result: RequirementResult) -> Bar:
    return Bar(
        name=result.name,
        earned=credit(result.earned),
        required=credit(result.required),
        missing=credit(result.missing),
        percent=percent(result.earned, result.required),
        status=result.status,
        note=result.note,
    )


def card(result: CredentialEvaluation, pk: int | None, as_of: date) -> CredentialCard:
    deadlines = result.deadlines
    weak = [s for s in result.sources if s.confidence != "official"]
    opens, closes = deadlines.declaration_opens, deadlines.declaration_closes
    progress = result.progress
    counted = progress.counted if progress is not None else result.earned
    return CredentialCard(
        pk=pk,
        ledger_id=result.credential.id,
        rules=result.credential.rules,
        name=result.book.name if result.book else result.credential.rules,
        status=result.status,
        status_label=STATUS_LABELS.get(result.status, result.status),
        unit=result.unit,
        earned=credit(counted),
        required=credit(result.required),
        missing=credit(result.missing),
        percent=progress.percent if progress is not None else 0,
        bars=[_bar(r) for r in result.requirements],
        window=result.window,
        deadlines=deadlines,
        days_left=deadlines.days_left,
        declaration_open=bool(opens and closes and opens <= as_of <= closes),
        findings=list(result.findings),
        blocking=sum(1 for f in result.findings if f.severity == "error"),
        messages=list(result.messages),
        unverified_sources=weak if result.status == UNVERIFIED or weak else [],
        sources=list(result.sources),
        surplus=_surplus_note(progress, result.unit),
        confidence=result.confidence,
        confidence_label=CONFIDENCE_LABELS[result.confidence],
        to_confirm=list(result.to_confirm),
    )


def _surplus_note(progress: Progress | None, unit: str) -> str | None:
    """Earned credit beyond what counts now, always labelled as such."""
    if progress is None or not progress.surplus:
        return None
    more = amount_text(progress.surplus, unit)
    if progress.missing:
        return f"{more} more earned, which counts once the missing areas are filled"
    return f"{more} surplus beyond the requirement"


def cards(evaluation: LedgerEvaluation, pks: dict[str, int]) -> list[CredentialCard]:
    return [card(c, pks.get(c.credential.id), evaluation.as_of) for c in evaluation.credentials]


@dataclass
class NextDeadline:
    name: str
    day: date
    days_left: int
    missing: str
    unit: str
    status: str


def next_deadline(items: Iterable[CredentialCard], as_of: date) -> NextDeadline | None:
    """The soonest cycle end still ahead among credentials that need CE."""
    ahead = [
        c
        for c in items
        if c.deadlines.cycle_end and c.deadlines.cycle_end >= as_of and c.status != NOT_APPLICABLE
    ]
    if not ahead:
        return None
    soonest = min(ahead, key=lambda c: c.deadlines.cycle_end)
    return NextDeadline(
        name=soonest.name,
        day=soonest.deadlines.cycle_end,
        days_left=(soonest.deadlines.cycle_end - as_of).days,
        missing=soonest.missing,
        unit=soonest.unit,
        status=soonest.status,
    )


@dataclass
class Verdict:
    """How one activity fared in one credential."""

    credential: str
    counted: bool
    text: str


def verdicts(evaluation: LedgerEvaluation) -> dict[str, list[Verdict]]:
    """Per activity ledger id: why it counted (credit and area) or why not, per credential."""
    out: dict[str, list[Verdict]] = {}
    for result in evaluation.credentials:
        name = result.book.name if result.book else result.credential.rules
        per_activity: dict[str, list[str]] = {}
        for counted in result.counted:
            area = next((r.name for r in result.requirements if r.id == counted.requirement), None)
            part = amount_text(counted.credit, result.unit)
            per_activity.setdefault(counted.activity, []).append(
                f"{part} toward {area}" if area else part
            )
        bases = dict(result.bases)
        for activity, parts in per_activity.items():
            text = "; ".join(parts)
            if activity in bases:
                text += f" — from {bases[activity]}"
            out.setdefault(activity, []).append(Verdict(name, True, text))
        for excluded in result.excluded:
            out.setdefault(excluded.activity, []).append(Verdict(name, False, excluded.reason))
    return out


def activity_findings(evaluation: LedgerEvaluation) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for result in evaluation.credentials:
        for finding in result.findings:
            if finding.activity:
                out.setdefault(finding.activity, []).append(finding)
    return out
