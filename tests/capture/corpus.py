"""A synthetic, deterministic corpus of CE certificates for the capture tests and bench.

`corpus(count, seed)` renders certificates with reportlab in the layouts real providers use:

- "award": landscape certificate, big centred participant name, prose around it, small print;
- "letter": a letter on letterhead (address, phone, letter date) with the facts in prose;
- "table": a ruled grid of label/value rows;
- "two-column": a title line, then facts side by side, labels beside or above their values;
- "transcript": a provider's list of several completed courses (one draft per row).

Each `Item` carries the PDF, its layout and font, and its ground truth: one dict per activity
(a transcript has several) with the values a careful person would type into the ledger from
this document. The truth is decided here, from the course being rendered, never from what a
parser reads:

- `title`: the course title as printed, on one line, without surrounding quotes;
- `provider`: the organisation that provided the course, as printed;
- `participant_name`: the learner's name without post-nominal credentials (", MLS(ASCP)");
- `completed_on` (ISO) or `start` and `end` for a multi-day programme;
- `amount`: "field=value" in ledger form, the credit the certificate awards (the first stated
  when it gives equivalents, e.g. "1.5 contact hours (0.15 CEU)" is hours=1.5; a CEU figure
  with three decimals, which the ledger cannot hold, as contact hours: 0.125 CEU is hours=1.25);
- `accreditation`: the id of the accreditation the certificate names (pace, accent, cmle,
  accme, state-board), absent when it names none; `approvals`: "fl" when Florida's board
  approval is printed;
- `kind` and `delivery` only when the certificate states the format (webinar, self-study,
  workshop, ...), `level` only when printed;
- numbers (provider, course/program, approval, accrediting agency, licence) as printed,
  without "#" or trailing punctuation.

Wording, labels, date and amount styles, fonts and decoration are drawn at random from lists
of real-world variants (with a seeded generator, so the corpus is the same on every machine
that has the same fonts). `rasterise` turns an item into a noisy, slightly rotated scan;
`scanned_pdf` wraps such a scan in an image-only PDF.
"""

from __future__ import annotations

import dataclasses
import io
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

LAYOUTS = (
    "award", "letter", "table", "two-column", "transcript",
    # issue 13's shapes (tests/capture/corpus_more.py)
    "memo", "email", "conference", "modules", "prose",
)  # fmt: skip
LAYOUT_WEIGHTS = (30, 20, 20, 20, 10, 8, 8, 8, 8, 8)

# --- fonts -------------------------------------------------------------------------------------

_TTF_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    regular: str
    bold: str
    italic: str


