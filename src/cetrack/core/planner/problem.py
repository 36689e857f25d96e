"""The planning problem shared by the MILP and the greedy baseline.

From a person's open gaps and a catalogue: which items can be taken (format, on sale alone or
through a package or conference, event dates after today and before a deadline, approval not
lapsed), what each would give each credential (the engine's contribution table), and the
*options*: take an item in period p. Periods end at the distinct credential deadlines; an item
taken in period p counts for the credentials whose deadline is at or after the end of p. A
dated event has one option, in the period of its date. An on-demand item has one option per
period when hours per week are limited (doing it later frees time before an earlier deadline,
but it then counts only for the later credentials), otherwise one, now.

Interchangeable items — same options, same credit, content-area fit and cap for every
credential, same hours, same price, unlocked by the same packages — form one *unit*, taken
0..count times (one integer variable instead of many binaries).

Items that cannot matter are pruned exactly (the optimum is unchanged):

- items that give nothing to any open credential in any allowed period;
- an item B of which at least K others A are at least as good: the same options and
  *pattern* (content-area fit and cap per credential), unlocked by the same packages, each with
  at least B's credit for every credential, a price no higher, a cost (price plus the value of
  its hours) no higher — or equal and no more hours — and, when hours per week are limited, no
  more hours. K = max over credentials j of
  ceil(Q_j / credit_Bj) + 1, Q_j the most credit any constraint of j can ask of new items (the
  credit still missing from the total, the sum of the area minimums, the cap's limit for capped
  credit). If B is in an optimal plan, either some such A is not, and swapping them is no
  worse, or all K are, and then they alone carry enough credit to re-route B's share, so B is
  redundant (docs/planner.md has the argument).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

import numpy as np
import numpy.typing as npt

from cetrack.core.catalogue.model import Catalogue, CatalogueItem
from cetrack.core.ledger import Person
from cetrack.core.planner.contribution import (
    ContributionTable,
    CredentialGaps,
    contribution_table,
    counted_credit,
    until_kinds,
)
from cetrack.core.planner.index import CatalogueIndex, catalogue_index
from cetrack.core.units import to_hundredths

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

NOT_SOLD = np.iinfo(np.int64).max // 4
"""Sort key for an item not sold alone (only through a package)."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What the person asked for (see `make_plan`)."""

    as_of: date
    budget: Decimal | None = None
    hours_per_week: Decimal | None = None
    formats: frozenset[str] | None = None
    hour_value: Decimal | None = None
    employer_paid_ids: frozenset[str] = frozenset()
    member: bool = False

    @property
    def budget_cents(self) -> int | None:
        return to_hundredths(self.budget) if self.budget is not None else None


@dataclass(slots=True)
class Problem:
    """Candidates after filtering and pruning, as arrays over units (u), options (k),
    credentials (J) and packages (m). Prices are integer cents (-1: not sold alone), hours and
    credit integer hundredths. The cost minimised is cents plus `extra_cents` (the value of the
    hours, when an hour has a price); ties go to fewer hours. `scale` exceeds the hours of any
    plan: cost * scale + hours orders options lexicographically."""

    settings: Settings
    person: Person
    targets: tuple[CredentialGaps, ...]
    periods: tuple[date, ...]  # period ends: the distinct deadlines, ascending
    period_hours: tuple[int, ...] | None  # hundredths of hours available by each period end
    items: tuple[CatalogueItem, ...]  # the credit items kept (members of units)
    members: tuple[tuple[int, ...], ...]  # per unit: indices into `items`
    count: IntArray  # (u,) members that may be taken
    credit: IntArray  # (u, J)
    group: npt.NDArray[np.int32]  # (u, J) index into groups[j], -1 = nothing
    groups: tuple[tuple[tuple[int, tuple[int, ...]], ...], ...]
    hours: IntArray  # (u,)
    price: IntArray  # (u,) cents, -1 = only through a package
    ancestors: tuple[tuple[int, ...], ...]  # per unit: packages that unlock it
    bundles: tuple[CatalogueItem, ...]
    bundle_price: IntArray  # (m,)
    bundle_units: tuple[tuple[int, ...], ...]  # per package: the units it unlocks
    option_unit: IntArray  # (k,)
    option_period: IntArray  # (k,)
    counts: BoolArray  # (k, J) the option's credit counts for credential j
    dated: BoolArray  # (u,)
    latest: IntArray  # (u,) ordinal of the last day an on-demand unit may be done
    extra_cents: IntArray  # (u,) value of a member's hours, plus `penalty` if its price is unstated
    scale: int
    unstated: BoolArray  # (u,) the catalogue states no price: planned at 0, flagged "check"
    penalty: int = 0  # cents added to the cost of each member of unstated price (see below)
    stats: dict[str, int] = field(default_factory=dict)
    rejected: dict[str, Rejection] = field(default_factory=dict)  # item id -> why not usable
    table: ContributionTable | None = None  # every credit item, for explanations
    usable_counts: BoolArray | None = None  # (items of table, J): usable and counts for j

    @property
    def units(self) -> int:
        return int(self.count.size)

    @property
    def width(self) -> int:
        return len(self.targets)

    def direct(self) -> BoolArray:
        """Units bought on their own only (no package unlocks them)."""
        return np.array([not a for a in self.ancestors], dtype=bool)


