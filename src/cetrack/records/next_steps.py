"""What the dashboard tells a person to do next, from the same evaluation the cards show.

Per credential: each area still missing, with a link to the catalogue filtered to that gap and
to the plan; and, where the person looks first, what waits on them elsewhere: documentation
the rules ask for, imported certificates to review, an open declaration window, a plan in
progress. Progress itself is the engine's one definition (CredentialEvaluation.progress).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.db.models import Count, Min
from django.urls import reverse

from cetrack.core.engine import MET, NOT_MET, CredentialEvaluation
from cetrack.core.names import day_text
from cetrack.records.presenters import CredentialCard, amount_text


@dataclass(frozen=True)
class Gap:
    """One area still missing for one credential, and where to find CE that fills it."""

    name: str
    missing: str  # "2 points"
    catalogue_url: str


@dataclass(frozen=True)
class Todo:
    """One thing waiting on the person, with the link that does it."""

    text: str
    link: str
    url: str
    tone: str = "info"  # info | warning


def _requirement_topics(result: CredentialEvaluation, requirement_id: str) -> list[str]:
    book = result.book
    if book is None:
        return []
    if ":" in requirement_id:  # a per-category requirement: "category:hematology"
        return [requirement_id.split(":", 1)[1]]
    for version in book.versions:
        for requirement in version.requirements:
            if requirement.id == requirement_id:
                return sorted(requirement.topics)
    return []


def catalogue_url(topics: list[str]) -> str:
    query: dict[str, str] = {"gaps": "on"}
    if len(topics) == 1:
        query["topic"] = topics[0]
    return f"{reverse('catalogue')}?{urlencode(query)}"


def gaps(result: CredentialEvaluation) -> list[Gap]:
    """The areas still missing (the total last, when it is short beyond the areas)."""
    found = []
    for requirement in result.requirements:
        if requirement.status != NOT_MET or not requirement.missing:
            continue
        topics = _requirement_topics(result, requirement.id)
        found.append(
            Gap(
                requirement.name,
                amount_text(requirement.missing, result.unit),
                catalogue_url(topics),
            )
        )
    progress = result.progress
    if progress is not None and result.status == NOT_MET and progress.missing:
        areas_short = sum(r.missing for r in result.requirements if r.status == NOT_MET)
        if progress.missing > areas_short:
            found.append(
                Gap(
                    "Total, any accepted area",
                    amount_text(progress.missing - areas_short, result.unit),
                    catalogue_url([]),
                )
            )
    return found


def why_not_met(card: CredentialCard, result: CredentialEvaluation) -> str:
    """Why a credential whose total is reached still reads 'Not met'."""
    progress = result.progress
    if result.status != NOT_MET or progress is None or result.required is None:
        return ""
    if result.earned < result.required:
        return ""
    short = [r.name for r in result.requirements if r.status == NOT_MET and r.missing]
    if len(short) == 1:
        return f"The total is reached, but {short[0]} still needs credit of its own."
    if short:
        return f"The total is reached, but {', '.join(short)} still need credit of their own."
    return ""


def _declaration(card: CredentialCard) -> Todo | None:
    if not card.declaration_open or card.deadlines.declaration_closes is None:
        return None
    closes = day_text(card.deadlines.declaration_closes)
    if card.status == MET:
        text = f"{card.name}: the declaration window is open until {closes} — declare your CE."
    else:
        text = f"{card.name}: the declaration window is open until {closes}; {card.missing} "
        text += f"{card.unit} are still missing."
    return Todo(text, "What counts", reverse("credential", args=[card.pk]), "warning")


def record_todos(cards: list[CredentialCard]) -> list[Todo]:
    """What the records ask of the person: an open declaration window, missing documentation."""
    found: list[Todo] = [t for t in (_declaration(c) for c in cards if c.pk) if t]
    refused = sum(c.blocking for c in cards)
    warned = sum(1 for c in cards for f in c.findings if f.severity == "warning")
    if refused or warned:
        parts = []
        if refused:
            parts.append(f"{refused} activit{'y is' if refused == 1 else 'ies are'} refused")
        if warned:
            parts.append(f"{warned} documentation warning{'s' if warned != 1 else ''}")
        found.append(
            Todo(
                f"{' and '.join(parts).capitalize()}: attach the certificate or the numbers "
                "the rules ask for.",
                "See what is missing",
                f"{reverse('activities')}?missing=1",
                "warning",
            )
        )
    return found


def waiting_todos(user: Any) -> list[Todo]:
    """What waits elsewhere: imported certificates to review, a plan in progress (2 queries)."""
    from cetrack.capture.models import Draft
    from cetrack.planning.models import PlannedItem

    found: list[Todo] = []
    pending = Draft.objects.filter(owner=user, state=Draft.State.PENDING).aggregate(
        count=Count("pk"), first=Min("pk")
    )
    if pending["count"]:
        waiting = pending["count"]
        found.append(
            Todo(
                f"{waiting} imported certificate{'s' if waiting != 1 else ''} "
                f"wait{'s' if waiting == 1 else ''} for your review.",
                "Review them",
                reverse("capture-review", args=[pending["first"]]),
            )
        )
    planned = PlannedItem.objects.filter(owner=user, state=PlannedItem.State.PLANNED).count()
    if planned:
        found.append(
            Todo(
                f"Your plan has {planned} item{'s' if planned != 1 else ''} still to do.",
                "My planned items",
                reverse("plan-items"),
            )
        )
    return found
