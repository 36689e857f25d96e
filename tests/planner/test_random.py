"""On random small cases the MILP plan is the cheapest there is, and never dearer than greedy.

"Cheapest there is" is checked by brute force with the engine alone: every set of purchases
(courses bought alone, packages), every item it makes available completed today, each
credential evaluated again; the cheapest set that closes every gap is the true optimum. Where
no set closes every gap, the partial plan must be the brute force's best in the documented
order: the least missing credit, deadline by deadline, then the least cost.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from itertools import combinations

import pytest

from cetrack.core.catalogue.model import Catalogue, CatalogueItem
from cetrack.core.engine import evaluate_credential
from cetrack.core.ledger import Ledger
from cetrack.core.planner import greedy_plan, item_activity, make_plan, open_gaps
from cetrack.core.planner.greedy import greedy
from cetrack.core.planner.milp import objective, reduce_by_lp, solve
from cetrack.core.planner.problem import Settings, build_problem, restrict
from tests.planner import AS_OF, LIBRARY, MLS, course, credential, done, ledger, package

TOPICS = ["hematology", "safety", "chemistry", "microbiology", "ethics", "management", "general"]


def random_case(seed: int) -> tuple[Ledger, tuple[CatalogueItem, ...]]:
    rng = random.Random(seed)
    credentials = MLS
    if rng.random() < 0.5:
        credentials += credential("amt", "amt/MT", certified_on="2024-03-15")
    activities = ""
    for number in range(rng.randint(2, 6)):
        topics = rng.sample([*TOPICS, "blood-banking"], rng.choice([1, 1, 2]))
        points = rng.choice([1, 2, 3, 5, 8])
        activities += done(
            f"a{number}", "2025-05-01", f"points = {points}", repr(topics).replace("'", '"')
        )
    items: list[CatalogueItem] = []
    for number in range(rng.randint(5, 8)):
        topics = tuple(rng.sample(TOPICS, rng.choice([1, 1, 2])))
        items.append(
            course(
                f"c{number}",
                rng.choice([1, 2, 3, 5, 8]),
                topics,
                rng.choice([0, 5, 10, 15, 20, 30, 45, 60]),
                accreditation=rng.choice(["pace", "pace", "cmle", "none"]),
            )
        )
    if rng.random() < 0.6:
        inside = [
            course(f"p{n}", rng.choice([1, 2, 4]), (rng.choice(TOPICS),), None) for n in range(3)
        ]
        items.extend(inside)
        items.append(package("pack", rng.choice([10, 25, 40]), tuple(i.id for i in inside)))
    return ledger(credentials, activities), tuple(items)


Key = tuple[int, ...]


def shortfall(results: list[tuple[object, object]]) -> Key:
    """The partial plan's order (docs/planner.md): per deadline, nearest first, the engine's
    missing credit, then the total's and the areas' shortfalls summed."""
    tiers: dict[object, list[int]] = {}
    for deadline, result in results:
        missing = result.missing or 0  # type: ignore[attr-defined]
        short = max(result.required - result.earned, 0) + sum(  # type: ignore[attr-defined]
            r.missing
            for r in result.requirements  # type: ignore[attr-defined]
        )
        tier = tiers.setdefault(deadline, [0, 0])
        tier[0] += missing
        tier[1] += short
    return tuple(v for d in sorted(tiers) for v in tiers[d])  # type: ignore[type-var]


def brute_force(person: Ledger, items: tuple[CatalogueItem, ...]) -> tuple[Key, Decimal]:
    """The best set of purchases as the engine sees it: the least shortfall (deadline order),
    then the least cost. Every gap is closed when the shortfall is all zeros."""
    targets = [g for g in open_gaps(person, AS_OF, LIBRARY) if g.is_open]
    if not targets:
        return (), Decimal(0)
    by_id = {i.id: i for i in items}
    buyable = [i for i in items if i.price is not None]
    activity = {i.id: item_activity(i, AS_OF, person.person) for i in items if not i.includes}
    past = sorted(person.activities, key=lambda a: (a.end, a.id))
    best: tuple[Key, Decimal] | None = None
    for size in range(len(buyable) + 1):
        for chosen in combinations(buyable, size):
            cost = sum((i.price or Decimal(0) for i in chosen), Decimal(0))
            open_ids = {i.id for i in chosen}
            for bundle in chosen:
                open_ids.update(bundle.includes)
            extra = [activity[k] for k in open_ids if not by_id[k].includes]
            everything = sorted([*past, *extra], key=lambda a: (a.end, a.id))  # type: ignore[union-attr]
            results: list[tuple[object, object]] = []
            for target in targets:
                assert target.book is not None and target.check_date is not None
                result = evaluate_credential(
                    target.credential, everything, person.person, target.check_date, target.book
                )
                results.append((target.deadline, result))
            key = (shortfall(results), cost)
            if best is None or key < best:
                best = key
    assert best is not None
    return best


def plan_shortfall(person: Ledger, plan: object) -> Key:
    """The same order read off a plan's coverage rows (the engine's verdict on the plan)."""
    rows = plan.credentials  # type: ignore[attr-defined]
    tiers: dict[object, list[int]] = {}
    for row in rows:
        if not row.missing_before:
            continue
        tier = tiers.setdefault(row.deadline, [0, 0])
        tier[0] += row.required - row.after
        tier[1] += sum(g.missing for g in row.missing_after)
    return tuple(v for d in sorted(tiers) for v in tiers[d])  # type: ignore[type-var]


def check(seed: int) -> None:
    person, items = random_case(seed)
    catalogue = Catalogue(items)
    plan = make_plan(person, catalogue, as_of=AS_OF, library=LIBRARY)
    baseline = greedy_plan(person, catalogue, as_of=AS_OF, library=LIBRARY)
    short, truth = brute_force(person, items)
    if any(short):
        # No plan closes every gap: the best partial plan, each gap left explained.
        assert plan.status == "partial", (seed, plan.explanation)
        assert baseline.status == "infeasible", seed
        assert plan_shortfall(person, plan) == short, seed
        assert plan.cost == truth, (seed, plan.cost, truth, plan.purchases)
        assert plan.gaps_left and all(g.reason for g in plan.gaps_left), seed
        return
    assert plan.status == "optimal", (seed, plan.explanation)
    assert plan.confirmed, seed
    assert plan.cost == truth, (seed, plan.cost, truth, plan.purchases)
    if baseline.status == "feasible":
        assert baseline.confirmed, seed
        assert plan.cost <= baseline.cost, seed


@pytest.mark.parametrize("seed", range(12))
def test_milp_is_the_true_optimum_and_never_worse_than_greedy(seed: int) -> None:
    check(seed)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(12, 200))
def test_milp_is_the_true_optimum_on_many_cases(seed: int) -> None:
    check(seed)


def test_random_cases_are_not_trivial() -> None:
    """The generator gives open gaps, packages, infeasible cases and greedy losses."""
    statuses = set()
    packages = 0
    for seed in range(12):
        person, items = random_case(seed)
        packages += any(i.includes for i in items)
        plan = make_plan(person, Catalogue(items), as_of=AS_OF, library=LIBRARY)
        statuses.add(plan.status)
    assert {"optimal", "partial"} <= statuses
    assert packages >= 3
    assert date(2027, 6, 30) > AS_OF


def exact_cost(person: Ledger, catalogue: Catalogue, **limits: object) -> tuple[str, int]:
    """The MILP on the whole catalogue: no pruning, no greedy bound, no reduced-cost fixing."""
    targets = [g for g in open_gaps(person, AS_OF, LIBRARY) if g.is_open]
    problem = build_problem(targets, catalogue, person.person, Settings(as_of=AS_OF, **limits))  # type: ignore[arg-type]
    full = build_problem(
        targets,
        catalogue,
        person.person,
        Settings(as_of=AS_OF, **limits),
        prune=False,  # type: ignore[arg-type]
    )
    plain = solve(full, tie_break=False)
    # The same through every reduction make_plan uses, with the reductions forced.
    baseline = greedy(problem)
    reduced = problem
    if baseline.status == "feasible":
        bound = objective(problem, baseline)
        reduced = reduce_by_lp(restrict(problem, bound), bound)
    fast = solve(reduced, tie_break=False)
    assert fast.status == plain.status
    assert fast.cost == plain.cost, (fast.cost, plain.cost)
    return plain.status, plain.cost


@pytest.mark.parametrize("seed", range(6))
def test_pruning_bounds_and_fixing_keep_the_optimum(seed: int) -> None:
    person, items = random_case(seed)
    exact_cost(person, Catalogue(items))


@pytest.mark.slow
@pytest.mark.parametrize(
    "limits", [{}, {"hours_per_week": Decimal(2)}, {"budget": Decimal(80)}, {"member": True}]
)
def test_reductions_keep_the_optimum_on_a_synthetic_catalogue(limits) -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
    from cetrack.core.catalogue.synthetic import synthetic_catalogue
    from synthetic import person as synthetic_person

    catalogue = synthetic_catalogue(1_500, seed=5, start=AS_OF)
    paid = Catalogue(tuple(i for i in catalogue.items if i.price is None or i.price > 0))
    rng = random.Random(23)
    for number in range(5):
        ledger = synthetic_person(rng, number, activities=rng.randint(5, 25))
        ledger = Ledger(ledger.person, ledger.credentials, ledger.activities)
        status, cents = exact_cost(ledger, paid, **limits)
        plan = make_plan(ledger, paid, as_of=AS_OF, library=LIBRARY, **limits)
        if status == "infeasible":
            assert plan.status == "partial"
        else:
            assert plan.status == "optimal" and plan.confirmed
            assert plan.cost == Decimal(cents) / 100
