"""Held-out corpus 3, second part: California, CME, P.A.C.E., ACCENT and ASCP/AMT points pages.
Invented people, providers and numbers."""

from __future__ import annotations

from .model import registry
from .render import Page

SPECS, cert = registry()


@cert(
    "h3-25",
    style="california",
    participant_name="Marcus Villanueva-Tran",
    title="Clinical Microbiology: Anaerobe Identification Update",
    provider="Sierra Foothills Laboratory Education",
    completed_on="2025-04-12",
    hours="3",
    accreditation="pace",
    course_number="SFLE-0412-A",
    accrediting_agency_number="0001",
    provider_number="1544",
    delivery="live",
    license_number="MTA 00018734",
)
def california_fields(p: Page) -> None:
    p.logo("flask", 50, 40, 36)
    p.text(96, 56, "Sierra Foothills Laboratory Education", "Helvetica-Bold", 15)
    p.text(96, 71, "Sacramento Valley · education@sfle.example", "Helvetica", 9)
    p.center(135, "Certificate of Completion", "Times-Bold", 22)
    rows = [
        ["Licensee name", "Marcus Villanueva-Tran"],
        ["California license", "MTA 00018734"],
        ["Course name", "Clinical Microbiology: Anaerobe Identification Update"],
        ["Course number", "SFLE-0412-A"],
        ["Date of completion", "04/12/2025"],
        ["CE credits", "3.0 contact hours"],
        ["Accrediting agency", "ASCLS P.A.C.E.® — CA accrediting agency no. 0001"],
        ["Provider number", "1544"],
        ["Format", "Live classroom"],
    ]
    p.table(50, 165, [150, 360], rows, bold_first=False, size=10.5, row_h=20)
    p.para(
        50,
        370,
        510,
        "Retain this certificate for four years. California licensees must attach certificates to "
        "online renewals; names must match the license exactly.",
        size=9,
    )
    p.signature(50, 450, seed=25)
    p.text(50, 465, "Education Coordinator", "Helvetica", 9)


@cert(
    "h3-26",
    style="california",
    participant_name="Yolanda Castro-Feinberg",
    title="Transfusion Reaction Investigation",
    provider="Pacific Crest Blood Services",
    completed_on="2025-08-05",
    hours="1.5",
    accreditation="state-board",
    course_number="PCBS-2025-31",
    accrediting_agency_number="CA-AA 17",
    delivery="self-study",
    license_number="CLS 00092215",
)
def california_prose(p: Page) -> None:
    p.colour(0.6, 0.0, 0.0)
    p.logo("drop", 50, 40, 30)
    p.black()
    p.text(90, 56, "Pacific Crest Blood Services", "Times-Bold", 16)
    p.text(90, 72, "Continuing Education Department", "Times-Italic", 10)
    p.para(
        60,
        140,
        p.w - 120,
        "Pacific Crest Blood Services certifies that Yolanda Castro-Feinberg, CLS 00092215, has "
        "completed the self-study course Transfusion Reaction Investigation (course no. PCBS-2025-31) on "
        "August 5, 2025 and earned 1.5 hours of continuing education credit.",
        "Times-Roman",
        12.5,
        1.5,
    )
    p.para(
        60,
        260,
        p.w - 120,
        "This course is approved by the California Department of Public Health, Laboratory "
        "Field Services, through accrediting agency number CA-AA 17. It has not been submitted for P.A.C.E.® review.",
        "Times-Roman",
        11,
        1.4,
    )
    p.signature(60, 380, seed=26)
    p.text(60, 395, "Director of Education", "Times-Roman", 10)
    p.text(60, 740, "Generated 2025-08-05 22:14 · pcbs.example/ce", "Times-Roman", 7.5)


