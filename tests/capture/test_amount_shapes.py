"""The credit on certificates, and how sure the reader is of it (issue 13).

The amount decides compliance, so the one error that must not happen is a wrong amount with a
confidence at or above the review threshold: a tired reviewer confirms it. These pages are
traps of the kinds that let a wrong figure through on unfamiliar certificates — several
credit figures, a maximum or an "up to" statement, a figure from a table without a total, a
rate, a duration beside the credit, per-topic parts, words and digits that disagree — each
written for this file. Every trap asserts the honest outcome (the right amount, or a
confidence below the threshold); the patterns the reader is meant to read assert the value
too, and the plain pages assert that the right amount stays confident (the cost of doubt).
"""

from __future__ import annotations

import pytest

from cetrack.core.capture.certificate import read_certificate
from cetrack.core.capture.draft import REVIEW_BELOW, Draft
from tests.capture.test_layouts_13 import T, pdf

B = "Helvetica-Bold"
TRAPS: list[tuple[str, tuple[str, str], tuple[T, ...]]] = []
READ: list[tuple[str, tuple[str, str], tuple[T, ...]]] = []
SURE: list[tuple[str, tuple[str, str], tuple[T, ...]]] = []


def trap(name: str, unit: str, value: str, *items: T) -> None:
    """A page where the right amount may be missed, but never confidently replaced."""
    TRAPS.append((name, (unit, value), items))


def reads(name: str, unit: str, value: str, *items: T) -> None:
    """A page whose amount the reader must read (confidence free)."""
    READ.append((name, (unit, value), items))
    TRAPS.append((name, (unit, value), items))


def sure(name: str, unit: str, value: str, *items: T) -> None:
    """A plain page: the amount is read and not sent to review for nothing."""
    SURE.append((name, (unit, value), items))
    READ.append((name, (unit, value), items))


def _draft(items: tuple[T, ...]) -> Draft | None:
    capture = read_certificate("c.pdf", pdf(*items))
    return capture.drafts[0] if capture.drafts else None


def _amount(draft: Draft | None) -> tuple[str, str, float] | None:
    if draft is None or draft.amount_field is None:
        return None
    found = draft.fields[draft.amount_field]
    return draft.amount_field, str(found.value), found.confidence


def _head(title: str = "Certificate of Completion") -> tuple[T, ...]:
    return (
        T("Northfork Laboratory Education Group", 740, size=15, font=B),
        T(title, 705, size=18, font=B),
        T("This certifies that Imogen Vasquez-Hale", 675),
        T("has completed Anticoagulant Monitoring in Practice", 659),
        T("Date of completion: March 14, 2025", 643),
    )


# --- several credit figures -------------------------------------------------------------------

