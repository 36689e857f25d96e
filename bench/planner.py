"""Benchmark: the renewal planner (exact MILP) against synthetic catalogues, and against greedy.

1. Solve time: one synthetic person holding ascp/MLS, amt/MT and fl/technologist, all three
   with open gaps, planned against synthetic catalogues of 1,000 / 10,000 / 50,000 items (20
   packages, 50 conferences). The time is `make_plan` end to end (evaluating the ledger, the
   contribution table, pruning, the greedy bound, building and solving the MILP, confirming
   with the engine), median of a few runs. Targets: < 0.5 s at 10,000, < 3 s at 50,000.
2. Plan cost against the cheapest-credit-first greedy on 100 random synthetic people (10,000
   items): mean and max saving, and how often greedy finds no plan. The synthetic catalogue has
   many free courses, so the same comparison is repeated without free items ("paid only"), and
   once more with a study limit of 2 hours a week (40 people by default: the slowest case).
   Where no plan closes every gap the MILP answers with a partial plan: how many, and how long
   they take.
3. The starter catalogue (real items): the demo account's ledger and a Florida technologist
   with nothing done yet, planned on 6 December 2026 — status, items, cost, gaps left.

The catalogue index is built by the first plan against a catalogue and reused (as a web app
planning many people against one catalogue would); that first plan's time is reported too.
Writes bench/results/planner.json. Headline last: `planner: <seconds at 10,000 items> s`.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from cetrack.core.catalogue.files import starter_catalogue
from cetrack.core.catalogue.model import Catalogue
from cetrack.core.catalogue.synthetic import synthetic_catalogue
from cetrack.core.ledger import Ledger, parse_ledger
from cetrack.core.planner import greedy_plan, make_plan, open_gaps
from cetrack.core.rules.library import RuleLibrary, default_library
from synthetic import AS_OF, CREDENTIAL_SETS, person

RESULTS = Path(__file__).parent / "results" / "planner.json"
SIZES = (1_000, 10_000, 50_000)
TARGETS = {10_000: 0.5, 50_000: 3.0}
THREE = ("ascp/MLS", "amt/MT", "fl/technologist")


def bench_person(library: RuleLibrary) -> Ledger:
    """A deterministic synthetic person with the three credentials, all with open gaps."""
    rng = random.Random(2026)
    for number in range(10_000):
        ledger = person(rng, number, activities=rng.randint(8, 20))
        if tuple(c.rules for c in ledger.credentials) != THREE:
            continue
        gaps = open_gaps(ledger, AS_OF, library)
        if all(g.is_open for g in gaps):
            return ledger
    raise SystemExit("no suitable synthetic person found")


def time_plans(
    ledger: Ledger, library: RuleLibrary, runs: dict[int, int]
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    for size in SIZES:
        catalogue = synthetic_catalogue(size, seed=1, start=AS_OF)
        started = time.perf_counter()
        make_plan(ledger, catalogue, as_of=AS_OF, library=library)  # indexes the catalogue
        cold = time.perf_counter() - started
        times = []
        plan = None
        for _ in range(runs[size]):
            started = time.perf_counter()
            plan = make_plan(ledger, catalogue, as_of=AS_OF, library=library)
            times.append(time.perf_counter() - started)
        assert plan is not None
        median = statistics.median(times)
        stats = dict(plan.stats)
        print(
            f"  {size:>6} items: {median:.3f} s (median of {len(times)}; first plan, indexing "
            f"the catalogue: {cold:.3f} s; "
            f"{stats.get('usable', 0)} usable items -> {stats.get('kept_units', 0)} units after "
            f"pruning -> {stats.get('bounded_units', stats.get('kept_units', 0))} within the "
            f"greedy bound); {plan.status}, ${plan.cost}, {plan.hours} h, "
            f"confirmed by the engine: {plan.confirmed}"
        )
        rows.append(
            {
                "items": size,
                "seconds_median": round(median, 4),
                "seconds_all": [round(t, 4) for t in times],
                "seconds_first_plan_with_indexing": round(cold, 4),
                "status": plan.status,
                "cost": float(plan.cost),
                "hours": float(plan.hours),
                "confirmed": plan.confirmed,
                "target_seconds": TARGETS.get(size),
                "stats": stats,
            }
        )
    return rows


def compare(
    catalogue: Catalogue,
    library: RuleLibrary,
    count: int,
    label: str,
    hours_per_week: Decimal | None = None,
) -> dict[str, object]:
    rng = random.Random(99)
    savings: list[Decimal] = []
    hours_saved: list[Decimal] = []
    greedy_none = milp_partial = strictly_better = unconfirmed = 0
    solve_times: list[float] = []
    partial_times: list[float] = []
    for number in range(count):
        ledger = person(rng, number, activities=rng.randint(5, 30))
        started = time.perf_counter()
        best = make_plan(
            ledger, catalogue, as_of=AS_OF, library=library, hours_per_week=hours_per_week
        )
        solve_times.append(time.perf_counter() - started)
        baseline = greedy_plan(
            ledger, catalogue, as_of=AS_OF, library=library, hours_per_week=hours_per_week
        )
        if best.status == "partial":
            milp_partial += 1
            partial_times.append(solve_times[-1])
            assert best.gaps_left and all(g.reason for g in best.gaps_left), number
        elif not best.confirmed:
            unconfirmed += 1
        if baseline.status != "feasible":
            greedy_none += 1
            continue
        if best.status in ("optimal", "time_limit"):
            saving = baseline.cost - best.cost
            assert saving >= 0, (number, baseline.cost, best.cost)
            savings.append(saving)
            hours_saved.append(baseline.hours - best.hours)
            strictly_better += saving > 0
    mean = sum(savings, Decimal(0)) / len(savings) if savings else Decimal(0)
    result = {
        "catalogue": label,
        "people": count,
        "compared": len(savings),
        "mean_saving": round(float(mean), 2),
        "max_saving": float(max(savings, default=Decimal(0))),
        "strictly_cheaper": strictly_better,
        "mean_hours_saved": round(
            float(sum(hours_saved, Decimal(0)) / max(len(hours_saved), 1)), 2
        ),
        "greedy_found_no_plan": greedy_none,
        "milp_partial": milp_partial,
        "milp_not_confirmed": unconfirmed,
        "milp_seconds_median": round(statistics.median(solve_times), 4),
        "milp_seconds_max": round(max(solve_times), 4),
        "partial_seconds_median": round(statistics.median(partial_times), 4)
        if partial_times
        else None,
        "partial_seconds_max": round(max(partial_times), 4) if partial_times else None,
    }
    print(
        f"  {label}: {len(savings)} of {count} people compared; saving mean "
        f"${result['mean_saving']}, max ${result['max_saving']}; MILP strictly cheaper for "
        f"{strictly_better}; greedy found no plan for {greedy_none} (MILP: a partial plan for "
        f"{milp_partial}); hours saved on average {result['mean_hours_saved']}; plan "
        f"{result['milp_seconds_median']} s median, {result['milp_seconds_max']} s max"
    )
    return result


STARTER_AS_OF = date(2026, 12, 6)
FLORIDA_TECHNOLOGIST = """\
format = 1