def item_price(item: CatalogueItem, settings: Settings) -> Decimal | None:
    """What buying the item alone costs this person (None: not sold alone)."""
    if item.price is None:
        return None
    if item.employer_paid or item.id in settings.employer_paid_ids:
        return Decimal(0)
    if settings.member and item.member_price is not None:
        return min(item.member_price, item.price)
    return item.price


def _allowed(fmt: str, formats: frozenset[str] | None) -> bool:
    if formats is None:
        return True
    return fmt in formats or (fmt == "hybrid" and bool(formats))


def _demand(targets: Sequence[CredentialGaps]) -> list[int]:
    """Per credential, the most credit any of its constraints can ask of new items."""
    out = []
    for target in targets:
        assert target.required is not None
        gap = max(target.required - counted_credit(target.old, target.cap_limits), 0)
        out.append(max(gap, sum(target.minimums), 1))
    return out


def unstated_penalty(index: CatalogueIndex, bundle_cost: Sequence[Decimal | None]) -> int:
    """What an item of unstated price costs the optimiser, in cents: one dollar more than the
    dearest price stated anywhere in the catalogue, so at equal coverage any priced item (or
    package) is preferred to one whose price is not known — but such an item is still planned
    when nothing priced does as much. The money it costs is never counted: a plan shows the
    cost of its priced part and flags the rest "price not stated — check"."""
    stated = [int(index.price.max(initial=0)), int(index.member_price.max(initial=0))]
    stated += [to_hundredths(c) for c in bundle_cost if c is not None]
    return max(stated) + 100


def period_start(problem: Problem, period: int) -> date:
    if period == 0:
        return problem.settings.as_of
    return problem.periods[period - 1] + timedelta(days=1)


def _factorise(columns: Sequence[IntArray]) -> tuple[IntArray, IntArray]:
    """Row ids of equal rows (like np.unique(axis=0)), combining one column at a time:
    (first row of each id, id of each row)."""
    codes = np.zeros(columns[0].size, dtype=np.int64)
    for column in columns:
        _, column_codes = np.unique(column, return_inverse=True)
        combined = codes * (int(column_codes.max(initial=0)) + 1) + column_codes.reshape(-1)
        _, codes = np.unique(combined, return_inverse=True)
        codes = codes.reshape(-1)
    _, first, codes = np.unique(codes, return_index=True, return_inverse=True)
    return first, codes.reshape(-1)


def _settings_prices(index: CatalogueIndex, settings: Settings) -> tuple[IntArray, BoolArray]:
    """Each credit item's price alone for this person, in cents (NONE: not sold alone; 0 and
    `unstated` when the catalogue states no price and no package sells it), and `unstated`."""
    price = index.price.copy()
    if settings.member:
        member = index.member_price
        price = np.where((member >= 0) & (price >= 0), np.minimum(member, price), price)
    free = index.employer_paid.copy()
    for ident in settings.employer_paid_ids:
        number = index.position.get(ident)
        if number is not None:
            free[number] = True
    unstated = index.unstated & ~free
    return np.where((free & ((price >= 0) | index.unstated)) | unstated, 0, price), unstated


