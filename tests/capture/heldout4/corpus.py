"""Fourth held-out certificate corpus (`heldout4`), written blind. Never used for tuning.

`certificates()` returns 68 single-page text PDFs (`h4-01` … `h4-68`), 12 grey scans
(`h4-s01` …) and 12 phone photos (`h4-p01` …); each scan or photo is a degraded copy of a
different text item and carries the same truth. Names are assigned after a fixed shuffle, so
they reveal neither the style nor the trap.

Truth conventions (as in heldout2's README, applied to the pages written here):

- A key is present only when the page states the value. Keys: `title`, `participant_name`,
  `provider`, `completed_on` or `start` + `end`, exactly one amount key, `accreditation`,
  `course_number`, `provider_number`, `approval_number`, `accrediting_agency_number`,
  `license_number`, `level`, `delivery`.
- `title`: the activity title as printed, a title broken over two lines joined with one space.
  For a session of a series, the session's own title; for a conference or a seminar day, the
  event name.
- `participant_name`: as printed, without honorifics (Dr., Ms.) or credentials (MLS(ASCP)CM,
  MD, PhD), keeping suffixes (Jr., III), particles, hyphens, apostrophes and accents.
- `provider`: the organisation that issues the credit, as named in the letterhead, logo caption,
  e-mail sender or approval statement — not the hosting site, the customer, nor a department
  line under the organisation's name.
- Dates are ISO. One-day activities: `completed_on` (the activity date — never the letter,
  memo, e-mail, print, issue or expiry date). Multi-day activities (conferences, workshops over
  several days, a series with dated sessions, a course with stated start and end dates):
  `start` and `end` (first and last day).
- Amount: the credit awarded or claimed, never a maximum / "up to" / "available" figure nor a
  duration printed beside the credit. Contact hours, CPD hours, AMA PRA credits claimed and
  CMLE credit hours → `hours`; a page that states its credit only as instructional minutes →
  `minutes`; CEUs (stated only as CEUs) → `ceu`; CMP / CCP points → `points`. Values are plain
  decimal strings without trailing zeros ("1", "1.5", "12.75").
- `accreditation` only when the page states an approval that applies to this activity, as a
  ledger id: `pace` (ASCLS P.A.C.E.), `accent` (ADLM ACCENT), `cmle` (ASCP CMLE, also "CMP
  points … ASCP CMLE approved"), `accme` (AMA PRA / ACCME), `state-board` (Florida Board of
  Clinical Laboratory Personnel approval with a `50-` number), `society` (approved by AMT for
  CCP points). Negated approvals ("not approved for …", an unticked box, "None" ticked) give
  no key; a page that negates one approval and states another gets the stated one.
- Numbers: `course_number` = the P.A.C.E. program number, CE Broker `20-` course number,
  California course number, or the course / module / activity code printed for the activity;
  `provider_number` = the P.A.C.E. provider number; `approval_number` = the Florida `50-`
  provider approval; `accrediting_agency_number` = California's accrediting agency number;
  `license_number` = the licence number as printed. Order, account, member, learner,
  registration, ticket, webinar and certificate numbers are never truth.
- `level` (basic / intermediate / advanced) and `delivery` (`live` or `self-study`) only where
  the page states them, lower case.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

from . import degrade, styles_a, styles_b, styles_c, styles_d
from .model import Cert, Item

BUILDERS: list[Callable[[], Cert]] = [
    *styles_a.CERTIFICATES,
    *styles_b.CERTIFICATES,
    *styles_c.CERTIFICATES,
    *styles_d.CERTIFICATES,
]

# Degraded copies: one text item per style at least, each item used once.
SCANNED = [
    ("online_2", 300, -0.6, "png"),
    ("conference_1", 240, 1.2, "jpeg"),
    ("letter_1", 200, -1.8, "pdf"),
    ("memo_1", 300, 0.5, "png"),
    ("university_1", 240, -1.0, "jpeg"),
    ("florida_1", 300, 1.6, "pdf"),
    ("california_3", 200, -0.4, "png"),
    ("pace_1", 240, 0.9, "jpeg"),
    ("award_1", 300, -1.4, "pdf"),
    ("modules_3", 200, 0.7, "png"),
    ("dayfirst_4", 240, -2.0, "jpeg"),
    ("negation_4", 300, 1.1, "pdf"),
]
PHOTOGRAPHED = [
    "online_4",
    "conference_3",
    "letter_3",
    "vendor_1",
    "webinar_1",
    "florida_3",
    "cme_1",
    "pace_2",
    "points_2",
    "minutes_2",
    "award_2",
    "modules_1",
]


def _text_items() -> tuple[list[Item], dict[str, Item]]:
    order = list(BUILDERS)
    random.Random(20260412).shuffle(order)
    items: list[Item] = []
    by_builder: dict[str, Item] = {}
    for number, build in enumerate(order, start=1):
        cert = build()
        item = Item(f"h4-{number:02d}", "text", cert.pdf, cert.truth, cert.style)
        items.append(item)
        by_builder[build.__name__] = item
    return items, by_builder


def certificates() -> list[Item]:
    """Every item of the corpus: text PDFs, then scans, then photos."""
    items, by_builder = _text_items()
    for number, (source, dpi, angle, output) in enumerate(SCANNED, start=1):
        original = by_builder[source]
        data = degrade.scan(original.data, 400 + number, dpi, angle, output)
        items.append(Item(f"h4-s{number:02d}", "scan", data, dict(original.truth), original.style))
    for number, source in enumerate(PHOTOGRAPHED, start=1):
        original = by_builder[source]
        data = degrade.photo(original.data, 700 + number)
        items.append(Item(f"h4-p{number:02d}", "photo", data, dict(original.truth), original.style))
    return items


heldout4_certificates = certificates


def extension(data: bytes) -> str:
    if data.startswith(b"%PDF"):
        return ".pdf"
    if data.startswith(b"\x89PNG"):
        return ".png"
    return ".jpg"


def write(outdir: Path) -> int:
    outdir.mkdir(parents=True, exist_ok=True)
    items = certificates()
    for item in items:
        (outdir / f"{item.name}{extension(item.data)}").write_bytes(item.data)
        truth = json.dumps(item.truth, ensure_ascii=False, indent=2, sort_keys=True)
        (outdir / f"{item.name}.json").write_text(truth + "\n", encoding="utf-8")
    return len(items)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.capture.heldout4.corpus OUTDIR")
    count = write(Path(sys.argv[1]))
    print(f"wrote {count} items to {sys.argv[1]}")