trap(
    "a maximum wrapped onto the next line is not the claim",
    "hours",
    "2",
    *_head(),
    T("The Northfork Group designates this enduring material for a maximum of", 620),
    T("4.25 AMA PRA Category 1 Credits(TM). Physicians should claim only the credit", 606),
    T("commensurate with the extent of their participation.", 592),
    T("Credits claimed by the participant: 2.0", 570),
)
trap(
    "an 'up to' on the line before the figure",
    "hours",
    "1.5",
    *_head(),
    T("Participants in the full programme may earn up to", 620),
    T("6 contact hours across the series.", 606),
    T("This module: 1.5 contact hours", 584),
)
trap(
    "a figure alone under 'maximum' is not claimed confidently",
    "hours",
    "3",
    *_head(),
    T("This activity has been approved for a maximum of 3.0 contact hours.", 620),
)
reads(
    "the total of a conversion line is the claim",
    "hours",
    "3",
    *_head("Certificate of Attendance"),
    T("Session one                                  50 min", 620),
    T("Session two                                  50 min", 604),
    T("Session three                                50 min", 588),
    T("Total instruction: 150 minutes = 3.0 P.A.C.E.(R) contact hours.", 566),
)
reads(
    "earned out of offered, on one line",
    "hours",
    "4.5",
    *_head("Certificate of Attendance"),
    T("Hours earned: 4.5 of 8.0 offered", 620),
)
reads(
    "a claim out of a possible figure",
    "points",
    "2",
    *_head(),
    T("CMP points claimed: 2 out of a possible 3", 620),
)
reads(
    "a time credited beside a worked example of the conversion",
    "minutes",
    "80",
    *_head(),
    T("Time credited", 620, font=B),
    T("80 minutes", 604),
    T("Convert as your board requires (for instance, 60 minutes = 1 contact hour).", 580),
)
trap(
    "a unit definition is no claim",
    "ceu",
    "0.2",
    *_head(),
    T("CEUs awarded: 0.2", 620),
    T("1 CEU = 10 contact hours of instruction.", 604),
)
trap(
    "a total of the series beside this module's credit",
    "hours",
    "1.5",
    *_head(),
    T("Contact hours for this module: 1.5", 620),
    T("Total contact hours for the six-module series: 9", 604),
)
trap(
    "a total line nobody added up, beside a labelled credit",
    "hours",
    "6",
    *_head(),
    T("Module: Specimen Integrity        Contact hours: 1.5", 620),
    T("Total contact hours: 6", 600),
)
trap(
    "hours attended beside hours awarded",
    "hours",
    "6.5",
    *_head(),
    T("Hours attended: 7.5", 620),
    T("CE hours awarded: 6.5 (meal breaks excluded)", 604),
)
trap(
    "a duration beside the credit",
    "hours",
    "1",
    *_head(),
    T("Duration: 2 hours", 620),
    T("Continuing education credit: 1.0 contact hour", 604),
)
trap(
    "credit available stated as a label",
    "hours",
    "2",
    *_head(),
    T("Credit available: 3.0 contact hours", 620),
    T("Credit earned: 2.0 contact hours", 604),
)
trap(
    "a rate given under a label",
    "hours",
    "3",
    *_head("Certificate of Attendance"),
    T("Credit per session: 1.0 contact hour", 620),
    T("Sessions attended: 3", 604),
)
trap(
    "a rate in prose followed by the claim",
    "hours",
    "2",
    *_head(),
    T("Each webinar in this series carries 1 contact hour;", 620),
    T("the participant was awarded 2 contact hours.", 606),
)

# --- tables --------------------------------------------------------------------------------

trap(
    "a column of module hours without a total is not its first row",
    "hours",
    "3.25",
    *_head(),
    T("Module", 620, font=B),
    T("Hours", 620, x=400, font=B),
    T("Preanalytical variables", 604),
    T("1.0", 604, x=400),
    T("Heparin monitoring", 588),
    T("1.5", 588, x=400),
    T("Reversal agents", 572),
    T("0.75", 572, x=400),
)
reads(
    "attended sessions ticked, no total: their sum",
    "hours",
    "2.5",
    T("Cascade Valley Laboratory Forum", 740, size=15, font=B),
    T("Attendance Verification", 715, size=13, font=B),
    T("Attendee: Rupert Okonkwo-Lindgren", 690),
    T("Date: May 9, 2025", 674),
    T("Session", 650, font=B),
    T("Hours", 650, x=400, font=B),
    T("[X] Sepsis biomarkers", 634),
    T("1.0", 634, x=400),
    T("[ ] Lunch symposium", 618),
    T("0.5", 618, x=400),
    T("[X] Stewardship case review", 602),
    T("1.5", 602, x=400),
    T("Maximum credit for the forum: 3.0 hours.", 580),
)
reads(
    "hours listed by subject under a sentence that says they were earned",
    "hours",
    "4",
    T("Gulf Coast Laboratory Leaders Meeting", 740, size=15, font=B),
    T("Continuing Education Certificate", 715, size=14, font=B),
    T("Mr. Tobias Ferreira-Quinn attended the Gulf Coast Laboratory Leaders Meeting on", 690),
    T("March 6, 2026 and earned the hours listed below by subject.", 676),
    T("Subject", 650, font=B),
    T("Hours", 650, x=400, font=B),
    T("Laboratory management", 634),
    T("2.0", 634, x=400),
    T("Quality assurance", 618),
    T("1.0", 618, x=400),
    T("Safety", 602),
    T("1.0", 602, x=400),
    T("The meeting offered 6.0 hours in all.", 580),
)

