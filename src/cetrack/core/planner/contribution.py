"""Open gaps per credential, and what a catalogue item would add to them.

Everything here asks the engine: a person's gaps come from `engine.evaluate`, and an item's
contribution comes from turning it into the ledger activity it would become when completed
(`item_activity`) and running the engine's own tests on it (`engine.assess_activity`: kind
policy, accepted accreditation, unit conversion with the 50-minute hour and P.A.C.E. daily
limit, blocking documentation checks, topic → content-area matching, board approval). Dates
are checked against the plan's deadline for each credential (`CredentialGaps.deadline`).

Credit is in integer hundredths of each rule set's unit throughout.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

import numpy as np
import numpy.typing as npt

from cetrack.core.allocation import Item, allocate
from cetrack.core.catalogue.entry import catalogue_entry, item_dates
from cetrack.core.catalogue.model import Catalogue, CatalogueItem
from cetrack.core.catalogue.occurrence import project
from cetrack.core.engine import (
    NOT_APPLICABLE,
    Assessment,
    CredentialEvaluation,
    LedgerEvaluation,
    active_requirements,
    assess_activity,
    cap_limits,
    evaluate,
    evaluate_credential,
    requirement_fits,
)
from cetrack.core.ledger import Activity, Amount, Credential, Ledger, Person
from cetrack.core.planner.index import CatalogueIndex, catalogue_index
from cetrack.core.rules.library import CompiledRequirement, RuleBook, RuleLibrary, default_library
from cetrack.core.units import format_credit
from cetrack.core.windows import Window

TOTAL = "total"
"""Requirement id used for the credential's required total in gaps and contributions."""

EXPIRED_HORIZON_DAYS = 90
"""An expired credential is planned to be reinstated within this many days."""

PLANNED = "planned"
"""Marks the documentation of planned activities (see `item_activity`)."""


@dataclass(frozen=True, slots=True)
class Gap:
    """One open requirement of a credential: a content-area minimum, or the total."""

    requirement: str  # requirement id, or TOTAL
    name: str
    required: int  # hundredths
    earned: int
    missing: int


@dataclass(frozen=True, slots=True)
class CapRoom:
    """A rule-set cap (ASCP: academic credit at most half the total) and its limit."""

    id: str
    name: str
    kinds: tuple[str, ...]
    limit: int  # hundredths


@dataclass(frozen=True, slots=True)
class CredentialGaps:
    """What one credential still needs, by when, under which caps — as the engine sees it.

    `requirements`, `minimums` and `old` describe the credential in the engine's own terms for
    a planner that re-allocates credit: the active requirements, their minimums, and the
    confirmed credit already earned in the window as allocation items (credit, cap, fits).
    Credit of kinds whose value is unconfirmed (`counts = "unverified"`) is left out of `old`,
    so a plan never relies on it.
    """

    credential: Credential
    result: CredentialEvaluation  # the engine's evaluation at `check_date` (past activities)
    book: RuleBook | None
    unit: str
    status: str
    required: int | None
    earned: int
    missing: int  # the engine's missing: max(total missing, sum of area minimums missing)
    gaps: tuple[Gap, ...]  # open requirements, the total last
    caps: tuple[CapRoom, ...]
    window: Window | None
    deadline: date | None  # last day new CE can be completed for this plan
    deadline_basis: str
    check_date: date | None  # the date the engine evaluates the plan at
    plannable: bool
    note: str | None
    requirements: tuple[CompiledRequirement, ...] = ()
    old: tuple[Item, ...] = ()

    @property
    def id(self) -> str:
        return self.credential.id

    @property
    def rules(self) -> str:
        return self.credential.rules

    @property
    def name(self) -> str:
        return self.book.name if self.book else self.credential.rules

    @property
    def is_open(self) -> bool:
        """Plannable and something is still missing."""
        return self.plannable and self.deficit > 0

    @property
    def minimums(self) -> tuple[int, ...]:
        return tuple(r.minimum for r in self.requirements)

    @property
    def cap_limits(self) -> tuple[int, ...]:
        return tuple(c.limit for c in self.caps)

    @property
    def deficit(self) -> int:
        """Hundredths still needed from new activities, counting only confirmed credit."""
        if not self.plannable or self.required is None:
            return 0
        if not self.requirements and not self.old:
            return self.missing
        return deficit(self.old, self.minimums, self.cap_limits, self.required)

    def describe_gaps(self) -> str:
        """ "hematology 6, safety 2, total 8 points" (what is missing, in the rule's unit)."""
        parts = [
            f"{g.name if g.requirement != TOTAL else 'total'} {format_credit(g.missing)}"
            for g in self.gaps
        ]
        return (", ".join(parts) or "nothing") + f" {self.unit}"


