"""Renders evaluations as the JSON contract (dicts) and as a readable text report (strings)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from cetrack.core.engine import (
    MET,
    NOT_APPLICABLE,
    NOT_MET,
    UNVERIFIED,
    CredentialEvaluation,
    LedgerEvaluation,
)
from cetrack.core.ledger import FORMAT
from cetrack.core.rules.schema import Source
from cetrack.core.units import format_credit


def _number(hundredths: int | None) -> int | float | None:
    if hundredths is None:
        return None
    whole, frac = divmod(hundredths, 100)
    return whole if not frac else hundredths / 100


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def source_dict(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "url": str(source.url),
        "title": source.title,
        "verified_on": source.verified_on.isoformat(),
        "confidence": source.confidence,
    }


def _progress_dict(result: CredentialEvaluation) -> dict[str, Any] | None:
    """The one definition of progress: credit counting toward the requirement, and apart
    from it the surplus (earned beyond what counts now)."""
    progress = result.progress
    if progress is None:
        return None
    return {
        "counted": _number(progress.counted),
        "required": _number(progress.required),
        "missing": _number(progress.missing),
        "surplus": _number(progress.surplus),
        "percent": progress.percent,
    }


def credential_dict(result: CredentialEvaluation) -> dict[str, Any]:
    bases = dict(result.bases)
    deadlines: dict[str, Any] = {"cycle_end": _day(result.deadlines.cycle_end)}
    if result.deadlines.declaration_opens:
        deadlines["declaration_opens"] = _day(result.deadlines.declaration_opens)
        deadlines["declaration_closes"] = _day(result.deadlines.declaration_closes)
    if result.deadlines.days_left is not None:
        deadlines["days_left"] = result.deadlines.days_left
    return {
        "id": result.credential.id,
        "rules": result.credential.rules,
        "name": result.book.name if result.book else None,
        "status": result.status,
        "unit": result.unit,
        "window": (
            {
                "start": _day(result.window.start),
                "end": _day(result.window.end),
                "basis": result.window.basis,
            }
            if result.window
            else None
        ),
        "required": _number(result.required),
        "earned": _number(result.earned),
        "missing": _number(result.missing),
        "progress": _progress_dict(result),
        "confidence": result.confidence,
        "to_confirm": list(result.to_confirm),
        "requirements": [
            {
                "id": r.id,
                "name": r.name,
                "required": _number(r.required),
                "earned": _number(r.earned),
                "missing": _number(r.missing),
                "available": _number(r.available),
                "status": r.status,
                **({"note": r.note} if r.note else {}),
            }
            for r in result.requirements
        ],
        "counted": [
            {
                "activity": c.activity,
                "credit": _number(c.credit),
                "requirement": c.requirement,
                **({"source": bases[c.activity]} if c.activity in bases else {}),
            }
            for c in result.counted
        ],
        "excluded": [{"activity": e.activity, "reason": e.reason} for e in result.excluded],
        "findings": [
            {
                **({"activity": f.activity} if f.activity else {}),
                "severity": f.severity,
                "message": f.message,
            }
            for f in result.findings
        ],
        "deadlines": deadlines,
        "messages": list(result.messages),
        "sources": [source_dict(s) for s in result.sources],
    }


def evaluation_dict(evaluation: LedgerEvaluation) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "source": evaluation.source,
        "person": {"name": evaluation.person.name},
        "as_of": evaluation.as_of.isoformat(),
        "credentials": [credential_dict(c) for c in evaluation.credentials],
    }


# -- text ------------------------------------------------------------------------------------

STATUS_WORDS = {
    MET: "MET",
    NOT_MET: "NOT MET",
    NOT_APPLICABLE: "NOT APPLICABLE",
    UNVERIFIED: "UNVERIFIED — confirm before relying on it",
}

CONFIDENCE_WORDS = {
    "official": "figures from the rule-maker's own text",
    "secondary": "figures from secondary sources",
    "unverified": "figures not confirmed",
}


def _bar(earned: int, required: int, width: int = 12) -> str:
    if required <= 0:
        return " " * width
    filled = min(width, earned * width // required)
    return "#" * filled + "." * (width - filled)


def render_text(evaluation: LedgerEvaluation, titles: dict[str, str] | None = None) -> str:
    """A readable report of one ledger's evaluation."""
    titles = titles or {}
    lines = [f"{evaluation.person.name} — as of {evaluation.as_of}"]
    if evaluation.source:
        lines[0] += f"  ({evaluation.source})"
    if not evaluation.credentials:
        lines.append("  No credentials in this ledger.")
    for result in evaluation.credentials:
        lines.append("")
        lines.extend(_credential_lines(result, titles))
    return "\n".join(lines) + "\n"


