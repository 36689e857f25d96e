"""Third held-out corpus of CE certificates. NEVER used for tuning (see README.md).

`certificates()` returns one text PDF per certificate and degraded copies (scans, phone photos)
of some of them, each with the truth a careful human would type from the page.

Truth conventions: keys are omitted when the page does not state them. `participant_name`,
`title` and `provider` as printed (provider: the organisation that issues the credit, also when
it appears only in a letterhead, logo caption or e-mail sender). One date: `completed_on`; an
activity spread over several days: `start` and `end`. Exactly one amount: the credit awarded or
claimed (never a maximum, an "up to" or an "available" figure), as a plain decimal string.
`accreditation` is the accreditation that applies (pace, accent, cmle, accme, state-board);
negated ones are not it; a page that names no accreditation (or only an employer or vendor)
has none. Numbers are as printed: `provider_number` is a P.A.C.E. provider number or a CE Broker
`50-` provider number; `course_number` a P.A.C.E. program number, a CE Broker `20-` course
number, or the course/test/session code printed with the course; `approval_number` only a number
printed as an approval number of the activity (ACCENT). Webinar, meeting, order, member, student,
registration, certificate and record ids are never course numbers. `level` and `delivery` only
when the page states them (a ticked box counts; "home study" is self-study).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from . import degrade
from .model import Spec
from .render import build_pdf
from .styles_a import SPECS as _A
from .styles_b import SPECS as _B
from .styles_c import SPECS as _C
from .styles_d import SPECS as _D
from .styles_e import SPECS as _E

TRUTH_KEYS = frozenset(
    {
        "participant_name",
        "title",
        "provider",
        "completed_on",
        "start",
        "end",
        "hours",
        "ceu",
        "minutes",
        "points",
        "accreditation",
        "course_number",
        "provider_number",
        "approval_number",
        "accrediting_agency_number",
        "license_number",
        "level",
        "delivery",
    }
)
AMOUNT_KEYS = frozenset({"hours", "ceu", "minutes", "points"})


@dataclass(frozen=True)
class Item:
    name: str
    kind: str  # "text" | "scan" | "photo"
    data: bytes
    truth: dict[str, object]


# Degraded copies: (source spec, copy name, options). Names say nothing about the source's style.
_SCANS: list[tuple[str, str, int, float, str]] = [
    ("h3-09", "h3-s01", 300, 1.4, "png"),
    ("h3-21", "h3-s02", 240, -2.1, "jpeg"),
    ("h3-31", "h3-s03", 200, 0.8, "pdf"),
    ("h3-05", "h3-s04", 250, -1.1, "png"),
    ("h3-25", "h3-s05", 300, 2.6, "pdf"),
    ("h3-15", "h3-s06", 220, -0.6, "jpeg"),
    ("h3-10", "h3-s07", 200, 1.9, "png"),
    ("h3-43", "h3-s08", 260, -1.7, "jpeg"),
    ("h3-62", "h3-s09", 240, 1.0, "jpeg"),
]
_PHOTOS: list[tuple[str, str, float]] = [
    ("h3-01", "h3-p01", 0.05),
    ("h3-12", "h3-p02", 0.07),
    ("h3-18", "h3-p03", 0.04),
    ("h3-23", "h3-p04", 0.06),
    ("h3-28", "h3-p05", 0.08),
    ("h3-34", "h3-p06", 0.05),
    ("h3-47", "h3-p07", 0.06),
    ("h3-55", "h3-p08", 0.07),
    ("h3-64", "h3-p09", 0.06),
]


def specs() -> list[Spec]:
    return [*_A, *_D, *_B, *_C, *_E]


def certificates() -> list[Item]:
    pdfs: dict[str, tuple[bytes, dict[str, object]]] = {}
    items: list[Item] = []
    for spec in specs():
        data = build_pdf(spec.draw, spec.size)
        pdfs[spec.name] = (data, spec.truth)
        items.append(Item(spec.name, "text", data, dict(spec.truth)))
    for seed, (source, name, dpi, angle, fmt) in enumerate(_SCANS, start=300):
        data, truth = pdfs[source]
        items.append(Item(name, "scan", degrade.scan(data, seed, dpi, angle, fmt), dict(truth)))
    for seed, (source, name, tilt) in enumerate(_PHOTOS, start=700):
        data, truth = pdfs[source]
        items.append(Item(name, "photo", degrade.photo(data, seed, tilt), dict(truth)))
    return items


def _suffix(data: bytes) -> str:
    if data.startswith(b"%PDF"):
        return ".pdf"
    if data.startswith(b"\x89PNG"):
        return ".png"
    return ".jpg"


def main(argv: list[str]) -> int:
    """Write every item and its truth to a folder: python -m tests.capture.heldout3.corpus OUTDIR."""
    import json

    out = Path(argv[1] if len(argv) > 1 else "heldout3-out")
    out.mkdir(parents=True, exist_ok=True)
    for item in certificates():
        (out / (item.name + _suffix(item.data))).write_bytes(item.data)
        (out / (item.name + ".json")).write_text(
            json.dumps(item.truth, ensure_ascii=False, indent=1)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
