"""Planning for one person: what the catalogue offers toward their gaps, the cheapest renewal
plan, their planned items, and the pathway checklist toward a next credential.

Every verdict is the core's: gaps and gap ranking come from `cetrack.core.planner`
(`rank_by_gaps`, `make_plan`), which ask the engine; the checklist from
`cetrack.core.pathways.checklist`. The person's ledger is built from their rows by
`records.bridge`, exactly as `records.services.evaluate_for` builds it. Results that depend only
on the person's records, the site catalogue and the date are cached (`records.services.cached_for`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from cetrack.core import ledger as core
from cetrack.core.catalogue.entry import catalogue_entry
from cetrack.core.catalogue.model import Catalogue, CatalogueItem
from cetrack.core.catalogue.occurrence import next_occurrence
from cetrack.core.catalogue.search import effective_price, filter_items
from cetrack.core.engine import LedgerEvaluation
from cetrack.core.pathways import Checklist, checklist, load_pathways
from cetrack.core.planner import Help, Plan, make_plan, rank_by_gaps
from cetrack.core.planner.contribution import gaps_from_evaluation
from cetrack.planning.access import career_profile_for, planned_items_for
from cetrack.planning.catalogue import SiteCatalogue, site_catalogue
from cetrack.planning.models import CareerProfile, PlannedItem
from cetrack.planning.profiles import profile_from_json
from cetrack.records import audit
from cetrack.records.access import counted_activities_for, credentials_for
from cetrack.records.bridge import core_ledger, with_certificates
from cetrack.records.services import (
    Outcome,
    cached_for,
    delete_activity,
    evaluate_for,
    person_for,
    save_activity,
)

PLAN_SECONDS = 5.0
"""The solver's time limit for a plan requested from a page (settings.PLAN_TIME_LIMIT)."""


def plan_seconds() -> float:
    return float(getattr(settings, "PLAN_TIME_LIMIT", PLAN_SECONDS))


def ledger_for(user: Any) -> core.Ledger:
    """The user's records as a core ledger (the one `records.services.evaluate_for` evaluates)."""
    activities = with_certificates(counted_activities_for(user))
    return core_ledger(person_for(user), credentials_for(user), activities)


# -- the catalogue, seen from my gaps ----------------------------------------------------------


@dataclass(frozen=True)
class Needs:
    """What a person's credentials still need, for browsing the catalogue."""

    as_of: date
    helps: dict[str, tuple[Help, ...]]  # item id -> the open requirements it helps close
    ranked: tuple[str, ...]  # item ids, most useful first (planner's rank_by_gaps)
    accepted: frozenset[str] | None  # accreditations some rule set of mine accepts; None: any
    deadline: date | None  # the latest deadline among credentials with something to plan
    labels: dict[str, str]  # "credential" and "credential/requirement" -> display name
    has_credentials: bool


def _needs(evaluation: LedgerEvaluation, catalogue: Catalogue, member: bool) -> Needs:
    as_of = evaluation.as_of
    # An item whose approval has lapsed can no longer be taken for that credit (make_plan
    # leaves such items out too).
    ranked = [
        r
        for r in rank_by_gaps(catalogue, evaluation, member=member)
        if r.item.approval_expires is None or r.item.approval_expires >= as_of
    ]
    accepted: set[str] | None = set()
    labels: dict[str, str] = {}
    for result in evaluation.credentials:
        book = result.book
        labels[result.credential.id] = book.name if book else result.credential.rules
        for requirement in result.requirements:
            labels[f"{result.credential.id}/{requirement.id}"] = requirement.name
        labels[f"{result.credential.id}/total"] = f"total ({result.unit})"
        if book is None:
            continue
        if book.accepted_accreditations is None:
            accepted = None
        elif accepted is not None:
            accepted |= book.accepted_accreditations
    deadlines = [g.deadline for g in gaps_from_evaluation(evaluation) if g.deadline is not None]
    return Needs(
        as_of=as_of,
        helps={r.item.id: r.helps for r in ranked},
        ranked=tuple(r.item.id for r in ranked),
        accepted=frozenset(accepted) if accepted is not None else None,
        deadline=max(deadlines, default=None),
        labels=labels,
        has_credentials=bool(evaluation.credentials),
    )


