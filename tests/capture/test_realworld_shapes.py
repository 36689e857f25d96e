"""Certificates in real-world provider styles, written for issue 13's tuning (not held out).

Award pages with the hours in words, in-service letters and memos, printed webinar e-mails,
conference attendance tables, packages broken down per specialty, CME pages with a maximum
beside the claim, CE Broker and P.A.C.E. forms, California agency numbers, university CEUs,
minutes of instruction, seminar sign-up sheets, negations, journal tests, ACCENT, CMP points,
credit-system records, day-first dates and vendor trainings. Each page is drawn as a PDF and
read back; every field a person would type from it is asserted, and a wrong amount may never
be a confident one.
"""

from __future__ import annotations

from typing import Any

import pytest

from cetrack.core.capture.certificate import read_certificate
from cetrack.core.capture.draft import REVIEW_BELOW
from tests.capture.test_layouts_13 import T, _dejavu, pdf

B = "Helvetica-Bold"
I = "Helvetica-Oblique"  # noqa: E741
TB = "Times-Bold"
TI = "Times-Italic"
U = "DejaVuSans" if _dejavu() else "Helvetica"
AMOUNTS = ("hours", "minutes", "ceu", "points", "semester_hours", "quarter_hours")
CASES: list[tuple[str, dict[str, str], tuple[T, ...], bool]] = []


def case(name: str, truth: dict[str, str], *items: T, land: bool = False) -> None:
    CASES.append((name, truth, items, land))


case(
    "award-words",
    dict(
        participant_name="Beatriz Moreno-Lyle",
        title="Transfusion Reaction Investigation",
        completed_on="2025-04-17",
        hours="3",
        provider="HARBOR POINT MEDICAL CENTER",
        accreditation="pace",
    ),
    T("HARBOR POINT MEDICAL CENTER", 540, size=16, font=TB, align="c"),
    T("Certificate of Achievement", 500, size=28, font=TB, align="c"),
    T("Be it known that", 460, size=12, font=TI, align="c"),
    T("Beatriz Moreno-Lyle", 425, size=26, font=TI, align="c"),
    T("having satisfactorily completed the educational program", 395, size=12, align="c"),
    T("Transfusion Reaction Investigation", 365, size=20, font=TB, align="c"),
    T("is hereby awarded three (3) P.A.C.E.® contact hours", 335, size=12, align="c"),
    T("Given this 17th day of April, 2025", 305, size=12, align="c"),
    T("Renee Castillo, MLS(ASCP)", 140, x=120, size=10),
    T("Education Coordinator", 126, x=120, size=10),
    land=True,
)

case(
    "letter-inservice",
    dict(
        participant_name="Tomasz Wiśniewski",
        title="Cold Agglutinin Workup",
        completed_on="2025-09-10",
        hours="1.5",
        provider="St. Anselm Regional Hospital",
        kind="in-service",
    ),
    T("St. Anselm Regional Hospital", 735, size=17, font=B),
    T("Department of Pathology & Laboratory Medicine", 719, size=9),
    T("1200 Riverside Drive, Dayton, OH 45402", 707, size=9),
    T("September 22, 2025", 670),
    T("Tomasz Wiśniewski, MLS(ASCP)", 640, font=U),
    T("Core Laboratory", 626),
    T("Dear Tomasz,", 600),
    T("This letter verifies that you attended the laboratory in-service titled", 580),
    T("Cold Agglutinin Workup, presented on September 10, 2025. The session lasted", 566),
    T("90 minutes and you are credited with 1.5 contact hours of continuing education.", 552),
    T("Sincerely,", 500),
    T("Gloria Abernathy, MT(ASCP)SBB", 460),
    T("Laboratory Education Coordinator", 446),
)

case(
    "memo-from",
    dict(
        participant_name="Keisha Barnwell",
        title="New Hemolysis Index Limits",
        completed_on="2025-02-26",
        hours="0.5",
        provider="Mercy Valley Hospital",
    ),
    T("Mercy Valley Hospital", 735, size=16, font=B),
    T("Clinical Laboratory", 719, size=10),
    T("INTERNAL MEMORANDUM", 680, size=13, font=B),
    T("To:", 650),
    T("Keisha Barnwell", 650, x=120),
    T("From:", 634),
    T("Lab Education Committee", 634, x=120),
    T("Date:", 618),
    T("March 3, 2025", 618, x=120),
    T("Subject:", 602),
    T("In-service credit: New Hemolysis Index Limits", 602, x=120),
    T("Our records show you attended this in-service on February 26, 2025 (30 minutes).", 570),
    T("It is recorded as 0.5 contact hours toward your annual competency requirement.", 556),
)

case(
    "email-print",
    dict(
        participant_name="Farid Haddadi",
        title="Antimicrobial Stewardship Update",
        completed_on="2025-05-14",
        hours="1",
        provider="Lakeshore Lab Network",
        delivery="live",
    ),
    T("Gmail - Your attendance record – Antimicrobial Stewardship Update", 760, size=8),
    T("From:", 730),
    T("Lakeshore Lab Network <education@lakeshore.example>", 730, x=120),
    T("Date:", 714),
    T("Fri, May 16, 2025 at 9:02 AM", 714, x=120),
    T("To:", 698),
    T("farid.haddadi@example.com", 698, x=120),
    T("Subject:", 682),
    T("Your attendance record – Antimicrobial Stewardship Update", 682, x=120),
    T("Hello Farid Haddadi,", 650),
    T("Thank you for attending our live webinar on Wednesday, May 14, 2025.", 630),
    T("Webinar ID: 913 555 2048", 616),
    T("Duration: 62 minutes", 602),
    T("Credit awarded: 1.0 contact hour", 588),
    T("https://mail.example.com/mail/u/0/?ik=abc          1/1", 30, size=7),
)

case(
    "conf-days",
    dict(
        participant_name="Yusuf Adebayo",
        title="Mid-Atlantic Clinical Laboratory Conference",
        start="2025-10-02",
        end="2025-10-04",
        hours="13.5",
        provider="Mid-Atlantic Society for Laboratory Science",
    ),
    T("Mid-Atlantic Society for Laboratory Science", 735, size=15, font=B, align="c"),
    T("Attendance Verification", 705, size=18, font=B, align="c"),
    T("Attendee", 665, font=B),
    T("Yusuf Adebayo", 665, x=200),
    T("Event", 649, font=B),
    T("Mid-Atlantic Clinical Laboratory Conference", 649, x=200),
    T("Location", 633, font=B),
    T("Baltimore, Maryland", 633, x=200),
    T("Date", 600, font=B),
    T("Sessions attended", 600, x=200, font=B),
    T("CE hours", 600, x=450, font=B),
    T("Oct 2, 2025", 584),
    T("Opening plenary; Chemistry track", 584, x=200),
    T("5.0", 584, x=450),
    T("Oct 3, 2025", 568),
    T("Microbiology track", 568, x=200),
    T("6.0", 568, x=450),
    T("Oct 4, 2025", 552),
    T("Closing session", 552, x=200),
    T("2.5", 552, x=450),
    T("Total CE hours earned", 530, font=B),
    T("13.5", 530, x=450, font=B),
    T("A maximum of 18 contact hours was available for this conference.", 500),
)

