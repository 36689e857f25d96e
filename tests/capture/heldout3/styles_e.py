"""Held-out corpus 3, extra pages: capitals, education days, Florida without a total row,
prominent instructors, comma decimals and society points. Invented people and organisations."""

from __future__ import annotations

from .model import registry
from .render import Page

SPECS, cert = registry()


@cert(
    "h3-61",
    "letter-l",
    style="online",
    participant_name="MARÍA JOSÉ PEÑA-VILLALOBOS",
    title="Sickle Cell Disease: Laboratory Monitoring",
    provider="Lumen CE",
    completed_on="2025-05-06",
    hours="1",
    accreditation="pace",
    delivery="self-study",
    course_number="LCE-3318",
)
def online_two_columns(p: Page) -> None:
    p.colour(0.93, 0.93, 0.96)
    p.rect(0, 0, 250, p.h, fill=True)
    p.colour(0.2, 0.2, 0.45)
    p.logo("circle", 40, 50, 40)
    p.text(90, 76, "Lumen CE", "Helvetica-Bold", 18)
    p.black()
    y = 160
    for label, value in [
        ("COURSE ID", "LCE-3318"),
        ("COMPLETED", "05/06/2025"),
        ("CREDIT", "1.0 contact hour"),
        ("ACCREDITATION", "ASCLS P.A.C.E.®"),
        ("FORMAT", "Self-study"),
        ("CERTIFICATE NO.", "0099-4471-ZQ"),
        ("ISSUED", "05/06/2025 23:41"),
    ]:
        p.text(40, y, label, "Helvetica", 7.5)
        p.text(40, y + 14, value, "Helvetica-Bold", 11)
        y += 38
    p.text(290, 120, "CERTIFICATE OF COMPLETION", "Helvetica", 12)
    p.text(290, 175, "MARÍA JOSÉ PEÑA-VILLALOBOS", "Helvetica-Bold", 24)
    p.line(290, 185, p.w - 50, 185, 1.2)
    p.text(290, 220, "has completed", "Helvetica", 12)
    p.text(290, 255, "Sickle Cell Disease:", "Helvetica-Bold", 22)
    p.text(290, 282, "Laboratory Monitoring", "Helvetica-Bold", 22)
    p.para(
        290,
        330,
        p.w - 340,
        "Lumen CE is approved as a provider of continuing education programs in the clinical laboratory "
        "sciences by the ASCLS P.A.C.E.® Program.",
        "Helvetica",
        9,
    )
    p.signature(290, 470, seed=61)
    p.text(290, 485, "Chief Learning Officer", "Helvetica", 9)


@cert(
    "h3-62",
    style="inservice-day",
    participant_name="Bogdan Petrescu-Llewellyn",
    title="Laboratory Education Day 2025",
    provider="Northfield University Hospital",
    completed_on="2025-10-21",
    hours="5.5",
    accreditation="pace",
    provider_number="0871",
    course_number="0871-112-25",
    delivery="live",
)
def education_day(p: Page) -> None:
    p.logo("cross", 50, 36, 28)
    p.text(88, 50, "Northfield University Hospital", "Times-Bold", 15)
    p.text(88, 65, "Department of Laboratory Medicine", "Times-Roman", 9.5)
    p.center(120, "Laboratory Education Day 2025", "Times-Bold", 19)
    p.center(140, "Tuesday, October 21, 2025 · Auditorium C · in person", "Times-Roman", 11)
    p.text(60, 180, "Employee: Bogdan Petrescu-Llewellyn", "Times-Roman", 12)
    p.text(360, 180, "Badge #: 204571", "Times-Roman", 12)
    rows = [
        ["Time", "Topic", "Minutes"],
        ["07:30", "Registration and breakfast (no credit)", "30"],
        ["08:00", "Critical values and call-back rules", "60"],
        ["09:00", "Specimen rejection: case review", "60"],
        ["10:00", "Break", "15"],
        ["10:15", "Blood bank emergency release", "75"],
        ["11:30", "Lunch", "45"],
        ["12:15", "Molecular microbiology update", "60"],
        ["13:15", "Safety: chemical spill drill", "75"],
    ]
    y = p.table(60, 200, [60, 330, 80], rows, f="Times-Roman", size=10)
    p.para(
        60,
        y + 25,
        490,
        "Instructional time excluding registration, breaks and lunch: 330 minutes. Contact hours awarded: 5.5 "
        "(P.A.C.E.® program 0871-112-25, provider 0871, intermediate and basic sessions).",
        "Times-Roman",
        11,
    )
    p.signature(60, y + 120, seed=62)
    p.text(60, y + 135, "Education Coordinator, Laboratory Medicine", "Times-Roman", 9.5)


