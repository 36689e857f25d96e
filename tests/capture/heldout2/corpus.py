"""Second held-out certificate corpus, written blind on 2026-12-06.

Written without reading the certificate reader (``src/cetrack/core/capture/``), its tests and
synthetic corpora (``tests/capture/`` apart from the docstring of ``blind_corpus.py``) or its
benchmarks (``bench/capture*.py``). The styles imitate the habits of real certificate issuers
for medical laboratory professionals (field lists from ``external-material.md`` section 1.1,
P.A.C.E. in-service facts from ``employer.md`` section 3.4). All people, organisations (other
than the well-known national bodies ASCP, AMT, ADLM, ASCLS, ACCME, IACET) and numbers are
invented. See README.md; the corpus is never used for tuning.

``truth`` keys (a key is omitted when the page does not state it): ``participant_name``,
``title``, ``provider`` (as printed); ``completed_on`` (ISO) or ``start``/``end`` for a
multi-day activity; exactly one amount among ``hours``, ``ceu``, ``minutes``, ``points``
(plain decimal, the credit claimed or awarded, not a maximum offered); ``accreditation``
(pace, accent, cmle, accme, state-board); ``course_number``, ``provider_number``,
``approval_number``, ``accrediting_agency_number``, ``license_number`` (as printed); ``level``
(basic/intermediate/advanced); ``delivery`` (live/self-study).

Conventions where a page states more than one thing:

- Amount: the credit awarded or claimed; "maximum of", "up to", "available" and durations
  ("the session lasted 60 minutes") are not the claim when a credit is also printed.
- Accreditation: the one under which the printed credit is awarded; when a Florida board
  approval is printed beside a national accreditation, the national one. ``state-board`` when
  the only approval printed is a state's (Florida board / CE Broker, a California-approved
  accrediting agency that is not a national body). Negated ones ("not approved for CMLE
  credit") never count.
- ``course_number``: the program / course / activity number printed for the course (P.A.C.E.
  program number, CE Broker ``20-`` course number, California course number); at most one per
  page. ``approval_number``: the Florida ``50-`` provider approval or a printed approval number.
- ``delivery``: only when the page says live / in person / webinar (live) or self-study /
  self-paced / home study / on-demand / enduring material.

Use ``python -m tests.capture.heldout2.corpus OUTDIR`` to write the files out for a look.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from tests.capture.heldout2 import degrade
from tests.capture.heldout2.render import (
    award,
    centered,
    cme,
    conference,
    email,
    florida,
    form_boxes,
    letter_page,
    memo,
    module_table,
    online_platform,
    pace_form,
    record,
    sessions,
    university,
    vendor,
)

AMOUNT_KEYS = ("hours", "ceu", "minutes", "points")
TRUTH_KEYS = (
    "participant_name",
    "title",
    "provider",
    "completed_on",
    "start",
    "end",
    *AMOUNT_KEYS,
    "accreditation",
    "course_number",
    "provider_number",
    "approval_number",
    "accrediting_agency_number",
    "license_number",
    "level",
    "delivery",
)


@dataclass(frozen=True)
class Item:
    name: str
    kind: str  # "text", "scan" or "photo"
    data: bytes
    truth: dict[str, str]


@dataclass(frozen=True)
class _Cert:
    name: str
    style: str
    template: Callable[[dict], bytes]
    spec: dict
    truth: dict[str, str]


_CERTS: list[_Cert] = []


def _cert(key: str, style: str, template: Callable[[dict], bytes], truth: dict, /, **spec) -> None:
    unknown = set(truth) - set(TRUTH_KEYS)
    assert not unknown, (key, unknown)
    clean = {}
    for field, value in truth.items():
        clean[field] = format(Decimal(value).normalize(), "f") if field in AMOUNT_KEYS else value
    spec.setdefault("seed", 7919 * (len(_CERTS) + 1))
    _CERTS.append(_Cert(key, style, template, spec, clean))


PACE = "is approved as a provider of continuing education programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program."

# ============================================================================================
# 1. Online platform certificates (landscape, banner)
# ============================================================================================

_cert(
    "online-benchpoint-hemoglobinopathies",
    "online platform",
    online_platform,
    dict(
        participant_name="Ana Sofía van der Berg",
        title="Hemoglobinopathies: Electrophoresis and HPLC Interpretation",
        provider="BenchPoint CE",
        completed_on="2025-03-04",
        hours="1.5",
        accreditation="pace",
        course_number="519-118-25",
        provider_number="519",
        level="intermediate",
        delivery="self-study",
    ),
    provider="BenchPoint CE",
    tagline="Online continuing education for the clinical laboratory",
    rgb=(0.05, 0.33, 0.55),
    name="Ana Sofía van der Berg",
    lead="has successfully completed the online course",
    title="Hemoglobinopathies: Electrophoresis and HPLC Interpretation",
    fields=[
        ("Completion date", "03/04/2025"),
        ("P.A.C.E.® contact hours", "1.5"),
        ("Level", "Intermediate"),
        ("P.A.C.E.® program #", "519-118-25"),
        ("Format", "Online, self-paced (self-study)"),
        ("Provider #", "519"),
    ],
    statements=[f"BenchPoint CE {PACE} Provider number 519."],
    signer=("Lorraine Abernathy, MS, MLS(ASCP)", "Director of Education, BenchPoint CE"),
    seal="P.A.C.E.",
    cert_id="Certificate ID 7F3A-22C1-0918",
    footer="Printed on 12/01/2025 2:22 PM  ·  benchpointce.example/verify",
)

_cert(
    "online-lablumen-ast-breakpoints",
    "online platform",
    online_platform,
    dict(
        participant_name="Nguyễn Văn Hùng",
        title="Antimicrobial Susceptibility Testing: Breakpoint Updates",
        provider="LabLumen Online",
        completed_on="2025-09-22",
        hours="2",
        accreditation="pace",
        course_number="LL-30472",
        provider_number="388",
        approval_number="50-7731",
        level="advanced",
    ),
    provider="LabLumen Online",
    tagline="Learn at the bench. Learn at home.",
    rgb=(0.42, 0.12, 0.45),
    name="Nguyễn Văn Hùng",
    lead="has completed the continuing education course",
    title="Antimicrobial Susceptibility Testing: Breakpoint Updates",
    fields=[
        ("Course #", "LL-30472"),
        ("CE hours", "2.0"),
        ("Completed", "Sep 22, 2025"),
        ("Level", "Advanced"),
    ],
    statements=[
        f"LabLumen Online {PACE} Provider # 388.",
        "Approved by the Florida Board of Clinical Laboratory Personnel through CE Broker, provider "
        "# 50-7731. Florida category: Microbiology (2.0 hours). Completion reported to CE Broker "
        "within 30 days.",
    ],
    signer=("Dorothea Quill, MEd", "Program Manager, LabLumen Online"),
    cert_id="Cert. no. LL-2025-0922-55810",
    footer="Page 1 of 1",
)

_cert(
    "online-arbor-ethics",
    "online platform",
    online_platform,
    dict(
        participant_name="Hye-jin Baek",
        title="Laboratory Ethics: Confidentiality and Professional Conduct",
        provider="Arbor Lab Learning",
        completed_on="2025-11-18",
        hours="1",
        accreditation="accent",
        course_number="ALL-ETH-104",
    ),
    provider="Arbor Lab Learning",
    tagline="arborlablearning.example",
    rgb=(0.13, 0.42, 0.22),
    heading="Certificate of Continuing Education",
    name="Hye-jin Baek",
    lead="completed",
    title="Laboratory Ethics: Confidentiality and Professional Conduct",
    fields=[
        ("Course ID", "ALL-ETH-104"),
        ("Completed", "2025-11-18"),
        ("Credit", "1.0 contact hour"),
        ("Credit type", "ACCENT®"),
    ],
    statements=[
        "This activity is approved for 1.0 ACCENT® credit hour by ADLM (formerly AACC). ACCENT® "
        "credit is accepted by AMT, ASCLS and several state licensure boards.",
    ],
    signer=("Marcus Feld, PhD", "Chief Learning Officer"),
    seal="ARBOR",
    cert_id="ALL-2025-118204",
)

_cert(
    "online-cytoscholar-bethesda",
    "online platform",
    online_platform,
    dict(
        participant_name="Katarzyna Wójcik",
        title="The Bethesda System for Reporting Cervical Cytology: Case Review",
        provider="CytoScholar",
        completed_on="2025-01-09",
        hours="3",
        accreditation="pace",
        course_number="247-065-24",
        provider_number="247",
        level="advanced",
        delivery="self-study",
    ),
    provider="CytoScholar",
    tagline="Cytology education online since 2011",
    rgb=(0.55, 0.18, 0.18),
    name="Katarzyna Wójcik",
    lead="has successfully completed",
    title="The Bethesda System for Reporting Cervical Cytology: Case Review",
    fields=[
        ("Completed on", "January 9, 2025"),
        ("Contact hours", "3.0"),
        ("Delivery", "Self-Study"),
        ("P.A.C.E.® Program #", "247-065-24"),
        ("Provider #", "247"),
        ("Level", "Advanced"),
    ],
    statements=[f"CytoScholar {PACE}"],
    signer=("Hollis Brandt, SCT(ASCP)", "Education Coordinator"),
    footer_left="Downloaded 02/14/2025 08:03",
    footer_right="cytoscholar.example/certificates/CS-88231",
)

# ============================================================================================
# 2. Module tables with a total row
# ============================================================================================

_cert(
    "modules-clinicallabcehub-bloodbank",
    "module table",
    module_table,
    dict(
        participant_name="Darnell Whitfield III",
        title="Blood Bank Fundamentals Series",
        provider="Clinical Lab CE Hub",
        completed_on="2025-05-21",
        hours="4",
        accreditation="pace",
        course_number="733-2025-014",
        provider_number="733",
        level="basic",
    ),
    provider="Clinical Lab CE Hub",
    address="1450 Larkspur Avenue, Suite 210, Columbus, OH 43215  ·  (614) 555-0142",
    rgb=(0.6, 0.1, 0.1),
    head_fields=[
        ("Participant", "Darnell Whitfield III"),
        ("Course", "Blood Bank Fundamentals Series"),
        ("Completion date", "May 21, 2025"),
    ],
    columns=[
        ("Module", 60, "center"),
        ("Topic", 240, "left"),
        ("Completed", 90, "center"),
        ("Contact hours", 82, "right"),
    ],
    rows=[
        ["1", "ABO and Rh Typing", "05/02/2025", "1.0"],
        ["2", "Antibody Identification", "05/09/2025", "1.5"],
        ["3", "Compatibility Testing", "05/15/2025", "1.0"],
        ["4", "Recognizing Transfusion Reactions", "05/21/2025", "0.5"],
        ["", "Total contact hours", "", "4.0"],
    ],
    bold_rows=(4,),
    fields=[("P.A.C.E.® program no.", "733-2025-014"), ("Level", "Basic")],
    statements=[f"Clinical Lab CE Hub {PACE} Provider No. 733."],
    signer=("Evelyn Marsh, MLS(ASCP)SBB", "Course Director"),
    footer="Generated 05/21/2025 at 21:47 EDT",
)

_cert(
    "modules-northgate-coagulation-partial",
    "module table",
    module_table,
    dict(
        participant_name="Thandiwe Nkosi",
        title="Coagulation Testing in Practice",
        provider="Northgate Learning Systems",
        completed_on="2025-08-12",
        hours="2.5",
        accreditation="accent",
    ),
    provider="Northgate Learning Systems",
    address="Northgate Learning Systems, Inc.  ·  88 Harbor Street, Portland, ME 04101",
    rgb=(0.1, 0.3, 0.5),
    heading="Statement of Credit",
    subheading="Coagulation Testing in Practice (3.5 hours available)",
    head_fields=[
        ("Learner", "Thandiwe Nkosi"),
        ("Course", "Coagulation Testing in Practice"),
        ("Date completed", "08/12/2025"),
    ],
    columns=[
        ("Module", 220, "left"),
        ("Status", 110, "center"),
        ("Available", 70, "right"),
        ("Credit", 70, "right"),
    ],
    rows=[
        ["1. Hemostasis Overview", "Completed", "0.5", "0.5"],
        ["2. PT/INR and aPTT", "Completed", "1.0", "1.0"],
        ["3. Mixing Studies", "Completed", "1.0", "1.0"],
        ["4. DOAC Interference", "Not completed", "1.0", "0.0"],
        ["Total credit awarded", "", "3.5", "2.5"],
    ],
    bold_rows=(4,),
    fields=[("Credit type", "ACCENT® credit hours")],
    statements=[
        "Northgate Learning Systems is approved by ADLM to offer ACCENT® continuing education "
        "credit. Credit is awarded only for modules completed with a passing post-test score.",
    ],
    signer=("Ruth Okonkwo", "Registrar, Northgate Learning Systems"),
)

_cert(
    "modules-micropath-mycology-minutes",
    "module table",
    module_table,
    dict(
        participant_name="Lê Minh Châu",
        title="Mycology for the Clinical Microbiologist",
        provider="MicroPath eLearning",
        completed_on="2025-10-06",
        hours="4",
        accreditation="pace",
        course_number="481-220-25",
        provider_number="481",
        level="intermediate",
        delivery="self-study",
    ),
    provider="MicroPath eLearning",
    address="MicroPath eLearning  ·  support@micropath.example  ·  P.A.C.E.® Provider #481",
    rgb=(0.2, 0.45, 0.3),
    head_fields=[
        ("Name", "Lê Minh Châu"),
        ("Course title", "Mycology for the Clinical Microbiologist"),
        ("Completed", "06-Oct-2025"),
    ],
    columns=[("Unit", 50, "center"), ("Content", 300, "left"), ("Minutes", 90, "right")],
    rows=[
        ["1", "Specimen Processing for Fungal Culture", "45"],
        ["2", "Yeasts of Clinical Importance", "60"],
        ["3", "Dimorphic Fungi", "50"],
        ["4", "Dermatophytes and Moulds", "45"],
        ["", "Total instructional time", "200"],
    ],
    bold_rows=(4,),
    fields=[
        ("Total contact hours awarded", "4.0"),
        ("Program #", "481-220-25"),
        ("Level", "Intermediate"),
        ("Format", "On-demand (self-study)"),
    ],
    statements=[f"MicroPath eLearning {PACE} One contact hour equals 50 minutes of instruction."],
    signer=("Gustavo Reyes-Lima, PhD", "Scientific Director"),
)

# ============================================================================================
# 3. Conference attendance with hours per day
# ============================================================================================

_cert(
    "conference-greatlakes-spring",
    "conference",
    conference,
    dict(
        participant_name="Siobhán Ní Bhriain",
        title="2025 Spring Scientific Meeting",
        provider="Great Lakes Society for Clinical Laboratory Science",
        start="2025-04-23",
        end="2025-04-25",
        hours="15.5",
        accreditation="pace",
        provider_number="164",
        delivery="live",
    ),
    provider="Great Lakes Society for Clinical Laboratory Science",
    event="2025 Spring Scientific Meeting",
    where="Lakefront Convention Center, Erie, Pennsylvania  ·  April 23–25, 2025",
    rgb=(0.08, 0.28, 0.48),
    intro="This certifies that",
    name="Siobhán Ní Bhriain",
    lead="attended the 2025 Spring Scientific Meeting (live, in person) and earned the P.A.C.E.® contact hours shown below.",
    columns=[("Date", 120, "left"), ("Program", 220, "left"), ("Contact hours", 110, "right")],
    rows=[
        ["Wed, April 23, 2025", "Pre-meeting workshops", "6.0"],
        ["Thu, April 24, 2025", "Scientific sessions", "6.5"],
        ["Fri, April 25, 2025", "Scientific sessions", "3.0"],
        ["", "Total contact hours", "15.5"],
    ],
    bold_rows=(3,),
    fields=[("Maximum available", "19.0 contact hours"), ("P.A.C.E.® Provider #", "164")],
    statements=[f"The Great Lakes Society for Clinical Laboratory Science {PACE}"],
    signer=("Joan Przybylski, MS, MLS(ASCP)", "Continuing Education Chair"),
    signer2=("Dale Hutchins", "President"),
)

_cert(
    "conference-tristate-histology",
    "conference",
    conference,
    dict(
        participant_name="Ikaika DeRosa",
        title="Tri-State Histotechnology Symposium 2025",
        provider="Tri-State Histology Society",
        start="2025-09-12",
        end="2025-09-13",
        hours="10",
        accreditation="pace",
        provider_number="0932",
        approval_number="50-11906",
        course_number="20-883140",
    ),
    provider="Tri-State Histology Society",
    event="Tri-State Histotechnology Symposium 2025",
    where="Riverside Hotel & Conference Center, Savannah, GA  ·  September 12–13, 2025",
    rgb=(0.45, 0.2, 0.4),
    heading="CONTINUING EDUCATION RECORD",
    intro="Attendee",
    name="Ikaika DeRosa",
    lead="Hours are recorded from session scans at the door.",
    columns=[("Day", 150, "left"), ("Sessions attended", 190, "left"), ("Hours", 110, "right")],
    rows=[
        ["Friday 09/12/2025", "4 sessions", "6.0"],
        ["Saturday 09/13/2025", "3 sessions", "4.0"],
        ["", "TOTAL", "10.0"],
    ],
    bold_rows=(2,),
    fields=[
        ("P.A.C.E.® provider", "0932"),
        ("Florida CE Broker provider", "50-11906"),
        ("CE Broker course", "20-883140"),
    ],
    statements=[
        f"The Tri-State Histology Society {PACE} This meeting is also approved by the Florida "
        "Board of Clinical Laboratory Personnel (Histology).",
    ],
    signer=("Bernadette Colquitt, HTL(ASCP)", "Symposium Education Chair"),
)

_cert(
    "conference-mountainwest-leadership",
    "conference",
    conference,
    dict(
        participant_name="Gwendolyn McAllister",
        title="Mountain West Laboratory Leadership Summit",
        provider="Mountain West Laboratory Management Association",
        start="2025-10-06",
        end="2025-10-08",
        hours="15",
        accreditation="accent",
    ),
    provider="Mountain West Laboratory Management Association",
    event="Mountain West Laboratory Leadership Summit",
    where="Boise, Idaho  ·  October 6–8, 2025",
    rgb=(0.3, 0.35, 0.15),
    intro="presented to",
    name="Gwendolyn McAllister",
    lead="for participation in the Mountain West Laboratory Leadership Summit",
    columns=[("Date", 130, "left"), ("Track", 210, "left"), ("ACCENT® hours", 110, "right")],
    rows=[
        ["10/06/2025", "Finance and staffing", "5.5"],
        ["10/07/2025", "Quality and regulation", "7.0"],
        ["10/08/2025", "Leadership workshop (half day)", "2.5"],
        ["", "Total", "15.0"],
    ],
    bold_rows=(3,),
    statements=[
        "This summit is approved for up to 17.0 ACCENT® credit hours by ADLM. It is not approved "
        "for Florida Board of Clinical Laboratory Personnel credit.",
    ],
    signer=("Preston Vale, MBA, MLS(ASCP)", "Summit Chair"),
    footer="MWLMA · PO Box 4410 · Boise, ID 83711",
)

_cert(
    "conference-coastal-virtual",
    "conference",
    conference,
    dict(
        participant_name="Oluwaseun Bakare",
        title="Coastal Microbiology Virtual Forum 2025",
        provider="Coastal Society for Microbiology Laboratories",
        start="2025-03-05",
        end="2025-03-06",
        hours="6.5",
        accreditation="pace",
        provider_number="0518",
        delivery="live",
    ),
    provider="Coastal Society for Microbiology Laboratories",
    event="Coastal Microbiology Virtual Forum 2025",
    where="Live virtual event  ·  March 5–6, 2025",
    rgb=(0.0, 0.4, 0.45),
    intro="This is to certify that",
    name="Oluwaseun Bakare",
    lead="participated in the live virtual forum and is awarded P.A.C.E.® contact hours as follows:",
    columns=[
        ("Day", 160, "left"),
        ("Attendance (log-in records)", 180, "left"),
        ("Contact hours", 110, "right"),
    ],
    rows=[
        ["Day 1 – 03/05/2025", "11:00–15:30 ET", "3.5"],
        ["Day 2 – 03/06/2025", "11:00–15:00 ET", "3.0"],
        ["", "Total awarded", "6.5"],
    ],
    bold_rows=(2,),
    fields=[("Provider number", "0518"), ("Delivery", "Live webinar")],
    statements=[f"Coastal Society for Microbiology Laboratories {PACE}"],
    signer=("Antoinette Greaves, SM(ASCP)", "Forum Coordinator"),
    footer="Certificate emailed 03/10/2025",
)

# ============================================================================================
# 4. Hospital in-service letters on letterhead
# ============================================================================================

_cert(
    "letter-stbrendan-critical-values",
    "in-service letter",
    letter_page,
    dict(
        participant_name="Marisol D'Amato-Reyes",
        title="Critical Value Reporting and Read-Back Procedures",
        provider="St. Brendan Regional Medical Center",
        completed_on="2025-04-08",
        hours="1",
        accreditation="pace",
        course_number="0417-2025-09",
        provider_number="0417",
        level="basic",
        delivery="live",
    ),
    org="St. Brendan Regional Medical Center",
    dept="Department of Pathology & Laboratory Medicine",
    address="2200 Mercy Drive, Dubuque, IA 52001  ·  Tel (563) 555-0190  ·  Fax (563) 555-0191",
    monogram="SB",
    rgb=(0.1, 0.25, 0.5),
    date="April 15, 2025",
    re="RE: Verification of in-service attendance",
    body=[
        "This letter verifies that Marisol D'Amato-Reyes attended the laboratory in-service "
        "“Critical Value Reporting and Read-Back Procedures”, presented live and in person by "
        "Dr. Henrietta Vossberg, Medical Director, on Tuesday, April 8, 2025.",
        "The session lasted 60 minutes and was assigned one (1.0) contact hour. Level: Basic.",
        "St. Brendan Regional Medical Center is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program "
        "(Provider No. 0417). This session is P.A.C.E.® program No. 0417-2025-09.",
    ],
    signed=["Colleen Rasmussen, MS, MLS(ASCP)", "Laboratory Education Coordinator"],
    cc="cc: Employee education file",
)

_cert(
    "letter-harborview-blood-cultures",
    "in-service letter",
    letter_page,
    dict(
        participant_name="Tyrone Baptiste",
        title="Blood Culture Contamination: Collection Technique Refresher",
        provider="Harbor View Community Hospital",
        completed_on="2025-06-17",
        hours="1.5",
    ),
    org="Harbor View Community Hospital",
    dept="Clinical Laboratory  ·  Microbiology Section",
    address="500 Seawall Road, Galveston, TX 77550  ·  (409) 555-0133",
    monogram="HV",
    rgb=(0.0, 0.38, 0.4),
    date="June 30, 2025",
    to=["Tyrone Baptiste", "Phlebotomy / Specimen Processing"],
    salutation="Dear Mr. Baptiste:",
    body=[
        "Thank you for attending our in-service “Blood Culture Contamination: Collection Technique "
        "Refresher” on the 17th of June 2025.",
        "Please keep this letter as documentation of 1.5 contact hours of employer-provided "
        "continuing education. This in-service has not been submitted for P.A.C.E.® credit.",
    ],
    signed=["Jerome Whitaker, MT(ASCP)", "Microbiology Supervisor"],
    footer="HVCH-LAB-FORM 114 rev. 03/2024",
)

_cert(
    "letter-mercyridge-analyzer-golive",
    "in-service letter",
    letter_page,
    dict(
        participant_name="Chidinma Eze",
        title="New Chemistry Analyzer Go-Live: Calibration and QC",
        provider="Mercy Ridge Health",
        start="2025-09-03",
        end="2025-09-04",
        hours="3",
        accreditation="pace",
        provider_number="1189",
        level="intermediate",
    ),
    org="Mercy Ridge Health",
    dept="Laboratory Services",
    address="77 Ridgeline Parkway, Asheville, NC 28801  ·  mercyridge.example/lab",
    monogram="MR",
    rgb=(0.45, 0.1, 0.25),
    fonts=("Arial", "Arial-Bold"),
    date="September 12, 2025",
    body=[
        "Chidinma Eze attended the in-service training “New Chemistry Analyzer Go-Live: "
        "Calibration and QC” on September 3 and September 4, 2025 (two sessions of 90 minutes "
        "each), for a total of three (3) contact hours at the intermediate level.",
        "Mercy Ridge Health is an approved ASCLS P.A.C.E.® provider (#1189).",
    ],
    signed=["Anita Kowalczyk, MLS(ASCP)CM", "Chemistry Technical Specialist"],
)

_cert(
    "letter-valleverde-california",
    "in-service letter",
    letter_page,
    dict(
        participant_name="Esperanza Villalobos",
        title="Therapeutic Drug Monitoring: Timing, Troughs and Pitfalls",
        provider="Valle Verde Medical Center",
        completed_on="2025-07-11",
        hours="2",
        accreditation="pace",
        course_number="VV-LAB-2025-07",
        accrediting_agency_number="0019",
    ),
    org="Valle Verde Medical Center",
    dept="Clinical Laboratory Education Office",
    address="3400 Camino Real, Fresno, CA 93721  ·  (559) 555-0177",
    monogram="VV",
    rgb=(0.2, 0.4, 0.1),
    date="July 18, 2025",
    re="Certificate of completion — California CE",
    body=[
        "Licensee: Esperanza Villalobos",
        "Course: Therapeutic Drug Monitoring: Timing, Troughs and Pitfalls — course no. "
        "VV-LAB-2025-07",
        "Date of completion: July 11, 2025. CE credit: 2.0 contact hours.",
        "This course is approved by the ASCLS P.A.C.E.® Program, a California Department of "
        "Public Health Laboratory Field Services accrediting agency, accrediting agency #0019.",
    ],
    salutation="To the licensee:",
    signed=["Victor Arreola, CLS", "Education Coordinator"],
)

# ============================================================================================
# 5. Memos
# ============================================================================================

_cert(
    "memo-clearwater-formalin",
    "in-service memo",
    memo,
    dict(
        participant_name="Trần Thị Mai",
        title="Safe Handling of Formalin and Xylene",
        provider="Clearwater Valley Hospital",
        completed_on="2025-06-26",
        hours="1",
        accreditation="pace",
        course_number="2290-25-031",
        provider_number="2290",
        level="basic",
    ),
    org="Clearwater Valley Hospital",
    org2="Anatomic Pathology & Histology Laboratory",
    rgb=(0.1, 0.3, 0.55),
    fonts=("Sans", "Sans-Bold"),
    head=[
        ("TO:", "Trần Thị Mai, Histology"),
        ("FROM:", "Deborah Kincaid, Education Coordinator"),
        ("DATE:", "July 2, 2025"),
        ("RE:", "In-service attendance — Safe Handling of Formalin and Xylene"),
    ],
    body=[
        "This memo confirms your attendance at the in-service “Safe Handling of Formalin and "
        "Xylene” held on June 26, 2025. The in-service is assigned 1.0 contact hour at the basic level.",
        "It was offered under the Clearwater Valley Hospital ASCLS P.A.C.E.® providership "
        "(Provider #2290; Program #2290-25-031). Keep this memo for your CMP records.",
    ],
    initials="DK",
)

_cert(
    "memo-lakeside-bilirubin",
    "in-service memo",
    memo,
    dict(
        participant_name="Jacqueline LaFleur-Dubois",
        title="Neonatal Bilirubin Testing Update",
        provider="Lakeside Children's Hospital",
        completed_on="2025-05-14",
        hours="1.5",
    ),
    org="Lakeside Children's Hospital",
    org2="Core Laboratory",
    rgb=(0.6, 0.25, 0.05),
    head=[
        ("To:", "Jacqueline LaFleur-Dubois"),
        ("From:", "Core Laboratory Management"),
        ("Date:", "5/20/2025"),
        ("Subject:", "Attendance – Neonatal Bilirubin Testing Update"),
    ],
    body=[
        "You attended the in-service Neonatal Bilirubin Testing Update on 5/14/2025.",
        "Credit: 1.5 contact hours (90 minutes of instruction).",
        "Note: this in-service is not approved for CMLE or P.A.C.E.® credit; ASCP accepts "
        "employer in-services with assigned contact hours for CMP.",
    ],
    initials="R. Castellano, Core Lab Manager",
)

_cert(
    "memo-county-bsl3-minutes",
    "in-service memo",
    memo,
    dict(
        participant_name="Yusuf Al-Rashid",
        title="Biosafety Level 3 Practices Annual Refresher",
        provider="Harlan County Public Health Laboratory",
        completed_on="2025-02-14",
        minutes="120",
        delivery="live",
    ),
    org="Harlan County Public Health Laboratory",
    org2="Biosafety Office",
    rgb=(0.2, 0.2, 0.2),
    fonts=("Courier", "Courier-Bold"),
    heading="INTEROFFICE MEMO",
    head=[
        ("TO:", "Yusuf Al-Rashid"),
        ("FROM:", "Biosafety Officer"),
        ("DATE:", "18 February 2025"),
        ("SUBJECT:", "CE credit – Biosafety Level 3 Practices Annual Refresher"),
    ],
    body=[
        "Date of training: 14 February 2025.",
        "Instructor-led, in person (live), BSL-3 suite anteroom.",
        "Documented: 120 minutes of instruction. No continuing education accreditation was sought "
        "for this training.",
    ],
    initials="M. Oyelaran",
)

# ============================================================================================
# 6. Vendor trainings
# ============================================================================================

_cert(
    "vendor-halvorsen-hx900",
    "vendor training",
    vendor,
    dict(
        participant_name="Olumide Adeyemi-Cole",
        title="HX-900 Hematology Analyzer Key Operator Training",
        provider="Halvorsen Diagnostics",
        start="2025-06-09",
        end="2025-06-11",
        hours="20",
        accreditation="pace",
        course_number="0665-HX9-25",
        provider_number="0665",
        level="intermediate",
        delivery="live",
    ),
    provider="Halvorsen Diagnostics",
    division="Customer Education Center  ·  Minneapolis, MN",
    logo="HD",
    rgb=(0.0, 0.3, 0.6),
    name="Olumide Adeyemi-Cole",
    lead="has completed",
    title="HX-900 Hematology Analyzer Key Operator Training",
    lines=[
        "June 9–11, 2025  ·  Live, in-person instruction",
        "20.0 P.A.C.E.® contact hours  ·  Intermediate level",
    ],
    statements=[
        f"Halvorsen Diagnostics {PACE} Provider #0665, Program #0665-HX9-25.",
    ],
    signer=("Kristoffer Lund", "Field Applications Instructor"),
    signer2=("Maureen Tully", "Manager, Customer Education"),
)

_cert(
    "vendor-veridian-pcr-noaccred",
    "vendor training",
    vendor,
    dict(
        participant_name="Mei-Ling Cho",
        title="VeriPlex PCR Platform: Operator Certification",
        provider="Veridian Molecular Systems",
        completed_on="2025-02-27",
        hours="4",
    ),
    provider="Veridian Molecular Systems",
    division="Technical Training Services",
    logo="V",
    rgb=(0.1, 0.5, 0.35),
    heading="Operator Certificate",
    name="Mei-Ling Cho",
    lead="successfully completed operator training for",
    title="VeriPlex PCR Platform: Operator Certification",
    lines=["Training date: 02/27/2025", "Training duration: 4 hours"],
    statements=[
        "This training has not been submitted for P.A.C.E.®, ACCENT® or CMLE credit. Hours are "
        "provided for employer training records.",
    ],
    signer=("Sanjay Kulkarni", "Senior Trainer"),
    signer2=("Laura Pettibone", "Director, Technical Training"),
    footer="VMS-TRN-CERT-004  ·  Printed 03/03/2025",
)

_cert(
    "vendor-pellucid-urinalysis",
    "vendor training",
    vendor,
    dict(
        participant_name="Björn Åkesson",
        title="Automated Urine Sediment Analysis: Image Review Workshop",
        provider="Pellucid Urinalysis Solutions",
        completed_on="2025-10-15",
        hours="3",
        accreditation="pace",
        course_number="PUS-2025-33",
        provider_number="0871",
        level="basic",
    ),
    provider="Pellucid Urinalysis Solutions",
    division="Academy  ·  Raleigh, NC",
    logo="PU",
    rgb=(0.55, 0.45, 0.0),
    heading="Certificate of Completion",
    name="Björn Åkesson",
    lead="attended the workshop",
    title="Automated Urine Sediment Analysis: Image Review Workshop",
    lines=["October 15, 2025", "3.0 contact hours  ·  Basic  ·  Course PUS-2025-33"],
    statements=[f"Pellucid Urinalysis Solutions {PACE} P.A.C.E.® Provider Number 0871."],
    signer=("Camila Ferreira, MLS(ASCP)", "Workshop Instructor"),
    signer2=("Owen Strickland", "Academy Lead"),
    footer="Printed 10/20/2025",
)

# ============================================================================================
# 7. University CEU certificates
# ============================================================================================

_cert(
    "university-northfield-molecular-ceu",
    "university CEU",
    university,
    dict(
        participant_name="Fernando da Silva Araújo",
        title="Molecular Diagnostics Bootcamp for Laboratory Professionals",
        provider="Northfield State University",
        start="2025-01-13",
        end="2025-03-03",
        ceu="1.2",
        course_number="MLSC 8010-CE",
    ),
    university="Northfield State University",
    office="Office of Professional & Continuing Education",
    rgb=(0.35, 0.0, 0.1),
    intro="The Office of Professional & Continuing Education of Northfield State University hereby certifies that",
    name="Fernando da Silva Araújo",
    body=[
        ("has satisfactorily completed", "Times", 13),
        ("Molecular Diagnostics Bootcamp for Laboratory Professionals", "Times-Bold", 16),
        ("and is awarded 1.2 Continuing Education Units (CEUs)", "Times", 13),
    ],
    fields=[("Course number", "MLSC 8010-CE"), ("Dates", "January 13 – March 3, 2025")],
    statements=[
        "One CEU equals ten contact hours of participation in an organized continuing education "
        "experience under responsible sponsorship, capable direction and qualified instruction. "
        "Northfield State University is an IACET Accredited Provider.",
    ],
    signer=("Margaret Oyelowo, PhD", "Dean, College of Health Sciences"),
    signer2=("Thomas Kirchner, EdD", "Director, Continuing Education"),
    seal="NSU 1891",
)

_cert(
    "university-cascades-flow",
    "university CEU",
    university,
    dict(
        participant_name="Ngozi Obi-Williams",
        title="Flow Cytometry: Principles and Clinical Applications",
        provider="University of the Cascades",
        completed_on="2025-07-18",
        ceu="0.7",
        level="advanced",
    ),
    university="University of the Cascades",
    office="School of Medicine · Department of Laboratory Medicine · Continuing Education",
    rgb=(0.05, 0.25, 0.2),
    intro="This is to certify that",
    name="Ngozi Obi-Williams",
    body=[
        ("completed the one-day advanced course", "Times", 13),
        ("Flow Cytometry: Principles and Clinical Applications", "Times-Bold", 16),
        ("held on July 18, 2025, and has earned 0.7 CEU.", "Times", 13),
    ],
    fields=[("Level", "Advanced")],
    statements=["1 CEU = 10 contact hours."],
    signer=("Ravi Subramaniam, MD", "Course Director"),
    signer2=("Elaine Moss", "Continuing Education Registrar"),
    seal="UC",
)

_cert(
    "university-bayou-management-module",
    "university CEU",
    university,
    dict(
        participant_name="Marguerite Thibodeaux",
        title="Clinical Laboratory Management Certificate – Module 3: Budgeting and Staffing",
        provider="Bayou State University",
        completed_on="2025-08-29",
        ceu="0.45",
    ),
    university="Bayou State University",
    office="Division of Continuing Studies",
    rgb=(0.3, 0.1, 0.45),
    intro="Be it known that",
    name="Marguerite Thibodeaux",
    body=[
        ("has completed", "Times", 13),
        (
            "Clinical Laboratory Management Certificate – Module 3: Budgeting and Staffing",
            "Times-Bold",
            15,
        ),
        ("Continuing Education Units awarded: 0.45", "Times", 13),
        ("Date of completion: August 29, 2025", "Times", 12),
    ],
    signer=("Lucien Boudreaux, PhD", "Dean of Continuing Studies"),
    signer2=("Claire Hebert", "Program Coordinator"),
    seal="BSU",
    footer="Transcript copies: registrar.bayoustate.example",
)

# ============================================================================================
# 8. Printed webinar e-mails
# ============================================================================================

_cert(
    "email-lakeshore-sepsis",
    "webinar e-mail",
    email,
    dict(
        participant_name="Priya Raghunathan",
        title="Sepsis Biomarkers: Procalcitonin and Beyond",
        provider="Lakeshore Laboratory Webinars",
        completed_on="2025-05-14",
        hours="1",
        accreditation="pace",
        course_number="388-0514-25",
        level="intermediate",
        delivery="live",
    ),
    print_head=("5/20/2025, 9:14 AM", "Mail - Priya Raghunathan - Outlook"),
    headers=[
        ("From:", "Lakeshore Laboratory Webinars <webinars@lakeshorelab.example>"),
        ("Sent:", "Thursday, May 15, 2025 4:02 PM"),
        ("To:", "Priya Raghunathan <praghunathan@mail.example>"),
        ("Subject:", "Your attendance record – Sepsis Biomarkers: Procalcitonin and Beyond"),
    ],
    body=[
        "Dear Priya,",
        "",
        "Thank you for joining us. Please keep this e-mail as your record of attendance.",
        "",
        "Attendee: Priya Raghunathan",
        "Webinar: Sepsis Biomarkers: Procalcitonin and Beyond",
        "Date: Wednesday, May 14, 2025, 1:00 – 2:00 PM ET (live webinar)",
        "Time in session: 58 minutes",
        "Credit: 1.0 P.A.C.E.® contact hour",
        "P.A.C.E.® program number: 388-0514-25",
        "Level: Intermediate",
        "",
        f"Lakeshore Laboratory Webinars {PACE}",
        "",
        "— The Lakeshore Education Team",
    ],
    footer_left="https://outlook.office.example/mail/inbox/id/AAQkADk5",
    footer_right="1/1",
)

_cert(
    "email-keystone-coag-preanalytical",
    "webinar e-mail",
    email,
    dict(
        participant_name="Paolo Di Giacomo",
        title="Preanalytical Errors in Coagulation Testing",
        provider="Keystone Diagnostics Education",
        completed_on="2025-09-04",
        hours="1",
        accreditation="accent",
        course_number="KDE-W2509",
        delivery="live",
    ),
    fonts=("Courier", "Courier-Bold"),
    headers=[
        ("From:", "Keystone Diagnostics Education <ce@keystonedx.example>"),
        ("Date:", "Tue, 9 Sep 2025 08:15:33 -0400"),
        ("To:", "Paolo Di Giacomo <pdigiacomo@labmail.example>"),
        ("Subject:", "Your attendance record – Preanalytical Errors in Coagulation Testing"),
    ],
    body=[
        "Hello Paolo Di Giacomo,",
        "",
        "Our records show that you attended the live webinar Preanalytical Errors in Coagulation "
        "Testing on 4 September 2025.",
        "",
        "  Course number ........ KDE-W2509",
        "  Duration attended .... 1 h 02 min",
        "  Contact hours ........ 1.0 (ACCENT®)",
        "",
        "This webinar is not approved for P.A.C.E.® credit. ACCENT® credit is awarded by ADLM.",
        "",
        "Keystone Diagnostics Education",
    ],
    footer_left="Printed from mutt 2.2.12",
    footer_right="Page 1",
)

_cert(
    "email-bluewater-cold-agglutinins",
    "webinar e-mail",
    email,
    dict(
        participant_name="Renée LeBlanc",
        title="Cold Agglutinins and the Blood Bank",
        provider="Bluewater Transfusion Service",
        completed_on="2025-11-20",
        hours="1.5",
        accreditation="pace",
        course_number="20-1120987",
        provider_number="0705",
        approval_number="50-9044",
        level="advanced",
        delivery="live",
    ),
    print_head=(
        "12/3/25, 10:41 AM",
        "Gmail - Your attendance record – Cold Agglutinins and the Blood Bank",
    ),
    app="Gmail",
    subject_first=True,
    subject="Your attendance record – Cold Agglutinins and the Blood Bank",
    headers=[
        (
            "",
            "Bluewater Transfusion Service <no-reply@bluewaterts.example>   Fri, Nov 28, 2025 at 3:12 PM",
        ),
        ("To:", "renee.leblanc@mail.example"),
    ],
    body=[
        "Hi Renée,",
        "",
        "Attendee: Renée LeBlanc",
        "Program: Cold Agglutinins and the Blood Bank (live webinar)",
        "Date attended: 11/20/2025",
        "Contact hours: 1.5  |  Level: Advanced",
        "",
        "Bluewater Transfusion Service is approved as a provider of continuing education programs "
        "in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program, provider #0705.",
        "This program is also approved by the Florida Board of Clinical Laboratory Personnel: "
        "CE Broker course 20-1120987, provider 50-9044 (Immunohematology). We report Florida "
        "licensees to CE Broker within 30 days.",
    ],
    footer_left="https://mail.google.example/mail/u/0/?ik=4c1f&view=pt",
    footer_right="1/1",
)

_cert(
    "email-poc-glucose-minutes",
    "webinar e-mail",
    email,
    dict(
        participant_name="Sean-Michael Doherty",
        title="Point-of-Care Glucose Meter Competency",
        provider="Northwoods Health System Point-of-Care Education Team",
        completed_on="2025-06-18",
        minutes="150",
        delivery="live",
    ),
    fonts=("Sans", "Sans-Bold"),
    headers=[
        ("Subject:", "Your attendance record – Point-of-Care Glucose Meter Competency"),
        (
            "From:",
            "Northwoods Health System Point-of-Care Education Team <poc-ed@northwoods.example>",
        ),
        ("Date:", "19/06/2025, 07:30"),
        ("To:", "Sean-Michael Doherty"),
    ],
    body=[
        "Sean-Michael Doherty attended the live virtual session “Point-of-Care Glucose Meter "
        "Competency” on June 18, 2025.",
        "",
        "Recorded: 150 minutes of instruction.",
        "",
        "P.A.C.E.® credit is not available for this session; the minutes may be used for your "
        "employer in-service record.",
    ],
    footer="Printed 06/19/2025",
)

# ============================================================================================
# 9. Florida CE Broker certificates
# ============================================================================================

_FL_STATEMENT = (
    "{p} is approved by the Florida Board of Clinical Laboratory Personnel as a provider of "
    "continuing education (CE Broker provider {n}). Completions are reported to CE Broker within "
    "30 days. Licensees must retain this certificate for four years."
)

_cert(
    "florida-sunshine-medical-errors",
    "Florida CE Broker",
    florida,
    dict(
        participant_name="Robert L. Okafor Jr.",
        title="Prevention of Medical Errors in the Clinical Laboratory",
        provider="Sunshine Coast Laboratory Education, LLC",
        completed_on="2025-10-02",
        hours="2",
        accreditation="state-board",
        course_number="20-1054432",
        approval_number="50-23817",
        license_number="TE 48213",
        delivery="self-study",
    ),
    provider="Sunshine Coast Laboratory Education, LLC",
    address="PO Box 11820, Sarasota, FL 34278  ·  (941) 555-0162",
    rgb=(0.9, 0.45, 0.0),
    fields=[
        ("Licensee", "Robert L. Okafor Jr."),
        ("FL License #", "TE 48213"),
        ("Course", "Prevention of Medical Errors in the Clinical Laboratory"),
        ("CE Broker Course #", "20-1054432"),
        ("Provider approval #", "50-23817"),
        ("Date completed", "10/02/2025"),
        ("Delivery", "Home Study / Internet"),
    ],
    columns=[("Subject area", 300, "left"), ("Hours", 100, "right")],
    rows=[["Medical Errors (Board-approved)", "2.0"], ["Total", "2.0"]],
    bold_rows=(1,),
    statements=[_FL_STATEMENT.format(p="Sunshine Coast Laboratory Education, LLC", n="50-23817")],
    signer=("Patricia Huang, MS, MT(ASCP)", "Provider Representative"),
    stamp="Reported to CE Broker on 10/03/2025",
)

_cert(
    "florida-gulfbreeze-hiv",
    "Florida CE Broker",
    florida,
    dict(
        participant_name="Rafael Núñez Jr.",
        title="HIV/AIDS for Florida Clinical Laboratory Personnel",
        provider="Gulf Breeze CE Associates",
        completed_on="2025-08-14",
        hours="1",
        accreditation="state-board",
        course_number="20-998310",
        approval_number="50-4471",
        license_number="TS 61720",
    ),
    provider="Gulf Breeze CE Associates",
    address="18 Bayshore Blvd, Pensacola, FL 32501",
    rgb=(0.0, 0.45, 0.6),
    heading="Certificate of Course Completion",
    subheading="Florida statutory course — HIV/AIDS",
    fields=[
        ("Participant", "Rafael Núñez Jr."),
        ("License number", "TS 61720"),
        ("Course title", "HIV/AIDS for Florida Clinical Laboratory Personnel"),
        ("Course tracking #", "20-998310"),
        ("Completion Date", "08-14-2025"),
        ("Provider tracking #", "50-4471"),
    ],
    columns=[("Florida subject area", 300, "left"), ("Hours", 100, "right")],
    rows=[["HIV/AIDS", "1.0"], ["Total hours", "1.0"]],
    bold_rows=(1,),
    statements=[_FL_STATEMENT.format(p="Gulf Breeze CE Associates", n="50-4471")],
    signer=("Wendell Pryor", "President, Gulf Breeze CE Associates"),
    footer="Issued 08/14/2025 · Valid for the biennium ending 08/31/2026",
)

_cert(
    "florida-everglades-laws-rules-split",
    "Florida CE Broker",
    florida,
    dict(
        participant_name="Lucía Peña-Herrera",
        title="Florida Laws and Rules for Clinical Laboratory Personnel, 2025 Update",
        provider="Everglades Laboratory Institute",
        completed_on="2025-06-30",
        hours="2",
        accreditation="state-board",
        course_number="20-1187540",
        approval_number="50-15520",
        license_number="SU 30118",
    ),
    provider="Everglades Laboratory Institute",
    address="9001 SW 40th Street, Miami, FL 33165  ·  everglades-lab.example",
    rgb=(0.1, 0.45, 0.2),
    fields=[
        ("Name", "Lucía Peña-Herrera"),
        ("Florida license", "SU 30118"),
        ("Course", "Florida Laws and Rules for Clinical Laboratory Personnel, 2025 Update"),
        ("Course #", "20-1187540"),
        ("Approval #", "50-15520"),
        ("Date(s) of attendance", "06/30/2025"),
    ],
    columns=[("Specialty area", 300, "left"), ("CE hours", 100, "right")],
    rows=[
        ["Florida Laws and Rules", "1.0"],
        ["Supervision / Administration", "1.0"],
        ["Total CE hours", "2.0"],
    ],
    bold_rows=(2,),
    statements=[_FL_STATEMENT.format(p="Everglades Laboratory Institute", n="50-15520")],
    signer=("Orlando Batista, PhD", "Director of Education"),
)

_cert(
    "florida-suncoast-seminar-specialties",
    "Florida CE Broker",
    florida,
    dict(
        participant_name="Deepak Iyer",
        title="Fall Seminar 2025: Updates Across the Core Lab",
        provider="Suncoast Clinical Laboratory Society",
        completed_on="2025-11-08",
        hours="5.5",
        accreditation="state-board",
        course_number="20-1203377",
        approval_number="50-8126",
        license_number="TE 77042",
        delivery="live",
    ),
    provider="Suncoast Clinical Laboratory Society",
    address="Tampa Bay Chapter  ·  suncoastcls.example",
    rgb=(0.7, 0.1, 0.3),
    heading="CERTIFICATE OF ATTENDANCE",
    subheading="Fall Seminar 2025 — live, in person, Tampa, Florida",
    fields=[
        ("Attendee", "Deepak Iyer"),
        ("License #", "TE 77042"),
        ("Program", "Fall Seminar 2025: Updates Across the Core Lab"),
        ("Date", "November 8, 2025"),
        ("CE Broker course", "20-1203377"),
        ("CE Broker provider", "50-8126"),
    ],
    table_title="Hours by specialty area (approved for up to 6.0 hours)",
    columns=[("Specialty", 300, "left"), ("Hours", 100, "right")],
    rows=[
        ["Hematology", "2.0"],
        ["Clinical Chemistry", "1.5"],
        ["Microbiology", "1.0"],
        ["General", "1.0"],
        ["Total hours earned", "5.5"],
    ],
    bold_rows=(4,),
    statements=[_FL_STATEMENT.format(p="Suncoast Clinical Laboratory Society", n="50-8126")],
    signer=("Graciela Montoya, MLS(ASCP)", "CE Chair"),
)

# ============================================================================================
# 10. California accrediting-agency certificates
# ============================================================================================

_cert(
    "california-pclec-warm-autoantibodies",
    "California",
    form_boxes,
    dict(
        participant_name="Kwame Mensah-Bonsu",
        title="Immunohematology Case Studies: Warm Autoantibodies",
        provider="Pacific Coast Laboratory Education Council",
        completed_on="2025-05-17",
        hours="3",
        accreditation="state-board",
        course_number="PCLEC-25-118",
        accrediting_agency_number="0031",
        license_number="CLS 00087213",
    ),
    provider="Pacific Coast Laboratory Education Council",
    address="1201 K Street, Suite 700, Sacramento, CA 95814",
    form_id="Form CE-3 (rev. 2024)",
    rgb=(0.05, 0.2, 0.45),
    heading="CERTIFICATE OF COMPLETION — CALIFORNIA CE",
    boxes=[
        [
            ("Licensee name (as on license)", "Kwame Mensah-Bonsu"),
            ("CA license no.", "CLS 00087213"),
        ],
        [("Course name", "Immunohematology Case Studies: Warm Autoantibodies")],
        [
            ("Course no.", "PCLEC-25-118"),
            ("CE credit", "3.0 contact hours"),
            ("Date of completion", "05/17/2025"),
        ],
        [
            ("Provider", "Pacific Coast Laboratory Education Council"),
            ("Accrediting agency no.", "0031"),
        ],
    ],
    statements=[
        "The Pacific Coast Laboratory Education Council is approved by the California Department "
        "of Public Health, Laboratory Field Services, as an accrediting agency for continuing "
        "education (accrediting agency number 0031). Keep this certificate for four years.",
    ],
    signer=("Imelda Castañeda, CLS, MPH", "CE Program Director"),
    date_signed="05/19/2025",
)

_cert(
    "california-sierra-cdiff",
    "California",
    form_boxes,
    dict(
        participant_name="Ayesha Siddiqui",
        title="Clostridioides difficile Testing Algorithms",
        provider="Sierra Diagnostic Education",
        completed_on="2025-09-30",
        hours="1.5",
        accreditation="pace",
        course_number="SDE-0412",
        provider_number="0457",
        accrediting_agency_number="0001",
        level="intermediate",
    ),
    provider="Sierra Diagnostic Education",
    address="Reno · Sacramento · online",
    rgb=(0.4, 0.25, 0.05),
    value_font="Arial",
    heading="Continuing Education Certificate",
    boxes=[
        [("Participant", "Ayesha Siddiqui")],
        [("Course title", "Clostridioides difficile Testing Algorithms")],
        [
            ("Course number", "SDE-0412"),
            ("Date completed", "Sep 30, 2025"),
            ("Contact hours", "1.5"),
        ],
        [
            ("Level", "Intermediate"),
            ("P.A.C.E.® provider #", "0457"),
            ("CA accrediting agency #", "0001"),
        ],
    ],
    statements=[
        f"Sierra Diagnostic Education {PACE} ASCLS P.A.C.E.® is a California Department of "
        "Public Health approved accrediting agency (#0001).",
    ],
    signer=("Norah Whitcombe, MLS(ASCP)", "Education Director"),
)

_cert(
    "california-valley-phlebotomy",
    "California",
    form_boxes,
    dict(
        participant_name="Joaquín Ibarra",
        title="Pediatric and Geriatric Venipuncture Techniques",
        provider="Valley Phlebotomy Academy",
        completed_on="2025-04-12",
        hours="3",
        accreditation="state-board",
        course_number="VPA-CE-219",
        accrediting_agency_number="0140",
        license_number="CPT1-00452197",
        delivery="live",
    ),
    provider="Valley Phlebotomy Academy",
    address="4455 N. Blackstone Ave, Fresno, CA 93726",
    rgb=(0.5, 0.05, 0.05),
    heading="Phlebotomy Continuing Education — Certificate of Completion",
    boxes=[
        [("Name", "Joaquín Ibarra"), ("CA phlebotomy certificate #", "CPT1-00452197")],
        [("Course", "Pediatric and Geriatric Venipuncture Techniques"), ("Course #", "VPA-CE-219")],
        [
            ("Date", "04/12/2025"),
            ("Hours", "three (3) contact hours"),
            ("Format", "Live classroom"),
        ],
        [("CA accrediting agency #", "0140"), ("Provider", "Valley Phlebotomy Academy")],
    ],
    statements=[
        "Approved for California phlebotomy continuing education by a CDPH Laboratory Field "
        "Services approved accrediting agency (#0140). Transcripts are not accepted by LFS — "
        "submit this certificate with your renewal.",
    ],
    signer=("Rosa Delgado, CPT I", "Lead Instructor"),
    date_signed="04/12/2025",
)

# ============================================================================================
# 11. CME certificates (maximum vs claimed)
# ============================================================================================

_AMA = (
    "designates this {kind} activity for a maximum of {n} AMA PRA Category 1 Credits™. "
    "Physicians should claim only the credit commensurate with the extent of their "
    "participation in the activity."
)

_cert(
    "cme-riverside-transfusion",
    "CME",
    cme,
    dict(
        participant_name="Carlos Mendoza Sr.",
        title="Annual Update in Transfusion Medicine",
        provider="Riverside Institute for Medical Education",
        completed_on="2025-09-18",
        hours="4.25",
        accreditation="accme",
        delivery="live",
    ),
    provider="Riverside Institute for Medical Education",
    division="Office of Continuing Medical Education",
    rgb=(0.15, 0.2, 0.45),
    intro="This certifies that",
    name="Carlos Mendoza Sr.",
    lead="participated in the live activity",
    title="Annual Update in Transfusion Medicine",
    lines=["Activity date: 09/18/2025", "Location: Riverside Conference Center, Riverside, CA"],
    statements=[
        "The Riverside Institute for Medical Education is accredited by the Accreditation Council "
        "for Continuing Medical Education (ACCME) to provide continuing medical education for "
        "physicians.",
        "The Riverside Institute for Medical Education " + _AMA.format(kind="live", n="6.0"),
    ],
    claim=[("Credits claimed:", "4.25 AMA PRA Category 1 Credits™")],
    signer=("Allison Park, MD", "CME Director"),
    footer="Certificate printed 09/25/2025",
)

_cert(
    "cme-hollis-digital-pathology-enduring",
    "CME",
    cme,
    dict(
        participant_name="Hannah Rosenthal",
        title="Digital Pathology and AI in the Clinical Laboratory",
        provider="Hollis Medical College",
        completed_on="2025-10-03",
        hours="1.5",
        accreditation="accme",
        course_number="HMC-EM-2511",
        delivery="self-study",
    ),
    provider="Hollis Medical College",
    division="Department of Pathology · Continuing Professional Development",
    rgb=(0.4, 0.0, 0.2),
    heading="Certificate of Participation (non-physician)",
    intro="This is to acknowledge that",
    name="Hannah Rosenthal",
    lead="completed the enduring material (self-study)",
    title="Digital Pathology and AI in the Clinical Laboratory",
    lines=["Activity ID: HMC-EM-2511", "Date of completion: 3 October 2025"],
    statements=[
        "Hollis Medical College is accredited by the ACCME to provide continuing medical education "
        "for physicians. Hollis Medical College " + _AMA.format(kind="enduring material", n="2.0"),
        "Non-physician participants receive a certificate of participation stating the hours "
        "of participation.",
    ],
    claim=[("Hours of participation:", "1.5")],
    signer=("Stefan Kowalski, MD", "Activity Director"),
)

_cert(
    "cme-lakeland-grand-rounds",
    "CME",
    cme,
    dict(
        participant_name="Henrik Van Dyke",
        title="Grand Rounds: Myeloid Neoplasms — 2025 WHO/ICC Updates",
        provider="Lakeland University Hospital",
        completed_on="2025-03-11",
        hours="1",
        accreditation="accme",
        delivery="live",
    ),
    provider="Lakeland University Hospital",
    division="Pathology Grand Rounds Series",
    rgb=(0.0, 0.35, 0.3),
    intro="awarded to",
    name="Henrik Van Dyke",
    lead="for attending",
    title="Grand Rounds: Myeloid Neoplasms — 2025 WHO/ICC Updates",
    lines=["Tue, March 11, 2025  ·  12:00–13:00  ·  Live (Auditorium B and Zoom)"],
    statements=[
        "Lakeland University Hospital is accredited by the Accreditation Council for Continuing "
        "Medical Education to provide continuing medical education for physicians.",
        "Lakeland University Hospital " + _AMA.format(kind="live", n="1.0"),
    ],
    claim=[("Total credits claimed:", "1.0")],
    signer=("Oksana Bilyk, MD", "Grand Rounds Director"),
)

# ============================================================================================
# 12. P.A.C.E. forms with program numbers and level check boxes
# ============================================================================================

_cert(
    "pace-form-heartland-urine-sediment",
    "P.A.C.E. form",
    pace_form,
    dict(
        participant_name="Liam O'Sullivan-Park",
        title="Urine Sediment: Casts, Crystals and Cells",
        provider="Heartland Association of Laboratory Professionals",
        completed_on="2025-04-12",
        hours="2",
        accreditation="pace",
        course_number="226-041-25",
        provider_number="226",
        level="intermediate",
        delivery="live",
    ),
    provider="Heartland Association of Laboratory Professionals",
    address="Omaha, Nebraska",
    rgb=(0.5, 0.1, 0.1),
    box_mode="brackets",
    lines=[
        ("Participant name:", "Liam O'Sullivan-Park"),
        ("Program title:", "Urine Sediment: Casts, Crystals and Cells"),
        ("Date(s):", "4/12/25"),
        ("P.A.C.E.® program #:", "226-041-25"),
        ("Provider #:", "226"),
        ("Contact hours:", "2.0"),
    ],
    checks=[
        ("Level:", [("Basic", False), ("Intermediate", True), ("Advanced", False)]),
        ("Format:", [("Live", True), ("Self-study", False)]),
    ],
    statements=[f"The Heartland Association of Laboratory Professionals {PACE}"],
    signer=("Beverly Jorgensen", "P.A.C.E.® Program Coordinator"),
)

_cert(
    "pace-form-desert-chemistry-qc",
    "P.A.C.E. form",
    pace_form,
    dict(
        participant_name="Farah Haddad",
        title="Troubleshooting Chemistry QC Shifts",
        provider="Desert Southwest Laboratory Society",
        completed_on="2025-01-28",
        hours="1.5",
        accreditation="pace",
        course_number="0518-2025-117",
        provider_number="0518",
        level="advanced",
        delivery="self-study",
    ),
    provider="Desert Southwest Laboratory Society",
    address="Tucson, Arizona  ·  dslsociety.example",
    rgb=(0.65, 0.35, 0.1),
    box_mode="unicode",
    typed_font="Arial",
    ink=True,
    heading="CERTIFICATE OF COMPLETION — P.A.C.E.®",
    lines=[
        ("Name:", "Farah Haddad"),
        ("Title:", "Troubleshooting Chemistry QC Shifts"),
        ("Completed:", "Jan 28, 2025"),
        ("Program number:", "0518-2025-117"),
        ("Provider number:", "0518"),
        ("P.A.C.E.® contact hours:", "1.5"),
    ],
    checks=[
        ("Level:", [("Basic", False), ("Intermediate", False), ("Advanced", True)]),
        ("Delivery:", [("Live", False), ("Self-study", True)]),
    ],
    statements=[f"Desert Southwest Laboratory Society {PACE}"],
    signer=("Roberto Saldívar", "CE Coordinator"),
)

_cert(
    "pace-form-chesapeake-quality",
    "P.A.C.E. form",
    pace_form,
    dict(
        participant_name="Oksana Hrytsenko",
        title="Quality Management Essentials for Supervisors",
        provider="Chesapeake Laboratory Educators",
        completed_on="2025-07-22",
        hours="3",
        accreditation="pace",
        course_number="311-2025-08",
        provider_number="311",
        level="basic",
        delivery="live",
    ),
    provider="Chesapeake Laboratory Educators",
    address="Annapolis, MD 21401",
    rgb=(0.1, 0.2, 0.5),
    box_mode="drawn",
    lines=[
        ("Attendee:", "Oksana Hrytsenko"),
        ("Program:", "Quality Management Essentials for Supervisors"),
        ("Date:", "22-Jul-2025"),
        ("Program no.:", "311-2025-08"),
        ("Provider no.:", "311"),
        ("Contact hours awarded:", "3.0"),
    ],
    checks=[
        ("Level", [("Basic", True), ("Intermediate", False), ("Advanced", False)]),
        ("Format", [("Live", True), ("Self-study", False)]),
    ],
    statements=[f"Chesapeake Laboratory Educators {PACE}"],
    signer=("Theodore Banks, MHA, MLS(ASCP)", "Program Chair"),
)

_cert(
    "pace-form-piedmont-parasitology",
    "P.A.C.E. form",
    pace_form,
    dict(
        participant_name="Geoffrey St. John",
        title="Parasitology Bench Review: Blood and Tissue Parasites",
        provider="Piedmont Society for Clinical Laboratory Science",
        completed_on="2025-10-04",
        hours="2.5",
        accreditation="pace",
        course_number="0642-25-19",
        provider_number="0642",
        level="basic",
    ),
    provider="Piedmont Society for Clinical Laboratory Science",
    address="Greensboro, North Carolina",
    rgb=(0.2, 0.4, 0.2),
    box_mode="brackets",
    typed_font="Courier-Bold",
    lines=[
        ("Participant:", "Geoffrey St. John"),
        ("Title of program:", "Parasitology Bench Review: Blood and Tissue Parasites"),
        ("Date(s) of program:", "10/04/2025"),
        ("P.A.C.E.® program number:", "0642-25-19"),
        ("P.A.C.E.® provider number:", "0642"),
        ("Contact hours:", "2.5"),
    ],
    checks=[("Level:", [("Basic", True), ("Intermediate", False), ("Advanced", False)])],
    statements=[
        f"The Piedmont Society for Clinical Laboratory Science {PACE} Maximum of 7 contact hours "
        "per program day.",
    ],
    signer=("Lydia Ashworth", "Education Chair"),
)

# ============================================================================================
# 13. Award-style pages ("this 3rd day of June, 2025", hours in words)
# ============================================================================================

_cert(
    "award-bluegrass-hemovigilance",
    "award",
    award,
    dict(
        participant_name="Zoë Müller-Lindqvist",
        title="Transfusion Safety and Hemovigilance",
        provider="Bluegrass Laboratory Professionals Guild",
        completed_on="2025-06-03",
        hours="3",
        accreditation="pace",
        provider_number="0774",
    ),
    provider="Bluegrass Laboratory Professionals Guild",
    rgb=(0.45, 0.3, 0.05),
    name="Zoë Müller-Lindqvist",
    body=[
        ("has completed three (3) contact hours of continuing education in", "Times", 14),
        ("Transfusion Safety and Hemovigilance", "Times-Bold", 18),
    ],
    given="Given this 3rd day of June, 2025",
    statements=[f"The Bluegrass Laboratory Professionals Guild {PACE} Provider No. 0774."],
    signer=("Harriet Calloway", "President"),
    signer2=("Simon Achterberg", "Education Chair"),
    seal="BLPG",
)

_cert(
    "award-cypresshall-leadership",
    "award",
    award,
    dict(
        participant_name="Malik Abdul-Jabbar Simmons",
        title="Leadership in the Clinical Laboratory: Managing Change",
        provider="Cypress Hall Institute",
        completed_on="2025-11-21",
        hours="2.5",
        accreditation="accent",
    ),
    provider="Cypress Hall Institute",
    rgb=(0.1, 0.3, 0.25),
    heading="Certificate of Recognition",
    intro="is proudly presented to",
    name="Malik Abdul-Jabbar Simmons",
    body=[
        ("in recognition of the successful completion of", "Times", 14),
        ("Leadership in the Clinical Laboratory: Managing Change", "Times-Bold", 18),
        ("two and one-half (2.5) ACCENT® credit hours", "Times-Italic", 14),
    ],
    given="Awarded this 21st day of November, 2025",
    statements=["ACCENT® credit is granted by ADLM (formerly AACC)."],
    signer=("Dr. Winifred Okafor", "Executive Director"),
    signer2=("Paul Brenneman", "Faculty"),
    seal="CHI",
)

_cert(
    "award-northernplains-special-stains",
    "award",
    award,
    dict(
        participant_name="Anneliese von Stein",
        title="Special Stains Workshop: Connective Tissue and Microorganisms",
        provider="Northern Plains Histology Society",
        completed_on="2025-09-14",
        hours="6",
        accreditation="pace",
        provider_number="0290",
        level="advanced",
    ),
    provider="Northern Plains Histology Society",
    rgb=(0.35, 0.1, 0.35),
    name="Anneliese von Stein",
    intro="This is to certify that",
    body=[
        ("attended the advanced-level hands-on workshop", "Times", 14),
        ("Special Stains Workshop: Connective Tissue and Microorganisms", "Times-Bold", 18),
        ("and is awarded six (6) P.A.C.E.® contact hours", "Times", 14),
    ],
    given="Signed this 14th day of September, 2025, at Fargo, North Dakota",
    statements=[f"The Northern Plains Histology Society {PACE} P.A.C.E.® Provider #0290."],
    signer=("Greta Halvorson, HT(ASCP)", "Workshop Director"),
    signer2=("Jonah Whitebird", "Society President"),
    seal="NPHS",
)

# ============================================================================================
# 14. Minutes of instruction
# ============================================================================================

_cert(
    "minutes-riverbend-body-fluids",
    "minutes",
    centered,
    dict(
        participant_name="Émilie St-Pierre",
        title="Body Fluid Cell Counts: Manual and Automated Methods",
        provider="Riverbend Clinical Laboratory Consortium",
        completed_on="2025-02-19",
        minutes="150",
        accreditation="pace",
        provider_number="0559",
    ),
    provider="Riverbend Clinical Laboratory Consortium",
    address="Member laboratories of the Ohio River valley",
    rgb=(0.1, 0.35, 0.55),
    heading="Certificate of Attendance",
    lines=[
        ("Émilie St-Pierre", "name"),
        ("attended", "italic"),
        ("Body Fluid Cell Counts: Manual and Automated Methods", "title"),
        ("on 02/19/2025 — 150 minutes of instruction", "plain"),
    ],
    statements=[f"Riverbend Clinical Laboratory Consortium {PACE} (Provider #0559)"],
    signer=("Nadine Fairweather", "Consortium Education Lead"),
)

_cert(
    "minutes-summit-specimen-rejection",
    "minutes",
    centered,
    dict(
        participant_name="Dmitri Kovalenko",
        title="Specimen Rejection Criteria and Documentation",
        provider="Summit Regional Laboratory",
        completed_on="2025-05-06",
        minutes="75",
    ),
    provider="Summit Regional Laboratory",
    rgb=(0.3, 0.3, 0.3),
    band=True,
    heading="Staff Education Record",
    lines=[
        ("Dmitri Kovalenko", "name"),
        ("Specimen Rejection Criteria and Documentation", "title"),
    ],
    fields=[
        ("Date", "May 6, 2025"),
        ("Instructional time", "75 minutes"),
        ("Presenter", "K. Amundsen, Pre-analytics Lead"),
    ],
    signer=("Kari Amundsen", "Pre-analytics Lead"),
)

_cert(
    "minutes-metro-molecular-id",
    "minutes",
    centered,
    dict(
        participant_name="Beatriz Gonçalves",
        title="Molecular Methods in Infectious Disease Testing",
        provider="Metro Laboratory Education Alliance",
        completed_on="2025-11-13",
        minutes="200",
        accreditation="accent",
    ),
    provider="Metro Laboratory Education Alliance",
    rgb=(0.5, 0.15, 0.0),
    serif=True,
    heading="Certificate of Completion",
    lines=[
        ("This certifies that", "italic"),
        ("Beatriz Gonçalves", "name"),
        ("completed", "italic"),
        ("Molecular Methods in Infectious Disease Testing", "title"),
    ],
    fields=[
        ("Date", "11/13/2025"),
        ("Total instructional minutes", "200 (breaks excluded)"),
        ("Credit", "ACCENT®"),
    ],
    statements=["Approved for ACCENT® credit by ADLM. 50 minutes of instruction = 1 credit hour."],
    signer=("Harold Mbeki-Stone", "Alliance Coordinator"),
)

# ============================================================================================
# 15. ACCENT, ASCP CMLE / CMP points, AMT CCP points
# ============================================================================================

_cert(
    "accent-cascade-lpa-lecture",
    "ACCENT",
    centered,
    dict(
        participant_name="Isabella Marchetti-Cruz",
        title="Evening Lecture: Lipoprotein(a) Testing",
        provider="Cascade Diagnostic Society",
        completed_on="2025-02-06",
        hours="1",
        accreditation="accent",
        delivery="live",
    ),
    provider="Cascade Diagnostic Society",
    address="Seattle · Tacoma · Everett",
    rgb=(0.0, 0.3, 0.4),
    heading="ACCENT® Credit Certificate",
    lines=[
        ("Isabella Marchetti-Cruz", "name"),
        ("attended the live lecture", "italic"),
        ("Evening Lecture: Lipoprotein(a) Testing", "title"),
        ("February 6, 2025", "plain"),
        ("1.0 ACCENT® credit hour", "big"),
    ],
    statements=["ACCENT® continuing education credit is awarded by ADLM (formerly AACC)."],
    signer=("Sunny Abernethy", "Program Chair"),
)

_cert(
    "accent-heritage-toxicology",
    "ACCENT",
    centered,
    dict(
        participant_name="Keiko Yamashita",
        title="Fentanyl Analogues and Immunoassay Cross-Reactivity",
        provider="Heritage Toxicology Forum",
        completed_on="2025-08-20",
        hours="2.5",
        accreditation="accent",
    ),
    provider="Heritage Toxicology Forum",
    rgb=(0.25, 0.25, 0.5),
    serif=True,
    band=True,
    heading="Certificate of Credit",
    lines=[
        ("Keiko Yamashita", "name"),
        ("Fentanyl Analogues and Immunoassay Cross-Reactivity", "title"),
    ],
    fields=[("Date", "August 20, 2025"), ("Credit", "2.5 ACCENT® credits")],
    statements=["P.A.C.E.® credit is not offered for this program."],
    signer=("Dr. Ambrose Teller", "Forum Director"),
)

_cert(
    "ascp-cmle-chemical-hygiene",
    "ASCP CMLE",
    centered,
    dict(
        participant_name="Amara Osei",
        title="Laboratory Safety: Chemical Hygiene Plan Essentials",
        provider="American Society for Clinical Pathology",
        completed_on="2025-02-03",
        hours="1",
        accreditation="cmle",
        course_number="SAF-25-0187",
        delivery="self-study",
    ),
    provider="American Society for Clinical Pathology",
    address="33 West Monroe Street, Suite 1600, Chicago, IL 60603",
    rgb=(0.0, 0.25, 0.5),
    border=False,
    heading="Certificate of Completion",
    lines=[
        ("Amara Osei", "name"),
        ("Laboratory Safety: Chemical Hygiene Plan Essentials", "title"),
    ],
    fields=[
        ("Course code", "SAF-25-0187"),
        ("Completion date", "02/03/2025"),
        ("Credit", "1.0 contact hour (1.0 CMLE credit)"),
        ("Format", "Online, self-paced"),
    ],
    statements=[
        "ASCP CMLE credit meets the ASCP Board of Certification Credential Maintenance Program "
        "(CMP) requirements and many state relicensure requirements.",
    ],
    signer=("Education Department", "American Society for Clinical Pathology"),
)

_cert(
    "ascp-cmp-points-heme-case",
    "ASCP CMP points",
    record,
    dict(
        participant_name="Sunita Venkataraman",
        title="Case-Based Learning: Hematology Case 7 — Pancytopenia",
        provider="American Society for Clinical Pathology",
        completed_on="2025-12-02",
        points="2",
        accreditation="cmle",
        delivery="self-study",
    ),
    system="ASCP Learning Transcript",
    rgb=(0.0, 0.25, 0.5),
    heading="Activity Completion",
    rows=[
        ("Learner", "Sunita Venkataraman"),
        ("Activity", "Case-Based Learning: Hematology Case 7 — Pancytopenia"),
        ("Provider", "American Society for Clinical Pathology"),
        ("Completed", "Dec 2, 2025"),
        ("Credit type", "CMLE"),
        ("CMP points earned", "2"),
        ("Format", "Self-paced online case"),
    ],
    statements=["Points are recorded automatically in your CMP dashboard."],
    footer="Printed 12/05/2025",
)

_cert(
    "amt-ccp-phlebotomy",
    "AMT CCP points",
    centered,
    dict(
        participant_name="Connor O'Rourke II",
        title="Phlebotomy Complications and Patient Safety",
        provider="American Medical Technologists",
        completed_on="2025-09-09",
        points="3",
    ),
    provider="American Medical Technologists",
    address="AMT Learning Center",
    rgb=(0.55, 0.0, 0.1),
    heading="Certificate of Completion",
    lines=[
        ("Connor O'Rourke II", "name"),
        ("has completed", "italic"),
        ("Phlebotomy Complications and Patient Safety", "title"),
    ],
    fields=[("Date", "09/09/2025"), ("CCP points", "3")],
    statements=["AMT online CE is posted to AMTrax automatically."],
    signer=("AMT Learning Center", "American Medical Technologists"),
)

# ============================================================================================
# 16. Negations
# ============================================================================================

_cert(
    "negation-ozark-hepatitis",
    "negation",
    centered,
    dict(
        participant_name="Patrick MacDonnell",
        title="Hepatitis Serology Interpretation",
        provider="Ozark Clinical Laboratory Science Association",
        completed_on="2025-10-23",
        hours="1",
        accreditation="pace",
        provider_number="0381",
    ),
    provider="Ozark Clinical Laboratory Science Association",
    rgb=(0.2, 0.35, 0.1),
    heading="Certificate of Attendance",
    lines=[
        ("Patrick MacDonnell", "name"),
        ("Hepatitis Serology Interpretation", "title"),
        ("Evening session, 10/23/2025", "plain"),
    ],
    fields=[("Credit", "1.0 P.A.C.E.® contact hour"), ("P.A.C.E.® provider #", "0381")],
    statements=[
        "This session is not approved for CMLE credit and has not been submitted to the Florida "
        "Board of Clinical Laboratory Personnel.",
    ],
    signer=("Wanda Greer", "Secretary, OCLSA"),
)

_cert(
    "negation-orison-blood-gas",
    "negation",
    vendor,
    dict(
        participant_name="Phạm Quốc Bảo",
        title="Blood Gas Analyzer Operator Training",
        provider="Orison Point-of-Care",
        completed_on="2025-03-19",
        hours="2",
    ),
    provider="Orison Point-of-Care",
    division="Clinical Education",
    logo="O",
    rgb=(0.6, 0.1, 0.4),
    heading="Training Certificate",
    name="Phạm Quốc Bảo",
    lead="completed",
    title="Blood Gas Analyzer Operator Training",
    lines=["Date: 2025-03-19", "Training hours: 2.0"],
    statements=["This training is NOT accredited for P.A.C.E.®, ACCENT® or CMLE credit."],
    signer=("Rick Adeyemi", "Clinical Educator"),
    signer2=("Fiona Grady", "Education Manager"),
)

_cert(
    "negation-saltmarsh-arboviruses",
    "negation",
    centered,
    dict(
        participant_name="Camille Ortiz-Nakamura",
        title="Emerging Arboviruses in the Gulf Region",
        provider="Saltmarsh Laboratory Seminars",
        completed_on="2025-07-09",
        hours="1.5",
        accreditation="accent",
        delivery="live",
    ),
    provider="Saltmarsh Laboratory Seminars",
    rgb=(0.0, 0.4, 0.35),
    serif=True,
    heading="Certificate of Completion",
    lines=[
        ("Camille Ortiz-Nakamura", "name"),
        ("Emerging Arboviruses in the Gulf Region", "title"),
        ("Live webinar · July 9, 2025", "plain"),
    ],
    fields=[("Credit awarded", "1.5 ACCENT® credit hours")],
    statements=["Not approved for P.A.C.E.® credit. Not valid for Florida CE Broker reporting."],
    signer=("Lionel Broussard", "Seminar Host"),
)

# ============================================================================================
# 17. Day-first and international dates
# ============================================================================================

_cert(
    "dayfirst-nordic-digital-morphology",
    "day-first",
    centered,
    dict(
        participant_name="Ingrid Solberg",
        title="Digital Morphology in Haematology",
        provider="Nordic Laboratory eLearning AB",
        completed_on="2025-09-23",
        hours="2",
        accreditation="pace",
        provider_number="0912",
    ),
    provider="Nordic Laboratory eLearning AB",
    address="Kungsgatan 12, 411 19 Göteborg, Sweden",
    rgb=(0.0, 0.3, 0.55),
    heading="Certificate of Completion",
    lines=[("Ingrid Solberg", "name"), ("Digital Morphology in Haematology", "title")],
    fields=[("Date of completion", "23/09/2025"), ("CPD hours", "2.0")],
    statements=[
        f"Nordic Laboratory eLearning AB {PACE} Provider 0912. Also approved for 2.0 P.A.C.E.® "
        "contact hours.",
    ],
    signer=("Lars Engström", "Course Leader"),
)

_cert(
    "dayfirst-mapleleaf-poct",
    "day-first",
    centered,
    dict(
        participant_name="Jean-Luc Ménard",
        title="Point-of-Care Testing Quality Systems",
        provider="Maple Leaf Laboratory Education Network",
        completed_on="2025-06-05",
        hours="1.5",
        accreditation="pace",
        provider_number="1021",
        level="basic",
    ),
    provider="Maple Leaf Laboratory Education Network",
    address="Ottawa, Ontario",
    rgb=(0.7, 0.0, 0.0),
    band=True,
    heading="Attestation / Certificate",
    lines=[("Jean-Luc Ménard", "name"), ("Point-of-Care Testing Quality Systems", "title")],
    fields=[
        ("Date", "05/06/2025 (DD/MM/YYYY)"),
        ("Hours", "1.5"),
        ("Level", "Basic"),
        ("P.A.C.E.® provider", "1021"),
    ],
    statements=[f"Maple Leaf Laboratory Education Network {PACE}"],
    signer=("Geneviève Tremblay", "Coordonnatrice / Coordinator"),
)

_cert(
    "dayfirst-antipodean-bleeding",
    "day-first",
    centered,
    dict(
        participant_name="Aaliyah Jefferson-Moore",
        title="Laboratory Investigation of Bleeding Disorders",
        provider="Antipodean Pathology Learning",
        completed_on="2025-06-03",
        hours="3",
        level="advanced",
    ),
    provider="Antipodean Pathology Learning",
    address="Level 4, 120 Collins Street, Melbourne VIC 3000",
    rgb=(0.1, 0.4, 0.15),
    serif=True,
    heading="Certificate of Completion",
    lines=[
        ("Aaliyah Jefferson-Moore", "name"),
        ("Laboratory Investigation of Bleeding Disorders", "title"),
        ("Completed: 3 June 2025", "plain"),
    ],
    fields=[("Hours", "3"), ("Level", "Advanced")],
    signer=("Dr Fiona McTavish", "Programme Director"),
    footer="Issued 04/06/2025",
)

_cert(
    "dayfirst-alpine-mass-spec",
    "day-first",
    centered,
    dict(
        participant_name="Bogdan Popescu",
        title="Mass Spectrometry in the Routine Laboratory",
        provider="Alpine Diagnostics Academy GmbH",
        completed_on="2025-10-07",
        hours="4",
        accreditation="pace",
        course_number="1107-25-044",
        provider_number="1107",
        level="intermediate",
    ),
    provider="Alpine Diagnostics Academy GmbH",
    address="Maximilianstraße 8, 80539 München",
    rgb=(0.2, 0.2, 0.45),
    heading="Teilnahmebescheinigung / Certificate",
    lines=[("Bogdan Popescu", "name"), ("Mass Spectrometry in the Routine Laboratory", "title")],
    fields=[
        ("Datum / Date", "07.10.2025"),
        ("Credit", "4.0 contact hours (P.A.C.E.®)"),
        ("Provider / Program", "1107 / 1107-25-044"),
        ("Level", "Intermediate"),
    ],
    statements=[f"Alpine Diagnostics Academy GmbH {PACE}"],
    signer=("Dr. Katharina Egger", "Academy Director"),
)

# ============================================================================================
# 18. Credit-claiming system records
# ============================================================================================

_cert(
    "record-labcredit-stewardship",
    "CE record",
    record,
    dict(
        participant_name="Roisin McNulty",
        title="Antibiotic Stewardship and the Microbiology Lab",
        provider="Heartland Association of Laboratory Professionals",
        completed_on="2025-04-24",
        hours="1",
        accreditation="pace",
        course_number="226-2025-S12",
        provider_number="226",
        level="intermediate",
        delivery="live",
    ),
    system="LabCredit Tracker",
    rgb=(0.15, 0.35, 0.55),
    banner="✓ Session code verified — evaluation complete — certificate available",
    rows=[
        ("Participant", "Roisin McNulty"),
        ("Event", "2025 Regional Laboratory Symposium"),
        ("Session", "Antibiotic Stewardship and the Microbiology Lab"),
        ("Provider", "Heartland Association of Laboratory Professionals"),
        ("P.A.C.E.® provider #", "226"),
        ("P.A.C.E.® program #", "226-2025-S12"),
        ("Session date", "04/24/2025"),
        ("Contact hours", "1.0"),
        ("Level", "Intermediate"),
        ("Format", "Live"),
    ],
    statements=["Session codes are valid for one year after the live event."],
    footer="Record generated 04/30/2025 11:02",
)

_cert(
    "record-delta-lean",
    "CE record",
    record,
    dict(
        participant_name="Matteo De Luca",
        title="Lean Six Sigma in the Core Lab",
        provider="Delta Society for Clinical Laboratory Science",
        completed_on="2025-10-17",
        hours="1.5",
        accreditation="pace",
        course_number="0447-25-031",
        provider_number="0447",
        level="basic",
    ),
    system="LabCredit Tracker",
    rgb=(0.35, 0.2, 0.45),
    heading="Certificate of Attendance",
    rows=[
        ("Name", "Matteo De Luca"),
        ("Program", "Lean Six Sigma in the Core Lab"),
        ("Event", "Delta Laboratory Summit 2025"),
        ("Provider", "Delta Society for Clinical Laboratory Science"),
        ("Provider / program #", "0447 / 0447-25-031"),
        ("Date", "Oct 17, 2025"),
        ("P.A.C.E.® contact hours", "1.5"),
        ("Level", "Basic"),
    ],
    statements=[f"Delta Society for Clinical Laboratory Science {PACE}"],
    footer="Record generated 12/01/2025",
)

# ============================================================================================
# 19. Seminar days: sessions ticked, claimed total below the maximum
# ============================================================================================

_cert(
    "seminar-blueridge-claimed",
    "seminar sessions",
    sessions,
    dict(
        participant_name="Aditi Deshpande-Rao",
        title="Blue Ridge Laboratory Seminar Day 2025",
        provider="Blue Ridge Clinical Laboratory Society",
        completed_on="2025-03-29",
        hours="4.5",
        accreditation="pace",
        provider_number="0355",
        delivery="live",
    ),
    provider="Blue Ridge Clinical Laboratory Society",
    event="Blue Ridge Laboratory Seminar Day 2025",
    where="Roanoke Civic Center, Roanoke, Virginia · Saturday, March 29, 2025 · live, in person",
    rgb=(0.1, 0.3, 0.55),
    head_fields=[("Name", "Aditi Deshpande-Rao"), ("Date", "03/29/2025")],
    instructions="Mark [x] each session you attended and enter the total. This program offers a maximum of 7.0 contact hours.",
    columns=[
        ("", 30, "center"),
        ("Time", 60, "left"),
        ("Session", 300, "left"),
        ("Hours", 60, "right"),
    ],
    rows=[
        ["[x]", "8:00", "Keynote: The Lab in 2030", "1.0"],
        ["[x]", "9:15", "A. Hematology: Platelet Clumping Pitfalls", "1.5"],
        ["[ ]", "9:15", "B. Chemistry: Hemolysis Indices", "1.5"],
        ["[x]", "11:00", "Microbiology: Rapid ID from Blood Cultures", "1.0"],
        ["[x]", "13:30", "Safety: Spill Response Drill", "1.0"],
        ["[ ]", "14:45", "Management: Scheduling and Burnout", "1.5"],
    ],
    fields=[("Total hours claimed", "4.5"), ("P.A.C.E.® provider #", "0355")],
    statements=[f"The Blue Ridge Clinical Laboratory Society {PACE}"],
    signer=("Corinne Abbott", "Seminar Chair"),
)

_cert(
    "seminar-lowcountry-labweek",
    "seminar sessions",
    sessions,
    dict(
        participant_name="Shaniqua Grant-Holloway",
        title="Lowcountry Lab Week Education Fair",
        provider="Lowcountry Medical Center Laboratory",
        completed_on="2025-04-23",
        hours="2",
        accreditation="pace",
        provider_number="1302",
    ),
    provider="Lowcountry Medical Center Laboratory",
    event="Lowcountry Lab Week Education Fair",
    where="Charleston, South Carolina · April 23, 2025",
    rgb=(0.55, 0.2, 0.1),
    heading="Attendance Verification",
    head_fields=[("Employee", "Shaniqua Grant-Holloway"), ("Department", "Blood Bank")],
    instructions="Sessions are 30 minutes unless noted. Attendance verified by badge scan.",
    columns=[("Attended", 60, "center"), ("Session", 330, "left"), ("Hours", 60, "right")],
    rows=[
        ["Yes", "Transfusion Reaction Workup Walk-through", "0.5"],
        ["Yes", "Antibody Panels: Rule-outs", "0.5"],
        ["", "Urinalysis Microscopy Quiz Bowl", "0.5"],
        ["Yes", "Hand Hygiene and PPE Refresher", "0.5"],
        ["", "LIS Downtime Procedures", "1.0"],
        ["Yes", "Neonatal Transfusion Practices", "0.5"],
        ["", "Total: 2.0 contact hours of a possible 3.5", ""],
    ],
    bold_rows=(6,),
    statements=[f"Lowcountry Medical Center Laboratory {PACE} Provider #1302."],
    signer=("Evangeline Pinckney", "Laboratory Educator"),
)

_cert(
    "seminar-greatplains-micro",
    "seminar sessions",
    sessions,
    dict(
        participant_name="Ewa Nowakowska",
        title="Great Plains Microbiology Workshop",
        provider="Great Plains Society of Clinical Microbiology",
        completed_on="2025-05-10",
        hours="5",
        accreditation="pace",
        course_number="0923-2025-05",
        provider_number="0923",
        level="intermediate",
    ),
    provider="Great Plains Society of Clinical Microbiology",
    event="Great Plains Microbiology Workshop",
    where="Wichita, Kansas · 10 May 2025",
    rgb=(0.3, 0.4, 0.1),
    head_fields=[("Participant", "Ewa Nowakowska"), ("Program #", "0923-2025-05")],
    instructions="Maximum credit: 6.0 P.A.C.E.® contact hours (intermediate). Claim only the sessions attended.",
    columns=[("", 30, "center"), ("Session", 360, "left"), ("Hours", 60, "right")],
    rows=[
        ["[x]", "Gram Stain Interpretation Challenge", "1.5"],
        ["[x]", "Anaerobe Identification Update", "1.5"],
        ["[x]", "MALDI-TOF Troubleshooting", "1.0"],
        ["[ ]", "Lunch & Learn: Vendor Showcase", "1.0"],
        ["[x]", "Mycobacteriology Safety Practices", "1.0"],
    ],
    fields=[("Hours claimed", "5.0"), ("Provider #", "0923")],
    statements=[f"The Great Plains Society of Clinical Microbiology {PACE}"],
    signer=("Verna Schultz", "Workshop Coordinator"),
)

# ============================================================================================
# 20. Journal-based self-study
# ============================================================================================

_cert(
    "journal-benchbedside-csf",
    "journal self-study",
    centered,
    dict(
        participant_name="Lindiwe Dlamini",
        title="Cerebrospinal Fluid Analysis in Meningitis",
        provider="Bench & Bedside Laboratory Journal",
        completed_on="2025-07-29",
        hours="1",
        accreditation="pace",
        course_number="0822-BB-2507",
        provider_number="0822",
        level="intermediate",
        delivery="self-study",
    ),
    provider="Bench & Bedside Laboratory Journal",
    address="Continuing Education Program",
    rgb=(0.2, 0.2, 0.5),
    heading="CE Test Certificate",
    lines=[
        ("Lindiwe Dlamini", "name"),
        ("passed the self-study test for the article", "italic"),
        ("Cerebrospinal Fluid Analysis in Meningitis", "title"),
    ],
    fields=[
        ("Date passed", "07/29/2025"),
        ("Score", "85% (passing score 70%)"),
        ("Credit", "1.0 contact hour"),
        ("P.A.C.E.® program #", "0822-BB-2507"),
        ("Provider #", "0822"),
        ("Level", "Intermediate"),
        ("Format", "Self-study (journal)"),
        ("Credit expires", "12/31/2026"),
    ],
    statements=[f"Bench & Bedside Laboratory Journal {PACE}"],
    signer=("Editorial CE Office", "Bench & Bedside Laboratory Journal"),
)

_cert(
    "journal-chemdigest-troponin",
    "journal self-study",
    centered,
    dict(
        participant_name="Takumi Fujiwara",
        title="Interpreting Cardiac Troponin in Renal Impairment",
        provider="Clinical Chemistry Digest",
        completed_on="2026-01-15",
        hours="1",
        accreditation="accent",
        delivery="self-study",
    ),
    provider="Clinical Chemistry Digest",
    rgb=(0.45, 0.05, 0.05),
    border=False,
    heading="Self-Study CE Certificate",
    lines=[
        ("Takumi Fujiwara", "name"),
        ("Interpreting Cardiac Troponin in Renal Impairment", "title"),
        ("Home study (self-study) · quiz score 90%", "plain"),
    ],
    fields=[
        ("Completed", "January 15, 2026"),
        ("ACCENT® credit", "1.0 hour"),
        ("Article published", "November 2025"),
    ],
    signer=("CE Editor", "Clinical Chemistry Digest"),
    footer="Printed on 01/16/2026",
)

# ============================================================================================
# 21. More in-service, conference and online variants
# ============================================================================================

_cert(
    "letter-pinecrest-words-hours",
    "in-service letter",
    letter_page,
    dict(
        participant_name="Hannah-Grace Whitlock",
        title="Competency Assessment: The Six CLIA Elements",
        provider="Pinecrest Medical Laboratory",
        completed_on="2025-08-05",
        hours="2",
        accreditation="pace",
        course_number="1455-25-12",
        provider_number="1455",
        level="intermediate",
    ),
    org="Pinecrest Medical Laboratory",
    dept="Quality & Education",
    address="9 Pinecrest Way, Flagstaff, AZ 86001",
    monogram="PM",
    rgb=(0.05, 0.35, 0.2),
    date="August 7, 2025",
    to=["Hannah-Grace Whitlock", "Hematology Department"],
    salutation="Dear Ms. Whitlock,",
    body=[
        "This is to confirm that you completed the in-service “Competency Assessment: The Six "
        "CLIA Elements” on Tuesday, August 5, 2025, and earned two (2) contact hours, "
        "intermediate level.",
        "Pinecrest Medical Laboratory is approved as a provider of continuing education programs "
        "in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program (provider 1455; "
        "program 1455-25-12).",
    ],
    closing="Best regards,",
    signed=["Ilse Brandvold, MLS(ASCP)", "Quality Manager"],
    footer="Printed on 08/07/2025 · page 1 of 1",
)

_cert(
    "online-benchpoint-florida-category",
    "online platform",
    online_platform,
    dict(
        participant_name="Olivia Fitzgerald-Nwosu",
        title="Laboratory Safety for the Florida Clinical Laboratory",
        provider="BenchPoint CE",
        completed_on="2025-12-09",
        hours="1",
        accreditation="pace",
        course_number="519-201-25",
        provider_number="519",
        approval_number="50-5520",
        license_number="TN 22107",
        level="basic",
        delivery="self-study",
    ),
    provider="BenchPoint CE",
    tagline="Online continuing education for the clinical laboratory",
    rgb=(0.05, 0.33, 0.55),
    name="Olivia Fitzgerald-Nwosu",
    lead="has successfully completed the online course",
    title="Laboratory Safety for the Florida Clinical Laboratory",
    fields=[
        ("Completion date", "12/09/2025"),
        ("P.A.C.E.® contact hours", "1.0"),
        ("Level", "Basic"),
        ("P.A.C.E.® program #", "519-201-25"),
        ("Format", "Self-study"),
        ("FL license #", "TN 22107"),
    ],
    statements=[
        f"BenchPoint CE {PACE} Provider number 519.",
        "Florida Board of Clinical Laboratory Personnel approved provider 50-5520. Florida "
        "category: Safety (1.0 hour).",
    ],
    signer=("Lorraine Abernathy, MS, MLS(ASCP)", "Director of Education, BenchPoint CE"),
    seal="P.A.C.E.",
    cert_id="Certificate ID 9B12-77D0-4411",
    footer="Printed on 12/10/2025 8:05 AM  ·  benchpointce.example/verify",
)

_cert(
    "conference-southernplains-days-firstpage",
    "conference",
    conference,
    dict(
        participant_name="Tomasz Wiśniewski-Grant",
        title="Southern Plains Laboratory Conference",
        provider="Southern Plains Association for Clinical Laboratory Science",
        start="2025-10-01",
        end="2025-10-03",
        hours="16.5",
        accreditation="pace",
        course_number="0239-2025-100",
        provider_number="0239",
    ),
    provider="Southern Plains Association for Clinical Laboratory Science",
    event="Southern Plains Laboratory Conference",
    where="Oklahoma City, OK  ·  1–3 October 2025",
    rgb=(0.55, 0.3, 0.0),
    intro="This record certifies that",
    name="Tomasz Wiśniewski-Grant",
    lead="attended the sessions listed and earned the following contact hours:",
    columns=[("Day", 110, "left"), ("Sessions", 250, "left"), ("Hours", 90, "right")],
    rows=[
        ["1 Oct 2025", "Opening general session; 4 breakouts", "7.0"],
        ["2 Oct 2025", "5 breakouts; poster session (no credit)", "6.0"],
        ["3 Oct 2025", "Closing workshop", "3.5"],
        ["", "Total contact hours earned", "16.5"],
    ],
    bold_rows=(3,),
    fields=[("P.A.C.E.® program", "0239-2025-100"), ("Provider", "0239")],
    statements=[
        f"The Southern Plains Association for Clinical Laboratory Science {PACE} A maximum of 7 "
        "contact hours may be earned per day.",
    ],
    signer=("Loretta Two Feathers", "Conference Chair"),
)

_cert(
    "vendor-cryon-coag-words",
    "vendor training",
    vendor,
    dict(
        participant_name="Svetlana Ivanova-Marsh",
        title="Cryon CX Coagulation Analyzer: Advanced Troubleshooting",
        provider="Cryon Instruments",
        completed_on="2025-05-28",
        hours="6",
        accreditation="pace",
        provider_number="1390",
        level="advanced",
        delivery="live",
    ),
    provider="Cryon Instruments",
    division="Training Academy · Durham, NC",
    logo="CX",
    rgb=(0.4, 0.15, 0.05),
    name="Svetlana Ivanova-Marsh",
    lead="successfully completed the live classroom course",
    title="Cryon CX Coagulation Analyzer: Advanced Troubleshooting",
    lines=["May 28, 2025", "six (6) P.A.C.E.® contact hours · Advanced"],
    statements=[f"Cryon Instruments {PACE} Provider #1390."],
    signer=("Mitchell Ayodele", "Senior Application Specialist"),
    signer2=("Corinna Lutz", "Academy Director"),
)


# ============================================================================================
# Scans and photos
# ============================================================================================

# (certificate, kind, options): about a quarter of the certificates, across the styles.
_DEGRADED: list[tuple[str, str, dict]] = [
    ("online-benchpoint-hemoglobinopathies", "scan", {"dpi": 300, "fmt": "png"}),
    ("modules-clinicallabcehub-bloodbank", "scan", {"dpi": 200, "fmt": "png"}),
    ("conference-greatlakes-spring", "scan", {"dpi": 240, "fmt": "pdf"}),
    ("letter-stbrendan-critical-values", "scan", {"dpi": 200, "fmt": "png"}),
    ("memo-clearwater-formalin", "scan", {"dpi": 300, "fmt": "jpeg"}),
    ("florida-sunshine-medical-errors", "scan", {"dpi": 200, "fmt": "pdf"}),
    ("california-pclec-warm-autoantibodies", "scan", {"dpi": 200, "fmt": "png"}),
    ("pace-form-heartland-urine-sediment", "scan", {"dpi": 200, "fmt": "jpeg"}),
    ("award-bluegrass-hemovigilance", "scan", {"dpi": 200, "fmt": "png"}),
    ("university-northfield-molecular-ceu", "scan", {"dpi": 240, "fmt": "pdf"}),
    ("email-lakeshore-sepsis", "photo", {}),
    ("vendor-halvorsen-hx900", "photo", {}),
    ("cme-riverside-transfusion", "photo", {}),
    ("pace-form-chesapeake-quality", "photo", {}),
    ("letter-harborview-blood-cultures", "photo", {}),
    ("seminar-blueridge-claimed", "photo", {}),
    ("florida-everglades-laws-rules-split", "photo", {}),
    ("minutes-riverbend-body-fluids", "photo", {}),
]


def heldout2_certificates() -> list[Item]:
    """All items: one text PDF per certificate, then the scans and photos of some of them."""
    items: list[Item] = []
    pdfs: dict[str, bytes] = {}
    for cert in _CERTS:
        pdf = cert.template(cert.spec)
        pdfs[cert.name] = pdf
        items.append(Item(cert.name, "text", pdf, dict(cert.truth)))
    truths = {cert.name: cert.truth for cert in _CERTS}
    for number, (name, kind, options) in enumerate(_DEGRADED):
        seed = 20261206 + 101 * number
        if kind == "scan":
            data = degrade.scan(pdfs[name], seed, options["dpi"], options["fmt"])
        else:
            data = degrade.photo(pdfs[name], seed)
        items.append(Item(f"{name}-{kind}", kind, data, dict(truths[name])))
    return items


def styles() -> dict[str, str]:
    """Certificate name -> style label (for the README counts)."""
    return {cert.name: cert.style for cert in _CERTS}


def _write(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    ext = {
        b"%PDF": "pdf",
        b"\x89PNG": "png",
        b"\xff\xd8\xff\xe0": "jpg",
        b"\xff\xd8\xff\xdb": "jpg",
    }
    for item in heldout2_certificates():
        suffix = next((e for magic, e in ext.items() if item.data.startswith(magic)), "jpg")
        (outdir / f"{item.name}.{suffix}").write_bytes(item.data)


if __name__ == "__main__":
    _write(Path(sys.argv[1] if len(sys.argv) > 1 else "heldout2-out"))