case(
    "modules-specialty",
    dict(
        participant_name="Hannah Ostrowski",
        title="Florida Renewal Package",
        completed_on="2025-07-30",
        hours="12",
        provider="Sunrise CE Online",
        license_number="MT 55102",
    ),
    T("Sunrise CE Online", 735, size=18, font=B),
    T("Certificate of Completion", 700, size=16, font=B),
    T("Name: Hannah Ostrowski", 670),
    T("Florida License: MT 55102", 654),
    T("Package: Florida Renewal Package", 638),
    T("Completion Date: 07/30/2025", 622),
    T("Specialty", 590, font=B),
    T("Hours", 590, x=400, font=B),
    T("Hematology", 574),
    T("4", 574, x=400),
    T("Clinical Chemistry", 558),
    T("4", 558, x=400),
    T("Microbiology", 542),
    T("2", 542, x=400),
    T("Laboratory Administration", 526),
    T("2", 526, x=400),
    T("Total", 506, font=B),
    T("12", 506, x=400, font=B),
)

case(
    "cme-max-claim",
    dict(
        participant_name="Priya Venkataraman",
        title="Pathology Informatics Summit 2025",
        start="2025-05-19",
        end="2025-05-21",
        hours="9.75",
        accreditation="accme",
        provider="Great Lakes Pathology Society",
    ),
    T("Great Lakes Pathology Society", 735, size=16, font=B, align="c"),
    T("CME Certificate", 705, size=20, font=B, align="c"),
    T("Priya Venkataraman, MD", 665, size=16, align="c"),
    T("Pathology Informatics Summit 2025", 640, size=14, font=B, align="c"),
    T("May 19–21, 2025  •  Ann Arbor, Michigan", 622, size=11, align="c", font=U),
    T(
        "The Great Lakes Pathology Society is accredited by the ACCME to provide continuing",
        580,
        size=10,
    ),
    T(
        "medical education for physicians. The Society designates this live activity for a",
        566,
        size=10,
    ),
    T(
        "maximum of 15.5 AMA PRA Category 1 Credits™. Physicians should claim only the credit",
        552,
        size=10,
        font=U,
    ),
    T("commensurate with the extent of their participation in the activity.", 538, size=10),
    T("Credits claimed by the participant: 9.75 AMA PRA Category 1 Credits™", 500, size=11, font=U),
)

case(
    "cebroker-table",
    dict(
        participant_name="Luis Ortega",
        title="Molecular Diagnostics Essentials",
        completed_on="2025-08-12",
        hours="2",
        approval_number="50-2231",
        course_number="20-1180442",
        license_number="TS 44187",
        approvals="fl",
        provider="Gulfcoast Lab Academy",
    ),
    T("Gulfcoast Lab Academy", 735, size=16, font=B),
    T("Certificate of Completion", 700, size=18, font=B, align="c"),
    T("Participant", 660, font=B),
    T("Luis Ortega", 660, x=220),
    T("FL License Number", 644, font=B),
    T("TS 44187", 644, x=220),
    T("Course", 628, font=B),
    T("Molecular Diagnostics Essentials", 628, x=220),
    T("Completed", 612, font=B),
    T("08/12/2025", 612, x=220),
    T("CE Broker Provider", 596, font=B),
    T("50-2231", 596, x=220),
    T("CE Broker Course", 580, font=B),
    T("20-1180442", 580, x=220),
    T("Contact Hours", 564, font=B),
    T("2.0 (Molecular Pathology)", 564, x=220),
    T("Credit has been reported to CE Broker within 10 days.", 530),
)

case(
    "pace-form",
    dict(
        participant_name="Danielle Fournier",
        title="Hemoglobinopathies: Electrophoresis to HPLC",
        completed_on="2025-03-21",
        hours="1.5",
        accreditation="pace",
        provider_number="0231",
        course_number="231-118-25",
        level="intermediate",
        delivery="self-study",
        provider="Keystone Laboratory Educators",
    ),
    T("P.A.C.E.® Certificate of Attendance", 735, size=16, font=B, align="c"),
    T("Provider: Keystone Laboratory Educators", 700),
    T("P.A.C.E.® Provider No. 0231", 684),
    T("Program No. 231-118-25", 668),
    T("Program Title: Hemoglobinopathies: Electrophoresis to HPLC", 652),
    T("Participant: Danielle Fournier", 636),
    T("Date: 21/03/2025", 620),
    T("Contact Hours: 1.5", 604),
    T("Level:   [ ] Basic   [X] Intermediate   [ ] Advanced", 580),
    T("Format:  [ ] Live   [X] Self-study/Home study", 564),
    T("This program is approved for ASCLS P.A.C.E.® credit.", 530),
)

case(
    "ca-agency",
    dict(
        participant_name="Grace Liang",
        title="Point-of-Care Testing Oversight",
        completed_on="2025-11-05",
        hours="2",
        course_number="CA-POC-0412",
        accrediting_agency_number="0001",
        provider="Pacific Coast Laboratory Forum",
    ),
    T("Pacific Coast Laboratory Forum", 735, size=16, font=B),
    T("CONTINUING EDUCATION CERTIFICATE", 700, size=14, font=B),
    T("Grace Liang", 670, size=14),
    T("has completed", 654),
    T("Point-of-Care Testing Oversight", 638, size=13, font=B),
    T("on November 5, 2025 and earned 2 contact hours.", 622),
    T("Course No.: CA-POC-0412", 590),
    T("California Accrediting Agency: ASCLS-CA, Accrediting Agency No. 0001", 574),
    T("Keep this certificate for four years.", 540),
)