reads(
    "a memo's table of days closed by a total, the label above the column",
    "hours",
    "5.5",
    T("Aldergrove Clinic - Chemistry Section", 740, size=13, font=B),
    T("TO:      Priya Venkataraman-Cole", 712),
    T("FROM:    Section Lead", 696),
    T("RE:      Lipid Panel Method Validation Training", 680),
    T("Thank you for taking part. Your two days are recorded below.", 656),
    T("Day", 630, font=B),
    T("Contact hours", 630, x=400, font=B),
    T("Day one - method comparison", 614),
    T("2.5", 614, x=400),
    T("Day two - linearity and carry-over", 598),
    T("3.0", 598, x=400),
    T("Total", 582, font=B),
    T("5.5", 582, x=400),
)
reads(
    "sessions ticked, each with its credit on the row, no heading",
    "hours",
    "2",
    T("Lakeside Hematology Day", 740, size=15, font=B),
    T("Participant record for Odalys Fernandez-Reyes, April 4, 2025", 712),
    T("[X] Smear review clinic                        1.0 contact hour", 690),
    T("[ ] Flow basics refresher                      1.5 contact hours", 674),
    T("[X] Bone marrow reports                        1.0 contact hour", 658),
)
reads(
    "the credit chosen among boxes on a form",
    "hours",
    "1.5",
    T("Westmoor Hospital Laboratory", 740, size=14, font=B),
    T("IN-SERVICE ATTENDANCE FORM", 715, size=12, font=B),
    T("Employee          Tamsin Oyelowo-Grant", 690),
    T("Topic             Blood Gas Sampling Errors", 674),
    T("Date              06/11/2025", 658),
    T("Credit hours      [ ] 0.5     [ ] 1.0     [X] 1.5     [ ] 2.0", 642),
)
reads(
    "a credit label after another fact on the same line",
    "hours",
    "1.75",
    T("Certificate of Recognition", 720, size=20, font=B, align="c"),
    T("Presented to Ingrid Solberg-Amari", 690, align="c"),
    T("for completing Biosafety Cabinet Certification Basics", 670, align="c"),
    T("Completed 3 June 2025 - Contact hours: 1.75", 650, align="c"),
)
reads(
    "a credit label behind a garbled mark, with its days in brackets",
    "hours",
    "6.5",
    T("Verification of Attendance", 720, size=16, font=B),
    T("Attendee: Marisol Quintero-Hayes", 690),
    T("Program: Variant Calling Basics", 674),
    T("June 11 and June 12, 2025", 658),
    T("P.A.C.E.(c)(R) contact hours:     6.5 (3.0 on June 11; 3.5 on June 12)", 642),
)
reads(
    "a small h in a table cell",
    "hours",
    "1.5",
    T("Attendance confirmation", 740, size=14, font=B),
    T("Attendee", 710, font=B),
    T("Session", 710, x=220, font=B),
    T("Date", 710, x=400, font=B),
    T("Credit", 710, x=480, font=B),
    T("Rafael Ito-Bergstrom", 694),
    T("Urinalysis Sediment Review", 694, x=220),
    T("02/12/2026", 694, x=400),
    T("1.5 h", 694, x=480),
)
reads(
    "an accrediting body's name between the figure and its unit",
    "hours",
    "2",
    *_head(),
    T("Awarded 11 March 2025 - Two (2.0) ASCP CMLE credits", 620),
)
reads(
    "minutes and the same credit in hours: the credit's unit",
    "hours",
    "2",
    *_head("Certificate of Attendance"),
    T("Instruction received: 120 minutes, equivalent to 2.0 contact hours.", 620),
)

# --- words, digits and other units ----------------------------------------------------------

trap(
    "words and digits that disagree",
    "hours",
    "2",
    *_head(),
    T("is hereby awarded two (3) contact hours", 620),
)
trap(
    "a test score in points is not a credit",
    "hours",
    "1",
    *_head(),
    T("Post-test score: 18 points of 20", 620),
    T("1.0 contact hour", 604),
)
trap(
    "a per-day figure for a two-day course",
    "hours",
    "12",
    *_head("Certificate of Attendance"),
    T("This two-day workshop provides 6 contact hours per day.", 620),
    T("Dates: March 13-14, 2025", 604),
)
trap(
    "a prior-year figure in a footer",
    "hours",
    "1",
    *_head(),
    T("CE credit: 1.0 contact hour", 620),
    T("Our programs provided 4,200 contact hours to laboratory staff last year.", 80, size=8),
)