def deficit(
    items: Sequence[Item], minimums: Sequence[int], limits: Sequence[int], total: int
) -> int:
    """What is still missing with these allocation items: the larger of the total still
    missing and the sum of the area minimums still missing (the engine's `missing`)."""
    covered = allocate(items, minimums, limits).covered if minimums else ()
    earned = counted_credit(items, limits)
    return max(total - earned, 0, sum(m - c for m, c in zip(minimums, covered, strict=True)))


def counted_credit(items: Iterable[Item], limits: Sequence[int]) -> int:
    """Credit counted toward the total: all uncapped credit, capped credit up to each cap."""
    free = 0
    capped = [0] * len(limits)
    for credit, cap, _fits in items:
        if cap >= 0:
            capped[cap] += credit
        else:
            free += credit
    return free + sum(min(c, limit) for c, limit in zip(capped, limits, strict=True))


# -- gaps ------------------------------------------------------------------------------------


def _plan_deadline(
    result: CredentialEvaluation, as_of: date, horizon_days: int
) -> tuple[date, str, date] | str:
    """(deadline, why that date, date to evaluate at) or the reason no plan can be made."""
    window = result.window
    if result.status == NOT_APPLICABLE:
        return "no CE applies" + (f": {result.messages[0]}" if result.messages else "")
    if result.required is None or window is None:
        why = result.messages[0] if result.messages else "no rule could be applied"
        return f"no verdict is possible, so nothing to plan against: {why}"
    if result.credential.status == "expired":
        until = as_of + timedelta(days=horizon_days)
        return until, f"reinstated within {horizon_days} days", until
    if window.end < as_of:
        return (
            f"the cycle ended on {window.end}; CE completed now no longer counts for it "
            f'(record the new cycle_end, or status = "expired")'
        )
    if window.start > as_of:
        return f"the cycle begins on {window.start}; nothing completed before then counts"
    closes = result.deadlines.declaration_closes
    if closes is not None and as_of <= closes < window.end:
        return closes, "the declaration closes", window.end
    return window.end, "the cycle ends", window.end


def gaps_of(result: CredentialEvaluation) -> tuple[Gap, ...]:
    """The open requirements of an evaluation, the total last (as `CredentialGaps.gaps`)."""
    gaps = [
        Gap(r.id, r.name, r.required, r.earned, r.missing)
        for r in result.requirements
        if r.missing > 0
    ]
    if result.required is not None and result.required > result.earned:
        gaps.append(
            Gap(TOTAL, "Total", result.required, result.earned, result.required - result.earned)
        )
    return tuple(gaps)


def _caps_of(book: RuleBook | None, total: int | None) -> tuple[CapRoom, ...]:
    if book is None or total is None:
        return ()
    return tuple(
        CapRoom(cap.id, cap.name, tuple(cap.kinds), limit)
        for (cap, _kinds), limit in zip(book.caps, cap_limits(book, total), strict=True)
    )