case(
    "university-ceu",
    dict(
        participant_name="Owen McAllister",
        title="Clinical Microbiology Laboratory Management",
        completed_on="2025-06-27",
        ceu="1.2",
        provider="NORTHERN PLAINS STATE UNIVERSITY",
    ),
    T("NORTHERN PLAINS STATE UNIVERSITY", 540, size=18, font=TB, align="c"),
    T("Office of Continuing and Professional Education", 518, size=11, font=TI, align="c"),
    T("hereby certifies that", 470, size=12, align="c"),
    T("Owen McAllister", 440, size=24, font=TB, align="c"),
    T("has successfully completed", 410, size=12, align="c"),
    T("Clinical Microbiology Laboratory Management", 380, size=18, font=TB, align="c"),
    T("and is awarded 1.2 Continuing Education Units (CEUs)", 350, size=12, align="c"),
    T("June 27, 2025", 320, size=12, align="c"),
    T("One CEU equals ten contact hours of participation.", 120, size=8, align="c"),
    land=True,
)

case(
    "minutes-only",
    dict(
        participant_name="Chiara Bellini",
        title="Specimen Rejection Criteria",
        completed_on="2025-01-08",
        minutes="150",
        provider="ClinLab Skills Online",
    ),
    T("ClinLab Skills Online", 735, size=16, font=B),
    T("Completion Record", 700, size=18, font=B),
    T("Chiara Bellini completed the online course Specimen Rejection Criteria", 660),
    T("on 2025-01-08, consisting of 150 minutes of instruction.", 646),
    T("Record generated 2025-02-01", 60, size=8),
)

case(
    "seminar-claimed",
    dict(
        participant_name="Nadia Rahimi",
        title="Spring Laboratory Leadership Seminar",
        completed_on="2025-04-05",
        hours="4",
        provider="Tri-County Laboratory Managers Association",
    ),
    T("Tri-County Laboratory Managers Association", 735, size=15, font=B),
    T("Seminar Attendance Certificate", 700, size=16, font=B),
    T("Name: Nadia Rahimi", 670),
    T("Seminar: Spring Laboratory Leadership Seminar", 654),
    T("Date: Saturday, April 5, 2025", 638),
    T("Sessions attended (tick):", 610),
    T("[x] Session A – Staffing models (1.5 h)", 594),
    T("[x] Session B – Budgeting basics (1.5 h)", 578),
    T("[ ] Session C – Lean workflow (1.5 h)", 562),
    T("[x] Session D – Panel discussion (1.0 h)", 546),
    T("Up to 5.5 contact hours offered. Hours claimed: 4.0", 520),
)

case(
    "negation",
    dict(
        participant_name="Samira El-Amin",
        title="Blood Culture Contamination",
        completed_on="2025-10-21",
        hours="1",
        accreditation="pace",
        provider="Westfield Lab Learning",
    ),
    T("Westfield Lab Learning", 735, size=16, font=B),
    T("Certificate of Completion", 700, size=18, font=B),
    T("Learner: Samira El-Amin", 670),
    T("Course: Blood Culture Contamination", 654),
    T("Completed on: October 21, 2025", 638),
    T("CE credit: 1 contact hour (P.A.C.E.®)", 622),
    T("Note: this course is not approved for ASCP CMLE credit and is not eligible for", 590),
    T("AMA PRA Category 1 Credit™.", 576, font=U),
)

case(
    "platform",
    dict(
        participant_name="Jae-won Park",
        title="Urine Sediment Microscopy",
        completed_on="2025-12-01",
        hours="1.5",
        course_number="UA-4410",
        accreditation="pace",
        provider="LabLearn Pro",
        delivery="self-study",
    ),
    T("LabLearn Pro", 740, size=20, font=B),
    T("learn anywhere", 724, size=9, font=I),
    T("CERTIFICATE", 680, size=26, font=B, align="c"),
    T("OF COMPLETION", 656, size=14, align="c"),
    T("Jae-won Park", 610, size=22, align="c"),
    T("Urine Sediment Microscopy", 570, size=16, font=B, align="c"),
    T("Course ID UA-4410  ·  Self-paced online course", 550, size=10, align="c", font=U),
    T("Completed Dec 1, 2025", 530, size=10, align="c"),
    T("1.5 P.A.C.E.® Contact Hours", 510, size=12, font=B, align="c"),
    T("Certificate ID 7f3a-99b2-11c0", 80, size=8),
)

case(
    "journal",
    dict(
        participant_name="Emeka Obi",
        title="Interpreting Serum Protein Electrophoresis",
        completed_on="2025-03-31",
        hours="1",
        provider="Journal of Clinical Laboratory Practice",
        delivery="self-study",
    ),
    T("Journal of Clinical Laboratory Practice", 735, size=15, font=B),
    T("Self-Study Test Results", 700, size=16, font=B),
    T("Participant: Emeka Obi", 670),
    T("Article: Interpreting Serum Protein Electrophoresis", 654),
    T("Test submitted: 03/31/2025", 638),
    T("Score: 90% (passing score 70%)", 622),
    T("Credit: 1.0 contact hour (journal-based CE)", 606),
)

case(
    "accent",
    dict(
        participant_name="Marguerite Olsen",
        title="Lipid Testing Harmonization",
        completed_on="2025-09-18",
        hours="1",
        accreditation="accent",
        provider="Association for Diagnostics & Laboratory Medicine",
    ),
    T("ADLM", 735, size=20, font=B),
    T("Association for Diagnostics & Laboratory Medicine", 717, size=9),
    T("ACCENT® Continuing Education Credit", 680, size=16, font=B),
    T("This is to certify that Marguerite Olsen participated in", 640),
    T("Lipid Testing Harmonization on September 18, 2025", 626),
    T("and has earned 1.0 ACCENT® credit hour.", 612),
)

case(
    "cmp-points",
    dict(
        participant_name="Ray Delgado",
        title="Quality Control Rules Refresher",
        completed_on="2025-02-11",
        points="2",
        provider="Southern Lab Society",
    ),
    T("Southern Lab Society", 735, size=16, font=B),
    T("Credit Maintenance Program Record", 700, size=14, font=B),
    T("Member: Ray Delgado", 670),
    T("Activity: Quality Control Rules Refresher", 654),
    T("Date of activity: 2/11/2025", 638),
    T("CMP points: 2", 622),
)

case(
    "system-record",
    dict(
        participant_name="Wen Zhao",
        title="Coagulation Factor Assays",
        completed_on="2025-07-07",
        hours="1.25",
        provider="StateLab Credentialing Portal",
    ),
    T("StateLab Credentialing Portal", 740, size=14, font=B),
    T("CE Activity Record", 712, size=13, font=B),
    T("Licensee Name", 680, font=B),
    T("Wen Zhao", 680, x=200),
    T("Activity Title", 664, font=B),
    T("Coagulation Factor Assays", 664, x=200),
    T("Activity Date", 648, font=B),
    T("07/07/2025", 648, x=200),
    T("Hours Reported", 632, font=B),
    T("1.25", 632, x=200),
    T("Date Reported", 616, font=B),
    T("07/09/2025", 616, x=200),
    T("Status", 600, font=B),
    T("Accepted", 600, x=200),
    T("Printed 11/30/2025 10:41 AM", 40, size=8),
)