trap(
    "a credit for each session attended",
    "hours",
    "3",
    *_head("Certificate of Attendance"),
    T("Attendees earn 1 contact hour for each session attended.", 620),
    T("Sessions attended: 3", 604),
)
trap(
    "a running total for the renewal period",
    "hours",
    "1.5",
    *_head(),
    T("Contact hours: 1.5", 620),
    T("Your cumulative total for this renewal period is 14.5 contact hours.", 604),
)
trap(
    "a running total alone",
    "hours",
    "1.5",
    *_head(),
    T("Hours to date this cycle: 14.5 contact hours", 620),
)
trap(
    "a year's total under a label",
    "hours",
    "1",
    *_head(),
    T("Total hours this year: 12.5", 620),
    T("Credit for this course: 1.0 contact hour", 604),
)
trap(
    "a threshold of attendance is no credit",
    "hours",
    "1",
    *_head(),
    T("Participants must attend at least 45 minutes to receive credit.", 620),
)
trap(
    "a requirement is no claim",
    "hours",
    "1",
    *_head(),
    T("Credits required for renewal: 24", 620),
    T("Credit earned: 1.0", 604),
)

# --- plain pages stay confident ------------------------------------------------------------

sure(
    "a labelled credit with its equivalent",
    "hours",
    "1.5",
    *_head(),
    T("Contact hours: 1.5 (0.15 CEU)", 620),
)
sure(
    "a credit with its minutes",
    "hours",
    "2",
    *_head(),
    T("Awarded 2.0 contact hours (120 minutes of instruction)", 620),
)
sure(
    "a credit and a rate",
    "hours",
    "1",
    *_head(),
    T("Contact hours: 1.0", 620),
    T("One contact hour equals 50 minutes of instruction.", 604),
)
sure(
    "a state's requirement beside the credit",
    "hours",
    "2",
    *_head(),
    T("Contact hours: 2.0", 620),
    T("The state requires 12 contact hours of continuing education for renewal.", 604),
)
sure(
    "a course named for its required hours",
    "hours",
    "2",
    *_head(),
    T("Course: Laws and Rules (meets the 2-hour requirement)", 620),
    T("Contact hours: 2.0", 604),
)
sure(
    "a break in minutes beside the credit",
    "hours",
    "6",
    *_head(),
    T("Schedule 8:00-3:00 with a 60-minute lunch and two 15-minute breaks.", 620),
    T("Contact hours: 6.0", 604),
)
sure(
    "how long the participant was connected",
    "hours",
    "1",
    *_head(),
    T("Our records show you were connected for 57 minutes.", 620),
    T("You have earned 1.0 contact hour.", 604),
)
sure(
    "a provider number before the accreditation's name",
    "hours",
    "1.5",
    *_head(),
    T("Contact hours: 1.5", 620),
    T("Approved provider # 0417", 604),
    T("P.A.C.E.(R) program 0417-22-25", 590),
)
sure(
    "each part's length beside the whole credit",
    "hours",
    "3",
    *_head(),
    T("The course ran in two parts. Each part lasted 90 minutes; together they carry", 620),
    T("3.0 contact hours.", 606),
)
sure(
    "a CEU unit definition beside the credit",
    "ceu",
    "0.3",
    *_head(),
    T("CEUs: 0.3", 620),
    T("One CEU is ten contact hours.", 604),
)


@pytest.mark.parametrize(("want", "items"), [t[1:] for t in TRAPS], ids=[t[0] for t in TRAPS])
def test_never_confidently_wrong(want: tuple[str, str], items: tuple[T, ...]) -> None:
    got = _amount(_draft(items))
    if got is not None and got[:2] != want:
        assert got[2] < REVIEW_BELOW, f"{got[0]}={got[1]} at {got[2]} (wanted {want})"


@pytest.mark.parametrize(("want", "items"), [t[1:] for t in READ], ids=[t[0] for t in READ])
def test_the_credit_is_read(want: tuple[str, str], items: tuple[T, ...]) -> None:
    got = _amount(_draft(items))
    assert got is not None and got[:2] == want


@pytest.mark.parametrize(("want", "items"), [t[1:] for t in SURE], ids=[t[0] for t in SURE])
def test_a_plain_credit_stays_confident(want: tuple[str, str], items: tuple[T, ...]) -> None:
    got = _amount(_draft(items))
    assert got is not None and got[:2] == want and got[2] >= REVIEW_BELOW