@cert(
    "h3-63",
    style="florida",
    participant_name="Nadia Belhadj-Simmons",
    title="Clinical Chemistry and Hematology Review",
    provider="EVERGLADES LAB EDUCATORS",
    start="2025-10-04",
    end="2025-10-05",
    hours="8",
    accreditation="state-board",
    license_number="TC 80342",
    provider_number="50-27764",
    course_number="20-1290045",
    delivery="live",
)
def florida_no_total(p: Page) -> None:
    f = "LibSans"
    p.text(50, 56, "EVERGLADES LAB EDUCATORS", "LibSans-Bold", 14)
    p.text(
        50,
        71,
        "Florida Board of Clinical Laboratory Personnel approved · CE Broker provider 50-27764",
        f,
        8.5,
    )
    p.text(50, 125, "Certificate of Continuing Education", "LibSerif-Bold", 19)
    rows = [
        ["Name of licensee", "Nadia Belhadj-Simmons"],
        ["Florida license number", "TC 80342"],
        ["Course title", "Clinical Chemistry and Hematology Review"],
        ["CE Broker course number", "20-1290045"],
        ["Dates of attendance", "10/04/2025 – 10/05/2025"],
        ["Format", "Live seminar"],
    ]
    y = p.table(50, 145, [170, 330], rows, f="LibSans", bold_first=False, size=10.5, row_h=20)
    p.text(50, y + 30, "CE hours earned by specialty area", "LibSans-Bold", 11)
    rows2 = [["Specialty", "Hours"], ["Clinical chemistry", "5.0"], ["Hematology", "3.0"]]
    p.table(50, y + 40, [250, 80], rows2, f="LibSans", size=10.5)
    p.signature(50, y + 170, seed=63)
    p.text(50, y + 185, "Provider signature", f, 9)
    p.text(50, 740, "Reported to CE Broker 10/09/2025", f, 7.5)


@cert(
    "h3-64",
    style="award",
    participant_name="Reginald Achterberg-Lowe",
    title="Flow Cytometry Gating Strategies",
    provider="SILVERLINE CYTOMETRY GROUP",
    completed_on="2025-07-11",
    hours="2",
    delivery="live",
)
def instructor_prominent(p: Page) -> None:
    p.colour(0.1, 0.3, 0.3)
    p.frame(28, 2.5)
    p.black()
    p.center(85, "SILVERLINE CYTOMETRY GROUP", "Helvetica-Bold", 13)
    p.center(140, "Flow Cytometry Gating Strategies", "Times-Bold", 22)
    p.center(168, "A hands-on live workshop taught by", "Times-Italic", 12)
    p.center(196, "Dr. Rowan Achebe-Marsh, PhD", "Times-Bold", 18)
    p.center(250, "Awarded to", "Times-Italic", 12)
    p.center(278, "Reginald Achterberg-Lowe", "Times-Roman", 16)
    p.center(310, "for two (2) hours of continuing education · 11 July 2025", "Times-Roman", 12)
    p.signature(90, 420, seed=64)
    p.text(90, 435, "Dr. Rowan Achebe-Marsh, Instructor", "Times-Roman", 9.5)
    p.signature(p.w - 240, 420, seed=65)
    p.text(p.w - 240, 435, "Coordinator", "Times-Roman", 9.5)


@cert(
    "h3-65",
    "a4",
    style="dayfirst",
    participant_name="Kateřina Horáková-Bell",
    title="Point-of-Care HbA1c: Method Comparison Workshop",
    provider="Central European Laboratory Training Network",
    completed_on="2025-04-09",
    hours="1.5",
    delivery="live",
)
def comma_decimal(p: Page) -> None:
    f = "DejaVu"
    p.text(56, 60, "Central European Laboratory Training Network", "DejaVu-Bold", 13)
    p.text(56, 75, "Training office · training@celtn.example", f, 8.5)
    p.text(56, 140, "Certificate of participation", "DejaVuSerif-Bold", 18)
    y = 180
    for label, value in [
        ("Participant", "Kateřina Horáková-Bell"),
        ("Course", "Point-of-Care HbA1c: Method Comparison Workshop"),
        ("Date", "09.04.2025"),
        ("Duration", "1,5 h (live, on site)"),
        ("CPD credit", "1,5 hours"),
    ]:
        p.text(56, y, label, f, 10.5)
        p.text(190, y, value, "DejaVu-Bold", 10.5)
        y += 20
    p.text(56, y + 30, "Issued 14.04.2025, Brnov", f, 9)


@cert(
    "h3-66",
    style="points",
    participant_name="Cornelius Whitfield-Obi",
    title="Spring Educational Meeting",
    provider="Lone Pine State Society of AMT",
    completed_on="2025-04-26",
    points="4",
    delivery="live",
)
def amt_society(p: Page) -> None:
    p.text(50, 60, "Lone Pine State Society of AMT", "Times-Bold", 16)
    p.text(50, 76, "a constituent society of American Medical Technologists", "Times-Italic", 9.5)
    p.center(140, "Spring Educational Meeting", "Times-Bold", 20)
    p.center(162, "Saturday, April 26, 2025 · Cedar Hollow Inn", "Times-Roman", 11)
    p.para(
        70,
        200,
        p.w - 140,
        "Cornelius Whitfield-Obi attended the live sessions marked below and is awarded 4 CCP points. "
        "(Six points were available to those attending all sessions.)",
        "Times-Roman",
        12,
    )
    y = 260
    for checked, label in [
        (True, "Keynote: Career paths in laboratory science (1)"),
        (True, "Urinalysis case studies (1)"),
        (False, "Phlebotomy challenges in pediatrics (1)"),
        (True, "Quality indicators that matter (1)"),
        (False, "Leadership roundtable (1)"),
        (True, "Microbiology unknowns (1)"),
    ]:
        p.box(80, y, checked, label, "Times-Roman", 11)
        y += 20
    p.signature(70, y + 60, seed=66)
    p.text(70, y + 75, "Society Education Chair", "Times-Roman", 9.5)