@cert(
    "h3-27",
    "letter-l",
    style="california",
    participant_name="Andrés Ruiz-Okonkwo",
    title="Coagulation Testing Pitfalls",
    provider="GOLDEN BAY LABORATORY SOCIETY",
    completed_on="2025-11-22",
    hours="2",
    accreditation="pace",
    course_number="GB-CO-118",
    accrediting_agency_number="0001",
    delivery="live",
)
def california_landscape(p: Page) -> None:
    p.colour(0.75, 0.6, 0.1)
    p.frame(26, 5)
    p.black()
    p.center(90, "GOLDEN BAY LABORATORY SOCIETY", "Helvetica-Bold", 18)
    p.center(150, "Andrés Ruiz-Okonkwo", "Times-BoldItalic", 30)
    p.center(
        185,
        "attended Coagulation Testing Pitfalls (GB-CO-118) on 22 November 2025",
        "Times-Roman",
        14,
    )
    p.center(210, "Two (2.0) contact hours · live lecture · San Marcelo campus", "Times-Roman", 13)
    p.center(
        260,
        "Accrediting agency: ASCLS P.A.C.E.®   Agency #: 0001",
        "Helvetica",
        10,
    )
    p.center(
        278,
        "Longer variant GB-CO-118X (4.0 hours, with wet lab) was offered separately.",
        "Helvetica",
        9,
    )
    p.signature(100, 420, seed=27)
    p.text(100, 435, "President", "Times-Roman", 10)
    p.signature(p.w - 260, 420, seed=28)
    p.text(p.w - 260, 435, "CE Chair", "Times-Roman", 10)


@cert(
    "h3-28",
    style="cme",
    participant_name="Dr. Abigail Osei-Brennan",
    title="Pathology Grand Rounds: Updates in Myeloid Neoplasms",
    provider="Westbrook University School of Medicine",
    completed_on="2025-03-14",
    hours="1.5",
    accreditation="accme",
    delivery="live",
)
def cme_claimed(p: Page) -> None:
    p.text(50, 60, "Westbrook University School of Medicine", "Times-Bold", 16)
    p.text(50, 76, "Office of Continuing Medical Education", "Times-Roman", 10)
    p.line(50, 86, p.w - 50, 86)
    p.center(140, "CERTIFICATE OF PARTICIPATION", "Times-Bold", 18)
    p.center(180, "Dr. Abigail Osei-Brennan", "Times-Bold", 20)
    p.center(210, "participated in the live activity", "Times-Roman", 12)
    p.center(236, "Pathology Grand Rounds: Updates in Myeloid Neoplasms", "Times-Bold", 14)
    p.center(258, "March 14, 2025", "Times-Roman", 12)
    p.para(
        70,
        300,
        p.w - 140,
        "Westbrook University School of Medicine is accredited by the Accreditation Council for "
        "Continuing Medical Education (ACCME) to provide continuing medical education for physicians. Westbrook "
        "University designates this live activity for a maximum of 2.0 AMA PRA Category 1 Credits™. Physicians "
        "should claim only the credit commensurate with the extent of their participation.",
        "Times-Roman",
        10,
    )
    p.text(70, 400, "Credits claimed: 1.5", "Times-Bold", 12)
    p.signature(70, 480, seed=29)
    p.text(70, 495, "Director, CME", "Times-Roman", 10)


@cert(
    "h3-29",
    style="cme",
    participant_name="Kwame Asante-Lindholm, MD",
    title="Annual Laboratory Medicine Update",
    provider="Hollister Medical Institute",
    start="2025-05-15",
    end="2025-05-16",
    hours="10.75",
    accreditation="accme",
    delivery="live",
)
def cme_two_days(p: Page) -> None:
    p.logo("hex", p.w - 100, 40, 46)
    p.text(50, 58, "Hollister Medical Institute", "Helvetica-Bold", 17)
    p.text(50, 74, "Continuing Professional Development", "Helvetica", 10)
    p.text(50, 140, "This is to certify that", "Helvetica", 11)
    p.text(50, 165, "Kwame Asante-Lindholm, MD", "Helvetica-Bold", 18)
    p.text(50, 190, "has claimed 10.75 AMA PRA Category 1 Credits™ for the", "Helvetica", 11)
    p.text(50, 210, "Annual Laboratory Medicine Update", "Helvetica-Bold", 15)
    p.text(50, 232, "May 15–16, 2025 · Hollister Conference Center", "Helvetica", 11)
    rows = [
        ["Day", "Credits available", "Credits claimed"],
        ["May 15", "7.0", "6.0"],
        ["May 16", "6.5", "4.75"],
        ["Total", "13.5", "10.75"],
    ]
    p.table(50, 260, [120, 140, 140], rows)
    p.para(
        50,
        360,
        500,
        "Hollister Medical Institute is accredited by the ACCME to provide continuing medical education "
        "for physicians and designates this live activity for a maximum of 13.5 AMA PRA Category 1 Credits™.",
        size=9,
    )