case(
    "dmy-text",
    dict(
        participant_name="Sophie Marchand",
        title="Flow Cytometry Gating Strategies",
        completed_on="2025-06-05",
        hours="2",
        provider="Cytometry Education Trust",
    ),
    T("Cytometry Education Trust", 735, size=16, font=B),
    T("Certificate of Attendance", 700, size=16, font=B),
    T("Sophie Marchand", 670, size=14),
    T("attended the workshop Flow Cytometry Gating Strategies", 652),
    T("Date: 05/06/2025 (DD/MM/YYYY)", 636),
    T("CPD: 2 hours", 620),
)

case(
    "award-wrapped-title",
    dict(
        participant_name="Kwabena Asante Jr.",
        title="Management of Critical Values in the Emergency Department Laboratory",
        completed_on="2025-08-19",
        hours="1",
        provider="Riverbend Health System",
    ),
    T("Riverbend Health System", 540, size=14, font=B, align="c"),
    T("CERTIFICATE OF COMPLETION", 505, size=24, font=TB, align="c"),
    T("This certificate is presented to", 470, size=12, align="c"),
    T("Kwabena Asante Jr.", 440, size=24, font=TI, align="c"),
    T("for completion of", 410, size=12, align="c"),
    T("Management of Critical Values in the Emergency", 382, size=18, font=TB, align="c"),
    T("Department Laboratory", 360, size=18, font=TB, align="c"),
    T("August 19, 2025       1 contact hour", 320, size=12, align="c"),
    land=True,
)

case(
    "trainer-vendor",
    dict(
        participant_name="Ilse Vandenberghe",
        title="Analyzer X900 Operator Training",
        start="2025-04-22",
        end="2025-04-24",
        course_number="TR-X9-OP",
        hours="6",
        provider="VANTIX DIAGNOSTICS",
        delivery="live",
    ),
    T("VANTIX DIAGNOSTICS", 735, size=18, font=B),
    T("Customer Training Certificate", 700, size=16, font=B),
    T("Trainee:", 670),
    T("Ilse Vandenberghe", 670, x=150),
    T("Course:", 654),
    T("Analyzer X900 Operator Training", 654, x=150),
    T("Course Code:", 638),
    T("TR-X9-OP", 638, x=150),
    T("Delivered:", 622),
    T("On-site, April 22–24, 2025", 622, x=150, font=U),
    T("Training hours:", 606),
    T("6", 606, x=150),
    T("Trainer:", 574),
    T("Marcus Bell, Field Application Specialist", 574, x=150),
)


case(
    "specialty-total-bilingual",
    dict(
        participant_name="Léa Fontaine-Diallo",
        title="Biologie médicale : journée de formation",
        provider="Société Lyonnaise de Biologie Clinique",
        completed_on="2025-10-14",
        hours="5.25",
    ),
    T("Société Lyonnaise de Biologie Clinique · Lyon", 735, size=15, font=B),
    T("Service de formation continue — Education Department", 719, size=9),
    T("Certificate of Continuing Education", 690, size=16, font=B),
    T("Nom / Name", 660), T("Léa Fontaine-Diallo", 660, x=200),
    T("Cours / Course", 644), T("Biologie médicale : journée de formation", 644, x=200),
    T("Date", 628), T("14/10/2025", 628, x=200),
    T("Specialty", 600, font=B), T("Hours", 600, x=420, font=B),
    T("Chemistry", 584), T("1.50", 584, x=420),
    T("Hematology", 568), T("1.00", 568, x=420),
    T("Poster session (no credit)", 552), T("—", 552, x=420, font=U),
    T("Microbiology", 536), T("2.00", 536, x=420),
    T("Laboratory management", 520), T("0.75", 520, x=420),
    T("Total", 500, font=B), T("5.25", 500, x=420, font=B),
    T("1 contact hour is awarded per 50 minutes of instruction.", 470),
)  # fmt: skip

case(
    "points-form-one-row",
    dict(
        participant_name="Obadiah Kessler-Nwosu",
        title="Reticulocyte Counting by Flow",
        provider="Tamarack Valley Hospital",
        completed_on="2025-05-02",
        points="1.5",
    ),
    T("Tamarack Valley Hospital", 735, size=16, font=B),
    T("Quality & Education Office", 719, size=10),
    T("Certificate of Completion", 690, size=16, font=B),
    T("Name (as on certification record)", 660), T("Obadiah Kessler-Nwosu", 660, x=260),
    T("Program", 630, font=B), T("Points", 630, x=330, font=B), T("Date", 630, x=420, font=B),
    T("Reticulocyte Counting by Flow", 614), T("1.5", 614, x=330), T("05/02/2025", 614, x=420),
    T("CCP points awarded: 1.5 (1 point per clock hour)", 580),
)  # fmt: skip

case(
    "hours-and-minutes",
    dict(
        participant_name="Ingrid Solheim",
        title="Safe Specimen Transport",
        provider="Birchwood Learning",
        completed_on="2025-08-08",
        hours="2.5",
    ),
    T("Birchwood Learning", 735, size=18, font=B),
    T("Certificate of Completion", 700, size=16, font=B),
    T("Awarded to Ingrid Solheim for completing the course", 670),
    T("Safe Specimen Transport", 650, size=14, font=B),
    T("Credit: 2 hr 30 min of instruction. Completed August 8, 2025.", 620),
)  # fmt: skip

case(
    "form-title-wrapped-past-wide-spacing",
    dict(
        participant_name="Anselm Oyelaran-Brandt",
        title="Reticulocyte Hemoglobin in Iron Deficiency Anemia",
        course_number="0644-25-118",
        completed_on="2025-06-21",
        hours="1.5",
    ),
    T("Wabash Valley Laboratory Society", 735, size=16, font=B),
    T("CERTIFICATE OF ATTENDANCE", 705, size=13, font=B),
    T("ATTENDEE:", 660), T("Anselm Oyelaran-Brandt", 660, x=210),
    T("PROGRAM TITLE:", 632), T("Reticulocyte Hemoglobin in Iron Deficiency", 632, x=210),
    T("Anemia", 604, x=210),
    T("PROGRAM NO.:", 576), T("0644-25-118", 576, x=210),
    T("DATE:", 548), T("June 21, 2025", 548, x=210),
    T("Contact hours: 1.5", 520),
)  # fmt: skip


