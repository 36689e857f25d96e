"""Benchmark: topic inference from course titles against the labelled set.

Reads `cetrack/data/topic-titles.csv` (title, `;`-separated topic ids, dev/test split, note),
takes the topics capture pre-ticks (`topic_ids` at its default threshold, with the stricter
gate for mandatory topics) for every title and prints, for the dev and the held-out test split
separately, per-topic precision/recall/F1, micro and macro figures and exact-match rate; then,
for the mandatory topics (Florida laws and rules, HIV/AIDS, medical errors, safety, ethics),
every false positive (a tick that could show a required minimum as met) and how many of the
labels left unticked are still shown to the reviewer as unticked suggestions; then speed in
titles per second. The lexicon was tuned looking only at dev errors, so the test split is the
honest figure. Writes bench/results/topics.json.
Headline last: `topics: <mandatory-topic false positives on test> mandatory false positives`.

History of the test figure (so later runs can be read against it): the first and only blind run
on the test split, with the lexicon frozen after dev tuning, gave micro P 0.920 / R 0.972 /
F1 0.945 (macro F1 0.947). Reading its errors exposed two lexicon bugs, fixed afterwards: the
phrase "transfusion reaction" did not carry blood banking, and "Florida Board-Approved" (approval
wording) counted as Florida-law content. After those fixes: micro P 0.929 / R 0.977 / F1 0.952,
which is no longer a blind figure. No other change was made from test errors.

The mandatory-topic gate (issue 10, point 7) was set from the two reported cases ("Westgard
Rules" ticking Florida laws and rules, "Transfusion reactions" ticking safety) and the dev split
only: no test title was used to choose STRONG_WEIGHT or MANDATORY_THRESHOLD. Test errors had been
printed by earlier runs, so this is not a blind figure either. With the gate: test micro P 0.935
/ R 0.953 / F1 0.944, mandatory topics P 1.00 (0 false positives; 2 in 175 before the gate).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import platform
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from cetrack.core.capture.topics import (
    DEFAULT_THRESHOLD,
    MANDATORY_TOPICS,
    infer_topics,
    pretick,
)
from cetrack.core.vocabulary import vocabulary

RESULTS = Path(__file__).parent / "results" / "topics.json"


@dataclass(frozen=True, slots=True)
class Row:
    title: str
    topics: frozenset[str]
    split: str
    note: str


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_json(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class Report:
    split: str
    rows: int = 0
    exact: int = 0
    per_topic: dict[str, Counts] = field(default_factory=dict)
    errors: list[dict[str, object]] = field(default_factory=list)
    # Mandatory topics: ticked but not labelled; labelled, unticked but shown as a suggestion.
    mandatory_false: list[dict[str, str]] = field(default_factory=list)
    mandatory_suggested: int = 0

    @property
    def mandatory(self) -> Counts:
        total = Counts()
        for topic in MANDATORY_TOPICS:
            counts = self.per_topic[topic]
            total.tp += counts.tp
            total.fp += counts.fp
            total.fn += counts.fn
        return total

    @property
    def micro(self) -> Counts:
        total = Counts()
        for counts in self.per_topic.values():
            total.tp += counts.tp
            total.fp += counts.fp
            total.fn += counts.fn
        return total

    def macro(self) -> tuple[float, float, float]:
        """Averages over the topics that occur in this split's labels."""
        present = [c for c in self.per_topic.values() if c.tp + c.fn > 0]
        if not present:
            return 0.0, 0.0, 0.0
        n = len(present)
        return (
            sum(c.precision for c in present) / n,
            sum(c.recall for c in present) / n,
            sum(c.f1 for c in present) / n,
        )


def load() -> list[Row]:
    text = resources.files("cetrack.data").joinpath("topic-titles.csv").read_text("utf-8")
    return [
        Row(
            title=row["title"],
            topics=frozenset(t for t in row["topics"].split(";") if t),
            split=row["split"],
            note=row["note"],
        )
        for row in csv.DictReader(io.StringIO(text))
    ]


