"""Reminders in words: a claimed reminder's facts made into the lines an e-mail shows (and the
CLI prints). Human names only — the facts carry "MLS(ASCP)", never "ascp/MLS"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.urls import reverse
from django.utils.dateformat import format as date_format

from cetrack.core.engine import MET, NOT_MET, UNVERIFIED
from cetrack.records.presenters import STATUS_LABELS, amount_text, credit
from cetrack.reminders.models import Kind
from cetrack.reminders.schedule import days_text

ORDER: dict[str, int] = {
    Kind.OVERDUE: 0,
    Kind.DEADLINE: 1,
    Kind.DECLARATION: 2,
    Kind.COMPETENCY: 3,
    Kind.DRAFTS: 4,
    Kind.DIGEST: 5,
}


@dataclass(frozen=True)
class Line:
    """One reminder as shown: a title, sentences under it, and where to act."""

    kind: str
    title: str
    details: tuple[str, ...] = ()
    link: str = ""  # a path on this site ("/credentials/12/"); made absolute by the e-mail
    link_text: str = ""
    urgent: bool = False
    key: tuple[Any, ...] = field(default=(), compare=False)


def day_text(value: str | date | None) -> str:
    """'30 Jun 2027': the date format of the pages."""
    if value is None:
        return ""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return date_format(day, "j M Y")


def _progress(facts: dict[str, Any]) -> str:
    status = facts.get("status", "")
    label = STATUS_LABELS.get(status, status)
    required, counted = facts.get("required"), facts.get("counted")
    unit = facts.get("unit") or "hours"
    if required is None or counted is None:
        return f"CE status: {label}."
    text = f"{credit(counted)} of {amount_text(required, unit)} counted"
    missing = facts.get("missing") or 0
    if status == MET:
        return f"Your CE is complete: {text}."
    if missing:
        text += f"; {amount_text(missing, unit)} still missing"
    return f"CE status: {label} — {text}."


def _areas(facts: dict[str, Any]) -> tuple[str, ...]:
    areas = [str(a) for a in facts.get("missing_areas") or []]
    if not areas or facts.get("status") not in (NOT_MET, UNVERIFIED):
        return ()
    return (f"Still short in: {', '.join(areas)}.",)


def _declaration_window(facts: dict[str, Any], today: date) -> tuple[str, ...]:
    opens, closes = facts.get("declaration_opens"), facts.get("declaration_closes")
    if not opens or not closes:
        return ()
    span = f"{day_text(opens)} to {day_text(closes)}"
    if today.isoformat() > closes:
        return (f"The declaration window closed on {day_text(closes)} (it ran {span}).",)
    if today.isoformat() >= opens:
        return (f"The declaration window is open now, until {day_text(closes)}.",)
    return (f"The declaration window runs from {span}.",)


def _credential_link(facts: dict[str, Any]) -> str:
    pk = facts.get("credential_id")
    return reverse("credential", args=[pk]) if pk else reverse("dashboard")


def _deadline(facts: dict[str, Any], threshold: str, today: date) -> Line:
    deadline = facts["deadline"]
    left = (date.fromisoformat(deadline) - today).days
    title = f"{facts['label']}: renewal deadline {days_text(left)} ({day_text(deadline)})"
    details = (_progress(facts), *_areas(facts), *_declaration_window(facts, today))
    if facts.get("status") == MET and not facts.get("declaration_opens"):
        details += ("Renew with the credential's issuer before the deadline.",)
    return Line(
        Kind.DEADLINE,
        title,
        details,
        _credential_link(facts),
        "Open the credential",
        urgent=left <= 30,
    )


def _declaration(facts: dict[str, Any], today: date, brief: bool) -> Line:
    closes = facts.get("declaration_closes")
    title = f"{facts['label']}: the declaration window is open until {day_text(closes)}"
    details: tuple[str, ...] = (
        f"Declare your CE for the cycle ending {day_text(facts['deadline'])} between "
        f"{day_text(facts.get('declaration_opens'))} and {day_text(closes)}.",
    )
    if not brief:
        details += (_progress(facts), *_areas(facts))
    return Line(Kind.DECLARATION, title, details, _credential_link(facts), "Open the credential")


def _overdue(facts: dict[str, Any], today: date) -> Line:
    deadline = facts["deadline"]
    over = (today - date.fromisoformat(deadline)).days
    title = (
        f"{facts['label']}: the renewal deadline passed {days_text(-over)} ({day_text(deadline)})"
    )
    details = (
        _progress(facts),
        "If you have renewed, enter the new cycle end on the credential page: "
        "these reminders then stop.",
    )
    return Line(
        Kind.OVERDUE, title, details, _credential_link(facts), "Update the credential", urgent=True
    )


def _competency(facts: dict[str, Any], threshold: str, today: date) -> Line:
    where = f"{facts['what']} ({facts['site']}, {facts['organisation']})"
    link = reverse("competency-home", args=[facts["organisation_id"]])
    if threshold == "not-cleared":
        since, reason = day_text(facts.get("blocked_since")), facts.get("blocked_reason")
        details = (
            f"Since {since}: {reason.rstrip('.')}." if reason else f"Since {since}.",
            "Do not report patient results on it until you are assessed and cleared.",
        )
        return Line(
            Kind.COMPETENCY,
            f"Not cleared on {where}",
            details,
            link,
            "Open your competency record",
            urgent=True,
        )
    due_on = facts.get("due_on")
    left = (date.fromisoformat(due_on) - today).days if due_on else 0
    verb = "was due" if left < 0 else "is due"
    title = f"Competency assessment on {where} {verb} {days_text(left)} ({day_text(due_on)})"
    details = (
        f"{facts.get('label') or 'Assessment'}.",
        "Arrange it with your assessor or supervisor.",
    )
    return Line(
        Kind.COMPETENCY, title, details, link, "Open your competency record", urgent=left < 0
    )


def _drafts(facts: dict[str, Any]) -> Line:
    count = int(facts.get("count") or 0)
    noun = "certificate" if count == 1 else "certificates"
    title = f"{count} imported {noun} waiting for your review"
    details = (
        f"Uploaded on {day_text(facts.get('uploaded_on'))}. "
        "They count toward your requirements only once you confirm them.",
    )
    link = reverse("capture-batch", args=[facts["batch_id"]])
    return Line(Kind.DRAFTS, title, details, link, "Review them")


def line(
    kind: str, threshold: str, facts: dict[str, Any], today: date, *, brief: bool = False
) -> Line:
    """The words for one reminder claimed on `today`; `brief`: without the CE status (the
    e-mail already gives it under the same credential's deadline)."""
    if kind == Kind.DEADLINE:
        return _deadline(facts, threshold, today)
    if kind == Kind.DECLARATION:
        return _declaration(facts, today, brief)
    if kind == Kind.OVERDUE:
        return _overdue(facts, today)
    if kind == Kind.COMPETENCY:
        return _competency(facts, threshold, today)
    if kind == Kind.DRAFTS:
        return _drafts(facts)
    name = facts.get("organisation", "")
    return Line(kind, f"Weekly digest: {name}", (), "", "")


def ordered(lines: Sequence[Line]) -> list[Line]:
    return sorted(lines, key=lambda item: (ORDER.get(item.kind, 9), not item.urgent, item.title))


def subject_of(lines: Sequence[Line]) -> str:
    """The e-mail's subject: the one reminder, or how many and the first."""
    first = ordered(lines)[0].title
    if len(lines) == 1:
        return first
    return f"{first} + {len(lines) - 1} more"