case(
    "programme-day-headings",
    dict(
        participant_name="Ottoline Karamanlis-Reyes",
        title="Great Plains Coagulation Days",
        start="2025-04-23",
        end="2025-04-24",
        hours="3",
    ),
    T("Great Plains Coagulation Days", 735, size=18, font=B),
    T("Sandhills Laboratory Association · Kearney, NE", 715, size=10),
    T("This certifies that Ottoline Karamanlis-Reyes attended the sessions below.", 680),
    T("Wednesday 23 April 2025", 650, font=B),
    T("Mixing studies in practice — 1.5 h", 634, x=90),
    T("Thursday 24 April 2025", 604, font=B),
    T("Heparin monitoring: anti-Xa — 1.5 h", 588, x=90),
    T("Contact hours earned: 3.0", 550),
)  # fmt: skip

case(
    "session-held-at-a-stated-place-is-live",
    dict(
        participant_name="Cosmin Bălănescu",
        title="Urine Culture Colony Counts",
        completed_on="2025-02-06",
        hours="1",
        delivery="live",
    ),
    T("Willow Bend Hospital Laboratory", 735, size=16, font=B),
    T("Continuing Education Record", 700, size=14, font=B),
    T("Name:", 660), T("Cosmin Bălănescu", 660, x=180, font=U),
    T("Topic:", 640), T("Urine Culture Colony Counts", 640, x=180),
    T("Date:", 620), T("February 6, 2025", 620, x=180),
    T("Location:", 600), T("Microbiology Training Room, 2nd floor", 600, x=180),
    T("Credit:", 580), T("1 contact hour", 580, x=180),
)  # fmt: skip

case(
    "brand-header-and-legal-name-in-the-footer",
    dict(
        participant_name="Wilhelmina Osei-Bonsu",
        title="Anticoagulant Reversal Agents",
        provider="Quillfeather Learning, LLC",
        completed_on="2025-07-30",
        hours="1",
    ),
    T("QUILLFEATHER", 740, size=20, font=B),
    T("Certificate of Completion", 700, size=16, font=B),
    T("Awarded to Wilhelmina Osei-Bonsu for completing the course", 670),
    T("Anticoagulant Reversal Agents", 650, size=14, font=B),
    T("Completed July 30, 2025 · 1.0 contact hour", 620),
    T("© 2025 Quillfeather Learning, LLC · All rights reserved", 80, size=8),
)  # fmt: skip

case(
    "department-letterhead-and-legal-name-under-the-signature",
    dict(
        participant_name="Rosalind Achterberg",
        title="Urine Chemistry Analyzer Key Operator",
        provider="Norrvik Instruments AG",
        completed_on="2025-03-18",
    ),
    T("Customer Education Center", 735, size=16, font=B),
    T("Certificate of Training", 700, size=14, font=B),
    T("Trainee:", 660), T("Rosalind Achterberg", 660, x=180),
    T("Course:", 640), T("Urine Chemistry Analyzer Key Operator", 640, x=180),
    T("Date:", 620), T("March 18, 2025", 620, x=180),
    T("Applications Specialist", 540),
    T("Norrvik Instruments AG", 526),
)  # fmt: skip

case(
    "sender-team-and-approved-provider-statement",
    dict(
        participant_name="Desmond Oyelowo-Hart",
        title="Sickle Cell Screening Pitfalls",
        provider="Tamarind Laboratory Guild",
        completed_on="2025-09-09",
        hours="1",
    ),
    T("From:", 735), T("Tamarind Laboratory Guild Events <events@tamarind.example>", 735, x=130),
    T("To:", 720), T("Desmond Oyelowo-Hart", 720, x=130),
    T("Subject:", 705), T("Attendance confirmed - Sickle Cell Screening Pitfalls", 705, x=130),
    T("Thank you for attending the live webinar on September 9, 2025.", 670),
    T("You earned 1.0 P.A.C.E.® contact hour.", 655),
    T("Tamarind Laboratory Guild is approved as a provider of continuing education", 625),
    T("programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.", 611),
)  # fmt: skip

case(
    "in-service-program-then-a-title-over-two-centred-lines",
    dict(
        participant_name="Leopold Van Wyk",
        title="Platelet Transfusion Thresholds: What the Evidence Supports",
        completed_on="2025-10-02",
        hours="1",
    ),
    T("Kingsbridge General Hospital", 735, size=16, font=B),
    T("This certifies that Leopold Van Wyk attended the in-service program", 690),
    T("Platelet Transfusion Thresholds:", 660, size=14, font=B, align="c"),
    T("What the Evidence Supports", 642, size=14, font=B, align="c"),
    T("Held on October 2, 2025 and approved for 1.0 contact hour.", 610),
)  # fmt: skip

case(
    "named-symposium-and-its-theme",
    dict(
        participant_name="Marguerite Obi-Lindqvist",
        title="12th Annual Tidewater Microbiology Symposium: Resistance at the Bedside",
        hours="6",
    ),
    T("Tidewater Microbiology Society", 735, size=16, font=B),
    T("Awarded to Marguerite Obi-Lindqvist", 700),
    T("for attendance at the", 680),
    T("12th Annual Tidewater Microbiology Symposium:", 662, size=13, font=B),
    T("Resistance at the Bedside", 646, size=13, font=B),
    T("Held May 8–9, 2025. 6.0 contact hours awarded.", 610),
)  # fmt: skip

case(
    "award-title-and-subtitle-centred",
    dict(
        participant_name="Tobiah Nakagawa-Reid",
        title="Body Fluid Differentials: Cytospin Technique and Pitfalls",
        completed_on="2025-06-14",
    ),
    T("IN RECOGNITION", 735, size=18, font=TB, align="c"),
    T("Chesapeake Laboratory Professionals", 712, size=13, align="c"),
    T("presents this award to", 680, align="c"),
    T("Tobiah Nakagawa-Reid", 655, size=20, font=TI, align="c"),
    T("upon completion of two contact hours at the workshop", 625, align="c"),
    T("Body Fluid Differentials:", 600, size=14, font=TB, align="c"),
    T("Cytospin Technique and Pitfalls", 584, size=14, font=TB, align="c"),
    T("Baltimore, Maryland — June 14, 2025", 550, align="c"),
)  # fmt: skip

