"""Benchmark: certificate capture accuracy and speed on the synthetic corpus.

Generates the corpus of tests/capture/corpus.py (200 certificates by default, in five layouts
and five fonts, each with its ground truth), then:

- text PDFs: runs `read_certificate` on each file's bytes, single process, and reports
  field-level exact-match accuracy (per field, per layout, overall) and certificates per
  second end to end (bytes -> Capture: sniffing, pypdf, field extraction);
- images: a quarter of the corpus rendered as scans (~200 dpi, up to ±2° rotation, noise,
  blur), sent as PNG, JPEG or an image-only PDF in turn, or photographed with a phone
  (`tests/capture/photos.py`: the page on a desk, in perspective, turned, unevenly lit, JPEG),
  read through Tesseract; the same accuracy figures per format, and seconds per image.

Accuracy is strict: a field counts as right only when its value equals the truth exactly; a
field the reader reports that the certificate does not have counts as wrong too (it is in the
denominator). Transcript pages count every row.

Targets: ≥ 97 % of fields exact on text PDFs, ≥ 90 % on images, ≥ 50 text certificates per
second per core (CPU time), ≤ 2 s per image. Writes bench/results/capture.json. Headline last: `capture: N certificates/s`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))  # for tests.capture.corpus

from cetrack.core.capture.certificate import read_certificate  # noqa: E402
from cetrack.core.capture.ocr import ocr_available  # noqa: E402
from tests.capture.corpus import Item, Outcome, corpus, rasterise, scanned_pdf, score  # noqa: E402
from tests.capture.photos import photograph  # noqa: E402

RESULTS = BENCH / "results" / "capture.json"
TEXT_TARGET = 0.97
IMAGE_TARGET = 0.90
SPEED_TARGET = 50.0
IMAGE_SECONDS_TARGET = 2.0


def accuracy(
    results: list[tuple[Item, list[Outcome]]], key: Callable[[Item], str]
) -> dict[str, Any]:
    """Overall, per field and per `key(item)` exact-match rates."""
    fields: Counter[str] = Counter()
    fields_ok: Counter[str] = Counter()
    groups: Counter[str] = Counter()
    groups_ok: Counter[str] = Counter()
    spurious = 0
    for item, outcomes in results:
        for outcome in outcomes:
            fields[outcome.field] += 1
            groups[key(item)] += 1
            spurious += outcome.expected is None
            if outcome.ok:
                fields_ok[outcome.field] += 1
                groups_ok[key(item)] += 1
    total, right = sum(fields.values()), sum(fields_ok.values())
    return {
        "fields": total,
        "exact": right,
        "accuracy": right / total if total else 0.0,
        "spurious_fields": spurious,
        "per_field": {
            name: {
                "exact": fields_ok[name],
                "of": fields[name],
                "accuracy": fields_ok[name] / fields[name],
            }
            for name in sorted(fields, key=lambda n: fields_ok[n] / fields[n])
        },
        "per_group": {
            name: {
                "exact": groups_ok[name],
                "of": groups[name],
                "accuracy": groups_ok[name] / groups[name],
            }
            for name in sorted(groups)
        },
    }


def misses(results: list[tuple[Item, list[Outcome]]], limit: int = 40) -> list[dict[str, Any]]:
    out = []
    for item, outcomes in results:
        for outcome in outcomes:
            if not outcome.ok and len(out) < limit:
                out.append(
                    {
                        "item": item.name,
                        "field": outcome.field,
                        "expected": outcome.expected,
                        "got": outcome.got,
                    }
                )
    return out


def confident_wrong_amounts(item: Item, drafts: Any) -> int:
    """Wrong amounts read with a confidence at or above the review threshold: the errors a
    reviewer is not asked to check."""
    from cetrack.core.capture.draft import REVIEW_BELOW

    count = 0
    for truth, draft in zip(item.truth, drafts, strict=False):
        name = draft.amount_field
        if name is None or "amount" not in truth:
            continue
        found = draft.fields[name]
        if f"{name}={found.value}" != truth["amount"] and found.confidence >= REVIEW_BELOW:
            count += 1
    return count


CONFIDENT_WRONG: Counter[str] = Counter()


def run_text(items: list[Item]) -> tuple[list[tuple[Item, list[Outcome]]], float, float]:
    for item in items[:5]:  # warm up: imports, compiled patterns
        read_certificate(item.name, item.pdf)
    started, cpu = time.perf_counter(), time.process_time()
    captures = [read_certificate(item.name, item.pdf) for item in items]
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    results = [
        (item, score(item, capture.drafts)) for item, capture in zip(items, captures, strict=True)
    ]
    for item, capture in zip(items, captures, strict=True):
        CONFIDENT_WRONG["text"] += confident_wrong_amounts(item, capture.drafts)
    return results, len(items) / elapsed, len(items) / cpu


def run_images(
    items: list[Item],
) -> tuple[list[tuple[Item, list[Outcome]]], dict[str, str], list[float]]:
    formats = ("png", "jpeg", "scanned-pdf", "photo")
    scans: list[tuple[Item, str, bytes]] = []
    for number, item in enumerate(items):
        kind = formats[number % len(formats)]
        if kind == "photo":
            scans.append((item, kind, photograph(item.pdf, item.seed)))
            continue
        image = rasterise(item, item.seed, jpeg=kind == "jpeg")
        scans.append((item, kind, scanned_pdf(image) if kind == "scanned-pdf" else image))
    results: list[tuple[Item, list[Outcome]]] = []
    kinds: dict[str, str] = {}
    seconds: list[float] = []
    for item, kind, content in scans:
        started = time.perf_counter()
        capture = read_certificate(f"{item.name}.{kind}", content)
        seconds.append(time.perf_counter() - started)
        if capture.errors and not capture.drafts:
            print(f"  {item.name} ({kind}): {capture.errors[0]}")
        results.append((item, score(item, capture.drafts)))
        CONFIDENT_WRONG[kind] += confident_wrong_amounts(item, capture.drafts)
        kinds[item.name] = kind
    return results, kinds, seconds


def _line(label: str, block: dict[str, Any]) -> str:
    worst = list(block["per_field"].items())[:3]
    worst_text = ", ".join(f"{name} {value['accuracy']:.1%}" for name, value in worst)
    return (
        f"  {label}: {block['accuracy']:.2%} of {block['fields']} fields exact "
        f"({block['spurious_fields']} reported that are not there); weakest: {worst_text}"
    )


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200, help="certificates (text PDFs)")
    parser.add_argument("--seed", type=int, default=20250302)
    parser.add_argument("--images", type=int, default=None, help="scans (default: a quarter)")
    parser.add_argument("--quick", action="store_true", help="40 certificates, 6 scans")
    parser.add_argument("--json", type=Path, default=RESULTS, help="where to write the results")
    args = parser.parse_args()
    count = 40 if args.quick else args.count
    image_count = 6 if args.quick else (args.images if args.images is not None else count // 4)

    started = time.perf_counter()
    items = corpus(count, args.seed)
    rows = sum(len(item.truth) for item in items)
    print(
        f"  corpus: {len(items)} certificates ({rows} activities) in {time.perf_counter() - started:.1f} s"
    )
    layouts = Counter(item.layout for item in items)
    print("  layouts: " + ", ".join(f"{name} {n}" for name, n in sorted(layouts.items())))

    text_results, rate, cpu_rate = run_text(items)
    text = accuracy(text_results, lambda item: item.layout)
    text["by_font"] = accuracy(text_results, lambda item: item.font)["per_group"]
    text["certificates_per_second"] = rate
    text["confident_wrong_amounts"] = CONFIDENT_WRONG["text"]
    text["certificates_per_cpu_second"] = cpu_rate
    print(_line("text PDFs", text))
    print(
        "    per layout: "
        + ", ".join(f"{k} {v['accuracy']:.1%}" for k, v in text["per_group"].items())
    )
    print(
        f"    speed: {rate:.1f} certificates/s end to end, one process ({cpu_rate:.1f} per CPU second)"
    )
    print(f"    confident wrong amounts: {CONFIDENT_WRONG['text']}")

    images: dict[str, Any]
    if not ocr_available():
        images = {"skipped": "tesseract is not installed"}
        print("  images: skipped, tesseract is not installed")
    else:
        chosen = items[:: max(1, len(items) // image_count)][:image_count] if image_count else []
        image_results, kinds, seconds = run_images(chosen)
        images = accuracy(image_results, lambda item: item.layout)
        images["by_format"] = accuracy(image_results, lambda item: kinds[item.name])["per_group"]
        images["count"] = len(chosen)
        images["confident_wrong_amounts"] = {
            k: v for k, v in CONFIDENT_WRONG.items() if k != "text"
        }
        images["seconds_per_image"] = sum(seconds) / len(seconds) if seconds else 0.0
        images["slowest_seconds"] = max(seconds, default=0.0)
        images["misses"] = misses(image_results)
        print(_line(f"images ({len(chosen)} scans)", images))
        print(
            "    per layout: "
            + ", ".join(f"{k} {v['accuracy']:.1%}" for k, v in images["per_group"].items())
        )
        print(
            "    per format: "
            + ", ".join(f"{k} {v['accuracy']:.1%}" for k, v in images["by_format"].items())
        )
        print(
            f"    speed: {images['seconds_per_image']:.2f} s per image (slowest {images['slowest_seconds']:.2f} s)"
        )
        wrong = images["confident_wrong_amounts"]
        print(
            "    confident wrong amounts: "
            + (", ".join(f"{k} {v}" for k, v in wrong.items()) or "0")
        )
    text["misses"] = misses(text_results)

    met = {
        "text_accuracy": text["accuracy"] >= TEXT_TARGET,
        "image_accuracy": images.get("accuracy", 0.0) >= IMAGE_TARGET
        if "accuracy" in images
        else None,
        "speed": cpu_rate >= SPEED_TARGET,
        "image_seconds": images.get("seconds_per_image", 99.0) <= IMAGE_SECONDS_TARGET
        if "seconds_per_image" in images
        else None,
    }
    print(
        "  targets: "
        + ", ".join(
            f"{k} {'met' if v else 'MISSED' if v is not None else 'not run'}"
            for k, v in met.items()
        )
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            _rounded(
                {
                    "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    "machine": {
                        "cores": os.cpu_count(),
                        "python": platform.python_version(),
                        "platform": platform.platform(),
                    },
                    "sizes": {
                        "certificates": len(items),
                        "activities": rows,
                        "scans": images.get("count", 0),
                        "seed": args.seed,
                    },
                    "targets": {
                        "text_accuracy": TEXT_TARGET,
                        "image_accuracy": IMAGE_TARGET,
                        "certificates_per_cpu_second": SPEED_TARGET,
                        "seconds_per_image": IMAGE_SECONDS_TARGET,
                    },
                    "met": met,
                    "text": text,
                    "images": images,
                    "headline": {
                        "name": "capture",
                        "value": round(rate, 1),
                        "unit": "certificates/s",
                    },
                }
            ),
            indent=2,
        )
        + "\n"
    )
    print(f"capture: {rate:.1f} certificates/s")


if __name__ == "__main__":
    main()