@dataclass(slots=True)
class _Usable:
    """Which credit items can be taken, and how (build_problem, step 1)."""

    format_ok: BoolArray
    on_sale: BoolArray
    begun: BoolArray
    lapsed: BoolArray
    inside: BoolArray  # a dated item falls in some period
    usable: BoolArray
    usable_counts: BoolArray  # (n, J)
    klass: IntArray  # dated: 1 + period * 2^J + credentials bits; on demand: -(periods allowed)
    periods: tuple[date, ...]
    period_hours: tuple[int, ...] | None
    deadlines: IntArray  # (J,) ordinals
    ends: IntArray  # period ends, ordinals


def _usability(
    index: CatalogueIndex,
    table: ContributionTable,
    targets: Sequence[CredentialGaps],
    settings: Settings,
    price: IntArray,
) -> _Usable:
    """Format, sale, dates and approval expiry; the periods the deadlines cut; each item's
    class (the options it has) and the credentials its credit counts for."""
    as_of = settings.as_of
    today = as_of.toordinal()
    n_all, width = index.size, len(targets)
    day, expires = index.day, index.expires
    dated = day >= 0
    if settings.formats is None:
        format_ok = np.ones(n_all, dtype=bool)
    else:
        allowed_formats = {f: _allowed(f, settings.formats) for f in set(index.format)}
        format_ok = np.fromiter((allowed_formats[f] for f in index.format), dtype=bool, count=n_all)
    on_sale = (price >= 0) | (index.ancestor > 0)
    begun = dated & (index.first <= today)
    lapsed = expires < np.where(dated, day, today)
    ok = format_ok & on_sale & ~begun & ~lapsed & ~index.undated

    deadlines = np.array([t.deadline.toordinal() for t in targets if t.deadline], dtype=np.int64)
    starts = np.array([t.window.start.toordinal() for t in targets if t.window], dtype=np.int64)
    periods = tuple(sorted({t.deadline for t in targets if t.deadline is not None}))
    ends = np.array([p.toordinal() for p in periods], dtype=np.int64)
    begins = np.r_[today, ends[:-1] + 1] if ends.size else np.zeros(0, dtype=np.int64)
    period_hours: tuple[int, ...] | None = None
    if settings.hours_per_week is not None:
        per_week = to_hundredths(settings.hours_per_week)
        period_hours = tuple(per_week * ((p - as_of).days + 1) // 7 for p in periods)
    positive = table.credit > 0
    bits = _bits(width)
    found = _Usable(
        format_ok=format_ok,
        on_sale=on_sale,
        begun=begun,
        lapsed=lapsed,
        inside=np.zeros(n_all, dtype=bool),
        usable=np.zeros(n_all, dtype=bool),
        usable_counts=np.zeros((n_all, width), dtype=bool),
        klass=np.zeros(n_all, dtype=np.int64),
        periods=periods,
        period_hours=period_hours,
        deadlines=deadlines,
        ends=ends,
    )
    if not (width and ends.size and n_all):
        return found
    period = np.searchsorted(ends, np.where(dated, day, today), side="left")
    found.inside = period < len(periods)
    counts = positive & (day[:, None] <= deadlines[None, :]) & (day[:, None] >= starts[None, :])
    dated_ok = ok & dated & found.inside & counts.any(axis=1)
    allowed = (
        (expires[:, None] >= begins[None, :]).sum(axis=1)
        if period_hours is not None
        else (expires >= today).astype(np.int64)
    )
    undated_ok = ok & ~dated & (allowed > 0) & positive.any(axis=1)
    found.klass = np.where(dated, 1 + period * (1 << width) + (counts * bits).sum(axis=1), -allowed)
    found.usable = dated_ok | undated_ok
    found.usable_counts = np.where(dated[:, None], counts & dated_ok[:, None], positive)
    found.usable_counts &= found.usable[:, None]
    return found


def _bits(width: int) -> IntArray:
    return (1 << np.arange(width, dtype=np.int64)) if width else np.zeros(0, dtype=np.int64)


def build_problem(
    targets: Sequence[CredentialGaps],
    catalogue: Catalogue | Sequence[CatalogueItem],
    person: Person,
    settings: Settings,
    *,
    prune: bool = True,
    explain: bool = False,
) -> Problem:
    """Filter, tabulate, group and prune the catalogue for the open `targets`. With `explain`,
    `rejected` says why each unusable item is not usable."""
    targets = tuple(targets)
    width = len(targets)
    index = catalogue_index(catalogue, until_kinds(targets))
    table = contribution_table(index, targets, person, settings.as_of)
    stats: dict[str, int] = {"credit_items": index.size}
    bundle_cost = [item_price(b, settings) for b in index.bundles]
    price, unstated = _settings_prices(index, settings)
    penalty = unstated_penalty(index, bundle_cost)
    use = _usability(index, table, targets, settings, price)
    stats["usable"] = int(use.usable.sum())
    rejected: dict[str, Rejection] = {}
    if explain:
        rejected = _rejections(index, table, targets, settings, use)

    # Units: interchangeable usable items.
    index_usable = np.nonzero(use.usable)[0]
    scale = int(index.hours[index_usable].sum()) + 1
    hour_cents = to_hundredths(settings.hour_value) if settings.hour_value is not None else 0
    value_all = (index.hours * hour_cents + 50) // 100 + np.where(unstated, penalty, 0)
    columns = [use.klass, *table.group.T.astype(np.int64), *table.credit.T, index.hours, price]
    columns += [unstated.astype(np.int64), index.ancestor]
    units = _Units.of(index_usable, [c[index_usable] for c in columns])
    rep = units.rep
    u_credit, u_group, u_hours = table.credit[rep], table.group[rep], index.hours[rep]
    u_price, u_klass, u_ancestor = price[rep], use.klass[rep], index.ancestor[rep]
    u_value = value_all[rep]
    stats["units"] = int(rep.size)
    count = units.count
    if prune and rep.size:
        count = _prune(
            count=count,
            klass=u_klass,
            group=u_group,
            credit=u_credit,
            hours=u_hours,
            price=np.where(u_price >= 0, u_price, NOT_SOLD),
            cost=np.where(u_price >= 0, (u_price + u_value) * scale + u_hours, NOT_SOLD),
            ancestor=u_ancestor,
            limited=settings.hours_per_week is not None,
            demand=_demand(targets),
            capped=[
                np.array([g[0] >= 0 for g in groups] + [False], dtype=bool)
                for groups in table.groups
            ],
            cap_room=[max(t.cap_limits, default=0) for t in targets],
        )
    keep = np.nonzero(count > 0)[0]
    stats["kept_units"] = int(keep.size)
    stats["kept_items"] = int(count[keep].sum())
    kept = _compact(index, units, count, keep, u_ancestor, bundle_cost, use, settings.as_of)
    option_unit, option_period, option_counts = _options(
        u_klass[keep], u_credit[keep] > 0, width, use
    )
    stats["options"] = int(option_unit.size)
    return Problem(
        settings=settings,
        person=person,
        targets=targets,
        periods=use.periods,
        period_hours=use.period_hours,
        items=kept.items,
        members=kept.members,
        count=count[keep],
        credit=u_credit[keep],
        group=u_group[keep],
        groups=table.groups,
        hours=u_hours[keep],
        price=u_price[keep],
        ancestors=kept.ancestors,
        bundles=kept.bundles,
        bundle_price=kept.bundle_price,
        bundle_units=kept.bundle_units,
        option_unit=option_unit,
        option_period=option_period,
        counts=option_counts,
        dated=u_klass[keep] > 0,
        latest=kept.latest,
        extra_cents=u_value[keep],
        unstated=unstated[rep][keep],
        penalty=penalty,
        scale=scale,
        stats=stats,
        rejected=rejected,
        table=table,
        usable_counts=use.usable_counts,
    )


@dataclass(frozen=True, slots=True)
class _Units:
    """Usable items grouped into units of interchangeable members."""

    rep: IntArray  # (u,) index of each unit's first member
    bounds: IntArray  # (u + 1,) offsets into members_of
    members_of: IntArray  # item indices, unit by unit
    count: IntArray  # (u,) members

    @classmethod
    def of(cls, usable: IntArray, columns: Sequence[IntArray]) -> _Units:
        if usable.size:
            first, unit_of = _factorise(columns)
        else:
            first = np.zeros(0, dtype=np.int64)
            unit_of = np.zeros(0, dtype=np.int64)
        rep = usable[first]
        order = np.argsort(unit_of, kind="stable")
        bounds = np.searchsorted(unit_of[order], np.arange(rep.size + 1))
        return cls(rep, bounds, usable[order], np.diff(bounds).astype(np.int64))


@dataclass(frozen=True, slots=True)
class _Kept:
    items: tuple[CatalogueItem, ...]
    members: tuple[tuple[int, ...], ...]
    latest: IntArray
    ancestors: tuple[tuple[int, ...], ...]
    bundles: tuple[CatalogueItem, ...]
    bundle_price: IntArray
    bundle_units: tuple[tuple[int, ...], ...]


def _compact(
    index: CatalogueIndex,
    units: _Units,
    count: IntArray,
    keep: IntArray,
    u_ancestor: IntArray,
    bundle_cost: Sequence[Decimal | None],
    use: _Usable,
    as_of: date,
) -> _Kept:
    """Items of kept units (only the `count` first members) and the packages in use."""
    kept_count = count[keep]
    offsets = np.r_[0, np.cumsum(kept_count)]
    take = np.repeat(units.bounds[keep], kept_count) + (
        np.arange(int(offsets[-1])) - np.repeat(offsets[:-1], kept_count)
    )
    chosen_items = units.members_of[take]
    members = [
        tuple(range(a, b)) for a, b in zip(offsets[:-1].tolist(), offsets[1:].tolist(), strict=True)
    ]
    last_deadline = int(use.ends.max()) if use.ends.size else as_of.toordinal()
    latest = (
        np.minimum(np.minimum.reduceat(index.expires[chosen_items], offsets[:-1]), last_deadline)
        if keep.size
        else np.zeros(0, dtype=np.int64)
    )
    ancestor_sets = index.ancestor_sets
    used_bundles = sorted({b for u in keep.tolist() for b in ancestor_sets[u_ancestor[u]]})
    bundle_new = {b: number for number, b in enumerate(used_bundles)}
    unit_ancestors = tuple(
        tuple(bundle_new[b] for b in ancestor_sets[u_ancestor[u]]) for u in keep.tolist()
    )
    bundle_units: list[list[int]] = [[] for _ in used_bundles]
    for number, above in enumerate(unit_ancestors):
        for b in above:
            bundle_units[b].append(number)
    bundle_prices = []
    for b in used_bundles:
        cost_b = bundle_cost[b]
        assert cost_b is not None
        bundle_prices.append(to_hundredths(cost_b))
    return _Kept(
        items=tuple(index.items[i] for i in chosen_items.tolist()),
        members=tuple(members),
        latest=latest.astype(np.int64),
        ancestors=unit_ancestors,
        bundles=tuple(index.bundles[b] for b in used_bundles),
        bundle_price=np.array(bundle_prices, dtype=np.int64),
        bundle_units=tuple(tuple(u) for u in bundle_units),
    )


def _options(
    k_class: IntArray, k_positive: BoolArray, width: int, use: _Usable
) -> tuple[IntArray, IntArray, BoolArray]:
    """Options: dated units once; on-demand units in each allowed period where they count.
    (unit, period, counts for credential j) per option."""
    bits = _bits(width)
    dated_units = np.nonzero(k_class > 0)[0]
    code = k_class[dated_units] - 1
    unit_parts = [dated_units]
    period_parts = [code >> width]
    count_parts = [((code & ((1 << width) - 1))[:, None] & bits[None, :]) > 0]
    for p in range(int(-k_class.min(initial=0))):
        units_p = np.nonzero(-k_class > p)[0]
        counts_p = k_positive[units_p] & (use.deadlines >= use.ends[p])[None, :]
        useful = counts_p.any(axis=1)
        unit_parts.append(units_p[useful])
        period_parts.append(np.full(int(useful.sum()), p, dtype=np.int64))
        count_parts.append(counts_p[useful])
    return (
        np.concatenate(unit_parts).astype(np.int64),
        np.concatenate(period_parts).astype(np.int64),
        np.concatenate(count_parts).reshape(-1, width).astype(bool),
    )


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why a catalogue item cannot be used in a plan: a category (for the explanations) and
    the words. Categories: no-credit, format, not-on-sale, undated, past, lapsed, late
    (after every deadline), rules (no rule set of the person accepts it, or it gives nothing
    before the deadlines of those that do)."""

    category: str
    text: str


def day_text(day: date | None) -> str:
    """ "31 Aug 2028" (the pages' date format)."""
    return f"{day.day} {day:%b %Y}" if day is not None else ""


def _rejections(
    index: CatalogueIndex,
    table: ContributionTable,
    targets: Sequence[CredentialGaps],
    settings: Settings,
    use: _Usable,
) -> dict[str, Rejection]:
    """Why each item that cannot be used is not usable, in words."""
    rejected = {
        ident: Rejection("no-credit", "credit (hours) not stated") for ident in index.no_credit
    }
    for number in np.nonzero(~use.usable)[0].tolist():
        item = index.items[number]
        if not use.format_ok[number]:
            found = Rejection("format", f"{item.format}, not among the formats chosen")
        elif not use.on_sale[number]:
            found = Rejection("not-on-sale", "not on sale, alone or in a package")
        elif index.undated[number]:
            found = Rejection("undated", "no date stated for this event")
        elif use.begun[number]:
            found = Rejection("past", "past, and not held again as far as the catalogue says")
        elif use.lapsed[number]:
            found = Rejection("lapsed", f"approval expired on {day_text(item.approval_expires)}")
        elif index.day[number] >= 0 and not use.inside[number]:
            found = Rejection("late", "after every deadline")
        else:
            found = Rejection("rules", _why_not(table, number, targets))
        rejected[item.id] = found
    return rejected


def _why_not(table: ContributionTable, number: int, targets: Sequence[CredentialGaps]) -> str:
    signature = int(table.signature[number])
    if signature < 0:
        return "gives no credit"
    reasons = table.reasons[signature]
    parts = [f"{t.name}: {r}" for t, r in zip(targets, reasons, strict=True) if r]
    return "; ".join(parts) or "gives nothing before the deadlines of the credentials it fits"


def _prune(
    *,
    count: IntArray,
    klass: IntArray,
    group: npt.NDArray[np.int32],
    credit: IntArray,
    hours: IntArray,
    price: IntArray,
    cost: IntArray,
    ancestor: IntArray,
    limited: bool,
    demand: Sequence[int],
    capped: Sequence[BoolArray],
    cap_room: Sequence[int],
) -> IntArray:
    """How many members of each unit may matter (module docstring): a unit's members beyond
    K minus the number of units' members at least as good are dropped."""
    n, width = credit.shape
    need = np.ones(n, dtype=np.int64)
    for j in range(width):
        has = credit[:, j] > 0
        room = np.full(n, demand[j], dtype=np.int64)
        is_capped = capped[j][group[:, j]]  # group -1 picks the trailing False
        room = np.where(is_capped, np.maximum(room, cap_room[j]), room)
        k = -(-room // np.maximum(credit[:, j], 1)) + 1
        need = np.where(has, np.maximum(need, k), need)
    count = count.copy()
    # Stage 1: units differing only in price: keep the `need` cheapest members.
    _, run = _factorise(
        [
            klass,
            ancestor,
            *(group[:, j].astype(np.int64) for j in range(width)),
            *(credit[:, j] for j in range(width)),
            hours,
        ]
    )
    order = np.lexsort((np.arange(n), cost, price, run))
    in_order = count[order]
    total_before = np.cumsum(in_order) - in_order
    starts = np.r_[True, run[order][1:] != run[order][:-1]]
    run_base = np.maximum.accumulate(np.where(starts, total_before, 0))
    before = total_before - run_base
    count[order] = np.minimum(in_order, np.maximum(need[order] - before, 0))
    # Stage 2: across credit amounts and hours, within options, packages and pattern. Units
    # are visited cheapest first; each keeps only as many members as its dominators already
    # kept leave short of K.
    alive = np.nonzero(count > 0)[0]
    if alive.size == 0:
        return count
    _, pattern = np.unique(
        _factorise([klass[alive], ancestor[alive], *(group[alive, j] for j in range(width))])[1],
        return_inverse=True,
    )
    pattern = pattern.reshape(-1)
    order = np.lexsort((alive, -credit[alive].sum(axis=1), cost[alive], pattern))
    cuts = np.flatnonzero(np.diff(pattern[order])) + 1
    for block in np.split(order, cuts):
        units = alive[block]
        if units.size == 1:
            continue
        c, k = credit[units], cost[units]
        better = (c[:, None, :] >= c[None, :, :]).all(axis=2)  # better[a, b]: a >= b
        better &= k[:, None] <= k[None, :]
        better &= price[units][:, None] <= price[units][None, :]
        if limited:
            better &= hours[units][:, None] <= hours[units][None, :]
        kept = np.zeros(units.size, dtype=np.int64)
        for position in range(units.size):
            u = units[position]
            dominators = int(kept[:position] @ better[:position, position])
            kept[position] = min(int(count[u]), max(int(need[u]) - dominators, 0))
            count[u] = kept[position]
    return count


def closable(problem: Problem) -> bool:
    """False when some credential surely cannot be closed from the usable items, however
    much is spent: the credit that could fill one of its area minimums (earned or usable),
    or its total, falls short. True does not promise a plan (limits, combinations)."""
    table, counts = problem.table, problem.usable_counts
    if table is None or counts is None:
        return True
    for j, target in enumerate(problem.targets):
        assert target.required is not None
        mine = counts[:, j]
        credit = table.credit[mine, j]
        groups = table.group[mine, j]
        limits = target.cap_limits
        capped = [g[0] for g in problem.groups[j]]
        total = counted_credit(target.old, limits) + int(
            credit[[capped[g] < 0 for g in groups.tolist()]].sum()
        )
        total += sum(limits)  # capped credit: at most each cap's limit more
        if total < target.required:
            return False
        for r, minimum in enumerate(target.minimums):
            old = sum(c for c, _cap, fits in target.old if r in fits)
            new = sum(
                int(c)
                for c, g in zip(credit.tolist(), groups.tolist(), strict=True)
                if r in problem.groups[j][g][1]
            )
            if old + new < minimum:
                return False
    return True


def restrict(problem: Problem, bound: int) -> Problem:
    """The problem without what no plan costing at most `bound` cents can buy: items and
    packages whose price alone exceeds it (exact, since no price is negative; `bound` is the
    cost of a known plan, e.g. the greedy one)."""
    price = problem.price.copy()
    price[price + problem.extra_cents > bound] = -1
    bundle_ok = problem.bundle_price <= bound
    keep_unit = (price >= 0) | np.array(
        [any(bundle_ok[b] for b in above) for above in problem.ancestors], dtype=bool
    )
    keep_unit &= problem.extra_cents <= bound
    problem = subset(problem, keep_unit, bundle_ok, price=price)
    problem.stats["bounded_units"] = problem.units
    return problem


def subset(
    problem: Problem,
    keep_unit: BoolArray,
    keep_bundle: BoolArray,
    *,
    price: IntArray | None = None,
    count: IntArray | None = None,
    keep_option: BoolArray | None = None,
) -> Problem:
    """The problem with only these units and packages (and new prices or counts for units):
    packages unlocking no unit kept go, units neither on sale alone nor in a package kept go."""
    price = problem.price if price is None else price
    count = problem.count if count is None else count
    keep_bundle = keep_bundle & np.array(
        [any(keep_unit[u] for u in units) for units in problem.bundle_units], dtype=bool
    )
    keep_unit = keep_unit & (
        (price >= 0)
        | np.array([any(keep_bundle[b] for b in above) for above in problem.ancestors], dtype=bool)
    )
    units = np.nonzero(keep_unit)[0]
    unit_new = np.full(problem.units, -1, dtype=np.int64)
    unit_new[units] = np.arange(units.size)
    bundles = np.nonzero(keep_bundle)[0]
    bundle_new = np.full(len(problem.bundles), -1, dtype=np.int64)
    bundle_new[bundles] = np.arange(bundles.size)
    wanted = keep_unit[problem.option_unit]
    if keep_option is not None:
        wanted &= keep_option
    options = np.nonzero(wanted)[0]
    return replace(
        problem,
        members=tuple(problem.members[u] for u in units),
        count=count[units],
        credit=problem.credit[units],
        group=problem.group[units],
        hours=problem.hours[units],
        price=price[units],
        ancestors=tuple(
            tuple(int(bundle_new[b]) for b in problem.ancestors[u] if keep_bundle[b]) for u in units
        ),
        bundles=tuple(problem.bundles[b] for b in bundles),
        bundle_price=problem.bundle_price[bundles],
        bundle_units=tuple(
            tuple(int(unit_new[u]) for u in problem.bundle_units[b] if keep_unit[u])
            for b in bundles
        ),
        option_unit=unit_new[problem.option_unit[options]],
        option_period=problem.option_period[options],
        counts=problem.counts[options],
        dated=problem.dated[units],
        latest=problem.latest[units],
        extra_cents=problem.extra_cents[units],
        unstated=problem.unstated[units],
        stats=dict(problem.stats),
    )