def credential_gaps(
    result: CredentialEvaluation,
    as_of: date,
    *,
    activities: Sequence[Activity] | None = None,
    person: Person | None = None,
    horizon_days: int = EXPIRED_HORIZON_DAYS,
) -> CredentialGaps:
    """The gaps of one evaluated credential. With the ledger's `activities` (sorted by end
    date, none after `as_of`) and `person`, an expired credential is re-evaluated at its
    reinstatement date and the confirmed credit already earned is kept for re-allocation."""
    found = _plan_deadline(result, as_of, horizon_days)
    book = result.book
    if isinstance(found, str):
        return CredentialGaps(
            credential=result.credential,
            result=result,
            book=book,
            unit=result.unit,
            status=result.status,
            required=result.required,
            earned=result.earned,
            missing=result.missing or 0,
            gaps=(),
            caps=_caps_of(book, result.required),
            window=result.window,
            deadline=None,
            deadline_basis="",
            check_date=None,
            plannable=False,
            note=found,
        )
    deadline, basis, check_date = found
    assert book is not None
    if (
        activities is not None
        and person is not None
        and check_date != as_of
        and result.credential.status == "expired"
    ):
        result = evaluate_credential(result.credential, activities, person, check_date, book)
    requirements = active_requirements(result)
    old: list[Item] = []
    if activities is not None and person is not None and result.window is not None:
        window = result.window
        for activity in activities:
            if not window.start <= activity.end <= min(window.end, as_of):
                continue
            assessed = assess_activity(book, activity, person, requirements)
            if assessed.reason is None and not assessed.unverified and assessed.credit > 0:
                old.append((assessed.credit, assessed.cap, assessed.fits))
    note = None
    if result.credential.status == "expired" and result.window is not None:
        note = (
            f"expired: evaluated on {check_date}, the planned reinstatement date, over "
            f"{result.window.start} to {result.window.end}"
        )
    if result.status == "unverified":
        note = (
            "progress is measured against figures that are not confirmed; the verdict stays "
            "unverified: " + "; ".join(result.messages)
        )
    return CredentialGaps(
        credential=result.credential,
        result=result,
        book=book,
        unit=result.unit,
        status=result.status,
        required=result.required,
        earned=result.earned,
        missing=result.missing or 0,
        gaps=gaps_of(result),
        caps=_caps_of(book, result.required),
        window=result.window,
        deadline=deadline,
        deadline_basis=basis,
        check_date=check_date,
        plannable=True,
        note=note,
        requirements=requirements,
        old=tuple(old),
    )


def past_ledger(ledger: Ledger, as_of: date) -> Ledger:
    """The ledger without activities dated after `as_of` (registered, not completed yet)."""
    kept = tuple(a for a in ledger.activities if a.end <= as_of)
    if len(kept) == len(ledger.activities):
        return ledger
    return Ledger(ledger.person, ledger.credentials, kept, ledger.format, ledger.source)


def open_gaps(
    ledger: Ledger,
    as_of: date,
    library: RuleLibrary | None = None,
    *,
    horizon_days: int = EXPIRED_HORIZON_DAYS,
) -> tuple[CredentialGaps, ...]:
    """Every credential of the ledger with what it still needs (`is_open` when something is
    missing and a plan can be made), evaluated by the engine."""
    library = library or default_library()
    past = past_ledger(ledger, as_of)
    evaluation = evaluate(past, as_of, library)
    activities = sorted(past.activities, key=lambda a: (a.end, a.id))
    return tuple(
        credential_gaps(
            result,
            as_of,
            activities=activities,
            person=past.person,
            horizon_days=horizon_days,
        )
        for result in evaluation.credentials
    )


def gaps_from_evaluation(
    evaluation: LedgerEvaluation, *, horizon_days: int = EXPIRED_HORIZON_DAYS
) -> tuple[CredentialGaps, ...]:
    """Gaps read off an evaluation alone (no re-allocation of earned credit)."""
    return tuple(
        credential_gaps(result, evaluation.as_of, horizon_days=horizon_days)
        for result in evaluation.credentials
    )


# -- items as activities ----------------------------------------------------------------------


def item_activity(
    item: CatalogueItem,
    on: date | None,
    person: Person,
    *,
    license_number: str | None = None,
) -> Activity | None:
    """The ledger activity the item becomes when completed (None: it gives no credit itself,
    like a package or a conference registration that includes sessions): the catalogue's one
    mapping (`catalogue.entry.catalogue_entry`), completed with the documentation a certificate
    would carry.

    A dated item keeps its dates; an on-demand one is completed `on`. The activity is assumed
    to come with a complete certificate (participant name, provider, course and accrediting
    agency numbers, board approval, licence number): those are the attendee's to collect, and a
    plan cannot know them in advance, so they are marked PLANNED where the catalogue is silent.
    """
    entry = catalogue_entry(item, on)
    if entry is None:
        return None
    end = entry.get("end") or entry["completed_on"]
    return Activity(
        id=item.id,
        title=item.title,
        start=entry.get("start") or end,
        end=end,
        amount=Amount(item.unit, entry[item.unit]),
        kind=entry["kind"],
        provider=entry.get("provider") or PLANNED,
        topics=tuple(entry["topics"]),
        accreditation=entry["accreditation"],
        participant_name=person.name,
        course_number=entry.get("course_number") or PLANNED,
        accrediting_agency_number=PLANNED,
        approval_number=PLANNED if item.approvals else None,
        license_number=license_number or PLANNED,
        approvals=tuple(entry.get("approvals", ())),
        certificate=PLANNED,
        evidence="certificate",
        notes=f"planned from the catalogue ({item.id})",
    )