@cert(
    "h3-30",
    style="cme",
    participant_name="Sunita Rajagopalan, DO",
    title="Enduring Material: Interpreting Flow Cytometry for Clinicians",
    provider="Crescent Health Education",
    completed_on="2025-09-30",
    hours="0.75",
    accreditation="accme",
    delivery="self-study",
)
def cme_enduring(p: Page) -> None:
    f = "LibSans"
    p.text(50, 60, "Crescent Health Education", "LibSans-Bold", 15)
    p.line(50, 70, p.w - 50, 70)
    y = 110
    for label, value in [
        ("Name", "Sunita Rajagopalan, DO"),
        ("Activity", "Enduring Material: Interpreting Flow Cytometry for Clinicians"),
        ("Activity type", "Internet enduring material (self-study)"),
        ("Release date", "01/15/2025"),
        ("Date completed", "09/30/2025"),
        ("Expiration of credit", "01/14/2027"),
        ("Credit type", "AMA PRA Category 1 Credit™"),
        ("Maximum credits", "1.0"),
        ("Credits claimed", "0.75"),
    ]:
        p.text(50, y, label, "LibSans-Bold", 10.5)
        p.text(200, y, value, f, 10.5)
        y += 19
    p.para(
        50,
        y + 20,
        500,
        "Crescent Health Education is accredited by the Accreditation Council for Continuing Medical "
        "Education to provide continuing medical education for physicians.",
        f,
        9,
    )


@cert(
    "h3-31",
    style="pace",
    participant_name="Benedikt Oyelowo",
    title="Body Fluid Cell Counts and Morphology",
    provider="Heartland Laboratory Educators",
    completed_on="2025-06-18",
    hours="2",
    accreditation="pace",
    provider_number="712",
    course_number="712-064-2025",
    level="intermediate",
    delivery="live",
)
def pace_checkboxes(p: Page) -> None:
    p.text(50, 60, "Heartland Laboratory Educators", "Helvetica-Bold", 15)
    p.text(50, 80, "P.A.C.E.® CERTIFICATE OF ATTENDANCE", "Helvetica-Bold", 12)
    p.rect(45, 95, p.w - 90, 330)
    y = 125
    for label, value in [
        ("Participant name", "Benedikt Oyelowo"),
        ("Program title", "Body Fluid Cell Counts and Morphology"),
        ("Program date", "6/18/2025"),
        ("P.A.C.E.® Provider #", "712"),
        ("P.A.C.E.® Program #", "712-064-2025"),
        ("Contact hours", "2.0"),
    ]:
        p.text(60, y, label + ":", "Helvetica", 10)
        p.text(210, y, value, "Helvetica-Bold", 11)
        p.line(205, y + 3, p.w - 60, y + 3, 0.4)
        y += 24
    p.text(60, y + 10, "Level of instruction:", "Helvetica", 10)
    p.box(210, y + 10, False, "Basic")
    p.box(290, y + 10, True, "Intermediate")
    p.box(400, y + 10, False, "Advanced")
    p.text(60, y + 36, "Format:", "Helvetica", 10)
    p.box(210, y + 36, True, "Live (in person)")
    p.box(330, y + 36, False, "Self-study")
    p.box(420, y + 36, False, "Live webinar")
    p.para(
        60,
        y + 70,
        p.w - 130,
        "Heartland Laboratory Educators is approved as a provider of continuing education "
        "programs in the clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        "Helvetica-Oblique",
        8.5,
    )
    p.signature(60, 520, seed=31)
    p.text(60, 535, "Signature of program coordinator", "Helvetica", 8.5)


