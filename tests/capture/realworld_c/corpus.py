"""Development certificate corpus ``realworld_c``, written blind (see README.md).

``certificates()`` returns 60 single-page text PDFs plus 10 grey scans and 10 phone photos
(degraded copies of 20 of them, same truth). Item names say the style on purpose: this corpus
is for development, and tuners may look at its misses.

Truth conventions (those of heldout2's README, applied to the pages written here):

- Keys are left out when the page does not state the value.
- ``title``: the activity title as printed, joined into one line when it wraps; a program number
  printed in parentheses after the title is not part of it. Conferences and symposia: the event
  name.
- ``participant_name``: as printed, without honorifics (Ms., Mr., Dr.) or credentials
  (MLS(ASCP), MT(AMT), ...), keeping suffixes (Jr., III), particles, hyphens, apostrophes and
  accents.
- ``provider``: the issuing organisation as the page names it (the legal name when a brand or
  logo and a legal name are both printed; the organisation, not its department, for hospital
  letterheads, unless only the department's full name is given).
- Dates are ISO. ``completed_on`` for one day (the activity date, never a memo, e-mail,
  issue, claim or printed-on date); ``start``/``end`` for activities over several days (two
  listed days included, first and last).
- Exactly one amount key, the credit awarded or claimed for this participant, never a maximum /
  up-to / available figure nor a duration printed beside a credit: ``hours`` (contact hours,
  P.A.C.E./ACCENT/CMLE credits, AMA PRA credits claimed, Florida hours), ``minutes`` (only when
  the page gives credit in minutes alone), ``ceu``, ``points`` (CMP or CCP points),
  ``semester_hours``. Values are plain decimals without trailing zeros ("1", "1.5", "0.75").
- ``accreditation`` only when the page states an approval: ``pace``, ``accent``, ``cmle``,
  ``accme``, ``state-board`` (Florida board / CE Broker approval and no national one). A negated
  approval ("not approved for CMLE") is not an accreditation; when one approval is granted and
  another negated, the granted one counts.
- ``provider_number``: P.A.C.E. provider number. ``course_number``: the programme number
  (P.A.C.E. program no., CE Broker ``20-`` course number, California course number, an activity,
  course or lecture code labelled as such); webinar IDs, order, certificate, member, claim and
  registration numbers, and session codes typed to claim credit, are not course numbers. ``approval_number``: the Florida CE Broker
  provider number ``50-...``. ``accrediting_agency_number``: California's accrediting agency
  number. ``license_number``: the licence or certificate number as printed.
- ``level`` (basic / intermediate / advanced) and ``delivery`` (live / self-study) only when the
  page states them (a ticked box, a "Level:" line, "self-paced", "live webinar").
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import pages_certs, pages_events, pages_letters, pages_more
from .degrade import ScanSpec, photo, scan


@dataclass(frozen=True)
class Item:
    name: str
    kind: str  # "text" | "scan" | "photo"
    data: bytes
    truth: dict[str, Any] = field(default_factory=dict)

    @property
    def suffix(self) -> str:
        if self.kind == "photo":
            return ".jpg"
        if self.kind == "scan":
            if self.data.startswith(b"%PDF"):
                return ".pdf"
            return ".png" if self.data.startswith(b"\x89PNG") else ".jpg"
        return ".pdf"


SCANS: dict[str, ScanSpec] = {
    "memo_to_line": ScanSpec(200, "png", 0.8, 0.86, 301),
    "letter_mid_sentence": ScanSpec(250, "jpeg", -1.2, 0.9, 302),
    "pace_form_drawn_boxes": ScanSpec(200, "pdf", 0.5, 0.88, 303),
    "cebroker_course_numbers": ScanSpec(250, "png", -0.6, 0.84, 304),
    "conference_per_day_total": ScanSpec(200, "jpeg", 1.5, 0.9, 305),
    "modules_table_total_hours": ScanSpec(250, "pdf", -0.9, 0.87, 306),
    "california_agency_number": ScanSpec(200, "png", 0.4, 0.85, 307),
    "memo_credit_checkboxes": ScanSpec(250, "jpeg", -1.8, 0.88, 308),
    "award_day_in_words": ScanSpec(200, "png", 1.1, 0.9, 309),
    "email_forwarded_table": ScanSpec(300, "pdf", -0.5, 0.86, 310),
}

PHOTOS: dict[str, int] = {
    "email_attendance_subject": 401,
    "seminar_ticked_sessions_total": 402,
    "online_brand_header": 403,
    "inservice_attendee_issue_date": 404,
    "vendor_training_two_days_negated": 405,
    "letter_presented_by_to": 406,
    "florida_licensee_ordinal": 407,
    "symposium_two_days_day_first": 408,
    "journal_self_study_test": 409,
    "seminar_ticked_sessions_no_total": 410,
}


@lru_cache(maxsize=1)
def _build() -> tuple[Item, ...]:
    texts: list[Item] = []
    for module in (pages_letters, pages_certs, pages_events, pages_more):
        for name, make in module.pages.items:
            data, truth = make()
            texts.append(Item(name, "text", data, truth))
    by_name = {item.name: item for item in texts}
    degraded: list[Item] = []
    for name, spec in SCANS.items():
        src = by_name[name]
        degraded.append(Item(name + "__scan", "scan", scan(src.data, spec), dict(src.truth)))
    for name, seed in PHOTOS.items():
        src = by_name[name]
        degraded.append(Item(name + "__photo", "photo", photo(src.data, seed), dict(src.truth)))
    return (*texts, *degraded)


def certificates() -> list[Item]:
    """Every item of the corpus: text PDFs first, then scans, then photos."""
    return list(_build())


def write(outdir: Path) -> int:
    outdir.mkdir(parents=True, exist_ok=True)
    items = certificates()
    for item in items:
        (outdir / (item.name + item.suffix)).write_bytes(item.data)
        (outdir / (item.name + ".json")).write_text(
            json.dumps(item.truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return len(items)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.capture.realworld_c.corpus OUTDIR")
    print(write(Path(sys.argv[1])), "items written")