@dataclass(frozen=True, slots=True)
class Contribution:
    """What a completed item would give one credential."""

    credential: str  # credential id
    credit: int  # hundredths of the credential's unit; 0 when it does not count
    requirements: tuple[str, ...]  # requirement ids it may fill (the total always)
    cap: str | None  # id of the cap its credit falls under
    reason: str | None  # why it does not count


def item_contributions(
    item: CatalogueItem,
    gaps: Sequence[CredentialGaps],
    person: Person,
    on: date | None = None,
) -> tuple[Contribution, ...]:
    """What `item`, completed on its own dates (or `on` when it has none), would contribute to
    each plannable credential: credit, the requirements it may fill, or why it does not count."""
    out: list[Contribution] = []
    for target in gaps:
        if not target.plannable or target.book is None or target.deadline is None:
            continue
        when = on or (target.result.as_of or target.deadline)
        activity = item_activity(item, when, person)
        reason: str | None
        if activity is None:
            reason = (
                f"{item.kind} '{item.id}' gives no credit itself; its included items do"
                if item.includes
                else "no credit amount is known"
            )
            out.append(Contribution(target.id, 0, (), None, reason))
            continue
        reason = _date_reason(activity, target)
        assessed = assess_activity(target.book, activity, person, target.requirements)
        reason = reason or assessed.reason
        if reason is None and assessed.unverified:
            reason = (
                f"{target.book.program.authority} names '{activity.kind}' but its credit value "
                "is not confirmed; a plan does not rely on it"
            )
        if reason is not None:
            out.append(Contribution(target.id, 0, (), None, reason))
            continue
        out.append(
            Contribution(
                target.id,
                assessed.credit,
                (*(target.requirements[i].id for i in assessed.fits), TOTAL),
                target.caps[assessed.cap].id if assessed.cap >= 0 else None,
                None,
            )
        )
    return tuple(out)


def _date_reason(activity: Activity, target: CredentialGaps) -> str | None:
    assert target.deadline is not None and target.window is not None
    if activity.end > target.deadline:
        return (
            f"completed {activity.end}, after {target.deadline} ({target.deadline_basis} "
            f"for {target.rules})"
        )
    if activity.end < target.window.start:
        return f"completed {activity.end}, before the window began on {target.window.start}"
    return None


# -- the vectorised table ---------------------------------------------------------------------


GroupKey = tuple[int, tuple[int, ...]]
"""(cap index or -1, requirement indices): credit with the same key is interchangeable."""


@dataclass(frozen=True, slots=True)
class ContributionTable:
    """Contributions of many items to many credentials, computed once per distinct signature
    (kind, accreditation, unit, amount, topics, approvals, days): `credit[i, j]` hundredths
    of item i for credential j (dates aside), `group[i, j]` its index in `groups[j]`
    (-1 when it gives nothing), `signature[i]` an index into `reasons`."""

    items: tuple[CatalogueItem, ...]
    credit: npt.NDArray[np.int64]
    group: npt.NDArray[np.int32]
    groups: tuple[tuple[GroupKey, ...], ...]
    signature: npt.NDArray[np.int32]
    reasons: tuple[tuple[str | None, ...], ...]  # per signature, per credential


def until_kinds(targets: Sequence[CredentialGaps]) -> frozenset[str]:
    """Ledger kinds whose credit depends on the date for these credentials (a rule's `until`)."""
    kinds: set[str] = set()
    for target in targets:
        if target.book is not None:
            kinds.update(k for k, policy in target.book.kinds.items() if policy.until)
    return frozenset(kinds)