_FAMILIES = [
    Family("helvetica", "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    Family("times", "Times-Roman", "Times-Bold", "Times-Italic"),
    Family("courier", "Courier", "Courier-Bold", "Courier-Oblique"),
]


def _register_ttf() -> None:
    files = {
        "DejaVuSans": "DejaVuSans.ttf",
        "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
        "DejaVuSerif": "DejaVuSerif.ttf",
        "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    }
    if not all((_TTF_DIR / name).exists() for name in files.values()):
        return
    for font, name in files.items():
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(font, str(_TTF_DIR / name)))
    _FAMILIES.append(Family("dejavu-sans", "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans"))
    _FAMILIES.append(Family("dejavu-serif", "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif"))


_register_ttf()

# --- what certificates are about -----------------------------------------------------------------

FIRST = [
    "Jane", "Maria", "Katherine", "David", "Aisha", "Michael", "Priya", "Luis", "Emily", "Tran",
    "Olivia", "James", "Fatima", "Robert", "Mei", "Carlos", "Sarah", "Ahmed", "Linda", "Kevin",
    "Grace", "Daniel", "Chioma", "Hannah", "Jose", "Renee", "Patrick", "Yuki", "Angela", "Samuel",
]  # fmt: skip
MIDDLE = ["A.", "B.", "J.", "L.", "M.", "R.", "T."]
LAST = [
    "Doe", "Nguyen", "Patel", "Garcia", "Johnson", "O'Brien", "Kowalski", "Smith-Jones", "Okafor",
    "Williams", "Chen", "Martinez", "Thompson", "Rahman", "Brown", "Kim", "Rodriguez", "Lee",
    "Anderson", "McDonald", "Washington", "Singh", "Murphy", "Hernandez", "Baker", "Fitzgerald",
]  # fmt: skip
POSTNOMINALS = [", MLS(ASCP)CM", ", MT(ASCP)", ", CLS", ", MLT(AMT)", ", MLS(ASCP)", ", SBB(ASCP)"]

TITLES = [
    "Sepsis and Blood Culture Contamination",
    "Antimicrobial Susceptibility Testing: What's New in CLSI M100",
    "Transfusion Reactions: Recognition, Workup and Reporting",
    "Hemoglobinopathies and Thalassemias in the Clinical Laboratory",
    "Quality Control: Westgard Rules in Practice",
    "Prevention of Medical Errors for Clinical Laboratory Personnel",
    "HIV/AIDS Update for Florida Clinical Laboratory Personnel",
    "Laws and Rules of the Florida Board of Clinical Laboratory Personnel",
    "Introduction to Flow Cytometry",
    "Coagulation Testing: PT, aPTT and Beyond",
    "Urine Sediment Microscopy",
    "Laboratory Safety: The Chemical Hygiene Plan",
    "Ethics in the Clinical Laboratory",
    "Molecular Diagnostics of Respiratory Viruses",
    "High-Sensitivity Troponin Assays in the Emergency Department",
    "HbA1c Methods and Hemoglobin Variant Interference",
    "Packing and Shipping Dangerous Goods: What the Laboratory Staff Must Know",
    "Laboratory Personnel Requirements under CLIA",
    "Verification of Performance Specifications",
    "Antibody Identification: A Case-Based Approach",
    "Peripheral Blood Smear Review: Red Cell Morphology",
    "Mycology for the Generalist",
    "Parasitology Refresher: Intestinal Protozoa",
    "Point-of-Care Testing Compliance",
    "Lean Six Sigma for the Laboratory",
    "Body Fluid Cell Counts and Differentials",
    "Inspection Preparation, Process, and Corrective Action",
    "Biosafety Level 3 Practices (BSL-3)",
    "Carbapenem-Resistant Enterobacterales: Detection and Reporting",
    "Therapeutic Drug Monitoring 101",
    "Cerebrospinal Fluid Analysis",
    "Bone Marrow Morphology: Acute Leukemias",
    "Preanalytical Errors in Phlebotomy",
    "Next-Generation Sequencing in Oncology",
    "Direct Antiglobulin Test Interpretation",
    "Lipid Testing & Cardiovascular Risk",
    "Thyroid Function Testing",
    "Clostridioides difficile Testing Algorithms",
    "Histotechnology: Special Stains Review",
    "Cytology of Effusions",
    "Managing Laboratory Staff Through Change",
    "Budgeting for the Laboratory Manager",
    "Anemia Workup: Iron Studies and Beyond",
    "Tuberculosis Laboratory Diagnosis",
    "Specimen Rejection Criteria and Patient Safety",
    "Blood Gas Analysis: Acid-Base Disorders",
    "Newborn Screening Update 2025",
    "Emerging Arboviruses: Dengue, Zika and Chikungunya",
    "Platelet Function Testing",
    "Hemostasis Workshop: Mixing Studies",
    "Autoimmune Serology: ANA Patterns",
    "Laboratory Information Systems and Interfaces",
]

# (name, accreditation it usually carries or None)
PROVIDERS = [
    ("American Society for Clinical Laboratory Science", "pace"),
    ("ASCLS", "pace"),
    ("ASCLS-Florida", "pace"),
    ("LabCE", "pace"),
    ("MediaLab, Inc.", "pace"),
    ("ARUP Laboratories", "pace"),
    ("CDC OneLab REACH", "pace"),
    ("LabUniversity", "pace"),
    ("NC State Laboratory of Public Health", "pace"),
    ("Bio-Rad Laboratories", "pace"),
    ("Siemens Healthineers PEPconnect", "pace"),
    ("ADLM (formerly AACC)", "accent"),
    ("Association for Diagnostics & Laboratory Medicine", "accent"),
    ("American Society for Clinical Pathology", "cmle"),
    ("ASCP", "cmle"),
    ("Anderson Continuing Education", "state-board"),
    ("Florida Society for Clinical Laboratory Science", "state-board"),
    ("California Association for Medical Laboratory Technology", "pace"),
    ("University of Texas Medical Branch", "accme"),
    ("Johns Hopkins School of Medicine", "accme"),
    ("Memorial Regional Hospital Laboratory", None),
    ("St. Luke's Health System, Department of Pathology", None),
    ("Mercy General Hospital Clinical Laboratory", None),
    ("American Medical Technologists", None),
]

SIGNERS = [
    "Dr. Elena Marsh, PhD",
    "Robert K. Lin, MS, MLS(ASCP)",
    "Patricia Gomez, MBA, MT(ASCP)",
    "Dr. Samuel Okoye, MD",
    "Linda Hartley, EdD",
    "Thomas Reyes, MLS(ASCP)CM",
]
SIGNER_ROLES = [
    "Director of Education",
    "Program Director",
    "Continuing Education Coordinator",
    "Laboratory Director",
    "Education Manager",
]
STREETS = ["1234 Main Street, Suite 200", "500 Medical Center Drive", "77 Laboratory Way, Floor 3"]
CITIES = [
    "Tampa, FL 33601",
    "Sacramento, CA 95814",
    "Salt Lake City, UT 84108",
    "Raleigh, NC 27607",
]

# --- wording pools ---------------------------------------------------------------------------------

TITLE_LABELS = [
    "Course Title", "Course", "Title", "Program Title", "Program", "Activity Title", "Activity",
    "Course Name", "Session Title", "Program Name", "Event", "Webinar Title", "Title of Program",
]  # fmt: skip
NAME_LABELS = [
    "Participant", "Participant Name", "Name", "Attendee", "Learner", "Awarded to", "Issued to",
    "Student Name", "Attendee Name", "Name of Participant", "Licensee",
]  # fmt: skip
PROVIDER_LABELS = [
    "Provider", "Provider Name", "Sponsor", "Sponsored by", "Offered by", "Presented by",
    "CE Provider", "Organization", "Provided by", "Accredited Provider",
]  # fmt: skip
DATE_LABELS = [
    "Date of Completion", "Completion Date", "Completed on", "Date Completed", "Date",
    "Program Date", "Date of Program", "Date Awarded", "Awarded", "Session Date",
    "Date Attended", "Date of Attendance", "Completed", "Date of Activity", "Course Date",
]  # fmt: skip
RANGE_LABELS = [
    "Date(s) of Program", "Dates", "Program Dates", "Dates of Attendance", "Date(s)",
    "Conference Dates", "Date(s) of Activity", "Dates Attended",
]  # fmt: skip
COURSE_NO_LABELS = [
    "Course No.", "Course Number", "Course #", "Program #", "Program Number",
    "P.A.C.E.® Program Number", "P.A.C.E.® Program #", "Course ID", "Activity ID", "Activity #",
    "Program No.", "Course Code", "Event Code",
]  # fmt: skip
CEBROKER_LABELS = ["CE Broker Tracking #", "CE Broker Course #", "CE Broker Tracking Number"]
PROVIDER_NO_LABELS = [
    "Provider #", "Provider No.", "Provider Number", "P.A.C.E.® Provider #",
    "P.A.C.E.® Provider Number", "Provider ID", "ASCLS P.A.C.E.® Provider No.",
]  # fmt: skip
APPROVAL_LABELS = [
    "Florida Board approval #", "FL Board Approval No.", "Approval #", "Approval Number",
    "Board Approval Number", "CE Broker Provider #", "Florida Approval Number", "State Approval #",
]  # fmt: skip
AGENCY_LABELS = [
    "Accrediting agency number", "Accrediting Agency #", "CA Accrediting Agency No.",
    "California Accrediting Agency Number", "LFS Accrediting Agency #", "Accrediting Agency No.",
]  # fmt: skip
LICENSE_LABELS = [
    "License #", "License No.", "License Number", "Licence Number", "FL License #",
    "CA License No.", "State License #", "Licensee #", "License",
]  # fmt: skip
LEVEL_LABELS = ["Level", "Program Level", "Instructional Level", "Content Level", "Difficulty"]
FORMAT_LABELS = [
    "Format", "Delivery", "Delivery Method", "Type", "Activity Type", "Mode", "Program Type",
    "Format of Activity",
]  # fmt: skip

# (kind, delivery, printed variants); None where the print does not say.
FORMATS = [
    ("live-session", "live", ["Live webinar", "Webinar", "Live Webinar", "Webinar (live)"]),
    ("self-study", "self-study", ["Self-study", "Self-Study", "Online self-study", "Self-paced"]),
    ("self-study", "self-study", ["Recorded webinar", "On-demand", "Home study"]),
    ("workshop", "live", ["Live workshop", "Workshop (in person)"]),
    ("workshop", None, ["Workshop", "Seminar"]),
    ("conference-session", "live", ["Conference session (live)"]),
    ("conference-session", None, ["Conference session", "Annual meeting session"]),
    ("in-service", None, ["In-service", "In-service training"]),
    (None, "live", ["Live", "Live (in person)", "Live, virtual"]),
]

AWARD_HEADINGS = [
    "Certificate of Completion", "Certificate of Attendance", "Certificate of Achievement",
    "Continuing Education Certificate", "CERTIFICATE OF COMPLETION", "Certificate of Participation",
    "Continuing Education Credit",
]  # fmt: skip
AWARD_INTROS = [
    "This certifies that", "This is to certify that", "Presented to", "Awarded to",
    "This certificate is awarded to", "We hereby certify that", "is hereby granted to",
]  # fmt: skip
AWARD_VERBS = [
    "has successfully completed", "has completed", "has attended", "participated in",
    "for successful completion of", "for completing", "has satisfactorily completed the program",
    "completed the continuing education activity", "attended the educational activity",
]  # fmt: skip


# --- the model -----------------------------------------------------------------------------------


@dataclass
class Course:
    title: str
    provider: str
    participant: str  # without post-nominals
    printed_name: str  # as printed
    completed_on: date | None
    start: date | None
    end: date | None
    amount_field: str
    amount: Decimal
    accreditation: str | None
    fl: bool = False
    provider_number: str | None = None
    course_number: str | None = None
    cebroker_course: bool = False
    approval_number: str | None = None
    agency_number: str | None = None
    license_number: str | None = None
    level: str | None = None
    format_text: str | None = None
    kind: str | None = None
    delivery: str | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    def truth(self) -> dict[str, str]:
        row: dict[str, str] = {
            "title": self.title,
            "provider": self.provider,
            "participant_name": self.participant,
            "amount": f"{self.amount_field}={_plain(self.amount)}",
        }
        if self.amount != self.amount.quantize(Decimal("0.01")) and self.amount_field == "ceu":
            # The ledger holds two decimals: "0.125 CEU" is entered as 1.25 contact hours.
            row["amount"] = f"hours={_plain(self.amount * 10)}"
        if self.start is not None and self.end is not None:
            row["start"] = self.start.isoformat()
            row["end"] = self.end.isoformat()
        elif self.completed_on is not None:
            row["completed_on"] = self.completed_on.isoformat()
        optional = {
            "accreditation": self.accreditation,
            "approvals": "fl" if self.fl else None,
            "provider_number": self.provider_number,
            "course_number": self.course_number,
            "approval_number": self.approval_number,
            "accrediting_agency_number": self.agency_number,
            "license_number": self.license_number,
            "level": self.level,
            # A title that says "Workshop" says what kind of activity it was.
            "kind": self.kind or ("workshop" if "Workshop" in self.title else None),
            "delivery": self.delivery,
        }
        row.update({key: value for key, value in optional.items() if value})
        return row


@dataclass(frozen=True, slots=True)
class Item:
    name: str
    layout: str
    font: str
    pdf: bytes
    truth: tuple[dict[str, str], ...]
    seed: int


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


# --- random course ---------------------------------------------------------------------------------


def _person(rng: random.Random) -> tuple[str, str]:
    first = rng.choice(FIRST)
    last = rng.choice(LAST)
    name = f"{first} {rng.choice(MIDDLE)} {last}" if rng.random() < 0.3 else f"{first} {last}"
    printed = name + rng.choice(POSTNOMINALS) if rng.random() < 0.2 else name
    return name, printed


def _number(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "9":
            out.append(str(rng.randint(0, 9)))
        elif ch == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def _course(rng: random.Random, person: tuple[str, str] | None = None) -> Course:
    provider, usual = rng.choice(PROVIDERS)
    accreditation = usual if rng.random() < 0.85 else rng.choice(["pace", "accent", None])
    participant, printed = person or _person(rng)
    day = date(2022, 1, 1) + timedelta(days=rng.randint(0, 1300))
    multi = rng.random() < 0.12
    start = end = completed = None
    if multi:
        start, end = day, day + timedelta(days=rng.randint(1, 4))
    else:
        completed = day
    fl = accreditation == "state-board" or (rng.random() < 0.12 and accreditation == "pace")
    # Amount and unit: contact hours are the most common; CEU, minutes, CMLE, points appear.
    hours = Decimal(
        rng.choice(["0.5", "1", "1", "1.5", "1.5", "2", "2", "2.5", "3", "4", "6", "1.25"])
    )
    if multi:
        hours = Decimal(rng.choice(["7", "10.5", "12", "14", "6.5", "20"]))
    roll = rng.random()
    if roll < 0.12:
        field_, amount = "ceu", hours / 10
    elif roll < 0.2 and not multi:
        field_, amount = "minutes", hours * 60
    elif roll < 0.28 and accreditation in (None, "cmle"):
        field_, amount = "points", hours.to_integral_value() or Decimal(1)
    else:
        field_, amount = "hours", hours
    course = Course(
        title=rng.choice(TITLES),
        provider=provider,
        participant=participant,
        printed_name=printed,
        completed_on=completed,
        start=start,
        end=end,
        amount_field=field_,
        amount=amount,
        accreditation=accreditation,
        fl=fl,
    )
    if accreditation == "pace" and rng.random() < 0.6:
        course.provider_number = _number(rng, rng.choice(["999", "9999", "99-999", "@999"]))
    elif rng.random() < 0.15:
        course.provider_number = _number(rng, rng.choice(["9999", "@-99999"]))
    if rng.random() < 0.55:
        patterns = ["999-999-25", "@@-9999", "@9999", "9999999"]
        if accreditation == "pace":
            patterns.append("PACE-2025-999")
        course.course_number = _number(rng, rng.choice(patterns))
    if fl:
        if rng.random() < 0.7:
            course.approval_number = _number(rng, rng.choice(["50-9999", "50-99999", "FL 99-9999"]))
        if rng.random() < 0.4 and course.course_number is None:
            course.course_number = _number(rng, "20-999999")
            course.cebroker_course = True
        if rng.random() < 0.5:
            course.license_number = _number(rng, rng.choice(["@@ 99999", "@@99999", "999999"]))
    elif rng.random() < 0.08:
        course.license_number = _number(rng, rng.choice(["@@ 99999", "999999", "@-99999"]))
    if rng.random() < 0.15:
        course.agency_number = _number(rng, rng.choice(["9999", "@-999", "99"]))
    if rng.random() < 0.3:
        course.level = rng.choice(["basic", "intermediate", "advanced"])
    if rng.random() < 0.45:
        kind, delivery, variants = rng.choice(FORMATS)
        course.kind, course.delivery, course.format_text = kind, delivery, rng.choice(variants)
    if multi and course.kind is None and rng.random() < 0.5:
        course.kind, course.delivery = "conference-session", None
        course.format_text = rng.choice(["Conference session", "Annual meeting session"])
    return course


# --- how things are printed --------------------------------------------------------------------


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def fmt_date(rng: random.Random, value: date, style: str | None = None) -> str:
    style = style or rng.choice(
        ["mdy", "mdy", "mdy-short", "long", "long", "dmy", "nth", "iso", "abbr", "weekday"]
    )
    month = value.strftime("%B")
    if style == "mdy":
        return value.strftime("%m/%d/%Y")
    if style == "mdy-short":
        return f"{value.month}/{value.day}/{value.year}"
    if style == "long":
        return f"{month} {value.day}, {value.year}"
    if style == "dmy":
        return f"{value.day} {month} {value.year}"
    if style == "nth":
        return f"{month} {_ordinal(value.day)}, {value.year}"
    if style == "iso":
        return value.isoformat()
    if style == "abbr":
        short = value.strftime("%b")
        return (
            f"{short}. {value.day}, {value.year}"
            if month != short
            else f"{month} {value.day}, {value.year}"
        )
    return f"{value.strftime('%A')}, {month} {value.day}, {value.year}"


def fmt_range(rng: random.Random, start: date, end: date) -> str:
    style = rng.choice(["same-month", "slash", "long", "through", "dmy"])
    if style == "same-month" and start.month == end.month:
        dash = rng.choice(["-", "–", " - ", " – "])
        return f"{start.strftime('%B')} {start.day}{dash}{end.day}, {start.year}"
    if style == "slash":
        return f"{start.strftime('%m/%d/%Y')} - {end.strftime('%m/%d/%Y')}"
    if style == "through":
        return f"{fmt_date(rng, start, 'long')} through {fmt_date(rng, end, 'long')}"
    if style == "dmy" and start.month == end.month:
        return f"{start.day}–{end.day} {start.strftime('%B')} {start.year}"
    return f"{fmt_date(rng, start, 'long')} – {fmt_date(rng, end, 'long')}"


def fmt_number(rng: random.Random, value: Decimal) -> str:
    text = _plain(value)
    if "." not in text and rng.random() < 0.3:
        return text + ".0"
    if text.endswith(".5") and rng.random() < 0.2:
        return text + "0"
    if text.startswith("0.") and rng.random() < 0.1:
        return text[1:]
    return text


def unit_words(rng: random.Random, course: Course) -> str:
    """The unit printed after the number, consistent with the accreditation."""
    acc = course.accreditation
    if course.amount_field == "ceu":
        return rng.choice(["CEU", "CEUs", "CEU", "Continuing Education Units"])
    if course.amount_field == "minutes":
        return rng.choice(["minutes", "minutes", "min"])
    if course.amount_field == "points":
        return rng.choice(["CMP points", "CMP Points", "points", "CCP points"])
    if acc == "pace":
        return rng.choice(
            [
                "contact hours",
                "P.A.C.E.® contact hours",
                "P.A.C.E.® credits",
                "P.A.C.E.® Contact Hours",
                "CE hours",
                "Contact Hours",
            ]
        )
    if acc == "accent":
        return rng.choice(
            ["ACCENT® credit hours", "ACCENT® credits", "contact hours", "ACCENT credit"]
        )
    if acc == "cmle":
        return rng.choice(["CMLE", "CMLE credits", "CMLE credit hours"])
    if acc == "accme":
        return rng.choice(["AMA PRA Category 1 Credits™", "AMA PRA Category 1 Credit(s)™"])
    return rng.choice(["contact hours", "hours", "CE hours", "credit hours", "clock hours"])


def amount_text(rng: random.Random, course: Course) -> str:
    text = f"{fmt_number(rng, course.amount)} {unit_words(rng, course)}"
    if course.amount_field == "hours" and rng.random() < 0.1:
        text += f" ({_plain(course.amount / 10)} CEU)"
    return text


def amount_label(rng: random.Random, course: Course) -> str:
    """A label under which the bare number (without unit) is printed."""
    acc = course.accreditation
    if course.amount_field == "ceu":
        return rng.choice(["CEUs", "CEU", "CEUs Awarded", "Continuing Education Units"])
    if course.amount_field == "minutes":
        return rng.choice(["Duration (minutes)", "Minutes", "Length (min)"])
    if course.amount_field == "points":
        return rng.choice(["CMP Points", "Points", "CCP Points", "Points Awarded"])
    if acc == "pace":
        return rng.choice(
            [
                "Contact Hours",
                "P.A.C.E.® Contact Hours",
                "P.A.C.E.® Credits",
                "Credits",
                "CE Hours",
                "Hours",
            ]
        )
    if acc == "accent":
        return rng.choice(["ACCENT® Credits", "Credit Hours", "Contact Hours"])
    if acc == "cmle":
        return rng.choice(["CMLE Credits", "CMLE", "Credits"])
    if acc == "accme":
        return rng.choice(["AMA PRA Category 1 Credits™", "Credits"])
    return rng.choice(["Hours", "Contact Hours", "Credit Hours", "CE Hours", "Hours Awarded"])


def amount_pair(rng: random.Random, course: Course) -> tuple[str, str]:
    """(label, value) for the amount: either a bare number under a unit label, or a number with
    its unit under a generic label."""
    if rng.random() < 0.5:
        return amount_label(rng, course), fmt_number(rng, course.amount)
    generic = rng.choice(
        ["Credits", "Credit Awarded", "Credits Earned", "CE Credit", "Awarded", "Credit"]
    )
    return generic, amount_text(rng, course)


def accreditation_statement(rng: random.Random, course: Course) -> list[str]:
    acc = course.accreditation
    p = course.provider
    lines: list[str] = []
    if acc == "pace":
        lines.append(
            rng.choice(
                [
                    f"{p} is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
                    "This program has been approved for ASCLS P.A.C.E.® credit.",
                    "Approved by ASCLS P.A.C.E.®",
                    "ASCLS P.A.C.E.® approved provider.",
                ]
            )
        )
    elif acc == "accent":
        lines.append(
            rng.choice(
                [
                    "ADLM designates this activity for ACCENT® continuing education credit.",
                    "This activity is approved for ACCENT® credit.",
                ]
            )
        )
    elif acc == "cmle":
        lines.append(
            rng.choice(
                [
                    "ASCP designates this activity for Continuing Medical Laboratory Education (CMLE) credit.",
                    "CMLE credit is awarded by the American Society for Clinical Pathology.",
                ]
            )
        )
    elif acc == "accme":
        lines.append(
            "This activity has been planned and implemented in accordance with the accreditation requirements of the ACCME."
        )
    if course.fl:
        lines.append(
            rng.choice(
                [
                    "Approved by the Florida Board of Clinical Laboratory Personnel.",
                    "This course is approved by the Florida Board of Clinical Laboratory Personnel through CE Broker.",
                    "Florida Board of Clinical Laboratory Personnel approved provider.",
                ]
            )
        )
    return lines


def numbers(rng: random.Random, course: Course) -> list[tuple[str, str]]:
    """(label, value) pairs for the optional identifiers."""
    out: list[tuple[str, str]] = []

    def pick(labels: list[str]) -> str:
        # Only a P.A.C.E. programme prints "P.A.C.E. Program Number".
        return rng.choice(
            [x for x in labels if course.accreditation == "pace" or "P.A.C.E" not in x]
        )

    if course.provider_number:
        out.append((pick(PROVIDER_NO_LABELS), course.provider_number))
    if course.course_number:
        labels = CEBROKER_LABELS if course.cebroker_course else COURSE_NO_LABELS
        out.append((pick(labels), course.course_number))
    if course.approval_number:
        out.append((rng.choice(APPROVAL_LABELS), course.approval_number))
    if course.agency_number:
        out.append((rng.choice(AGENCY_LABELS), course.agency_number))
    if course.license_number:
        out.append((rng.choice(LICENSE_LABELS), course.license_number))
    if course.level:
        value = course.level.capitalize() if rng.random() < 0.8 else course.level.upper()
        out.append((rng.choice(LEVEL_LABELS), value))
    if course.format_text:
        out.append((rng.choice(FORMAT_LABELS), course.format_text))
    return out


def join_label(rng: random.Random, label: str, value: str) -> str:
    if label.endswith("#") and rng.random() < 0.4:
        return f"{label}{value}"
    sep = (
        rng.choice([": ", ": ", ": ", " ", " - "])
        if not label.endswith("#")
        else rng.choice([" ", ": "])
    )
    return f"{label}{sep}{value}"


def title_label(rng: random.Random, course: Course) -> str:
    # "Webinar Title" says it was a webinar: printed only on webinars.
    return rng.choice(
        [x for x in TITLE_LABELS if "Webinar" not in x or course.kind == "live-session"]
    )


def date_pair(rng: random.Random, course: Course) -> tuple[str, str]:
    if course.start and course.end:
        labels = [
            x for x in RANGE_LABELS if "Conference" not in x or course.kind == "conference-session"
        ]
        return rng.choice(labels), fmt_range(rng, course.start, course.end)
    assert course.completed_on is not None
    return rng.choice(DATE_LABELS), fmt_date(rng, course.completed_on)


# --- drawing helpers -------------------------------------------------------------------------------


class Page:
    def __init__(self, canvas: Canvas, family: Family, width: float, height: float) -> None:
        self.c, self.f, self.w, self.h = canvas, family, width, height

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 11,
        style: str = "regular",
        align: str = "left",
    ) -> None:
        font = getattr(self.f, style)
        self.c.setFont(font, size)
        if align == "center":
            self.c.drawCentredString(x, y, text)
        elif align == "right":
            self.c.drawRightString(x, y, text)
        else:
            self.c.drawString(x, y, text)

    def wrap(self, text: str, size: float, width: float, style: str = "regular") -> list[str]:
        return simpleSplit(text, getattr(self.f, style), size, width)

    def para(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        width: float,
        style: str = "regular",
        align: str = "left",
        leading: float = 1.35,
    ) -> float:
        for line in self.wrap(text, size, width, style):
            self.text(x, y, line, size, style, align)
            y -= size * leading
        return y

    def width_of(self, text: str, size: float, style: str = "regular") -> float:
        return pdfmetrics.stringWidth(text, getattr(self.f, style), size)

    def border(self, rng: random.Random) -> None:
        c = self.c
        c.setStrokeColorRGB(*rng.choice([(0.1, 0.2, 0.5), (0.5, 0.4, 0.1), (0.2, 0.2, 0.2)]))
        c.setLineWidth(rng.choice([2, 3, 4]))
        c.rect(24, 24, self.w - 48, self.h - 48)
        if rng.random() < 0.6:
            c.setLineWidth(0.8)
            c.rect(32, 32, self.w - 64, self.h - 64)
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(1)

    def signature(self, rng: random.Random, x: float, y: float) -> None:
        self.c.line(x, y, x + 200, y)
        self.text(x, y - 14, rng.choice(SIGNERS), 9)
        self.text(x, y - 26, rng.choice(SIGNER_ROLES), 9, "italic")


# --- layouts --------------------------------------------------------------------------------------


def _award(page: Page, rng: random.Random, course: Course) -> None:
    w, h = page.w, page.h
    page.border(rng)
    cx = w / 2
    y = h - 80
    provider_in_header = rng.random() < 0.7
    if provider_in_header:
        page.text(cx, y, course.provider, rng.choice([13, 15, 16]), "bold", "center")
        y -= 44
    page.text(cx, y, rng.choice(AWARD_HEADINGS), rng.choice([26, 30, 34]), "bold", "center")
    y -= 44
    page.text(cx, y, rng.choice(AWARD_INTROS), 13, "italic", "center")
    y -= 40
    page.text(
        cx,
        y,
        course.printed_name,
        rng.choice([26, 30, 32]),
        rng.choice(["bold", "italic"]),
        "center",
    )
    y -= 36
    verb = rng.choice(AWARD_VERBS)
    if (
        course.format_text
        and rng.random() < 0.5
        and course.kind in ("live-session", "self-study", "workshop")
    ):
        verb = (
            rng.choice(["attended the", "completed the", "participated in the"])
            + " "
            + course.format_text.lower()
        )
        shown_format = True
    else:
        shown_format = False
    page.text(cx, y, verb, 13, "regular", "center")
    y -= 32
    title = f"“{course.title}”" if rng.random() < 0.3 else course.title
    size = rng.choice([18, 20, 22])
    for line in page.wrap(title, size, w - 200, "bold"):
        page.text(cx, y, line, size, "bold", "center")
        y -= size * 1.25
    y -= 8
    facts: list[str] = []
    date_label, date_value = date_pair(rng, course)
    # Sentence or label for date and amount.
    if rng.random() < 0.5:
        sentence = f"held {date_value}" if course.start and course.end else f"on {date_value}"
        if rng.random() < 0.6:
            sentence += rng.choice(
                [", and is awarded ", " and has earned ", ", earning ", " for "]
            ) + amount_text(rng, course)
            amount_done = True
        else:
            amount_done = False
        page.text(cx, y, sentence, 13, "regular", "center")
        y -= 22
    else:
        facts.append(join_label(rng, date_label, date_value))
        amount_done = False
    if not amount_done:
        if rng.random() < 0.5:
            facts.append(join_label(rng, *amount_pair(rng, course)))
        else:
            page.text(cx, y, amount_text(rng, course), 14, "bold", "center")
            y -= 22
    nums = numbers(rng, course)
    if shown_format:
        nums = [(label, value) for label, value in nums if value != course.format_text]
    facts.extend(join_label(rng, label, value) for label, value in nums)
    if not provider_in_header or rng.random() < 0.4:
        page.text(
            cx,
            y,
            join_label(rng, rng.choice(PROVIDER_LABELS), course.provider),
            11,
            "regular",
            "center",
        )
        y -= 18
    # Facts in two columns (when they fit) or one centred column.
    y -= 6
    fits = all(page.width_of(fact, 10) < w / 2 - 120 for fact in facts)
    if fits and rng.random() < 0.6:
        half = (len(facts) + 1) // 2
        for i, fact in enumerate(facts[:half]):
            page.text(80, y - i * 16, fact, 10)
        for i, fact in enumerate(facts[half:]):
            page.text(w / 2 + 30, y - i * 16, fact, 10)
        y -= half * 16
    else:
        for fact in facts:
            page.text(cx, y, fact, 10, "regular", "center")
            y -= 15
    y -= 6
    for statement in accreditation_statement(rng, course):
        y = page.para(cx, y, statement, 8, w - 160, "italic", "center", 1.3)
    page.signature(rng, w - 300, 80)


def _letter(page: Page, rng: random.Random, course: Course) -> None:
    w, h = page.w, page.h
    x = 72
    y = h - 72
    page.text(x, y, course.provider, 16, "bold")
    y -= 16
    page.text(x, y, rng.choice(STREETS), 9)
    y -= 12
    page.text(x, y, rng.choice(CITIES) + "   " + _number(rng, "Phone (999) 555-9999"), 9)
    y -= 12
    page.c.line(x, y, w - x, y)
    y -= 30
    anchor = course.end or course.completed_on
    assert anchor is not None
    letter_date = anchor + timedelta(days=rng.randint(0, 20))
    page.text(x, y, fmt_date(rng, letter_date, rng.choice(["long", "mdy"])), 11)
    y -= 30
    page.text(
        x,
        y,
        rng.choice(
            [
                f"Dear {course.printed_name},",
                "To Whom It May Concern:",
                "RE: Verification of continuing education",
            ]
        ),
        11,
    )
    y -= 26
    quoted = rng.random() < 0.6
    title = f"“{course.title}”" if quoted else course.title
    if course.start and course.end:
        when_phrase = rng.choice(["on ", "held ", ""]) + fmt_range(rng, course.start, course.end)
    else:
        assert course.completed_on is not None
        when_phrase = "on " + fmt_date(rng, course.completed_on)
    # Prose names the format only when it reads naturally ("attended the live webinar ...").
    natural = course.kind is not None and course.format_text and "," not in course.format_text
    fmt_word = course.format_text.lower() if natural and rng.random() < 0.7 else None
    what = (
        f"the {fmt_word} "
        if fmt_word
        else rng.choice(["the program ", "the course ", "the continuing education program ", ""])
    )
    name = course.printed_name
    amount = amount_text(rng, course)
    style = rng.randrange(3)
    if style == 0:
        body = f"This letter confirms that {name} attended {what}{title} presented by {course.provider} {when_phrase}. The program was approved for {amount}."
    elif style == 1:
        body = f"Thank you for participating in {what}{title}, offered by {course.provider} {when_phrase}. You have earned {amount}."
        if not quoted:
            body = f"Thank you for participating in {what}{title} ({course.provider}) {when_phrase}. You have earned {amount}."
    else:
        body = f"Our records show that {name} completed {what}{title} {when_phrase} and was awarded {amount}."
    y = page.para(x, y, body, 11, w - 2 * x)
    y -= 10
    if style == 1:
        y = page.para(x, y, f"Participant: {name}", 11, w - 2 * x)
    nums = numbers(rng, course)
    if fmt_word:
        nums = [(label, value) for label, value in nums if value != course.format_text]
    if style == 2 or rng.random() < 0.3:
        nums.insert(0, (rng.choice(PROVIDER_LABELS), course.provider))
    for label, value in nums:
        y = page.para(x, y, join_label(rng, label, value), 11, w - 2 * x)
    y -= 10
    for statement in accreditation_statement(rng, course):
        y = page.para(x, y, statement, 10, w - 2 * x)
    y -= 10
    page.text(x, y, "Please retain this letter for your records for at least four years.", 10)
    y -= 40
    page.text(x, y, "Sincerely,", 11)
    page.signature(rng, x, y - 40)


def _table(page: Page, rng: random.Random, course: Course) -> None:
    w, h = page.w, page.h
    page.border(rng)
    y = h - 90
    page.text(w / 2, y, rng.choice(AWARD_HEADINGS), 22, "bold", "center")
    y -= 22
    if rng.random() < 0.5:
        page.text(w / 2, y, course.provider, 12, "regular", "center")
        y -= 20
    rows: list[tuple[str, str]] = [
        (rng.choice(NAME_LABELS), course.printed_name),
        (title_label(rng, course), course.title),
        (rng.choice(PROVIDER_LABELS), course.provider),
        date_pair(rng, course),
        amount_pair(rng, course),
        *numbers(rng, course),
    ]
    head, tail = rows[:2], rows[2:]
    rng.shuffle(tail)
    rows = head + tail
    if rng.random() < 0.3:
        rows = [(label.upper(), value) for label, value in rows]
    colon = rng.random() < 0.4
    size = rng.choice([10, 11, 12])
    label_w = max(page.width_of(label + ":", size, "bold") for label, _ in rows) + 24
    x0, x1, x2 = 72, 72 + label_w, w - 72
    y -= 16
    page.c.setLineWidth(0.6)
    page.c.line(x0, y, x2, y)
    for label, value in rows:
        lines = page.wrap(value, size, x2 - x1 - 12)
        row_h = max(1, len(lines)) * size * 1.3 + 10
        page.text(x0 + 6, y - size - 4, label + (":" if colon else ""), size, "bold")
        for i, line in enumerate(lines):
            page.text(x1 + 6, y - size - 4 - i * size * 1.3, line, size)
        y -= row_h
        page.c.line(x0, y, x2, y)
    y -= 20
    for statement in accreditation_statement(rng, course):
        y = page.para(72, y, statement, 9, w - 144, "italic")
    page.signature(rng, 72, 110)


def _two_column(page: Page, rng: random.Random, course: Course) -> None:
    w, h = page.w, page.h
    page.border(rng)
    y = h - 80
    page.text(72, y, course.provider, 14, "bold")
    y -= 40
    page.text(72, y, rng.choice(AWARD_HEADINGS), 24, "bold")
    y -= 40
    stacked = rng.random() < 0.5  # label above value (modern design) or "Label: value"
    items: list[tuple[str, str]] = [
        (rng.choice(NAME_LABELS), course.printed_name),
        date_pair(rng, course),
        amount_pair(rng, course),
        *numbers(rng, course),
    ]
    if rng.random() < 0.5:
        items.insert(1, (rng.choice(PROVIDER_LABELS), course.provider))
    heading_label = title_label(rng, course)
    # The title spans the width.
    if stacked:
        page.text(72, y, heading_label.upper(), 8, "bold")
        y -= 18
        for line in page.wrap(course.title, 16, w - 144, "bold"):
            page.text(72, y, line, 16, "bold")
            y -= 20
    else:
        y = page.para(72, y, f"{heading_label}: {course.title}", 13, w - 144, "bold")
    y -= 16
    half = (len(items) + 1) // 2
    columns = [items[:half], items[half:]]
    col_x = [72, w / 2 + 10]
    col_w = w / 2 - 90
    top = bottom = y
    for col, entries in enumerate(columns):
        y = top
        for label, value in entries:
            if stacked:
                page.text(col_x[col], y, label.upper(), 8, "bold")
                y -= 15
                for line in page.wrap(value, 12, col_w):
                    page.text(col_x[col], y, line, 12)
                    y -= 15
                y -= 10
            else:
                y = page.para(col_x[col], y, join_label(rng, label, value), 11, col_w) - 6
        bottom = min(bottom, y)
    y = bottom - 10
    for statement in accreditation_statement(rng, course):
        y = page.para(72, y, statement, 9, w - 144, "italic")
    page.signature(rng, w - 300, 90)


TRANSCRIPT_ISSUERS = [
    "LabCE",
    "MediaLab, Inc.",
    "ASCP",
    "ARUP Laboratories",
    "ASCLS",
    "ADLM (formerly AACC)",
]
TRANSCRIPT_HEADINGS = [
    "Continuing Education Transcript", "CE Transcript", "Learner Transcript",
    "Record of Continuing Education", "Course Completion History", "Transcript of Completed Courses",
]  # fmt: skip
COLUMN_LABELS = {
    "date": ["Date", "Completed", "Completion Date", "Date Completed", "Date Earned"],
    "title": ["Course Title", "Course", "Title", "Course Name", "Activity"],
    "number": ["Course #", "Course ID", "Program #", "Course No."],
    "provider": ["Provider", "Sponsor"],
    "amount": ["Hours", "Credits", "Contact Hours", "CE Hours", "CEUs", "Points"],
    "type": ["Type", "Format", "Delivery"],
    "accreditation": ["Accreditation", "Credit Type", "Approved By"],
}
ACCREDITATION_CELLS = {
    "pace": ["P.A.C.E.", "P.A.C.E.®", "ASCLS P.A.C.E."],
    "accent": ["ACCENT", "ACCENT®"],
    "cmle": ["CMLE", "ASCP CMLE"],
    "state-board": ["FL Board", "CE Broker", "State board"],
    "accme": ["AMA PRA Cat. 1", "CME"],
}


def _transcript(page: Page, rng: random.Random, courses: list[Course], issuer: str) -> None:
    """A transcript page. Clears what the page does not print from the courses' truth."""
    w, h = page.w, page.h
    y = h - 60
    page.text(54, y, issuer, 14, "bold")
    y -= 30
    page.text(54, y, rng.choice(TRANSCRIPT_HEADINGS), 18, "bold")
    y -= 26
    page.text(
        54,
        y,
        join_label(
            rng,
            rng.choice(["Name", "Learner", "Participant", "Transcript for"]),
            courses[0].printed_name,
        ),
        11,
    )
    y -= 15
    if rng.random() < 0.6:
        page.text(54, y, _number(rng, "Member ID: 9999999"), 10)
        y -= 15
    page.text(
        54,
        y,
        "Printed: " + fmt_date(rng, date(2025, 11, 1) + timedelta(days=rng.randint(0, 90)), "mdy"),
        10,
    )
    y -= 28
    columns = ["date", "title"]
    if any(c.course_number for c in courses) or rng.random() < 0.3:
        columns.append("number")
    with_provider = rng.random() < 0.35
    if with_provider:
        columns.append("provider")
    else:
        for course in courses:
            course.provider = issuer
    columns.append("amount")
    with_type = rng.random() < 0.4
    if with_type:
        columns.append("type")
    else:
        for course in courses:
            course.format_text = course.kind = course.delivery = None
    with_acc = rng.random() < 0.5
    if with_acc:
        columns.append("accreditation")
        for course in courses:
            if course.accreditation:
                cell = rng.choice(ACCREDITATION_CELLS[course.accreditation])
                course.extras["cell"] = cell
                course.fl = cell in ("FL Board", "CE Broker")
    else:
        footer: list[str] = []
        if len({c.accreditation for c in courses}) == 1 and rng.random() < 0.6:
            first = dataclasses.replace(courses[0], fl=courses[0].accreditation == "state-board")
            footer = accreditation_statement(rng, first)[:1]
        for course in courses:
            if not footer:
                course.accreditation = None
            elif course.accreditation == "state-board":
                course.fl = True
    if rng.random() < 0.3:
        columns[0], columns[1] = columns[1], columns[0]
    unit_field = courses[0].amount_field
    amount_header = {
        "hours": rng.choice(["Hours", "Credits", "Contact Hours", "CE Hours"]),
        "ceu": "CEUs",
        "points": rng.choice(["Points", "CMP Points"]),
        "minutes": "Minutes",
    }[unit_field]
    size = rng.choice([8, 9])
    widths = {
        "date": 70,
        "title": 200,
        "number": 80,
        "provider": 110,
        "amount": 50,
        "type": 70,
        "accreditation": 80,
    }
    headers = {col: rng.choice(COLUMN_LABELS[col]) for col in columns}
    headers["amount"] = amount_header
    date_style = rng.choice(["mdy", "mdy-short", "iso", "abbr"])
    fixed: dict[str, list[str]] = {
        "date": [fmt_date(rng, c.completed_on, date_style) for c in courses if c.completed_on],
        "number": [c.course_number or "" for c in courses],
        "amount": [fmt_number(rng, c.amount) for c in courses],
        "type": [c.format_text or "" for c in courses],
        "accreditation": [c.extras.get("cell", "") for c in courses],
    }
    # Every header and every unwrapped cell fits its column, as on a real transcript.
    for col in columns:
        texts = [headers[col], *fixed.get(col, [])]
        need = max(page.width_of(t, size, "bold") for t in texts) + 14
        widths[col] = need if col in fixed else widths[col]
    wrapped = [c for c in columns if c not in fixed]
    minimum = {"title": 150, "provider": 90}
    for optional in ("type", "accreditation"):
        # Too many columns for the page: leave one out (and what it would have said).
        if (w - 108) - sum(widths[c] for c in columns if c in fixed) >= sum(
            minimum[c] for c in wrapped
        ):
            break
        if optional in columns:
            columns.remove(optional)
            for course in courses:
                if optional == "type":
                    course.format_text = course.kind = course.delivery = None
                else:
                    course.accreditation, course.fl = None, False
    spare = (w - 108) - sum(widths[c] for c in columns if c in fixed)
    scale_wrapped = spare / sum(widths[c] for c in wrapped)
    for col in wrapped:
        widths[col] = widths[col] * scale_wrapped
    scale = 1.0
    total = sum(widths[c] for c in columns)
    scale = (w - 108) / total
    xs = []
    x = 54.0
    for col in columns:
        xs.append(x)
        x += widths[col] * scale
    for col, x in zip(columns, xs, strict=True):
        page.text(x, y, headers[col], size, "bold")
    y -= 4
    page.c.line(54, y, w - 54, y)
    y -= size + 6
    for row, course in enumerate(courses):
        cells: dict[str, list[str]] = {col: [texts[row]] for col, texts in fixed.items()}
        cells["title"] = page.wrap(course.title, size, widths["title"] * scale - 8)
        cells["provider"] = page.wrap(course.provider, size, widths["provider"] * scale - 8)
        height = max(len(cells[c]) for c in columns)
        for col, x in zip(columns, xs, strict=True):
            for i, line in enumerate(cells[col]):
                page.text(x, y - i * (size + 3), line, size)
        y -= height * (size + 3) + 6
    y -= 6
    page.c.line(54, y + size, w - 54, y + size)
    sum_amount = sum((c.amount for c in courses), Decimal(0))
    page.text(54, y - 4, f"Total: {_plain(sum_amount)} {amount_header.lower()}", size, "bold")
    y -= 30
    if not with_acc:
        for statement in footer:
            y = page.para(54, y, statement, 9, w - 108, "italic")


def _transcript_courses(rng: random.Random) -> list[Course]:
    person = _person(rng)
    first = _course(rng, person)
    n = rng.randint(3, 8)
    courses: list[Course] = []
    field_ = rng.choice(["hours", "hours", "hours", "ceu", "points"])
    same_acc = rng.random() < 0.6
    for i in range(n):
        course = first if i == 0 else _course(rng, person)
        course.start = course.end = None
        if course.completed_on is None:
            course.completed_on = date(2023, 1, 1) + timedelta(days=rng.randint(0, 900))
        if same_acc:
            course.accreditation = first.accreditation
        course.fl = False
        course.approval_number = course.agency_number = course.license_number = None
        course.provider_number = None
        course.level = None
        course.cebroker_course = False
        if course.kind not in ("live-session", "self-study"):
            course.format_text = course.kind = course.delivery = None
        hours = Decimal(rng.choice(["0.5", "1", "1", "1.5", "2", "2.5", "3"]))
        course.amount_field = field_
        course.amount = {
            "hours": hours,
            "ceu": hours / 10,
            "points": hours.to_integral_value() or Decimal(1),
        }[field_]
        courses.append(course)
    courses.sort(key=lambda c: c.completed_on or date.min)
    return courses


# --- the corpus ------------------------------------------------------------------------------------


def render(layout: str, seed: int) -> Item:
    """One certificate (or transcript page) from its layout and seed."""
    rng = random.Random(seed)
    family = rng.choice(_FAMILIES)
    buf = io.BytesIO()
    size = landscape(letter) if layout == "award" else letter
    canvas = Canvas(buf, pagesize=size, invariant=True)
    page = Page(canvas, family, *size)
    if layout == "transcript":
        courses = _transcript_courses(rng)
        _transcript(page, rng, courses, rng.choice(TRANSCRIPT_ISSUERS))
        truth = [c.truth() for c in courses]
    else:
        from tests.capture.corpus_more import MORE_LAYOUTS

        course = _course(rng)
        drawers = {"award": _award, "letter": _letter, "table": _table, "two-column": _two_column}
        {**drawers, **MORE_LAYOUTS}[layout](page, rng, course)
        truth = [course.truth()]
    canvas.showPage()
    canvas.save()
    return Item(f"{seed:05d}-{layout}", layout, family.name, buf.getvalue(), tuple(truth), seed)


def corpus(count: int = 200, seed: int = 20250302) -> list[Item]:
    rng = random.Random(seed)
    items = []
    for n in range(count):
        layout = rng.choices(LAYOUTS, LAYOUT_WEIGHTS)[0]
        items.append(render(layout, seed * 1000 + n))
    return items


# --- scans ----------------------------------------------------------------------------------------


def rasterise(item: Item | bytes, seed: int, dpi: int = 200, *, jpeg: bool = False) -> bytes:
    """A scan of the item's first page: ~200 dpi, rotated up to ±2°, noisy and slightly blurred.
    PNG bytes (or JPEG with `jpeg=True`)."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    pdf = pdfium.PdfDocument(item.pdf if isinstance(item, Item) else item)
    try:
        image = pdf[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        pdf.close()
    image = image.rotate(
        rng.uniform(-2, 2), resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255
    )
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    pixels = np.asarray(image, dtype=np.float32)
    noise = np.random.default_rng(seed).normal(0, rng.uniform(4, 12), pixels.shape)
    pixels = np.clip(pixels * rng.uniform(0.92, 1.0) + noise + rng.uniform(0, 10), 0, 255)
    image = Image.fromarray(pixels.astype(np.uint8), "L")
    out = io.BytesIO()
    if jpeg:
        image.save(out, "JPEG", quality=rng.randint(70, 90))
    else:
        image.save(out, "PNG")
    return out.getvalue()


def scanned_pdf(image: bytes, dpi: int = 200) -> bytes:
    """An image-only PDF page holding the scan, as a scanner would produce it."""
    from PIL import Image
    from reportlab import rl_config
    from reportlab.lib.utils import ImageReader

    with Image.open(io.BytesIO(image)) as opened:
        width, height = opened.size
    page = (width * 72 / dpi, height * 72 / dpi)
    buf = io.BytesIO()
    # Scanners write binary streams; reportlab's default ASCII85 wrapping is not what they send.
    use_a85, rl_config.useA85 = rl_config.useA85, 0
    try:
        canvas = Canvas(buf, pagesize=page, invariant=True)
        canvas.drawImage(ImageReader(io.BytesIO(image)), 0, 0, *page)
        canvas.showPage()
        canvas.save()
    finally:
        rl_config.useA85 = use_a85
    return buf.getvalue()


# --- scoring -------------------------------------------------------------------------------------

EVALUATED = (
    "title",
    "provider",
    "participant_name",
    "completed_on",
    "start",
    "end",
    "amount",
    "accreditation",
    "approvals",
    "kind",
    "delivery",
    "level",
    "course_number",
    "provider_number",
    "approval_number",
    "accrediting_agency_number",
    "license_number",
)
AMOUNT_KEYS = ("hours", "minutes", "ceu", "points", "semester_hours", "quarter_hours")


@dataclass(frozen=True, slots=True)
class Outcome:
    field: str
    expected: str | None  # None: the reader found a field the document does not have
    got: str | None

    @property
    def ok(self) -> bool:
        return self.expected == self.got


def draft_values(draft: Any) -> dict[str, str]:
    """A draft's fields in the corpus's truth form ("amount" = "hours=1.5", approvals joined)."""
    out: dict[str, str] = {}
    for name, found in draft.fields.items():
        value = found.value
        text = ",".join(value) if isinstance(value, tuple) else str(value)
        if name in AMOUNT_KEYS:
            out["amount"] = f"{name}={text}"
        elif name in EVALUATED:
            out[name] = text
    return out


def score(item: Item, drafts: tuple[Any, ...] | list[Any]) -> list[Outcome]:
    """Field by field, the reader's drafts against the item's truth (drafts matched in order;
    a missing draft misses all its fields, an extra one counts each of its fields as wrong)."""
    outcomes: list[Outcome] = []
    for index in range(max(len(item.truth), len(drafts))):
        truth = item.truth[index] if index < len(item.truth) else {}
        got = draft_values(drafts[index]) if index < len(drafts) else {}
        for name in EVALUATED:
            if name in truth:
                outcomes.append(Outcome(name, truth[name], got.get(name)))
            elif name in got:
                outcomes.append(Outcome(name, None, got[name]))
    return outcomes