case(
    "labelled-title-continued-with-a-connector-past-wide-spacing",
    dict(
        participant_name="Ilse Marchetti-Dube",
        title="Automated Coagulation Analysis with Clot Waveforms",
        completed_on="2025-08-05",
    ),
    T("Trainingszentrum Nord", 735, size=16, font=B),
    T("Participant", 690), T("Ilse Marchetti-Dube", 690, x=220),
    T("Training", 662), T("Automated Coagulation Analysis", 662, x=220),
    T("with Clot Waveforms", 634, x=220),
    T("Date", 606), T("August 5, 2025", 606, x=220),
)  # fmt: skip

case(
    "memo-with-colons-in-their-own-column",
    dict(participant_name="Bartosz Wieczorek-Amadi", completed_on="2025-02-19", minutes="45"),
    T("Sandpiper Community Hospital", 735, size=16, font=B),
    T("To", 690), T(": Bartosz Wieczorek-Amadi", 690, x=150),
    T("From", 675), T(": Laboratory Education Office", 675, x=150),
    T("Date", 660), T(": 3 March 2025", 660, x=150),
    T("Subject", 645), T(": In-service credit", 645, x=150),
    T("Thank you for attending the in-service “Sharps Safety at the Bench” on 19 February", 610),
    T("2025. Forty-five minutes of instruction (45 minutes) have been recorded.", 596),
)  # fmt: skip

case(
    "salutation-with-a-role-before-the-name",
    dict(participant_name="Oksana Delacroix-Mbeki", completed_on="2025-09-23"),
    T("Bluestem Regional Medical Center", 735, size=16, font=B),
    T("October 1, 2025", 700),
    T("Dear Laboratory Team Member Oksana Delacroix-Mbeki,", 670),
    T("Our records confirm your attendance at the in-service “Blood Gas Pre-analytics” on", 650),
    T("September 23, 2025.", 636),
)  # fmt: skip

case(
    "presented-by-the-issuer-to-the-person",
    dict(
        participant_name="Ezekiel Marsh-Takahashi",
        provider="Red Mesa Chapter of Laboratory Professionals",
        hours="1",
    ),
    T("Certificate of Continuing Education", 735, size=18, font=TB, align="c"),
    T("Presented by the Red Mesa Chapter of Laboratory Professionals to Mr. Ezekiel", 690),
    T("Marsh-Takahashi on the 9th day of May, 2025, for completing the course", 676),
    T("Leukocyte Esterase Testing Revisited", 650, size=14, font=TB, align="c"),
    T("for one (1.0) contact hour of credit.", 620, align="c"),
)  # fmt: skip

case(
    "names-in-running-text",
    dict(participant_name="Anneliese Okwuosa-Brandt", completed_on="2025-04-08"),
    T("Fjord Valley Laboratory Network", 735, size=16, font=B),
    T("CERTIFICATE OF PARTICIPATION", 700, size=14, font=B),
    T("We confirm that Anneliese Okwuosa-Brandt took part in the Fjord Valley Hemostasis Day", 670),
    T("held on 8 April 2025 in Bergen.", 656),
)  # fmt: skip

case(
    "congratulations-line",
    dict(participant_name="Caoimhe Ferreira-Nakano", hours="1.5"),
    T("StainWise | Online Learning", 735, size=14, font=B),
    T("Congratulations, Caoimhe Ferreira-Nakano!", 700, size=16),
    T("You successfully completed", 680),
    T("Acid-Fast Staining Troubleshooting", 660, size=14, font=B),
    T("Contact hours", 620), T("1.5", 620, x=250),
)  # fmt: skip

case(
    "reader-and-licensee-in-a-sentence",
    dict(participant_name="Tomasina Oyelaran", license_number="TS 0099812"),
    T("Everbright Laboratory Learning Center", 735, size=16, font=B),
    T("Licensee Tomasina Oyelaran (license number TS 0099812) completed Florida Laws", 690),
    T("and Rules for Clinical Laboratory Personnel on May 2, 2025.", 676),
)  # fmt: skip

case(
    "pace-program-led-by-the-provider-number",
    dict(
        course_number="0733-HEM-25", provider_number="0733", completed_on="2025-10-18", hours="4"
    ),
    T("Piedmont Hematology Circle", 735, size=16, font=B),
    T("Certificate of Attendance", 700, size=14, font=B),
    T("This certifies that Roderick Iwu-Halvorsen attended the Fall Hematology Day on", 670),
    T("October 18, 2025 and earned 4.0 P.A.C.E.® contact hours.", 656),
    T("ASCLS P.A.C.E.® approved · provider 0733 · 0733-HEM-25 · printed 2025-10-20", 620),
)  # fmt: skip

case(
    "paired-number-labels",
    dict(provider_number="0318", course_number="0318-0917-25", provider="Harbourview Laboratory Society"),
    T("Harbourview Laboratory Society", 735, size=16, font=B),
    T("P.A.C.E.® Certificate", 705, size=13, font=B),
    T("Name of participant", 670), T("Lucinda Abernathy-Ortiz", 670, x=230),
    T("Provider / Program #", 650), T("0318 / 0318-0917-25", 650, x=230),
    T("Date", 630), T("September 17, 2025", 630, x=230),
)  # fmt: skip

case(
    "lecture-code",
    dict(course_number="NLM-1125", hours="1"),
    T("Northgate Laboratory Medicine Lectures", 735, size=16, font=B),
    T("This certifies that Priyanka Oduya-Stern attended the lecture", 690),
    T("“Cardiac Troponin Assays in the Emergency Department” on November 5, 2025.", 676),
    T("Approved for 1.0 ACCENT® credit hour. Lecture code NLM-1125.", 650),
)  # fmt: skip

case(
    "level-as-an-item-or-after-a-label-in-a-sentence",
    dict(level="intermediate", hours="2"),
    T("Sawtooth Laboratory Guild", 735, size=16, font=B),
    T("This certifies that Hollis Adebayo-Kerr attended the seminar “Reticulocyte Counts in", 690),
    T("Practice” on March 3, 2025, earning 2.0 contact hours (intermediate).", 676),
)  # fmt: skip

case(
    "level-label-wrapped-in-a-sentence",
    dict(level="advanced"),
    T("Sawtooth Laboratory Guild", 735, size=16, font=B),
    T("This certifies that Hollis Adebayo-Kerr completed the course “Molecular Typing", 690),
    T("Basics” on March 3, 2025. Approved by the ASCLS P.A.C.E.® Program. Level:", 676),
    T("Advanced.", 662),
)  # fmt: skip