def contribution_table(
    catalogue: CatalogueIndex | Sequence[CatalogueItem],
    targets: Sequence[CredentialGaps],
    person: Person,
    as_of: date,
) -> ContributionTable:
    """Credit of every credit item for every target credential (which must be plannable). The
    engine is asked once per credit key (kind, accreditation, unit, amount, days, approvals)
    for credit, cap and acceptance, and once per topic key (topics, approvals) for the
    requirements the credit may fill. Dates are not checked here."""
    index = (
        catalogue
        if isinstance(catalogue, CatalogueIndex)
        else catalogue_index(catalogue, until_kinds(targets))
    )
    width = len(targets)
    n_credit = len(index.credit_reps)
    n_topic = len(index.topic_reps)
    credits = np.zeros((n_credit, width), dtype=np.int64)
    caps = np.full((n_credit, width), -1, dtype=np.int64)
    reasons: list[tuple[str | None, ...]] = []
    for a, rep in enumerate(index.credit_reps):
        activity = item_activity(replace(rep, topics=()), as_of, person)
        assert activity is not None
        why: list[str | None] = []
        for j, target in enumerate(targets):
            assert target.book is not None
            assessed = assess_activity(target.book, activity, person, target.requirements)
            reason = assessed.reason
            if reason is None and assessed.unverified:
                reason = (
                    f"{target.book.program.authority} names '{activity.kind}' but its credit "
                    "value is not confirmed; a plan does not rely on it"
                )
            if reason is None and assessed.credit <= 0:
                reason = "earns no credit"
            if reason is None:
                credits[a, j] = assessed.credit
                caps[a, j] = assessed.cap
            why.append(reason)
        reasons.append(tuple(why))
    fits = [
        [requirement_fits(target.requirements, topics, approvals) for target in targets]
        for topics, approvals in index.topic_reps
    ]
    group_index: list[dict[GroupKey, int]] = [{} for _ in targets]
    codes = index.credit_key * max(n_topic, 1) + index.topic_key
    pairs, inverse = np.unique(codes, return_inverse=True)
    pair_credit = np.zeros((pairs.size, width), dtype=np.int64)
    pair_group = np.full((pairs.size, width), -1, dtype=np.int32)
    for number, code in enumerate(pairs.tolist()):
        a, t = divmod(code, max(n_topic, 1))
        for j in range(width):
            if credits[a, j] > 0:
                key = (int(caps[a, j]), fits[t][j])
                pair_credit[number, j] = credits[a, j]
                pair_group[number, j] = group_index[j].setdefault(key, len(group_index[j]))
    inverse = inverse.reshape(-1)
    return ContributionTable(
        items=index.items,
        credit=pair_credit[inverse] if index.size else np.zeros((0, width), dtype=np.int64),
        group=pair_group[inverse] if index.size else np.zeros((0, width), dtype=np.int32),
        groups=tuple(tuple(g) for g in group_index),
        signature=index.credit_key.astype(np.int32),
        reasons=tuple(reasons),
    )


# -- "fills my gaps" --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Help:
    """How much of one open requirement an item would close."""

    credential: str
    requirement: str  # requirement id, or TOTAL
    hundredths: int


@dataclass(frozen=True, slots=True)
class RankedItem:
    item: CatalogueItem
    helps: tuple[Help, ...]
    useful: int  # hundredths of still-missing credit it closes, summed over credentials
    price: Decimal | None  # what taking it costs (its package's price if only sold in one)

    @property
    def credentials(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(h.credential for h in self.helps))


def _single_gain(target: CredentialGaps, assessed: Assessment) -> list[Help]:
    """What one item alone would close of each open requirement of a credential."""
    helps: list[Help] = []
    by_id = {g.requirement: g for g in target.gaps}
    left = assessed.credit
    for index in assessed.fits:
        gap = by_id.get(target.requirements[index].id)
        if gap is not None and left > 0:
            take = min(left, gap.missing)
            helps.append(Help(target.id, gap.requirement, take))
            left -= take
    total = by_id.get(TOTAL)
    if total is not None:
        counted = assessed.credit
        if assessed.cap >= 0:
            cap = target.caps[assessed.cap].limit
            counted = min(counted, cap)
        helps.append(Help(target.id, TOTAL, min(counted, total.missing)))
    return [h for h in helps if h.hundredths > 0]