def needs_for(user: Any, site: SiteCatalogue, *, member: bool = False) -> Needs:
    as_of = timezone.localdate()
    return cached_for(
        user,
        f"planning-needs:{site.stamp}:{int(member)}",
        lambda: _needs(evaluate_for(user, as_of), site.catalogue, member),
        as_of,
    )


@dataclass(frozen=True)
class Search:
    text: str = ""
    kind: str = ""
    format: str = ""
    topic: str = ""
    max_price: Decimal | None = None
    accepted_only: bool = False
    fills_gaps: bool = False
    before_deadlines: bool = False
    member: bool = False
    include_past: bool = False


def is_past(item: CatalogueItem, as_of: date) -> bool:
    """An event that has happened and will not come again (a yearly one comes again)."""
    ahead = next_occurrence(item, as_of)
    first = item.start or item.end
    return not ahead.projected and first is not None and first <= as_of


def search_catalogue(site: SiteCatalogue, needs: Needs, search: Search) -> list[CatalogueItem]:
    """The catalogue items matching a search, in catalogue order or, with `fills_gaps`, most
    useful first (only items that help an open requirement). Past events are left out unless
    the search asks for them."""
    window = None
    if search.before_deadlines and needs.deadline is not None:
        window = (needs.as_of, needs.deadline)
    found = filter_items(
        site.catalogue,
        kinds=[search.kind] if search.kind else None,
        formats=[search.format] if search.format else None,
        topics=[search.topic] if search.topic else None,
        max_price=search.max_price,
        accreditations=needs.accepted if search.accepted_only else None,
        available_between=window,
        text=search.text or None,
        member=search.member,
    )
    if not search.include_past:
        found = tuple(item for item in found if not is_past(item, needs.as_of))
    if not search.fills_gaps:
        return list(found)
    position = {ident: n for n, ident in enumerate(needs.ranked)}
    useful = [item for item in found if item.id in position]
    return sorted(useful, key=lambda item: position[item.id])


# What each filter of a search is called on the page, to say which one emptied a result.
FILTER_WORDS = {
    "text": "the search words",
    "kind": "the kind",
    "format": "the format",
    "topic": "the topic",
    "max_price": "the maximum price",
    "accepted_only": "“accredited as my rules accept”",
    "fills_gaps": "“fills my gaps”",
    "before_deadlines": "“before my deadlines”",
}


def why_empty(site: SiteCatalogue, needs: Needs, search: Search) -> list[str]:
    """For a search that found nothing: each filter without which it would find something,
    and how much ("Without the kind: 12 items")."""
    reasons, unset = [], Search()
    for name, words in FILTER_WORDS.items():
        if getattr(search, name) == getattr(unset, name):
            continue
        cleared = replace(search, **{name: getattr(unset, name)})
        count = len(search_catalogue(site, needs, cleared))
        if count:
            reasons.append(f"Without {words}: {count} item{'s' if count != 1 else ''}.")
    if not search.include_past:
        past = len(search_catalogue(site, needs, replace(search, include_past=True)))
        if past:
            reasons.append(
                f"{past} past event{'s' if past != 1 else ''} match{'es' if past == 1 else ''}: "
                "tick “Show past events”."
            )
    return reasons


# -- plans -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanRequest:
    as_of: date
    budget: Decimal | None = None
    hours_per_week: Decimal | None = None
    formats: tuple[str, ...] | None = None
    hour_value: Decimal | None = None
    employer_paid: tuple[str, ...] = ()
    member: bool = False

    def key(self) -> str:
        return hashlib.sha256(repr(self).encode()).hexdigest()[:24]


