"""Benchmark: evaluate 10,000 synthetic people × 3 credentials × 40 activities in-process.

Prints people/s and peak memory, then times `cetrack check --json` on 2,000 ledger files
against simply parsing those files with tomllib and summing hours (target ratio ≤ 2).
Headline last: `evaluate: N people/s`.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from cetrack.core.engine import evaluate
from cetrack.core.ledger_writer import dump_ledger
from cetrack.core.rules.library import default_library
from synthetic import AS_OF, people

BASELINE = """
import sys, tomllib
from decimal import Decimal
from pathlib import Path
total = Decimal(0)
for path in sorted(Path(sys.argv[1]).glob("*.toml")):
    data = tomllib.loads(path.read_text("utf-8"), parse_float=Decimal)
    for activity in data.get("activity", []):
        total += Decimal(activity.get("hours", 0))
print(total)
"""


def in_process(count: int) -> tuple[float, float]:
    library = default_library()
    ledgers = people(count)
    evaluate(ledgers[0], AS_OF, library)  # warm caches
    started = time.perf_counter()
    statuses: dict[str, int] = {}
    for ledger in ledgers:
        for result in evaluate(ledger, AS_OF, library).credentials:
            statuses[result.status] = statuses.get(result.status, 0) + 1
    elapsed = time.perf_counter() - started
    print(f"  statuses: {dict(sorted(statuses.items()))}")
    tracemalloc.start()
    for ledger in ledgers[:500]:
        evaluate(ledger, AS_OF, library)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return count / elapsed, peak / 1e6


def cli_ratio(count: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        for number, ledger in enumerate(people(count, seed=11)):
            Path(folder, f"p{number:05d}.toml").write_text(dump_ledger(ledger), "utf-8")
        cetrack = Path(sys.executable).with_name("cetrack")
        check = [str(cetrack), "check", "--json", "--as-of", AS_OF.isoformat(), folder]
        base = [sys.executable, "-c", BASELINE, folder]
        times = {}
        for name, command in (("check", check), ("baseline", base)):
            best = float("inf")
            for _ in range(3):
                started = time.perf_counter()
                done = subprocess.run(command, capture_output=True, check=False)
                best = min(best, time.perf_counter() - started)
                if done.returncode != 0:
                    raise SystemExit(f"{name} failed: {done.stderr.decode()[:500]}")
            times[name] = best
        return times["check"], times["baseline"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--files", type=int, default=2_000)
    args = parser.parse_args()
    check, baseline = cli_ratio(args.files)
    print(f"  cetrack check --json on {args.files} files: {check:.2f} s")
    print(f"  tomllib parse + sum hours on the same files: {baseline:.2f} s")
    print(f"  ratio: {check / baseline:.2f} (target ≤ 2)")
    rate, peak = in_process(args.people)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  {args.people} people × 3 credentials × 40 activities")
    print(f"  peak traced memory while evaluating: {peak:.1f} MB; process max RSS {rss:.0f} MB")
    print(f"evaluate: {rate:.0f} people/s")


if __name__ == "__main__":
    main()