case(
    "paired-level-and-format-labels",
    dict(level="basic", delivery="live"),
    T("Sawtooth Laboratory Guild", 735, size=16, font=B),
    T("Participant", 690), T("Hollis Adebayo-Kerr", 690, x=230),
    T("Session", 670), T("Urine Crystals at the Bench", 670, x=230),
    T("Date", 650), T("March 3, 2025", 650, x=230),
    T("Level / format", 630), T("Basic / live in person", 630, x=230),
)  # fmt: skip

case(
    "meeting-with-a-table-of-sessions",
    dict(
        participant_name="Philippa Osei-Lindqvist",
        title="2025 Spring Meeting: Automation at Every Bench",
    ),
    T("Prairie Lakes Laboratory Society", 740, size=15, font=B),
    T("2025 Spring Meeting:", 720, size=13, font=B),
    T("Automation at Every Bench", 704, size=13, font=B),
    T("Riverfront Convention Center · Fargo, ND · May 6, 2025", 688, size=9),
    T("Attendee: Philippa Osei-Lindqvist", 660),
    T("Date", 630, font=B), T("Session", 630, x=150, font=B), T("Code", 630, x=400, font=B),
    T("Room", 630, x=480, font=B),
    T("May 6", 612), T("Keynote: Robots and People", 612, x=150), T("PL-1", 612, x=400), T("B2", 612, x=480),
    T("May 6", 594), T("Middleware Rules Workshop", 594, x=150), T("WS-3", 594, x=400), T("C1", 594, x=480),
    T("Total contact hours earned: 4.0. The Society is approved as a provider by the ASCLS P.A.C.E.®", 560),
    T("Program. Attendance was recorded at the registration desk.", 546),
)  # fmt: skip

case(
    "all-modules-of-the-curriculum",
    dict(title="Urine Sediment Morphology Review: Casts and Crystals"),
    T("SedimentPro Academy", 735, size=16, font=B),
    T("Awarded to Hamza Oyelaran-Voss on completing all modules of the curriculum", 690),
    T("Urine Sediment Morphology Review: Casts and", 670),
    T("Crystals.", 656),
    T("Completed 03/02/2025", 620),
)  # fmt: skip

case(
    "e-mail-whose-subject-names-no-course",
    dict(
        participant_name="Ottilie Brandvold-Asante",
        title="Blood Smear Artefacts After Delayed Processing",
        completed_on="2025-11-12",
    ),
    T("From:", 735), T("Bayou Laboratory Guild <ce@bayouguild.example>", 735, x=130),
    T("To:", 720), T("Ottilie Brandvold-Asante", 720, x=130),
    T("Sent:", 705), T("Mon, Nov 17, 2025 at 9:02 AM", 705, x=130),
    T("Subject:", 690), T("Fwd: Your certificate is ready", 690, x=130),
    T("Thank you for joining the Bayou Laboratory Guild evening webinar, “Blood Smear Artefacts", 655),
    T("After Delayed Processing”, on November 12, 2025.", 641),
    T("Webinar ID 771 204 9931 (for the recording only).", 611),
    T("Meeting number 4410 22 981 · Passcode not required.", 596),
)  # fmt: skip

case(
    "department-line-and-a-board-approval-statement",
    dict(provider="Seagrape Bay Medical Center", participant_name="Marguerite Okafor-Lind"),
    T("Seagrape Bay Medical Center", 735, size=13, font=B),
    T("CE Broker Provider #50-3391", 735, x=400, size=9),
    T("Laboratory Services · 410 Mangrove Road · Seagrape Bay, FL 33999", 720, size=9),
    T("Licensee: Marguerite Okafor-Lind", 680),
    T("Course: Florida Laws and Rules for Laboratory Personnel", 665),
    T("Completed: June 4, 2025", 650),
    T("Seagrape Bay Medical Center is approved by the Florida Board of Clinical Laboratory", 620),
    T("Personnel as a provider of continuing education.", 606),
)  # fmt: skip