[person]
name = "Florida technologist (bench)"

[[credential]]
id = "fl-tech"
rules = "fl/technologist"
license_number = "TC00000"
categories = ["chemistry", "hematology", "microbiology"]
"""


def starter_plans(library: RuleLibrary) -> list[dict[str, object]]:
    """The demo account and a Florida technologist against the starter catalogue."""
    demo_text = resources.files("cetrack.data").joinpath("demo-ledger.toml").read_text("utf-8")
    rows = []
    for label, text in (
        ("demo account", demo_text),
        ("Florida technologist", FLORIDA_TECHNOLOGIST),
    ):
        parsed = parse_ledger(text, label, library.check_credential)
        assert parsed.ledger is not None, parsed.problems
        started = time.perf_counter()
        plan = make_plan(parsed.ledger, starter_catalogue(), as_of=STARTER_AS_OF, library=library)
        seconds = time.perf_counter() - started
        row = {
            "ledger": label,
            "as_of": STARTER_AS_OF.isoformat(),
            "status": plan.status,
            "items": [
                {"id": i.id, "price": float(i.price) if i.price_stated else None}
                for i in plan.items
            ],
            "cost_of_priced_items": float(plan.cost),
            "items_price_not_stated": len(plan.unpriced),
            "hours": float(plan.hours),
            "coverage": {
                c: {"before": b / 100, "after": a / 100} for c, (b, a) in plan.coverage.items()
            },
            "gaps_left": [
                {
                    "credential": g.credential,
                    "requirement": g.requirement,
                    "missing": g.missing / 100,
                    "candidates": list(g.candidates),
                }
                for g in plan.gaps_left
            ],
            "seconds": round(seconds, 3),
        }
        rows.append(row)
        items = ", ".join(
            f"{i['id']} ({'$' + format(i['price'], 'g') if i['price'] is not None else 'price not stated'})"
            for i in row["items"]  # type: ignore[attr-defined]
        )
        gaps = "; ".join(
            f"{g['requirement']} {format(g['missing'], 'g')} (check: {', '.join(g['candidates'][:4]) or '—'})"
            for g in row["gaps_left"]  # type: ignore[attr-defined]
        )
        print(
            f"  {label}: {plan.status}, {len(plan.items)} items [{items}], ${plan.cost} for the "
            f"priced items; coverage {row['coverage']}; gaps left: {gaps or 'none'} "
            f"({seconds:.2f} s)"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--people-limited", type=int, default=40)
    args = parser.parse_args()
    library = default_library()
    ledger = bench_person(library)
    print(f"planner benchmark: one person holding {', '.join(THREE)} (as of {AS_OF})")
    for gap in open_gaps(ledger, AS_OF, library):
        print(f"  {gap.rules}: missing {gap.describe_gaps()}, due {gap.deadline}")
    runs = {1_000: args.runs, 10_000: args.runs, 50_000: max(3, args.runs // 2)}
    timings = time_plans(ledger, library, runs)
    print(f"greedy (cheapest credit first) against the MILP, {args.people} random people:")
    catalogue = synthetic_catalogue(10_000, seed=1, start=AS_OF)
    paid = Catalogue(
        tuple(i for i in catalogue.items if i.price is None or i.price > 0),
        source=f"{catalogue.source}, paid items only",
    )
    comparisons = [
        compare(catalogue, library, args.people, "synthetic 10,000 items"),
        compare(paid, library, args.people, "synthetic 10,000 items, paid only"),
        compare(
            paid,
            library,
            args.people_limited,
            "synthetic 10,000 items, paid only, 2 hours a week",
            hours_per_week=Decimal(2),
        ),
    ]
    print(f"starter catalogue, as of {STARTER_AS_OF}:")
    starter = starter_plans(library)
    at = {row["items"]: row["seconds_median"] for row in timings}
    met = {str(size): float(at[size]) < target for size, target in TARGETS.items()}  # type: ignore[arg-type]
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "machine": {
                    "python": platform.python_version(),
                    "platform": platform.platform(),
                },
                "as_of": AS_OF.isoformat(),
                "person": list(THREE),
                "credential_sets_for_comparison": [list(s) for s in CREDENTIAL_SETS],
                "timings": timings,
                "targets_met": met,
                "greedy": comparisons,
                "starter_catalogue": starter,
            },
            indent=2,
        )
        + "\n",
        "utf-8",
    )
    print(
        f"  wrote {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}"
    )
    print(f"planner: {at[10_000]:.3f} s")


if __name__ == "__main__":
    main()