def _credential_lines(result: CredentialEvaluation, titles: dict[str, str]) -> list[str]:
    name = result.book.name if result.book else result.credential.rules
    unit = result.unit
    out = [f"== {result.credential.id}: {name} [{result.credential.rules}]"]
    status = STATUS_WORDS.get(result.status, result.status)
    confidence = CONFIDENCE_WORDS[result.confidence]
    progress = result.progress
    if progress is not None and result.status != NOT_APPLICABLE:
        out.append(
            f"   Status: {status} — {format_credit(progress.counted)} of "
            f"{format_credit(progress.required)} {unit}"
            + (f", {format_credit(progress.missing)} missing" if progress.missing else "")
            + f" ({confidence})"
        )
        if progress.surplus:
            out.append(
                f"   Surplus: {format_credit(progress.surplus)} {unit} earned beyond what counts"
                + (" until the missing areas are filled" if progress.missing else "")
            )
    else:
        out.append(f"   Status: {status} ({confidence})")
    for message in result.messages:
        out.append(f"   Note: {message}")
    if result.window:
        out.append(
            f"   Window: {result.window.start} to {result.window.end} ({result.window.basis})"
        )
    deadline = result.deadlines
    if deadline.cycle_end:
        text = f"   Deadline: {deadline.cycle_end}"
        if deadline.days_left is not None:
            text += (
                f" ({deadline.days_left} days left)"
                if deadline.days_left >= 0
                else f" ({-deadline.days_left} days ago)"
            )
        if deadline.declaration_opens:
            text += (
                f"; declaration window {deadline.declaration_opens} to "
                f"{deadline.declaration_closes}"
            )
        out.append(text)
    if result.requirements or result.required:
        out.append("   Progress:")
        width = max([len(r.name) for r in result.requirements] + [5])
        for r in result.requirements:
            if r.status == NOT_APPLICABLE:
                out.append(f"     {r.name:<{width}}  not applicable — {r.note or 'exempt'}")
                continue
            tail = "met" if r.status == MET else f"missing {format_credit(r.missing)}"
            out.append(
                f"     {r.name:<{width}}  {_bar(r.earned, r.required)} "
                f"{format_credit(r.earned):>6} / {format_credit(r.required):<5} {tail}"
            )
        if result.required:
            toward = min(result.earned, result.required)
            total_missing = result.required - toward
            tail = "met" if not total_missing else f"missing {format_credit(total_missing)}"
            out.append(
                f"     {'Total':<{width}}  {_bar(toward, result.required)} "
                f"{format_credit(toward):>6} / {format_credit(result.required):<5} {tail}"
            )
    bases = dict(result.bases)
    if result.counted:
        out.append("   Counted:")
        for c in result.counted:
            title = titles.get(c.activity, "")
            out.append(
                f"     {c.activity:<10} {format_credit(c.credit):>6} {unit} -> {c.requirement}"
                + (f"  ({title})" if title else "")
                + (f" — from {bases[c.activity]}" if c.activity in bases else "")
            )
    if result.excluded:
        out.append("   Not counted:")
        for e in result.excluded:
            out.append(f"     {e.activity:<10} {e.reason}")
    if result.findings:
        out.append("   Findings:")
        for severity, message, activities in _grouped_findings(result):
            who = f" [{', '.join(activities)}]" if activities else ""
            out.append(f"     {severity}: {message}{who}")
    if result.sources:
        out.append("   Sources:")
        for source in result.sources:
            out.append(
                f"     {source.title} — {source.url} ({source.confidence}, "
                f"verified {source.verified_on})"
            )
    return out


def _grouped_findings(result: CredentialEvaluation) -> Iterable[tuple[str, str, list[str]]]:
    grouped: dict[tuple[str, str], list[str]] = {}
    for finding in result.findings:
        grouped.setdefault((finding.severity, finding.message), [])
        if finding.activity:
            grouped[(finding.severity, finding.message)].append(finding.activity)
    order = {"error": 0, "warning": 1, "info": 2}
    for (severity, message), activities in sorted(grouped.items(), key=lambda i: order[i[0][0]]):
        yield severity, message, activities