@cert(
    "h3-32",
    style="pace",
    participant_name="Catalina Restrepo Uribe",
    title="Mycobacteriology Safety and AFB Smear Review",
    provider="Andean Lab Training Partners",
    completed_on="2025-01-30",
    hours="1.25",
    accreditation="pace",
    provider_number="1630",
    course_number="1630-002-25",
    level="basic",
    delivery="self-study",
)
def pace_grid(p: Page) -> None:
    f = "Times-Roman"
    p.center(70, "Andean Lab Training Partners", "Times-Bold", 18)
    p.center(88, "Continuing Education for the Clinical Laboratory", "Times-Italic", 10)
    p.center(140, "This certifies that", f, 12)
    p.center(168, "Catalina Restrepo Uribe", "Times-Bold", 20)
    p.center(195, "has completed the P.A.C.E.®-approved program", f, 12)
    p.center(220, "Mycobacteriology Safety and AFB Smear Review", "Times-Bold", 14)
    rows = [
        ["Completion date", "Contact hours", "Program #", "Level", "Format"],
        ["January 30, 2025", "1.25", "1630-002-25", "Basic", "Self-study"],
    ]
    p.table(70, 250, [110, 85, 95, 70, 110], rows, f="Times-Roman", size=10)
    p.center(320, "ASCLS P.A.C.E.® approved provider number 1630", f, 10)
    p.signature(p.w / 2 - 75, 420, 150, seed=32)
    p.center(436, "Authorized signature", "Times-Italic", 9)


@cert(
    "h3-33",
    style="pace",
    participant_name="Moses Abernethy-Diallo",
    title="Chemistry Delta Checks and Autoverification",
    provider="TRI-COUNTY MEDICAL LABORATORY ASSOCIATION",
    completed_on="2025-08-28",
    hours="1",
    accreditation="pace",
    provider_number="2281",
    course_number="25-0828-02",
    level="advanced",
    delivery="live",
)
def pace_level_words(p: Page) -> None:
    p.colour(0.15, 0.35, 0.15)
    p.rect(40, 40, p.w - 80, 60, fill=True)
    p.colour(1, 1, 1)
    p.text(55, 70, "TRI-COUNTY MEDICAL LABORATORY ASSOCIATION", "Helvetica-Bold", 13)
    p.text(55, 88, "Evening Lecture Series", "Helvetica", 10)
    p.black()
    p.text(50, 150, "Attendance certificate", "Helvetica-Bold", 18)
    p.para(
        50,
        185,
        510,
        'Moses Abernethy-Diallo attended "Chemistry Delta Checks and Autoverification", an advanced-level '
        "live lecture, on Thursday, August 28, 2025 (6:30–7:30 pm). One contact hour is awarded.",
        "Helvetica",
        11.5,
    )
    p.text(50, 260, "P.A.C.E.® provider 2281 · program 25-0828-02", "Helvetica", 10)
    p.text(50, 276, "Dinner sponsored by Aldermoor Reagents (not a CE provider).", "Helvetica", 9)
    p.signature(50, 360, seed=33)
    p.text(50, 375, "Association Secretary", "Helvetica", 9)