def plan_for(user: Any, request: PlanRequest, site: SiteCatalogue | None = None) -> Plan:
    """The cheapest plan for the user's records and the site catalogue (cached: the same
    request on the same records and catalogue is solved once)."""
    site = site or site_catalogue()

    def solve() -> Plan:
        return make_plan(
            ledger_for(user),
            site.catalogue,
            as_of=request.as_of,
            budget=request.budget,
            hours_per_week=request.hours_per_week,
            formats=request.formats,
            hour_value=request.hour_value,
            employer_paid_ids=request.employer_paid,
            member=request.member,
            time_limit=plan_seconds(),
        )

    return cached_for(user, f"planning-plan:{site.stamp}:{request.key()}", solve, request.as_of)


# -- planned items -----------------------------------------------------------------------------


@dataclass(frozen=True)
class NewItem:
    item_id: str
    title: str
    planned_for: date | None = None
    price: Decimal | None = None
    via: str = ""


def cheapest_parent(item: CatalogueItem, catalogue: Catalogue, member: bool) -> str:
    """The id of the cheapest item (package, conference) that includes this one, or ""."""
    best: tuple[Decimal, str] | None = None
    for parent_id in catalogue.included_in(item.id):
        parent = catalogue.by_id.get(parent_id)
        if parent is None:
            continue
        price = effective_price(parent, catalogue, member=member)
        if price is not None and (best is None or (price, parent_id) < best):
            best = (price, parent_id)
    return best[1] if best else ""


def new_item_from_catalogue(
    item: CatalogueItem, catalogue: Catalogue, *, member: bool = False
) -> NewItem:
    price = item.price
    if member and item.member_price is not None:
        price = item.member_price if price is None else min(price, item.member_price)
    via = "" if price is not None else cheapest_parent(item, catalogue, member)
    return NewItem(item.id, item.title, item.start or item.end, price, via)


def new_items_from_plan(plan: Plan, only: Iterable[str] | None = None) -> list[NewItem]:
    """The plan's purchases of packages and conferences, then the items to complete."""
    wanted = set(only) if only is not None else None
    items: list[NewItem] = []
    for purchase in plan.bought:
        if purchase.unlocks and (wanted is None or purchase.id in wanted):
            price = purchase.price if purchase.price_stated else None
            items.append(NewItem(purchase.id, purchase.title, None, price))
    for entry in plan.items:
        if wanted is None or entry.id in wanted:
            price = entry.price if entry.price_stated else None  # not stated: never $0
            items.append(NewItem(entry.id, entry.title, entry.date, price, entry.via or ""))
    return items


def add_to_plan(user: Any, items: Sequence[NewItem]) -> tuple[int, int]:
    """Adds the items not already planned; returns (added, already planned)."""
    with transaction.atomic():
        planned = set(
            planned_items_for(user)
            .filter(state=PlannedItem.State.PLANNED)
            .values_list("item_id", flat=True)
        )
        new = []
        for item in items:
            if item.item_id in planned:
                continue
            planned.add(item.item_id)
            new.append(
                PlannedItem(
                    owner=user,
                    item_id=item.item_id,
                    title=item.title,
                    planned_for=item.planned_for,
                    price=item.price,
                    via=item.via,
                )
            )
        PlannedItem.objects.bulk_create(new)  # ids come back (PostgreSQL, SQLite 3.35+)
        for row in new:
            _record_item(row, "created")
    return len(new), len(items) - len(new)


def _record_item(planned: PlannedItem, action: str) -> None:
    """A change to the plan, in the owner's history (cetrack.records.audit)."""
    snapshot = {
        "title": planned.title,
        "item_id": planned.item_id,
        "state": planned.state,
        "planned_for": planned.planned_for,
        "price": planned.price,
    }
    audit.record(planned.owner, "planned-item", planned.pk, action, snapshot)


def planned_ids(user: Any) -> set[str]:
    return set(
        planned_items_for(user)
        .filter(state=PlannedItem.State.PLANNED)
        .values_list("item_id", flat=True)
    )


