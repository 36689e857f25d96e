"""The planner on large synthetic catalogues (slow): plans are confirmed by the engine, never
dearer than greedy, and a time limit returns the best plan found."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from cetrack.core.catalogue.model import Catalogue
from cetrack.core.catalogue.synthetic import synthetic_catalogue
from cetrack.core.planner import greedy_plan, make_plan
from tests.planner import LIBRARY

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from synthetic import AS_OF, person


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return synthetic_catalogue(5_000, seed=3, start=AS_OF)


@pytest.mark.slow
@pytest.mark.parametrize(
    "limits",
    [{}, {"hours_per_week": 3}, {"budget": 40}, {"formats": ("online",)}, {"member": True}],
)
def test_plans_on_a_synthetic_catalogue_are_confirmed_and_beat_greedy(catalogue, limits):
    rng = random.Random(17)
    for number in range(8):
        ledger = person(rng, number, activities=rng.randint(5, 30))
        plan = make_plan(ledger, catalogue, as_of=AS_OF, library=LIBRARY, **limits)
        baseline = greedy_plan(ledger, catalogue, as_of=AS_OF, library=LIBRARY, **limits)
        if plan.status == "infeasible":
            assert baseline.status == "infeasible"
            assert plan.explanation
            continue
        assert plan.confirmed, (number, plan.explanation)
        if baseline.status == "feasible":
            assert baseline.confirmed
            assert plan.cost <= baseline.cost


@pytest.mark.slow
def test_a_time_limit_returns_the_best_plan_found(catalogue):
    paid = Catalogue(tuple(i for i in catalogue.items if i.price is None or i.price > 0))
    rng = random.Random(11)
    ledger = next(
        p
        for p in (person(rng, n, activities=10) for n in range(50))
        if p.credentials[0].rules == "ascp/MLS"
    )
    quick = make_plan(ledger, paid, as_of=AS_OF, library=LIBRARY, hour_value=20, time_limit=0.05)
    full = make_plan(ledger, paid, as_of=AS_OF, library=LIBRARY, hour_value=20)
    assert quick.status in ("time_limit", "optimal") and quick.confirmed
    if quick.status == "time_limit":
        assert "time limit" in quick.explanation[0]
    assert full.status == "optimal" and full.confirmed
    # What is minimised: dollars plus $20 for every hour.
    assert full.cost + 20 * full.hours <= quick.cost + 20 * quick.hours