def rank_by_gaps(
    catalogue: Catalogue | Sequence[CatalogueItem],
    evaluation: LedgerEvaluation,
    as_of: date | None = None,
    *,
    limit: int | None = None,
    formats: Iterable[str] | None = None,
    member: bool = False,
    by: str = "useful",
) -> tuple[RankedItem, ...]:
    """Catalogue items that help close the open gaps of `evaluation`, most useful first.

    Past yearly events are taken at their next expected edition (occurrence.py); an item whose
    price is not stated is ranked too (price None, after priced ones of equal use).
    Each item is taken as completed on its own date (on-demand items: `as_of`); it helps a
    requirement by the credit it could place there, capped at what is missing, and the total
    by the credit it counts; `useful` is how much it shrinks what is missing (per credential,
    the larger of the total and the sum of the area minimums still missing). Items after a
    credential's deadline, not accepted by its rule set, or giving nothing still missing are
    left out. `by="useful"` puts the most useful first (ties: lower price per hundredth);
    `by="price"` the lowest price per useful hundredth first (ties: more useful).
    """
    as_of = as_of or evaluation.as_of
    items = project(
        catalogue.items if isinstance(catalogue, Catalogue) else tuple(catalogue), as_of
    )
    included_in: dict[str, list[CatalogueItem]] = {}
    for item in items:
        for child in item.includes:
            included_in.setdefault(child, []).append(item)
    allowed = _allowed_formats(formats)
    targets = [g for g in gaps_from_evaluation(evaluation) if g.plannable and g.gaps]
    person = evaluation.person
    ranked: list[RankedItem] = []
    for item in items:
        if item.includes or (allowed is not None and item.format not in allowed):
            continue
        dates = item_dates(item)
        if dates is not None and dates[0] <= as_of:
            continue
        activity = item_activity(item, as_of, person)
        if activity is None:
            continue
        helps: list[Help] = []
        useful = 0
        for target in targets:
            assert target.book is not None
            if _date_reason(activity, target) is not None:
                continue
            assessed = assess_activity(target.book, activity, person, target.requirements)
            if assessed.reason is not None or assessed.unverified:
                continue
            found = _single_gain(target, assessed)
            helps.extend(found)
            useful += _shrink(target, found)
        if not helps:
            continue
        price = _price_of(item, member)
        if price is None:
            prices = [_price_of(p, member) for p in included_in.get(item.id, ())]
            known = [p for p in prices if p is not None]
            price = min(known) if known else None
        ranked.append(RankedItem(item, tuple(helps), useful, price))  # None: price not stated

    def order(r: RankedItem) -> tuple[object, ...]:
        per = (r.price if r.price is not None else Decimal("1e9")) / max(r.useful, 1)
        if by == "price":
            return (per, -r.useful, r.item.id)
        return (-r.useful, per, r.item.id)

    ranked.sort(key=order)
    return tuple(ranked[:limit] if limit is not None else ranked)


def _shrink(target: CredentialGaps, helps: Sequence[Help]) -> int:
    """How much these helps shrink what the credential is missing."""
    total = next((g.missing for g in target.gaps if g.requirement == TOTAL), 0)
    areas = sum(g.missing for g in target.gaps if g.requirement != TOTAL)
    total_help = sum(h.hundredths for h in helps if h.requirement == TOTAL)
    area_help = sum(h.hundredths for h in helps if h.requirement != TOTAL)
    return max(total, areas) - max(total - total_help, areas - area_help)


def _price_of(item: CatalogueItem, member: bool) -> Decimal | None:
    if item.employer_paid:
        return Decimal(0)
    if member and item.member_price is not None:
        return item.member_price
    return item.price


def _allowed_formats(formats: Iterable[str] | None) -> frozenset[str] | None:
    """Formats accepted; a hybrid item can be attended either way, so it fits any."""
    if formats is None:
        return None
    chosen = frozenset(formats)
    return chosen | {"hybrid"} if chosen else chosen
