"""Development corpus B: real-world-style CE certificates for tuning the certificate reader.

Written blind: the author did not open the reader, its tests, its corpora or the held-out
corpora (see README.md). Each item is one certificate page as a text PDF, or a degraded copy of
one (a grey scan or a phone photo) carrying the same truth.

Truth conventions (keys are left out when the page does not state the thing):

- ``participant_name``: the person's name as printed, with generational suffixes (Jr., III) but
  without honorifics (Dr.) and post-nominal credentials (", CLS", "MT(AMT)").
- ``title``: the course, session or event title as printed, without a catalogue code printed
  beside it; a title wrapped over two lines is joined with one space.
- ``provider``: the organisation that offers the activity as printed (letterhead, brand, logo
  caption, e-mail sender), not the accrediting body, unless the accrediting body is itself the
  provider; when a brand mark (ADLM, ASCP) stands above the spelled-out name, the spelled-out name.
  Compare without regard to case (some letterheads are in capitals).
- ``completed_on`` (ISO date) for one day; ``start`` and ``end`` for a multi-day activity. Never the
  date a page was printed, generated, issued or mailed, nor an expiry date.
- exactly one amount: ``hours``, ``ceu``, ``minutes`` or ``points`` — the credit the participant was
  awarded or claimed, in the unit the page awards it in (CEU when the page awards CEUs and
  mentions the hour equivalent; ``minutes`` only when the page states its credit in minutes).
  "Maximum", "up to", "available" and "offered" figures are not the claim. Amounts are plain
  decimal strings without trailing zeros (minutes as an int); compare them as numbers.
- ``accreditation``: one of pace, accent, cmle, accme, state-board — the accreditation under which
  the credit is given; a negated one ("not approved for ...") never counts; left out when the page
  states none of these (university CEUs, AMT points, internal training).
- ``course_number`` (P.A.C.E. program number, CE Broker ``20-`` course, course code),
  ``provider_number`` (P.A.C.E. provider number), ``approval_number`` (Florida / CE Broker ``50-``
  provider approval), ``accrediting_agency_number`` (California), ``license_number``: as printed.
  A number labelled "course number" / "course #" wins; otherwise the P.A.C.E. program number,
  the CE Broker ``20-`` number, or an activity/program code. A webinar or meeting ID, a record,
  certificate or work-order number is not a course number.
- ``level`` (basic/intermediate/advanced) and ``delivery`` (live/self-study) only when the page
  states them, in words ("live webinar", "in person", "on demand", "self-paced", "classroom") or
  with ticked boxes; not inferred from "conference", "symposium" or "attended".
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from . import degrade, events, extra, national, states, workplace

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
class Certificate:
    name: str
    kind: str  # "text" | "scan" | "photo"
    data: bytes
    truth: dict[str, object] = field(hash=False)


# (source page, kind, seed, dpi, angle, format) for scans; (source page, kind, seed) for photos.
SCANS = [
    ("fl_specialty_table", 11, 300, -1.4, "png"),
    ("ca_pace_agency", 12, 200, 2.2, "jpeg"),
    ("university_ceu_letter", 13, 250, 1.0, "pdf"),
    ("claim_record_row", 14, 220, -2.7, "png"),
    ("award_words_day", 15, 200, 1.8, "pdf"),
    ("modules_total_row", 16, 240, -1.1, "jpeg"),
    ("inservice_memo", 17, 250, 2.9, "png"),
    ("fl_email_report", 18, 200, -0.8, "jpeg"),
    ("typed_attendee_signature", 19, 240, 1.6, "pdf"),
    ("accent_dayfirst_maximum", 20, 200, -2.0, "png"),
]
PHOTOS = [
    ("fl_medical_errors_ordinal", 21),
    ("email_webinar", 22),
    ("journal_selfstudy", 23),
    ("seminar_ticked", 24),
    ("minutes_instruction", 25),
    ("pace_form_checkboxes", 26),
    ("cme_claimed", 27),
    ("logo_caption_provider", 28),
    ("fl_supervision_no_total", 29),
    ("two_listed_days", 30),
]


@functools.cache
def _certificates() -> tuple[Certificate, ...]:
    items: list[Certificate] = []
    for build in [*states.PAGES, *national.PAGES, *events.PAGES, *workplace.PAGES, *extra.PAGES]:
        name, data, truth = build()
        items.append(Certificate(name, "text", data, truth))
    by_name = {item.name: item for item in items}
    for name, seed, dpi, angle, fmt in SCANS:
        src = by_name[name]
        data = degrade.scan(src.data, seed, dpi, angle, fmt)
        items.append(Certificate(f"{name}__scan_{fmt}", "scan", data, dict(src.truth)))
    for name, seed in PHOTOS:
        src = by_name[name]
        items.append(
            Certificate(f"{name}__photo", "photo", degrade.photo(src.data, seed), dict(src.truth))
        )
    return tuple(items)


def certificates() -> list[Certificate]:
    """Every item of the corpus (built once per process; truth dicts are fresh copies)."""
    return [Certificate(c.name, c.kind, c.data, dict(c.truth)) for c in _certificates()]


def _suffix(item: Certificate) -> str:
    if item.data.startswith(b"%PDF"):
        return ".pdf"
    return ".png" if item.data.startswith(b"\x89PNG") else ".jpg"


def main(argv: list[str]) -> int:
    """Write every item and its truth to a folder: python -m tests.capture.realworld_b.corpus DIR"""
    import json

    out = Path(argv[0] if argv else "realworld_b_out")
    out.mkdir(parents=True, exist_ok=True)
    for item in certificates():
        (out / (item.name + _suffix(item))).write_bytes(item.data)
        (out / (item.name + ".json")).write_text(
            json.dumps(item.truth, ensure_ascii=False, indent=1)
        )
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