def evaluate(rows: list[Row], split: str, threshold: float) -> Report:
    report = Report(split, per_topic={topic: Counts() for topic in vocabulary().topics})
    for row in rows:
        if row.split != split:
            continue
        report.rows += 1
        guesses = infer_topics(row.title)
        guessed = {g.topic for g in guesses if pretick(g, threshold)}
        shown = {g.topic for g in guesses}
        for topic in sorted((guessed - row.topics) & MANDATORY_TOPICS):
            report.mandatory_false.append({"title": row.title, "topic": topic})
        report.mandatory_suggested += len((row.topics - guessed) & shown & MANDATORY_TOPICS)
        for topic in guessed & row.topics:
            report.per_topic[topic].tp += 1
        for topic in guessed - row.topics:
            report.per_topic[topic].fp += 1
        for topic in row.topics - guessed:
            report.per_topic[topic].fn += 1
        if guessed == row.topics:
            report.exact += 1
        else:
            report.errors.append(
                {"title": row.title, "labels": sorted(row.topics), "guessed": sorted(guessed)}
            )
    return report


def speed(titles: list[str], rounds: int) -> float:
    """Titles per second on distinct strings (no result caching), best of three passes."""
    variants = [f"{title} ({number})" for number in range(rounds) for title in titles]
    infer_topics("warm-up: Coag Case Studies")
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for title in variants:
            infer_topics(title)
        best = min(best, time.perf_counter() - started)
    return len(variants) / best


def show(report: Report) -> None:
    micro = report.micro
    mp, mr, mf = report.macro()
    print(f"\n{report.split} split: {report.rows} titles, exact match {report.exact}/{report.rows}")
    print(f"  {'topic':<25} {'n':>3} {'P':>6} {'R':>6} {'F1':>6}")
    for topic, c in sorted(report.per_topic.items()):
        if c.tp + c.fn + c.fp:
            print(
                f"  {topic:<25} {c.tp + c.fn:>3} {c.precision:>6.2f} {c.recall:>6.2f} {c.f1:>6.2f}"
            )
    print(f"  micro  P {micro.precision:.3f}  R {micro.recall:.3f}  F1 {micro.f1:.3f}")
    print(f"  macro  P {mp:.3f}  R {mr:.3f}  F1 {mf:.3f}")
    mandatory = report.mandatory
    print(
        f"  mandatory topics  P {mandatory.precision:.3f}  R {mandatory.recall:.3f}; "
        f"{len(report.mandatory_false)} false positive(s); {mandatory.fn} left unticked, "
        f"{report.mandatory_suggested} of them shown as a suggestion"
    )
    for wrong in report.mandatory_false:
        print(f"    ✗ {wrong['title']}: ticked {wrong['topic']}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--rounds", type=int, default=40, help="speed: copies of the title set")
    parser.add_argument("--errors", action="store_true", help="list the titles got wrong")
    args = parser.parse_args()

    rows = load()
    reports = {split: evaluate(rows, split, args.threshold) for split in ("dev", "test")}
    for report in reports.values():
        show(report)
        if args.errors:
            for error in report.errors:
                print(f"    ✗ {error['title']}: {error['labels']} → {error['guessed']}")
    rate = speed([row.title for row in rows], args.rounds)
    print(f"\nspeed: {rate:,.0f} titles/s ({len(rows) * args.rounds} distinct titles, best of 3)")

    results = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cores": os.cpu_count(),
            "python": platform.python_version(),
            "load_average": round(os.getloadavg()[0], 2),
        },
        "threshold": args.threshold,
        "titles_per_second": round(rate),
    }
    for split, report in reports.items():
        mp, mr, mf = report.macro()
        results[split] = {
            "rows": report.rows,
            "exact_match": report.exact,
            "micro": report.micro.as_json(),
            "macro": {"precision": round(mp, 4), "recall": round(mr, 4), "f1": round(mf, 4)},
            "per_topic": {t: c.as_json() for t, c in sorted(report.per_topic.items())},
            "mandatory": {
                **report.mandatory.as_json(),
                "false_positives": report.mandatory_false,
                "unticked_but_suggested": report.mandatory_suggested,
            },
            "errors": report.errors,
        }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    print(
        f"wrote {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}"
    )
    test = reports["test"]
    print(f"held-out micro F1 {test.micro.f1:.3f}; dev micro F1 {reports['dev'].micro.f1:.3f}")
    print(f"topics: {len(test.mandatory_false)} mandatory false positives")


if __name__ == "__main__":
    main()
