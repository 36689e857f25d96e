"""Benchmark: certificate reading on a held-out corpus written without seeing the parser.

`tests/capture/blind_corpus.py` holds 40 certificates in 40 provider styles, written on
2026-11-21 by someone who did not read the parser or the generator behind `bench/capture.py`.
It is the closer stand-in for real certificates: `bench/capture.py`'s corpus and the parser
grew up together, so its near-perfect figure measures the layouts we thought of, not the
world. Scored field by field, exact match, on the first activity read from each file.
Writes bench/results/capture_blind.json. Headline last: `capture_blind: <percent> % fields exact`.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results" / "capture_blind.json"


def main() -> int:
    from cetrack.core.capture.reader import read_file
    from tests.capture.blind_corpus import blind_certificates

    exact: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: list[dict[str, object]] = []
    items = blind_certificates()
    for item in items:
        capture = read_file(f"{item.name}.pdf", item.pdf, today=date(2026, 11, 21))
        draft = capture.drafts[0] if capture.drafts else None
        for name, wanted in item.truth.items():
            total[name] += 1
            got = draft.value(name) if draft else None
            if isinstance(got, tuple):
                got = ";".join(got)
            if got == wanted:
                exact[name] += 1
            else:
                misses.append({"file": item.name, "field": name, "wanted": wanted, "got": got})
    overall = sum(exact.values()) / sum(total.values())
    per_field = {name: round(exact[name] / total[name], 3) for name in total}
    print(f"blind corpus: {len(items)} certificates, {sum(total.values())} fields")
    for name in sorted(per_field, key=lambda n: per_field[n]):
        print(f"  {name:<26} {exact[name]:>3} / {total[name]:<3} {per_field[name]:.1%}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "certificates": len(items),
                "accuracy": round(overall, 4),
                "per_field": per_field,
                "misses": misses,
            },
            indent=1,
        )
        + "\n"
    )
    print(f"capture_blind: {overall * 100:.1f} % fields exact")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