@pytest.mark.parametrize(
    ("truth", "items", "land"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_every_field_is_read(truth: dict[str, str], items: tuple[T, ...], land: bool) -> None:
    capture = read_certificate("c.pdf", pdf(*items, landscape_page=land))
    assert capture.drafts, capture.errors
    draft = capture.drafts[0]
    got: dict[str, Any] = {}
    for name, found in draft.fields.items():
        got[name] = ";".join(found.value) if isinstance(found.value, tuple) else found.value
    assert {name: got.get(name) for name in truth} == truth
    amount = draft.amount_field
    if amount is not None and truth.get(amount) != got[amount]:
        assert draft.fields[amount].confidence < REVIEW_BELOW


# --- check boxes drawn as shapes (no tick in the text layer) -----------------------------------


def _form_with_drawn_boxes(level: str | None, delivery: str, mark: str) -> bytes:
    """A P.A.C.E.-style form whose level and format boxes are drawn squares; the chosen ones
    carry a cross, a tick that overshoots its box, or are blacked in (`mark`)."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=letter, invariant=True)
    canvas.setFont(B, 16)
    canvas.drawString(72, 730, "Tallgrass Laboratory Educators")
    canvas.setFont("Helvetica", 11)
    lines = [
        ("Attendee:", "Philippa Nakashima-Ortiz"),
        ("Program:", "Reading Peripheral Smears at Night"),
        ("Program no.:", "0712-25-031"),
        ("Date attended:", "March 3, 2025"),
        ("Contact hours:", "1.5"),
    ]
    for row, (label, value) in enumerate(lines):
        canvas.drawString(72, 690 - 20 * row, label)
        canvas.drawString(200, 690 - 20 * row, value)

    def boxes(y: float, label: str, choices: tuple[str, ...], chosen: str | None) -> None:
        canvas.drawString(72, y, label)
        x = 200.0
        for choice in choices:
            side = 9.0
            canvas.setLineWidth(0.7)
            filled = mark == "filled" and choice == chosen
            canvas.rect(x, y - 1, side, side, stroke=1, fill=1 if filled else 0)
            if choice == chosen and mark == "cross":
                canvas.setLineWidth(1.1)
                canvas.line(x + 1.5, y, x + side - 1.5, y + side - 2)
                canvas.line(x + 1.5, y + side - 2, x + side - 1.5, y)
            elif choice == chosen and mark == "tick":
                canvas.setLineWidth(1.2)
                canvas.line(x + 1.5, y + side * 0.45, x + side * 0.4, y)
                canvas.line(x + side * 0.4, y, x + side + 2, y + side + 2)
            canvas.drawString(x + side + 4, y, choice)
            x += side + 24 + canvas.stringWidth(choice, "Helvetica", 11)

    boxes(570, "Level:", ("Basic", "Intermediate", "Advanced"), level)
    boxes(550, "Format:", ("Live", "Self-study"), delivery)
    canvas.drawString(72, 510, "Approved by ASCLS P.A.C.E.® Program. Provider 0712.")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("mark", ["cross", "tick", "filled"])
def test_drawn_check_boxes_give_the_ticked_level_and_format(mark: str) -> None:
    capture = read_certificate("c.pdf", _form_with_drawn_boxes("Advanced", "Self-study", mark))
    draft = capture.drafts[0]
    assert draft.value("level") == "advanced"
    assert draft.value("delivery") == "self-study"
    assert draft.value("participant_name") == "Philippa Nakashima-Ortiz"


def test_drawn_check_boxes_none_ticked_state_no_level() -> None:
    capture = read_certificate("c.pdf", _form_with_drawn_boxes(None, "Live", "cross"))
    draft = capture.drafts[0]
    assert draft.value("level") is None
    assert draft.value("delivery") == "live"


def test_levels_listed_without_any_mark_state_no_level() -> None:
    draft = read_certificate(
        "c.pdf",
        pdf(
            T("Prairie Hematology Forum", 730, size=16, font=B),
            T("Certificate of Attendance", 700, size=14, font=B),
            T("Participant: Osvaldo Lindqvist", 670),
            T("Session: Platelet Clumping Artefacts", 650),
            T("Level:   Basic     Intermediate     Advanced", 630),
            T("Credit: 1 contact hour", 610),
        ),
    ).drafts[0]
    assert draft.value("level") is None


# --- activities over several days ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Session A on March 4, 2025 and Session B on March 11, 2025.", ("2025-03-04", "2025-03-11")),
        ("Dates: Tue 2 Dec – Thu 4 Dec 2025", ("2025-12-02", "2025-12-04")),
        ("Held Tuesday, April 8 and Wednesday, April 9, 2025", ("2025-04-08", "2025-04-09")),
        ("Attended August 19 and August 21, 2025", ("2025-08-19", "2025-08-21")),
        ("Fri 05 Dec 2025 – Sat 06 Dec 2025", ("2025-12-05", "2025-12-06")),
        ("on 14/10/2025 and 15/10/2025", ("2025-10-14", "2025-10-15")),
        ("Attended May 2, 2025 and printed May 9, 2025", None),
        ("Completed January 10, 2025 and June 30, 2025", None),  # too far apart for one course
    ],
)  # fmt: skip
def test_listed_days_and_weekday_ranges(text: str, days: tuple[str, str] | None) -> None:
    from cetrack.core.capture.days import date_ranges

    found = [(first.value, last.value) for first, last in date_ranges(text)]
    assert found == ([days] if days else [])


def test_an_online_course_naming_a_place_is_not_said_live() -> None:
    draft = read_certificate(
        "c.pdf",
        pdf(
            T("Kestrel Online Learning", 735, size=16, font=B),
            T("Certificate of Completion", 700, size=14, font=B),
            T("Learner:", 660),
            T("Ngaio Fairbairn", 660, x=180),
            T("Course:", 640),
            T("Specimen Labelling Essentials", 640, x=180),
            T("Completed:", 620),
            T("May 13, 2025", 620, x=180),
            T("Credit:", 600),
            T("0.5 contact hours", 600, x=180),
            T("Kestrel Online Learning · Location: 88 Quay Street, Auckland", 560, size=8),
        ),
    ).drafts[0]
    assert draft.value("delivery") is None


def test_an_unticked_format_choice_is_no_format() -> None:
    draft = read_certificate("c.pdf", _form_with_drawn_boxes("Basic", "Live", "cross")).drafts[0]
    assert draft.value("kind") != "self-study"
    assert draft.value("delivery") == "live"


def test_a_sponsor_named_with_its_legal_name_is_not_the_provider() -> None:
    draft = read_certificate(
        "c.pdf",
        pdf(
            T("Larkspur Valley Hospital", 735, size=16, font=B),
            T("Laboratory In-service Attendance", 700, size=14, font=B),
            T("Attendee:", 660),
            T("Imogen Castellanos", 660, x=180),
            T("Topic:", 640),
            T("Lactate Sampling Errors", 640, x=180),
            T("Date:", 620),
            T("April 2, 2025", 620, x=180),
            T("Lunch provided by our sponsor Brightfold Medical, Inc.", 580),
        ),
    ).drafts[0]
    assert draft.value("provider") == "Larkspur Valley Hospital"


def test_a_journal_reader_is_the_participant() -> None:
    draft = read_certificate(
        "c.pdf",
        pdf(
            T("Histology Practice Review", 735, size=16, font=B),
            T("CE Test Results", 700, size=14, font=B),
            T("Reader:", 660),
            T("Wendell Achterberg-Osei", 660, x=180),
            T("Article:", 640),
            T("Decalcification Endpoints", 640, x=180),
            T("Test submitted:", 620),
            T("June 3, 2025", 620, x=180),
            T("Credit:", 600),
            T("1.0 contact hour", 600, x=180),
        ),
    ).drafts[0]
    assert draft.value("participant_name") == "Wendell Achterberg-Osei"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("awarded on the ninth day of March, 2025", "2025-03-09"),
        ("given this thirty-first day of July, two thousand twenty-four.", "2024-07-31"),
        ("Tuesday, the second of December, 2025, and", "2025-12-02"),
        ("the thirty-first day of February, 2025", None),  # no such day
    ],
)
def test_dates_with_the_day_in_words(text: str, day: str | None) -> None:
    from cetrack.core.capture.days import dates_in_words

    assert [found.value for found in dates_in_words(text)] == ([day] if day else [])


def test_a_program_number_beside_an_event_label_is_no_title() -> None:
    draft = read_certificate(
        "c.pdf",
        pdf(
            T("High Plains Laboratory Conference 2025", 735, size=16, font=B),
            T("Certificate of Attendance", 700, size=14, font=B),
            T("Attendee: Marisol Vantongeren", 670),
            T("Attended May 6, 2025 · 6.0 contact hours", 650),
            T("Conference program number 0441-0506-25. Approved by ASCLS P.A.C.E.®", 620),
        ),
    ).drafts[0]
    assert "number" not in str(draft.value("title") or "")


def test_a_denial_covers_every_system_it_lists() -> None:
    from cetrack.core.capture.values import find_accreditations

    text = "For operators only. Not accredited by ASCLS P.A.C.E.®, ACCENT® or CMLE for CE credit."
    assert find_accreditations(text) == []
    granted = "Not approved for CMLE credit. Approved for P.A.C.E.® credit (program 0401-22-25)."
    assert [ident for ident, _ in find_accreditations(granted)] == ["pace"]