@cert(
    "h3-34",
    style="pace",
    participant_name="Wilhelmina van Rensburg",
    title="Competency Assessment Under CLIA: Six Required Elements",
    provider="Lakeside Memorial Hospital",
    completed_on="2025-10-07",
    hours="1",
    accreditation="pace",
    provider_number="4410",
    course_number="4410-2025-019",
    level="basic",
    delivery="live",
)
def pace_inservice(p: Page) -> None:
    p.logo("cross", 50, 36, 30)
    p.text(90, 52, "Lakeside Memorial Hospital", "Helvetica-Bold", 14)
    p.text(90, 66, "Laboratory Education & Training", "Helvetica", 9)
    p.center(130, "In-Service Education Certificate", "Helvetica-Bold", 18)
    y = 165
    for label, value in [
        ("Employee", "Wilhelmina van Rensburg"),
        ("In-service", "Competency Assessment Under CLIA: Six Required Elements"),
        ("Date", "Tuesday, October 7, 2025"),
        ("Contact hours", "1.0"),
        ("P.A.C.E.® program number", "4410-2025-019"),
        ("Provider number", "4410"),
    ]:
        p.text(60, y, label, "Helvetica", 10)
        p.text(230, y, value, "Helvetica-Bold", 10.5)
        y += 20
    p.text(60, y + 10, "Level:", "Helvetica", 10)
    p.box(110, y + 10, True, "Basic")
    p.box(180, y + 10, False, "Intermediate")
    p.box(280, y + 10, False, "Advanced")
    p.text(60, y + 32, "Delivery:", "Helvetica", 10)
    p.box(120, y + 32, True, "Live")
    p.box(180, y + 32, False, "Self-study / enduring")
    p.para(
        60,
        y + 70,
        490,
        "Lakeside Memorial Hospital is approved as a provider of continuing education programs in the "
        "clinical laboratory sciences by the ASCLS P.A.C.E.® Program.",
        size=8.5,
    )
    p.signature(60, y + 150, seed=34)
    p.text(60, y + 165, "Laboratory Director", "Helvetica", 9)


@cert(
    "h3-35",
    style="accent",
    participant_name="Tobias Lindqvist-Amadi",
    title="Troponin Assays: High-Sensitivity Implementation",
    provider="ADLM",
    completed_on="2025-02-20",
    hours="1",
    accreditation="accent",
    delivery="live",
)
def accent_webinar(p: Page) -> None:
    p.colour(0.0, 0.25, 0.5)
    p.text(50, 64, "ADLM", "Helvetica-Bold", 30)
    p.black()
    p.text(50, 82, "Association for Diagnostics & Laboratory Medicine", "Helvetica", 9)
    p.center(150, "Certificate of Participation", "Times-Bold", 22)
    p.center(190, "Tobias Lindqvist-Amadi", "Times-Bold", 20)
    p.center(220, "Troponin Assays: High-Sensitivity Implementation", "Times-Italic", 14)
    p.center(245, "Live webinar · February 20, 2025", "Times-Roman", 12)
    p.center(285, "1.0 ACCENT® credit hour", "Times-Bold", 13)
    p.para(
        90,
        320,
        p.w - 180,
        "ADLM designates this activity for a maximum of 1.0 ACCENT® credit hour. ACCENT® is a "
        "registered trademark of ADLM.",
        "Times-Roman",
        9,
    )


@cert(
    "h3-36",
    style="accent",
    participant_name="Dr. Meera Iyer-Halvorsen",
    title="Endocrine Testing Symposium",
    provider="Association for Diagnostics & Laboratory Medicine",
    start="2025-07-27",
    end="2025-07-28",
    hours="8.5",
    accreditation="accent",
    delivery="live",
)
def accent_symposium(p: Page) -> None:
    p.text(50, 60, "Association for Diagnostics & Laboratory Medicine (ADLM)", "LibSans-Bold", 13)
    p.text(50, 100, "ACCENT® Continuing Education Transcript Extract", "LibSerif-Bold", 16)
    p.text(50, 130, "Learner: Dr. Meera Iyer-Halvorsen      Customer ID: 00734129", "LibSans", 10.5)
    rows = [
        ["Date", "Session", "Credits"],
        ["07/27/2025", "Endocrine Testing Symposium – Part 1", "4.5"],
        ["07/28/2025", "Endocrine Testing Symposium – Part 2", "4.0"],
        ["", "Symposium total", "8.5"],
    ]
    p.table(50, 150, [90, 330, 80], rows, f="LibSans", size=10)
    p.text(50, 260, "Credit type: ACCENT®      Format: Live", "LibSans", 10)
    p.text(50, 740, "Extract printed 2025-08-12", "LibSans", 8)