def activity_initial(
    planned: PlannedItem, item: CatalogueItem | None, participant: str, today: date
) -> dict[str, Any]:
    """The activity form's values for a planned item marked done: the catalogue's one mapping
    of an item taken (`core.catalogue.entry.catalogue_entry`) through the form's one mapping
    of an entry - what the catalogue states, nothing more (a blank fact stays for the person
    to fill in)."""
    from cetrack.records.forms import ActivityForm

    done_on = planned.planned_for if planned.planned_for and planned.planned_for <= today else today
    initial: dict[str, Any] = {
        "title": planned.title,
        "participant_name": participant,
        "completed_on": done_on,
        "notes": f"From the catalogue ({planned.item_id}).",
    }
    entry = catalogue_entry(item, done_on, today=today) if item is not None else None
    if entry is not None:
        entry["title"] = planned.title
        initial.update(ActivityForm.initial_from(entry))
    return initial


def mark_done(user: Any, planned: PlannedItem, entry: dict[str, Any]) -> Outcome:
    """Records the activity and marks the planned item done, together or not at all."""
    with transaction.atomic():
        outcome = save_activity(user, entry)
        if not outcome.ok:
            transaction.set_rollback(True)
            return outcome
        planned.state = PlannedItem.State.DONE
        planned.activity = outcome.saved
        planned.save(update_fields=["state", "activity", "updated_at"])
        _record_item(planned, "done")
        return outcome


def mark_bought(planned: PlannedItem) -> None:
    """A package or conference registration: done without an activity of its own."""
    with transaction.atomic():
        planned.state = PlannedItem.State.DONE
        planned.save(update_fields=["state", "updated_at"])
        _record_item(planned, "done")


def drop(planned: PlannedItem) -> None:
    with transaction.atomic():
        planned.state = PlannedItem.State.DROPPED
        planned.save(update_fields=["state", "updated_at"])
        _record_item(planned, "dropped")


def undo(user: Any, planned: PlannedItem) -> None:
    """Back to planned; an activity recorded by "done" is deleted (kept in history)."""
    with transaction.atomic():
        activity = planned.activity
        if activity is not None and activity.deleted_at is None:
            delete_activity(user, activity)
        planned.state = PlannedItem.State.PLANNED
        planned.activity = None
        planned.save(update_fields=["state", "activity", "updated_at"])
        _record_item(planned, "replanned")


# -- pathways ----------------------------------------------------------------------------------


@dataclass
class PathwayResult:
    target: str
    checklist: Checklist | None
    problems: list[str] = field(default_factory=list)


def my_credentials(user: Any, as_of: date) -> list[dict[str, Any]]:
    """The credentials I keep, as profile entries: id and the end of the current cycle."""
    evaluation = evaluate_for(user, as_of)
    held: dict[str, dict[str, Any]] = {}
    for result in evaluation.credentials:
        window = result.window
        through = window.end.isoformat() if window and window.end >= as_of else None
        if result.credential.status == "expired":
            through = None
        held.setdefault(result.credential.rules, {"id": result.credential.rules})
        if through:
            held[result.credential.rules]["valid_through"] = through
    return list(held.values())


def profile_of(user: Any) -> CareerProfile | None:
    return career_profile_for(user)


def save_profile(user: Any, target: str, data: dict[str, Any]) -> CareerProfile:
    with transaction.atomic():
        profile, _ = CareerProfile.objects.update_or_create(
            owner=user, defaults={"target": target, "data": data}
        )
        audit.record(user, "pathways-profile", profile.pk, "saved", {"target": target})
    return profile


def pathway_checklist(target: str, data: dict[str, Any], as_of: date) -> PathwayResult:
    profile, problems = profile_from_json(data)
    if not target:
        return PathwayResult(target, None, problems)
    found = checklist(profile, target, as_of, load_pathways())
    problems += [f"{p.where}: {p.message}" if p.where else p.message for p in found.problems]
    return PathwayResult(target, found, problems)


def with_my_cycles(data: dict[str, Any], through: dict[str, str]) -> dict[str, Any]:
    """The profile with the current cycle end of each credential kept in my records."""
    held = []
    for entry in data.get("credentials", []):
        if isinstance(entry, dict) and entry.get("id") in through:
            entry = {**entry, "valid_through": through[entry["id"]]}
        held.append(entry)
    return {**data, "credentials": held}
