"""The gaps a plan leaves open: for each, why, and what in the catalogue would close it.

A gap left open is one the engine still finds missing once the plan is added to the ledger
(`CredentialCoverage.missing_after`). For each, the catalogue is searched for the items that
cover it (its topics; any item for the total) and each is sorted by what stands in the way:

- usable but not in the plan: the person's limits (budget, hours per week) leave it out;
- credit not stated: it may well close the gap, once its hours are known;
- not accepted as listed: the rule set does not accept its accreditation, or the requirement
  needs a board approval the item does not state (Florida's medical-errors course);
- no date stated, approval lapsed, a format not chosen;
- past events and items after the deadline, which cannot help (named, not suggested).

The first three groups and dates, approvals and formats to check are the *candidates*: item
ids worth checking. The reason is one sentence in the person's terms, naming items by title.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

import numpy as np
import numpy.typing as npt

from cetrack.core.catalogue.model import EVENT_KINDS, CatalogueItem
from cetrack.core.engine import assess_activity
from cetrack.core.planner.contribution import TOTAL, CredentialGaps, Gap, item_activity
from cetrack.core.planner.index import ON_DEMAND
from cetrack.core.planner.plan import GapLeft, Plan, dollars
from cetrack.core.planner.problem import Problem, Rejection, day_text
from cetrack.core.units import format_credit
from cetrack.core.vocabulary import vocabulary

MAX_NAMED = 3
MAX_GROUPS = 4
MAX_CANDIDATES = 10
MAX_SCANNED = 500
"""Items looked at per gap for reasons (the catalogue's order); usable ones are all counted."""

CANDIDATE_ORDER = ("usable", "no-credit", "approval", "rules", "undated", "lapsed", "format")
PHRASES = {
    "no-credit": "credit not stated",
    "approval": "no board approval stated",
    "undated": "no date stated",
    "format": "a format not chosen",
}


@dataclass(frozen=True, slots=True)
class _Found:
    item: CatalogueItem
    category: str
    text: str


@dataclass(slots=True)
class _Context:
    problem: Problem
    plan: Plan
    items: Sequence[CatalogueItem]
    position: dict[str, int]
    planned: frozenset[str]


def gaps_left(problem: Problem, plan: Plan, items: Sequence[CatalogueItem]) -> tuple[GapLeft, ...]:
    """Every gap the plan leaves open (as the engine finds it), with why and what would close
    it. `problem` must come from `build_problem(..., explain=True)`; `items` is the catalogue
    the plan was made from (upcoming dates)."""
    table = problem.table
    if table is None or problem.usable_counts is None:
        return ()
    context = _Context(
        problem,
        plan,
        items,
        {item.id: k for k, item in enumerate(table.items)},
        frozenset(p.id for p in plan.items),
    )
    number = {t.id: j for j, t in enumerate(problem.targets)}
    found: list[GapLeft] = []
    for row in plan.credentials:
        j = number.get(row.credential)
        if j is None:
            continue
        for gap in row.missing_after:
            found.append(_explain(context, j, gap))
    return tuple(found)


def _explain(context: _Context, j: int, gap: Gap) -> GapLeft:
    target = context.problem.targets[j]
    requirement = next((r for r in target.requirements if r.id == gap.requirement), None)
    r = target.requirements.index(requirement) if requirement is not None else None
    topics = requirement.topics if requirement is not None else None
    waiting, have = _usable(context, j, r)
    found = [*waiting, *_blocked(context, j, r, topics)]
    name = "the total" if gap.requirement == TOTAL else gap.name
    head = _head(context, target, name, gap, waiting, have, bool(found))
    groups = [(c, g) for c, g in _grouped(found) if c != "usable"]
    checkable = [(c, g) for c, g in groups if any(_candidate(f) for f in g)]
    if r is None and checkable:  # the total: what could be checked, not the whole catalogue
        groups = checkable
    shown = groups[:MAX_GROUPS]
    tail = [f"{_titles([f.item for f in group])} — {_phrase(group)}" for _c, group in shown]
    hidden = sum(len(g) for _c, g in groups[MAX_GROUPS:])
    if hidden:
        tail.append(f"{hidden} more item{'s' if hidden != 1 else ''} for other reasons")
    reason = head + (": " + "; ".join(tail) if tail else "")
    candidates = tuple(
        dict.fromkeys(
            f.item.id
            for category in CANDIDATE_ORDER
            for f in found
            if f.category == category and _candidate(f)
        )
    )[:MAX_CANDIDATES]
    return GapLeft(
        credential=target.id,
        credential_name=target.name,
        requirement=gap.requirement,
        name=gap.name,
        missing=gap.missing,
        unit=target.unit,
        reason=reason,
        candidates=candidates,
    )


def _fits(context: _Context, j: int, r: int | None) -> npt.NDArray[np.bool_]:
    """Per credit item: usable for credential j and able to fill requirement r (any: r None)."""
    problem = context.problem
    assert problem.table is not None and problem.usable_counts is not None
    counts = problem.usable_counts[:, j]
    if r is None:
        return counts
    fills = np.array([r in fits for _cap, fits in problem.groups[j]] + [False], dtype=bool)
    found: npt.NDArray[np.bool_] = counts & fills[problem.table.group[:, j]]
    return found


def _usable(context: _Context, j: int, r: int | None) -> tuple[list[_Found], int]:
    """Usable items not in the plan that could fill the gap, and the credit of every usable
    item that could (planned or not)."""
    problem = context.problem
    table = problem.table
    assert table is not None
    fits = _fits(context, j, r)
    have = int(table.credit[fits, j].sum())
    waiting = [
        _Found(table.items[k], "usable", "")
        for k in np.nonzero(fits)[0].tolist()[:MAX_SCANNED]
        if table.items[k].id not in context.planned
    ]
    return waiting, have


def _blocked(
    context: _Context, j: int, r: int | None, topics: frozenset[str] | None
) -> list[_Found]:
    """Items covering the gap's topics that cannot be used for it, with why."""
    out: list[_Found] = []
    problem = context.problem
    table = problem.table
    assert table is not None and problem.usable_counts is not None
    fits = _fits(context, j, r)
    scanned = 0
    for item in context.items:
        if item.includes or item.id in context.planned:
            continue
        if topics is not None and not topics & set(item.topics):
            continue
        k = context.position.get(item.id)
        if k is not None and fits[k]:
            continue
        scanned += 1
        if scanned > MAX_SCANNED:
            break
        found = _why(context, j, r, item, k)
        if found is not None:
            out.append(found)
    return out


def _why(
    context: _Context, j: int, r: int | None, item: CatalogueItem, k: int | None
) -> _Found | None:
    problem = context.problem
    target = problem.targets[j]
    assert problem.table is not None and problem.usable_counts is not None
    rejection: Rejection | None = problem.rejected.get(item.id)
    if rejection is not None and rejection.category == "no-credit":
        rejection = _timing(problem, item) or rejection
    if rejection is not None and rejection.category == "no-credit":
        refused = _refusal(problem, target, item, r)
        text = "credit not stated" + (f"; {refused[1]}" if refused else "")
        category = "no-credit" if refused is None else "rules"  # rules: two things to check
        return _Found(item, category, text)
    if rejection is not None and rejection.category != "rules":
        return _Found(item, rejection.category, rejection.text)
    refused = _refusal(problem, target, item, r)
    if refused is not None:
        return _Found(item, "approval" if refused[0] == "approval" else "rules", refused[1])
    if k is not None and not problem.usable_counts[k, j]:
        deadline = day_text(target.deadline)
        return _Found(item, "late", f"after {deadline} ({target.deadline_basis})")
    return None


def _timing(problem: Problem, item: CatalogueItem) -> Rejection | None:
    """For an item the planner never indexed (no credit stated): what its dates, approval or
    format would stand in the way of, as `build_problem` judges indexed items."""
    as_of = problem.settings.as_of
    first, last = item.start or item.end, item.end or item.start
    formats = problem.settings.formats
    if formats is not None and item.format not in formats and item.format != "hybrid":
        return Rejection("format", f"{item.format}, not among the formats chosen")
    if first is None and item.kind in EVENT_KINDS and item.recurs not in ON_DEMAND:
        return Rejection("undated", "no date stated for this event")
    if first is not None and first <= as_of:
        return Rejection("past", "past, and not held again as far as the catalogue says")
    if item.approval_expires is not None and item.approval_expires < (last or as_of):
        return Rejection("lapsed", f"approval expired on {day_text(item.approval_expires)}")
    return None


def _refusal(
    problem: Problem, target: CredentialGaps, item: CatalogueItem, r: int | None
) -> tuple[str, str] | None:
    """Why the rule set would not count the item for this requirement were its credit known:
    ("kind" | "source" | "approval", words), or None."""
    book = target.book
    assert book is not None
    known = item.amount is not None and item.amount > 0
    stand_in = item if known else replace(item, amount=Decimal(1), unit="hours")
    activity = item_activity(stand_in, problem.settings.as_of, problem.person)
    if activity is None:
        return None
    assessed = assess_activity(book, activity, problem.person, target.requirements)
    if assessed.reason is not None or assessed.unverified:
        policy = book.kinds.get(activity.kind)
        if policy is not None and policy.counts != "yes":
            return "kind", policy.reason or f"{book.program.authority} does not count it"
        return "source", _not_accepted(target, item)
    if r is not None and r not in assessed.fits:
        board = target.requirements[r].approved_by or ""
        return "approval", f"no {board.upper()} board approval stated"
    return None


def _not_accepted(target: CredentialGaps, item: CatalogueItem) -> str:
    assert target.book is not None
    program = target.book.program
    known = vocabulary().accreditations.get(item.accreditation)
    named = known.name if known is not None and item.accreditation != "none" else None
    as_listed = f"accredited by {named}" if named else "no accreditation stated"
    if any(s.board_approval for s in program.accepted_sources or ()):
        return f"{as_listed}, no {program.program.upper()} board approval stated"
    return f"{as_listed}, which the {program.authority} does not accept"


def _head(
    context: _Context,
    target: CredentialGaps,
    name: str,
    gap: Gap,
    waiting: Sequence[_Found],
    have: int,
    covered: bool,
) -> str:
    settings = context.problem.settings
    deadline = day_text(target.deadline)
    if waiting:
        limits = []
        if settings.budget is not None:
            limits.append(f"the budget of {dollars(settings.budget)}")
        if settings.hours_per_week is not None:
            limits.append(f"{settings.hours_per_week} hours a week")
        items = _titles([f.item for f in waiting])
        if limits:
            return f"{items} would add to it, but not within {' and '.join(limits)}"
        return f"{items} would add to it, but not together with the gaps due earlier"
    if have > 0:
        return (
            f"everything in the catalogue that counts toward {name} adds up to "
            f"{format_credit(have)} {target.unit} before {deadline}"
        )
    if not covered:
        if gap.requirement == TOTAL:
            return f"nothing in the catalogue counts for {target.name} before {deadline}"
        return f"nothing in the catalogue covers {name}"
    return (
        f"nothing in the catalogue that counts for {target.name} covers {name} with stated "
        f"credit before {deadline}"
    )


def _grouped(found: Iterable[_Found]) -> list[tuple[str, list[_Found]]]:
    groups: dict[tuple[str, str], list[_Found]] = {}
    for f in found:
        groups.setdefault((f.category, f.text), []).append(f)
    order = {c: n for n, c in enumerate((*CANDIDATE_ORDER, "late", "past", "not-on-sale"))}
    ranked = sorted(groups.items(), key=lambda kv: (order.get(kv[0][0], 99), -len(kv[1])))
    return [(category, group) for (category, _text), group in ranked]


def _phrase(group: Sequence[_Found]) -> str:
    return group[0].text or PHRASES.get(group[0].category, group[0].category)


def _candidate(found: _Found) -> bool:
    if found.category not in CANDIDATE_ORDER:
        return False  # past, after the deadline, not on sale: nothing to check
    if found.category != "rules":
        return True
    return "board approval stated" in found.text  # a board approval would make it count


def _titles(items: Sequence[CatalogueItem]) -> str:
    shown = [_title(item) for item in items[:MAX_NAMED]]
    more = f" and {len(items) - MAX_NAMED} more" if len(items) > MAX_NAMED else ""
    return ", ".join(shown) + more


def _title(item: CatalogueItem) -> str:
    title = item.title if len(item.title) <= 70 else item.title[:67] + "..."
    when = item.start or item.end
    return f"“{title}” ({day_text(when)})" if when is not None else f"“{title}”"