@cert(
    "h3-37",
    style="points",
    participant_name="Harriet Oduya-Blake",
    title="Laboratory Safety: Chemical Hygiene Plan Review",
    provider="Keystone Clinical Educators",
    completed_on="2025-04-08",
    points="1",
    accreditation="cmle",
    delivery="self-study",
)
def ascp_cmle(p: Page) -> None:
    p.text(50, 60, "Keystone Clinical Educators", "Times-Bold", 16)
    p.center(130, "Certificate of Completion", "Times-Bold", 20)
    p.center(165, "Harriet Oduya-Blake", "Times-Bold", 18)
    p.center(190, "Laboratory Safety: Chemical Hygiene Plan Review", "Times-Italic", 13)
    p.center(215, "Completed 4/8/2025 · online self-study", "Times-Roman", 11)
    p.center(255, "ASCP CMLE credit: 1 point (Safety category)", "Times-Bold", 12)
    p.para(
        90,
        290,
        p.w - 180,
        "This activity is approved by the ASCP for 1 CMLE credit, acceptable for the ASCP BOC "
        "Credential Maintenance Program.",
        "Times-Roman",
        10,
    )


@cert(
    "h3-38",
    style="points",
    participant_name="Luis Fernando Arredondo",
    title="Specimen Processing Errors and How to Prevent Them",
    provider="Clearwater Allied Health Institute",
    completed_on="2025-09-09",
    points="2",
)
def amt_points(p: Page) -> None:
    f = "DejaVuCond"
    p.text(50, 60, "Clearwater Allied Health Institute", "DejaVu-Bold", 14)
    p.text(50, 76, "AMT CCP-eligible continuing education", f, 9)
    p.text(50, 130, "CERTIFICATE", "DejaVu-Bold", 24)
    y = 165
    for label, value in [
        ("Issued to", "Luis Fernando Arredondo"),
        ("AMT member ID", "M-284411"),
        ("Course", "Specimen Processing Errors and How to Prevent Them"),
        ("Completed", "September 9, 2025"),
        ("CCP points earned", "2"),
        ("Points available in the full series", "6"),
        ("Format", "Online reading + quiz"),
    ]:
        p.text(50, y, label, f, 10.5)
        p.text(230, y, value, "DejaVu-Bold", 10.5)
        y += 20


@cert(
    "h3-39",
    style="points",
    participant_name="Abimbola Whitaker-Sousa",
    title="Immunology Self-Assessment, Volume 12",
    provider="Crossroads Laboratory Press",
    completed_on="2025-12-01",
    points="3",
    accreditation="cmle",
)
def ascp_points_table(p: Page) -> None:
    p.text(50, 60, "Crossroads Laboratory Press", "Helvetica-Bold", 15)
    p.text(50, 76, "Self-assessment series · CMLE credit", "Helvetica", 9)
    p.text(50, 130, "Statement of Credit", "Helvetica-Bold", 18)
    p.text(50, 160, "Name: Abimbola Whitaker-Sousa", "Helvetica", 11)
    p.text(50, 178, "Publication: Immunology Self-Assessment, Volume 12", "Helvetica", 11)
    p.text(50, 196, "Test submitted: 12/01/2025        Score: 84%", "Helvetica", 11)
    rows = [
        ["Category", "CMLE points"],
        ["Immunology", "2"],
        ["Laboratory or patient safety", "1"],
        ["Total", "3"],
    ]
    p.table(50, 225, [250, 100], rows)
    p.para(
        50,
        320,
        500,
        "Approved for ASCP CMLE credit. Points may be allocated to your CMP categories as listed.",
        size=9,
    )
