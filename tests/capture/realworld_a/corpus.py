"""Development corpus A: real-world-style CE certificates written blind to the reader.

Truth conventions (keys are omitted when the page does not state them):

- ``participant_name`` as printed, without honorifics (Dr., Ms.) and without post-nominal
  credentials (MD, MLS(ASCP), CLS); generational suffixes (Jr., III, IV), particles, hyphens
  and religious titles that are part of the printed name ("Sister Mary-Catherine") are kept.
- ``title`` as printed; a title wrapped over two lines is joined with one space.
- ``provider`` is the issuing organisation as printed in the letterhead, brand header, logo
  caption, statement or the e-mail sender's display name, without taglines, departments or
  cities (in capitals when it is printed only in capitals).
- ``completed_on`` (ISO) for one day; ``start``/``end`` for an activity over several days
  (two listed days count as a range from the first to the last).
- Exactly one amount: the credit awarded or claimed, in the unit the page awards it in
  (``hours``, ``ceu``, ``minutes`` or ``points``); "maximum", "up to" and "available" figures
  and conversions in parentheses are not the amount. Plain decimal strings, no trailing zeros.
- ``accreditation``: pace, accent, cmle, accme or state-board (Florida board / CE Broker);
  negated ones ("not approved for P.A.C.E.") are not stated; IACET CEUs and plain CPD have
  no key.
- ``course_number``: the program/course/activity number (P.A.C.E. program number, CE Broker
  ``20-`` course number, a platform's course code); webinar and meeting IDs, certificate IDs
  and record numbers are not course numbers. ``provider_number``: P.A.C.E. provider number.
  ``approval_number``: the Florida CE Broker ``50-`` provider/approval number.
  ``accrediting_agency_number`` and ``license_number`` as printed.
- ``course_number``: document references ("Ref", "Doc.") and certificate numbers are not
  course numbers either.
- ``level`` only when the page states it (words or a ticked box). ``delivery``: ``self-study``
  when the page says self-study, home study, self-paced, on-demand, e-learning or recorded;
  ``live`` when it says live, webinar or in person, or describes attendance at a session held
  at a stated time or place (lecture, in-service, meeting, conference); otherwise omitted.
- A journal test is completed on the day it was submitted, not the day it was processed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import degrade
from .employer import all_employer
from .events import all_events
from .extras import all_extras
from .hard import all_hard
from .more import all_more
from .online import all_online

TRUTH_KEYS = frozenset(
    {
        "participant_name", "title", "provider", "completed_on", "start", "end",
        "hours", "ceu", "minutes", "points", "accreditation", "course_number",
        "provider_number", "approval_number", "accrediting_agency_number",
        "license_number", "level", "delivery",
    }
)  # fmt: skip
AMOUNT_KEYS = frozenset({"hours", "ceu", "minutes", "points"})


@dataclass(frozen=True)
class Certificate:
    name: str
    kind: str  # "text" | "scan" | "photo"
    data: bytes
    truth: dict[str, object] = field(hash=False)


# (source item, kind, seed, dpi, rotation in degrees, output format) for the degraded copies.
_SCANS = [
    ("letter_mercyvalley_pace", 301, 300, 1.4, "png"),
    ("pace_keystone_intermediate", 302, 200, -2.2, "jpeg"),
    ("conf_glsls_annual", 303, 250, 0.8, "pdf"),
    ("florida_suncoast_laws", 304, 240, -1.1, "png"),
    ("memo_lakeridge_to_line", 305, 200, 2.8, "pdf"),
    ("lms_hemahub_modules_total", 306, 220, -0.6, "jpeg"),
    ("dayfirst_antipodes_dots", 307, 200, 1.9, "png"),
    ("inservice_redriver_filled_form", 308, 250, -1.6, "jpeg"),
]
_PHOTOS = [
    ("lms_labsprout_morphology", 401),
    ("vendor_corvane_hx900", 402),
    ("email_copperleaf_attendance", 403),
    ("cme_lakeshore_transfusion", 404),
    ("pace_summit_advanced_a4", 405),
    ("society_buckeye_spring", 406),
    ("columns_silverline_issued_by_to", 407),
]


def text_certificates() -> list[Certificate]:
    built = all_online() + all_employer() + all_events() + all_extras() + all_more() + all_hard()
    return [Certificate(name, "text", pdf, truth) for name, pdf, truth in built]


def certificates() -> list[Certificate]:
    texts = text_certificates()
    by_name = {item.name: item for item in texts}
    copies: list[Certificate] = []
    for name, seed, dpi, angle, fmt in _SCANS:
        source = by_name[name]
        data = degrade.scan(source.data, seed, dpi, angle, fmt)
        copies.append(Certificate(f"{name}__scan_{fmt}", "scan", data, dict(source.truth)))
    for name, seed in _PHOTOS:
        source = by_name[name]
        data = degrade.photo(source.data, seed)
        copies.append(Certificate(f"{name}__photo", "photo", data, dict(source.truth)))
    return texts + copies


def _extension(item: Certificate) -> str:
    if item.data.startswith(b"%PDF"):
        return "pdf"
    return "png" if item.data.startswith(b"\x89PNG") else "jpg"


def write_all(folder: Path) -> None:
    """Write every item and a truth file beside it (for eyeballing the corpus)."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    for item in certificates():
        (folder / f"{item.name}.{_extension(item)}").write_bytes(item.data)
        (folder / f"{item.name}.json").write_text(json.dumps(item.truth, indent=1))


if __name__ == "__main__":
    write_all(Path(sys.argv[1] if len(sys.argv) > 1 else "realworld_a_out"))
